"""Legibilidad en español: índice de Fernández-Huerta (textstat con ``set_lang('es')``)."""

from __future__ import annotations

import re
from functools import lru_cache

_MARCADOR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


@lru_cache(maxsize=1)
def _textstat():
    import textstat

    textstat.set_lang("es")
    return textstat


def fernandez_huerta(texto: str) -> float:
    """Índice de Fernández-Huerta (0-100; más alto, más fácil)."""
    return round(float(_textstat().fernandez_huerta(texto)), 1)


def interpretar(indice: float) -> str:
    """Escala habitual de Fernández-Huerta."""
    for minimo, etiqueta in ((90, "muy fácil"), (80, "fácil"), (70, "bastante fácil"),
                             (60, "normal"), (50, "bastante difícil"), (30, "difícil")):
        if indice >= minimo:
            return etiqueta
    return "muy difícil"
