"""Sintaxis Mustache (Postmark usa Mustachio): escape de literales y marcadores.

Mustache no tiene escape de llaves. En HTML basta con entidades (``&#123;``). En texto, si
un literal contiene ``{{``/``}}`` o una llave pegada a una variable, el texto entero se
escribe con otros delimitadores (``{{=<% %>=}}``, elegidos entre varios para que no
aparezcan en el literal) y las variables como ``<%& x %>``; si no, ``{{{x}}}``.
"""

from __future__ import annotations

from generador.exportar.base import trocear

_DELIMITADORES = (("<%", "%>"), ("[[", "]]"), ("<#", "#>"), ("((", "))"), ("<@", "@>"))


def variable_html(nombre: str) -> str:
    return "{{" + nombre + "}}"


def _necesita_delimitadores(canonico: str) -> bool:
    trozos = trocear(canonico)
    for i, t in enumerate(trozos):
        if t.variable is not None:
            continue
        if "{{" in t.texto or "}}" in t.texto:
            return True
        if i + 1 < len(trozos) and t.texto.endswith("{"):
            return True
        if i > 0 and t.texto.startswith("}"):
            return True
    return False


def texto(canonico: str) -> str:
    """Un texto canónico en Mustache para un contexto de texto plano (sin escapar)."""
    trozos = trocear(canonico)
    if not _necesita_delimitadores(canonico):
        return "".join(t.texto if t.variable is None else "{{{" + t.variable + "}}}"
                       for t in trozos)
    literal = "".join(t.texto for t in trozos if t.variable is None)
    for abre, cierra in _DELIMITADORES:
        if abre not in literal and cierra not in literal:
            break
    else:  # pragma: no cover - haría falta un texto con todos los pares
        from generador.errores import ErrorCobro

        raise ErrorCobro("no se encontró un par de delimitadores Mustache libre para este texto")
    partes = [f"{{{{={abre} {cierra}=}}}}"]
    for t in trozos:
        partes.append(t.texto if t.variable is None else f"{abre}& {t.variable} {cierra}")
    return "".join(partes)
