"""El prefiltro de reglas de frases (``tipos_regla.Prefiltro``): con una sola consulta por
mensaje deja pasar exactamente las reglas que tienen alguna ancla en él."""

from __future__ import annotations

import pytest

from generador.lint.contexto import Contexto
from generador.lint.motor import Motor
from generador.lint.tipos_regla import Prefiltro, TipoFrases, _normalizadas

TEXTOS = [
    "Hola, Ana: te recordamos que la factura F-2026-0001, de 120,00 €, vence el 5 de marzo.",
    "ÚLTIMO AVISO!!! Si no paga hoy mismo le denunciaremos a la policía y avisaremos a su jefe.",
    "Procederemos al embargo inmediato de su nómina. Es usted un moroso incobrable.",
    "Debería darle vergüenza: por enésima vez le recordamos lo que debe.",
    "No le vamos a quitar la casa; si necesita más plazo, escríbanos y lo hablamos.",
    "",
]


def _con_ancla(comprobador: TipoFrases, ctx: Contexto) -> bool:
    """Lo que el prefiltro resume, regla a regla: alguna palabra, comienzo o lema ancla."""
    indice, claves_lemas = comprobador._indice, comprobador._indice_lemas[1]
    if not indice.claves.isdisjoint(ctx.palabras):
        return True
    if any(not raices.isdisjoint(ctx.comienzos) for _, raices in indice.claves_prefijos):
        return True
    return not claves_lemas.isdisjoint(_normalizadas(ctx))


@pytest.fixture(scope="module")
def reglas():
    return Motor().activas(Motor().configuracion_de("."))


@pytest.mark.parametrize("texto", TEXTOS)
def test_pasan_las_reglas_con_alguna_ancla_en_el_mensaje(reglas, texto):
    prefiltro = Prefiltro(reglas)
    ctx = Contexto(texto=texto, marcadores=[])
    filtradas = [r.comprobador for r in reglas if id(r.comprobador) in prefiltro.filtradas]
    assert len(filtradas) > 10
    esperadas = {id(c) for c in filtradas if _con_ancla(c, ctx)}
    assert prefiltro.posibles(ctx) == esperadas


def test_una_amenaza_de_embargo_deja_pasar_su_regla_y_un_saludo_no(reglas):
    prefiltro = Prefiltro(reglas)
    ton002 = next(r for r in reglas if r.codigo == "TON002").comprobador
    amenaza = Contexto(texto="Procederemos al embargo de su nómina.", marcadores=[])
    saludo = Contexto(texto="Hola.", marcadores=[])
    assert id(ton002) in prefiltro.posibles(amenaza)
    assert id(ton002) not in prefiltro.posibles(saludo)
