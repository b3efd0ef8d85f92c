"""Mailchimp Transactional (Mandrill): cuerpo de ``POST /templates/add``.

Etiquetas de combinación ``*|NOMBRE_CLIENTE|*`` (nombre en mayúsculas). Mandrill no tiene
forma de escapar una etiqueta (su lenguaje ``mailchimp`` no define escape alguno):

- en HTML (``code``), ``*`` y ``|`` de los literales van como referencias numéricas
  (``&#42;``, ``&#124;``): se ven igual y Mandrill no las lee como etiqueta;
- en texto (``text`` y ``subject``) no hay equivalente. Si un literal formaría una
  etiqueta (``*|FNAME|*`` escrito en la especificación), ese campo **no se exporta** y se
  avisa: Mandrill genera la parte de texto a partir del HTML si se envía con
  ``auto_text: true``, y el asunto se pasa al enviar. Antes se insertaba un separador
  invisible (U+2060) entre ``*`` y ``|``: evitaba la etiqueta pero cambiaba el texto que
  recibe el cliente (un carácter que no se ve, pero que copia, busca y cuenta).

Campos: ``name``, ``subject``, ``code``, ``text``, ``labels``, ``publish: false``. La clave
de API (``key``) y el remitente los añade cada equipo.
"""

from __future__ import annotations

import re

from generador.exportar import html_email
from generador.exportar.base import (
    Archivo,
    Contexto,
    etiquetas,
    json_texto,
    recorrer,
    ruta_por_plantilla,
    trocear,
)
from generador.modelo import Plantilla

CANALES = ("email",)
DESCRIPCION = "Mailchimp Transactional / Mandrill (*|VAR|*): cuerpo de templates/add"

ETIQUETA = re.compile(r"\*\|([A-Za-z0-9_:]+)\|\*")


def variable(nombre: str) -> str:
    return f"*|{nombre.upper()}|*"


def texto(canonico: str) -> str | None:
    """El texto con etiquetas ``*|X|*``, o None si un literal formaría una etiqueta."""
    partes: list[str] = []
    esperadas: list[tuple[int, int]] = []
    posicion = 0
    for trozo in trocear(canonico):
        parte = variable(trozo.variable) if trozo.variable is not None else trozo.texto
        if trozo.variable is not None:
            esperadas.append((posicion, posicion + len(parte)))
        partes.append(parte)
        posicion += len(parte)
    resultado = "".join(partes)
    encontradas = [m.span() for m in ETIQUETA.finditer(resultado)]
    return resultado if encontradas == esperadas else None


def cuerpo(p: Plantilla, avisos: list[str] | None = None) -> dict:
    asunto = texto(p.asunto or "")
    texto_plano = texto(p.cuerpo)
    datos = {"name": p.id}
    if asunto is not None:
        datos["subject"] = asunto
    datos["code"] = html_email.documento(p.asunto, p.cuerpo, html_email.literal_html, variable)
    if texto_plano is not None:
        datos["text"] = texto_plano
    datos.update({"publish": False, "labels": etiquetas(p)})
    omitidos = [c for c, v in (("asunto", asunto), ("texto", texto_plano)) if v is None]
    if omitidos and avisos is not None:
        avisos.append(
            f"mailchimp: {p.id}: el {' y el '.join(omitidos)} contiene '*|...|*' literal, que "
            "Mandrill leería como etiqueta y no permite escapar; se exporta sin "
            f"{' ni '.join(omitidos)} para no cambiar el texto (el HTML sí va, escapado): "
            "envía con auto_text: true y pon el asunto al enviar, o cambia ese texto"
        )
    return datos


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos = []
    for p in recorrer(plantillas, CANALES):
        archivos.append(Archivo(ruta_por_plantilla(p, "json"), json_texto(cuerpo(p, ctx.avisos)), (p.id,)))
        archivos.append(Archivo(
            ruta_por_plantilla(p, "merge_vars.json"),
            json_texto([{"name": n.upper(), "content": v} for n, v in ctx.muestra(p).items()]),
            (p.id,),
        ))
    return archivos
