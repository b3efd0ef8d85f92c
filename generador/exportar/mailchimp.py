"""Mailchimp Transactional (Mandrill): cuerpo de ``POST /templates/add``.

Etiquetas de combinación ``*|NOMBRE_CLIENTE|*`` (nombre en mayúsculas). Mandrill no tiene
escape: en HTML, ``*`` y ``|`` de los literales van como entidades; en texto, un ``*|`` o
``|*`` literal lleva el separador invisible U+2060 entre sus dos caracteres, de modo que
nunca forma una etiqueta. Campos: ``name``, ``subject``, ``code``, ``text``, ``labels``,
``publish: false``. La clave de API (``key``) y el remitente los añade cada equipo.
"""

from __future__ import annotations

import re

from generador.exportar import html_email
from generador.exportar.base import (
    SEPARADOR,
    Archivo,
    Contexto,
    etiquetas,
    json_texto,
    recorrer,
    ruta_por_plantilla,
    traducir,
)
from generador.modelo import Plantilla

CANALES = ("email",)
DESCRIPCION = "Mailchimp Transactional / Mandrill (*|VAR|*): cuerpo de templates/add"

ETIQUETA = re.compile(r"\*\|([A-Za-z0-9_:]+)\|\*")
_PEGADOS = re.compile(r"\*(?=\|)|\|(?=\*)")


def variable(nombre: str) -> str:
    return f"*|{nombre.upper()}|*"


def literal_texto(texto: str, anterior, siguiente) -> str:
    texto = _PEGADOS.sub(lambda m: m.group(0) + SEPARADOR, texto)
    # Un literal que empieza por '*' tras una variable ('|*' + '*'...) o termina en '*'
    # antes de una ('*' + '*|') no forma etiqueta por sí solo; el límite ya lo marca '|*'.
    if siguiente is not None and siguiente.variable is not None and texto.endswith("*"):
        texto += SEPARADOR
    if anterior is not None and anterior.variable is not None and texto.startswith("*"):
        texto = SEPARADOR + texto
    return texto


def texto(canonico: str) -> str:
    return traducir(canonico, literal_texto, variable)


def cuerpo(p: Plantilla) -> dict:
    return {
        "name": p.id,
        "subject": texto(p.asunto or ""),
        "code": html_email.documento(p.asunto, p.cuerpo, html_email.literal_html, variable),
        "text": texto(p.cuerpo),
        "publish": False,
        "labels": etiquetas(p),
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos = []
    for p in recorrer(plantillas, CANALES):
        archivos.append(Archivo(ruta_por_plantilla(p, "json"), json_texto(cuerpo(p)), (p.id,)))
        archivos.append(Archivo(
            ruta_por_plantilla(p, "merge_vars.json"),
            json_texto([{"name": n.upper(), "content": v} for n, v in ctx.muestra(p).items()]),
            (p.id,),
        ))
    return archivos
