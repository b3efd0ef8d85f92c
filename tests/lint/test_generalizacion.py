"""El tono se detecta por familias (acto, objeto, destinatario), no por frases sueltas, y
tolera la escritura de SMS/WhatsApp. Los textos son ejemplos propios, no del corpus."""

import pytest

from generador.lint.motor import revisar_texto
from generador.lint.normalizar import RELLENO, desenmascarar


def _tono(texto: str, **contexto) -> set[tuple[str, str]]:
    return {(h.regla, h.texto) for h in revisar_texto(texto, **contexto)
            if h.categoria.startswith("tono.")}


@pytest.mark.parametrize("texto, esperado", [
    ("eres una rataaa", "eres una rata" + RELLENO * 2),
    ("embargarrr", "embargar" + RELLENO * 2),
    ("perrrro", "perro" + RELLENO * 2),
    ("eres un 3stafador", "eres un estafador"),
    ("la kasa", "la casa"),
    ("factura fac01 de 120 euros", "factura fac01 de 120 euros"),
])
def test_desenmascarar_conserva_longitud(texto, esperado):
    assert desenmascarar(texto) == esperado
    assert len(desenmascarar(texto)) == len(texto)


def test_insulto_con_letras_repetidas_y_cifras():
    assert _tono("Eres una rataaa") == {("TON006", "rata")}
    assert _tono("Eres un 3stafador.") == {("TON006", "3stafador")}


def test_quitar_la_kasa_es_amenaza_de_embargo():
    assert ("TON002", "quitar la kasa") in _tono("t vamos a quitar la kasa xq no pagas")


@pytest.mark.parametrize("texto, regla, tramo", [
    ("Mañana vamos a tu casa a buscarte.", "TON019", "vamos a tu casa"),
    ("Pobre de ti si no pagas.", "TON019", "Pobre de ti"),
    ("Ya vas a ver lo que te pasa.", "TON019", "vas a ver lo que te pasa"),
    ("Le haremos llegar la notificación a su lugar de trabajo.", "TON003",
     "notificación a su lugar de trabajo"),
    ("Tus datos y los de tus amigos serán publicados.", "TON003", "amigos serán publicados"),
    ("Somos del SAT y usted tiene un adeudo.", "TON005", "Somos del SAT"),
    ("Su caso fue turnado a nuestros abogados.", "TON005", "caso fue turnado a nuestros abogados"),
    ("La patrulla llegará a tu domicilio hoy.", "TON005", "patrulla llegará"),
    ("¿No te da vergüenza?", "TON009", "No te da vergüenza"),
    ("Usted es una persona sin palabra.", "TON006", "persona sin palabra"),
    ("Descarada, paga ya.", "TON006", "Descarada"),
])
def test_familias_nuevas(texto, regla, tramo):
    assert (regla, tramo) in _tono(texto)


def test_consecuencia_prematura_solo_con_etapa_desconocida():
    texto = "Mañana procederemos al embargo de su cuenta."
    assert ("TON018", "procederemos al embargo") in _tono(texto)
    assert not {r for r, _ in _tono(texto, etapa="reclamacion_formal")} & {"TON018", "TON010"}


@pytest.mark.parametrize("texto", [
    "Si tiene problemas para pagar, llámenos y buscamos una solución.",
    "Puede pasar por nuestra oficina a pagar en efectivo.",
    "Le deseamos que esté muy bien con su familia estas fiestas.",
    "Le escribimos desde el departamento de cobranza de Ejemplo S.A.",
    "Sin palabras para agradecer su pago puntual.",
])
def test_sin_falsas_alarmas(texto):
    assert _tono(texto) == set()
