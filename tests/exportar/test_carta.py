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


def _chromium_o_saltar():
    from generador.exportar.carta import navegador

    chromium = navegador()
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("falta Chromium para probar el PDF (en CI es obligatorio)")
        pytest.skip("falta Chromium; el PDF se prueba solo donde está")
    return chromium


CARTAS = {f"carta-{i}": f'<!doctype html><html lang="es"><head><meta charset="utf-8"><style>'
          f'@page {{ size: A4; margin: 2cm; }}</style></head><body><p>Carta número {i}</p></body></html>'
          for i in range(3)}


def test_pdf_de_varias_cartas_con_un_solo_navegador(monkeypatch):
    """Tres cartas: Chromium arranca una vez y abre una sola pestaña; cada PDF es A4."""
    chromium = _chromium_o_saltar()
    pytest.importorskip("playwright.sync_api")
    from playwright.sync_api._generated import Browser, BrowserType

    from generador.exportar.carta import imprimir_pdf

    arranques, pestanas = [], []
    lanzar, nueva = BrowserType.launch, Browser.new_page
    monkeypatch.setattr(BrowserType, "launch", lambda self, **kw: arranques.append(1) or lanzar(self, **kw))
    monkeypatch.setattr(Browser, "new_page", lambda self, **kw: pestanas.append(1) or nueva(self, **kw))
    avance: list[tuple[int, int]] = []
    pdfs = imprimir_pdf(CARTAS, chromium, progreso=lambda hechas, total: avance.append((hechas, total)))
    assert (len(arranques), len(pestanas)) == (1, 1)
    assert list(pdfs) == list(CARTAS)
    assert all(datos.startswith(b"%PDF") and b"/MediaBox [0 0 594.95996 841.91998]" in datos
               for datos in pdfs.values())
    assert avance == [(1, 3), (2, 3), (3, 3)]


def test_pdf_sin_playwright_lanza_chromium_por_carta(monkeypatch):
    """Sin el paquete playwright, cada carta se imprime con ``chromium --print-to-pdf``."""
    import sys

    chromium = _chromium_o_saltar()
    from generador.exportar.carta import imprimir_pdf

    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # import falla
    dos = dict(list(CARTAS.items())[:2])
    pdfs = imprimir_pdf(dos, chromium)
    assert list(pdfs) == list(dos) and all(d.startswith(b"%PDF") for d in pdfs.values())


def test_exportar_pdf_avisa_del_progreso(espec, tmp_path):
    """``cobro exportar --pdf`` dice cuántas cartas va a imprimir antes de empezar."""
    _chromium_o_saltar()
    from generador.componer import Filtros

    mensajes: list[str] = []
    exportado(espec, "carta", tmp_path / "salida", pdf=True, filtros=Filtros(registro="usted"),
              progreso=mensajes.append)
    assert mensajes == ["Imprimiendo 1 carta a PDF con Chromium…"]


def test_pdf_con_otro_playwright_abierto_en_el_mismo_hilo():
    """Quien llama ya tiene Playwright síncrono abierto (como las pruebas del sitio): la
    impresión va en su propio hilo y funciona igual."""
    chromium = _chromium_o_saltar()
    sync_api = pytest.importorskip("playwright.sync_api")
    from generador.exportar.carta import imprimir_pdf

    una = dict(list(CARTAS.items())[:1])
    with sync_api.sync_playwright():
        pdfs = imprimir_pdf(una, chromium)
    assert list(pdfs) == list(una) and pdfs["carta-0"].startswith(b"%PDF")


def _parrafos_con_clase(html: str) -> dict[str, str]:
    import re

    return {m.group(1): re.sub(r"<[^>]+>", "", m.group(2)).replace("\n", " ")
            for m in re.finditer(r'<p class="([a-z-]+)">(.*?)</p>', html, re.S)}


