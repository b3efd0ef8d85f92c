"""El catálogo en un Chromium real (Debian), servido en 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTEFACTOS = Path(__file__).resolve().parents[2] / "artefactos"

pytestmark = pytest.mark.navegador


def _buscar(pagina, consulta: str) -> list[str]:
    pagina.goto("buscar/")
    pagina.fill("#cobro-consulta", consulta)
    pagina.wait_for_selector("[data-cobro-estado]:has-text('para «')")
    return pagina.locator("[data-cobro-resultados] li > a").all_text_contents()


@pytest.mark.parametrize("consulta", ["póliza", "poliza", "POLIZA", "pólizas", "polizas"])
def test_busqueda_con_y_sin_tildes_singular_y_plural(pagina, consulta):
    titulos = _buscar(pagina, consulta)
    assert any("Seguros" in t for t in titulos), titulos


@pytest.mark.parametrize("consulta", ["factura", "facturas", "Facturas "])
def test_busqueda_plural_y_singular(pagina, consulta):
    # el sector de seguros dice "facturas"; el hostil, "factura"
    titulos = _buscar(pagina, consulta)
    assert any("Seguros" in t for t in titulos) and any("Hostil" in t for t in titulos), titulos


def test_busqueda_desde_la_cabecera_y_captura(pagina):
    pagina.goto("")
    pagina.fill(".cobro-cabecera input", "ultimo aviso")
    pagina.press(".cobro-cabecera input", "Enter")
    pagina.wait_for_selector("[data-cobro-resultados] li")
    assert "Último aviso" in pagina.locator("[data-cobro-resultados]").inner_text()
    ARTEFACTOS.mkdir(exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTOS / "busqueda.png"), full_page=True)


def test_normalizador_js_igual_que_python(pagina):
    from generador.sitio.busqueda import claves

    palabras = "Póliza pólizas FACTURAS interés intereses luces acciones países años meses crisis"
    pagina.goto("")
    en_js = pagina.evaluate("t => window.cobroBusqueda.claves(t)", palabras)
    assert en_js == claves(palabras)


def test_filtros_reducen_y_se_combinan(pagina):
    pagina.goto("catalogo/")
    visibles = pagina.locator("[data-cobro-lista] > li:visible")
    assert visibles.count() == 12
    pagina.check("input[name=sector][value=seguros]")
    assert visibles.count() == 6
    pagina.check("input[name=canal][value=sms]")
    assert visibles.count() == 2
    pagina.check("input[name=registro][value=usted]")
    assert visibles.count() == 1
    assert "seguros-recordatorio_previo-sms-usted" in visibles.first.locator("a").get_attribute("href")
    # los contadores dicen cuántas quedarían con cada opción
    assert pagina.locator("input[name=canal][value=carta] ~ [data-cuenta]").inner_text() == "1"
    assert pagina.locator("input[name=audiencia][value=b2b] ~ [data-cuenta]").inner_text() == "0"
    assert pagina.locator("input[name=registro][value=tu] ~ [data-cuenta]").inner_text() == "1"
    assert "1 de 12" in pagina.locator("[data-cobro-resumen]").inner_text()
    pagina.check("input[name=canal][value=carta]")  # dentro de un grupo, se suman
    assert visibles.count() == 2
    pagina.click("button[type=reset]")
    pagina.wait_for_function(
        "document.querySelectorAll('[data-cobro-lista] > li:not([hidden])').length == 12")


def test_copiar_pone_el_texto_exacto(pagina, espec):
    from generador.componer import Filtros, componer

    plantilla = next(p for p in componer(espec, Filtros(sector="seguros")).plantillas
                     if p.id == "seguros-ultimo_aviso-carta-usted")
    pagina.goto("plantillas/seguros/seguros-ultimo_aviso-carta-usted/")
    bloque = pagina.locator("pre").filter(has_text="{{ empresa }}").first
    bloque.hover()
    bloque.locator("button[data-md-type=copy]").click()
    copiado = pagina.evaluate("navigator.clipboard.readText()")
    assert copiado == plantilla.cuerpo


def test_plantilla_muestra_su_ejemplo_relleno_y_captura(pagina):
    pagina.goto("plantillas/seguros/seguros-recordatorio_previo-email-tu/")
    ejemplo = pagina.locator("[data-cobro-ejemplo]").inner_text()
    assert "Marta Giménez" in ejemplo and "1.234,50 €" in ejemplo and "{{" not in ejemplo
    assert "Sin hallazgos" in pagina.content()
    ARTEFACTOS.mkdir(exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTOS / "plantilla.png"), full_page=True)


def test_inicio_y_captura(pagina):
    pagina.goto("")
    assert pagina.locator(".cobro-escalera").count() == 1
    ARTEFACTOS.mkdir(exist_ok=True)
    pagina.screenshot(path=str(ARTEFACTOS / "inicio.png"), full_page=True)


@pytest.mark.parametrize("ruta", ["sectores/hostil/", "plantillas/hostil/hostil-ultimo_aviso-carta-tu/",
                                  "catalogo/", "etapas/preaviso/"])
def test_contenido_hostil_no_se_ejecuta(pagina, ruta):
    pagina.goto(ruta)
    assert pagina.evaluate("window.__hostil") is None
    assert "<script>window.__hostil" in pagina.locator("article").inner_text() or ruta == "catalogo/" \
        or ruta == "etapas/preaviso/"
