"""Lemas y marcos: una regla escribe el acto y el objeto (``quitar+ ... casa+``) y casa con
cualquier forma (conjugación, participio, pronombres pegados), salvo negada, prohibida o
citada."""

from __future__ import annotations

import pytest

from generador.lint import frases
from generador.lint.lemas import formas_base
from generador.lint.marcos import anulada, buscar_lema, compilar_lema, fichas_de
from generador.lint.normalizar import plegar


def _tramos(frase: str, texto: str) -> list[str]:
    plegado = plegar(texto)
    return [texto[a:b] for a, b in buscar_lema(compilar_lema(frase), fichas_de(plegado))]


def test_las_formas_de_un_lema_incluyen_irregulares_y_participios():
    assert {"diremos", "dijo", "digan"} <= formas_base("decir")
    assert {"embargaremos", "embargada", "embargados"} <= formas_base("embargar")
    assert {"familias", "familia"} <= formas_base("familia")


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Te podemos quitar la casa.", ["quitar la casa"]),
    ("Vamos a quitártela, la casa, si no pagas.", ["quitártela, la casa"]),  # pronombres pegados
    ("Le embargaremos el sueldo y el aguinaldo.", ["embargaremos el sueldo"]),
    ("Su NÓMINA será EMBARGADA.", []),  # el acto va después: es otra frase (pasiva)
    ("Quitarle la casa. Es lo que haremos.", ["Quitarle la casa"]),
    ("Le quitaremos. La casa es nuestra.", []),  # no salta de una oración a otra
])
def test_acto_y_objeto_en_cualquier_forma(texto, esperado):
    assert _tramos("quitar+|embargar+ ... casa+|sueldo+|nomina+", texto) == esperado


def test_la_pasiva_se_escribe_con_el_objeto_delante():
    assert _tramos("nomina+|casa+ ... embargar+", "Su NÓMINA será EMBARGADA.") == ["NÓMINA será EMBARGADA"]


@pytest.mark.parametrize(("texto", "anulada_"), [
    ("No le quitaremos la casa.", True),
    ("Nunca vamos a quitarle la casa.", True),
    ("En ningún caso le quitaremos la casa.", True),
    ("La ley prohíbe quitarle la casa sin juicio.", True),
    ("Solo un juez puede quitarle la casa.", True),
    ("Evite frases como «le vamos a quitar la casa».", True),
    ("Si no paga, le quitaremos la casa.", False),
    ("«Le vamos a quitar la casa», nos dijo el cobrador.", False),  # la cita es el mensaje
])
def test_negacion_prohibicion_y_cita(texto, anulada_):
    plegado = plegar(texto)
    inicio = plegado.index("quitar")
    assert anulada(plegado, inicio, inicio + 6) is anulada_


def test_una_frase_con_lemas_mal_escrita_es_un_error_claro():
    with pytest.raises(frases.FraseInvalida):
        compilar_lema("quitar+ ...")
    with pytest.raises(frases.FraseInvalida):
        compilar_lema("qui-tar+ casa")
