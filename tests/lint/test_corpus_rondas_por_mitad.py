"""Rondas 5 a 14 del corpus: la regla de partición de las rondas que llenan su propia mitad
(``RONDAS_POR_MITAD`` en ``tests/corpus/particion.py``), con datos sintéticos.

La ronda 4 tiene sus pruebas en ``test_corpus_ronda4.py``. Estas pruebas no leen ni puntúan
la parte ``prueba`` real.
"""

from __future__ import annotations

import pytest

from .corpus_sintetico import entrada, orden, particion


def test_las_rondas_5_a_14_llenan_la_mitad_de_sus_entradas():
    assert {r: particion.RONDAS_POR_MITAD[r] for r in (5, 6, 7, 8, 9, 10, 11, 12, 13, 14)} == {
        5: 0.5, 6: 0.5, 7: 0.5, 8: 0.5, 9: 0.5, 10: 0.5, 11: 0.5, 12: 0.5, 13: 0.5, 14: 0.5}


# Ronda 5: cinco fuentes con 2, 1, 3, 1 y 2 mensajes (9) y seis de la ronda 4 al lado.
# Rondas 6 a 14: seis fuentes con 3, 1, 2, 2, 1 y 2 mensajes (11) y ocho de la ronda anterior.
_CINCO = {"https://a.example/1": 2, "https://b.example/2": 1, "https://c.example/3": 3,
          "https://d.example/4": 1, "https://e.example/5": 2}
_SEIS = {"https://f.example/1": 3, "https://g.example/2": 1, "https://h.example/3": 2,
         "https://i.example/4": 2, "https://j.example/5": 1, "https://k.example/6": 2}


@pytest.mark.parametrize(
    "ronda, tamanos, vecinas",
    [(5, _CINCO, 6), (6, _SEIS, 8), (7, _SEIS, 8), (8, _SEIS, 8), (9, _SEIS, 8),
     (10, _SEIS, 8), (11, _SEIS, 8), (12, _SEIS, 8), (13, _SEIS, 8), (14, _SEIS, 8)],
)
def test_la_ronda_llena_prueba_por_hash_hasta_la_mitad_de_sus_entradas(ronda, tamanos, vecinas):
    # En orden de hash, cada grupo entra en prueba mientras la ronda en prueba sea menos de la
    # mitad de sus entradas; el resto, a desarrollo. Las entradas de la ronda anterior que hay
    # al lado no cuentan (y llenan su propia mitad).
    todas = [entrada(f"https://r{ronda - 1}-{i}.example/n", ronda - 1) for i in range(vecinas)]
    todas += [entrada(f, ronda) for f, n in tamanos.items() for _ in range(n)]
    total = sum(tamanos.values())
    esperadas = particion.partes_esperadas(todas)
    en_prueba = 0
    for fuente in orden(list(tamanos)):
        toca = "prueba" if en_prueba < total / 2 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas) if e["fuente"] == fuente}
        assert partes == {toca}, fuente
        en_prueba += tamanos[fuente] if toca == "prueba" else 0
    assert total / 2 <= en_prueba < total
    assert sum(1 for i in range(vecinas) if esperadas[i] == "prueba") == vecinas // 2


@pytest.mark.parametrize("ronda", [5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
def test_los_mensajes_de_una_fuente_van_juntos_aunque_difiera_el_fragmento(ronda):
    # Tres mensajes de una página (con fragmento o consulta distintos) forman un solo grupo,
    # ordenado por el hash de la página sin fragmento ni consulta.
    todas = [entrada(f, ronda) for f in (
        "https://l.example/pagina#uno", "https://l.example/pagina?x=2", "https://l.example/pagina",
        "https://m.example/otra", "https://m.example/otra", "https://n.example/tercera")]
    esperadas = particion.partes_esperadas(todas)
    tamanos = {"https://l.example/pagina": 3, "https://m.example/otra": 2,
               "https://n.example/tercera": 1}
    en_prueba = 0
    for base in orden(list(tamanos)):
        toca = "prueba" if en_prueba < 3 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas)
                  if particion.fuente_base(e["fuente"]) == base}
        assert partes == {toca}, base
        en_prueba += tamanos[base] if toca == "prueba" else 0
    assert esperadas[0] == esperadas[1] == esperadas[2]
    assert 3 <= en_prueba < 6
    assert {esperadas[0], esperadas[3]} == {"prueba", "desarrollo"}  # no todo cae del mismo lado


# Entradas de las rondas anteriores a cada una (además de 12 sin ronda y 4 de la ronda 3), y
# cuántas añade la ronda nueva.
_ANTERIORES = {4: 7, 5: 9, 6: 5, 7: 6, 8: 8, 9: 7, 10: 6, 11: 5, 12: 6, 13: 7}


@pytest.mark.parametrize("ronda, nuevas", [(5, 40), (6, 30), (7, 30), (8, 30), (9, 30),
                                            (10, 30), (11, 30), (12, 30), (13, 30),
                                            (14, 30)])
def test_la_ronda_no_mueve_las_entradas_de_rondas_anteriores(ronda, nuevas):
    anteriores = [entrada(f"https://viejo{i}.example/n") for i in range(12)]
    anteriores += [entrada(f"https://r3-{i}.example/n", 3) for i in range(4)]
    for previa, cuantas in _ANTERIORES.items():
        if previa < ronda:
            anteriores += [entrada(f"https://r{previa}-{i}.example/n", previa)
                           for i in range(cuantas)]
    antes = particion.partes_esperadas(anteriores)
    con_ronda = anteriores + [entrada(f"https://r{ronda}-{i}.example/n", ronda)
                              for i in range(nuevas)]
    despues = particion.partes_esperadas(con_ronda)
    assert [despues[i] for i in range(len(anteriores))] == [antes[i] for i in range(len(anteriores))]
    de_la_ronda = [despues[i] for i in range(len(anteriores), len(con_ronda))]
    assert de_la_ronda.count("prueba") == nuevas // 2
    assert de_la_ronda.count("desarrollo") == nuevas // 2
