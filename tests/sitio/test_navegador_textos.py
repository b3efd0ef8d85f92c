"""Lo que el navegador diría en su idioma (inglés), el sitio lo dice en español: el fallo al
cargar el índice de búsqueda y los campos no válidos de «Tus datos»."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.navegador

REMEDIO = ". Recarga la página; si sigue igual, vuelve a publicar el sitio entero (cobro sitio)."
INGLES = re.compile(r"\b(Failed|Cannot|undefined|Please|is not a function|fetch)\b")


def _estado_busqueda(pestana, consulta: str = "poliza") -> str:
    pestana.goto("buscar/")
    pestana.fill("#cobro-consulta", consulta)
    pestana.wait_for_selector("[data-cobro-estado]:has-text('No se pudo')")
    return pestana.locator("[data-cobro-estado]").inner_text()


def test_lang_es_en_cada_pagina(pagina):
    for ruta in ("", "buscar/", "plantillas/seguros/seguros-recordatorio_previo-email-tu/"):
        pagina.goto(ruta)
        assert pagina.get_attribute("html", "lang") == "es", ruta


def test_sin_el_indice_dice_que_archivo_falta_y_que_hacer(abrir):
    pestana = abrir()
    pestana.route(re.compile(r".*/assets/cobro-indice\.js$"), lambda ruta: ruta.abort())
    estado = _estado_busqueda(pestana)
    assert estado == ("No se pudo cargar el índice de búsqueda: falta el archivo "
                      "assets/cobro-indice.js o no hay conexión" + REMEDIO)


def test_un_indice_danado_no_muestra_el_error_del_navegador_en_ingles(abrir):
    pestana = abrir()
    # Un índice a medias: el código del navegador fallaría con «...is not a function».
    pestana.route(re.compile(r".*/assets/cobro-indice\.js$"), lambda ruta: ruta.fulfill(
        status=200, content_type="text/javascript", body="window.cobroIndice = {paises: 5};"))
    estado = _estado_busqueda(pestana)
    assert estado == ("No se pudo cargar el índice de búsqueda: el índice está dañado o a "
                      "medias" + REMEDIO)
    assert not INGLES.search(estado)
    # el cuadro de la cabecera dice lo mismo
    pestana.fill(".cobro-cabecera input", "poliza")
    pestana.wait_for_selector(".cobro-vivo-estado:has-text('No se pudo')")
    assert pestana.locator(".cobro-vivo-estado").inner_text() == estado


def test_tus_datos_explica_en_espanol_un_email_o_un_enlace_no_validos(pagina):
    pagina.goto("plantillas/seguros/seguros-recordatorio_previo-email-tu/")
    pagina.locator("[data-cobro-tus-datos] summary").click()
    pagina.fill("input[name=email]", "cobros arroba empresa")
    pagina.fill("input[name=enlace_pago]", "pago.empresa.es")
    pagina.fill("input[name=telefono]", "+34 910 000 000")
    mensajes = pagina.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('.cobro-formulario input'))"
        ".map(c => [c.name, c.validationMessage]))")
    assert mensajes == {
        "empresa": "", "remitente": "", "cargo": "", "telefono": "", "cuenta": "",
        "id_fiscal": "", "direccion": "", "lugar": "",
        "email": "Escribe un email completo, p. ej. cobros@empresa.es.",
        "enlace_pago": "Escribe la dirección completa, con https://, p. ej. https://pago.empresa.es/.",
    }
    avisos = pagina.locator(".cobro-campo-aviso:visible").all_inner_texts()
    assert avisos == [mensajes["email"], mensajes["enlace_pago"]]
    # corregido, el aviso desaparece
    pagina.fill("input[name=email]", "cobros@empresa.es")
    assert pagina.locator(".cobro-campo-aviso:visible").all_inner_texts() == [mensajes["enlace_pago"]]
    assert pagina.evaluate("document.querySelector('input[name=email]').validationMessage") == ""
