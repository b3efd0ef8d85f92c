"""Benchmark de ``cobro combinar``: filas por segundo y pico de memoria según el tamaño.

Presupuesto (issue 14): tiempo lineal y memoria plana con el número de filas. Se generan
exportaciones sintéticas deterministas (tests/combinar/sinteticas.py) de varios tamaños y se
mide el proceso completo (``python -m generador combinar``) con el linter activo.

    python benchmarks/bench_combinar.py                 # 2.000, 10.000 y 100.000 filas
    python benchmarks/bench_combinar.py 1000 5000 --motor dask
"""

from __future__ import annotations

import argparse
import runpy
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]


def medir(n: int, carpeta: Path, motor: str, revisar: bool) -> tuple[float, float, float]:
    """(segundos de reloj, segundos de CPU, pico de memoria en MB) del proceso completo.

    La CPU (usuario + sistema) apenas cambia con la carga de la máquina; el reloj sí."""
    sinteticas = runpy.run_path(str(RAIZ / "tests" / "combinar" / "sinteticas.py"))
    csv = sinteticas["escribir_csv"](carpeta / f"f{n}.csv", n)
    datos = sinteticas["escribir_datos"](carpeta / "fijos.yml")
    orden = [sys.executable, "-m", "generador", "combinar", str(csv), "--salida",
             str(carpeta / f"s{n}-{motor}"), "--hoy", "2026-11-30", "--datos", str(datos),
             "--motor", motor, *([] if revisar else ["--sin-revisar"])]
    # Un proceso intermedio lanza combinar y da el uso de SUS hijos: el pico de memoria de
    # cada tamaño por separado (ru_maxrss de RUSAGE_CHILDREN es el máximo de todos los
    # hijos de un proceso, y aquí se miden varios tamaños seguidos).
    inicio = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _INTERMEDIO, *orden], capture_output=True,
                       text=True, cwd=RAIZ)
    segundos = time.perf_counter() - inicio
    if r.returncode != 0:
        sys.exit(f"combinar falló:\n{r.stderr[-2000:]}")
    cpu, pico = (float(x) for x in r.stdout.split())
    return segundos, cpu, pico / 1024


_INTERMEDIO = """
import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if r.returncode not in (0, 1):
    sys.exit(f"({r.returncode}) " + r.stderr.decode()[-2000:])
uso = resource.getrusage(resource.RUSAGE_CHILDREN)
print(uso.ru_utime + uso.ru_stime, uso.ru_maxrss)
"""


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("tamanos", nargs="*", type=int, default=[2_000, 10_000, 100_000])
    p.add_argument("--motor", default="local", choices=["local", "dask"])
    p.add_argument("--sin-revisar", action="store_true")
    args = p.parse_args()
    print(f"cobro combinar, motor {args.motor}, linter {'no' if args.sin_revisar else 'sí'}")
    print(f"{'filas':>9} {'reloj s':>9} {'CPU s':>9} {'filas/s CPU':>12} {'ms CPU/fila':>12} "
          f"{'pico MB':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.tamanos):
            segundos, cpu, pico = medir(n, Path(tmp), args.motor, not args.sin_revisar)
            print(f"{n:>9} {segundos:>9.2f} {cpu:>9.2f} {n / cpu:>12.0f} {cpu / n * 1000:>12.3f} "
                  f"{pico:>9.1f}")


if __name__ == "__main__":
    main()
