"""Falsas alarmas de tono en el fondo de textos reales legítimos (``tests/fondo/``).

    python benchmarks/falsas_alarmas_fondo.py [--fondo DIR] [--lista] [--json]

El fondo son miles de textos reales en español (avisos, recordatorios, cartas de reclamación,
avisos de suspensión...) de los catálogos de traducción de programas libres de facturación, ERP
y tiendas: casi todos legítimos. Cada entrada (JSONL: ``texto``, ``fuente``, ``clave``,
``proyecto``, ``idioma``, ``mitad``) se revisa como un mensaje sin etapa ni canal, con **solo las
reglas de tono** (categoría ``tono.*``, también la señal aprendida TON020-TON024), y se cuenta,
por mitad, cuántas dan algún hallazgo de tono, de qué regla y de qué categoría.

- ``ajuste``: la mitad con la que se ajustan las reglas; ``--lista`` muestra cada texto
  señalado, con el tramo y la regla.
- ``reserva``: apartada por proyecto; de ella solo se informan **cuentas** (nunca los textos
  ni cuáles se señalan). ``tests/fondo/nivel.yml`` guarda lo medido y
  ``tests/lint/test_fondo_tono.py`` falla si sube.

Una cadena de un catálogo no es un mensaje entero: suele ser una oración o un párrafo, con
marcadores (``%s``, ``{name}``); se revisa en modo plantilla, como ``cobro lint`` sin
``--mensaje``. La tasa es la de cadenas con alguna alarma, no la de mensajes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))

FONDO = RAIZ / "tests" / "fondo"
MITADES = ("ajuste", "reserva")


def cargar(carpeta: Path = FONDO) -> list[dict[str, Any]]:
    """Las entradas del fondo: con el cargador de ``tests/fondo/cargar.py`` si lo hay; si no,
    cada línea de los ``*.jsonl`` de la carpeta (y sus subcarpetas)."""
    cargador = carpeta / "cargar.py"
    if cargador.is_file():
        import dataclasses
        import importlib.util

        especificacion = importlib.util.spec_from_file_location("fondo_cargar", cargador)
        modulo = importlib.util.module_from_spec(especificacion)
        sys.modules["fondo_cargar"] = modulo  # las dataclases lo buscan ahí
        especificacion.loader.exec_module(modulo)
        return [dataclasses.asdict(e) for e in modulo.cargar(carpeta=carpeta)]
    entradas = []
    for ruta in sorted(carpeta.rglob("*.jsonl")):
        for linea in ruta.read_text(encoding="utf-8").splitlines():
            if linea.strip():
                entradas.append(json.loads(linea))
    return entradas


def reglas_de_tono(reglas: list[Any] | None = None) -> list[Any]:
    """Solo las reglas de categoría ``tono.*``: las demás no cambian lo que se mide y cuestan."""
    if reglas is None:
        from generador.lint.cargar_reglas import cargar as cargar_reglas

        reglas = cargar_reglas().reglas
    return [r for r in reglas if str(r.categoria).startswith("tono.")]


@dataclass
class Medida:
    """Lo medido en una mitad del fondo."""

    cadenas: int = 0
    senaladas: int = 0
    por_regla: Counter = field(default_factory=Counter)
    por_categoria: Counter = field(default_factory=Counter)
    #: (entrada, hallazgos de tono) de cada cadena señalada (solo se guardan si se piden)
    detalle: list[tuple[dict[str, Any], list[Any]]] = field(default_factory=list)

    @property
    def tasa(self) -> float:
        return self.senaladas / self.cadenas if self.cadenas else 0.0

    def resumen(self) -> dict[str, Any]:
        return {"cadenas": self.cadenas, "senaladas": self.senaladas,
                "tasa": round(self.tasa, 4), "por_regla": dict(sorted(self.por_regla.items())),
                "por_categoria": dict(sorted(self.por_categoria.items()))}


def medir(entradas: list[dict[str, Any]], reglas: list[Any] | None = None,
          detalle_de: tuple[str, ...] = ()) -> dict[str, Medida]:
    """Por mitad, cuántas cadenas dan algún hallazgo de tono. Solo guarda los hallazgos de las
    mitades de ``detalle_de`` (nunca hace falta pedir los de ``reserva``)."""
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, Opciones, documento_de_texto

    reglas = reglas_de_tono(reglas)
    motor = Motor(Opciones())
    config = Configuracion()
    medidas = {mitad: Medida() for mitad in MITADES}
    for entrada in entradas:
        mitad = str(entrada.get("mitad") or "")
        medida = medidas.setdefault(mitad, Medida())
        texto = str(entrada.get("texto") or "")
        medida.cadenas += 1
        if not texto.strip():
            continue
        doc = documento_de_texto(texto, None)
        hallazgos, _ = motor.revisar_documento(doc, config, reglas, motor.contexto(doc, config))
        tono = [h for h in hallazgos if h.categoria.startswith("tono.")]
        if not tono:
            continue
        medida.senaladas += 1
        medida.por_regla.update({h.regla for h in tono})
        medida.por_categoria.update({h.categoria for h in tono})
        if mitad in detalle_de:
            medida.detalle.append((entrada, tono))
    return medidas


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--fondo", type=Path, default=FONDO, help="Carpeta del fondo.")
    argumentos.add_argument("--lista", action="store_true",
                            help="Muestra cada cadena señalada de la mitad «ajuste».")
    argumentos.add_argument("--json", action="store_true", help="Cuentas en JSON.")
    opciones = argumentos.parse_args(argv)

    entradas = cargar(opciones.fondo)
    if not entradas:
        print(f"{opciones.fondo}: no hay entradas del fondo que medir", file=sys.stderr)
        return 2
    medidas = medir(entradas, detalle_de=("ajuste",) if opciones.lista else ())
    if opciones.json:
        print(json.dumps({m: medidas[m].resumen() for m in medidas}, ensure_ascii=False,
                         indent=2))
        return 0
    if opciones.lista:
        for entrada, tono in medidas["ajuste"].detalle:
            print(f"- [{entrada.get('proyecto')}:{entrada.get('clave')}] "
                  f"{str(entrada.get('texto'))[:300]!r}")
            for h in tono:
                print(f"    {h.regla} {h.categoria}: {h.texto!r}")
        print()
    for mitad, medida in medidas.items():
        print(f"{mitad}: {medida.cadenas} cadenas, {medida.senaladas} con alguna alarma de tono "
              f"({medida.tasa:.2%})")
        for regla, n in sorted(medida.por_regla.items(), key=lambda par: (-par[1], par[0])):
            print(f"  {regla}: {n}")
        for categoria, n in sorted(medida.por_categoria.items(),
                                   key=lambda par: (-par[1], par[0])):
            print(f"  {categoria}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
