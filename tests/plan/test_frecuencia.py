"""Las cuatro clases de límite de frecuencia, sobre fechas sueltas."""

from __future__ import annotations

import datetime as dt

from generador.plan.frecuencia import Envio, incumple
from generador.plan.limites import Fuente, Limite

D = dt.date
FUENTE = Fuente("Ley 1", "art. 1", "https://ejemplo.org", D(2026, 11, 30))


def _limite(clase, valor, en_dias=1, canales=None):
    return Limite(nombre="l", descripcion="", canales=canales, caracter="ley", confianza="alta",
                  fuente=FUENTE, clase=clase, valor=valor, en_dias=en_dias)


def test_maximo_en_dias_seguidos_mira_cualquier_ventana_que_contenga_la_fecha():
    dos_en_siete = _limite("maximo", 2, 7)
    previos = [Envio(D(2026, 3, 2), "email"), Envio(D(2026, 3, 6), "sms")]
    assert incumple(dos_en_siete, D(2026, 3, 8), "email", previos)       # 2..8: tres
    assert not incumple(dos_en_siete, D(2026, 3, 9), "email", previos[1:])
    assert incumple(dos_en_siete, D(2026, 3, 1), "email", previos)       # 1..7: tres, hacia delante
    assert not incumple(dos_en_siete, D(2026, 3, 13), "email", previos)  # 7..13: solo uno


def test_un_limite_con_canales_solo_cuenta_y_solo_frena_esos_canales():
    una_llamada = _limite("maximo", 1, 7, ("llamada", "visita"))
    previos = [Envio(D(2026, 3, 2), "email"), Envio(D(2026, 3, 3), "visita")]
    assert incumple(una_llamada, D(2026, 3, 5), "llamada", previos)
    assert not incumple(una_llamada, D(2026, 3, 5), "email", previos)
    assert not incumple(una_llamada, D(2026, 3, 10), "llamada", previos)


def test_canales_distintos_en_dias_seguidos():
    un_canal = _limite("canales_distintos", 1, 7)
    previos = [Envio(D(2026, 3, 2), "email")]
    assert incumple(un_canal, D(2026, 3, 8), "sms", previos)
    assert not incumple(un_canal, D(2026, 3, 8), "email", previos)
    assert not incumple(un_canal, D(2026, 3, 9), "sms", previos)


def test_dias_entre_cuenta_hacia_los_dos_lados():
    dos_dias = _limite("dias_entre", 2)
    previos = [Envio(D(2026, 3, 4), "sms")]
    assert incumple(dos_dias, D(2026, 3, 5), "email", previos)
    assert incumple(dos_dias, D(2026, 3, 3), "email", previos)
    assert not incumple(dos_dias, D(2026, 3, 6), "email", previos)


def test_dias_tras_conversacion_en_un_registro_y_supuesta_en_un_plan():
    siete = _limite("dias_tras_conversacion", 7, canales=("llamada",))
    sin_hablar = [Envio(D(2026, 3, 2), "llamada")]
    hablada = [Envio(D(2026, 3, 2), "llamada", conversacion=True)]
    assert not incumple(siete, D(2026, 3, 5), "llamada", sin_hablar)
    assert incumple(siete, D(2026, 3, 5), "llamada", hablada)
    # El día de la conversación es el primero de los siete (12 CFR 1006.14(b)(2)(i)(B), según la
    # copia secundaria leída el 30-11-2026): del 2 al 8 de marzo no se llama; el 9, sí.
    assert incumple(siete, D(2026, 3, 8), "llamada", hablada)
    assert not incumple(siete, D(2026, 3, 9), "llamada", hablada)
    assert incumple(siete, D(2026, 3, 5), "llamada", sin_hablar, suponer_conversacion=True)
    assert incumple(siete, D(2026, 2, 27), "llamada", sin_hablar, suponer_conversacion=True)
