"""Huecos entre ángulos de los modelos de mensaje: ``<nombre de tu negocio>``, ``<IMPORTE>``.

Cuentan como marcadores (cumplen su elemento en una plantilla, no se revisa su ortografía ni su
registro y en un mensaje final son un marcador sin rellenar), en texto y en HTML; las etiquetas
de HTML de verdad (``<p>``, ``<br/>``, ``<a href=...>``) siguen siendo etiquetas.
"""

from __future__ import annotations

import pytest

from generador.lint.entrada import desde_fuente
from generador.lint.marcadores import buscar
from generador.lint.motor import revisar_texto

from .elementos import elementos_ausentes


@pytest.mark.parametrize(("texto", "nombre", "elemento"), [
    ("<nombre de tu negocio>", "nombre de tu negocio", "remitente"),
    ("<tu empresa>", "tu empresa", "remitente"),
    ("<IMPORTE>", "IMPORTE", "importe"),
    ("<Nombre del cliente>", "Nombre del cliente", "nombre_cliente"),
    ("<número de factura>", "número de factura", "referencia"),
    ("<fecha de vencimiento>", "fecha de vencimiento", "fecha_vencimiento"),
    ("<enlace de pago>", "enlace de pago", "opciones_pago"),
    ("<teléfono>", "teléfono", "contacto"),
])
def test_un_hueco_entre_angulos_es_un_marcador_con_su_elemento(texto, nombre, elemento):
    (marcador,) = buscar(f"Texto {texto} y más.")
    assert (marcador.sintaxis, marcador.nombre, marcador.elemento) == ("angulares", nombre, elemento)
    assert (marcador.inicio, marcador.fin) == (6, 6 + len(texto))


@pytest.mark.parametrize("texto", [
    "<p>", "<br/>", "<br>", "<a href=\"https://pagar.es\">", "<b>", "<P>", "<td>", "<span>",
    "<o:p>", "<ana@correo.es>", "<https://pagar.es>", "si x < 5 y y > 3", "<5 días>", "<< volver",
    "<h1>", "<H2>", "<h6>",  # con cifra en el nombre
])
def test_ni_una_etiqueta_ni_una_direccion_ni_una_comparacion_son_huecos(texto):
    assert [m for m in buscar(texto) if m.sintaxis == "angulares"] == []


PLANTILLA = (
    "Hola, <nombre del cliente>:\n\nLe recordamos que la factura <número de factura> por "
    "<importe> vence el <fecha>. Puede pagar en <enlace de pago>. Dudas: <teléfono>.\n\n"
    "Saludos,\n<nombre de tu negocio>\n"
)


def test_en_una_plantilla_los_huecos_cumplen_los_elementos_y_no_son_faltas():
    assert elementos_ausentes(PLANTILLA, modo="plantilla") == set()
    hallazgos = revisar_texto(PLANTILLA, canal="email", modo="plantilla")
    # ni «tu» de <nombre de tu negocio> mezcla registros, ni se revisa su ortografía
    assert [h.regla for h in hallazgos if h.categoria.startswith(("formato", "ortografia"))] == []


def test_en_un_mensaje_final_cada_hueco_es_un_marcador_sin_rellenar():
    hallazgos = revisar_texto(PLANTILLA, canal="email", modo="mensaje")
    assert [h.texto for h in hallazgos if h.regla == "FMT001"] == [
        "<nombre del cliente>", "<número de factura>", "<importe>", "<fecha>",
        "<enlace de pago>", "<teléfono>", "<nombre de tu negocio>"]


def test_en_html_el_hueco_se_lee_y_las_etiquetas_se_quitan():
    fuente = ("<p>Hola, <nombre del cliente>:</p><p>Su saldo es <importe>.<br/>"
              "<a href=\"https://pagar.es\">Pague aquí</a></p><p><b>Saludos</b>, <tu empresa></p>")
    doc = desde_fuente("correo.html", fuente, ".html")
    assert "<nombre del cliente>" in doc.texto and "<tu empresa>" in doc.texto
    assert "<p>" not in doc.texto and "<br/>" not in doc.texto and "href" not in doc.texto
    assert "<b>" not in doc.texto and "Pague aquí" in doc.texto
    assert [m.nombre for m in buscar(doc.texto)] == ["nombre del cliente", "importe", "tu empresa"]
