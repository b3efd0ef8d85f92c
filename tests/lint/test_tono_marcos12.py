"""Tono de la ronda 12 (issue 10, puntos 2 y 3): agresivo dirigido a quien debe y marcos.

Los casos de ``casos/tono_marcos12.yml`` son propios. Aquí se comprueba lo que hace de cada
cambio un principio y no una frase: el grito y la exclamación solo cuentan si le hablan a quien
debe, la urgencia sola no es agresión, y un solo marco (acto x destinatario, órgano x medida)
casa con las variantes de persona, perífrasis y pasiva y calla con la negación, la prohibición,
la condición y la cita.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .casos_yaml import casos_por_codigo, hallazgos_del_caso, tramos_de

CASOS = Path(__file__).parent / "casos" / "tono_marcos12.yml"


def test_cada_regla_tocada_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    gemelos = casos_por_codigo(CASOS, "falla")
    assert all(caso.get("senala") for _, caso in gemelos)
    tocadas = {"TON011", "TON012", "TON032", "TON060", "TON061"}
    assert {codigo for codigo, _ in gemelos} == tocadas
    assert {codigo for codigo, _ in casos_por_codigo(CASOS, "pasa")} == tocadas


@pytest.mark.parametrize(("codigo", "caso"),
                         [(c, k) for c, k in casos_por_codigo(CASOS, "pasa") if c in {"TON060", "TON061"}],
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_ningun_legitimo_da_un_hallazgo_de_los_marcos_nuevos(codigo, caso, hallazgos_de):
    hallazgos = hallazgos_del_caso(hallazgos_de, caso, lambda c: c.startswith("tono."))
    assert [h for h in hallazgos if h.split()[0] in {"TON060", "TON061"}] == []


@pytest.mark.parametrize(("codigo", "caso"),
                         [(c, k) for c, k in casos_por_codigo(CASOS, "pasa") if c in {"TON011", "TON012"}],
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_la_urgencia_o_el_estado_sin_dirigirse_a_nadie_no_es_agresivo(codigo, caso,
                                                                       hallazgos_de):
    assert hallazgos_del_caso(hallazgos_de, caso, lambda c: c == "tono.agresivo") == []


@pytest.mark.parametrize(("texto", "tramo"), [
    # la misma presión gritada: con quien debe en la oración, sí; dicha de otro, no
    ("Usted DEBE PAGARLA YA.", "DEBE PAGARLA YA"),
    ("Tu deuda: PAGA YA.", "PAGA YA"),
])
def test_el_grito_dirigido_a_quien_debe_se_senala(reglamento, texto, tramo):
    assert tramos_de(reglamento, "TON011", texto) == [tramo]


def test_la_urgencia_sola_no_basta_aunque_hable_a_quien_debe(reglamento):
    assert tramos_de(reglamento, "TON011", "Señor cliente, AVISO URGENTE INMEDIATO sobre su saldo.") == []
    assert tramos_de(reglamento, "TON012", "¡¡Su factura está vencida!!") == []
    assert tramos_de(reglamento, "TON012", "¡¡Su factura está vencida, pague ya!!") == ["¡¡", "!!"]


def test_la_exclamacion_triple_sigue_siendo_un_grito(reglamento):
    assert tramos_de(reglamento, "TON012", "Factura vencida!!!") == ["!!!"]


@pytest.mark.parametrize(("texto", "tramo"), [
    # un solo marco: persona, tiempo, perífrasis y pasiva
    ("Contactaremos a su familia por la deuda.", "Contactaremos a su familia"),
    ("Vamos a contactar a tu familia si no pagas.", "contactar a tu familia"),
    ("Se procederá a notificar a su empleador del adeudo.", "notificar a su empleador"),
    ("Podríamos avisar a tus vecinos de la deuda.", "avisar a tus vecinos"),
    ("Su familia va a ser contactada por el atraso.", "Su familia va a ser contactada"),
    ("Sus hermanos serán informados de la mora.", "Sus hermanos serán informados"),
])
def test_el_marco_de_terceros_casa_con_sus_variantes(reglamento, texto, tramo):
    assert tramos_de(reglamento, "TON060", texto) == [tramo]


@pytest.mark.parametrize("texto", [
    "No contactaremos a su familia por la deuda.",
    "Nunca vamos a avisar a tus vecinos de la deuda.",
    "Está prohibido informar a su empleador de la deuda.",
    "Evite frases como «contactaremos a su familia por la deuda».",
    "Contactaremos a su familia para felicitarla por el premio.",
])
def test_el_marco_de_terceros_calla_con_negacion_prohibicion_cita_o_sin_deuda(reglamento, texto):
    assert tramos_de(reglamento, "TON060", texto) == []


@pytest.mark.parametrize(("texto", "tramo"), [
    ("El tribunal dictó una orden de embargo.", "tribunal dictó una orden"),
    ("La fiscalía giró la orden de aprehensión.", "fiscalía giró la orden"),
    ("Desalojo decretado por el juzgado de lo civil.", "Desalojo decretado por el juzgado"),
])
def test_el_marco_judicial_casa_en_activa_y_pasiva(reglamento, texto, tramo):
    assert tramos_de(reglamento, "TON061", texto) == [tramo]


@pytest.mark.parametrize("texto", [
    "El juzgado podrá ordenar el embargo tras la sentencia.",
    "En caso de juicio, el juez decidirá sobre el embargo.",
    "El juez no ordenó ningún embargo.",
])
def test_el_marco_judicial_calla_con_posibilidad_condicion_o_negacion(reglamento, texto):
    assert tramos_de(reglamento, "TON061", texto) == []
