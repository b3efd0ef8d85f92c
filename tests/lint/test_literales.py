"""Lo que una expresión necesita que esté en el texto (generador/lint/literales.py)."""

from __future__ import annotations

import random

import pytest
import regex

from generador.lint.literales import Requisito, requisito
from generador.lint.tipos_regla import TipoPatron


def test_una_tira_de_literales_es_necesaria():
    r = requisito(r"\bantes\s+de\s+las\s+\d{1,2}", regex.IGNORECASE)
    assert r is not None and r.grupos == (("antes",), ("las",))  # «de»: muy corta


def test_de_una_alternativa_hace_falta_alguna_rama():
    r = requisito(r"\b(?:quedan|faltan|restan)\s+\d+\s*horas", regex.IGNORECASE)
    assert r is not None and r.grupos == (("faltan", "quedan", "restan"), ("horas",))
    assert r.posible("quedan 2 horas", "quedan 2 horas")
    assert not r.posible("quedan 2 días", "quedan 2 días")  # falta una de las dos partes


def test_se_elige_lo_mas_largo_y_se_pasa_a_minusculas():
    r = requisito(r"(?-i:PLAZO)\s*:\s*\d+\s*minutos", regex.IGNORECASE)
    assert r is not None and r.grupos == (("minutos",), ("plazo",))


@pytest.mark.parametrize("patron", [
    r"\b(?:tiene|\w+)\s+horas?",      # «horas?»: la «s» es opcional, «hora» cuenta (4 letras)
])
def test_una_rama_sin_nada_fijo_no_impide_lo_demas(patron):
    r = requisito(patron, regex.IGNORECASE)
    assert r is not None and r.grupos == (("hora",),)


@pytest.mark.parametrize("patron", [
    r"\b(?:tiene|\w+)\s+\d+",        # una rama sin nada fijo y nada más fijo
    r"(?:horas)?\d+",                 # opcional
    r"\p{Lu}horas",                   # sintaxis solo de regex
    r"[[:alpha:]]horas",              # clase POSIX de regex
    r"(?:horas){e<=1}",               # búsqueda aproximada de regex
    r"ab\d",                          # demasiado corto
    r"(a)\1",                         # nada fijo de tres letras
])
def test_sin_requisito(patron):
    assert requisito(patron, regex.IGNORECASE) is None


def test_las_variantes_que_lower_no_iguala_son_raras():
    r = requisito("semanas", regex.IGNORECASE)
    assert r is not None and "ſ" in r.raros  # s larga: regex la iguala con «s»
    assert r.posible("ſemanas", "ſemanas")  # con una rara en el texto, se busca
    assert not r.posible("días", "días")


def _texto_al_azar(azar: random.Random) -> str:
    trozos = ["Antes", "de", "las", "5", "pm", "HOY", "hoy", "ſ", "horas", "HORAS", "İ", "tienes",
              "quedan", "K", "plazo", ":", " ", "\n", "ultimas", "últimas", "24", "hrs", "minutos"]
    return " ".join(azar.choice(trozos) for _ in range(azar.randint(0, 10)))


@pytest.mark.parametrize("patron", [
    r"\bhoy\s+(?:mismo\s+)?(?:antes\s+de|hasta)\s+las\s+\d{1,2}(?:\s*(?:p\.?m\.?|hrs?\.?|horas))?",
    r"\b(?:quedan|faltan)\s+(?:solo\s+)?\d{1,2}\s*(?:horas|minutos)",
    r"\b[uú]ltimas\s+\d{1,2}\s*horas",
    r"\bplazo[^.\n]{0,40}?:\s*\d{1,3}\s*(?:horas|hrs?\b|minutos)",
    r"(?-i:HORAS)\s*\d+",
])
def test_si_no_es_posible_no_casa(patron):
    """Con textos al azar: donde el requisito dice que no puede casar, no casa."""
    r = requisito(patron, regex.IGNORECASE)
    assert r is not None
    compilado = regex.compile(patron, regex.IGNORECASE)
    azar = random.Random(7)
    casan = 0
    fijos = ["HOY antes de las 5 pm", "hoy mismo hasta las 9", "Quedan 3 HORAS", "faltan 24 minutos",
             "últimas 24 horas", "ULTIMAS 2 horas", "plazo: 48 hrs", "HORAS 3", "hoy antes de laſ 5"]
    for texto in fijos + [_texto_al_azar(azar) for _ in range(3000)]:
        if compilado.search(texto):
            casan += 1
            assert r.posible(texto, texto.lower()), texto
    assert casan


def test_la_regla_patron_da_lo_mismo_con_y_sin_requisitos():
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, documento_de_texto

    tipo = TipoPatron([r"\b(?:quedan|faltan)\s+\d{1,2}\s*horas", r"\bhoy\s+antes\s+de\s+las\s+\d"])
    tipo.precompilar()
    assert all(isinstance(r, Requisito) for r in tipo._requisitos)
    sin = TipoPatron(list(tipo.patrones))
    sin.__dict__["_requisitos"] = [None, None]
    motor = Motor()
    for texto in ["Quedan 3 horas. Paga hoy antes de las 5.", "Le escribimos por su factura.",
                  "QUEDAN 2 HORAS", "Hoy antes de las 9 pm"]:
        ctx = motor.contexto(documento_de_texto(texto), Configuracion())
        ctx2 = motor.contexto(documento_de_texto(texto), Configuracion())
        assert [(d.inicio, d.fin) for d in tipo.revisar(ctx)] == \
               [(d.inicio, d.fin) for d in sin.revisar(ctx2)]
