"""Fixtures del sitio: se construye una vez por sesión con el árbol de prueba."""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ARBOL = Path(__file__).parent / "datos" / "arbol"
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def espec():
    from generador.cargar import cargar

    return cargar(ARBOL)


@pytest.fixture(scope="session")
def sitio(tmp_path_factory):
    """El sitio construido (estricto) con el árbol de prueba, que incluye contenido hostil,
    y el PDF de cada carta (si hay Chromium)."""
    from generador.sitio.construir import construir_sitio

    salida = tmp_path_factory.mktemp("sitio") / "site"
    return construir_sitio(salida, specs=ARBOL, pdf=True)


@pytest.fixture(scope="session")
def sitio_real(tmp_path_factory):
    """El catálogo real (mensajes/, sectores/ y reglas/ del proyecto), construido en estricto
    con un solo país (``cobro sitio --pais es``: todos los sectores, tipos, etapas y reglas
    en la séptima parte del tiempo; los demás países, en test_paises.py)."""
    from generador.sitio.construir import construir_sitio

    return construir_sitio(tmp_path_factory.mktemp("real") / "site", paises=["es"])


@contextmanager
def servido(carpeta: Path):
    """Un sitio construido, servido en un puerto libre mientras dura el bloque: da su URL."""
    from generador.sitio.servir import servidor

    http = servidor(carpeta, 0)
    threading.Thread(target=http.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{http.server_address[1]}/"
    finally:
        http.shutdown()
        http.server_close()


@pytest.fixture(scope="session")
def url_base(sitio):
    with servido(sitio.salida) as url:
        yield url


@pytest.fixture(scope="session")
def navegador():
    motivo = None
    if not CHROMIUM.exists():
        motivo = f"no hay Chromium en {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            motivo = "falta playwright (pip install playwright; nunca 'playwright install')"
    if motivo:
        if os.environ.get("CI"):
            pytest.fail(f"pruebas de navegador obligatorias en CI: {motivo}")
        pytest.skip(motivo)
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


def abrir_pestana(navegador, url_base: str, ancho: int = 1280, alto: int = 900):
    """Un contexto con una pestaña que registra errores de consola y aborta toda petición
    fuera de 127.0.0.1; devuelve (contexto, pestaña)."""
    from urllib.parse import urlparse

    contexto = navegador.new_context(base_url=url_base, viewport={"width": ancho, "height": alto},
                                     accept_downloads=True)
    contexto.grant_permissions(["clipboard-read", "clipboard-write"], origin=url_base.rstrip("/"))
    externas: list[str] = []
    errores: list[str] = []

    def filtrar(ruta):
        url = ruta.request.url
        if urlparse(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:", "about:")):
            ruta.continue_()
        else:
            externas.append(url)
            ruta.abort()

    contexto.route("**/*", filtrar)
    pestana = contexto.new_page()
    pestana.on("console", lambda m: errores.append(m.text) if m.type == "error" else None)
    pestana.on("pageerror", lambda e: errores.append(str(e)))
    pestana.externas = externas
    pestana.errores = errores
    return contexto, pestana


@pytest.fixture
def pagina(navegador, url_base):
    """Una pestaña de 1280 px que falla la prueba si hay peticiones externas o errores."""
    contexto, pestana = abrir_pestana(navegador, url_base)
    yield pestana
    contexto.close()
    assert pestana.externas == [], f"peticiones fuera de 127.0.0.1: {pestana.externas}"
    assert pestana.errores == [], f"errores en la consola: {pestana.errores}"


@pytest.fixture
def abrir(navegador, url_base):
    """``abrir(ancho)``: una pestaña de ese ancho (se cierra al acabar la prueba)."""
    contextos = []

    def _abrir(ancho: int = 1280, alto: int = 900):
        contexto, pestana = abrir_pestana(navegador, url_base, ancho, alto)
        contextos.append(contexto)
        return pestana

    yield _abrir
    for contexto in contextos:
        contexto.close()
