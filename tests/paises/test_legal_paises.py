"""Lo legal que cambia por país: cada país dice su propia ley (o, si no se pudo leer, remite
al contrato y a la normativa sin inventar plazos), y cada frase legal lleva su fuente.

Se compone el árbol real con ``componer(..., pais=cc)``: el texto de la plantilla, con los
marcadores sin rellenar, y ``fuentes_legales`` (lo que el sitio y catalogo.json muestran).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generador.componer import Filtros, componer

RAIZ = Path(__file__).resolve().parents[2]
OTROS = ("mx", "co", "pe", "cl", "ar", "us")
#: La ley española que no puede aparecer en otro país (texto o fuente).
LEY_ESPANOLA = re.compile(r"RD 897/2017|RD 1955/2000|Ley 24/2013|bono social|Ley 50/1980"
                          r"|Ley de Contrato de Seguro|Ley 3/2004|LOPDGDD|\bBOE\b|boe\.es")
FECHA = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture(scope="module")
def espec():
    from generador.cargar import cargar

    return cargar(RAIZ)


def _unica(espec, pais, **filtro):
    (plantilla,) = componer(espec, Filtros(**filtro), pais=pais).plantillas
    return plantilla


# -- Energía b2c: las tres cartas reguladas existen en cada país, con su ley -------------------

@pytest.mark.parametrize("pais", OTROS)
@pytest.mark.parametrize("tipo", ["reclamacion_formal", "ultimo_aviso", "aviso_suspension_servicio"])
def test_las_cartas_reguladas_de_energia_existen_en_cada_pais_sin_ley_espanola(espec, pais, tipo):
    plantillas = componer(espec, Filtros(sector="energia", audiencia="b2c", tipo=tipo),
                          pais=pais).plantillas
    assert {(p.canal, p.registro) for p in plantillas} >= {
        ("carta", "tu"), ("carta", "usted"), ("email", "tu"), ("email", "usted")}
    for p in plantillas:
        assert "[[" not in p.cuerpo, p.id
        assert not LEY_ESPANOLA.search(p.cuerpo), p.id
        if p.canal != "sms":
            assert p.fuentes_legales, p.id
            assert not any(LEY_ESPANOLA.search(f) for f in p.fuentes_legales), p.id


def test_la_carta_formal_de_energia_de_mexico_remite_al_contrato_y_dice_que_no_se_verifico(espec):
    p = _unica(espec, "mx", sector="energia", audiencia="b2c", tipo="reclamacion_formal",
               canal="carta", registro="usted")
    assert ("a partir del {{ fecha_suspension }} podremos solicitar la suspensión del suministro "
            "de su domicilio, en los términos de su contrato de suministro y de la regulación "
            "aplicable") in p.cuerpo
    assert "queja ante la Profeco" in p.cuerpo
    fuente = next(f for f in p.fuentes_legales if "regulación" in f or "Contrato" in f)
    assert "no verificados" in fuente or "sin norma" in fuente


def test_la_carta_formal_de_energia_de_colombia_cita_la_ley_142_y_sus_recursos(espec):
    p = _unica(espec, "co", sector="energia", audiencia="b2c", tipo="reclamacion_formal",
               canal="carta", registro="tu")
    assert "como permite el artículo 140 de la Ley 142 de 1994" in p.cuerpo
    assert "apelación ante la Superintendencia de Servicios Públicos Domiciliarios" in p.cuerpo
    assert any("Ley 142 de 1994, art. 140" in f and
               "https://compilacionjuridica.shd.gov.co/compilacion/docs/ley_0142_1994.htm" in f
               and "leído 2026-11-30" in f for f in p.fuentes_legales)


def test_en_espana_la_carta_formal_de_energia_sigue_siendo_el_requerimiento_del_rd_897(espec):
    p = _unica(espec, "es", sector="energia", audiencia="b2c", tipo="reclamacion_formal",
               canal="carta", registro="tu")
    assert "Te enviamos este requerimiento fehaciente" in p.cuerpo
    assert "bono social" in p.cuerpo
    assert any("RD 897/2017" in f and "BOE-A-2017-11505" in f for f in p.fuentes_legales)


def test_el_aviso_de_suspension_de_argentina_va_con_voseo(espec):
    p = _unica(espec, "ar", sector="energia", audiencia="b2c", tipo="aviso_suspension_servicio",
               canal="carta", registro="tu")
    assert "si pagás antes, no habrá corte" in p.cuerpo
    assert "avisanos antes del {{ fecha_suspension }} y no pediremos el corte" in p.cuerpo


@pytest.mark.parametrize(("registro", "frase"), [
    ("tu", "Si vos o alguien que vive con vos está registrado como electrodependiente por "
           "cuestiones de salud, la Ley 27.351 (artículo 2) garantiza en tu domicilio el servicio "
           "eléctrico en forma permanente"),
    ("usted", "Si usted o alguien que vive con usted está registrado como electrodependiente por "
              "cuestiones de salud, la Ley 27.351 (artículo 2) garantiza en su domicilio el "
              "servicio eléctrico en forma permanente"),
])
def test_el_aviso_de_suspension_de_argentina_protege_al_electrodependiente_con_su_ley(espec,
                                                                                      registro,
                                                                                      frase):
    p = _unica(espec, "ar", sector="energia", audiencia="b2c", tipo="aviso_suspension_servicio",
               canal="carta", registro=registro)
    assert frase in p.cuerpo
    (fuente,) = [f for f in p.fuentes_legales if "Ley 27.351" in f]
    assert "art. 2 («El titular del servicio" in fuente
    assert "legalize-dev/legalize-ar:ar/LEY-27351.md@349ea209" in fuente


@pytest.mark.parametrize("pais", ("es", "mx", "co", "pe", "cl", "us"))
def test_la_ley_argentina_de_electrodependientes_no_sale_en_otro_pais(espec, pais):
    for p in componer(espec, Filtros(sector="energia", audiencia="b2c"), pais=pais).plantillas:
        assert "27.351" not in p.cuerpo, p.id


# -- Seguros b2c: la ley de seguros de cada país ----------------------------------------------

@pytest.mark.parametrize(("pais", "cita"), [
    ("mx", "Según el artículo 40 de la Ley sobre el Contrato de Seguro"),
    ("co", "El artículo 1068 del Código de Comercio establece que la mora en el pago de la prima "
           "produce la terminación automática del contrato"),
    ("pe", "Según la Ley del Contrato de Seguro (Ley 29946)"),
    ("cl", "la comunicación que prevé el artículo 528 del Código de Comercio"),
    ("ar", "Según la cláusula de cobranza del premio de tu póliza"),
    ("us", "con el aviso previo por escrito y el periodo de gracia que exija la ley de seguros de "
           "tu estado"),
])
def test_la_reclamacion_de_seguros_cita_la_ley_de_su_pais(espec, pais, cita):
    p = _unica(espec, pais, sector="seguros", tipo="reclamacion_formal", canal="email",
               registro="tu")
    assert cita in p.cuerpo
    assert not LEY_ESPANOLA.search(p.cuerpo)
    assert p.fuentes_legales and all(FECHA.search(f) for f in p.fuentes_legales)


@pytest.mark.parametrize("pais", ("es", *OTROS))
def test_el_ultimo_aviso_de_seguros_no_combina_reclamacion_judicial_y_perdida_del_seguro(espec,
                                                                                          pais):
    p = _unica(espec, pais, sector="seguros", tipo="ultimo_aviso", canal="carta",
               registro="usted")
    assert re.search(r"No (?:reclamaremos|vamos a reclamar) (?:este recibo|la prima|el premio) "
                     r"por vía judicial", p.cuerpo)
    assert "reclamaremos por la vía judicial" not in p.cuerpo


# -- B2B: interés de demora legal por país, solo entre empresas -------------------------------

@pytest.mark.parametrize(("pais", "frase", "fuente"), [
    ("es", "el tipo del Banco Central Europeo más ocho puntos), y el artículo 8 de esa ley nos "
           "reconoce 40 euros por factura", "Ley 3/2004, de 29 de diciembre, arts. 7"),
    ("mx", "el artículo 362 del Código de Comercio fija el seis por ciento anual",
     "Código de Comercio, art. 362"),
    ("co", "el artículo 884 del Código de Comercio lo fija en una y media veces el interés "
           "bancario corriente", "art. 884"),
    ("pe", "el que corresponda según el Código Civil", "arts. 1242 a 1246"),
    ("ar", "según el artículo 768 del Código Civil y Comercial", "art. 768"),
])
def test_la_reclamacion_b2b_da_el_interes_de_demora_legal_del_pais(espec, pais, frase, fuente):
    b2b = _unica(espec, pais, sector="tecnologia", tipo="reclamacion_formal", canal="email",
                 registro="usted")
    assert frase in b2b.cuerpo
    assert any(fuente in f for f in b2b.fuentes_legales)
    b2c = _unica(espec, pais, sector="turismo", tipo="reclamacion_formal", canal="email",
                 registro="usted")
    assert frase not in b2c.cuerpo


def test_el_interes_b2b_de_espana_no_llega_a_un_consumidor(espec):
    for p in componer(espec, Filtros(audiencia="b2c"), pais="es").plantillas:
        assert "Ley 3/2004" not in p.cuerpo and "40 euros" not in p.cuerpo, p.id


# -- Traspaso a agencia: lo que exige cada país, solo a consumidores --------------------------

@pytest.mark.parametrize(("pais", "frase"), [
    ("es", "no supone comunicar su deuda a ASNEF, a Experian-Badexcug ni a ningún otro fichero"),
    ("mx", "que en cada contacto se identifique con su nombre, domicilio y teléfono"),
    ("co", "la comunicación previa del artículo 12 de la Ley 1266 de 2008, con al menos 20 días"),
    ("pe", "ni los sábados, domingos o feriados, ni enviarle documentos que parezcan judiciales"),
    ("cl", "escribirle como máximo dos veces por semana con dos días de separación"),
    ("ar", "La ley obliga al estudio a darle un trato digno"),
    ("us", "el aviso de validación de la deuda: el importe, el nombre del acreedor y un plazo de "
           "treinta días para disputarla"),
])
def test_el_traspaso_a_agencia_dice_lo_que_exige_la_ley_del_pais(espec, pais, frase):
    consumidor = _unica(espec, pais, sector="turismo", tipo="cesion_a_agencia", canal="carta",
                        registro="usted")
    assert frase in consumidor.cuerpo
    assert consumidor.fuentes_legales
    empresa = _unica(espec, pais, sector="construccion", tipo="cesion_a_agencia", canal="carta",
                     registro="usted")
    assert frase not in empresa.cuerpo


def test_el_aviso_de_validacion_de_estados_unidos_cita_la_fdcpa(espec):
    p = _unica(espec, "us", sector="turismo", tipo="cesion_a_agencia", canal="email",
               registro="tu")
    (fuente,) = [f for f in p.fuentes_legales if "1692g" in f]
    assert "15 U.S.C. § 1692g(a) y (b)" in fuente and "leído 2026-11-30" in fuente


# -- Cada frase legal de cada país lleva su fuente, y dice lo que no se leyó -------------------

@pytest.mark.parametrize("pais", ("es", *OTROS))
def test_cada_frase_legal_del_pais_cita_su_fuente_con_fecha(espec, pais):
    legal = espec.textos_pais[pais].legal
    sin_fuente = [c for c, f in legal.items()
                  if (f.get("tu") or f.get("usted")) and not f.get("fuente")]
    sin_fecha = [c for c, f in legal.items() if f.get("fuente") and not FECHA.search(f["fuente"])]
    assert (sin_fuente, sin_fecha) == ([], [])


@pytest.mark.parametrize("pais", ("es", *OTROS))
def test_verificado_solo_donde_se_leyo_el_texto_oficial(espec, pais):
    dudosas = re.compile(r"no se ha leído|no leído|de memoria|secundaria|no se leyó",
                         re.IGNORECASE)
    for clave, frase in espec.textos_pais[pais].legal.items():
        if frase.get("verificado"):
            assert not dudosas.search(f"{frase.get('fuente', '')} {frase.get('nota', '')}"), clave


def test_sin_exclusiones_por_pais_en_las_cartas_de_energia_y_seguros(espec):
    for sector in ("energia", "seguros"):
        perfil = espec.sectores[sector].perfiles["b2c"]
        assert [e for e in perfil.exclusiones if e.paises] == [], sector
