"""Postmark: cuerpo de «create template» (``POST /templates``).

Campos: ``Name``, ``Alias`` (el id de la plantilla), ``Subject``, ``HtmlBody``, ``TextBody``
y ``TemplateType: Standard``. Postmark usa Mustachio: ``{{x}}`` escapa HTML (se usa en
``HtmlBody``) y ``{{{x}}}`` no (asunto y texto). Junto a cada cuerpo, ``<id>.modelo.json``
trae los valores de ejemplo (el ``TemplateModel`` o ``TestRenderModel`` de Postmark).
"""

from __future__ import annotations

from generador.exportar import html_email, mustache
from generador.exportar.base import Archivo, Contexto, json_texto, recorrer, ruta_por_plantilla
from generador.modelo import Plantilla

CANALES = ("email",)
DESCRIPCION = "Postmark (Mustachio): cuerpo de la llamada «create template»"


def plantilla(p: Plantilla, ctx: Contexto) -> dict:
    return {
        "Name": p.titulo or p.id,
        "Alias": p.id,
        "Subject": mustache.texto(p.asunto or ""),
        "HtmlBody": html_email.documento(
            p.asunto, p.cuerpo, html_email.literal_html, mustache.variable_html
        ),
        "TextBody": mustache.texto(p.cuerpo),
        "TemplateType": "Standard",
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos = []
    for p in recorrer(plantillas, CANALES):
        archivos.append(Archivo(ruta_por_plantilla(p, "json"), json_texto(plantilla(p, ctx)), (p.id,)))
        archivos.append(Archivo(ruta_por_plantilla(p, "modelo.json"), json_texto(ctx.muestra(p)),
                                (p.id,)))
    return archivos
