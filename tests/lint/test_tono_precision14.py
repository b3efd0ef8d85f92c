"""Tono de la ronda 14: menos falsas alarmas en cobros legítimos reales (precisión).

Los casos de ``casos/tono_precision14.yml`` son propios: para cada principio, gemelos abusivos con el
tramo exacto (los comprueba también ``test_casos_reglas.py``) y casi iguales legítimos que ninguna
regla de la **misma categoría** debe señalar: el reporte a un buró dicho con su base (la ley, el plazo
en días, la actualización), «evite costos de cobro jurídico» o «evite ser reportado» sin urgencia
inmediata, lo jurídico que no es judicial (el área jurídica, la carta de cobro jurídico, el aviso
prejurídico, «bajo apercibimiento de»), el registro de morosos que la ley regula y «superior a» como
cifra. Los de ``casos/tono_modelo14.yml`` son cobros legítimos enteros que tampoco debe señalar la
señal aprendida (TON020-TON024), que los usa como negativos al entrenarse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .casos_yaml import casos_de, hallazgos_del_caso

CASOS = Path(__file__).parent / "casos" / "tono_precision14.yml"
MODELO = Path(__file__).parent / "casos" / "tono_modelo14.yml"


def _casos(archivo: Path, resultado: str) -> list[tuple[str, dict]]:
    return [(codigo, caso) for codigo, r, _, caso in casos_de(archivo) if r == resultado]


def test_cada_principio_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    gemelos = _casos(CASOS, "falla")
    assert len(gemelos) >= 12 and all(caso.get("senala") for _, caso in gemelos)
    assert len(_casos(CASOS, "pasa")) >= 25
    assert {codigo for codigo, _ in gemelos} == {"TON003", "TON005", "TON018", "TON019", "TON035"}


def test_los_negativos_del_modelo_son_mensajes_enteros_de_sus_cuatro_categorias():
    legitimos = _casos(MODELO, "pasa")
    assert len(legitimos) >= 100 and not _casos(MODELO, "falla")
    assert {codigo for codigo, _ in legitimos} == {"TON020", "TON021", "TON023", "TON024"}


@pytest.mark.parametrize(("codigo", "caso"), _casos(CASOS, "pasa") + _casos(MODELO, "pasa"),
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_ningun_legitimo_da_un_hallazgo_de_la_categoria_de_su_regla(codigo, caso, hallazgos_de,
                                                                     reglamento):
    categoria = reglamento.buscar(codigo).categoria
    assert hallazgos_del_caso(hallazgos_de, caso, lambda c: c == categoria) == []
