"""``cobro lint`` sale sin desmontar el intérprete, pero con todo escrito.

Tras revisar, :func:`generador.cli.main` vacía stdout y stderr, ejecuta lo registrado con
``atexit`` (las cachés de disco) y sale con ``os._exit``. Se comprueba que la salida llega
entera, con su código, que las cachés se guardan y que las demás órdenes salen como siempre."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from generador import cli

RAIZ = Path(__file__).resolve().parents[2]
MAL = "ÚLTIMO AVISO!!! Si no paga hoy le denunciaremos a la policía.\n"


def _cobro(*argumentos: str, cache: Path) -> subprocess.CompletedProcess:
    entorno = {k: v for k, v in os.environ.items() if k != "COBRO_SIN_CACHE"}
    entorno.update(PYTHONPATH=str(RAIZ), COBRO_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "generador", *argumentos],
                          capture_output=True, text=True, env=entorno)


def test_la_salida_de_muchos_archivos_llega_entera_con_su_codigo(tmp_path):
    carpeta = tmp_path / "mensajes"
    carpeta.mkdir()
    for i in range(40):
        (carpeta / f"m{i:02d}.txt").write_text(MAL, encoding="utf-8")
    r = _cobro("lint", str(carpeta), "--formato", "jsonl", "--ignora", "ortografia",
               cache=tmp_path / "cache")
    assert r.returncode == 1, r.stderr
    hallazgos = [json.loads(linea) for linea in r.stdout.splitlines()]
    assert {Path(h["ruta"]).name for h in hallazgos} == {f"m{i:02d}.txt" for i in range(40)}
    # Cada archivo, con los mismos hallazgos que da revisarlo solo (amenaza penal incluida).
    solo = _cobro("lint", str(carpeta / "m07.txt"), "--formato", "jsonl", "--ignora", "ortografia",
                  cache=tmp_path / "cache")
    esperados = sorted(json.loads(linea)["regla"] for linea in solo.stdout.splitlines())
    assert "TON001" in esperados
    for i in range(40):
        propios = sorted(h["regla"] for h in hallazgos if Path(h["ruta"]).name == f"m{i:02d}.txt")
        assert propios == esperados
    # Lo registrado con atexit se ejecutó: las cachés de este proceso están en disco.
    assert {p.name.split("-")[0] for p in (tmp_path / "cache").glob("*.pickle")} >= {
        "modelo", "reglas", "regex"}


def test_sin_hallazgos_sale_con_cero_y_el_resumen_en_texto(tmp_path):
    limpio = tmp_path / "bien.txt"
    limpio.write_text("Hola, Ana:\n\nTu factura F-12, de 120,00 €, vence el 3 de marzo de 2026. "
                      "Puedes pagar en https://pagos.ejemplo.es/f/1 o llamarnos al 910 123 456."
                      "\n\nUn saludo,\nNube Clara\n", encoding="utf-8")
    r = _cobro("lint", str(limpio), "--falla-en", "error", cache=tmp_path / "cache")
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout == "Sin hallazgos en 1 archivo.\n"


def test_las_demas_ordenes_salen_como_siempre(monkeypatch):
    # Aunque un lint anterior del mismo proceso la permitiera, main() empieza sin ella.
    resultado = CliRunner().invoke(cli.cli, ["lint", "-"], input=MAL)
    assert resultado.exit_code == 1
    monkeypatch.setattr(sys, "argv", ["cobro", "--version"])
    with pytest.raises(SystemExit) as salida:
        cli.main()
    assert salida.value.code == 0


def test_sin_un_codigo_numerico_o_con_otro_hilo_no_sale_deprisa():
    assert cli._salir_ya("mensaje de error") is None  # vuelve: la salida normal lo imprime
    parar = threading.Event()
    hilo = threading.Thread(target=parar.wait)
    hilo.start()
    try:
        assert cli._salir_ya(0) is None  # otro hilo vivo: Python lo espera al salir
    finally:
        parar.set()
        hilo.join()
