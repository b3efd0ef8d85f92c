"""Textos para comprobar que una forma más rápida da lo mismo que la original: los ejemplos
de todas las reglas (``casos`` de las pruebas y ``correcto``/``incorrecto`` de cada regla de
``reglas/*.yml``), la parte ``desarrollo`` del corpus real y los mensajes de
``benchmarks/bench_lint.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

RAIZ = Path(__file__).resolve().parents[2]


def _textos(valor) -> list[str]:
    if isinstance(valor, str):
        return [valor]
    if isinstance(valor, dict):
        return _textos(valor.get("texto"))
    if isinstance(valor, list):
        return [t for v in valor for t in _textos(v)]
    return []


def textos_de_reglas() -> list[str]:
    textos = []
    for archivo in sorted((Path(__file__).parent / "casos").glob("*.yml")):
        for grupos in (yaml.safe_load(archivo.read_text(encoding="utf-8")) or {}).values():
            for clave in ("pasa", "falla"):
                textos += _textos(grupos.get(clave))
    for archivo in sorted((RAIZ / "reglas").glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        reglas = datos.get("reglas") if isinstance(datos, dict) else None
        for regla in reglas or []:
            if isinstance(regla, dict):
                textos += _textos(regla.get("correcto")) + _textos(regla.get("incorrecto"))
    return textos


def corpus_desarrollo() -> list[str]:
    textos = []
    for archivo in sorted((RAIZ / "tests" / "corpus").glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        if isinstance(datos, list):
            textos += [e["texto"] for e in datos
                       if isinstance(e, dict) and e.get("parte") == "desarrollo"
                       and isinstance(e.get("texto"), str)]
    return textos


def mensajes_del_banco(carpeta: Path, n: int = 300) -> list[str]:
    sys.path.insert(0, str(RAIZ / "benchmarks"))
    try:
        from bench_lint import generar_mensajes
    finally:
        sys.path.pop(0)
    generar_mensajes(carpeta, n=n)
    return [p.read_text(encoding="utf-8") for p in sorted(carpeta.glob("*.txt"))]
