"""Legibilidad en español: índice de Fernández-Huerta (textstat con ``set_lang('es')``)."""

from __future__ import annotations

from generador.lint import metricas


def fernandez_huerta(texto: str) -> float:
    """Índice de Fernández-Huerta (0-100; más alto, más fácil), el mismo que usa la regla
    de legibilidad del linter (textstat en español, sin cargar nltk)."""
    return round(float(metricas.fernandez_huerta(texto)), 1)


def interpretar(indice: float) -> str:
    """Escala habitual de Fernández-Huerta."""
    for minimo, etiqueta in ((90, "muy fácil"), (80, "fácil"), (70, "bastante fácil"),
                             (60, "normal"), (50, "bastante difícil"), (30, "difícil")):
        if indice >= minimo:
            return etiqueta
    return "muy difícil"
