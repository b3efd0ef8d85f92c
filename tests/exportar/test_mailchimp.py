"""Mailchimp Transactional (Mandrill): no hay motor abierto; se comprueba la gramática de
las etiquetas ``*|VAR|*`` y se sustituyen como lo hace Mandrill (escapadas en HTML)."""

from __future__ import annotations

import html as html_mod
import re

from .ayudas import (
    archivo_de,
    casos,
    exportado,
    leer_json,
    sin_separador,
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
        assert set(cuerpo) >= {"name", "subject", "code", "text", "labels"}
        for campo in ("subject", "code", "text"):
            etiquetas = set(ETIQUETA.findall(cuerpo[campo]))
            assert etiquetas <= set(valores), (campo, etiquetas - set(valores))
            assert all(re.fullmatch(r"[A-Z0-9_]+", e) for e in etiquetas)
        assert sin_separador(_combinar(cuerpo["subject"], valores, False)) == ejemplo.asunto
        assert sin_separador(_combinar(cuerpo["text"], valores, False)) == ejemplo.cuerpo
        html = _combinar(cuerpo["code"], valores, True)
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)


def test_etiquetas_literales_no_son_etiquetas(espec_hostil, tmp_path):
    resultado = exportado(espec_hostil, "mailchimp", tmp_path / "salida")
    p, _datos, _ejemplo = next(casos(espec_hostil, "email"))
    assert "*|FNAME|*" in p.asunto and "*|IMPORTE|*" in p.cuerpo
    cuerpo = leer_json(archivo_de(resultado, p.id, f"{p.id}.json"))
    for campo in ("subject", "code", "text"):
        assert "FNAME" not in ETIQUETA.findall(cuerpo[campo])
        assert "*|IMPORTE|* |*" not in cuerpo[campo]
    # solo la variable {{ importe }} es etiqueta; el '*|IMPORTE|*' literal de la frase no
    assert ETIQUETA.findall(cuerpo["text"]).count("IMPORTE") == p.cuerpo.count("{{ importe }}")
