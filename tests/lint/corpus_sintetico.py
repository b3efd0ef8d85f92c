"""Ayudas de las pruebas que comprueban, con datos sintéticos, la partición del corpus
(``tests/corpus/particion.py``) y las medidas de ``benchmarks/precision.py``: ninguna lee ni
puntúa la parte ``prueba`` real."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]


def cargar(nombre: str, ruta: Path):
    """Importa un módulo que no está en un paquete (``tests/corpus``, ``benchmarks``)."""
    spec = importlib.util.spec_from_file_location(nombre, ruta)
    modulo = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(nombre, modulo)  # las dataclasses lo buscan ahí
    spec.loader.exec_module(modulo)
    return modulo


particion = cargar("particion_corpus", RAIZ / "tests" / "corpus" / "particion.py")


def orden(fuentes: list[str]) -> list[str]:
    """Las fuentes en el orden de su sha256, el de la regla de partición."""
    return sorted(fuentes, key=lambda f: int(hashlib.sha256(f.encode()).hexdigest(), 16))


def entrada(fuente: str, ronda: int | None = None) -> dict:
    """Una entrada del corpus de mentira: solo su fuente y, si la tiene, su ronda."""
    datos = {"fuente": fuente}
    if ronda is not None:
        datos["ronda"] = ronda
    return datos
