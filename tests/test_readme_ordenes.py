"""El resumen de la línea de órdenes del README nombra cada opción de cada orden (lo que
ve quien lee el README y no la ayuda): una opción nueva que no se documenta falla aquí."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

RAIZ = Path(__file__).resolve().parents[1]


def _resumen() -> dict[str, str]:
    texto = (RAIZ / "README.md").read_text(encoding="utf-8")
    bloque = texto.split("## La línea de órdenes", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    ordenes: dict[str, str] = {}
    actual = ""
    for linea in bloque.splitlines():
        m = re.match(r"cobro (\w+)", linea)
        if m:
            actual = m.group(1)
        ordenes[actual] = ordenes.get(actual, "") + " " + linea
    return ordenes


@pytest.mark.parametrize("orden", ["generar", "lint", "reglas", "exportar", "sitio", "plan",
                                   "combinar", "doctor"])
def test_el_readme_nombra_cada_opcion_de_la_orden(orden):
    from generador.cli import cli

    comando = cli.get_command(click.Context(cli), orden)
    opciones = {nombre for p in comando.params if isinstance(p, click.Option)
                for nombre in [*p.opts, *p.secondary_opts] if nombre.startswith("--")}
    opciones -= {"--help"}
    resumen = _resumen()[orden]
    if orden == "exportar":  # «[filtros]»: los de generar
        resumen += _resumen()["generar"]
    faltan = sorted(o for o in opciones if not re.search(re.escape(o) + r"(?![\w-])", resumen))
    assert faltan == []
