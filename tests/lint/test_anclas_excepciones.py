"""Las excepciones y los contextos de las reglas de frases solo se buscan si el mensaje
tiene el ancla de alguna (``TipoFrases._excepciones`` / ``_contextos``): es una condición
necesaria. Se comprueba con cada frase de excepción de las reglas de cobro (un texto que la
contiene siempre tiene su ancla) y con una regla hecha a mano."""

from __future__ import annotations

import pytest

from generador.lint import cargar_reglas
from generador.lint import frases as frases_mod
from generador.lint.configuracion import Configuracion
from generador.lint.motor import Motor, documento_de_texto
from generador.lint.normalizar import plegar
from generador.lint.tipos_regla import Frase, TipoFrases, _tramos


def _ejemplo(frase: str) -> str:
    """Un texto que dice la frase: la primera alternativa de cada palabra, sin huecos."""
    fichas = [f for f in plegar(frases_mod.expandir(frase)).split() if f != frases_mod.HUECO]
    return " ".join(f.split("|")[0].rstrip("*") for f in fichas)


def _contexto(texto: str):
    motor = Motor()
    return motor.contexto(documento_de_texto(texto), Configuracion())


def _reglas_de_frases() -> list:
    return [r.comprobador for r in cargar_reglas.cargar().reglas if isinstance(r.comprobador,
                                                                           TipoFrases)]


def test_cada_excepcion_de_las_reglas_tiene_su_ancla_en_un_texto_que_la_dice():
    comprobadas = 0
    for tipo in _reglas_de_frases():
        for textos, anclas, clave in ((tipo._textos_excepto, tipo._anclas_excepto, "_excepto"),
                                      (tipo._textos_contexto, tipo._anclas_contexto, "_contexto")):
            if not textos:
                continue
            patron = tipo._leido(clave)
            for frase in textos:
                ctx = _contexto(f"Hola. {_ejemplo(frase)}. Gracias.")
                if not _tramos(patron, ctx.plegado):
                    continue  # la primera alternativa no siempre forma la frase
                assert ctx.puede_casar(anclas), frase
                comprobadas += 1
    assert comprobadas > 50


@pytest.fixture
def regla():
    return TipoFrases([Frase("te embargaremos")], excepto=[Frase("te embargaremos excepcionalmente")],
                      excepto_oracion=[Frase("si la ley lo permite")])


def test_sin_el_ancla_de_la_excepcion_no_hay_excepcion_que_buscar(regla):
    ctx = _contexto("Si no pagas, te embargaremos.")
    assert not ctx.puede_casar(regla._anclas_excepto)
    assert regla._excepciones(ctx) == [] == _tramos(regla._excepto, ctx.plegado)
    assert len(regla.revisar(ctx)) == 1


def test_con_la_excepcion_en_el_mensaje_se_busca_y_anula(regla):
    ctx = _contexto("Te embargaremos excepcionalmente.")
    assert ctx.puede_casar(regla._anclas_excepto)
    assert regla._excepciones(ctx) == _tramos(regla._excepto, ctx.plegado) != []
    assert regla.revisar(ctx) == []


def test_el_contexto_de_la_oracion_igual(regla):
    ctx = _contexto("Si la ley lo permite, te embargaremos.")
    assert regla._contextos(ctx) == _tramos(regla._contexto, ctx.plegado) != []
    assert regla.revisar(ctx) == []
