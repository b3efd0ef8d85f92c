"""Banco de pruebas de ``cobro exportar``: todas las plantillas en todos los formatos.

Mide el proceso entero (``cobro exportar --formato todos``, arranque incluido) y da la
mediana de varias ejecuciones; presupuesto: <= 5 s. Después, el tiempo de cada formato
dentro del proceso y, con ``--pdf``, la impresión de las cartas a PDF por separado.

    python benchmarks/bench_exportar.py [--repeticiones 5] [--pdf]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTO = 5.0


def proceso_entero(formato: str, repeticiones: int, *extra: str) -> list[float]:
    tiempos = []
    for _ in range(repeticiones):
        with tempfile.TemporaryDirectory(prefix="bench-exportar-") as salida:
            inicio = time.perf_counter()
            subprocess.run([sys.executable, "-m", "generador", "exportar", "--formato", formato,
                            "--salida", salida, *extra], cwd=RAIZ, check=True,
                           capture_output=True)
            tiempos.append(time.perf_counter() - inicio)
    return tiempos


def por_formato() -> list[tuple[str, int, float]]:
    from generador.cargar import cargar
    from generador.componer import componer
    from generador.exportar import FORMATOS, exportar

    espec = cargar(RAIZ)
    plantillas = componer(espec).plantillas
    filas = []
    for formato in FORMATOS:
        with tempfile.TemporaryDirectory(prefix="bench-exportar-") as salida:
            inicio = time.perf_counter()
            r = exportar(espec, formato, salida, plantillas=plantillas)
            filas.append((formato, r.formatos[formato].exportadas, time.perf_counter() - inicio))
    return filas


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__)
    argumentos.add_argument("--repeticiones", type=int, default=5)
    argumentos.add_argument("--pdf", action="store_true", help="mide también el PDF de las cartas")
    opciones = argumentos.parse_args()

    sys.path.insert(0, str(RAIZ))
    filas = por_formato()
    print(f"{'formato':<10} {'plantillas':>10} {'segundos':>9}")
    for formato, n, segundos in filas:
        print(f"{formato:<10} {n:>10} {segundos:>9.3f}")
    tiempos = proceso_entero("todos", opciones.repeticiones)
    mediana = statistics.median(tiempos)
    print(f"\ntodos (proceso entero), {opciones.repeticiones} ejecuciones: mediana {mediana:.2f} s "
          f"(mín {min(tiempos):.2f}, máx {max(tiempos):.2f}); presupuesto {PRESUPUESTO:.0f} s: "
          + ("dentro" if mediana <= PRESUPUESTO else "FUERA"))
    if opciones.pdf:
        (pdf,) = proceso_entero("carta", 1, "--pdf")
        print(f"carta con PDF (Chromium), 1 ejecución: {pdf:.1f} s")


if __name__ == "__main__":
    main()
