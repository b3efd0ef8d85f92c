"""Benchmark de ``cobro plan``: el plan de una factura, proceso completo.

Mide (mediana de varias ejecuciones; reloj y CPU) ``cobro plan`` para una factura en texto, en JSON con el
país más restrictivo (Colombia) y en iCalendar, y la comprobación de un registro de 1.000
envíos. Presupuesto: una factura en menos de 0,3 s.

    python benchmarks/bench_plan.py [--repeticiones 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from comun import comprobar, fila, medir

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTOS = {"texto": 0.3, "json": 0.3, "ics": 0.3, "registro": 1.0}


def cpu(orden: list[str], repeticiones: int, env: dict) -> float:
    """Mediana del tiempo de CPU (usuario + sistema) del proceso: no depende de la carga de la
    máquina, a diferencia del tiempo de reloj."""
    tiempos = []
    for _ in range(repeticiones):
        antes = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(orden, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, **env}, check=False)
        despues = resource.getrusage(resource.RUSAGE_CHILDREN)
        tiempos.append(despues.ru_utime - antes.ru_utime + despues.ru_stime - antes.ru_stime)
    return statistics.median(tiempos)


def main() -> None:
    analizador = argparse.ArgumentParser(description=__doc__)
    analizador.add_argument("--repeticiones", type=int, default=7)
    args = analizador.parse_args()
    env = {"PYTHONPATH": str(RAIZ)}
    base = [sys.executable, "-m", "generador", "plan", "--vencimiento", "2026-03-01"]
    with tempfile.TemporaryDirectory() as tmp:
        registro = Path(tmp) / "envios.csv"
        inicio = dt.date(2026, 1, 1)
        filas = [f"{inicio + dt.timedelta(days=i // 10)},{9 + i % 10:02d}:00,"
                 f"{('email', 'sms', 'llamada')[i % 3]},C{i % 50}" for i in range(1000)]
        registro.write_text("fecha,hora,canal,cliente\n" + "\n".join(filas) + "\n", encoding="utf-8")
        casos = {
            "texto": [*base, "--pais", "mx"],
            "json": [*base, "--pais", "co", "--formato", "json"],
            "ics": [*base, "--pais", "us", "--formato", "ics"],
            "registro": [sys.executable, "-m", "generador", "plan", "--pais", "cl",
                         "--comprobar", str(registro)],
        }
        print(f"cobro plan · mediana de {args.repeticiones} ejecuciones (proceso completo)")
        for nombre, orden in casos.items():
            comprobar(orden, env)
            mediana, _ = medir(orden, args.repeticiones, env)
            print(fila(f"plan {nombre}", mediana, PRESUPUESTOS[nombre])
                  + f"   CPU {cpu(orden, args.repeticiones, env):.3f} s")


if __name__ == "__main__":
    main()
