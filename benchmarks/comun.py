"""Utilidades de medición compartidas por los benchmarks: tiempos de proceso completo."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence


def entorno_medida(env: dict | None = None) -> dict[str, str]:
    """El entorno de las órdenes medidas: el actual sin ``PYTHONDONTWRITEBYTECODE``.

    Una instalación real tiene sus .pyc; sin ellos cada arranque compila de nuevo los
    módulos de cobro (~60 ms más en ``cobro lint`` de un archivo) y se mediría eso."""
    entorno = {**os.environ, **(env or {})}
    entorno.pop("PYTHONDONTWRITEBYTECODE", None)
    return entorno


def medir(orden: Sequence[str], repeticiones: int = 7, env: dict | None = None,
          preparar=None) -> tuple[float, list[float]]:
    """Mediana (s) y tiempos de ``repeticiones`` ejecuciones del proceso completo."""
    tiempos = []
    entorno = entorno_medida(env)
    for _ in range(repeticiones):
        if preparar:
            preparar()
        inicio = time.perf_counter()
        subprocess.run(orden, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=entorno)
        tiempos.append(time.perf_counter() - inicio)
    return statistics.median(tiempos), tiempos


def comprobar(orden: Sequence[str], env: dict | None = None) -> None:
    """Ejecuta ``orden`` una vez y aborta el benchmark si falla (no se mide un error)."""
    r = subprocess.run(orden, capture_output=True, text=True, env=entorno_medida(env))
    if r.returncode not in (0, 1):
        sys.exit(f"la orden falla ({r.returncode}): {' '.join(orden)}\n{r.stderr[-2000:]}")


def pico_memoria_mb(orden: Sequence[str]) -> float:
    """Pico de memoria residente (MB) del proceso hijo más grande lanzado por ``orden``."""
    codigo = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    salida = subprocess.run([sys.executable, "-c", codigo, *orden], capture_output=True,
                            text=True, check=True).stdout
    return int(salida.strip()) / 1024


def fila(nombre: str, mediana: float, presupuesto: float | None = None) -> str:
    estado = "" if presupuesto is None else ("  OK" if mediana <= presupuesto else "  SUPERA")
    limite = "" if presupuesto is None else f"  (presupuesto {presupuesto:.2f} s)"
    return f"{nombre:<48} {mediana:7.3f} s{limite}{estado}"
