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