@pytest.mark.parametrize(("tipo", "envio"), [
    ("reclamacion_formal", "Por correo certificado con acuse de recibo"),
    ("recordatorio_amistoso", None),
])
def test_cada_bloque_de_la_carta_va_en_su_sitio_con_o_sin_linea_de_envio(cobro, tmp_path, tipo, envio):
    """En las etapas formales la maqueta añade la línea de envío antes del destinatario: va
    sola (class envio), y el destinatario, la fecha y la referencia con el asunto siguen en su
    sitio (la dirección en la ventana del sobre, la fecha a la derecha, el asunto en negrita)."""
    r = cobro("exportar", "-f", "carta", "-o", tmp_path / "s", "--pais", "mx", "--sector",
              "construccion", "--tipo", tipo, "--canal", "carta", "--registro", "usted")
    assert r.exit_code == 0, r.output
    [archivo] = (tmp_path / "s" / "carta").rglob("*.html")
    html = archivo.read_text(encoding="utf-8")
    bloques = _parrafos_con_clase(html)
    assert bloques.get("envio") == envio
    assert bloques["destinatario"].startswith("Distribuidora Tlaloc, S.A. de C.V. RFC DTL190725QH8")
    assert bloques["lugar-fecha"].startswith("Ciudad de México, ")
    assert bloques["referencia"].startswith("N.º de proyecto: OB-2026-031 Asunto: ")
    assert '<span class="asunto">Asunto: ' in html
    assert bloques["firma"].endswith("Construcciones Albada")


@pytest.mark.parametrize(("pais", "css", "docx"), [
    ("us", "size: letter;", '<w:pgSz w:w="12240" w:h="15840"/>'),  # 8,5 × 11 pulgadas
    ("mx", "size: letter;", '<w:pgSz w:w="12240" w:h="15840"/>'),
    ("es", "size: A4;", '<w:pgSz w:w="11906" w:h="16838"/>'),      # 21 × 29,7 cm
])
def test_la_carta_va_en_el_papel_de_su_pais(cobro, tmp_path, pais, css, docx):
    """En Estados Unidos, México, Colombia y Chile se imprime en papel carta (US Letter): una
    carta en A4 sale recortada o encogida; en España, Perú y Argentina, en A4
    (``papel:`` de mensajes/paises/<cc>.yml). El HTML, su PDF y el .docx de Word lo respetan."""
    import zipfile

    for formato in ("carta", "docx"):
        r = cobro("exportar", "-f", formato, "-o", tmp_path / formato, "--pais", pais,
                  "--sector", "turismo", "--tipo", "reclamacion_formal", "--canal", "carta",
                  "--registro", "usted")
        assert r.exit_code == 0, r.output
    [html] = (tmp_path / "carta").rglob("*.html")
    assert f"@page {{ {css} margin: 22mm 22mm 24mm 25mm; }}" in html.read_text(encoding="utf-8")
    [archivo] = (tmp_path / "docx").rglob("*.docx")
    with zipfile.ZipFile(archivo) as paquete:
        assert docx in paquete.read("word/document.xml").decode("utf-8")


def test_un_papel_desconocido_es_un_error_de_la_especificacion(cobro, tmp_path):
    import shutil
    from pathlib import Path

    raiz = Path(__file__).resolve().parents[2]
    specs = tmp_path / "specs"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, specs / carpeta)
    peru = specs / "mensajes" / "paises" / "pe.yml"
    texto = peru.read_text(encoding="utf-8")
    peru.write_text(texto.replace("\nlugar: Lima", "\npapel: B5\nlugar: Lima"), encoding="utf-8")
    linea = next(i for i, x in enumerate(texto.splitlines(), 1) if x.startswith("lugar: Lima"))
    r = cobro("exportar", "-f", "carta", "-o", tmp_path / "s", "--specs", specs)
    assert r.exit_code == 2
    assert f"paises/pe.yml:{linea}: papel:" in r.output and "'B5'" in r.output
    assert "Traceback" not in r.output
