"""Cartas para imprimir: HTML A4 con el ejemplo relleno; PDF con Chromium si está."""

from __future__ import annotations

import os

import pytest

from .ayudas import (
    ETIQUETAS_PERMITIDAS,
    archivo_de,
    casos,
    etiquetas_html,
    exportado,
    texto_visible,
    visible_esperado,
)


def test_html_imprimible_con_el_ejemplo(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "carta", tmp_path / "salida")
    for p, _datos, ejemplo in casos(cualquier_espec, "carta"):
        html = archivo_de(resultado, p.id, ".html").read_text(encoding="utf-8")
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)
        assert set(etiquetas_html(html)) <= ETIQUETAS_PERMITIDAS
        assert "@page { size: A4;" in html and '<html lang="es">' in html
        for clase in ("remitente", "destinatario", "lugar-fecha", "referencia", "firma"):
            assert f'class="{clase}"' in html
        assert "<script" not in html


def test_sin_chromium_avisa_en_espanol(espec, tmp_path, monkeypatch):
    monkeypatch.setenv("COBRO_CHROMIUM", str(tmp_path / "no-existe"))
    resultado = exportado(espec, "carta", tmp_path / "salida", pdf=True)
    assert resultado.avisos and "no se encontró Chromium" in resultado.avisos[0]
    assert not list((tmp_path / "salida").rglob("*.pdf"))


def test_pdf_con_chromium(espec, tmp_path):
    from generador.exportar.carta import navegador

    if navegador() is None:
        if os.environ.get("CI"):
            pytest.fail("falta Chromium para probar el PDF (en CI es obligatorio)")
        pytest.skip("falta Chromium; el PDF se prueba solo donde está")
    from generador.componer import Filtros

    resultado = exportado(espec, "carta", tmp_path / "salida", pdf=True,
                          filtros=Filtros(registro="usted"))
    pdfs = list((tmp_path / "salida" / "carta").rglob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    assert pdfs[0] in resultado.archivos[pdfs[0].stem]
    assert b"/MediaBox [0 0 594.95996 841.91998]" in pdfs[0].read_bytes() or \
        b"595" in pdfs[0].read_bytes()
