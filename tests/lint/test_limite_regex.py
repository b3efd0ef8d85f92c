"""Cuándo se busca una expresión sin tiempo máximo (generador/lint/limite_regex.py)."""

from __future__ import annotations

import pytest

from generador.lint.limite_regex import PASOS_SIN_LIMITE, cota, sin_limite


@pytest.mark.parametrize("patron", [
    r"(a+)+$", r"(a|a)+$", r"(a|aa)*b", r"(\w+\s?)+$", r"(.*a){20}", r"^(a?){30}a{30}$",
    r"(a)\1", r"(?(1)a|b)",
])
def test_repeticiones_anidadas_o_referencias_no_se_acotan(patron):
    assert cota(patron) is None
    assert not sin_limite(patron, 10)


def test_sintaxis_solo_de_regex_conserva_el_tiempo_maximo():
    assert cota(r"\p{Lu}\w+") is None
    assert not sin_limite(r"\p{Lu}\w+", 10)


def test_la_cota_cuenta_alternativas_topes_y_repeticiones_sin_tope():
    assert cota(r"\bfactura\b") == (1, 0)
    assert cota(r"https?://\S+|\bwww\.\S+") == (3, 1)  # (s? -> 2) + 1 ramas; \S+ sin tope
    assert cota(r"\d{1,2}/\d{1,2}") == (9, 0)  # 3 x 3
    assert cota(r"a*a*a*b") == (1, 3)


def test_sin_limite_depende_de_la_longitud_del_texto():
    patron = r"https?://\S+"  # (L + 1) * 2 * (L + 1) caminos como mucho
    assert sin_limite(patron, 500)
    assert not sin_limite(patron, 10_000)
    assert 2 * 3001 ** 2 <= PASOS_SIN_LIMITE < 2 * 10_001 ** 2
    # tres repeticiones sin tope seguidas: solo en textos muy cortos
    assert sin_limite(r"a*a*a*b", 40)
    assert not sin_limite(r"a*a*a*b", 500)


def test_una_expresion_verbose_conserva_el_tiempo_maximo():
    import regex

    patron = regex.compile(r"https?:// \S+  # enlace", regex.VERBOSE)
    assert sin_limite(r"https?://\S+", 100)
    assert not sin_limite(patron.pattern, 100, patron.flags)
