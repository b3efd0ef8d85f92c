"""Sintaxis Handlebars (SendGrid): escape de literales y marcadores.

- En HTML, ``{{x}}`` (Handlebars escapa el valor) y literales con entidades HTML: ni una
  llave ni una barra invertida llegan como tales al motor.
- En texto (asunto y parte de texto), ``{{{x}}}`` (sin escapar: es texto, no HTML) y
  literales con las reglas de escape de Handlebars: ``\\{{`` para unas llaves literales,
  una barra invertida más si el literal termina en ``\\`` justo antes de una variable, un
  comentario vacío ``{{!}}`` entre una variable y una ``}`` que la sigue, y el separador
  invisible U+2060 donde Handlebars no tiene escape (una ``{`` pegada a una variable o
  ``\\`` pegada a ``{{``).
"""

from __future__ import annotations

import re

from generador.exportar.base import SEPARADOR, Trozo, traducir

_BARRA_LLAVES = re.compile(r"\\(?=\{\{)")


def literal_texto(texto: str, anterior: Trozo | None, siguiente: Trozo | None) -> str:
    texto = _BARRA_LLAVES.sub(lambda _m: "\\" + SEPARADOR, texto)
    texto = texto.replace("{{", "\\{{")
    if siguiente is not None and siguiente.variable is not None:
        if texto.endswith("\\"):
            texto += "\\"
        elif texto.endswith("{"):
            texto += SEPARADOR
    if anterior is not None and anterior.variable is not None and texto.startswith("}"):
        texto = "{{!}}" + texto
    return texto


def variable_texto(nombre: str) -> str:
    return "{{{" + nombre + "}}}"


def variable_html(nombre: str) -> str:
    return "{{" + nombre + "}}"


def texto(canonico: str) -> str:
    """Un texto canónico en Handlebars para un contexto de texto plano."""
    return traducir(canonico, literal_texto, variable_texto)
