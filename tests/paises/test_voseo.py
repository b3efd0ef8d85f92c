"""El voseo de Argentina: la tabla de mensajes/voseo.yml aplicada a frases concretas."""

from __future__ import annotations

from pathlib import Path

import pytest

from generador import voseo
from generador.errores import ErrorCobro

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tabla():
    return voseo.tabla(RAIZ)


@pytest.mark.parametrize(("tu", "vos"), [
    ("Si puedes, llámanos.", "Si podés, llamanos."),
    ("¿Tienes dudas? Escríbenos a {{ email_contacto }}.", "¿Tenés dudas? Escribinos a {{ email_contacto }}."),
    ("Si ya has realizado el pago, envíanos el justificante.",
     "Si ya realizaste el pago, envianos el justificante."),
    ("Si ya lo has hecho, no tengas en cuenta este mensaje.",
     "Si ya lo hiciste, no tengas en cuenta este mensaje."),
    ("Paga en {{ enlace_pago }} o responde a este SMS.", "Pagá en {{ enlace_pago }} o respondé a este SMS."),
    ("Lo vemos contigo: cuéntanos qué prefieres.", "Lo vemos con vos: contanos qué preferís."),
    ("- Paga en línea y guarda el comprobante", "- Pagá en línea y guardá el comprobante"),
    ("Si necesitas más tiempo, dinos cuánto y eres tú quien elige.",
     "Si necesitás más tiempo, decinos cuánto y sos vos quien elige."),
])
def test_las_formas_de_tu_pasan_a_vos(tabla, tu, vos):
    assert tabla.aplicar(tu) == vos


@pytest.mark.parametrize("texto", [
    "La aseguradora paga la reparación y llama al taller.",   # tercera persona tras «y»
    "El importe que se paga con la cuota vence el día 5.",
    "Cuando puedas, no tengas prisa: tu cuota sigue igual.",  # subjuntivo y posesivo
    "{{ nombre }}: te escribimos por tu factura {{ numero_factura }}.",
])
def test_lo_que_no_es_tu_no_cambia(tabla, texto):
    assert tabla.aplicar(texto) == texto


def test_aplicarla_dos_veces_no_cambia_nada(tabla):
    una = tabla.aplicar("Puedes pagar ya: llámanos o paga en línea.")
    assert una == "Podés pagar ya: llamanos o pagá en línea."
    assert tabla.aplicar(una) == una


def test_un_patron_invalido_es_un_error_que_dice_donde():
    with pytest.raises(ErrorCobro) as error:
        voseo.desde_datos({"patrones": [{"de": "(sin cerrar", "a": "x"}]}, "mensajes/voseo.yml")
    assert str(error.value).startswith("mensajes/voseo.yml: patrones[0] no es válido")


def test_sin_archivo_la_tabla_esta_vacia_y_no_cambia_nada(tmp_path):
    assert voseo.aplicar(tmp_path, "Si puedes, llámanos.") == "Si puedes, llámanos."


def test_en_sms_el_imperativo_va_sin_tilde_para_seguir_en_gsm7(tabla):
    tu = "Para aceptar, llama al {{ telefono_contacto }} o paga en {{ enlace_pago }}."
    assert tabla.aplicar(tu) == "Para aceptar, llamá al {{ telefono_contacto }} o pagá en {{ enlace_pago }}."
    assert tabla.aplicar(tu, sms=True) == (
        "Para aceptar, llamanos al {{ telefono_contacto }} o pagalo en {{ enlace_pago }}.")


def test_sigue_al_empezar_frase_es_tercera_persona(tabla):
    assert tabla.aplicar("Sigue pendiente el pago. Llama al 11.") == (
        "Sigue pendiente el pago. Llamá al 11.")


@pytest.mark.parametrize(("contenido", "problema"), [
    ("palabras:\n  puedes: podés\npatrones: [\n",
     ":4: YAML no válido en la columna 1: falta un valor (¿una lista o un mapa sin cerrar, o una "
     "coma de más?)"),
    ("palabras:\n  puedes: podés\n  puedes: podés\n",
     ":3: YAML no válido en la columna 3: la clave 'puedes' está repetida"),
    ("palabras: {a: b\n", ":2: YAML no válido en la columna 1: un mapa entre llaves no se "
     "cierra: falta ',' o '}' (se abre en la línea anterior)"),
])
def test_un_voseo_yml_roto_se_explica_en_espanol_con_linea_y_columna(tmp_path, contenido, problema):
    (tmp_path / "mensajes").mkdir()
    archivo = tmp_path / "mensajes" / "voseo.yml"
    archivo.write_text(contenido, encoding="utf-8")
    with pytest.raises(ErrorCobro) as error:
        voseo.tabla(tmp_path)
    assert str(error.value) == (
        "La tabla de voseo no se pudo leer; corrígela y vuelve a ejecutar:\n"
        f"{archivo}{problema}")


@pytest.mark.parametrize(("contenido", "problema"), [
    ("palabras: [puedes, podés]\n",
     "'palabras' debe ser un mapa «forma de tú: forma de vos» (p. ej. puedes: podés)"),
    ("patrones: {de: a}\n", "'patrones' debe ser una lista de {de: expresión regular, a: reemplazo}"),
])
def test_un_voseo_yml_con_la_forma_equivocada_dice_cual_es_la_buena(tmp_path, contenido, problema):
    (tmp_path / "mensajes").mkdir()
    archivo = tmp_path / "mensajes" / "voseo.yml"
    archivo.write_text(contenido, encoding="utf-8")
    with pytest.raises(ErrorCobro) as error:
        voseo.tabla(tmp_path)
    assert str(error.value) == f"{archivo}: {problema}"
