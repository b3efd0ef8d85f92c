"""Pruebas de robustez: cada entrada hostil o descuidada, por la CLI real.

Cada caso comprueba el código de salida documentado (2 para errores de entrada, de uso o
del sistema; 130 para Ctrl-C), el mensaje exacto en español y que no se pierde nada. El
ejecutor de ``tests/conftest.py`` no captura excepciones: una traza de Python hace fallar
la prueba. ``timeout`` es una guarda contra cuelgues, no una medida de velocidad (las
medidas están en ``benchmarks/bench_robustez.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generacion"))


@pytest.fixture(autouse=True)
def _sin_cache_de_configuracion():
    from generador.lint import configuracion

    configuracion.limpiar_cache()
    yield
    configuracion.limpiar_cache()


@pytest.fixture
def arbol(tmp_path):
    """Escribe un árbol de especificaciones mínimo (con reemplazos) y devuelve su ruta."""
    from arbol import escribir_arbol

    def crear(**reemplazos: str) -> Path:
        return escribir_arbol(tmp_path / "specs", **reemplazos)

    return crear


@pytest.fixture
def instantanea():
    """Contenido de cada archivo de una carpeta (para comprobar que nada cambió)."""
    return _instantanea


def _instantanea(carpeta: Path) -> dict[str, bytes]:
    """Contenido de cada archivo de ``carpeta`` (para comprobar que nada cambió)."""
    return {p.relative_to(carpeta).as_posix(): p.read_bytes()
            for p in sorted(carpeta.rglob("*")) if p.is_file()}
