"""Fixtures de cobro plan: el modelo real, un país cargado y un árbol copiado para modificar."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def espec():
    from generador.cargar import cargar

    return cargar(RAIZ)


@pytest.fixture(scope="session")
def pais():
    """``pais("co")`` -> el país cargado del árbol real (una vez por sesión)."""
    from generador.plan.limites import cargar_pais

    cache = {}

    def cargar(codigo: str):
        if codigo not in cache:
            cache[codigo] = cargar_pais(RAIZ, codigo)
        return cache[codigo]

    return cargar


@pytest.fixture
def arbol(tmp_path) -> Path:
    """Una copia del árbol de especificaciones real, para cambiarla en la prueba."""
    specs = tmp_path / "specs"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, specs / carpeta)
    return specs
