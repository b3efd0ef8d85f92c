"""Utilidades de medición compartidas por los benchmarks: tiempos de proceso completo."""

from __future__ import annotations

import os
import resource
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


def una_vez(orden: Sequence[str], env: dict | None = None,
            cwd: str | None = None) -> tuple[float, float, float]:
    """(reloj, CPU de usuario, CPU de sistema) de una ejecución del proceso completo
    (con sus hijos: ``cobro lint`` reparte entre procesos), en la carpeta ``cwd``."""
    antes = resource.getrusage(resource.RUSAGE_CHILDREN)
    inicio = time.perf_counter()
    subprocess.run(orden, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=entorno_medida(env), cwd=cwd)
    reloj = time.perf_counter() - inicio
    despues = resource.getrusage(resource.RUSAGE_CHILDREN)
    return reloj, despues.ru_utime - antes.ru_utime, despues.ru_stime - antes.ru_stime


def pares(orden: Sequence[str], suelo: Sequence[str], repeticiones: int = 7,
          env: dict | None = None) -> dict[str, float]:
    """Alterna ``orden`` y ``suelo`` ``repeticiones`` veces (la carga de la máquina afecta a
    los dos por igual) y devuelve medianas de reloj y CPU de cada uno y la mediana de las
    proporciones orden / suelo de cada par, en reloj y en CPU (usuario + sistema)."""
    a, b = [], []
    for _ in range(repeticiones):
        a.append(una_vez(orden, env))
        b.append(una_vez(suelo, env))
    return {
        "reloj": statistics.median(x[0] for x in a),
        "cpu": statistics.median(x[1] + x[2] for x in a),
        "usuario": statistics.median(x[1] for x in a),
        "sistema": statistics.median(x[2] for x in a),
        "suelo_reloj": statistics.median(x[0] for x in b),
        "suelo_cpu": statistics.median(x[1] + x[2] for x in b),
        "proporcion_reloj": statistics.median(x[0] / y[0] for x, y in zip(a, b, strict=True)),
        "proporcion_cpu": statistics.median((x[1] + x[2]) / max(y[1] + y[2], 1e-3)
                                            for x, y in zip(a, b, strict=True)),
    }


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
