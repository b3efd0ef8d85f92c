"""Liquid para Customer.io y Zendesk.

Liquid no escapa por defecto: en HTML cada variable lleva ``| escape`` y los literales van
con entidades. En texto, ningún ``{`` literal llega crudo al motor: se escribe como la
cadena ``{{ "{" }}``, así que ningún literal puede abrir ``{{`` ni ``{%``.

Por plantilla, un JSON con:

- ``customerio``: contenido de un mensaje transaccional (``subject``, ``body`` HTML y
  ``body_plain``; en SMS solo ``body``). Los datos llegan en ``message_data`` y se leen
  como ``{{ trigger.nombre }}``.
- ``zendesk``: un elemento de contenido dinámico (``POST /api/v2/dynamic_content/items``)
  con la variante en español (``locale_id`` 2) y las variables como ``{{ nombre }}``.
"""

from __future__ import annotations

from generador.exportar import html_email
from generador.exportar.base import Archivo, Contexto, json_texto, recorrer, ruta_por_plantilla, traducir
from generador.modelo import Plantilla

CANALES = ("email", "sms")
DESCRIPCION = "Liquid para Customer.io (transaccional) y Zendesk (contenido dinámico)"
LOCALE_ZENDESK_ES = 2


def literal_texto(texto: str, _anterior=None, _siguiente=None) -> str:
    return texto.replace("{", '{{ "{" }}')


def texto(canonico: str, espacio: str = "") -> str:
    prefijo = f"{espacio}." if espacio else ""
    return traducir(canonico, literal_texto, lambda n: "{{ " + prefijo + n + " }}")


def html(p: Plantilla, espacio: str = "") -> str:
    prefijo = f"{espacio}." if espacio else ""
    return html_email.documento(
        p.asunto, p.cuerpo, html_email.literal_html,
        lambda n: "{{ " + prefijo + n + " | escape }}",
    )


def documento(p: Plantilla, ctx: Contexto) -> dict:
    if p.canal == "email":
        customerio = {
            "name": p.id,
            "subject": texto(p.asunto or "", "trigger"),
            "body": html(p, "trigger"),
            "body_plain": texto(p.cuerpo, "trigger"),
        }
    else:
        customerio = {"name": p.id, "body": texto(p.cuerpo, "trigger")}
    return {
        "plantilla": p.id,
        "customerio": customerio,
        "zendesk": {
            "item": {
                "name": p.id,
                "default_locale_id": LOCALE_ZENDESK_ES,
                "variants": [
                    {"locale_id": LOCALE_ZENDESK_ES, "default": True, "content": texto(p.cuerpo)}
                ],
            }
        },
        "message_data": ctx.muestra(p),
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    return [
        Archivo(ruta_por_plantilla(p, "json"), json_texto(documento(p, ctx)), (p.id,))
        for p in recorrer(plantillas, CANALES)
    ]
