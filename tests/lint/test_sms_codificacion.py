"""FMT003: el mensaje dice los segmentos con y sin GSM-7 y la sugerencia dice qué palabras
cambiar (quitar solo la tilde sería una falta)."""

from __future__ import annotations

from generador.lint.motor import revisar_texto

TEXTO = ("Ejemplo S.L.: le recordamos que su póliza 2026-0042 de 120 EUR venció el 5 de marzo. "
         "Puede pagar en https://pago.ejemplo.es/f/8K2Q. Gracias… y disculpe si ya pagó.")


def test_el_mensaje_no_deja_campos_sin_rellenar_y_la_sugerencia_no_quita_tildes():
    (h,) = [h for h in revisar_texto(TEXTO, canal="sms") if h.regla == "FMT003"]
    assert h.mensaje == ("los caracteres ó … obligan a enviar el SMS en UCS-2: 3 segmentos; "
                         "sin ellos (GSM-7) serían 2")
    assert h.sugerencias == (
        "Cambia «…» por «...».",
        "Sustituye por otras palabras sin tilde «póliza», «venció», «pagó» (quitar solo la "
        "tilde sería una falta de ortografía), o acepta el coste de UCS-2.",
    )
    assert not any("poliza" in s or "vencio" in s for s in h.sugerencias)
