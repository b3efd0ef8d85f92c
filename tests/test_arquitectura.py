"""Fronteras entre partes: el núcleo no depende de la CLI.

El linter, el compositor y los exportadores son funciones que devuelven objetos
resultado; solo ``generador/cli.py`` y ``generador/comandos/`` hablan con el usuario.
"""

from __future__ import annotations

import ast
from pathlib import Path

PAQUETE = Path(__file__).resolve().parents[1] / "generador"
CLI = ("generador.cli", "generador.comandos")


def _importaciones(ruta: Path) -> set[str]:
    arbol = ast.parse(ruta.read_text(encoding="utf-8"))
    nombres = set()
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.Import):
            nombres |= {a.name for a in nodo.names}
        elif isinstance(nodo, ast.ImportFrom) and nodo.module:
            nombres.add(nodo.module)
    return nombres


def test_el_nucleo_no_importa_la_cli():
    culpables = []
    for ruta in PAQUETE.rglob("*.py"):
        relativa = ruta.relative_to(PAQUETE.parent)
        # El sitio documenta la CLI (referencia generada desde la app de click).
        if relativa.parts[1] in ("cli.py", "comandos", "__main__.py", "sitio"):
            continue
        for nombre in _importaciones(ruta):
            if nombre.startswith(CLI):
                culpables.append(f"{relativa} importa {nombre}")
    assert culpables == []


def test_no_hay_modulos_cajon_de_sastre():
    prohibidos = {"utils.py", "helpers.py", "misc.py", "common.py"}
    assert not [p for p in PAQUETE.rglob("*.py") if p.name in prohibidos]
