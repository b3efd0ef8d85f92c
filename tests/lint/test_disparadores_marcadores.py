"""El atajo de :func:`marcadores.buscar`: un texto sin disparadores no tiene marcadores.

``_puede_tener_marcadores`` decide si hace falta recorrer la expresión de todas las
sintaxis; un «$» de un importe («$1,234.00 MXN») o un «!!» de un grito no bastan. Aquí se
comprueba que nunca descarta un texto en el que la expresión sí encuentra un marcador."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint import marcadores

#: Un ejemplo de cada sintaxis con «$» o «!!», y de textos que solo los usan en prosa.
CON_MARCADOR = [
    "${object.amount}", "${\n  importe\n}", "$balance", "$invoice->total", "{$invoice_num}",
    "Hola %1$s, debes %2$d", "%1$i y %1$f", "Hola {!! $nombre !!}", "Tu plan en !!sitename!! vence",
    "{{ $costo }}", "Paga $_saldo hoy",
]
SIN_MARCADOR = [
    "Paga $1,234.50 MXN.", "Son 100 $ en total.", "¡PAGUE YA!!", "ÚLTIMO AVISO!!! Hoy.",
    "US$ 300 o $ 12.000", "¡¡Gracias!! Saludos", "Son $5 y !!7",
]


@pytest.mark.parametrize("texto", CON_MARCADOR)
def test_los_marcadores_con_dolar_o_exclamaciones_se_buscan(texto):
    assert marcadores._puede_tener_marcadores(texto)
    assert marcadores.buscar(texto) == marcadores._buscar(texto, None) != []


@pytest.mark.parametrize("texto", SIN_MARCADOR)
def test_un_importe_o_un_grito_no_obligan_a_buscar(texto):
    assert not marcadores._puede_tener_marcadores(texto)
    assert marcadores._buscar(texto, None) == []  # y de verdad no había ninguno
    assert marcadores.buscar(texto) == []


TEXTOS = st.text(alphabet="$!{}%_[]#:aZs1 \n.-dx|*(", max_size=30)


@settings(max_examples=600, deadline=None)
@given(TEXTOS)
def test_nunca_se_descarta_un_texto_con_marcadores(texto):
    if marcadores._buscar(texto, None):
        assert marcadores._puede_tener_marcadores(texto)


def test_un_marcador_de_laravel_al_empezar_se_busca():
    # «:importe» en la primera posición no lleva delante « », «\n» ni «(» (lo halló hypothesis)
    assert marcadores._buscar(":a_1", None)
    assert marcadores._puede_tener_marcadores(":a_1")
