"""Las frases legales que se cotejaron con el texto de la norma dicen lo que el texto dice.

Cada prueba fija una corrección hecha al leer el artículo (issue 12): el artículo correcto en la
fuente, el dato exacto en la frase y, donde la copia leída no era oficial o estaba atrasada, que
la frase deje de presentarse como verificada. Se cargan los textos reales de cada país.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

RAIZ = Path(__file__).resolve().parents[2]


class Leido(NamedTuple):
    """Lo leído en una copia de la norma: la copia (repositorio:ruta@commit) y el texto exacto
    que sostiene la frase o la regla. ``copia`` vacía: no se encontró texto legible, y
    ``cita`` es lo que dicen las fuentes secundarias, que la regla debe nombrar."""

    copia: str
    cita: str


#: Textos leídos el 2026-11-30 (issue de fuentes pendientes). Cada prueba de abajo comprueba
#: que la frase o la regla dice lo mismo que la cita y nombra la copia.
LEIDO = {
    "Ley 19.496 (Chile), art. 37": Leido(
        "fgreve/legalize-cl:cl/BCN-61438.md@aca3985b",
        "en obligaciones de hasta 10 unidades de fomento, 9%; por la parte que exceda de 10 y "
        "hasta 50 unidades de fomento, 6%, y por la parte que exceda de 50 unidades de fomento, "
        "3%. Los porcentajes indicados se aplicarán transcurridos los primeros veinte días de "
        "atraso [...] se entenderá que no se da cumplimiento a dichos principios cuando, respecto "
        "de otras actuaciones de cobranza extrajudicial realizadas a través de otros medios, tales "
        "como correspondencia por correo, mensajes de texto, correos electrónicos o aplicaciones "
        "de mensajería instantánea, se realicen más de dos gestiones por semana, las que deberán "
        "contar con una separación de, al menos, dos días. Las actuaciones de cobranza "
        "extrajudicial no podrán considerar el envío al consumidor de ninguna clase de documento, "
        "mensaje o comunicación que sea, aparente ser o haga referencia a un escrito, resolución o "
        "actuación judicial de toda especie"),
    "Ley 19.496 (Chile), art. 37, lo que se informa al iniciar la cobranza": Leido(
        "fgreve/legalize-cl:cl/BCN-61438.md@aca3985b",
        "3) En el caso que se cobren intereses, la liquidación de los mismos, con mención "
        "expresa, clara y precisa de las tasas aplicadas, del tipo de interés y del período sobre "
        "el cual aquéllos recaen; 4) En el caso que sean aplicables costos o gastos de cobranza, "
        "la mención expresa de éstos, su monto, causa y origen de conformidad a la ley [...] "
        "6) Los derechos que le asisten en conformidad a esta ley en materia de cobranza "
        "extrajudicial, en especial el requerir el envío por escrito de la información señalada "
        "en los numerales precedentes [...] En ningún caso la comunicación entregada podrá "
        "contener menciones a eventuales consecuencias de procedimientos judiciales que no se "
        "hayan iniciado o relacionadas a registros o bancos de datos de información de carácter "
        "económico, financiero o comercial"),
    "RD 897/2017, anexo III, apéndice I": Leido(
        "leyabierta/leyes:es/BOE-A-2017-11505.md@0495c0eb",
        "transcurridos cuatro meses desde la recepción del requerimiento fehaciente de pago, se "
        "adaptará su potencia, durante otros seis meses adicionales, a un suministro mínimo vital "
        "de 3,5 kW. Durante este tiempo no podrá ser suspendido su suministro"),
    "Ley 27.351 (Argentina), art. 2": Leido(
        "legalize-dev/legalize-ar:ar/LEY-27351.md@349ea209",
        "El titular del servicio o uno de sus convivientes que se encuentre registrado como "
        "electrodependiente por cuestiones de salud tendrá garantizado en su domicilio el "
        "servicio eléctrico en forma permanente"),
    "Ley 10/2025 (España), art. 1": Leido(
        "legalize-dev/legalize-es:es/BOE-A-2025-26698.md@ce6ed222",
        "Esta ley tiene por objeto la regulación de los niveles mínimos de calidad y de la "
        "evaluación de los servicios de atención a la clientela"),
    "Ley 29946 (Perú), encabezado": Leido(
        "", "LEY N° 29946 [...] LEY DEL CONTRATO DE SEGURO (deperu.com, reproducción de El "
            "Peruano del 27-nov-2012; el art. 21 no se encontró)"),
    "CONDUSEF, disposiciones de despachos de cobranza (DOF 7-oct-2014)": Leido(
        "", "Comunicarse o presentarse en un horario de 7:00 a 22:00 horas, de acuerdo a los husos "
            "horarios en que se encuentre el deudor (buenastareas.com; el DOF no se encontró)"),
    "Código de Comercio (México), art. 362": Leido(
        "", "deberán satisfacer, desde el día siguiente al del vencimiento, el interés pactado para "
            "este caso, o en su defecto el seis por ciento anual (cita de un documento público; "
            "el Código no se encontró)"),
    "Ley 6171 (CABA)": Leido(
        "", "reglamenta la actividad de los agentes de las Agencias de Cobranzas que actúan en la "
            "Ciudad Autónoma de Buenos Aires (noetingeryarmando.com; la ley no se encontró)"),
    "Regulation F, 12 CFR 1006.14(b)(2)(i)(B)": Leido(
        "", "Within a period of seven consecutive days after having had a telephone conversation "
            "with the person in connection with the collection of such debt (reproducción "
            "secundaria del eCFR; 12 CFR 1006 no se encontró)"),
}


@pytest.fixture(scope="module")
def reglas():
    from generador.lint.cargar_reglas import cargar

    return cargar()


def _contacto(pais: str):
    from generador.plan.limites import cargar_pais

    contacto = cargar_pais(RAIZ, pais).reglas_contacto
    return {x.nombre: x for x in (*contacto.horarios, *contacto.limites)}


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


def test_espana_avisa_del_suministro_minimo_vital_cotejado_con_el_rd_897_vigente(legal):
    leido = LEIDO["RD 897/2017, anexo III, apéndice I"]
    assert "durante otros seis meses adicionales, a un suministro mínimo vital de 3,5 kW" in leido.cita
    frase = legal["es"]["energia_suspension"]
    assert "si tienes contratada más potencia, se limita a 3,5 kW (suministro mínimo vital)" in frase["tu"]
    assert "si tiene contratada más potencia, se limita a 3,5 kW (suministro mínimo vital)" in frase["usted"]
    assert "durante seis meses más, el suministro no se corta" in frase["tu"]
    assert frase["verificado"]
    assert leido.copia in frase["fuente"] and leido.cita in frase["fuente"]
    assert ("19.5 (potencia límite del suministro mínimo vital: 3,5 kW, solo si la contratada es "
            "mayor)") in frase["fuente"]


def test_espana_pide_el_bono_social_segun_el_articulo_7_y_no_el_6(legal):
    fuente = legal["es"]["energia_ayudas"]["fuente"]
    assert "7.2 (solicitud al comercializador de referencia)" in fuente
    assert "3.2 d, beneficiarios del ingreso mínimo vital" in fuente
    assert LEIDO["RD 897/2017, anexo III, apéndice I"].copia in fuente


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


# -- Fuentes leídas el 2026-11-30 -------------------------------------------------------------

def test_chile_da_gastos_y_frecuencias_del_articulo_37_leido_en_leychile(legal, reglas):
    leido = LEIDO["Ley 19.496 (Chile), art. 37"]
    assert "transcurridos los primeros veinte días de atraso" in leido.cita
    for clave in ("reclamacion_formal", "ultimo_aviso", "cesion_a_agencia_b2c"):
        frase = legal["cl"][clave]
        assert frase["verificado"] and leido.copia in frase["fuente"], clave
    assert "será después de 20 días de atraso" in legal["cl"]["reclamacion_formal"]["tu"]
    assert "«transcurridos los primeros veinte días de atraso»" in legal["cl"]["reclamacion_formal"]["fuente"]
    assert "«con una separación de, al menos, dos días»" in legal["cl"]["cesion_a_agencia_b2c"]["fuente"]
    assert "escribirle como máximo dos veces por semana con dos días de separación" in \
        legal["cl"]["cesion_a_agencia_b2c"]["usted"]
    for codigo in ("CHL001", "CHL002", "CHL003"):
        regla = reglas.buscar(codigo)
        assert leido.copia in regla.referencia and str(regla.verificado) == "2026-11-30", codigo
    assert "9 % hasta 10 UF, 6 % por la parte que exceda de 10 y hasta 50 UF, 3 %" in \
        reglas.buscar("CHL002").referencia


def test_chile_la_reclamacion_formal_dice_el_derecho_a_la_liquidacion_por_escrito(legal):
    """Art. 37, n.º 3, 4 y 6: al cobrar se informa de la liquidación de intereses (tasa, tipo y
    período) y de gastos (monto, causa y origen) y del derecho a pedirla por escrito."""
    leido = LEIDO["Ley 19.496 (Chile), art. 37, lo que se informa al iniciar la cobranza"]
    assert "el requerir el envío por escrito de la información" in leido.cita
    frase = legal["cl"]["reclamacion_formal"]
    assert ("Ese mismo artículo te da derecho a pedirnos por escrito el detalle de lo que te "
            "cobramos: de los intereses, la tasa aplicada, el tipo de interés y el período que "
            "cubren; de los gastos, su monto, su causa y su origen.") in frase["tu"]
    assert ("Ese mismo artículo le da derecho a pedirnos por escrito el detalle de lo que le "
            "cobramos: de los intereses, la tasa aplicada, el tipo de interés y el período que "
            "cubren; de los gastos, su monto, su causa y su origen.") in frase["usted"]
    for numeral in ("(n.º 3)", "(n.º 4)", "(n.º 6)", "«su monto, causa y origen»",
                    "de las tasas aplicadas, del tipo de interés y del período sobre el cual "
                    "aquéllos recaen»", leido.copia):
        assert numeral in frase["fuente"], numeral
    assert frase["verificado"]
    # lo que el mismo artículo prohíbe mencionar en esa comunicación no aparece
    for prohibido in ("registro", "DICOM", "boletín", "juicio", "demanda"):
        assert prohibido.lower() not in (frase["tu"] + frase["usted"]).lower(), prohibido



def test_chile_no_sugiere_anunciar_la_demanda_que_el_articulo_37_desaconseja(reglas):
    assert "haga referencia a un escrito, resolución o actuación judicial" in \
        LEIDO["Ley 19.496 (Chile), art. 37"].cita
    chl003 = reglas.buscar("CHL003")
    textos = [*chl003.sugerencias["tu"], *chl003.sugerencias["usted"],
              *(e.texto for e in chl003.correcto), *(e.corregido or "" for e in chl003.incorrecto)]
    assert not [t for t in textos if "demanda" in t or "acciones legales" in t]
    assert "le informaremos por escrito de los pasos siguientes" in chl003.sugerencias["usted"][0]


def test_chile_cuenta_llamadas_y_escritos_con_el_texto_del_articulo_37():
    contacto = _contacto("cl")
    copia = LEIDO["Ley 19.496 (Chile), art. 37"].copia
    for nombre in ("cl_horario_llamadas_visitas", "cl_una_llamada_o_visita_por_semana",
                   "cl_dos_escritos_por_semana", "cl_dos_dias_entre_escritos"):
        assert copia in contacto[nombre].nota, nombre
        assert contacto[nombre].fuente.url == "https://www.bcn.cl/leychile/navegar?idNorma=61438"
    assert "artículo 59 del Código de Procedimiento Civil" in contacto["cl_horario_llamadas_visitas"].nota


@pytest.mark.parametrize(("codigo", "norma"), [
    ("MEX001", "CONDUSEF, disposiciones de despachos de cobranza (DOF 7-oct-2014)"),
    ("MEX002", "CONDUSEF, disposiciones de despachos de cobranza (DOF 7-oct-2014)"),
    ("ARG003", "Ley 6171 (CABA)"),
    ("USA002", "Regulation F, 12 CFR 1006.14(b)(2)(i)(B)"),
])
def test_lo_que_no_se_pudo_leer_lo_dice_y_queda_en_aviso(reglas, codigo, norma):
    assert LEIDO[norma].copia == ""
    regla = reglas.buscar(codigo)
    assert regla.severidad == "aviso"
    assert "no verificado en el texto" in regla.referencia
    assert "30-11-2026" in regla.referencia and str(regla.verificado) == "2026-11-30"


def test_mexico_no_da_por_verificada_la_condusef_ni_el_articulo_362(legal):
    for clave in ("reclamacion_formal", "ultimo_aviso", "cesion_a_agencia_b2c",
                  "reclamacion_formal_b2b"):
        frase = legal["mx"][clave]
        assert not frase.get("verificado"), clave
    assert "7:00 a 22:00" in LEIDO["CONDUSEF, disposiciones de despachos de cobranza (DOF 7-oct-2014)"].cita
    assert "entre las 7:00 y las 22:00" in legal["mx"]["cesion_a_agencia_b2c"]["usted"]
    horario = _contacto("mx")["mx_horario_condusef"]
    assert "tribunademexico.com" in horario.nota and "«lunes a viernes»" in horario.nota


def test_mexico_no_afirma_que_el_seis_por_ciento_del_362_rija_la_factura(legal):
    assert "el seis por ciento anual" in LEIDO["Código de Comercio (México), art. 362"].cita
    frase = legal["mx"]["reclamacion_formal_b2b"]
    assert ("podremos reclamar el interés legal sobre el saldo vencido desde el día siguiente al "
            "vencimiento: para los préstamos mercantiles, el artículo 362 del Código de Comercio "
            "fija el seis por ciento anual") in frase["usted"]
    assert "sobre el saldo vencido, desde el día siguiente" not in frase["tu"] + frase["usted"]
    assert "ya no dice que el 6 % se aplique a la factura" in frase["nota"]


def test_estados_unidos_no_da_por_leido_el_texto_de_regulation_f():
    contacto = _contacto("us")
    assert "No verificado en el texto" in contacto["us_siete_llamadas_en_siete_dias"].nota
    conversacion = contacto["us_siete_dias_tras_conversacion"].nota
    cita = LEIDO["Regulation F, 12 CFR 1006.14(b)(2)(i)(B)"].cita.split(" (")[0]
    assert cita in " ".join(conversacion.split())
    assert "1006.6(b)(1)(i) no se ha leído" in " ".join(contacto["us_horario_reg_f"].nota.split())


def test_argentina_dice_que_la_ley_6171_no_se_leyo_ni_se_sabe_su_ambito():
    horario = _contacto("ar")["ar_caba_horario_ley_6171"]
    assert horario.confianza == "media-baja"
    assert "comercioyjusticia.info" in horario.nota and "noetingeryarmando.com" in horario.nota


def test_argentina_cita_el_articulo_2_de_la_ley_27351_en_la_energia(legal):
    leido = LEIDO["Ley 27.351 (Argentina), art. 2"]
    for clave in ("energia_ayudas", "energia_no_suspension"):
        frase = legal["ar"][clave]
        assert frase["verificado"] and leido.copia in frase["fuente"], clave
        assert f"«{leido.cita}»" in frase["fuente"], clave
        assert "garantiza en tu domicilio el servicio eléctrico en forma permanente" in frase["tu"]
        assert "garantiza en su domicilio el servicio eléctrico en forma permanente" in frase["usted"]
    assert "no pediremos el corte" in legal["ar"]["energia_no_suspension"]["tu"]
    assert "no solicitaremos el corte" in legal["ar"]["energia_no_suspension"]["usted"]
    assert "jurisdicción nacional" in legal["ar"]["energia_ayudas"]["nota"]


def test_peru_cita_la_ley_29946_como_la_del_contrato_de_seguro_sin_darla_por_leida(legal):
    assert "LEY DEL CONTRATO DE SEGURO" in LEIDO["Ley 29946 (Perú), encabezado"].cita
    for clave in ("seguros_impago", "seguros_ultimo_aviso"):
        frase = legal["pe"][clave]
        assert frase["fuente"].startswith("Ley 29946, del Contrato de Seguro"), clave
        assert not frase.get("verificado"), clave
    nota = legal["pe"]["seguros_impago"]["nota"]
    assert "No es la ley de los métodos de cobranza, que es la Ley 29571, art. 62" in nota
    assert "El art. 21 no verificado en el texto" in nota


def test_espana_sabe_que_la_ley_de_atencion_a_la_clientela_no_regula_el_cobro():
    leido = LEIDO["Ley 10/2025 (España), art. 1"]
    nota = " ".join(_contacto("es")["es_horario_recomendado"].nota.split())
    assert "Ley 10/2025, de 26 de diciembre (BOE 27-12-2025, BOE-A-2025-26698)" in nota
    assert leido.copia in nota
    assert "no las gestiones de cobro" in nota and "texto final sin verificar" not in nota
