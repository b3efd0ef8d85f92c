"""Toda cifra que lee una persona va en español: coma decimal y punto de miles
(``0,5 s``, ``12.000 filas``), nunca ``0.5 s``. Las salidas para máquinas no cambian."""

from __future__ import annotations

import pytest

from generador.concordancia import plural
from generador.numeros import cifra, segundos


@pytest.mark.parametrize(("valor", "texto"), [
    (0.5, "0,5 s"), (30, "30 s"), (1.25, "1,25 s"), (0.3, "0,3 s"), (2.0, "2 s"),
])
def test_segundos_con_coma_decimal(valor, texto):
    assert segundos(valor) == texto


@pytest.mark.parametrize(("valor", "texto"), [
    (7, "7"), (1201, "1.201"), (12000, "12.000"), (4354, "4.354"), (1234567, "1.234.567"),
])
def test_cifras_con_punto_de_miles(valor, texto):
    assert cifra(valor) == texto


def test_plural_escribe_los_miles_con_punto():
    assert plural(12000, "fila") == "12.000 filas"
    assert plural(1, "fila") == "1 fila"


def test_el_modelo_de_tono_da_su_puntuacion_con_coma(cobro, tmp_path):
    carta = tmp_path / "carta.txt"
    carta.write_text("Asunto: Factura\n\nSi no paga hoy mismo le vamos a denunciar, embargaremos "
                     "su casa y avisaremos a su familia y a su jefe de que es un moroso.\n",
                     encoding="utf-8")
    r = cobro("lint", carta, "--canal", "email", "--selecciona", "TON020")
    [linea] = [x for x in r.output.splitlines() if "TON020" in x]
    puntuacion = linea.split("(puntuación ", 1)[1].split(";", 1)[0]
    entero, decimales = puntuacion.split(",")
    assert entero.isdigit() and len(decimales) == 2 and decimales.isdigit()
