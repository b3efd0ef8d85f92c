"""Benchmark del reparto de ``cobro lint`` entre procesos: ¿compensa bifurcar en 2 núcleos?

Mide (mediana de varias rondas, intercalando las variantes en cada ronda) ``cobro lint`` con
1 y con 2 procesos (``COBRO_PROCESOS``) sobre lotes de distintos tamaños, en dos situaciones:

- *tal cual*: la máquina como esté (se anota la carga media antes y después);
- *cargada*: además, un proceso que gasta CPU sin parar por cada núcleo
  (``python -c 'while 1: pass'``), lanzados y parados por este script.

Imprime reloj y CPU (usuario + sistema) de cada variante y la proporción 1 proceso / 2
procesos: > 1 es que bifurcar compensa. Con esas cifras se fija ``UMBRAL_PARALELO`` en
``generador/lint/motor.py``.

    python benchmarks/bench_paralelo.py [--repeticiones 5] [--tamanos 60,150,400,1000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lint import generar_mensajes

COBRO = [sys.executable, "-m", "generador", "lint", "--ignora", "ortografia"]


def _medir(orden: list[str], procesos: int) -> tuple[float, float]:
    entorno = {**os.environ, "COBRO_PROCESOS": str(procesos)}
    entorno.pop("PYTHONDONTWRITEBYTECODE", None)
    antes = resource.getrusage(resource.RUSAGE_CHILDREN)
    inicio = time.perf_counter()
    subprocess.run(orden, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=entorno)
    reloj = time.perf_counter() - inicio
    despues = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = despues.ru_utime - antes.ru_utime + despues.ru_stime - antes.ru_stime
    return reloj, cpu


def _serie(carpetas: dict[int, Path], repeticiones: int) -> dict[tuple[int, int], tuple[float, float]]:
    tiempos: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for _ in range(repeticiones):
        for n, carpeta in carpetas.items():
            for procesos in (1, 2):
                tiempos.setdefault((n, procesos), []).append(_medir([*COBRO, str(carpeta)], procesos))
    return {clave: (statistics.median(r for r, _ in v), statistics.median(c for _, c in v))
            for clave, v in tiempos.items()}


def _imprimir(titulo: str, cifras: dict, carga: tuple[tuple[float, ...], tuple[float, ...]]) -> None:
    print(f"\n{titulo} (carga media 1/5/15 min: antes {carga[0][0]:.1f}/{carga[0][1]:.1f}/"
          f"{carga[0][2]:.1f}, después {carga[1][0]:.1f}/{carga[1][1]:.1f}/{carga[1][2]:.1f})")
    print(f"{'mensajes':>9} {'1 proc. reloj':>14} {'2 proc. reloj':>14} {'1 / 2':>7} "
          f"{'1 proc. CPU':>12} {'2 proc. CPU':>12}")
    for n in sorted({n for n, _ in cifras}):
        r1, c1 = cifras[(n, 1)]
        r2, c2 = cifras[(n, 2)]
        print(f"{n:>9} {r1:>12.3f} s {r2:>12.3f} s {r1 / r2:>6.2f}x {c1:>10.3f} s {c2:>10.3f} s")


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=5)
    argumentos.add_argument("--tamanos", default="60,150,400,1000")
    opciones = argumentos.parse_args()
    tamanos = [int(t) for t in opciones.tamanos.split(",")]
    with tempfile.TemporaryDirectory(prefix="cobro-bench-paralelo-") as nombre:
        carpetas = {}
        for n in tamanos:
            carpetas[n] = Path(nombre) / str(n)
            carpetas[n].mkdir()
            generar_mensajes(carpetas[n], n)
        subprocess.run([*COBRO, str(carpetas[tamanos[0]])], capture_output=True)  # calienta la caché
        antes = os.getloadavg()
        tal_cual = _serie(carpetas, opciones.repeticiones)
        _imprimir("Tal cual", tal_cual, (antes, os.getloadavg()))
        nucleos = os.cpu_count() or 2
        hogs = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(nucleos)]
        try:
            time.sleep(2)
            antes = os.getloadavg()
            cargada = _serie(carpetas, opciones.repeticiones)
            despues = os.getloadavg()
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
        _imprimir(f"Cargada (+{nucleos} procesos que gastan CPU)", cargada, (antes, despues))
    print(f"\nCPU: {os.cpu_count()} núcleos; Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
