"""El catálogo real, cargado y generado una sola vez para todas las pruebas que lo leen.

``espec`` es el árbol real; un módulo que necesita otro árbol define su propio ``espec``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def espec():
    from generador.cargar import cargar

    return cargar(RAIZ)


@pytest.fixture(scope="session")
def catalogo_real(espec, tmp_path_factory):
    """``(salida, resultado, manifiesto)`` de ``cobro generar`` sobre el árbol real (solo lectura)."""
    from generador.generar import generar

    salida = tmp_path_factory.mktemp("catalogo")
    resultado = generar(espec, salida, forzar=True)
    manifiesto = json.loads((salida / "catalogo.json").read_text(encoding="utf-8"))
    return salida, resultado, manifiesto
