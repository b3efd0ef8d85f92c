"""Buscar una frase solo si puede estar y solo donde puede empezar da lo mismo que buscarla
siempre con ``search`` (:mod:`generador.lint.busqueda_frases`)."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint.busqueda_frases import MAX_INTENTOS, buscar, requisitos
from generador.lint.contexto import Contexto
from generador.lint.frases import buscar_varias, compilar_una

FRASES = [
    "estimado|estimada|apreciado ... contacto|familiar de|del", "pagar hoy", "pag* ya",
    "embarg* ... sueldo|nomina", "le|te denunciaremos", "hoy mismo", "ultimo aviso", "s.a hoy",
    "carcel|prision", "su jefe|empleador", "aaa|aab|aac ya", "denunciaremos*|denunciaremoslo hoy",
    "usted|tu es|eres la|su referencia",
]
PALABRAS = [
    "estimado", "Estimada", "apreciado", "contacto", "familiar", "de", "del", "pagar", "Pague",
    "HOY", "ya", "mismo", "embargo", "embargaremos", "sueldo", "nómina", "le", "te",
    "denunciaremos", "denunciaremoslos", "último", "aviso", "S.A", "cárcel", "su", "jefe",
    "aaa", "aab", "aaab", "xaac", "usted", "tu", "es", "eres", "la", "referencia", ".", ",",
    "\n\n", "\n", "¿", "x", "/", "-",
]


@cache
def _una(frase: str):
    return compilar_una(frase)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PALABRAS), max_size=40).map(" ".join),
       st.integers(0, len(FRASES) - 1), st.integers(0, 60))
def test_posible_y_buscar_dan_lo_mismo_que_search(texto, k, desde):
    frase = FRASES[k]
    ctx = Contexto(texto=texto, marcadores=[])
    plegado = ctx.plegado
    patron = _una(frase)
    propios = requisitos(frase)
    assert propios is not None
    esperado = patron.search(plegado, desde)
    if esperado is not None:  # si casa, tiene todas sus palabras: nunca se descarta
        assert propios.posible(ctx.palabras, ctx)
    obtenido = buscar(patron, propios.inicios, plegado, desde)
    assert (obtenido and obtenido.span()) == (esperado and esperado.span())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PALABRAS), max_size=40).map(" ".join),
       st.sets(st.integers(0, len(FRASES) - 1), min_size=1))
def test_buscar_varias_con_inicios_da_lo_mismo_que_sin_ellos(texto, elegidas):
    plegado = Contexto(texto=texto, marcadores=[]).plegado
    patrones = [(k, _una(FRASES[k])) for k in sorted(elegidas)]
    inicios = [requisitos(FRASES[k]).inicios for k in sorted(elegidas)]
    assert buscar_varias(patrones, plegado, inicios) == buscar_varias(patrones, plegado)


def test_a_una_palabra_de_la_frase_le_falta_su_par_y_no_es_posible():
    propios = requisitos("estimado|estimada ... contacto|familiar de|del")
    con = Contexto(texto="Estimada Ana: le escribe un familiar de Luis.", marcadores=[])
    sin = Contexto(texto="Estimada Ana: le escribimos por su factura.", marcadores=[])
    assert propios.fichas[0] == (frozenset({"estimado", "estimada"}), ())
    assert propios.posible(con.palabras, con)
    assert not propios.posible(sin.palabras, sin)


def test_una_familia_basta_con_una_palabra_que_empiece_por_su_raiz():
    propios = requisitos("embarg* ... sueldo|nomina")
    assert propios.fichas == ((frozenset(), ("embarg",)), (frozenset({"sueldo", "nomina"}), ()))
    ctx = Contexto(texto="Embargaremos su nómina.", marcadores=[])
    assert propios.posible(ctx.palabras, ctx)
    ctx = Contexto(texto="Revisaremos su nómina.", marcadores=[])
    assert not propios.posible(ctx.palabras, ctx)
    largo = requisitos("desahuciarem* hoy")
    ctx = Contexto(texto="Desahuciaremos hoy.", marcadores=[])
    otro = Contexto(texto="Desahuciar hoy.", marcadores=[])
    assert largo.posible(ctx.palabras, ctx) and not largo.posible(otro.palabras, otro)


def test_una_palabra_con_signos_no_descarta_y_los_lemas_no_se_analizan():
    propios = requisitos("s.a hoy")
    assert propios.fichas == ((frozenset({"hoy"}), ()),)
    assert requisitos("quitar+ casa") is None


def test_solo_se_busca_por_inicios_con_varias_alternativas_de_tres_letras_o_mas():
    assert requisitos("estimado|estimada hoy").inicios == ("estimado", "estimada")
    assert requisitos("pagar hoy").inicios is None  # una sola: regex ya salta a sus apariciones
    assert requisitos("le|te denunciaremos").inicios is None  # «le» aparece en todas partes


def test_tras_varios_intentos_sin_casar_sigue_con_search():
    patron = _una("aaa|aab ya")
    texto = " ".join(["aaa no"] * (MAX_INTENTOS + 3) + ["aab ya"])
    esperado = patron.search(texto)
    assert buscar(patron, ("aaa", "aab"), texto).span() == esperado.span()
    assert texto[slice(*esperado.span())] == "aab ya"
