"""Piezas compartidas de las pruebas de ortografía, gramática, doctor y SARIF."""

from __future__ import annotations

import os

import pytest


def falta_componente(motivo: str) -> None:
    """Omite la prueba en una máquina de desarrollo; en CI (variable ``CI``) la hace fallar.

    En CI los componentes opcionales deben estar instalados: una prueba omitida en silencio
    escondería que no se probó nada.
    """
    if os.environ.get("CI"):
        pytest.fail(f"{motivo} (en CI es obligatorio: instálalo en .ci/run)", pytrace=False)
    pytest.skip(f"{motivo}; se omite solo fuera de CI")


@pytest.fixture
def diccionario_es():
    """Garantiza que hunspell-es está disponible a través de pyenchant."""
    from generador.lint.ortografia import cargar_diccionario

    dic = cargar_diccionario()
    if dic is None:
        falta_componente(
            "falta el diccionario hunspell-es ('apt-get install hunspell-es libenchant-2-2')"
        )
    return dic
