"""Memoria de ``cobro lint`` según el número de mensajes (presupuesto: 100.000 <= 150 MB).

Genera ``n`` mensajes cortos (los de bench_lint.py), ejecuta el proceso completo
``python -m generador lint CARPETA --formato F`` y mide el pico de memoria residente (el
del mayor proceso, hijos incluidos) y el tiempo de CPU. En flujo, la memoria no debe
crecer con ``n``.

    python benchmarks/bench_memoria_lint.py                       # 1.000, 10.000, 100.000; jsonl
    python benchmarks/bench_memoria_lint.py 1000 20000 --formatos jsonl json sarif
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lint import generar_mensajes

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTO_MB = 150.0


def medir(carpeta: Path, formato: str) -> tuple[float, float, float]:
    """(reloj s, CPU s, pico MB) de un ``cobro lint`` completo con su salida a /dev/null."""
    orden = [sys.executable, "-m", "generador", "lint", str(carpeta), "--formato", formato,
             "--falla-en", "error"]
    codigo = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "t = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(r.returncode, t, u.ru_utime + u.ru_stime, u.ru_maxrss)\n"
    )
    salida = subprocess.run([sys.executable, "-c", codigo, *orden], capture_output=True,
                            text=True, check=True, cwd=RAIZ).stdout.split()
    if salida[0] not in ("0", "1"):
        sys.exit(f"cobro lint falló con {salida[0]}")
    return float(salida[1]), float(salida[2]), int(salida[3]) / 1024


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("tamanos", nargs="*", type=int, default=[1_000, 10_000, 100_000])
    p.add_argument("--formatos", nargs="+", default=["jsonl"])
    args = p.parse_args()
    print(f"{'mensajes':>9} {'formato':>7} {'reloj s':>8} {'CPU s':>8} {'pico MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(args.tamanos):
            carpeta = Path(tmp) / str(n)
            carpeta.mkdir()
            inicio = time.perf_counter()
            generar_mensajes(carpeta, n)
            print(f"  ({n} mensajes generados en {time.perf_counter() - inicio:.1f} s)")
            for formato in args.formatos:
                reloj, cpu, pico = medir(carpeta, formato)
                estado = "OK" if pico <= PRESUPUESTO_MB else "SUPERA"
                print(f"{n:>9} {formato:>7} {reloj:>8.1f} {cpu:>8.1f} {pico:>8.1f}  {estado}")


if __name__ == "__main__":
    main()
