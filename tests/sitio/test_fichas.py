"""Páginas generadas de la galería y de las fichas (sin navegador): qué enlazan, qué dicen
y en qué orden, con el árbol de prueba."""

from __future__ import annotations

import json
import re

import pytest

from generador.sitio.paginas import _dia


def _leer(sitio, ruta: str) -> str:
    return (sitio.salida / ruta / "index.html").read_text(encoding="utf-8")


def _datos(html: str) -> dict:
    bloque = re.search(r'<script type="application/json" id="cobro-plantilla">(.*?)</script>', html, re.S)
    return json.loads(bloque.group(1))


def test_galeria_agrupa_por_etapa_en_el_orden_de_la_escalera(sitio, espec):
    html = _leer(sitio, "catalogo")
    grupos = re.findall(r'data-cobro-grupo="([a-z_]+)"', html)
    orden = [e.nombre for e in sorted(espec.etapas.values(), key=lambda e: e.orden)]
    assert grupos == [e for e in orden if e in grupos]
    assert grupos[0] == "preaviso"  # lo primero es la primera etapa, no el agradecimiento


def test_galeria_tarjeta_con_canal_registro_y_vista_previa(sitio):
    """Las tarjetas van como datos compactos (cobro.js las pinta; ver test_navegador_*)."""
    html = _leer(sitio, "catalogo")
    bloque = re.search(r'<script type="application/json" id="cobro-tarjetas">(.*?)</script>', html, re.S)
    datos = json.loads(bloque.group(1))
    grupo = re.search(r'data-cobro-grupo="preaviso".*?data-cobro-tarjetas="(\d+)"', html, re.S)
    assert datos["e"][int(grupo.group(1))] == "preaviso"
    tabla = {c: [v for v, _ in datos["d"][c]] for c in ("sector", "canal", "registro", "audiencia")}
    tarjeta = next(t for t in datos["g"][int(grupo.group(1))]
                   if (tabla["sector"][t[0]], tabla["canal"][t[1]], tabla["registro"][t[2]])
                   == ("seguros", "email", "tu"))
    assert datos["d"]["canal"][tarjeta[1]] == ["email", "Email"]
    assert datos["d"]["registro"][tarjeta[2]] == ["tu", "tú"]
    assert tarjeta[4] == "../plantillas/seguros/seguros-recordatorio_previo-email-tu/"
    assert datos["t"][tarjeta[5]] == "Recordatorio previo al vencimiento"
    assert tarjeta[6] and tarjeta[7]  # el asunto y las primeras líneas del ejemplo
    assert "{{" not in tarjeta[6] + tarjeta[7]  # la vista previa es el ejemplo relleno


def test_galeria_sin_faceta_de_pais_con_un_solo_pais(sitio):
    html = _leer(sitio, "catalogo")
    assert 'data-dimension="pais"' not in html
    assert re.findall(r'data-dimension="([a-z]+)"', html) == ["etapa", "sector", "canal", "registro",
                                                               "audiencia"]


def test_ficha_enlaza_el_otro_registro_otros_canales_y_etapas_vecinas(sitio):
    html = _leer(sitio, "plantillas/seguros/seguros-recordatorio_previo-email-tu")
    assert '<span class="cobro-opcion" aria-current="page">tú</span>' in html
    assert re.search(r'href="\.\./seguros-recordatorio_previo-email-usted/" data-cobro-conmutar>usted<',
                     html)
    assert re.search(r'href="\.\./seguros-recordatorio_previo-sms-tu/" data-cobro-conmutar>SMS<', html)
    # la etapa siguiente de un preaviso es el último aviso en el árbol de prueba (no hay
    # plantillas de las etapas intermedias); anterior, ninguna
    assert "Etapa anterior: ninguna" in html
    assert re.search(r'href="\.\./seguros-ultimo_aviso-[a-z]+-tu/" rel="next"', html)


