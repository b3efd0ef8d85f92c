"""generador.lint.ortografia: hunspell-es con el vocabulario del proyecto."""

from __future__ import annotations

import time

import pytest

from generador.lint import ortografia
from generador.lint.ortografia import (
    AVISO_SIN_DICCIONARIO,
    forma_con_encliticos,
    revisar_ortografia,
    vocabulario_proyecto,
)

from .textos_cobro import TODOS

pytestmark = pytest.mark.diccionario


def _senaladas(texto: str, vocabulario=()) -> list[str]:
    resultado = revisar_ortografia(texto, vocabulario)
    assert resultado.disponible
    return [texto[c.inicio : c.fin] for c in resultado.coincidencias]


@pytest.mark.parametrize("texto", TODOS, ids=["usted", "tu", "latam", "b2b"])
def test_textos_de_cobro_reales_sin_falsos_positivos(diccionario_es, texto):
    assert _senaladas(texto) == []


def test_errores_reales_con_desplazamientos_y_sugerencias(diccionario_es):
    texto = "Le recordamos que la factrua vence mañana; puede pagarla por transferensia."
    resultado = revisar_ortografia(texto)
    assert resultado.disponible and resultado.aviso is None
    assert resultado.diccionario is not None and resultado.diccionario.startswith("es")
    assert [texto[c.inicio : c.fin] for c in resultado.coincidencias] == [
        "factrua", "transferensia",
    ]
    primera, segunda = resultado.coincidencias
    assert primera.inicio == texto.index("factrua")
    assert "factura" in primera.sugerencias
    assert "transferencia" in segunda.sugerencias
    assert all(0 < len(c.sugerencias) <= 3 for c in resultado.coincidencias)
    assert "factrua" in primera.mensaje
    assert primera.regla_externa is None


@pytest.mark.parametrize(
    "palabra",
    ["Bizum", "bizum", "SPEI", "OXXO", "Nequi", "Yape", "Plin", "CLABE", "CBU", "CVU",
     "WhatsApp", "Whatsapp", "email", "online", "PayPal", "Paypal", "Stripe", "Mercado",
     "subcontratista", "nº", "Daviplata"],
)
def test_vocabulario_del_proyecto(diccionario_es, palabra):
    assert _senaladas(f"Puede pagar con {palabra} hoy.") == []


@pytest.mark.parametrize(
    "palabra",
    ["recordarle", "recordarles", "recordándole", "regularizarla", "aplazarlo",
     "indíquenos", "contáctanos", "recuérdale", "Recuérdale", "regularícela",
     "abónela", "permítanos", "enviárselo", "indicárnoslo", "contactarnos", "indicarnos",
     "ofreciéndole"],
)
def test_formas_con_pronombres_pospuestos(diccionario_es, palabra):
    assert _senaladas(palabra) == []


@pytest.mark.parametrize(
    "palabra",
    # sin la tilde que exige la norma, o con una tilde de más
    ["recordandole", "indiquenos", "recordárle", "facturale"],
)
def test_formas_con_pronombres_mal_acentuadas_se_senalan(diccionario_es, palabra):
    assert _senaladas(palabra) == [palabra]


def test_forma_con_encliticos_sin_diccionario_real():
    conocidas = {"recordar", "recordando", "indique", "enviar"}
    esta = conocidas.__contains__
    assert forma_con_encliticos("recordarle", esta)
    assert forma_con_encliticos("recordándoles", esta)
    assert forma_con_encliticos("indíquenos", esta)
    assert forma_con_encliticos("enviárselo", esta)
    assert not forma_con_encliticos("enviarselo", esta)
    assert not forma_con_encliticos("recordárle", esta)
    assert not forma_con_encliticos("mesa", esta)


def test_lo_que_no_es_prosa_no_se_revisa(diccionario_es):
    texto = (
        "Pague en https://pagos.ejemplo.es/fctr/xzq-2025 o escriba a qzx.cobros@ejemplo.es; "
        "referencia FCT2025XQ, código A1B2, IBAN ES91 2100 0418 4502 0005 1332, "
        "hola {{ nombre_clientx }} {% if deudx %} *|IMPORTX|* %(amount_due)s ${object.amountx} "
        "nombre_variable_rara CaixaBank SaaS y 1.234,50 €."
    )
    assert _senaladas(texto) == []


def test_vocabulario_de_quien_llama(diccionario_es):
    texto = "Gracias por confiar en Hoopiz y en Clearnox Energía."
    assert _senaladas(texto) == ["Hoopiz", "Clearnox"]
    assert _senaladas(texto, ["hoopiz", "Clearnox Energía"]) == []


