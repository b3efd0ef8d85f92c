"""Relleno de ejemplos: las relaciones (facturas de un estado de cuenta) se escriben en la
moneda y la escala de cada país y suman lo mismo que el importe del ejemplo; un valor que
acaba en punto no duplica el punto del texto."""

from __future__ import annotations

import re

import pytest

from generador.errores import ErrorCobro
from generador.modelo import Variable
from generador.rellenar import datos_ejemplo, formatear


@pytest.mark.parametrize("locale, cifra", [("es_ES", r"([\d.]+,\d\d) €"), ("es_MX", r"\$([\d,]+\.\d\d)")])
def test_el_estado_de_cuenta_de_energia_suma_el_saldo_en_la_moneda_del_pais(espec, locale, cifra):
    datos = datos_ejemplo(espec, locale, "energia", "b2b", "estado_de_cuenta")
    lineas = datos["relacion_facturas"].split("\n")
    assert [linea.split(",")[0] for linea in lineas] == ["- FE-2026-204511", "- FE-2026-206032"]

    def numero(texto: str) -> float:
        if locale == "es_ES":
            return float(texto.replace(".", "").replace(",", "."))
        return float(texto.replace(",", ""))

    sumas = sum(numero(re.search(cifra, linea).group(1)) for linea in lineas)
    assert sumas == pytest.approx(numero(re.search(cifra, datos["importe"]).group(1)))


def test_una_relacion_mal_escrita_dice_como_se_escribe():
    mala = Variable("relacion_facturas", "facturas", "texto", [{"texto": "F-1"}],
                    archivo="mensajes/variables.yml", linea=7)
    with pytest.raises(ErrorCobro) as error:
        formatear(mala, "es_ES", "EUR")
    assert str(error.value).startswith("mensajes/variables.yml:7: relacion_facturas: una relación de "
                                       "ejemplo es una lista de líneas {texto: ..., importe: 120.50}")


def test_un_valor_que_acaba_en_punto_no_duplica_el_punto_del_texto():
    from generador.rellenar import rellenar_texto

    assert rellenar_texto("Te escribimos de {{ empresa }}. Gracias.", {"empresa": "Lumen S.L."}) \
        == "Te escribimos de Lumen S.L. Gracias."
    assert rellenar_texto("De {{ empresa }}.", {"empresa": "Lumen"}) == "De Lumen."
    assert rellenar_texto("Espera {{ x }}...", {"x": "S.L."}) == "Espera S.L...."
