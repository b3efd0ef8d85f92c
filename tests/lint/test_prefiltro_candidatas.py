"""Las frases candidatas que da el prefiltro (``Prefiltro.posibles``) para cada regla de
frases son las que la regla calcularía sola, y el prefiltro nunca deja fuera una regla que
habría encontrado algo: se comprueba con los ejemplos (correctos e incorrectos) de todas las
reglas, que entre todos tocan todas las listas de frases."""

from __future__ import annotations

import pytest

from generador.lint.contexto import Contexto
from generador.lint.motor import Motor
from generador.lint.tipos_regla import (
    CANDIDATAS_PREFILTRO,
    Prefiltro,
    TipoFrases,
    _lemas_candidatos,
    _normalizadas,
)


@pytest.fixture(scope="module")
def reglas():
    """Todas las reglas, también las de cada país (las activas por defecto no las llevan)."""
    motor = Motor()
    return motor.reglamento(motor.configuracion_de(".")).reglas


@pytest.fixture(scope="module")
def textos(reglas):
    vistos = dict.fromkeys(e.texto for r in reglas for e in (*r.incorrecto, *r.correcto))
    return [t for t in vistos if t.strip()]


def test_hay_ejemplos_de_todas_las_reglas_de_frases_filtradas(reglas, textos):
    prefiltro = Prefiltro(reglas)
    filtradas = [r for r in reglas if id(r.comprobador) in prefiltro.filtradas]
    assert len(filtradas) > 10
    assert all(r.incorrecto for r in filtradas)
    assert len(textos) > 250


def test_el_prefiltro_no_deja_fuera_ninguna_regla_que_encuentra_algo(reglas, textos):
    prefiltro = Prefiltro(reglas)
    filtradas = [r.comprobador for r in reglas if id(r.comprobador) in prefiltro.filtradas]
    encontradas = 0
    for texto in textos:
        sola = Contexto(texto=texto, marcadores=[])  # sin prefiltro: cada regla por su cuenta
        posibles = prefiltro.posibles(Contexto(texto=texto, marcadores=[]))
        for comprobador in filtradas:
            if comprobador.tramos(sola):
                encontradas += 1
                assert id(comprobador) in posibles, texto
    assert encontradas > 100  # los ejemplos incorrectos de las reglas de frases


def test_las_candidatas_del_prefiltro_son_las_de_cada_regla(reglas, textos):
    prefiltro = Prefiltro(reglas)
    filtradas = [r.comprobador for r in reglas if id(r.comprobador) in prefiltro.filtradas]
    for texto in textos:
        ctx = Contexto(texto=texto, marcadores=[])
        prefiltro.posibles(ctx)
        _, frases, lemas = ctx.memo[CANDIDATAS_PREFILTRO]
        for comprobador in filtradas:
            clave = id(comprobador)
            assert sorted(set(frases.get(clave, []))) == ctx.candidatas(comprobador._indice)
            assert sorted(set(lemas.get(clave, []))) == _lemas_candidatos(
                comprobador._indice_lemas, _normalizadas(ctx))


def test_con_el_prefiltro_cada_regla_encuentra_los_mismos_tramos(reglas, textos):
    prefiltro = Prefiltro(reglas)
    frases = [r.comprobador for r in reglas if type(r.comprobador) is TipoFrases]
    for texto in textos:
        sola = Contexto(texto=texto, marcadores=[])
        filtrado = Contexto(texto=texto, marcadores=[])
        prefiltro.posibles(filtrado)
        for comprobador in frases:
            assert comprobador.tramos(filtrado) == comprobador.tramos(sola), texto


def test_un_contexto_filtrado_por_otro_prefiltro_no_cambia_las_reglas_que_no_cubre(reglas):
    """Una regla que el prefiltro de ese mensaje no filtra calcula sus candidatas sola."""
    ton002 = next(r for r in reglas if r.codigo == "TON002")
    otras = [r for r in reglas if r is not ton002]
    ctx = Contexto(texto="Procederemos al embargo de su nómina.", marcadores=[])
    Prefiltro(otras).posibles(ctx)
    sola = Contexto(texto="Procederemos al embargo de su nómina.", marcadores=[])
    assert ton002.comprobador.tramos(ctx) == ton002.comprobador.tramos(sola) != []
