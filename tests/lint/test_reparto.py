"""Reparto de archivos entre procesos (``motor.repartir``): en orden, sin perder ni repetir
ninguno, y con algo menos para el proceso que además escribe la salida de todos."""

from __future__ import annotations

import pytest

from generador.lint.motor import EXTRA_PADRE, repartir


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 150, 999, 1000])
@pytest.mark.parametrize("procesos", [1, 2, 3, 4])
def test_los_tramos_seguidos_son_los_trabajos_en_orden(n, procesos):
    trabajos = [f"m{i}.txt" for i in range(n)]
    tramos = repartir(trabajos, procesos)
    assert [t for tramo in tramos for t in tramo] == trabajos
    assert len(tramos) <= max(1, procesos)
    assert all(tramos) or n == 0  # ningún proceso sin trabajo
    hijos = [len(t) for t in tramos[1:]]
    assert not hijos or max(hijos) - min(hijos) <= 1


def test_con_dos_procesos_el_padre_se_queda_con_algo_menos_de_la_mitad():
    tramos = repartir(list(range(999)), 2)
    assert [len(t) for t in tramos] == [490, 509]
    assert len(tramos[0]) == round(999 * (1 - EXTRA_PADRE) / 2)


def test_un_solo_proceso_o_un_solo_trabajo_no_reparte():
    assert repartir(["a", "b"], 1) == [["a", "b"]]
    assert repartir(["a"], 4) == [["a"]]
    assert repartir(["a", "b", "c"], 4) == [["a"], ["b"], ["c"]]
