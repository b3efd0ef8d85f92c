"""``cobro lint`` de dos árboles de código lado a lado: 1.000 mensajes, en la misma ejecución.

Compara este árbol (o ``--rama``) con otro (``--base``: p. ej. un ``git worktree add
--detach /tmp/base main``) sobre los 1.000 mensajes de ``bench_lint.py``, sin ortografía,
con 1 y con 2 procesos (``COBRO_PROCESOS``, para que la carga de la máquina no decida
cuántos). Las órdenes se alternan (base, rama, pasada desnuda; en el par siguiente, rama
primero) y cada árbol tiene su caché de disco, calentada antes de medir. Se ejecutan en una
carpeta temporal: ``python -m`` pone la carpeta actual delante de ``PYTHONPATH`` (desde la
raíz del repositorio, los dos serían el código de esa raíz) y, si es un árbol de
especificaciones, sus reglas serían las de los dos. Imprime, de cada
uno, la mediana de reloj y de CPU, la proporción frente a la pasada desnuda de
``bench_lint.py`` (la cifra del presupuesto de 3 x) y la mediana de las proporciones rama /
base de cada par.

    python benchmarks/lado_a_lado_lint.py --base /tmp/base [--rama .] [--repeticiones 7]

Última medida (ronda rapidez11, 01-12-2026, 07:43 UTC, máquina muy cargada: carga media ~8;
mediana de 9 pares; base ``37d59c2``, rama ``a35641f``, con las frases buscadas por oración):
2 procesos, reloj 0,425 -> 0,350 s (rama / base 0,833), CPU 0,666 -> 0,540 s (0,814), frente
a la pasada desnuda 3,74x -> 2,97x de reloj y 5,95x -> 4,80x de CPU; 1 proceso, 0,629 ->
0,491 s (0,796 de reloj, 0,795 de CPU; 5,44x -> 4,39x). Con carga ~10 (07:35): 2 procesos
0,858 de reloj y 0,824 de CPU (4,26x -> 3,67x la pasada desnuda).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lint import PASADA_DESNUDA, generar_mensajes
from comun import una_vez

RAIZ = Path(__file__).resolve().parent.parent


def _mediana_proporcion(a: list, b: list, cpu: bool = False) -> float:
    valor = (lambda x: x[1] + x[2]) if cpu else (lambda x: x[0])
    return statistics.median(valor(x) / max(valor(y), 1e-3) for x, y in zip(a, b, strict=True))


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--base", type=Path, required=True)
    argumentos.add_argument("--rama", type=Path, default=RAIZ)
    argumentos.add_argument("--repeticiones", type=int, default=7)
    opciones = argumentos.parse_args()
    arboles = {"base": opciones.base.resolve(), "rama": opciones.rama.resolve()}
    with tempfile.TemporaryDirectory(prefix="cobro-lado-") as nombre:
        temporal = Path(nombre)
        carpeta = temporal / "mensajes"
        carpeta.mkdir()
        generar_mensajes(carpeta)
        orden = [sys.executable, "-m", "generador", "lint", str(carpeta), "--ignora", "ortografia"]
        desnuda = [sys.executable, "-c", PASADA_DESNUDA, str(carpeta)]
        for procesos in ("1", "2"):
            entornos = {quien: {"PYTHONPATH": str(arbol), "COBRO_PROCESOS": procesos,
                                "COBRO_CACHE_DIR": str(temporal / f"cache-{quien}")}
                        for quien, arbol in arboles.items()}
            for entorno in entornos.values():  # calentar la caché de cada árbol
                una_vez(orden, entorno, cwd=nombre)
                una_vez(orden, entorno, cwd=nombre)
            medidas: dict[str, list] = {"base": [], "rama": [], "desnuda_base": [],
                                        "desnuda_rama": []}
            for i in range(opciones.repeticiones):
                for quien in ("base", "rama") if i % 2 == 0 else ("rama", "base"):
                    medidas[quien].append(una_vez(orden, entornos[quien], cwd=nombre))
                    medidas[f"desnuda_{quien}"].append(una_vez(desnuda))
            print(f"{procesos} proceso{'s' if procesos != '1' else ''} "
                  f"(carga media {os.getloadavg()[0]:.1f} al terminar)")
            for quien in ("base", "rama"):
                filas = medidas[quien]
                suelo = medidas[f"desnuda_{quien}"]
                print(f"  {quien:5} reloj {statistics.median(x[0] for x in filas):.3f} s  "
                      f"CPU {statistics.median(x[1] + x[2] for x in filas):.3f} s  "
                      f"/ pasada desnuda: {_mediana_proporcion(filas, suelo):.2f} x reloj, "
                      f"{_mediana_proporcion(filas, suelo, cpu=True):.2f} x CPU")
            print(f"  rama / base: {_mediana_proporcion(medidas['rama'], medidas['base']):.3f} "
                  f"reloj, {_mediana_proporcion(medidas['rama'], medidas['base'], cpu=True):.3f} CPU")


if __name__ == "__main__":
    main()
