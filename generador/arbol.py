"""Dónde está el árbol de especificaciones (``mensajes/`` y ``sectores/``) por defecto."""

from __future__ import annotations

from pathlib import Path

RAIZ_PROYECTO = Path(__file__).resolve().parents[1]


def raiz_predeterminada() -> Path:
    """El directorio actual si tiene ``mensajes/`` y ``sectores/``; si no, el de cobro."""
    actual = Path.cwd()
    if (actual / "mensajes").is_dir() and (actual / "sectores").is_dir():
        return actual
    return RAIZ_PROYECTO
