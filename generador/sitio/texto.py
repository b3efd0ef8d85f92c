"""Escapado de datos dentro de las páginas generadas.

Todo texto que viene de los datos (títulos de sector, textos de plantillas, reglas) puede
contener ``<script>``, ``{{``, ``|`` o sintaxis Markdown. Dos salidas seguras:

- ``html``: dentro de bloques HTML crudos, que Python-Markdown no vuelve a procesar. Los
  saltos de línea se escriben como ``&#10;`` para que el bloque no tenga líneas en blanco
  (una línea en blanco terminaría el bloque HTML).
- ``md``: dentro de Markdown (títulos, celdas): entidades HTML más barra invertida ante
  cada carácter con significado en Markdown, incluidas ``{ }`` (attr_list) y ``|`` (tablas).
- ``bloque_codigo``: un bloque de código cercado con una valla más larga que cualquier
  racha de comillas invertidas del texto; su contenido se muestra tal cual.
"""

from __future__ import annotations

import html as _html
import re

_MD_ESPECIALES = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~^])")


def html(texto: object) -> str:
    """Texto seguro dentro de HTML (atributos incluidos), sin líneas en blanco."""
    return _html.escape(str(texto), quote=True).replace("\n", "&#10;")


def md(texto: object) -> str:
    """Texto seguro en una línea de Markdown."""
    limpio = " ".join(str(texto).split())
    return _MD_ESPECIALES.sub(r"\\\1", _html.escape(limpio, quote=False))


def bloque_codigo(texto: str, lenguaje: str = "text") -> str:
    """Bloque cercado que muestra ``texto`` exactamente."""
    rachas = [len(m) for m in re.findall(r"`+", texto)]
    valla = "`" * max(3, max(rachas, default=0) + 1)
    return f"{valla}{lenguaje}\n{texto}\n{valla}\n"
