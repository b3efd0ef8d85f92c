"""Mailchimp Transactional (Mandrill): no hay motor abierto; se comprueba la gramática de
las etiquetas ``*|VAR|*`` y se sustituyen como lo hace Mandrill (escapadas en HTML)."""

from __future__ import annotations

import html as html_mod
import json
import re

from .ayudas import (
    archivo_de,
    casos,
    exportado,
    leer_json,
    texto_visible,
    visible_esperado,
)

ETIQUETA = re.compile(r"\*\|([^|*]+)\|\*")


def _combinar(texto: str, valores: dict[str, str], escapar: bool) -> str:
    def poner(m):
        valor = valores[m.group(1)]  # KeyError = etiqueta que no es una variable nuestra
        return html_mod.escape(valor) if escapar else valor

    return ETIQUETA.sub(poner, texto)


def test_etiquetas_y_ejemplo(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "mailchimp", tmp_path / "salida")
    for p, datos, ejemplo in casos(cualquier_espec, "email"):
        cuerpo = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
        merge = leer_json(archivo_de(resultado, p.id, ".merge_vars.json"))
        valores = {m["name"]: m["content"] for m in merge}
        assert valores == {n.upper(): datos[n] for n in p.variables}
        assert set(cuerpo) >= {"name", "code", "labels"}
        # asunto y texto solo faltan si la especificación escribe una etiqueta literal
        literal = re.compile(r"\*\|[A-Za-z0-9_:]+\|\*")
        assert ("subject" in cuerpo) == (not literal.search(p.asunto or ""))
        assert ("text" in cuerpo) == (not literal.search(p.cuerpo))
        for campo in ("subject", "code", "text"):
            etiquetas = set(ETIQUETA.findall(cuerpo.get(campo, "")))
            assert etiquetas <= set(valores), (campo, etiquetas - set(valores))
            assert all(re.fullmatch(r"[A-Z0-9_]+", e) for e in etiquetas)
        if "subject" in cuerpo:
            assert _combinar(cuerpo["subject"], valores, False) == ejemplo.asunto
        if "text" in cuerpo:
            assert _combinar(cuerpo["text"], valores, False) == ejemplo.cuerpo
        html = _combinar(cuerpo["code"], valores, True)
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)


def test_etiquetas_literales_no_son_etiquetas(espec_hostil, tmp_path):
    resultado = exportado(espec_hostil, "mailchimp", tmp_path / "salida")
    p, _datos, _ejemplo = next(casos(espec_hostil, "email"))
    assert "*|FNAME|*" in p.asunto and "*|IMPORTE|*" in p.cuerpo
    cuerpo = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
    # HTML: los literales van como referencias numéricas; solo {{ importe }} es etiqueta
    assert ETIQUETA.findall(cuerpo["code"]).count("IMPORTE") == p.cuerpo.count("{{ importe }}")
    assert "FNAME" not in ETIQUETA.findall(cuerpo["code"])
    # texto y asunto no tienen escape en Mandrill: no se exportan (ni se altera el texto
    # con caracteres invisibles) y se avisa de qué hacer
    assert "text" not in cuerpo and "subject" not in cuerpo
    assert "\u2060" not in json.dumps(cuerpo, ensure_ascii=False)
    assert (f"mailchimp: {p.id}: el asunto y el texto contiene '*|...|*' literal, que Mandrill "
            "leería como etiqueta y no permite escapar; se exporta sin asunto ni texto para no "
            "cambiar el texto (el HTML sí va, escapado): envía con auto_text: true y pon el "
            "asunto al enviar, o cambia ese texto") in resultado.avisos
