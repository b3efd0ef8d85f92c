"""Benchmark de ``cobro plan --comprobar``: un registro de envíos grande del mismo deudor.

Sin columna ``cliente`` todos los envíos cuentan como del mismo deudor; con miles en una
semana, cada fila se comparaba con todas las anteriores (tiempo cuadrático: 2.000 filas, 9 s;
8.000, 126 s, medidos con la máquina cargada). Presupuesto: tiempo lineal, por debajo de
1 ms de CPU por fila. Mide la CPU (usuario + sistema) del proceso completo, mediana de
varias ejecuciones, para 2.000, 8.000 y 32.000 filas.

    python benchmarks/bench_plan_comprobar.py [--repeticiones 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from comun import comprobar, una_vez

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTO_MS_FILA = 1.0


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=3)
    argumentos.add_argument("tamanos", nargs="*", type=int, default=[2_000, 8_000, 32_000])
    opciones = argumentos.parse_args()
    env = {"PYTHONPATH": str(RAIZ)}
    with tempfile.TemporaryDirectory() as carpeta:
        for n in opciones.tamanos:
            registro = Path(carpeta) / f"envios{n}.csv"
            mitad = n // 2
            registro.write_text("fecha,hora,canal\n" + "2026-03-02,10:00,sms\n" * mitad
                                + "2026-03-03,10:00,email\n" * (n - mitad), encoding="utf-8")
            orden = [sys.executable, "-m", "generador", "plan", "--pais", "co", "--comprobar",
                     str(registro), "-f", "json"]
            comprobar(orden, env)
            cpus = []
            for _ in range(opciones.repeticiones):
                _reloj, usuario, sistema = una_vez(orden, env)
                cpus.append(usuario + sistema)
            cpu = statistics.median(cpus)
            por_fila = cpu / n * 1000
            estado = "OK" if por_fila <= PRESUPUESTO_MS_FILA else "SUPERA"
            print(f"{n:>7} filas: {cpu:6.2f} s de CPU, {por_fila:.3f} ms por fila  {estado} "
                  f"(presupuesto {PRESUPUESTO_MS_FILA} ms)")


if __name__ == "__main__":
    main()
