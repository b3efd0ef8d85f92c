"""Piezas comunes de las pruebas del linter.

Los casos de ``casos/*.yml`` se convierten en pruebas con nombre (``FAL001-falla-0``) en
``pytest_generate_tests``, como los casos YAML de sqlfluff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generador.lint import configuracion

from .casos_yaml import casos_de

CASOS = Path(__file__).parent / "casos"


def _cargar_casos() -> list[tuple[str, str, int, dict]]:
    return [caso for archivo in sorted(CASOS.glob("*.yml")) for caso in casos_de(archivo)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "caso_regla" in metafunc.fixturenames:
        casos = _cargar_casos()
        metafunc.parametrize(
            "caso_regla", casos, ids=[f"{c}-{r}-{i}" for c, r, i, _ in casos]
        )


@pytest.fixture(autouse=True, scope="session")
def _cache_temporal(tmp_path_factory):
    """La caché de reglas de las pruebas vive en una carpeta temporal, no en ~/.cache."""
    import os

    anterior = os.environ.get("COBRO_CACHE_DIR")
    os.environ["COBRO_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache-cobro"))
    yield
    if anterior is None:
        os.environ.pop("COBRO_CACHE_DIR", None)
    else:
        os.environ["COBRO_CACHE_DIR"] = anterior


@pytest.fixture(autouse=True)
def _configuracion_limpia():
    """Cada prueba busca la configuración de nuevo (las carpetas temporales cambian)."""
    configuracion.limpiar_cache()
    yield
    configuracion.limpiar_cache()


@pytest.fixture(scope="session")
def reglamento():
    from generador.lint.cargar_reglas import cargar

    return cargar()


@pytest.fixture
def hallazgos_de(reglamento):
    """``hallazgos_de(texto, **contexto)``: hallazgos de todas las reglas sobre un texto."""
    from generador.lint.motor import revisar_texto

    def revisar(texto: str, asunto: str | None = None, **contexto):
        return revisar_texto(texto, reglas=reglamento.reglas, asunto=asunto, **contexto)

    return revisar


@pytest.fixture
def lint(cobro, monkeypatch):
    """``lint(*args, entrada=None)``: ejecuta ``cobro lint`` en un solo proceso."""
    monkeypatch.setenv("COBRO_PROCESOS", "1")

    def ejecutar(*args: str, entrada: str | None = None):
        return cobro("lint", *args, entrada=entrada)

    return ejecutar
