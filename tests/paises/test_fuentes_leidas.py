"""Las frases legales que se cotejaron con el texto de la norma dicen lo que el texto dice.

Cada prueba fija una corrección hecha al leer el artículo (issue 12): el artículo correcto en la
fuente, el dato exacto en la frase y, donde la copia leída no era oficial o estaba atrasada, que
la frase deje de presentarse como verificada. Se cargan los textos reales de cada país.
"""

from __future__ import annotations

from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def legal():
    from generador.cargar import cargar

    espec = cargar(RAIZ)
    return {pais: textos.legal for pais, textos in espec.textos_pais.items()}


def test_colombia_cita_el_paragrafo_de_las_dos_comunicaciones_en_el_articulo_13(legal):
    aviso = legal["co"]["ultimo_aviso"]
    assert "art. 13, parágrafo 2" in aviso["fuente"]
    assert "legalize-dev/legalize-co:co/LEY-1266-2008.md@49ad47c5" in aviso["fuente"]
    # el art. 12 quiere la comunicación para pagar o para discutir el monto y la fecha
    assert "si no estás de acuerdo con el importe o con la fecha de vencimiento" in aviso["tu"]
    assert "si no está de acuerdo con el importe o con la fecha de vencimiento" in aviso["usted"]


def test_colombia_no_da_por_verificada_la_ley_2300_que_no_se_pudo_leer(legal):
    frase = legal["co"]["reclamacion_formal"]
    assert "art. 2" in frase["fuente"] and "art. 3" in frase["fuente"]
    assert not frase.get("verificado")
    assert "No verificado contra el texto oficial" in frase["nota"]


def test_espana_cita_los_festivos_en_el_rd_897_y_no_en_la_ley_24_2013(legal):
    for clave in ("energia_suspension", "energia_suspension_aviso"):
        fuente = legal["es"][clave]["fuente"]
        assert fuente.startswith("RD 897/2017, art. 19.") and "19.4 (" in fuente, clave
        assert "nunca en festivo" in fuente, clave
        assert "52 (no en festivos" not in fuente, clave


def test_espana_avisa_del_suministro_minimo_vital_sin_darlo_por_verificado(legal):
    frase = legal["es"]["energia_suspension"]
    assert "se limita a 3,5 kW (suministro mínimo vital)" in frase["tu"]
    assert "se limita a 3,5 kW (suministro mínimo vital)" in frase["usted"]
    assert not frase.get("verificado")
    assert "consolidadas a fechas antiguas" in frase["nota"]


def test_espana_solo_protege_el_equipo_medico_que_mantiene_con_vida(legal):
    frase = legal["es"]["energia_no_suspension"]
    for registro in ("tu", "usted"):
        assert "necesita para seguir con vida un equipo médico" in frase[registro]
        assert "menor de 16 años" in frase[registro]
        assert "pagan al menos la mitad" in frase[registro]
    assert "52.4 i)" in frase["fuente"] and "art. 20" in frase["fuente"]


def test_estados_unidos_deja_de_cobrar_hasta_enviar_la_verificacion(legal):
    for clave in ("reclamacion_formal", "ultimo_aviso", "llamada_ultimo_aviso"):
        frase = legal["us"][clave]
        assert "hasta enviarte la verificación de la deuda" in frase["tu"], clave
        assert "hasta enviarle la verificación de la deuda" in frase["usted"], clave
        assert "hasta responder" not in frase["tu"] + frase["usted"], clave


def test_chile_da_los_quince_dias_del_articulo_528(legal):
    frase = legal["cl"]["seguros_impago"]
    assert "terminará quince días después de su envío" in frase["tu"]
    assert "terminará quince días después de su envío" in frase["usted"]
    assert frase["verificado"] and "codigo-de-comercio.md@0e643b1e" in frase["fuente"]


@pytest.mark.parametrize(("pais", "clave", "copia"), [
    ("pe", "reclamacion_formal", "crafter-research/legalize-pe:"),
    ("pe", "reclamacion_formal_b2b", "crafter-research/legalize-pe:"),
    ("ar", "reclamacion_formal", "legalize-dev/legalize-ar:"),
    ("ar", "reclamacion_formal_b2b", "legalize-dev/legalize-ar:"),
    ("co", "reclamacion_formal_b2b", "legalize-dev/legalize-co:"),
    ("es", "cesion_a_agencia_b2c", "legalize-dev/legalize-es:"),
    ("us", "cesion_a_agencia_b2c", "legalize-dev/legalize-us:"),
])
def test_lo_verificado_en_una_copia_no_oficial_lo_dice_con_su_commit(legal, pais, clave, copia):
    frase = legal[pais][clave]
    assert frase["verificado"]
    assert "copia no oficial" in frase["fuente"]
    assert copia in frase["fuente"] and "@" in frase["fuente"].split(copia, 1)[1][:80]
