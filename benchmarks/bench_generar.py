"""Benchmark de ``cobro generar`` y ``cobro --help`` (proceso completo, mediana).

Presupuestos (issue 3): generar todo el catálogo con ejemplos y manifiesto <= 1,5 s;
``cobro --help`` <= 0,3 s. Uso: ``python benchmarks/bench_generar.py [repeticiones]``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from comun import comprobar, fila, medir, pico_memoria_mb

COBRO = [sys.executable, "-m", "generador"]


def main() -> None:
    repeticiones = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    salida = Path(tempfile.mkdtemp(prefix="bench-generar-"))
    try:
        def limpiar() -> None:
            shutil.rmtree(salida / "s", ignore_errors=True)

        orden = [*COBRO, "generar", "--salida", str(salida / "s")]
        comprobar(orden)
        limpiar()
        generar, t_gen = medir(orden, repeticiones, preparar=limpiar)
        ayuda, _ = medir([*COBRO, "--help"], repeticiones)
        python, _ = medir([sys.executable, "-c", "pass"], repeticiones)
        limpiar()
        memoria = pico_memoria_mb(orden)
        total = len(list((salida / "s/plantillas").rglob("*.txt")))
    finally:
        shutil.rmtree(salida, ignore_errors=True)
    print(f"cobro generar: {total} plantillas + {total} ejemplos + manifiesto; "
          f"{repeticiones} repeticiones, mediana")
    print(fila("cobro generar (todo el catálogo)", generar, 1.5))
    print(fila("cobro --help", ayuda, 0.3))
    print(fila("python -c pass (arranque del intérprete)", python))
    print(f"{'pico de memoria de cobro generar':<48} {memoria:7.1f} MB")
    print("tiempos generar:", " ".join(f"{t:.3f}" for t in t_gen))


if __name__ == "__main__":
    main()
