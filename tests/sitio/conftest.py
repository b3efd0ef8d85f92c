"""Fixtures del sitio: se construye una vez por sesión con el árbol de prueba."""

from __future__ import annotations

import os
import threading
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
    """El sitio construido (estricto) con el árbol de prueba, que incluye contenido hostil."""
    from generador.sitio.construir import construir_sitio

    salida = tmp_path_factory.mktemp("sitio") / "site"
    return construir_sitio(salida, specs=ARBOL)


@pytest.fixture(scope="session")
def url_base(sitio):
    from generador.sitio.servir import servidor

    http = servidor(sitio.salida, 0)
    hilo = threading.Thread(target=http.serve_forever, daemon=True)
    hilo.start()
    yield f"http://127.0.0.1:{http.server_address[1]}/"
    http.shutdown()
    http.server_close()


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


@pytest.fixture
def pagina(navegador, url_base):
    """Una pestaña que registra errores de consola y aborta toda petición fuera de 127.0.0.1."""
    from urllib.parse import urlparse

    contexto = navegador.new_context(base_url=url_base, viewport={"width": 1280, "height": 900})
    contexto.grant_permissions(["clipboard-read", "clipboard-write"], origin=url_base.rstrip("/"))
    externas: list[str] = []
    errores: list[str] = []

    def filtrar(ruta):
        if urlparse(ruta.request.url).hostname == "127.0.0.1" or ruta.request.url.startswith("data:"):
            ruta.continue_()
        else:
            externas.append(ruta.request.url)
            ruta.abort()

    contexto.route("**/*", filtrar)
    pestana = contexto.new_page()
    pestana.on("console", lambda m: errores.append(m.text) if m.type == "error" else None)
    pestana.on("pageerror", lambda e: errores.append(str(e)))
    pestana.externas = externas
    pestana.errores = errores
    yield pestana
    contexto.close()
    assert externas == [], f"peticiones fuera de 127.0.0.1: {externas}"
    assert errores == [], f"errores en la consola: {errores}"
