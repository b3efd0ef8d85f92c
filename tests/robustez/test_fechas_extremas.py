"""Fechas al borde del calendario (9999-12-31, 0001-01-01): cobro suma días de la escalera,
de los plazos o de la zona horaria, y Python no pasa del año 9999 ni baja del 1. Cada
entrada dice el rango que admite (1900-2199) con un error 2, sin traza."""

from __future__ import annotations

import pytest
from arbol import VARIABLES

RANGO = "cobro admite fechas de 1900 a 2199"


@pytest.mark.parametrize("fecha", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_plan_con_un_vencimiento_fuera_de_rango(cobro, fecha):
    r = cobro("plan", "--pais", "es", "--vencimiento", fecha)
    assert r.exit_code == 2
    assert (f"Error: Valor no válido para '--vencimiento': fecha fuera de rango '{fecha}': "
            f"{RANGO}\n") in r.output


def test_plan_en_los_extremos_del_rango_funciona(cobro):
    for fecha in ("1900-01-01", "2199-12-31"):
        r = cobro("plan", "--pais", "us", "--vencimiento", fecha, "-f", "ics")
        assert r.exit_code == 0, r.output
        assert r.output.startswith("BEGIN:VCALENDAR")


def test_combinar_con_hoy_o_vencimientos_fuera_de_rango(cobro, tmp_path):
    facturas = tmp_path / "facturas.csv"
    facturas.write_text(
        "referencia,nombre_cliente,importe,fecha_vencimiento,sector,audiencia,canal,registro\n"
        "F-1,Ana,10,9999-12-31,turismo,b2c,email,usted\n"
        "F-2,Ana,10,0001-01-01,turismo,b2c,email,usted\n", encoding="utf-8")
    r = cobro("combinar", facturas, "--salida", tmp_path / "a", "--hoy", "9999-12-31")
    assert r.exit_code == 2
    assert f"Error: Valor no válido para --hoy: fecha fuera de rango '9999-12-31': {RANGO}" \
        in r.output
    assert not (tmp_path / "a").exists()
    r = cobro("combinar", facturas, "--salida", tmp_path / "b", "--hoy", "2026-11-30")
    assert r.exit_code == 1
    assert f"facturas.csv:2: fecha_vencimiento: fecha fuera de rango '9999-12-31': {RANGO}" in r.output
    assert f"facturas.csv:3: fecha_vencimiento: fecha fuera de rango '0001-01-01': {RANGO}" in r.output


def test_comprobar_un_registro_con_fechas_fuera_de_rango(cobro, tmp_path):
    envios = tmp_path / "envios.csv"
    envios.write_text("fecha,hora,canal\n9999-12-31,23:59-14:00,sms\n", encoding="utf-8")
    r = cobro("plan", "--pais", "us", "--comprobar", envios)
    assert r.exit_code == 2
    assert f"{envios}:2: fecha: fecha fuera de rango '9999-12-31': {RANGO}\n" in r.output


def test_un_ejemplo_de_fecha_fuera_de_rango_en_la_especificacion(cobro, arbol, tmp_path):
    specs = arbol(mensajes__variables_yml=VARIABLES.replace("ejemplo: 2026-12-05",
                                                           "ejemplo: 9999-12-31"))
    r = cobro("generar", "--specs", specs, "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert ("variables.fecha_vencimiento.ejemplo: el ejemplo de una fecha debe estar entre "
            "1900 y 2199, no '9999-12-31'") in r.output
    assert not (tmp_path / "s").exists()
