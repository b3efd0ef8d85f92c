"""Postmark (Mustachio): el export, renderizado con chevron, da el ejemplo relleno."""

from __future__ import annotations

import re

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


def test_chevron_reproduce_el_ejemplo(cualquier_espec, tmp_path):
    import chevron

    resultado = exportado(cualquier_espec, "postmark", tmp_path / "salida")
    for p, datos, ejemplo in casos(cualquier_espec, "email"):
        cuerpo = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
        modelo = leer_json(archivo_de(resultado, p.id, ".modelo.json"))
        assert modelo == {n: datos[n] for n in p.variables}
        assert set(cuerpo) == {"Name", "Alias", "Subject", "HtmlBody", "TextBody", "TemplateType"}
        assert cuerpo["Alias"] == p.id
        assert chevron.render(cuerpo["Subject"], modelo) == ejemplo.asunto
        assert chevron.render(cuerpo["TextBody"], modelo) == ejemplo.cuerpo
        html = chevron.render(cuerpo["HtmlBody"], modelo)
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)
        assert set(etiquetas_html(html)) <= ETIQUETAS_PERMITIDAS


def test_texto_hostil(espec_hostil, tmp_path):
    resultado = exportado(espec_hostil, "postmark", tmp_path / "salida")
    for p, _datos, _ejemplo in casos(espec_hostil, "email"):
        cuerpo = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
        sin_variables = re.sub(r"\{\{[a-z_]+\}\}", "", cuerpo["HtmlBody"])
        assert "{" not in sin_variables and "}" not in sin_variables
        assert "<b>" not in cuerpo["HtmlBody"]
        # el texto con '}}' literal cambia de delimitadores en vez de dejar llaves ambiguas
        if "}}" in p.cuerpo.replace("}}", "", p.cuerpo.count("{{")):
            assert cuerpo["TextBody"].startswith("{{=")
