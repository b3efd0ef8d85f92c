"""Coincidencia: un tramo del texto señalado por un revisor externo."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Coincidencia:
    """Tramo [inicio, fin) del texto recibido, con mensaje y sugerencias opcionales."""

    inicio: int
    fin: int
    mensaje: str | None = None
    sugerencias: tuple[str, ...] = ()
    regla_externa: str | None = None