def test_desplazamientos_en_texto_con_emojis_y_nfd(diccionario_es):
    texto = "🙂 Hola Jose\u0301, su factrua 💶 está lista."
    resultado = revisar_ortografia(texto)
    assert [texto[c.inicio : c.fin] for c in resultado.coincidencias] == ["factrua"]


def test_vocabulario_txt_es_valido():
    palabras = vocabulario_proyecto()
    for esperada in ("bizum", "spei", "oxxo", "pse", "nequi", "yape", "plin", "iban", "clabe",
                     "cbu", "cvu", "rut", "rfc", "cif", "nif", "nit", "whatsapp", "email",
                     "online", "paypal", "stripe", "mercado", "pago", "sepa"):
        assert esperada in palabras
    assert all(p == p.casefold() and " " not in p for p in palabras)


def test_sin_diccionario_un_aviso_claro(monkeypatch):
    monkeypatch.setattr(ortografia, "_abrir_diccionario", lambda: None)
    ortografia._olvidar_diccionario()
    try:
        resultado = revisar_ortografia("Texto con factrua.")
    finally:
        ortografia._olvidar_diccionario()
    assert not resultado.disponible
    assert resultado.coincidencias == []
    assert resultado.aviso == AVISO_SIN_DICCIONARIO
    assert "apt-get install hunspell-es libenchant-2-2" in resultado.aviso


def test_sin_pyenchant_no_revienta(monkeypatch):
    import builtins

    original = builtins.__import__

    def sin_enchant(nombre, *args, **kwargs):
        if nombre == "enchant":
            raise ImportError("no hay enchant")
        return original(nombre, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", sin_enchant)
    ortografia._olvidar_diccionario()
    try:
        assert ortografia._abrir_diccionario() is None
    finally:
        ortografia._olvidar_diccionario()


def test_rapido_con_2000_palabras(diccionario_es):
    texto = "\n".join(TODOS)
    while len(texto.split()) < 2000:
        texto += "\n" + "\n".join(TODOS)
    revisar_ortografia(texto)  # caché de palabras ya caliente
    inicio = time.perf_counter()
    revisar_ortografia(texto)
    # ~0.01 s en la máquina de referencia; margen amplio para máquinas cargadas.
    assert time.perf_counter() - inicio < 0.25


def test_sin_sugerencias_para_nombres_propios(diccionario_es):
    texto = "Gracias por confiar en Hoopiz."
    (c,) = revisar_ortografia(texto).coincidencias
    assert texto[c.inicio : c.fin] == "Hoopiz"
    assert c.sugerencias == ()
    assert "vocabulario" in c.mensaje


def test_tope_de_palabras_con_sugerencias_por_texto(diccionario_es, monkeypatch):
    monkeypatch.setattr(ortografia, "MAX_PALABRAS_CON_SUGERENCIAS", 1)
    ortografia._olvidar_diccionario()
    try:
        primera, segunda = revisar_ortografia("la factrua y el recivo").coincidencias
        assert "factura" in primera.sugerencias and segunda.sugerencias == ()
        # El tope es por texto: el siguiente vuelve a tener sugerencias, también para la
        # palabra que antes se quedó sin ellas.
        (c,) = revisar_ortografia("el recivo").coincidencias
        assert "recibo" in c.sugerencias
    finally:
        ortografia._olvidar_diccionario()


@pytest.mark.parametrize("texto", [
    "Estimada Camila: le escribimos por la ref. 4471.",
    "Hola Yamileth, su cuota vence el viernes.",
    "Sra. Quispe, queda pendiente el pago en la Av. Larco.",
    "Buenas tardes Xiomara, le recuerdo el saldo.",
])
def test_nombre_tras_un_saludo_y_abreviatura_con_su_punto_no_se_senalan(diccionario_es, texto):
    assert _senaladas(texto) == []


@pytest.mark.parametrize(("texto", "esperadas"), [
    ("Yamileth debe pagar hoy.", ["Yamileth"]),          # sin saludo: puede ser una errata
    ("Le enviamos la refx. de su cuenta.", ["refx"]),    # no es una abreviatura de la lista
    ("Estimada cliente, la facturra vence hoy.", ["facturra"]),
])
def test_lo_demas_se_sigue_revisando(diccionario_es, texto, esperadas):
    assert _senaladas(texto) == esperadas
