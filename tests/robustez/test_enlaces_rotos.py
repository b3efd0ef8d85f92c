"""Un enlace simbólico roto o en bucle, dado a cualquier orden, se llama por su nombre.

Antes, uno roto salía como «no existe» (y el usuario lo ve con ``ls``), uno en bucle daba una
traza de Python (``RuntimeError: Symlink loop``) en ``--salida`` y ``--specs``, y escribir
la línea base a través de uno roto creaba el archivo al que apuntaba (o sustituía el enlace
en bucle por un archivo)."""

from __future__ import annotations

import os

import pytest

BUCLE = ("es un enlace simbólico en bucle (apunta, directa o indirectamente, a sí mismo); "
         "corrige el enlace ('ln -sfn DESTINO ENLACE'), bórralo o indica la ruta real")


def _roto(destino: str) -> str:
    return (f"es un enlace simbólico roto: apunta a '{destino}', que no existe; corrige el "
            "enlace ('ln -sfn DESTINO ENLACE'), bórralo o indica la ruta real")


@pytest.fixture
def enlaces(tmp_path, monkeypatch):
    """En la carpeta actual: ``bucle`` <-> ``bucle2``, ``roto.txt`` -> ``falta.txt``,
    ``carpeta_rota`` -> ``falta/`` y un mensaje de verdad en ``m.txt``."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COBRO_PROCESOS", "1")
    os.symlink("bucle2", "bucle")
    os.symlink("bucle", "bucle2")
    os.symlink("falta.txt", "roto.txt")
    os.symlink("falta", "carpeta_rota")
    (tmp_path / "m.txt").write_text("Hola Ana, su factura F-1 de 120 € vence el 5 de marzo.\n",
                                    encoding="utf-8")
    return tmp_path


def _sin_cambios(carpeta):
    """Los enlaces siguen siendo enlaces y no se creó lo que les falta."""
    assert os.readlink(carpeta / "bucle") == "bucle2"
    assert os.readlink(carpeta / "roto.txt") == "falta.txt"
    assert not (carpeta / "falta.txt").exists() and not (carpeta / "falta").exists()
    assert not [p.name for p in carpeta.iterdir() if p.name.startswith(".cobro")]


def test_lint_nombra_el_enlace_roto_y_el_bucle(cobro, enlaces):
    r = cobro("lint", "bucle", "roto.txt", "carpeta_rota/m.txt")
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        f"Error: bucle: {BUCLE}",
        f"Error: roto.txt: {_roto('falta.txt')}",
        "Error: carpeta_rota/m.txt: una carpeta de su camino, 'carpeta_rota', "
        + _roto("falta"),
    ]
    assert "no existe ese archivo" not in r.stderr
    _sin_cambios(enlaces)


@pytest.mark.parametrize("orden", [["generar"], ["exportar", "--formato", "csv"]])
@pytest.mark.parametrize(("salida", "motivo"), [("bucle", BUCLE), ("roto.txt", _roto("falta.txt"))])
def test_salida_enlace_roto_o_en_bucle_no_escribe(cobro, enlaces, orden, salida, motivo):
    r = cobro(*orden, "--salida", salida)
    assert r.exit_code == 2
    assert r.output == f"Error: --salida: '{salida}': {motivo}\n"
    _sin_cambios(enlaces)


def test_specs_en_bucle_no_es_una_traza(cobro, enlaces):
    for orden in (["generar", "--salida", "s"], ["lint", "m.txt"],
                  ["plan", "--pais", "es", "--vencimiento", "2026-03-02"]):
        r = cobro(*orden, "--specs", "bucle")
        assert r.exit_code == 2, orden
        assert r.output.endswith(f"Error: --specs: 'bucle': {BUCLE}\n"), orden
    assert not (enlaces / "s").exists()


def test_linea_base_a_traves_de_un_enlace_no_se_escribe(cobro, enlaces):
    for enlace, motivo in (("roto.txt", _roto("falta.txt")), ("bucle", BUCLE)):
        r = cobro("lint", "--linea-base", enlace, "m.txt")
        assert r.exit_code == 2
        assert r.stderr == f"Error: {enlaces / enlace}: {motivo}; no se ha escrito nada\n"
    _sin_cambios(enlaces)


def test_archivos_de_entrada_de_otras_ordenes(cobro, enlaces):
    casos = {
        ("combinar", "roto.txt", "--salida", "s"):
            f"Error: roto.txt: {_roto('falta.txt')}; indica la exportación de facturas en CSV\n",
        ("plan", "--pais", "es", "--comprobar", "bucle"):
            f"Error: bucle: {BUCLE}; indica el registro de envíos en CSV "
            "(fecha,hora,canal[,cliente][,conversacion])\n",
        ("lint", "--config", "roto.txt", "m.txt"):
            f"Error: el archivo de configuración 'roto.txt': {_roto('falta.txt')}\n",
        ("lint", "--reglas-propias", "bucle", "m.txt"):
            "Error: Los archivos de reglas tienen 1 problema; corrígelo y vuelve a ejecutar:\n"
            f"bucle: {BUCLE}\n",
    }
    for args, esperado in casos.items():
        r = cobro(*args)
        assert r.exit_code == 2, args
        assert r.output == esperado, args
    _sin_cambios(enlaces)
