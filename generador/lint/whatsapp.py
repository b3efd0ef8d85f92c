"""Métricas del canal whatsapp: las reglas de Meta para las plantillas de mensaje.

Las mismas reglas que aplica ``cobro generar`` (:mod:`generador.whatsapp`), sobre un texto
cualquiera con ``canal: whatsapp``: longitud del cuerpo, variable al principio o al final y
variables seguidas. El cuerpo es el texto sin la lista de botones del final («Botones:»),
que en WhatsApp son componentes aparte. Las variables son los marcadores de cualquier
sintaxis que reconoce el linter (``{{ nombre }}``, ``{{1}}``, ``[Importe]``...).
"""

from __future__ import annotations

import itertools
from typing import Any

import regex

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.esquema_reglas import Parametro

_LINEA_BOTON = regex.compile(r"\n[ \t]*Botones:[ \t]*(?:\n[ \t]*- [^\n]*)+\s*\Z")
_SEPARADOR = regex.compile(r"[\s\p{P}]*", regex.V1)


def _cuerpo(ctx: Contexto) -> tuple[int, int]:
    """Inicio y fin del cuerpo de la plantilla (sin asunto ni líneas de botón)."""
    texto = ctx.texto
    fin = len(texto.rstrip())
    m = _LINEA_BOTON.search(texto, ctx.inicio_cuerpo)
    if m is not None:
        fin = m.start()
    inicio = ctx.inicio_cuerpo
    while inicio < fin and texto[inicio].isspace():
        inicio += 1
    return inicio, fin


def _marcadores(ctx: Contexto, inicio: int, fin: int):
    return [m for m in ctx.marcadores if inicio <= m.inicio and m.fin <= fin]


def longitud(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Cuerpo más largo de lo que admite WhatsApp."""
    inicio, fin = _cuerpo(ctx)
    if fin - inicio <= p["max_caracteres"]:
        return []
    corte = inicio + p["max_caracteres"]
    return [Deteccion(corte, fin, {"caracteres": fin - inicio,
                                   "max_caracteres": p["max_caracteres"]})]


def variable_extremo(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Un marcador al principio o al final del cuerpo (solo separado por signos)."""
    inicio, fin = _cuerpo(ctx)
    marcadores = _marcadores(ctx, inicio, fin)
    if not marcadores:
        return []
    detecciones = []
    primero, ultimo = marcadores[0], marcadores[-1]
    if not ctx.texto[inicio:primero.inicio].strip():
        detecciones.append(Deteccion(primero.inicio, primero.fin,
                                     {"donde": "empieza", "variable": primero.nombre}))
    if _SEPARADOR.fullmatch(ctx.texto[ultimo.fin:fin]) and not (ultimo is primero
                                                                 and detecciones):
        detecciones.append(Deteccion(ultimo.inicio, ultimo.fin,
                                     {"donde": "termina", "variable": ultimo.nombre}))
    return detecciones


def variables_seguidas(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Dos marcadores separados solo por espacios o signos."""
    inicio, fin = _cuerpo(ctx)
    marcadores = _marcadores(ctx, inicio, fin)
    return [Deteccion(a.inicio, b.fin, {"primera": a.nombre, "segunda": b.nombre})
            for a, b in itertools.pairwise(marcadores)
            if _SEPARADOR.fullmatch(ctx.texto[a.fin:b.inicio])]


METRICAS = {
    "whatsapp_longitud": (longitud, {
        "max_caracteres": Parametro("numero", "Caracteres admitidos en el cuerpo.", 1024),
    }, None),
    "whatsapp_variable_extremo": (variable_extremo, {}, None),
    "whatsapp_variables_seguidas": (variables_seguidas, {}, None),
}