def test_ficha_datos_para_el_navegador(sitio, espec):
    from generador.componer import componer

    plantilla = next(p for p in componer(espec).plantillas if p.id == "seguros-recordatorio_previo-email-tu")
    datos = _datos(_leer(sitio, "plantillas/seguros/seguros-recordatorio_previo-email-tu"))
    assert datos["cuerpo"] == plantilla.cuerpo and datos["asunto"] == plantilla.asunto
    assert datos["ejemplo"]["nombre_cliente"] == "Marta Giménez"
    assert "{{ nombre_cliente }}" in datos["html"] and datos["html"].startswith("<!DOCTYPE html>")


def test_ficha_hostil_sus_datos_no_cierran_el_bloque(sitio):
    html = _leer(sitio, "plantillas/hostil/hostil-ultimo_aviso-carta-tu")
    bloque = re.search(r'id="cobro-plantilla">(.*?)</script>', html, re.S).group(1)
    assert "<" not in bloque and ">" not in bloque  # todo como \\u003c y \\u003e
    assert "<script>window.__hostil" in json.dumps(_datos(html), ensure_ascii=False)


def test_ficha_sms_dice_coste_y_peor_caso(sitio):
    html = _leer(sitio, "plantillas/seguros/seguros-recordatorio_previo-sms-usted")
    coste = re.search(r'data-cobro-sms aria-live="polite">(.*?)</figcaption>', html).group(1)
    assert re.fullmatch(r"(GSM-7|UCS-2) · \d+ caracteres · \d+ segmentos?\..*", coste)


def test_plural_concuerda():
    from generador.concordancia import plural

    assert plural(1, "plantilla", "plantillas") == "1 plantilla"
    assert plural(0, "plantilla", "plantillas") == "0 plantillas"
    assert plural(2, "carácter", "caracteres") == "2 caracteres"
    assert plural(5, "sector") == "5 sectores" and plural(1, "sector") == "1 sector"
    assert plural(3, "regla") == "3 reglas"


def test_revision_dice_que_reglas_no_se_ejecutaron(sitio):
    html = _leer(sitio, "plantillas/seguros/seguros-recordatorio_previo-email-tu")
    assert "Reglas ejecutadas al construir (" in html
    assert "Reglas aplicadas" not in html


def test_concordancia_de_dias():
    assert _dia(1) == "1 día después del vencimiento (día +1)"
    assert _dia(-1) == "1 día antes del vencimiento (día -1)"
    assert _dia(7) == "7 días después del vencimiento (día +7)"


def test_fichas_clave_valor_sin_fila_de_cabecera_vacia(sitio):
    for ruta in ("plantillas/seguros/seguros-recordatorio_previo-email-tu", "etapas/preaviso",
                 "sectores/seguros"):
        html = _leer(sitio, ruta)
        assert "<thead><tr><th></th><th></th></tr></thead>" not in html, ruta


def test_el_servidor_local_responde_404_con_la_pagina_del_sitio(url_base):
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(url_base + "no-existe/")
    assert error.value.code == 404
    cuerpo = error.value.read().decode("utf-8")
    assert "Página no encontrada" in cuerpo and "Nothing matches" not in cuerpo


def test_404_y_enlaces_permanentes_en_espanol(sitio):
    pagina = (sitio.salida / "404.html").read_text(encoding="utf-8")
    assert "Página no encontrada" in pagina and "Not found" not in pagina
    assert 'href="/catalogo/"' in pagina and 'href="//' not in pagina
    ficha = _leer(sitio, "plantillas/seguros/seguros-recordatorio_previo-email-tu")
    assert 'title="Enlace permanente a esta sección"' in ficha and "Permanent link" not in ficha


def test_cada_campo_de_tus_datos_rellena_una_variable_canonica():
    """Un campo de «Tus datos» con un nombre que no es una variable canónica (p. ej. un alias
    viejo como «iban») no rellenaría nada en el ejemplo."""
    from generador.dominio import modelo_de_cobro
    from generador.sitio.vistas import CAMPOS

    variables = modelo_de_cobro().variables
    assert [c[2] for c in CAMPOS if c[2] not in variables] == []
