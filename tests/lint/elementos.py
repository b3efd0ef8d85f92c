"""Ayuda de las pruebas de elementos obligatorios: qué elementos da el linter por ausentes.

El elemento sale de la categoría del hallazgo (``faltante.<elemento>``), limitada a los
elementos del modelo (:data:`generador.modelo.ELEMENTOS`): no hay otra tabla de códigos.
"""

from __future__ import annotations

import pytest

from generador.lint.motor import revisar_texto
from generador.modelo import ELEMENTOS


def elementos_ausentes(texto: str, canal: str = "email", **contexto) -> set[str]:
    """Los elementos que el linter da por ausentes en ``texto``."""
    return {elemento for h in revisar_texto(texto, canal=canal, **contexto)
            if h.categoria.startswith("faltante.")
            and (elemento := h.categoria.split(".", 1)[1]) in ELEMENTOS}


def caso(elemento: str, presente: bool, canal: str, modo: str, texto: str):
    """Un caso de «elemento presente o ausente en este texto», con un id que dice cuál y el
    final del texto."""
    estado = "presente" if presente else "ausente"
    return pytest.param(elemento, presente, canal, modo, texto,
                        id=f"{elemento}-{estado}-{canal}-{texto[-30:]!r}")
