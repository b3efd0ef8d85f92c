"""Dónde acaba una oración: el punto de una abreviatura («Sra.», «Av.», «núm.») no la cierra.

Todas las partes del linter que cortan oraciones usan :mod:`generador.lint.oraciones` (el
contexto de las reglas, la negación de los marcos, la reescritura de ``--corregir`` y el
modelo de tono), con la lista de ``reglas/abreviaturas.txt``.
"""

from __future__ import annotations

import pytest

from generador.lint import corregir, modelo_tono, oraciones
from generador.lint.configuracion import Configuracion
from generador.lint.motor import Motor, Opciones, documento_de_texto
from generador.lint.normalizar import plegar


def cortes(texto: str) -> list[int]:
    """Las posiciones donde :data:`oraciones.FIN` acaba una oración."""
    return [m.start() for m in oraciones.FIN.finditer(texto)]


@pytest.mark.parametrize("abreviatura", ["Sra.", "Sr.", "Dña.", "Lic.", "Ing.", "Dr.", "Av.",
                                         "núm.", "Cía.", "S.A.", "etc."])
def test_el_punto_de_una_abreviatura_ante_minuscula_no_cierra(abreviatura):
    texto = f"Le escribe {abreviatura} sobre su factura. Gracias"
    assert cortes(texto) == [texto.index(". Gracias")]


@pytest.mark.parametrize("abreviatura", ["Sra.", "Sr.", "Dña.", "Lic.", "Ing.", "Dr.", "Av.",
                                         "núm.", "nro."])
def test_un_tratamiento_o_una_direccion_no_cierran_ni_ante_mayuscula(abreviatura):
    texto = f"Atentamente, {abreviatura} García Pérez. Gracias"
    assert cortes(texto) == [texto.index(". Gracias")]
    assert [m.start() for m in oraciones.FIN_MARCO.finditer(plegar(texto))] == [
        texto.index(". Gracias")]


def test_etc_y_la_razon_social_cierran_ante_mayuscula_un_salto_o_el_final():
    texto = "Luz, agua, etc. Le recordamos que Ejemplo S.A.\nPague en Ejemplo S.L."
    assert cortes(texto) == [texto.index(". Le"), texto.index("\n") - 1, texto.index("\n"),
                             len(texto) - 1]


def test_no_abreviado_ante_una_cifra_no_cierra_pero_no_al_final_si():
    assert cortes("Factura No. 1234 pendiente. Fin") == [len("Factura No. 1234 pendiente")]
    plegado = "le dijimos que no. vamos a embargar sus bienes"
    # en el plegado no se ve la mayúscula: «no.» solo sigue ante una cifra
    assert [m.start() for m in oraciones.FIN_MARCO.finditer(plegado)] == [plegado.index(".")]


def test_el_punto_de_miles_y_el_de_un_dominio_no_cierran():
    assert cortes("Son 1.234,56 € en pagar.ejemplo.es. Fin") == [len("Son 1.234,56 € en pagar.ejemplo.es")]


def test_las_abreviaturas_son_datos_con_y_sin_tilde():
    abrev = oraciones.leer_abreviaturas("# comentario\nNúm.\netc   puede cerrar  # otro\n\n")
    assert abrev.nunca_cierran == {"núm", "num"}
    assert abrev.pueden_cerrar == {"etc"}
    leidas = oraciones.abreviaturas()
    assert {"sra", "sr", "dña", "lic", "ing", "dr", "av", "núm", "num"} <= leidas.nunca_cierran
    assert {"etc", "s.a", "cía", "cia"} <= leidas.pueden_cerrar


def test_la_oracion_del_modelo_de_tono_sigue_tras_el_tratamiento():
    texto = "Gracias. Estimada Sra. García, su deuda será reportada a su jefe. Un saludo."
    inicio = texto.index("Estimada")
    fin = texto.index(". Un saludo")
    assert (inicio, fin) in modelo_tono.oraciones(plegar(texto))


def test_corregir_reescribe_la_oracion_entera_y_no_desde_el_tratamiento():
    texto = "Gracias. Si no paga, el Lic. Pérez le denunciará y irá a la cárcel. Un saludo."
    motor = Motor(Opciones(registro="usted", selecciona=["TON001"]))
    resultado = corregir.corregir_documento(motor, documento_de_texto(texto), Configuracion(), True)
    assert resultado.corregido == (
        "Gracias. Si el pago sigue pendiente, podremos iniciar las acciones legales que "
        "correspondan. Un saludo."
    )


def test_todas_las_partes_usan_el_mismo_modulo():
    from generador.lint import marcos, tipos_regla

    assert tipos_regla.FIN is oraciones.FIN
    assert marcos.FIN_MARCO is oraciones.FIN_MARCO
    assert corregir.FIN_CORREGIR is oraciones.FIN_CORREGIR
    assert modelo_tono._FIN is oraciones.FIN_MODELO
    assert modelo_tono._FINES is oraciones.FINES_MODELO


def test_una_fila_de_puntos_que_no_acaba_en_espacio_no_se_atasca():
    """Con dos caminos por punto, «?......(» eran 2^n vueltas atrás (un guion del corpus con
    51 puntos seguidos no acababa)."""
    texto = "¿es legal?" + "." * 200 + "(si o no) fin."
    assert [m.start() for m in oraciones.FIN_MARCO.finditer(texto)][-1] == len(texto) - 1
    assert oraciones.FINES_MODELO.findall(texto)[-1] == "."
    assert cortes(texto) == [len(texto) - 1]
