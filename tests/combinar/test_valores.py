"""Importes y fechas de una exportación: se aceptan las formas sin ambigüedad y se rechaza
el resto con un motivo (mejor una fila señalada que un importe multiplicado por mil)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generador.combinar import valores as v


@pytest.mark.parametrize(("texto", "esperado"), [
    ("1234", "1234"), ("1234.5", "1234.5"), ("1234,50", "1234.50"), ("1.234,50", "1234.50"),
    ("1,234.50", "1234.50"), ("1.234.567", "1234567"), ("€ 1.234,50", "1234.50"),
    ("$1,234.50", "1234.50"), ("S/ 99.90", "99.90"), ("1234.50 EUR", "1234.50"),
])
def test_importes_que_se_entienden(texto, esperado):
    assert v.importe(texto) == Decimal(esperado)


@pytest.mark.parametrize(("texto", "motivo"), [
    ("1,234", "ambiguo"), ("1.234", "ambiguo"), ("mucho", "no válido"), ("", "vacío"),
    ("-5", "positiva"), ("0", "positiva"), ("1e308", "no válido"), ("inf", "no válido"),
    ("NaN", "no válido"), ("9" * 400, "demasiado grande"), ("12,3,4", "no válido"),
])
def test_importes_que_se_rechazan_con_motivo(texto, motivo):
    with pytest.raises(v.ValorInvalido, match=motivo):
        v.importe(texto)


@pytest.mark.parametrize(("texto", "esperado"), [
    ("2026-03-05", dt.date(2026, 3, 5)), ("2026-03-05 00:00:00", dt.date(2026, 3, 5)),
    ("05/03/2026", dt.date(2026, 3, 5)), ("5.3.2026", dt.date(2026, 3, 5)),
])
def test_fechas_que_se_entienden(texto, esperado):
    assert v.fecha(texto) == esperado


@pytest.mark.parametrize(("texto", "esperado"), [
    ("10/20/2026", dt.date(2026, 10, 20)),  # MM/DD, la forma de Estados Unidos
    ("20/10/2026", dt.date(2026, 10, 20)),  # DD/MM, la de quien exporta en español
    ("07/07/2026", dt.date(2026, 7, 7)),    # el mismo día en los dos órdenes
])
def test_en_estados_unidos_una_fecha_con_barras_vale_si_solo_se_puede_leer_de_un_modo(texto, esperado):
    assert v.fecha(texto, dia_primero=False) == esperado


@pytest.mark.parametrize(("texto", "dia_primero", "motivo"), [
    ("2026-02-31", True, "ese día no existe"), ("ayer", True, "no válida"),
    ("03/05/2026", False, "ambigua"), ("", True, "no válida"), ("13/13/2026", False, "no válida"),
])
def test_fechas_que_se_rechazan_con_motivo(texto, dia_primero, motivo):
    with pytest.raises(v.ValorInvalido, match=motivo):
        v.fecha(texto, dia_primero)


def test_los_importes_se_formatean_por_locale_sin_espacios_duros():
    assert v.formatear_importe(Decimal("1234.5"), "EUR", "es_ES") == "1.234,50 €"
    assert v.formatear_importe(Decimal("1234.5"), "MXN", "es_MX") == "$1,234.50"
