"""``--motor dask``: la misma función por fila, repartida en un clúster Dask local, da
exactamente lo mismo que un proceso.

La orden con Dask corre en un proceso aparte, como la lanzaría un usuario: el cliente de
Dask deja hilos vivos en el proceso que lo usa, y así no contamina al resto de pruebas."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from generador.arbol import RAIZ_PROYECTO

from .sinteticas import DATOS_FIJOS, escribir_csv, escribir_datos

pytest.importorskip("distributed", reason="--motor dask necesita dask[dataframe] y distributed "
                                          "(los instala 'scripts/instalar.sh --pruebas')")


def _ajustes(revisar: bool):
    from generador.combinar import Ajustes

    return Ajustes(specs=str(RAIZ_PROYECTO), hoy=dt.date(2026, 11, 30),
                   datos=tuple(DATOS_FIJOS.items()), revisar=revisar)


def _ambos(tmp_path, n: int, revisar: bool):
    from generador.combinar import combinar

    csv = escribir_csv(tmp_path / "facturas.csv", n)
    local = combinar(csv, tmp_path / "local", _ajustes(revisar))
    datos = escribir_datos(tmp_path / "fijos.yml")
    orden = [sys.executable, "-m", "generador", "combinar", str(csv), "--salida",
             str(tmp_path / "dask"), "--hoy", "2026-11-30", "--datos", str(datos),
             "--specs", str(RAIZ_PROYECTO), "--motor", "dask",
             *([] if revisar else ["--sin-revisar"])]
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ_PROYECTO)}
    r = subprocess.run(orden, capture_output=True, text=True, env=entorno, cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr[-3000:]
    assert "generador/" not in r.stderr  # ninguna traza de cobro (Dask puede registrar las suyas)
    repartido = json.loads((tmp_path / "dask" / "resumen.json").read_text(encoding="utf-8"))
    return local, repartido


def _mismo_contenido(tmp_path, nombre: str) -> None:
    a = (tmp_path / "local" / nombre).read_bytes()
    b = (tmp_path / "dask" / nombre).read_bytes()
    assert a == b, f"{nombre} difiere entre el motor local y Dask"


@pytest.mark.timeout(600)
def test_cien_mil_filas_en_dask_dan_lo_mismo_que_un_proceso(tmp_path):
    local, repartido = _ambos(tmp_path, 100_000, revisar=False)
    assert (local.filas, local.combinadas, local.con_error) == (100_000, 95_000, 5_000)
    assert repartido | {"motor": "local"} == local.como_dict()
    _mismo_contenido(tmp_path, "mensajes.jsonl")
    _mismo_contenido(tmp_path, "no_combinadas.jsonl")


@pytest.mark.timeout(600)
def test_con_el_linter_dask_da_los_mismos_hallazgos(tmp_path):
    local, repartido = _ambos(tmp_path, 1_500, revisar=True)
    assert local.hallazgos_por_categoria  # el linter encontró algo que comparar
    assert repartido["hallazgos_por_categoria"] == dict(sorted(local.hallazgos_por_categoria.items()))
    _mismo_contenido(tmp_path, "mensajes.jsonl")
    primera = json.loads((tmp_path / "dask" / "mensajes.jsonl").read_text().splitlines()[0])
    assert primera["fila"] == 2


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("direccion", "esperado"), [
    ("no es url", "Error: --planificador: 'no es url' no es la dirección de un planificador de "
                  "Dask; escribe tcp://servidor:puerto (p. ej. tcp://planificador.local:8786)\n"),
    ("tcp://127.0.0.1:{puerto}", "Error: --planificador: no se pudo conectar con el planificador "
                                 "de Dask en tcp://127.0.0.1:{puerto} ("),
])
def test_un_planificador_mal_escrito_o_que_no_contesta_se_dice(tmp_path, direccion, esperado):
    """Antes: una traza (dirección mal escrita) o «no se pudo escribir la salida: Timed out
    trying to connect...» (planificador apagado). En los dos casos no se escribe nada."""
    import socket

    with socket.socket() as s:  # un puerto en el que nadie escucha
        s.bind(("127.0.0.1", 0))
        puerto = s.getsockname()[1]
    direccion, esperado = direccion.format(puerto=puerto), esperado.format(puerto=puerto)
    csv = escribir_csv(tmp_path / "facturas.csv", 3)
    orden = [sys.executable, "-m", "generador", "combinar", str(csv), "--salida",
             str(tmp_path / "s"), "--hoy", "2026-11-30", "--specs", str(RAIZ_PROYECTO),
             "--motor", "dask", "--planificador", direccion, "--sin-revisar"]
    r = subprocess.run(orden, capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(RAIZ_PROYECTO)})
    assert r.returncode == 2, r.stderr[-2000:]
    assert "Traceback" not in r.stderr
    assert (r.stderr.splitlines()[-1] + "\n").startswith(esperado)
    assert not (tmp_path / "s").exists()
