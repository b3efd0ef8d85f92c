"""Benchmark de ``cobro generar`` y ``cobro --help`` (proceso completo, mediana).

Presupuestos: generar todo el catálogo de todos los países (issue 12: «cobro generar» sin
filtros) con ejemplos y manifiesto <= 3 s, también en tiempo de CPU (usuario + sistema, que no
depende de la carga de la máquina compartida); ``cobro --help`` <= 0,3 s.
Uso: ``python benchmarks/bench_generar.py [repeticiones]``.
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from comun import comprobar, entorno_medida, fila, medir, pico_memoria_mb

COBRO = [sys.executable, "-m", "generador"]
PRESUPUESTO = 3.0
PRESUPUESTO_ES = 0.5  # issue 14: el catálogo de un país (España, el mayor)


def cpu(orden: list[str], repeticiones: int, preparar) -> tuple[float, list[float]]:
    """Mediana del tiempo de CPU del proceso hijo (usuario + sistema)."""
    tiempos = []
    for _ in range(repeticiones):
        preparar()
        antes = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(orden, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=entorno_medida(), check=True)
        despues = resource.getrusage(resource.RUSAGE_CHILDREN)
        tiempos.append(despues.ru_utime - antes.ru_utime + despues.ru_stime - antes.ru_stime)
    return statistics.median(tiempos), tiempos


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
        generar_cpu, t_cpu = cpu(orden, repeticiones, limpiar)
        orden_es = [*COBRO, "generar", "--pais", "es", "--salida", str(salida / "s")]
        comprobar(orden_es)
        limpiar()
        es, _ = medir(orden_es, repeticiones, preparar=limpiar)
        es_cpu, _ = cpu(orden_es, repeticiones, limpiar)
        total_es = len(list((salida / "s/plantillas").rglob("*.txt")))
        limpiar()
        ayuda, _ = medir([*COBRO, "--help"], repeticiones)
        python, _ = medir([sys.executable, "-c", "pass"], repeticiones)
        limpiar()
        memoria = pico_memoria_mb(orden)
        total = len(list((salida / "s/plantillas").rglob("*.txt")))
        manifiesto = json.loads((salida / "s/catalogo.json").read_text(encoding="utf-8"))
        por_pais: dict[str, int] = {}
        for entrada in manifiesto["plantillas"]:
            por_pais[entrada.get("pais") or "-"] = por_pais.get(entrada.get("pais") or "-", 0) + 1
    finally:
        shutil.rmtree(salida, ignore_errors=True)
    print(f"cobro generar: {total} plantillas + {total} ejemplos + manifiesto; "
          f"{repeticiones} repeticiones, mediana")
    print("plantillas por país:", ", ".join(f"{c} {n}" for c, n in por_pais.items()))
    print(fila("cobro generar (todos los países, reloj)", generar, PRESUPUESTO))
    print(fila("cobro generar (todos los países, CPU)", generar_cpu, PRESUPUESTO))
    print(fila(f"cobro generar --pais es ({total_es} plantillas, reloj)", es, PRESUPUESTO_ES))
    print(fila("cobro generar --pais es (CPU)", es_cpu, PRESUPUESTO_ES))
    # Lineal: el coste por plantilla (sin el arranque, el de --help) no crece con el catálogo.
    por_es = (es_cpu - ayuda) / max(total_es, 1) * 1000
    por_todo = (generar_cpu - ayuda) / max(total, 1) * 1000
    print(f"{'CPU por plantilla, España / todos los países':<48} {por_es:7.2f} ms / {por_todo:.2f} ms"
          f"  ({por_todo / por_es:.2f}x: ~1 es lineal)")
    print(fila("cobro --help", ayuda, 0.3))
    print(fila("python -c pass (arranque del intérprete)", python))
    print(f"{'pico de memoria de cobro generar':<48} {memoria:7.1f} MB")
    print("tiempos generar (reloj):", " ".join(f"{t:.3f}" for t in t_gen))
    print("tiempos generar (CPU):  ", " ".join(f"{t:.3f}" for t in t_cpu))


if __name__ == "__main__":
    main()
