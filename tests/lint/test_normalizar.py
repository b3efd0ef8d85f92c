"""Comparación en español sin tildes ni mayúsculas, con familias de palabras."""

from __future__ import annotations

import pytest

from generador.lint.frases import FraseInvalida, compilar, patron_de_frase
from generador.lint.normalizar import plegar


def test_plegar_conserva_la_longitud():
    for texto in ["ÚLTIMO AVISO", "İstanbul", "ǅ", "ß", "ﬁ", "año", "\U0001F600 é"]:
        assert len(plegar(texto)) == len(texto)
    assert plegar("ÚLTIMO Año") == "ultimo año"


@pytest.mark.parametrize("texto", ["demandar", "DEMANDAREMOS", "la demanda", "Demandó"])
def test_familias(texto):
    assert compilar(["demand*"]).search(plegar(texto))


def test_limites_de_palabra_unicode():
    patron = compilar(["carcel"])
    assert patron.search(plegar("la cárcel."))
    assert not patron.search(plegar("encarcelado"))
    assert not patron.search(plegar("cárcelaño"))


def test_hueco_de_palabras():
    patron = compilar(["informar* ... jefe"])
    assert patron.search(plegar("Informaremos de su deuda a su jefe"))
    assert not patron.search(plegar("Informaremos a uno dos tres cuatro cinco seis siete jefe"))


@pytest.mark.parametrize("frase", ["", "... jefe", "jefe ...", "a*b", "a||b"])
def test_frases_mal_escritas(frase):
    with pytest.raises(FraseInvalida):
        patron_de_frase(frase)


def test_una_frase_no_salta_de_una_oracion_a_otra():
    patron = compilar(["hablar* ... jefe"])
    assert patron.search(plegar("Hablaremos con su\njefe"))
    assert not patron.search(plegar("Estaremos encantados de hablarlo. Jefe de obra"))
    assert not patron.search(plegar("hablarlo contigo\n\nLaura, jefe de obra"))
