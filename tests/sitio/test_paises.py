"""El catálogo con varios países y el PDF de las cartas.

Los países se prueban con una copia del árbol real del proyecto, construida en parcial con
la opción documentada de ``cobro sitio`` (``--pais mx --pais es --sector energia``), a la que
se añade una exclusión por país (la carta formal B2C en México), porque el árbol real ya no
tiene ninguna: lo que se prueba es cómo la ficha explica que falta una versión. Lo esperado
se calcula con el compositor sobre esa misma copia, no se copia.
El PDF se prueba con el árbol de prueba (``sitio``, construido con ``pdf=True``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import ARBOL, CHROMIUM, abrir_pestana, servido

RAIZ = Path(__file__).resolve().parents[2]
PAISES, SECTOR = ["mx", "es"], "energia"
FICHA_MX = "plantillas/energia/mx-energia-b2b-reclamacion_formal-email-usted/"
FICHA_ES = "plantillas/energia/es-energia-b2b-reclamacion_formal-email-usted/"
EXCLUIDA_ES = "plantillas/energia/es-energia-b2c-reclamacion_formal-carta-usted/"


EXCLUSION_MX = """\
    exclusiones:
      - tipo: reclamacion_formal
        canal: carta
        paises: [mx]
        motivo: Exclusión de prueba para México.
