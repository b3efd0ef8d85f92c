"""Liquid (Customer.io y Zendesk): el export, renderizado con python-liquid, da el ejemplo."""

from __future__ import annotations

from .ayudas import (
    ETIQUETAS_PERMITIDAS,
    archivo_de,
    casos,
    etiquetas_html,
    exportado,
    leer_json,
    texto_visible,
    visible_esperado,
)


def _render(texto: str, datos: dict) -> str:
    import liquid

    return liquid.Environment(undefined=liquid.StrictUndefined).from_string(texto).render(**datos)


def test_python_liquid_reproduce_el_ejemplo(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "liquid", tmp_path / "salida")
    vistos = set()
    for p, _datos, ejemplo in casos(cualquier_espec):
        if p.canal == "carta":
            assert p.id not in resultado.archivos.get(p.id, []) or all(
                "liquid" not in str(r) for r in resultado.archivos[p.id])
            continue
        doc = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
        datos = doc["message_data"]
        cio = doc["customerio"]
        assert _render(cio.get("body_plain", cio["body"]), {"trigger": datos}) == ejemplo.cuerpo
        zendesk = doc["zendesk"]["item"]["variants"][0]["content"]
        assert _render(zendesk, datos) == ejemplo.cuerpo
        if p.canal == "email":
            assert _render(cio["subject"], {"trigger": datos}) == ejemplo.asunto
            html = _render(cio["body"], {"trigger": datos})
            assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)
            assert set(etiquetas_html(html)) <= ETIQUETAS_PERMITIDAS
        vistos.add(p.canal)
    assert vistos == {"email", "sms"}


def test_ninguna_llave_literal_llega_cruda(espec_hostil, tmp_path):
    import re

    resultado = exportado(espec_hostil, "liquid", tmp_path / "salida")
    for p, _datos, _ejemplo in casos(espec_hostil, "email"):
        doc = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
        texto = doc["customerio"]["body_plain"]
        sin_salidas = re.sub(r"\{\{ (trigger\.[a-z_]+|\"\{\") \}\}", "", texto)
        assert "{" not in sin_salidas
        assert "{%" not in texto
