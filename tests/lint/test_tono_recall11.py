"""Tono de la ronda 11 (issue 10): familias que generalizan, no frases vistas.

Los casos de ``casos/tono_recall11.yml`` son propios: para cada familia nueva
(``reglas/tono_terceros.yml`` y ``reglas/tono_amenaza2.yml``), gemelos abusivos con el tramo
exacto (los comprueba también ``test_casos_reglas.py``) y casi iguales legítimos que ninguna
regla de la **misma categoría** de las familias nuevas señala. Y lo que hace de una familia una
familia: una sola frase casa con las variantes de persona, voz, país y registro del mismo
principio (el recado en tú, usted y vos; el crédito cerrado con otras palabras; el proceso
dado por hecho con cualquier sustantivo judicial).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .casos_yaml import casos_por_codigo, hallazgos_del_caso, tramos_de

CASOS = Path(__file__).parent / "casos" / "tono_recall11.yml"
NUEVAS = {"TON050", "TON051", "TON052", "TON053"}


def test_cada_familia_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    gemelos = casos_por_codigo(CASOS, "falla")
    assert len(gemelos) >= 30 and all(caso.get("senala") for _, caso in gemelos)
    assert len(casos_por_codigo(CASOS, "pasa")) >= 25
    assert {codigo for codigo, _ in gemelos} == NUEVAS
    assert {codigo for codigo, _ in casos_por_codigo(CASOS, "pasa")} == NUEVAS


@pytest.mark.parametrize(("codigo", "caso"), casos_por_codigo(CASOS, "pasa"),
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_ningun_legitimo_da_un_hallazgo_de_las_familias_nuevas_de_su_categoria(
        codigo, caso, hallazgos_de, reglamento):
    categoria = reglamento.buscar(codigo).categoria
    nuevas_de_la_categoria = {c for c in NUEVAS if reglamento.buscar(c).categoria == categoria}
    hallazgos = hallazgos_del_caso(hallazgos_de, caso, lambda c: c == categoria)
    assert [h for h in hallazgos if h.split()[0] in nuevas_de_la_categoria] == []


@pytest.mark.parametrize(("codigo", "texto", "tramo"), [
    # el recado al tercero, en usted, tú y vos, con petición o en imperativo
    ("TON050", "Le rogamos avisarle a su vecino que regularice.", "rogamos avisarle"),
    ("TON050", "Porfa, avísale a tu novia que debe la cuota.", "avísale a tu novia"),
    ("TON050", "Recordale a tu cuñada que tiene un atraso.", "Recordale a tu cuñada"),
    # el trabajo: verbo en pasiva refleja, futuro y sustantivo
    ("TON050", "Se informará a su jefe del adeudo.", "informará a su jefe"),
    ("TON050", "Visita a su centro laboral por la deuda vencida.", "Visita a su centro laboral"),
    # sin crédito para siempre con otras palabras, y el caso pasado a la fiscalía en pasiva
    ("TON051", "Estarás vetada del sector bancario.", "vetada del sector bancario"),
    ("TON051", "Tu caso será remitido a la fiscalía.", "remitido a la fiscalía"),
    ("TON051", "La siguiente visita no será tan cordial.", "siguiente visita no será tan"),
    # el proceso dado por hecho con sustantivos distintos
    ("TON052", "Desalojo programado para el viernes.", "Desalojo programado"),
    ("TON052", "Embargo decretado contra su cuenta.", "Embargo decretado"),
    ("TON052", "Demanda en trámite por su adeudo.", "Demanda en trámite"),
])
def test_una_frase_de_familia_casa_con_las_variantes_del_mismo_principio(reglamento, codigo,
                                                                        texto, tramo):
    assert tramos_de(reglamento, codigo, texto) == [tramo]


@pytest.mark.parametrize(("codigo", "texto"), [
    # lo negado o presentado como prohibido no se señala (generador/lint/marcos.py)
    ("TON050", "Nunca le pediremos avisarle a su familia de la deuda."),
    ("TON051", "Nadie te va a encerrar por una deuda civil."),
    ("TON052", "No hay ningún embargo programado: su cuenta está al corriente."),
    # el aval y el fiador solidario que firmaron pueden ser requeridos
    ("TON050", "Como avalista del crédito, le pedimos recordarle al titular el pago de la cuota."),
])
def test_lo_negado_prohibido_o_firmado_no_se_senala(reglamento, codigo, texto):
    assert tramos_de(reglamento, codigo, texto) == []
