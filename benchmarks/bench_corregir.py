"""Benchmark de ``cobro lint --corregir`` frente a ``cobro lint`` en 1.000 mensajes.

Los mismos 1.000 mensajes de ``bench_lint.py`` (uno de cada diez con gritos, ``!!!`` y
amenazas). Antes de cada ejecución se restaura una copia limpia, así que cada pasada de
``--corregir`` corrige de verdad (y vuelve a revisar lo corregido). Presupuesto:
``--corregir`` <= 1,5 veces ``lint``, en tiempo de reloj y en tiempo de CPU (en una
máquina cargada por otros procesos, el de CPU es el que mide a cobro).

    python benchmarks/bench_corregir.py [--repeticiones 5]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lint import generar_mensajes
from comun import comprobar, fila, medir

PROPORCION_MAXIMA = 1.5


def medir_cpu(orden: list[str], repeticiones: int, preparar) -> float:
    """Mediana del tiempo de CPU (usuario + sistema) del proceso y sus hijos.

    En una máquina compartida el tiempo de reloj depende de la carga de otros procesos;
    el de CPU mide el trabajo que hace cobro.
    """
    import resource
    import statistics
    import subprocess

    tiempos = []
    for _ in range(repeticiones):
        preparar()
        antes = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(orden, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        despues = resource.getrusage(resource.RUSAGE_CHILDREN)
        tiempos.append((despues.ru_utime - antes.ru_utime) + (despues.ru_stime - antes.ru_stime))
    return statistics.median(tiempos)


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=5)
    opciones = argumentos.parse_args()
    cobro = [sys.executable, "-m", "generador"]
    with tempfile.TemporaryDirectory(prefix="cobro-bench-corregir-") as nombre:
        temporal = Path(nombre)
        limpia = temporal / "limpia"
        limpia.mkdir()
        generar_mensajes(limpia)
        trabajo = temporal / "mensajes"

        def restaurar() -> None:
            shutil.rmtree(trabajo, ignore_errors=True)
            shutil.copytree(limpia, trabajo)

        filas = []
        resultados = {}
        for etiqueta, extra in (("sin ortografía", ["--ignora", "ortografia"]), ("con ortografía", [])):
            lint = [*cobro, "lint", str(trabajo), *extra]
            corregir = [*lint, "--corregir"]
            restaurar()
            comprobar(lint)
            comprobar(corregir)
            t_lint, _ = medir(lint, opciones.repeticiones, preparar=restaurar)
            t_corregir, _ = medir(corregir, opciones.repeticiones, preparar=restaurar)
            c_lint = medir_cpu(lint, opciones.repeticiones, restaurar)
            c_corregir = medir_cpu(corregir, opciones.repeticiones, restaurar)
            resultados[f"{etiqueta}, reloj"] = t_corregir / t_lint
            resultados[f"{etiqueta}, CPU"] = c_corregir / c_lint
            filas.append(fila(f"cobro lint, {etiqueta} (1.000 mensajes)", t_lint))
            filas.append(fila(f"cobro lint --corregir, {etiqueta}", t_corregir))
            filas.append(fila(f"  CPU de cobro lint, {etiqueta}", c_lint))
            filas.append(fila(f"  CPU de cobro lint --corregir, {etiqueta}", c_corregir))
        restaurar()
        import subprocess

        salida = subprocess.run([*cobro, "lint", str(trabajo), "--corregir"], capture_output=True,
                                text=True).stdout.strip().splitlines()[-1]
        print(f"resumen de --corregir: {salida}\n")
        print(f"{'medida':<48} {'mediana':>9}")
        print("-" * 90)
        for f in filas:
            print(f)
        for etiqueta, proporcion in resultados.items():
            estado = "OK" if proporcion <= PROPORCION_MAXIMA else "SUPERA"
            print(f"{'--corregir / lint, ' + etiqueta:<48} {proporcion:7.2f} x  "
                  f"(presupuesto {PROPORCION_MAXIMA:.1f} x)  {estado}")


if __name__ == "__main__":
    main()
