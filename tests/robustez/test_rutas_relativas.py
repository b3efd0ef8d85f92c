"""Rutas relativas como en ruff: las de la línea de órdenes (``--specs``, ``--config``, los
archivos) desde el directorio actual; las de un archivo de configuración (``reglas_propias``)
desde ese archivo; y el árbol por defecto, el del directorio actual o el de la primera
carpeta superior que lo tenga (sin salir del repositorio git)."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]
MARCA = "MARCA-DEL-ARBOL-PROPIO"


@pytest.fixture(scope="module")
def arbol(tmp_path_factory) -> Path:
    """Un árbol propio (copia del de cobro) cuya TON001 se describe con :data:`MARCA`."""
    raiz = tmp_path_factory.mktemp("proyecto") / "arbol"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, raiz / carpeta)
    tono = raiz / "reglas" / "tono.yml"
    texto = tono.read_text(encoding="utf-8")
    inicio = texto.index("codigo: TON001", texto.index("reglas:"))
    clave = texto.index("descripcion:", inicio) + len("descripcion:")
    tono.write_text(texto[:clave] + f" {MARCA}" + texto[clave:], encoding="utf-8")
    return raiz


def test_desde_una_subcarpeta_del_arbol_se_usa_ese_arbol(cobro, arbol, monkeypatch):
    for carpeta in (arbol, arbol / "sectores", arbol / "mensajes" / "paises"):
        monkeypatch.chdir(carpeta)
        r = cobro("reglas", "TON001")
        assert r.exit_code == 0, r.output
        assert MARCA in r.output, carpeta


def test_fuera_de_un_arbol_o_tras_la_raiz_de_git_se_usa_el_de_cobro(cobro, arbol, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert MARCA not in cobro("reglas", "TON001").output
    repo = arbol / "repo_dentro"  # un repositorio git dentro del árbol no hereda el árbol
    (repo / ".git").mkdir(parents=True)
    (repo / "textos").mkdir()
    monkeypatch.chdir(repo / "textos")
    r = cobro("reglas", "TON001")
    assert r.exit_code == 0
    assert MARCA not in r.output


def test_specs_relativo_al_directorio_actual(cobro, arbol, monkeypatch):
    otra = arbol.parent / "otra" / "sub"
    otra.mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(otra)
    r = cobro("reglas", "--specs", "../../arbol", "TON001")
    assert r.exit_code == 0, r.output
    assert MARCA in r.output
    r = cobro("plan", "--specs", "../../arbol", "--pais", "es", "--vencimiento", "2026-03-02")
    assert r.exit_code == 0, r.output
    r = cobro("reglas", "--specs", "../arbol", "TON001")  # no existe desde aquí
    assert r.exit_code == 2


REGLA_PROPIA = """\
    reglas:
      - codigo: EST001
        nombre: tono.estilo.querido
        categoria: tono.agresivo
        severidad: aviso
        tipo: frases
        mensaje: "evita '{texto}'"
        descripcion: Evita «querido».
        por_que: Demasiado familiar.
        incorrecto: "Querido cliente"
        correcto: "Hola"
        sugerencias: ["Hola"]
        frases: [querid*]
    """


def test_reglas_propias_relativas_a_la_configuracion_desde_cualquier_carpeta(cobro, tmp_path, monkeypatch):
    proyecto = tmp_path / "proyecto"
    (proyecto / "estilo").mkdir(parents=True)
    (proyecto / "estilo" / "propias.yml").write_text(textwrap.dedent(REGLA_PROPIA), encoding="utf-8")
    (proyecto / "cobro.toml").write_text('reglas = ["EST001"]\nreglas_propias = ["estilo"]\n',
                                         encoding="utf-8")
    (proyecto / "textos" / "sub").mkdir(parents=True)
    (proyecto / "textos" / "sub" / "a.txt").write_text("Querida Ana:\n", encoding="utf-8")
    (tmp_path / "fuera").mkdir()
    for cwd, argumentos in [
        (proyecto / "textos" / "sub", ["a.txt"]),                        # config en una carpeta superior
        (proyecto, ["textos/sub/a.txt"]),                                # desde la raíz (como pre-commit)
        (tmp_path / "fuera", ["../proyecto/textos/sub/a.txt"]),          # desde otra carpeta
        (tmp_path / "fuera", ["--config", "../proyecto/cobro.toml", "../proyecto/textos/sub/a.txt"]),
    ]:
        monkeypatch.chdir(cwd)
        r = cobro("lint", "--formato", "json", *argumentos)
        assert '"regla": "EST001"' in r.output, (cwd, argumentos, r.output[:400])
        assert r.exit_code == 0
