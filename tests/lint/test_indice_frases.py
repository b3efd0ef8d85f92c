"""El filtro de literales obligatorios: buscar solo las frases cuya palabra ancla está en el
mensaje, cada una con su expresión, da exactamente lo mismo que la expresión unida."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint.contexto import Contexto
from generador.lint.frases import buscar_varias, compilar, compilar_una, indice, indice_de
from generador.lint.motor import revisar_texto

FRASES = [
    "pagar hoy", "pag* ya", "embarg* ... sueldo|nomina", "le|te denunciaremos", "usted",
    "hoy mismo", "ultimo aviso", "s.a", "carcel|prision", "su jefe|empleador", "ya",
]
PALABRAS = [
    "pagar", "Pague", "HOY", "ya", "mismo", "embargo", "embargaremos", "de", "su", "sueldo",
    "nómina", "le", "te", "denunciaremos", "usted", "último", "aviso", "S.A", "cárcel", "jefe",
    ".", ",", "\n\n", "¿", "x",
]


@cache
def _una(frase: str):
    return compilar_una(frase)


@cache
def _union(frases: tuple[str, ...]):
    return compilar(list(frases))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PALABRAS), max_size=40).map(" ".join),
       st.sets(st.integers(0, len(FRASES) - 1), min_size=1))
def test_buscar_solo_las_candidatas_da_lo_mismo_que_la_union(texto, elegidas):
    frases = [FRASES[i] for i in sorted(elegidas)]
    ctx = Contexto(texto=texto, marcadores=[])
    esperado = [(m.start(), m.end(), indice_de(m)) for m in _union(tuple(frases)).finditer(ctx.plegado)]
    candidatas = ctx.candidatas(indice(frases))
    obtenido = buscar_varias([(k, _una(frases[k])) for k in candidatas], ctx.plegado)
    assert obtenido == esperado
    # una frase que casa tiene su ancla en el texto: nunca queda fuera de las candidatas
    assert {k for _, _, k in esperado} <= set(candidatas)


def test_en_una_misma_posicion_gana_la_frase_de_indice_menor():
    frases = ["pag* ya", "pagar hoy", "pagar"]
    ctx = Contexto(texto="Debe pagar hoy, o pagar ya.", marcadores=[])
    obtenido = buscar_varias([(k, _una(f)) for k, f in enumerate(frases)], ctx.plegado)
    assert [(ctx.texto[a:b], k) for a, b, k in obtenido] == [("pagar hoy", 1), ("pagar ya", 0)]


def test_sin_anclas_en_el_mensaje_no_hay_candidatas():
    ctx = Contexto(texto="Hola, Ana: tu factura vence el lunes.", marcadores=[])
    assert ctx.candidatas(indice(["embarg* ... sueldo|nomina", "carcel|prision"])) == []


def test_el_prefiltro_no_cambia_los_hallazgos_de_un_lote():
    """Desde el segundo documento las reglas de frases sin ancla en el mensaje ni se llaman;
    los hallazgos son los mismos que revisando cada texto con un motor nuevo."""
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, Opciones, documento_de_texto

    textos = [
        "Hola, Ana: tu factura de 20 € vence el 5 de mayo. Escríbenos a cobros@ejemplo.es.",
        "Si no paga hoy mismo le denunciaremos y embargaremos su nómina. Es usted un moroso.",
        "Le recordamos que la factura sigue pendiente. Llame al 910 123 456.",
        "ÚLTIMO AVISO!!! Avisaremos a su jefe y a su familia.",
    ]
    motor = Motor(Opciones())
    config = Configuracion()
    reglas = motor.activas(config)
    en_lote = [[(h.regla, h.columna, h.texto) for h in motor.revisar_documento(
        documento_de_texto(t), config, reglas)[0]] for t in textos * 2]
    sueltos = [[(h.regla, h.columna, h.texto) for h in revisar_texto(t)] for t in textos * 2]
    assert en_lote == sueltos
    assert {"TON006", "TON002"} <= {r for hallazgos in en_lote for r, _, _ in hallazgos}
