"""Relleno: sustitución sin interpretar los valores, sin huecos silenciosos, datos por locale."""

from __future__ import annotations

import pytest
from arbol import escribir_arbol

from generador.cargar import cargar
from generador.componer import Filtros, componer
from generador.errores import ErrorCobro
from generador.rellenar import datos_ejemplo, rellenar, rellenar_texto


@pytest.fixture
def espec(tmp_path):
    return cargar(escribir_arbol(tmp_path))


def test_importe_y_fecha_segun_el_locale(espec):
    es = datos_ejemplo(espec, "es_ES")
    mx = datos_ejemplo(espec, "es_MX")
    assert es["importe"] == "1.234,50 €"  # espacio normal: el duro no cabe en GSM-7
    assert mx["importe"] == "$1,234.50"
    assert es["fecha_vencimiento"] == "5 de diciembre de 2026"


def test_un_valor_que_falta_es_un_error_no_un_hueco():
    with pytest.raises(ErrorCobro) as exc:
        rellenar_texto("Debe {{ importe }} antes del {{ fecha }}", {"importe": "5 €"}, "prueba")
    assert str(exc.value) == (
        "falta el valor de la variable 'fecha' en prueba; añádelo a los datos de relleno"
    )


def test_los_valores_hostiles_quedan_literales(espec):
    plantilla = componer(espec, Filtros(canal="email", registro="tu")).plantillas[0]
    datos = {**datos_ejemplo(espec), "nombre_cliente": "{{ importe }} <script>*|X|*{% x %}"}
    mensaje = rellenar(plantilla, datos)
    assert "Hola, {{ importe }} <script>*|X|*{% x %}:" in mensaje.cuerpo


def test_una_expresion_no_se_evalua_nunca():
    with pytest.raises(ErrorCobro, match=r"marcador no canónico '\{\{ ''.__class__.__mro__ \}\}' en prueba"):
        rellenar_texto("{{ ''.__class__.__mro__ }}", {}, "prueba")


def test_los_valores_se_ponen_una_sola_vez_sin_volver_a_interpretarlos():
    assert rellenar_texto("A {{ a }} y {{b}}", {"a": "{{ b }}", "b": "x"}) == "A {{ b }} y x"


def test_locale_desconocido(espec):
    with pytest.raises(ErrorCobro, match=r"el locale 'es_XX' no existe; ¿quisiste decir"):
        datos_ejemplo(espec, "es_XX")
