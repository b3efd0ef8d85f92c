"""Negar un canal no es darlo: «no nos contactes por este medio», «no responda a este correo»,
«este buzón no se atiende» o una dirección noreply@ no son un contacto de quien cobra.

Sí lo es la oración que, además de negar uno, ofrece otro, y no cuentan como negación del canal
ni la condición («si no nos contacta...») ni lo que hizo el cliente («como no respondió...»).
Casos escritos para esta prueba, por clase (pedir que no se use, decir que nadie lo atiende,
la dirección que no recibe), no frases del corpus.
"""

from __future__ import annotations

import pytest

from .elementos import elementos_ausentes

BASE = "Tu cuota de 45 € de la factura 2026-0042 vence el 5 de mayo. Paga con tarjeta en la app. "


@pytest.mark.parametrize(("canal", "cola"), [
    ("whatsapp", "Por favor, no nos contactes por este medio."),
    ("email", "Por favor, no responda a este correo."),
    ("email", "Favor de no responder este mensaje."),
    ("sms", "No llames a este número."),
    ("email", "No nos escribas a este correo. Ejemplo S.L."),
    ("email", "Este buzón no se atiende."),
    ("email", "Enviado desde avisos@ejemplo.es, un buzón que no se atiende."),
    ("email", "Este mensaje lo envía noreply@ejemplo.es."),
    ("email", "Esta dirección (avisos@ejemplo.es) no admite respuestas."),
    ("email", "Los correos enviados a avisos@ejemplo.es no serán leídos."),
])
def test_un_canal_negado_no_es_un_contacto(canal, cola):
    assert "contacto" in elementos_ausentes(BASE + cola, canal=canal)


@pytest.mark.parametrize(("canal", "cola"), [
    ("email", "No responda a este correo, para dudas llame al 900 123 456."),
    ("whatsapp", "No nos escribas por este medio, sino a cobros@ejemplo.es."),
    ("email", "Este buzón no se atiende. Para dudas, escríbenos a cobros@ejemplo.es."),
    ("whatsapp", "No dudes en escribirnos por este medio."),
    ("whatsapp", "Como no respondiste, te escribimos por este medio: contesta aquí si tienes dudas."),
    ("email", "Si tienes dudas, responde a este correo."),
])
def test_otro_canal_en_la_misma_oracion_o_sin_negar_el_canal_si_es_contacto(canal, cola):
    assert "contacto" not in elementos_ausentes(BASE + cola, canal=canal)
