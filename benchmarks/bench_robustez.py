"""Benchmark de robustez de ``cobro lint``: entradas enormes o patológicas, proceso completo.

Filas (mediana de ``--repeticiones`` ejecuciones; presupuesto de cada una, 2 s):

- un archivo de 1 MB que es un único token (``aaaa…``): antes, la máscara de URL y correos
  de la ortografía era cuadrática (10.000 caracteres, 2,6 s; 1 MB no terminaba);
- un archivo de 5 MB de prosa: pasa del límite de 1 MB por mensaje y se rechaza con un
  mensaje que dice qué hacer, sin leerlo entero (antes, 30 s y 177 MB);
- además, sin presupuesto, 1 MB de prosa (lo más grande que se revisa), 20 kB de base64
  pegado y un archivo de 900 kB de «x.y» (300.000 palabras desconocidas, ahora cortadas).

    PYTHONPATH=. python benchmarks/bench_robustez.py [--repeticiones 5]

Se mide el proceso entero (arranque incluido), como lo vive quien ejecuta ``cobro lint``.
En una máquina compartida y cargada los tiempos de pared suben: por eso se imprime también
el tiempo de CPU del proceso.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from comun import fila

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTO = 2.0
PALABRAS = [
    "el", "la", "de", "que", "y", "a", "en", "un", "se", "no", "por", "con", "su", "para", "como",
    "le", "lo", "todo", "pero", "más", "hacer", "poder", "decir", "este", "ir", "otro", "si", "me",
    "ya", "ver", "porque", "dar", "cuando", "muy", "sin", "vez", "mucho", "saber", "sobre",
    "mismo", "también", "hasta", "año", "dos", "querer", "entre", "así", "primero", "desde",
    "grande", "nos", "llegar", "pasar", "tiempo", "día", "uno", "bien", "poco", "deber",
    "entonces", "poner", "cosa", "tanto", "parecer", "nuestro", "donde", "ahora", "parte",
    "después", "vida", "quedar", "siempre", "creer", "hablar", "llevar", "dejar", "factura",
    "pago", "importe", "vencimiento", "recordatorio", "cliente", "plazo", "transferencia",
]


def prosa(bytes_objetivo: int, semilla: int = 1) -> str:
    azar = random.Random(semilla)
    partes, tamano = [], 0
    while tamano < bytes_objetivo:
        frase = " ".join(azar.choice(PALABRAS) for _ in range(12)).capitalize() + ". "
        if azar.random() < 0.1:
            frase += "\n\n"
        partes.append(frase)
        tamano += len(frase.encode())
    return "".join(partes)


def medir(ruta: Path, repeticiones: int) -> tuple[float, float, int]:
    """Mediana de tiempo de pared, mediana de CPU (s) y código de salida."""
    paredes, cpus, codigo = [], [], 0
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
    for _ in range(repeticiones):
        antes = resource.getrusage(resource.RUSAGE_CHILDREN)
        inicio = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "generador", "lint", str(ruta)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=entorno)
        paredes.append(time.perf_counter() - inicio)
        despues = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((despues.ru_utime - antes.ru_utime) + (despues.ru_stime - antes.ru_stime))
        codigo = r.returncode
        if b"Traceback" in r.stderr:
            sys.exit(f"traza de Python con {ruta.name}:\n{r.stderr.decode()[-2000:]}")
    return statistics.median(paredes), statistics.median(cpus), codigo


def main() -> None:
    analizador = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    analizador.add_argument("--repeticiones", type=int, default=5)
    opciones = analizador.parse_args()
    with tempfile.TemporaryDirectory(prefix="cobro-bench-robustez-") as tmp:
        carpeta = Path(tmp)
        casos = {
            "token.txt": ("a" * 1_000_000, "1 MB, un solo token", PRESUPUESTO),
            "prosa5.txt": (prosa(5_000_000), "5 MB de prosa (se rechaza: límite 1 MB)", PRESUPUESTO),
            "prosa1.txt": (prosa(1_000_000), "1 MB de prosa (se revisa)", None),
            "base64.txt": ("Hola, Ana: su factura vence el 5 de marzo.\n\n"
                           + base64.b64encode(random.Random(3).randbytes(15_000)).decode() + "\n",
                           "20 kB de base64 pegado", None),
            "xy.txt": ("x.y" * 300_000, "900 kB de «x.y» (300.000 desconocidas)", None),
        }
        print(f"cobro lint, proceso completo, mediana de {opciones.repeticiones} "
              "(entre corchetes, CPU del proceso y código de salida)")
        for nombre, (texto, titulo, presupuesto) in casos.items():
            ruta = carpeta / nombre
            ruta.write_text(texto, encoding="utf-8")
            pared, cpu, codigo = medir(ruta, opciones.repeticiones)
            print(fila(titulo, pared, presupuesto) + f"  [CPU {cpu:.2f} s, salida {codigo}]")


if __name__ == "__main__":
    main()
