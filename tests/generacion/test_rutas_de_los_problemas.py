"""Los problemas de una especificación nombran su archivo como se abre desde donde está el
usuario, no como se llama dentro del árbol: con ``--specs`` desde otra carpeta o desde una
subcarpeta del árbol, ``mensajes/variables.yml`` no existe (o es otro archivo)."""

from __future__ import annotations

import contextlib
import shutil

import pytest
from arbol import VARIABLES, escribir_arbol

ROTO = "Error: La especificación tiene 1 problema; corrígelo y vuelve a ejecutar:\n"
PROBLEMA = ("mensajes/variables.yml:27: YAML no válido en la columna 3: se esperaba una clave "
            "(revisa la sangría y los ':')\n")


@pytest.fixture
def arbol_roto(tmp_path):
    return escribir_arbol(tmp_path / "proyecto" / "specs",
                          mensajes__variables_yml=VARIABLES + "  : x\n")


def test_con_specs_desde_la_carpeta_de_encima(cobro, arbol_roto, tmp_path):
    with contextlib.chdir(tmp_path / "proyecto"):
        r = cobro("generar", "--specs", "specs", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ROTO + "specs/" + PROBLEMA


def test_desde_una_subcarpeta_del_arbol(cobro, arbol_roto, tmp_path):
    with contextlib.chdir(arbol_roto / "sectores"):  # el árbol se busca hacia arriba
        r = cobro("generar", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ROTO + "../" + PROBLEMA


def test_desde_lejos_la_ruta_absoluta(cobro, arbol_roto, tmp_path):
    lejos = tmp_path / "a" / "b" / "c" / "d"
    lejos.mkdir(parents=True)
    with contextlib.chdir(lejos):
        r = cobro("generar", "--specs", arbol_roto, "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ROTO + f"{arbol_roto}/" + PROBLEMA


def test_en_la_carpeta_del_arbol_como_siempre(cobro, arbol_roto, tmp_path):
    with contextlib.chdir(arbol_roto):
        r = cobro("generar", "--specs", arbol_roto, "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ROTO + PROBLEMA


@pytest.mark.parametrize("archivo", ["variables.yml", "etapas.yml", "canales.yml"])
def test_un_archivo_base_roto_es_un_solo_problema_no_mil(cobro, raiz, tmp_path, archivo):
    """Sin variables, etapas o canales, cada tipo y cada sector que los nombran decían su
    «no existe» (1.343 problemas con variables.yml) y el real quedaba arriba del todo."""
    for carpeta in ("mensajes", "sectores"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "mensajes" / archivo
    lineas = ruta.read_text(encoding="utf-8").count("\n")
    with ruta.open("a", encoding="utf-8") as f:
        f.write("  : x\n")
    with contextlib.chdir(tmp_path):
        r = cobro("generar", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ROTO + (f"mensajes/{archivo}:{lineas + 1}: YAML no válido en la columna 3: "
                               "se esperaba una clave (revisa la sangría y los ':')\n")
