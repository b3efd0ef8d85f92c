"""El PDF de cada carta del catálogo, impreso por Chromium sin interfaz (``cobro sitio --pdf``).

Un solo navegador y una sola pestaña para todas las cartas (Playwright con el Chromium de
Debian, como las pruebas; nunca ``playwright install``): arrancar Chromium una vez por
carta costaría un segundo por carta. Cada carta es el HTML A4 del exportador ``carta``
(su ``@page`` fija el tamaño); el PDF se escribe a su lado con el mismo nombre.

Sin Chromium o sin Playwright no se imprime nada: :func:`imprimir` devuelve el motivo en
``medida["aviso"]`` y el sitio lo dice una vez y omite el enlace.
"""

from __future__ import annotations

import time
from pathlib import Path

AVISO_SIN_CHROMIUM = ("no se generaron los PDF de las cartas: no se encontró Chromium "
                      "(Debian/Ubuntu: apt-get install chromium, o su ruta en COBRO_CHROMIUM); "
                      "las páginas de las cartas no enlazan ningún PDF")
AVISO_SIN_PLAYWRIGHT = ("no se generaron los PDF de las cartas: falta el paquete playwright "
                        "(pip install playwright; usa el Chromium del sistema, sin "
                        "'playwright install'); las páginas de las cartas no enlazan ningún PDF")
ARGUMENTOS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def disponible() -> tuple[str | None, str]:
    """(ruta de Chromium, "") si se puede imprimir; si no, (None, el motivo en español)."""
    from generador.exportar.carta import navegador

    chromium = navegador()
    if chromium is None:
        return None, AVISO_SIN_CHROMIUM
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return None, AVISO_SIN_PLAYWRIGHT
    return chromium, ""


def imprimir(cartas: dict[str, Path]) -> tuple[dict[str, Path], dict]:
    """Imprime cada carta (id -> HTML) a PDF junto a su HTML. Devuelve (id -> PDF, medida):
    ``medida`` trae ``cartas``, ``segundos`` y, si no se pudo imprimir, ``aviso``."""
    if not cartas:
        return {}, {"cartas": 0, "segundos": 0.0}
    chromium, aviso = disponible()
    if chromium is None:
        return {}, {"cartas": 0, "segundos": 0.0, "aviso": aviso}
    from playwright.sync_api import sync_playwright

    inicio = time.perf_counter()
    hechos: dict[str, Path] = {}
    with sync_playwright() as p:
        navegador = p.chromium.launch(executable_path=chromium, args=ARGUMENTOS)
        try:
            pestana = navegador.new_page()
            pestana.route("**/*", lambda ruta: ruta.continue_() if ruta.request.url.startswith(
                ("file:", "data:")) else ruta.abort())  # la carta es autónoma: nada de la red
            for pid, html in cartas.items():
                destino = html.with_suffix(".pdf")
                pestana.goto(html.as_uri(), wait_until="load")
                pestana.pdf(path=str(destino), format="A4", print_background=True,
                            prefer_css_page_size=True)
                hechos[pid] = destino
        finally:
            navegador.close()
    return hechos, {"cartas": len(hechos), "segundos": round(time.perf_counter() - inicio, 2)}
