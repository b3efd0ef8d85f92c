"""Tras instalar o actualizar cobro la caché de reglas se reconstruye (segundos): en una
terminal, ``cobro lint`` lo dice con una línea en español; fuera de ella (tuberías, CI,
editores), calla."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from generador.lint import cache_reglas

RAIZ = Path(__file__).resolve().parents[2]


def _lint_con_cache_vacia(tmp_path: Path, terminal: bool) -> tuple[int, str, str]:
    mensaje = tmp_path / "aviso.txt"
    mensaje.write_text("Pague ya!!\n", encoding="utf-8")
    entorno = {**os.environ, "COBRO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(RAIZ)}
    entorno.pop("COBRO_SIN_CACHE", None)
    orden = [sys.executable, "-m", "generador", "lint", str(mensaje), "--ignora", "faltante"]
    if not terminal:
        hecho = subprocess.run(orden, env=entorno, capture_output=True, text=True, timeout=300)
        return hecho.returncode, hecho.stdout, hecho.stderr
    maestro, esclavo = pty.openpty()
    proceso = subprocess.Popen(orden, env=entorno, stdout=subprocess.PIPE, stderr=esclavo)
    os.close(esclavo)
    errores = b""
    while True:
        try:
            trozo = os.read(maestro, 4096)
        except OSError:  # el proceso cerró la terminal
            break
        if not trozo:
            break
        errores += trozo
    with proceso.stdout:
        salida = proceso.stdout.read().decode()
    proceso.wait(timeout=300)
    os.close(maestro)
    return proceso.returncode, salida, errores.decode().replace("\r\n", "\n")


def test_en_una_terminal_avisa_una_vez_de_que_prepara_las_reglas(tmp_path: Path):
    codigo, salida, errores = _lint_con_cache_vacia(tmp_path, terminal=True)
    assert codigo == 0
    assert "TON012" in salida
    assert errores.count(cache_reglas.AVISO) == 1
    assert cache_reglas.AVISO.startswith("cobro: preparando las reglas")
    # La segunda vez la caché está al día: sin aviso.
    codigo, _, errores = _lint_con_cache_vacia(tmp_path, terminal=True)
    assert codigo == 0
    assert cache_reglas.AVISO not in errores


def test_fuera_de_una_terminal_no_avisa(tmp_path: Path):
    codigo, salida, errores = _lint_con_cache_vacia(tmp_path, terminal=False)
    assert codigo == 0
    assert "TON012" in salida
    assert errores == ""
