"""Fixtures compartidas: un ejecutor de la CLI y la raíz del proyecto."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

RAIZ = Path(__file__).resolve().parents[1]
EN_CI = bool(os.environ.get("CI"))


@pytest.fixture
def cobro():
    """Ejecuta ``cobro ARGS...`` en proceso y devuelve el resultado de click."""
    from generador.cli import cli

    runner = CliRunner()

    def ejecutar(*args: str, entrada: str | None = None):
        return runner.invoke(cli, [str(a) for a in args], input=entrada, prog_name="cobro",
                             catch_exceptions=False)

    return ejecutar


@pytest.fixture
def raiz() -> Path:
    return RAIZ


# En CI (CI=true) ninguna prueba se omite en silencio: lo que falte (Chromium, hunspell-es,
# node, Dask...) lo instala scripts/instalar.sh --pruebas, así que una omisión es un fallo.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    resultado = yield
    informe = resultado.get_result()
    if EN_CI and informe.skipped and not hasattr(informe, "wasxfail"):
        motivo = informe.longrepr[2] if isinstance(informe.longrepr, tuple) else str(informe.longrepr)
        informe.outcome = "failed"
        informe.longrepr = f"omitida en CI, donde todo debe estar instalado: {motivo}"


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    resultado = yield
    informe = resultado.get_result()
    if EN_CI and informe.skipped:
        motivo = informe.longrepr[2] if isinstance(informe.longrepr, tuple) else str(informe.longrepr)
        informe.outcome = "failed"
        informe.longrepr = f"módulo omitido en CI, donde todo debe estar instalado: {motivo}"
