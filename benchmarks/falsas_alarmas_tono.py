"""Falsas alarmas de tono en cobros legítimos propios que nadie usó para ajustar.

    python benchmarks/falsas_alarmas_tono.py [ARCHIVO ...] [--lista]

Cuenta los mensajes de ``benchmarks/datos/tono_legitimos_reserva.txt`` (o de los archivos
dados: un mensaje por línea, ``\\n`` es un salto de línea, ``Asunto: ...\\n`` al principio es
el asunto, ``#`` comenta) en los que alguna regla de tono da un hallazgo, y de qué regla. Son
mensajes legítimos escritos para medir (issue 10, ronda 8) que no están en
``tests/lint/casos/``: ni la señal aprendida (``entrenar_tono.py``) ni quien escribe reglas los
ve, así que estiman la tasa de falsas alarmas con cobros nuevos, que es lo que más pesa en la
precisión cuando casi todos los mensajes son recordatorios corrientes. ``--lista`` muestra cada
falsa alarma con su tramo.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))

RESERVA = RAIZ / "benchmarks" / "datos" / "tono_legitimos_reserva.txt"


def leer(ruta: Path) -> list[tuple[str | None, str]]:
    """(asunto, cuerpo) de cada línea con mensaje."""
    mensajes = []
    for linea in ruta.read_text(encoding="utf-8").splitlines():
        if not linea.strip() or linea.startswith("#"):
            continue
        texto = linea.replace("\\n", "\n")
        asunto = None
        if texto.startswith("Asunto: ") and "\n" in texto:
            primera, texto = texto.split("\n", 1)
            asunto = primera[len("Asunto: "):]
        mensajes.append((asunto, texto))
    return mensajes


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("archivos", nargs="*", type=Path, default=[RESERVA])
    argumentos.add_argument("--lista", action="store_true", help="Muestra cada falsa alarma.")
    opciones = argumentos.parse_args(argv)

    from generador.lint.cargar_reglas import cargar
    from generador.lint.motor import revisar_texto

    reglas = cargar().reglas
    total = con_alarma = 0
    por_regla: Counter[str] = Counter()
    for archivo in opciones.archivos:
        for asunto, texto in leer(archivo):
            total += 1
            tono = [h for h in revisar_texto(texto, reglas=reglas, asunto=asunto)
                    if h.categoria.startswith("tono.")]
            if not tono:
                continue
            con_alarma += 1
            por_regla.update({h.regla for h in tono})
            if opciones.lista:
                print(f"- {texto[:120]!r}")
                for h in tono:
                    print(f"    {h.regla} {h.categoria}: {h.texto!r}")
    if not total:
        print("no hay mensajes que medir", file=sys.stderr)
        return 2
    print(f"{total} mensajes legítimos, {con_alarma} con alguna alarma de tono "
          f"({con_alarma / total:.1%})")
    for regla, n in sorted(por_regla.items(), key=lambda par: (-par[1], par[0])):
        print(f"  {regla}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
