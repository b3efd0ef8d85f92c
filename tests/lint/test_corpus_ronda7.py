"""Ronda 7 del corpus: su regla de partición, con datos sintéticos.

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


def test_la_ronda_7_llena_prueba_por_hash_hasta_la_mitad_de_sus_entradas():
    # Seis fuentes de la ronda 7 con 3, 1, 2, 2, 1 y 2 mensajes (11): en orden de hash, cada
    # grupo entra en prueba mientras la ronda 7 en prueba sea menos de 5,5; el resto, a
    # desarrollo. Las entradas de la ronda 6 que hay al lado no cuentan.
    tamanos = {"https://f.example/1": 3, "https://g.example/2": 1, "https://h.example/3": 2,
               "https://i.example/4": 2, "https://j.example/5": 1, "https://k.example/6": 2}
    todas = [_entrada(f"https://r6-{i}.example/n", 6) for i in range(8)]
    todas += [_entrada(f, 7) for f, n in tamanos.items() for _ in range(n)]
    esperadas = particion.partes_esperadas(todas)
    en_prueba = 0
    for fuente in _orden(list(tamanos)):
        toca = "prueba" if en_prueba < 5.5 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas) if e["fuente"] == fuente}
        assert partes == {toca}, fuente
        en_prueba += tamanos[fuente] if toca == "prueba" else 0
    assert 5.5 <= en_prueba < 11
    assert sum(1 for i in range(8) if esperadas[i] == "prueba") == 4  # la ronda 6, su mitad


def test_los_mensajes_de_una_fuente_de_la_ronda_7_van_juntos_aunque_difiera_el_fragmento():
    # Tres mensajes de una página (con fragmento o consulta distintos) forman un solo grupo,
    # ordenado por el hash de la página sin fragmento ni consulta.
    todas = [_entrada("https://l.example/pagina#uno", 7), _entrada("https://l.example/pagina?x=2", 7),
             _entrada("https://l.example/pagina", 7), _entrada("https://m.example/otra", 7),
             _entrada("https://m.example/otra", 7), _entrada("https://n.example/tercera", 7)]
    esperadas = particion.partes_esperadas(todas)
    tamanos = {"https://l.example/pagina": 3, "https://m.example/otra": 2,
               "https://n.example/tercera": 1}
    en_prueba = 0
    for base in _orden(list(tamanos)):
        toca = "prueba" if en_prueba < 3 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas)
                  if particion.fuente_base(e["fuente"]) == base}
        assert partes == {toca}, base
        en_prueba += tamanos[base] if toca == "prueba" else 0
    assert esperadas[0] == esperadas[1] == esperadas[2]
    assert 3 <= en_prueba < 6
    assert {esperadas[0], esperadas[3]} == {"prueba", "desarrollo"}  # no todo cae del mismo lado


def test_la_ronda_7_no_mueve_las_entradas_de_rondas_anteriores():
    anteriores = [_entrada(f"https://viejo{i}.example/n") for i in range(12)]
    anteriores += [_entrada(f"https://r3-{i}.example/n", 3) for i in range(4)]
    anteriores += [_entrada(f"https://r4-{i}.example/n", 4) for i in range(7)]
    anteriores += [_entrada(f"https://r5-{i}.example/n", 5) for i in range(9)]
    anteriores += [_entrada(f"https://r6-{i}.example/n", 6) for i in range(5)]
    antes = particion.partes_esperadas(anteriores)
    con_ronda7 = anteriores + [_entrada(f"https://r7-{i}.example/n", 7) for i in range(30)]
    despues = particion.partes_esperadas(con_ronda7)
    assert [despues[i] for i in range(len(anteriores))] == [antes[i] for i in range(len(anteriores))]
    ronda7 = [despues[i] for i in range(len(anteriores), len(con_ronda7))]
    assert ronda7.count("prueba") == 15 and ronda7.count("desarrollo") == 15
