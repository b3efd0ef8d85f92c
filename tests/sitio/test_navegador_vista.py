"""Accesibilidad (axe-core) y comprobaciones de maquetación a 390 px y 1280 px.

Las capturas se guardan en ``artefactos/`` para mirarlas; lo que se comprueba son hechos
deterministas: nada se sale a lo ancho, lo importante está a la vista y no hay cajas
montadas unas sobre otras.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.navegador

RAIZ = Path(__file__).resolve().parents[2]
AXE = Path(__file__).parent / "node" / "node_modules" / "axe-core" / "axe.min.js"
ARTEFACTOS = RAIZ / "artefactos"
PAGINAS = {
    "inicio": "",
    "galeria": "catalogo/",
    "ficha": "plantillas/seguros/seguros-recordatorio_previo-email-tu/",
    "sms": "plantillas/seguros/seguros-recordatorio_previo-sms-usted/",
    "busqueda": "buscar/?q=poliza",
    "cli": "cli/",
}


@pytest.fixture(scope="module")
def axe():
    if not AXE.is_file():
        motivo = "falta axe-core: cd tests/sitio/node && npm ci (lo hace scripts/instalar.sh --pruebas)"
        if os.environ.get("CI"):
            pytest.fail(motivo)
        pytest.skip(motivo)
    return AXE


@pytest.mark.parametrize("nombre", ["inicio", "galeria", "ficha", "busqueda", "cli"])
def test_sin_violaciones_de_accesibilidad(abrir, axe, nombre):
    """Ninguna violación de axe, de ningún impacto: también las moderadas, como
    landmark-unique (el botón de copiar de Material iba en un <nav> por bloque de código, varios
    «navigation» sin nombre; se les quita el papel de región en cobro.js)."""
    pestana = abrir()
    pestana.goto(PAGINAS[nombre])
    if nombre == "busqueda":
        pestana.wait_for_selector("[data-cobro-resultados] li")
    pestana.add_script_tag(path=str(axe))
    resultado = pestana.evaluate("axe.run(document, {resultTypes: ['violations']})")
    violaciones = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                   for v in resultado["violations"]]
    assert violaciones == []
    if nombre in ("ficha", "cli"):  # páginas con bloques de código: el botón de copiar sigue
        botones = pestana.evaluate("""() => [...document.querySelectorAll('nav.md-code__nav')]
          .map(n => [n.getAttribute('role'), n.querySelector('button').getAttribute('title')])""")
        assert botones and set(map(tuple, botones)) == {("presentation", "Copiar al portapapeles")}


@pytest.mark.parametrize("pagina", ["cli/", "reglas/"])
def test_en_el_movil_una_tabla_que_desborda_se_desplaza_con_el_teclado(abrir, axe, pagina):
    """A 390 px las tablas anchas (órdenes, reglas) se desplazan a lo ancho: su caja recibe
    el foco y tiene nombre, para que quien usa el teclado pueda leerlas (axe:
    scrollable-region-focusable, grave)."""
    pestana = abrir(390, 800)
    pestana.goto(pagina)
    cajas = pestana.evaluate("""() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
      .map(c => [c.scrollWidth > c.clientWidth + 1, c.tabIndex, c.getAttribute('aria-label')])""")
    desbordan = [(i, c) for i, c in enumerate(cajas, 1) if c[0]]
    assert desbordan, "ninguna tabla desborda a 390 px: la prueba no prueba nada"
    # cada región con su nombre (axe: landmark-unique): su número y el título bajo el que está
    assert all(c[1] == 0 and re.fullmatch(
        rf"Tabla {i} de «[^»]+» \(desplázala a los lados con las flechas\)", c[2])
        for i, c in desbordan), desbordan
    assert all(c[1] == -1 for c in cajas if not c[0])  # las que caben, sin parada de más
    pestana.add_script_tag(path=str(axe))
    resultado = pestana.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert [v["id"] for v in resultado["violations"]] == []


def _solapes(pestana, selector: str) -> list[tuple[int, int]]:
    return pestana.evaluate("""sel => {
      const cajas = [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null)
        .map(e => e.getBoundingClientRect());
      const malos = [];
      for (let i = 0; i < cajas.length; i++) for (let j = i + 1; j < cajas.length; j++) {
        const a = cajas[i], b = cajas[j];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1
            && b.top < a.bottom - 1) malos.push([i, j]);
      }
      return malos;
    }""", selector)


def _a_la_vista(pestana, selector: str) -> bool:
    return pestana.evaluate("""sel => {
      const e = document.querySelector(sel);
      if (!e) return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth + 1 && r.top >= 0;
    }""", selector)


@pytest.mark.parametrize("ancho", [390, 1280])
@pytest.mark.parametrize("nombre", ["inicio", "galeria", "ficha", "sms", "busqueda"])
def test_maquetacion_a_390_y_1280(abrir, nombre, ancho):
    pestana = abrir(ancho)
    pestana.goto(PAGINAS[nombre])
    if nombre == "busqueda":
        pestana.wait_for_selector("[data-cobro-resultados] li")
    ARTEFACTOS.mkdir(exist_ok=True)
    pestana.screenshot(path=str(ARTEFACTOS / f"{nombre}-{ancho}.png"), full_page=True)
    ancho_doc = pestana.evaluate("document.documentElement.scrollWidth")
    assert ancho_doc <= ancho, f"se sale a lo ancho: {ancho_doc} px"
    assert _a_la_vista(pestana, "h1")
    assert _a_la_vista(pestana, ".cobro-cabecera input")
    if nombre == "galeria":
        assert _solapes(pestana, ".cobro-tarjeta") == []
        assert _solapes(pestana, ".cobro-filtros fieldset") == []
        if ancho == 390:  # las facetas se pliegan para que las tarjetas se vean
            assert pestana.locator("[data-cobro-filtros-caja]").get_attribute("open") is None
    if nombre in ("ficha", "sms"):
        assert _solapes(pestana, ".cobro-opcion") == []
        assert _solapes(pestana, ".cobro-paso") == []
        assert _a_la_vista(pestana, ".cobro-variantes")
        assert pestana.evaluate("document.querySelector('[data-cobro-vista]').getBoundingClientRect()"
                                ".right") <= ancho
    if nombre == "inicio":
        # ningún rótulo de la escalera se sale de su caja ni del dibujo
        fuera = pestana.evaluate("""() => {
          const svg = document.querySelector('.cobro-escalera'), caja = svg.querySelector('rect.caja');
          const s = svg.getBoundingClientRect(), c = caja.getBoundingClientRect();
          const textos = [...svg.querySelectorAll('text')]
            .map(t => [t.textContent, t.getBoundingClientRect()]);
          return textos.filter(([t, r]) => r.right > s.right + 1 || r.left < s.left - 1
            || (r.top >= c.top && r.bottom <= c.bottom && r.left >= c.left && r.right > c.right + 1))
            .map(([t]) => t);
        }""")
        assert fuera == []
    assert pestana.errores == []


_FOCO = """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
  return [(e.getAttribute('aria-label') || e.textContent).trim().slice(0, 40),
          Math.round(r.left), Math.round(r.right)]; }"""


def test_a_390_px_el_teclado_abre_el_menu_y_no_pasa_por_enlaces_ocultos(abrir):
    """En pantalla estrecha el menú es un cajón fuera de la pantalla: antes sus 13 enlaces,
    invisibles, recibían el foco, y el botón ☰ no (era un <label>). Ahora es un botón de verdad:
    recibe el foco, Intro abre el cajón con el foco dentro y Escape lo cierra y devuelve el
    foco; y con el ratón sigue abriéndose con un clic."""
    pestana = abrir(390, 844)
    pestana.goto(PAGINAS["ficha"])
    focos = []
    for _ in range(8):
        pestana.keyboard.press("Tab")
        focos.append(pestana.evaluate(_FOCO))
    assert [f for f in focos if f[2] <= 0 or f[1] >= 390] == []  # nada enfocado fuera de la vista
    assert focos[1][0] == "Menú de navegación"
    for _ in range(len(focos) - 2):  # de vuelta al botón, solo con el teclado
        pestana.keyboard.press("Shift+Tab")
    assert pestana.evaluate(_FOCO)[0] == "Menú de navegación"
    pestana.keyboard.press("Enter")
    assert pestana.evaluate("document.getElementById('__drawer').checked") is True
    pestana.wait_for_timeout(300)  # la transición del cajón
    dentro = pestana.evaluate(_FOCO)
    assert dentro[1] >= 0 and pestana.evaluate(
        "document.activeElement.closest('.md-sidebar--primary') !== null")
    pestana.keyboard.press("Escape")
    assert pestana.evaluate("document.getElementById('__drawer').checked") is False
    assert pestana.evaluate(_FOCO)[0] == "Menú de navegación"
    assert pestana.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    pestana.click("button.cobro-menu")
    assert pestana.evaluate("document.getElementById('__drawer').checked") is True
    assert pestana.evaluate("document.querySelector('button.cobro-menu')"
                            ".getAttribute('aria-expanded')") == "true"


def test_a_1280_px_el_menu_lateral_sigue_al_alcance_del_teclado(abrir):
    pestana = abrir(1280, 900)
    pestana.goto(PAGINAS["ficha"])
    focos = []
    for _ in range(6):
        pestana.keyboard.press("Tab")
        focos.append(pestana.evaluate(_FOCO)[0])
    assert "Inicio" in focos and "Menú de navegación" not in focos