"""


@pytest.fixture(scope="module")
def arbol_paises(tmp_path_factory):
    """El árbol real con una exclusión por país en energía B2C."""
    import shutil

    raiz = tmp_path_factory.mktemp("arbol-paises")
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, raiz / carpeta)
    energia = raiz / "sectores" / "energia.yml"
    texto = energia.read_text(encoding="utf-8")
    assert texto.count("\n  b2b:\n") == 1
    energia.write_text(texto.replace("\n  b2b:\n", "\n" + EXCLUSION_MX + "  b2b:\n"), encoding="utf-8")
    return raiz


@pytest.fixture(scope="module")
def sitio_paises(tmp_path_factory, arbol_paises):
    from generador.sitio.construir import construir_sitio

    salida = tmp_path_factory.mktemp("paises") / "site"
    return construir_sitio(salida, specs=arbol_paises, paises=PAISES, sectores=[SECTOR])


@pytest.fixture(scope="module")
def compuestas(arbol_paises):
    """Por país, las plantillas y exclusiones del sector que el compositor produce."""
    from generador import dominio
    from generador.componer import componer

    espec = dominio.modelo(arbol_paises)
    salida = {}
    for pais in PAISES:
        c = componer(espec, None, pais)
        salida[pais] = ([p for p in c.plantillas if p.sector == SECTOR],
                        [e for e in c.excluidas if e.sector == SECTOR])
    return salida


@pytest.fixture(scope="module")
def url_paises(sitio_paises):
    with servido(sitio_paises.salida) as url:
        yield url


@pytest.fixture
def pestana(navegador, url_paises):
    contexto, pestana = abrir_pestana(navegador, url_paises)
    yield pestana
    contexto.close()
    assert pestana.externas == [] and pestana.errores == []


def _leer(sitio, ruta: str) -> str:
    return (sitio.salida / ruta / "index.html").read_text(encoding="utf-8")


def _faceta(html: str) -> dict[str, int]:
    nav = re.search(r"<nav [^>]*data-cobro-paises-galeria.*?</nav>", html, re.S).group(0)
    return {c: int(n) for c, n in re.findall(
        r'data-pais="([a-z]+)"[^>]*>[^<]*<span class="cobro-cuenta" data-cuenta>(\d+)</span>', nav)}


# --- Galería --------------------------------------------------------------------------


def test_galeria_faceta_de_pais_cuenta_las_plantillas_de_cada_pais(sitio_paises, compuestas):
    esperado = {pais: len(compuestas[pais][0]) for pais in PAISES}
    assert esperado["mx"] < esperado["es"]  # la copia de prueba excluye en México la carta formal B2C
    assert _faceta(_leer(sitio_paises, "catalogo")) == esperado
    assert _faceta(_leer(sitio_paises, "catalogo/mx")) == esperado
    assert sitio_paises.plantillas == sum(esperado.values())


def test_galeria_de_cada_pais_solo_con_sus_plantillas(sitio_paises, compuestas):
    for ruta, pais in (("catalogo", "es"), ("catalogo/mx", "mx")):
        html = _leer(sitio_paises, ruta)
        datos = json.loads(re.search(r'id="cobro-tarjetas">(.*?)</script>', html, re.S).group(1))
        enlaces = [t[4] for grupo in datos["g"] for t in grupo]
        assert len(enlaces) == len(compuestas[pais][0])
        assert all(f"/{pais}-{SECTOR}-" in e for e in enlaces)


def test_galeria_espana_por_defecto_y_recuerda_el_pais_elegido(pestana, compuestas):
    pestana.goto("catalogo/")
    assert _h1(pestana) == "Catálogo: España"
    assert pestana.locator(".cobro-tarjeta").count() == len(compuestas["es"][0])
    pestana.click("[data-cobro-paises-galeria] a[data-pais=mx]")
    pestana.wait_for_url("**/catalogo/mx/")
    assert _h1(pestana) == "Catálogo: México"
    assert pestana.locator(".cobro-tarjeta").count() == len(compuestas["mx"][0])
    pestana.goto("catalogo/?canal=sms")  # la galería predeterminada lleva a la elegida
    pestana.wait_for_url("**/catalogo/mx/?canal=sms")
    sms = sum(1 for p in compuestas["mx"][0] if p.canal == "sms")
    assert pestana.locator(".cobro-tarjeta:not([hidden])").count() == sms


# --- Ficha ----------------------------------------------------------------------------


def test_ficha_mexicana_cambia_a_la_espanola(pestana):
    pestana.goto(FICHA_MX)
    assert _h1(pestana).endswith("· México")
    ejemplo = pestana.inner_text("[data-cobro-ejemplo]")
    assert "SPEI" in ejemplo and "CLABE" in ejemplo and "€" not in ejemplo
    pestana.click(".cobro-conmutador[aria-label='País'] a:has-text('España')")
    pestana.wait_for_url("**/" + FICHA_ES)
    assert _h1(pestana).endswith("· España")
    assert pestana.locator(".cobro-conmutador[aria-label='País'] [aria-current]").inner_text() == "España"
    assert "€" in pestana.inner_text("[data-cobro-ejemplo]")


def test_ficha_datos_de_ejemplo_y_medios_de_pago_del_pais(sitio_paises, arbol_paises):
    from generador import dominio
    from generador.rellenar import Relleno

    espec = dominio.modelo(arbol_paises)
    for ruta, pais in ((FICHA_MX, "mx"), (FICHA_ES, "es")):
        html = _leer(sitio_paises, ruta)
        locale = espec.paises[pais].locale
        assert f"Con los datos de ejemplo de <code>{locale}</code>" in html
        datos = json.loads(re.search(r'id="cobro-plantilla">(.*?)</script>', html, re.S).group(1))
        assert datos["pais"] == pais
        importe = Relleno(espec, locale).datos(
            next(p for p in _plantillas(espec, pais) if p.id == datos["id"].removeprefix(f"{pais}-")))
        assert datos["ejemplo"]["importe"] == importe["importe"]
        medios = re.search(r'class="cobro-medios-pago" data-cobro-pais="([a-z]+)">(.*?)</div>', html, re.S)
        visible = re.sub(r"<[^>]*>", "", medios.group(2))  # el texto vivo va en un atributo
        assert medios.group(1) == pais and "[[" not in visible and "{{" not in visible
    assert "SPEI" in _leer(sitio_paises, FICHA_MX) and "SPEI" not in _leer(sitio_paises, FICHA_ES)


def test_los_medios_de_pago_de_la_ficha_llevan_su_texto_vivo_con_los_marcadores(sitio_paises):
    # Cada línea con un dato de la empresa guarda su texto con marcadores; rellenarlo con los
    # valores de ejemplo de la ficha da exactamente la línea que se ve.
    import html as html_mod

    html = _leer(sitio_paises, FICHA_ES)
    ejemplo = json.loads(re.search(r'id="cobro-plantilla">(.*?)</script>', html, re.S).group(1))["ejemplo"]
    caja = re.search(r'class="cobro-medios-pago".*?<ul>(.*?)</ul>', html, re.S).group(1)
    lineas = re.findall(r'<li data-cobro-texto="([^"]*)">([^<]*)</li>', caja)
    assert [canon for canon, _ in lineas if "{{ enlace_pago }}" in html_mod.unescape(canon)]
    for canon, visto in lineas:
        relleno = re.sub(r"\{\{\s*([a-z0-9_]+)\s*\}\}", lambda m: ejemplo[m.group(1)],
                         html_mod.unescape(canon))
        assert relleno == html_mod.unescape(visto)


def test_tus_datos_rehacen_tambien_los_medios_de_pago(pestana):
    # Antes solo cambiaba el ejemplo: la caja «Medios de pago en España» seguía con el enlace
    # y el teléfono de la empresa de ejemplo, contradiciendo al mensaje de debajo.
    pestana.goto(FICHA_ES)
    caja = pestana.locator(".cobro-medios-pago")
    assert "https://pago.lince.example/f" not in caja.inner_text()
    pestana.locator("[data-cobro-tus-datos] summary").click()
    pestana.get_by_label("Enlace de pago").fill("https://pago.lince.example/f")
    pestana.get_by_label("Teléfono").fill("910 000 111")
    en_caja, en_ejemplo = caja.inner_text(), pestana.inner_text("[data-cobro-ejemplo]")
    for dato in ("https://pago.lince.example/f", "910 000 111"):
        assert (dato in en_caja) == (dato in en_ejemplo)
    assert "https://pago.lince.example/f" in en_caja
    assert "{{" not in en_caja
    pestana.locator("[data-cobro-borrar]").click()
    assert "https://pago.lince.example/f" not in caja.inner_text()


def _plantillas(espec, pais):
    from generador.componer import componer

    return componer(espec, None, pais).plantillas


def test_ficha_sin_version_en_otro_pais_dice_por_que(sitio_paises, compuestas):
    html = _leer(sitio_paises, EXCLUIDA_ES)
    motivo = next(e.motivo for e in compuestas["mx"][1] if (e.audiencia, e.tipo, e.canal, e.registro)
                  == ("b2c", "reclamacion_formal", "carta", "usted"))
    assert re.search(r'<span class="cobro-opcion cobro-opcion-no" title="([^"]*)">México</span>',
                     html).group(1) == motivo.replace('"', "&quot;")
    nota = re.search(r'<ul class="cobro-nota cobro-sin-version"><li>(.*?)</li>', html).group(1)
    assert nota == f"Sin versión para México: {motivo}"


# --- Búsqueda -------------------------------------------------------------------------


def _indice(sitio, nombre: str) -> dict:
    """Un guion de índice (``cobro-indice[-<país>].js``) con sus textos, como lo ve cobro.js."""
    from generador.sitio.busqueda import leer

    pais = nombre.removeprefix("cobro-indice").removesuffix(".js").removeprefix("-") or None
    return leer(sitio.salida / "assets", pais)


def test_indice_partido_por_pais(sitio_paises, compuestas):
    base = _indice(sitio_paises, "cobro-indice.js")
    assert [p[0] for p in base["paises"]] == PAISES
    assert base["predeterminado"] == "es"
    assert not any(d["c"] == "Plantilla" for d in base["docs"])
    for pais in PAISES:
        parte = _indice(sitio_paises, f"cobro-indice-{pais}.js")
        assert len(parte["docs"]) == len(compuestas[pais][0])
        assert {d["p"] for d in parte["docs"]} == {pais}
    # ninguna página carga los índices por país: cobro.js los pide al buscar
    assert "cobro-indice-" not in _leer(sitio_paises, "catalogo") + _leer(sitio_paises, FICHA_MX)


def test_busqueda_restringida_a_un_pais(pestana, sitio_paises):
    # las páginas sin país y las plantillas de México con una clave que empieza por la de
    # «suministro» (la última palabra de la consulta también vale como prefijo)
    def cuantas(*nombres):
        docs = [d for n in ("cobro-indice.js", *nombres) for d in _indice(sitio_paises, n)["docs"]]
        return sum(1 for d in docs if any(
            c.startswith("suministr") for c in f"{d['kt']} {d.get('kp', '')} {d['k']}".split()))

    esperadas = cuantas("cobro-indice-mx.js")
    pestana.goto("buscar/?q=suministro&pais=mx")
    estado = pestana.locator("[data-cobro-estado]")
    estado.filter(has_text="resultado").wait_for()
    assert pestana.locator("[data-cobro-pais-busqueda]").input_value() == "mx"
    assert re.match(rf"{esperadas} resultados para «suministro» en México", estado.inner_text())
    paises = pestana.eval_on_selector_all("[data-cobro-resultados] li[data-pais]",
                                          "ls => ls.map(l => l.dataset.pais)")
    assert paises and set(paises) == {"mx"}
    pestana.select_option("[data-cobro-pais-busqueda]", "todos")
    pestana.wait_for_function("() => !document.querySelector('[data-cobro-estado]')"
                              ".textContent.includes('en México')")
    todas = cuantas("cobro-indice-mx.js", "cobro-indice-es.js")
    assert estado.inner_text() == f"{todas} resultados para «suministro»; se ven 20."
    assert pestana.url.endswith("pais=todos")


def test_busqueda_de_la_cabecera_en_una_ficha_busca_en_su_pais(pestana):
    pestana.goto(FICHA_MX)
    pestana.fill(".cobro-cabecera input", "suministro")
    estado = pestana.locator(".cobro-vivo-estado")
    estado.filter(has_text="resultado").wait_for()
    assert estado.inner_text().endswith(" en México")
    assert pestana.get_attribute(".cobro-vivo-todos", "href").endswith("pais=mx")


# --- PDF de las cartas (árbol de prueba) ----------------------------------------------


def test_pdf_de_cada_carta_en_a4_enlazado_desde_su_pagina(sitio):
    if not CHROMIUM.exists():
        pytest.skip("sin Chromium no hay PDF")
    pdfs = sorted((sitio.salida / "descargas").rglob("*.pdf"))
    cartas = sorted(p.with_suffix(".pdf") for p in (sitio.salida / "descargas" / "carta").rglob("*.html"))
    assert pdfs == cartas and cartas
    for pdf in pdfs:
        datos = pdf.read_bytes()
        assert datos.startswith(b"%PDF-")
        cajas = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", datos)
        assert cajas and all(round(float(a)) == 595 and round(float(b)) == 842 for a, b in cajas)
    html = _leer(sitio, "plantillas/seguros/seguros-ultimo_aviso-carta-usted")
    assert re.search(r'href="[^"]*/seguros-ultimo_aviso-carta-usted\.pdf" download=', html)
    # impresas ahora o sin cambios desde la construcción anterior (caché)
    assert sitio.pdf["cartas"] + sitio.pdf["de_cache"] == len(cartas) and sitio.notas == []


def test_sin_chromium_lo_dice_una_vez_y_no_enlaza_pdf(tmp_path, monkeypatch):
    from generador.sitio.construir import construir_sitio
    from generador.sitio.pdf import AVISO_SIN_CHROMIUM

    monkeypatch.setenv("COBRO_CHROMIUM", str(tmp_path / "no-existe"))
    r = construir_sitio(tmp_path / "site", specs=ARBOL, pdf=True)
    assert r.notas == [AVISO_SIN_CHROMIUM]
    assert list(r.salida.rglob("*.pdf")) == []
    assert ".pdf" not in _leer(r, "plantillas/seguros/seguros-ultimo_aviso-carta-usted")


def _h1(pestana) -> str:
    return pestana.inner_text("h1").removesuffix("¶").strip()


# --- Accesibilidad y maquetación de las páginas de otro país ---------------------------

PAGINAS_PAIS = {"galeria_mx": "catalogo/mx/", "ficha_mx": FICHA_MX, "excluida_es": EXCLUIDA_ES,
                "busqueda_mx": "buscar/?q=factura&pais=mx"}


@pytest.mark.parametrize("nombre", list(PAGINAS_PAIS))
def test_paginas_de_otro_pais_sin_violaciones_graves(navegador, url_paises, nombre):
    from .test_navegador_vista import AXE

    if not AXE.is_file():
        pytest.skip("falta axe-core: cd tests/sitio/node && npm ci")
    contexto, pestana = abrir_pestana(navegador, url_paises)
    try:
        pestana.goto(PAGINAS_PAIS[nombre])
        if nombre.startswith("busqueda"):
            pestana.wait_for_selector("[data-cobro-resultados] li")
        pestana.add_script_tag(path=str(AXE))
        resultado = pestana.evaluate("axe.run(document, {resultTypes: ['violations']})")
        violaciones = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                       for v in resultado["violations"]]  # de cualquier impacto
        assert violaciones == []
    finally:
        contexto.close()


@pytest.mark.parametrize("ancho", [390, 1280])
@pytest.mark.parametrize("nombre", list(PAGINAS_PAIS))
def test_paginas_de_otro_pais_a_390_y_1280(navegador, url_paises, nombre, ancho):
    from .test_navegador_vista import ARTEFACTOS, _a_la_vista, _solapes

    contexto, pestana = abrir_pestana(navegador, url_paises, ancho)
    try:
        pestana.goto(PAGINAS_PAIS[nombre])
        if nombre.startswith("busqueda"):
            pestana.wait_for_selector("[data-cobro-resultados] li")
        ARTEFACTOS.mkdir(exist_ok=True)
        pestana.screenshot(path=str(ARTEFACTOS / f"{nombre}-{ancho}.png"), full_page=True)
        assert pestana.evaluate("document.documentElement.scrollWidth") <= ancho
        assert _a_la_vista(pestana, "h1")
        if nombre == "galeria_mx":
            assert _a_la_vista(pestana, "[data-cobro-paises-galeria]")
            assert _solapes(pestana, ".cobro-tarjeta") == []
            assert _solapes(pestana, "[data-cobro-paises-galeria] .cobro-opcion") == []
        if nombre in ("ficha_mx", "excluida_es"):
            assert _solapes(pestana, ".cobro-opcion") == []
            assert _a_la_vista(pestana, ".cobro-variantes")
        assert pestana.errores == [] and pestana.externas == []
    finally:
        contexto.close()


def test_la_vista_previa_de_la_carta_dice_el_papel_de_su_pais(sitio_paises):
    """México imprime en papel tamaño carta (US Letter), España en A4 (papel: de
    mensajes/paises/<cc>.yml): la vista previa lo dice y la carta lleva su @page."""
    import json

    for pais, pie, css in (("mx", "La carta en papel tamaño carta (US Letter);", "size: letter;"),
                           ("es", "La carta en una hoja A4;", "size: A4;")):
        html = _leer(sitio_paises, f"plantillas/energia/{pais}-energia-b2b-reclamacion_formal-carta-usted")
        assert f"<figcaption>{pie}" in html
        [datos] = re.findall(r'<script type="application/json" id="cobro-plantilla">(.*?)</script>',
                             html, re.S)
        assert f"@page {{ {css}" in json.loads(datos)["carta"]
