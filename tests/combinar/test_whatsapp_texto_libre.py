"""El texto libre de un WhatsApp (el ``Body`` de twilio.csv): sin botones de respuesta
rápida, que solo existen en una plantilla aprobada; los de enlace o teléfono, con su destino."""

from __future__ import annotations

from generador.whatsapp import texto, texto_libre

ESTRUCTURA = {
    "cabecera": "Pago pendiente",
    "cuerpo": "Hola, {{ nombre_cliente }}: tu factura {{ referencia }} sigue pendiente.",
    "pie": "Viajes Altamar",
    "botones": [
        {"tipo": "respuesta", "texto": "Ya he pagado"},
        {"tipo": "url", "texto": "Pagar ahora", "valor": "https://pago.altamar.es/{{ referencia }}"},
        {"tipo": "telefono", "texto": "Llamar", "valor": "+34 910 123 456"},
    ],
}


def test_texto_libre_sin_respuestas_rapidas_y_con_los_destinos():
    assert texto_libre(ESTRUCTURA) == (
        "*Pago pendiente*\n\n"
        "Hola, {{ nombre_cliente }}: tu factura {{ referencia }} sigue pendiente.\n\n"
        "_Viajes Altamar_\n\n"
        "Pagar ahora: https://pago.altamar.es/{{ referencia }}\n"
        "Llamar: +34 910 123 456")


def test_la_plantilla_sigue_mostrando_todos_los_botones():
    assert texto(ESTRUCTURA).endswith(
        "Botones:\n- Ya he pagado (respuesta rápida)\n"
        "- Pagar ahora (enlace, https://pago.altamar.es/{{ referencia }})\n"
        "- Llamar (llamada, +34 910 123 456)")


def test_solo_respuestas_rapidas_deja_el_cuerpo():
    estructura = {"cuerpo": "Gracias por tu pago.", "botones": [{"tipo": "respuesta", "texto": "De nada"}]}
    assert texto_libre(estructura) == "Gracias por tu pago."
