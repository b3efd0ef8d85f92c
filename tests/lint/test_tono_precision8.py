"""Precisión del tono (issue 10, ronda 8): lo que un cobro legítimo dice no se señala.

Los ``pasa`` de ``casos/tono_precision8.yml`` son mensajes legítimos enteros (la consecuencia
del contrato con su fecha o su condición, el aviso previo al reporte, el paso anunciado a los
abogados, la prenda al acabar el plazo de gracia, la urgencia cortés, los pies legales): no
basta con que calle la regla bajo la que están, ninguna regla de tono debe señalarlos. Y el
contexto en la oración (``excepto_oracion`` de las reglas de frases) anula solo dentro de su
oración."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from generador.lint.tipos_regla import Frase, TipoFrases

from .casos_yaml import casos_con_resultado, contexto_de, hallazgos_del_caso

CASOS = Path(__file__).parent / "casos" / "tono_precision8.yml"


def test_el_archivo_tiene_cientos_de_legitimos_y_sus_gemelos_abusivos():
    assert len(casos_con_resultado(CASOS, "pasa")) >= 250
    gemelos = casos_con_resultado(CASOS, "falla")
    assert len(gemelos) >= 50 and all(c.get("senala") for c in gemelos)


@pytest.mark.parametrize("caso", casos_con_resultado(CASOS, "pasa"), ids=lambda c: c["texto"][:40])
def test_ninguna_regla_de_tono_senala_un_cobro_legitimo(caso, hallazgos_de):
    tono = hallazgos_del_caso(hallazgos_de, caso, lambda categoria: categoria.startswith("tono."))
    assert tono == []


REGLA = TipoFrases([Frase("expediente ... remitid*|turnad*")],
                   excepto_oracion=[Frase("previa cita"), Frase("sera|seran remitid*")])


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Su expediente ya fue turnado al juzgado.", ["expediente ya fue turnado"]),
    # el contexto en la misma oración anula, esté antes o después de la coincidencia
    ("Su expediente será remitido a los abogados el día 5.", []),
    ("Con previa cita, su expediente fue remitido a la oficina.", []),
    # en otra oración, no: cada oración se juzga con su contexto
    ("Su expediente fue turnado al juzgado. Otra cuenta será remitida después.",
     ["expediente fue turnado"]),
    ("Previa cita.\nSu expediente fue turnado hoy.", ["expediente fue turnado"]),
])
def test_el_contexto_anula_solo_en_su_oracion(texto, esperado):
    assert [texto[d.inicio:d.fin] for d in REGLA.revisar(contexto_de(texto))] == esperado


def test_el_contexto_admite_lemas_y_viaja_en_la_cache():
    regla = TipoFrases([Frase("embargar+ ... casa+")],
                       excepto_oracion=[Frase("refrendar+"), Frase("plazo de gracia")])
    regla.precompilar()
    leida = pickle.loads(pickle.dumps(regla))
    for tipo in (regla, leida):
        assert [(d.inicio, d.fin) for d in tipo.revisar(contexto_de("Embargaremos su casa."))] == [(0, 20)]
        assert tipo.revisar(contexto_de("Si no refrenda, embargaremos su casa.")) == []
        assert tipo.revisar(contexto_de("Al acabar el plazo de gracia embargaremos su casa.")) == []
