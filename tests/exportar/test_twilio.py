"""Twilio Content API: variables numeradas; sustituidas por los ejemplos dan el ejemplo
relleno (SMS) y el texto de WhatsApp cumple sus reglas de variables."""

from __future__ import annotations

import re

from generador.exportar import twilio
from generador.rellenar import rellenar_texto

from .ayudas import archivo_de, casos, exportado, leer_json, sin_separador

NUMERADA = re.compile(r"\{\{(\d+)\}\}")


def _sustituir(cuerpo: str, variables: dict[str, str]) -> str:
    return NUMERADA.sub(lambda m: variables[m.group(1)], cuerpo)


def test_sms_y_whatsapp(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "twilio", tmp_path / "salida")
    for p, datos, ejemplo in casos(cualquier_espec, "sms"):
        doc = leer_json(archivo_de(resultado, p.id, ".json"))
        for canal in ("sms", "whatsapp"):
            contenido = doc[canal]["contenido"]
            mapa = doc[canal]["mapa_variables"]
            assert set(contenido) == {"friendly_name", "language", "variables", "types"}
            assert contenido["language"] == "es"
            cuerpo = contenido["types"]["twilio/text"]["body"]
            assert len(cuerpo) <= 1600 and len(mapa) <= 100
            numeros = [int(n) for n in dict.fromkeys(NUMERADA.findall(cuerpo))]
            assert numeros == list(range(1, len(numeros) + 1))  # por orden de aparición
            assert {n: datos[v] for n, v in mapa.items()} == contenido["variables"]
            assert set(mapa.values()) == set(p.variables)
        sms = doc["sms"]["contenido"]
        assert sin_separador(_sustituir(sms["types"]["twilio/text"]["body"], sms["variables"])) \
            == ejemplo.cuerpo
        wa = doc["whatsapp"]["contenido"]
        cuerpo_wa = wa["types"]["twilio/text"]["body"]
        assert not re.match(r"\s*\{\{\d+\}\}", cuerpo_wa)
        assert not re.search(r"\{\{\d+\}\}\s*$", cuerpo_wa)
        assert not re.search(r"\{\{\d+\}\}\s*\{\{\d+\}\}", cuerpo_wa)
        esperado = rellenar_texto(twilio.para_whatsapp(p.cuerpo), datos)
        assert sin_separador(_sustituir(cuerpo_wa, wa["variables"])) == esperado
        assert ejemplo.cuerpo.strip() in esperado or esperado.startswith("Aviso: ")


def test_reglas_whatsapp_se_arreglan_al_construir():
    canonico = "{{ empresa }}: llama al {{ telefono }} {{ enlace }}"
    ajustado = twilio.para_whatsapp(canonico)
    assert ajustado == "Aviso: {{ empresa }}: llama al {{ telefono }} · {{ enlace }}. Gracias."
    cuerpo, mapa = twilio.numerar(ajustado)
    assert cuerpo == "Aviso: {{1}}: llama al {{2}} · {{3}}. Gracias."
    assert mapa == {"1": "empresa", "2": "telefono", "3": "enlace"}
    assert twilio.problemas_whatsapp(cuerpo, {"1": "a", "2": "b", "3": "c"}) == []
    malo, _ = twilio.numerar(canonico)
    assert twilio.problemas_whatsapp(malo, {"1": "a", "2": "b", "3": "c"}) == [
        "empieza por una variable", "termina en una variable", "tiene dos variables seguidas"]


def test_variable_repetida_conserva_su_numero():
    cuerpo, mapa = twilio.numerar("{{ a }} y {{ b }} otra vez {{ a }}")
    assert cuerpo == "{{1}} y {{2}} otra vez {{1}}" and mapa == {"1": "a", "2": "b"}


def test_llaves_literales_no_parecen_variables():
    cuerpo, _ = twilio.numerar("precio }} y {{ a }}} fin {{")
    assert NUMERADA.findall(cuerpo) == ["1"]
    assert "}}}" not in cuerpo and "{{" not in cuerpo.replace("{{1}}", "")
