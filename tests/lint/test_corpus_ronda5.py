"""Ronda 5 del corpus: su regla de partición, con datos sintéticos.

Estas pruebas no leen ni puntúan la parte ``prueba`` real.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]


def _cargar(nombre: str, ruta: Path):
    spec = importlib.util.spec_from_file_location(nombre, ruta)
    modulo = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(nombre, modulo)
    spec.loader.exec_module(modulo)
    return modulo


particion = _cargar("particion_corpus", RAIZ / "tests" / "corpus" / "particion.py")


def _orden(fuentes: list[str]) -> list[str]:
    return sorted(fuentes, key=lambda f: int(hashlib.sha256(f.encode()).hexdigest(), 16))


def _entrada(fuente: str, ronda: int | None = None) -> dict:
    entrada = {"fuente": fuente}
    if ronda is not None:
        entrada["ronda"] = ronda
    return entrada


def test_la_ronda_5_llena_prueba_por_hash_hasta_la_mitad_de_sus_entradas():
    # Cinco fuentes de la ronda 5 con 2, 1, 3, 1 y 2 mensajes (9): en orden de hash, cada
    # grupo entra en prueba mientras la ronda 5 en prueba sea menos de 4,5; el resto, a
    # desarrollo. Las entradas de la ronda 4 que hay al lado no cuentan.
    tamanos = {"https://a.example/1": 2, "https://b.example/2": 1, "https://c.example/3": 3,
               "https://d.example/4": 1, "https://e.example/5": 2}
    todas = [_entrada(f"https://r4-{i}.example/n", 4) for i in range(6)]
    todas += [_entrada(f, 5) for f, n in tamanos.items() for _ in range(n)]
    esperadas = particion.partes_esperadas(todas)
    en_prueba = 0
    for fuente in _orden(list(tamanos)):
        toca = "prueba" if en_prueba < 4.5 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas) if e["fuente"] == fuente}
        assert partes == {toca}, fuente
        en_prueba += tamanos[fuente] if toca == "prueba" else 0
    assert 4.5 <= en_prueba < 9
    assert sum(1 for i in range(6) if esperadas[i] == "prueba") == 3  # la ronda 4, su mitad


def test_la_ronda_5_no_mueve_las_entradas_de_rondas_anteriores():
    anteriores = [_entrada(f"https://viejo{i}.example/n") for i in range(12)]
    anteriores += [_entrada(f"https://r3-{i}.example/n", 3) for i in range(4)]
    anteriores += [_entrada(f"https://r4-{i}.example/n", 4) for i in range(7)]
    antes = particion.partes_esperadas(anteriores)
    con_ronda5 = anteriores + [_entrada(f"https://r5-{i}.example/n", 5) for i in range(40)]
    despues = particion.partes_esperadas(con_ronda5)
    assert [despues[i] for i in range(len(anteriores))] == [antes[i] for i in range(len(anteriores))]
    ronda5 = [despues[i] for i in range(len(anteriores), len(con_ronda5))]
    assert ronda5.count("prueba") == 20 and ronda5.count("desarrollo") == 20
