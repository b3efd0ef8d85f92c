"""SendGrid: cuerpo de «create template version» (``POST /v3/templates/{id}/versions``).

Campos: ``name``, ``subject``, ``html_content``, ``plain_content``, ``test_data`` (JSON en
una cadena, como lo pide la API), ``generate_plain_content: false`` para que SendGrid no
sustituya nuestra parte de texto, ``editor: code`` y ``active: 1``.
"""

from __future__ import annotations

import json

from generador.exportar import handlebars, html_email
from generador.exportar.base import Archivo, Contexto, json_texto, recorrer, ruta_por_plantilla
from generador.modelo import Plantilla

CANALES = ("email",)
DESCRIPCION = "SendGrid (Handlebars): cuerpo de la llamada «create template version»"


def version(p: Plantilla, ctx: Contexto) -> dict:
    return {
        "name": p.id,
        "subject": handlebars.texto(p.asunto or ""),
        "html_content": html_email.documento(
            p.asunto, p.cuerpo, html_email.literal_html, handlebars.variable_html
        ),
        "plain_content": handlebars.texto(p.cuerpo),
        "generate_plain_content": False,
        "editor": "code",
        "active": 1,
        "test_data": json.dumps(ctx.muestra(p), ensure_ascii=False, indent=2),
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    return [
        Archivo(ruta_por_plantilla(p, "json"), json_texto(version(p, ctx)), (p.id,))
        for p in recorrer(plantillas, CANALES)
    ]
