"""Aceptación del catálogo por países: lo que ``cobro generar`` escribe para cada país.

Se genera una vez todo el catálogo (todos los países, sin filtros) y se comprueba el texto
real: ningún rastro de España fuera de España, las vías de pago de cada país, el voseo de
Argentina, los datos de ejemplo del país y que cada plantilla pasa las reglas de su ley.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generador import archivo_plantilla, dominio

RAIZ = Path(__file__).resolve().parents[2]
OTROS = ("mx", "co", "pe", "cl", "ar", "us")

#: Lo que solo tiene sentido en España: cuenta, identificación fiscal, moneda, ciudad, leyes,
#: ficheros de morosos, medios y vocabulario propios.
SOLO_ESPANA = re.compile(
    r"\bIBAN\b|\bNIF\b|\bCIF\b|€|\bEUR\b|\bMadrid\b|\bEspaña\b|Ley 3/2004|LOPDGDD|\bBOE\b"
    r"|Real Decreto|\bASNEF\b|Badexcug|\bBizum\b|\bburofax\b|\brecobro\b|\bES\d{2} ?\d{4}"
    r"|bono social|\bCNMC\b|Ley 50/1980|\bLCS\b|Ley de Contrato de Seguro|ayuntamiento"
    r"|\bLey \d+/\d{4}\b|\bR\.?\s?D\.? \d+/\d{4}|(?-i:\bSEPA\b)"  # numeración de leyes de España
    # vocabulario de España: «remesa» de pagos (en América, dinero enviado desde fuera) y vosotros
    r"|\bremesas?\b|\bvosotros\b|\bvuestr[oa]s?\b|\b(?:estáis|tenéis|podéis|usáis|pagáis)\b",
    re.IGNORECASE,
)
#: Sectores que hoy escriben para todos los países algo que solo vale en España (sus archivos
#: son de otros; lo señala test_sector_sin_rastro_de_espana, una xfail estricta por sector).
#: Cartas de sector cuyo contenido legal cambia por país: lo ponen las ranuras
#: [[ pais.legal.* ]] de mensajes/paises/<cc>.yml, con su fuente; se publican en todos los
#: países (antes se excluían fuera de España).
CARTAS_CON_LEY_DEL_PAIS = {
    ("energia", "b2c", "reclamacion_formal"), ("energia", "b2c", "ultimo_aviso"),
    ("energia", "b2c", "aviso_suspension_servicio"),
    ("seguros", "b2c", "reclamacion_formal"), ("seguros", "b2c", "ultimo_aviso"),
}

#: Las vías de pago que cada país debe nombrar en su bloque de pago (email y carta).
MEDIOS = {
    "mx": ("SPEI", "CLABE", "OXXO", "tarjeta"),
    "co": ("PSE", "Nequi", "Daviplata", "Bancolombia"),
    "pe": ("Yape", "Plin", "CCI", "agentes"),
    "cl": ("Webpay", "Khipu", "transferencia"),
    "ar": ("CBU", "Mercado Pago", "Rapipago", "Pago Fácil"),
    "us": ("ACH", "tarjeta", "Zelle", "cheque"),
}
#: Medios que en otro país no existen o no se usan así.
AJENOS = {"SPEI", "OXXO", "CLABE", "PSE", "Nequi", "Daviplata", "Yape", "Plin", "Webpay",
          "Khipu", "Rapipago", "Pago Fácil", "Mercado Pago", "Zelle", "CBU", "CCI"}

#: Formas de tú que no pueden quedar en un texto con voseo (lista independiente de la tabla
#: de mensajes/voseo.yml, para que la prueba no se dé la razón a sí misma).
TU = re.compile(
    r"\b(?:tú|ti|contigo|puedes|tienes|quieres|prefieres|necesitas|debes|sabes|eres|has"
    r"|llámanos|escríbenos|envíanos|cuéntanos|avísanos|dinos|dínoslo|mándanos|pregúntanos"
    r"|indícanos|indícanoslo|cuéntanoslo|contáctanos|respóndenos|escríbeme|llámame)\b",
    re.IGNORECASE,
)
IMPERATIVO_TU = re.compile(r"(?:^|[.:!?¡¿]\s|^-\s)(?:Paga|Llama|Escribe|Responde|Revisa|Avisa)\b",
                           re.MULTILINE)
VOSEO = re.compile(r"\b(?:podés|tenés|querés|escribinos|llamanos|pagá|envianos|contanos"
                   r"|avisanos|necesitás|preferís|decinos)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def catalogo(tmp_path_factory):
    from generador.generar import generar

    salida = tmp_path_factory.mktemp("paises")
    generar(dominio.modelo(RAIZ), salida, forzar=True)
    manifiesto = json.loads((salida / "catalogo.json").read_text(encoding="utf-8"))
    return salida, manifiesto


def _de(catalogo, pais: str, **filtro) -> list[tuple[dict, str, str]]:
    """(entrada del manifiesto, plantilla, ejemplo) de un país que cumplen ``filtro``."""
    salida, manifiesto = catalogo
    filas = []
    for e in manifiesto["plantillas"]:
        if e["pais"] != pais or any(e[k] != v for k, v in filtro.items()):
            continue
        plantilla = archivo_plantilla.separar((salida / e["ruta"]).read_text(encoding="utf-8"))
        texto = f"{plantilla.metadatos.get('asunto', '')}\n{plantilla.cuerpo}"
        filas.append((e, texto, (salida / e["ejemplo"]).read_text(encoding="utf-8")))
    return filas


def test_sin_filtros_se_generan_todos_los_paises_con_su_id_y_su_carpeta(catalogo):
    _, manifiesto = catalogo
    espec = dominio.modelo(RAIZ)
    paises = {e["pais"] for e in manifiesto["plantillas"]}
    assert paises == set(espec.paises) == {*OTROS, "es"}
    assert manifiesto["pais"] is None
    assert manifiesto["paises"] == {c: p.locale for c, p in espec.paises.items()}
    for e in manifiesto["plantillas"]:
        assert e["id"].startswith(f"{e['pais']}-{e['sector']}-"), e["id"]
        assert e["ruta"] == f"plantillas/{e['pais']}/{e['sector']}/{e['id']}.txt"
    # El mismo catálogo en cada país, salvo lo que ese país excluye con su motivo.
    por_pais = {c: sum(e["pais"] == c for e in manifiesto["plantillas"])
                + sum(e.get("pais") == c for e in manifiesto["excluidas"]) for c in paises}
    assert len(set(por_pais.values())) == 1, por_pais
    assert len({e["id"] for e in manifiesto["plantillas"]}) == manifiesto["total"]


def test_con_pais_solo_ese_pais_y_los_mismos_ids(catalogo, tmp_path, cobro):
    _, manifiesto = catalogo
    resultado = cobro("generar", "--pais", "pe", "-o", tmp_path / "pe", "--tipo", "ultimo_aviso")
    assert resultado.exit_code == 0, resultado.output
    assert "(es_PE, Perú)" in resultado.stdout
    solo = json.loads((tmp_path / "pe/catalogo.json").read_text(encoding="utf-8"))
    assert solo["pais"] == "pe" and solo["locale"] == "es_PE"
    ids = {e["id"] for e in solo["plantillas"]}
    assert ids == {e["id"] for e in manifiesto["plantillas"]
                   if e["pais"] == "pe" and e["tipo"] == "ultimo_aviso"}
    assert ids and all(i.startswith("pe-") for i in ids)


def _rastros(catalogo, pais: str) -> dict[str, str]:
    hallados = {}
    for entrada, plantilla, ejemplo in _de(catalogo, pais):
        for m in SOLO_ESPANA.finditer(f"{plantilla}\n{ejemplo}"):
            hallados.setdefault(m.group(0), entrada["id"])
    return hallados


@pytest.mark.parametrize("pais", OTROS)
def test_ningun_rastro_de_espana_fuera_de_espana(catalogo, pais):
    assert _rastros(catalogo, pais) == {}


@pytest.mark.parametrize("pais", OTROS)
def test_las_cartas_con_ley_del_pais_se_publican_en_cada_pais_con_su_fuente(catalogo, pais):
    _, manifiesto = catalogo
    entradas = [e for e in manifiesto["plantillas"] if e["pais"] == pais
                and (e["sector"], e["audiencia"], e["tipo"]) in CARTAS_CON_LEY_DEL_PAIS]
    excluidas = {(e["sector"], e["audiencia"], e["tipo"]) for e in manifiesto["excluidas"]
                 if e.get("pais") == pais}
    assert {(e["sector"], e["audiencia"], e["tipo"]) for e in entradas} == CARTAS_CON_LEY_DEL_PAIS
    assert not excluidas & CARTAS_CON_LEY_DEL_PAIS
    sin_fuente = [e["id"] for e in entradas if e["canal"] != "sms" and not e.get("fuentes_legales")]
    assert sin_fuente == []


def test_en_espana_esos_textos_si_se_publican(catalogo):
    _, manifiesto = catalogo
    publicadas = {(e["sector"], e["audiencia"], e["tipo"]) for e in manifiesto["plantillas"]
                  if e["pais"] == "es"}
    assert publicadas >= CARTAS_CON_LEY_DEL_PAIS


@pytest.mark.parametrize("pais", OTROS)
def test_el_bloque_de_pago_nombra_los_medios_del_pais_y_no_los_de_otros(catalogo, pais):
    filas = _de(catalogo, pais, tipo="reclamacion_formal", canal="email")
    assert filas
    for entrada, plantilla, _ in filas:
        for medio in MEDIOS[pais]:
            assert medio in plantilla, (entrada["id"], medio)
        ajenos = {m for m in AJENOS - set(MEDIOS[pais]) if re.search(rf"\b{m}\b", plantilla)}
        assert ajenos == set(), entrada["id"]


def test_argentina_tu_habla_de_vos_y_no_queda_ningun_tu(catalogo):
    filas = _de(catalogo, "ar", registro="tu")
    assert filas
    restos = {}
    con_voseo = 0
    for entrada, plantilla, ejemplo in filas:
        for m in [*TU.finditer(plantilla), *IMPERATIVO_TU.finditer(plantilla)]:
            restos.setdefault(m.group(0).strip(), entrada["id"])
        con_voseo += bool(VOSEO.search(ejemplo))
    assert restos == {}
    assert con_voseo >= len(filas) * 0.6, (con_voseo, len(filas))


def test_argentina_usted_no_se_toca(catalogo):
    for entrada, plantilla, _ in _de(catalogo, "ar", registro="usted"):
        assert not VOSEO.search(plantilla), entrada["id"]


@pytest.mark.parametrize(("pais", "esperado"), [
    ("mx", ("RFC AEJ140312KT5", "Ciudad de México", "012180001234567897")),
    ("co", ("NIT 900.123.456-7", "Bogotá", "123-456789-01")),
    ("pe", ("RUC 20512345678", "Lima", "002-193-001234567890-12")),
    ("cl", ("RUT 76.123.456-7", "Santiago", "00-123-45678-09")),
    ("ar", ("CUIT 30-71234567-9", "Buenos Aires", "0110599520000001234567")),
    ("us", ("EIN 12-3456789", "Miami", "(305) 555-0142")),
])
def test_las_cartas_de_ejemplo_llevan_los_datos_del_pais(catalogo, pais, esperado):
    filas = _de(catalogo, pais, canal="carta", tipo="reclamacion_formal")
    assert filas
    for entrada, _, ejemplo in filas:
        for dato in esperado:
            assert dato in ejemplo, (entrada["id"], dato)


@pytest.mark.parametrize(("pais", "moneda"), [
    ("mx", r"\$\d{1,3}(?:,\d{3})*(?:\.\d{2})?"), ("co", r"\$\s?\d{1,3}(?:\.\d{3})*"),
    ("pe", r"S/\s?\d"), ("cl", r"\$\d{1,3}(?:\.\d{3})*"), ("ar", r"\$\s?\d{1,3}(?:\.\d{3})*"),
    ("us", r"US?\$\s?\d|\$\d"),
])
def test_los_importes_de_ejemplo_van_en_la_moneda_y_el_formato_del_pais(catalogo, pais, moneda):
    filas = _de(catalogo, pais, canal="email", tipo="reclamacion_formal")
    assert filas
    for entrada, _, ejemplo in filas:
        assert re.search(moneda, ejemplo), (entrada["id"], ejemplo[:400])


@pytest.mark.parametrize("pais", (*OTROS, "es"))
def test_cada_plantilla_pasa_las_reglas_de_su_pais(catalogo, cobro, pais):
    salida, manifiesto = catalogo
    resultado = cobro("lint", salida / "plantillas" / pais, "--pais", pais, "--formato", "json",
                      "--falla-en", "error")
    informe = json.loads(resultado.output)
    errores = [f"{a['ruta']}:{h['linea']}: {h['regla']} {h['mensaje']}"
               for a in informe["archivos"] for h in a["hallazgos"] if h["severidad"] == "error"]
    assert errores == []
    assert resultado.exit_code == 0
    assert len(informe["archivos"]) == sum(e["pais"] == pais for e in manifiesto["plantillas"])
