"""¿Cuánto texto comparten los sectores? (issue 12: profundidad por sector).

Para cada tipo, canal y registro se comparan las plantillas canónicas de todos los perfiles de
sector (sector y audiencia). La prosa es el cuerpo (y el asunto del email) sin marcadores
``{{ variable }}``, sin las líneas de lista (``- ...``: datos y vías de pago, que son del país)
y con el nombre de lo que se cobra normalizado (``la reserva``, ``de la póliza``... -> ``REF``),
para que no cuente como diferencia lo que solo cambia el sustantivo.

Cifras que da:

- **idéntico en todos**: % de caracteres de prosa que están, frase a frase, en todas las
  variantes de sector del mismo tipo, canal y registro (media ponderada). Objetivo <= 30 %.
- **idéntico con otro** (por sector): % de caracteres de prosa de un sector que aparecen igual
  en al menos otro sector.
- **por canal** y **por tipo y canal** (``--detalle``): la misma cifra en cada grupo.
- **SMS con palabras propias**: SMS que tienen al menos una palabra que no está en el SMS del
  mismo tipo y registro de ningún otro sector.

    python benchmarks/similitud_sectores.py [--specs RAIZ] [--json] [--detalle]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generador.cargar import MARCADOR, cargar
from generador.componer import componer
from generador.modelo import Especificacion, Plantilla

OBJETIVO = 30.0
_FRASES = re.compile(r"(?<=[.!?:;])\s+|\n+")
_PALABRA = re.compile(r"[^\W\d_]+", re.UNICODE)


def _referencias(espec: Especificacion, p: Plantilla) -> list[str]:
    perfil = espec.sectores[p.sector].perfiles[p.audiencia]
    nombres = []
    for ref in (perfil.referencia, perfil.referencia_sms):
        if ref is not None:
            nombres += [ref.etiqueta, ref.con_articulo, ref.con_de, ref.nombre]
    return sorted(set(nombres), key=len, reverse=True)


def prosa(espec: Especificacion, p: Plantilla) -> str:
    """El texto que escribe el redactor: sin marcadores, listas ni el sustantivo del sector."""
    texto = f"{p.asunto or ''}\n{p.cuerpo}"
    texto = MARCADOR.sub(" ", texto)
    lineas = [linea for linea in texto.split("\n") if not linea.lstrip().startswith("- ")]
    texto = "\n".join(lineas)
    for ref in _referencias(espec, p):
        texto = re.sub(rf"\b{re.escape(ref)}\b", "REF", texto, flags=re.IGNORECASE)
    return texto


def frases(texto: str) -> list[str]:
    return [f for f in (" ".join(x.split()) for x in _FRASES.split(texto)) if len(f) > 1]


def medir(espec: Especificacion) -> dict:
    grupos: dict[tuple[str, str, str], dict[str, Plantilla]] = defaultdict(dict)
    for p in componer(espec).plantillas:
        grupos[(p.tipo, p.canal, p.registro)][f"{p.sector}/{p.audiencia}"] = p

    total = comun_todos = 0
    por_sector: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    por_tipo: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    por_canal: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sms_total = 0
    sms_sin_propias: list[str] = []
    for (tipo, canal, _registro), variantes in sorted(grupos.items()):
        if len(variantes) < 2:
            continue
        listas = {k: frases(prosa(espec, p)) for k, p in variantes.items()}
        conjuntos = {k: set(v) for k, v in listas.items()}
        en_todos = set.intersection(*conjuntos.values())
        for clave, lista in listas.items():
            otros = set().union(*(c for k, c in conjuntos.items() if k != clave))
            for f in lista:
                total += len(f)
                por_sector[clave][0] += len(f)
                comun_todos += len(f) if f in en_todos else 0
                por_tipo[f"{tipo}/{canal}"][0] += len(f)
                por_tipo[f"{tipo}/{canal}"][1] += len(f) if f in en_todos else 0
                por_canal[canal][0] += len(f)
                por_canal[canal][1] += len(f) if f in en_todos else 0
                por_sector[clave][1] += len(f) if f in otros else 0
        if canal == "sms":
            palabras = {k: {w.lower() for w in _PALABRA.findall(prosa(espec, p))}
                        for k, p in variantes.items()}
            for clave, propias in palabras.items():
                sms_total += 1
                otros = set().union(*(c for k, c in palabras.items() if k != clave))
                if not propias - otros:
                    sms_sin_propias.append(variantes[clave].id)
    return {
        "identico_en_todos": round(100 * comun_todos / total, 1) if total else 0.0,
        "identico_con_otro": {k: round(100 * v[1] / v[0], 1) for k, v in sorted(por_sector.items())
                              if v[0]},
        "identico_en_todos_por_canal": {k: round(100 * v[1] / v[0], 1)
                                        for k, v in sorted(por_canal.items()) if v[0]},
        "identico_en_todos_por_tipo": {k: round(100 * v[1] / v[0], 1)
                                       for k, v in sorted(por_tipo.items()) if v[0]},
        "sms": sms_total,
        "sms_sin_palabras_propias": sms_sin_propias,
        "objetivo": OBJETIVO,
    }


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--specs", type=Path, default=Path(__file__).resolve().parents[1])
    argumentos.add_argument("--json", action="store_true", help="salida en JSON")
    argumentos.add_argument("--detalle", action="store_true", help="cifra por tipo y canal")
    opciones = argumentos.parse_args()
    resultado = medir(cargar(opciones.specs))
    if opciones.json:
        print(json.dumps(resultado, ensure_ascii=False, indent=2))
        return
    estado = "OK" if resultado["identico_en_todos"] <= OBJETIVO else "SUPERA"
    print(f"Prosa idéntica en todos los sectores (mismo tipo, canal y registro): "
          f"{resultado['identico_en_todos']:.1f} % (objetivo <= {OBJETIVO:.0f} %) {estado}")
    print("Prosa de cada sector que aparece igual en algún otro:")
    for clave, valor in resultado["identico_con_otro"].items():
        print(f"  {clave:<24} {valor:5.1f} %")
    if opciones.detalle:
        print("Prosa idéntica en todos los sectores, por canal:")
        for clave, valor in resultado["identico_en_todos_por_canal"].items():
            print(f"  {clave:<40} {valor:5.1f} %")
        print("Prosa idéntica en todos los sectores, por tipo y canal:")
        for clave, valor in resultado["identico_en_todos_por_tipo"].items():
            print(f"  {clave:<40} {valor:5.1f} %")
    sin = resultado["sms_sin_palabras_propias"]
    print(f"SMS con palabras propias del sector: {resultado['sms'] - len(sin)} de "
          f"{resultado['sms']}")
    for identificador in sin:
        print(f"  sin palabras propias: {identificador}")


if __name__ == "__main__":
    main()
