"""Cartas listas para imprimir: HTML A4 (``@page``) rellena con los datos de ejemplo y,
con ``pdf=True``, también PDF impreso por Chromium sin interfaz.

La maqueta de carta (``mensajes/canales.yml``) da los bloques en orden, separados por líneas
en blanco: remitente, destinatario, lugar y fecha, referencia y asunto, el cuerpo y la
firma. Cada bloque lleva su sitio en la página (el destinatario a la derecha, para la
ventana del sobre; lugar y fecha alineados a la derecha; espacio para la firma manuscrita).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from generador.exportar import html_email
from generador.exportar.base import Archivo, Contexto, recorrer, ruta_por_plantilla, traducir
from generador.modelo import Plantilla

CANALES = ("carta",)
DESCRIPCION = "Carta lista para imprimir: HTML A4 y, con --pdf, PDF (Chromium)"
_BLANCO = re.compile(r"\n[ \t]*\n")

ESTILO = """@page { size: A4; margin: 22mm 22mm 24mm 25mm; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0; font-family: Georgia, "Times New Roman", serif; font-size: 11pt;
       line-height: 1.45; color: #111111; }
main { max-width: 170mm; margin: 0 auto; }
p { margin: 0 0 0.9em 0; }
.remitente { font-size: 10pt; color: #333333; margin-bottom: 12mm; }
.envio { margin: 0 0 3mm 50%; font-size: 10pt; font-weight: bold; }
.destinatario { margin: 0 0 12mm 50%; }
.lugar-fecha { text-align: right; margin-bottom: 8mm; }
.referencia { margin-bottom: 6mm; }
.referencia .asunto { font-weight: bold; }
ul { margin: 0 0 0.9em 0; padding-left: 1.4em; }
.firma { margin-top: 18mm; page-break-inside: avoid; break-inside: avoid; }
@media screen { body { padding: 12mm 0; } main { padding: 0 12mm; } }
"""


def _bloques(cuerpo: str) -> list[str]:
    return [b for b in _BLANCO.split(cuerpo.strip("\n")) if b.strip()]


def _lineas(bloque: str, datos: dict[str, str]) -> list[str]:
    variable = lambda n: html.escape(datos[n], quote=True)  # noqa: E731
    return [traducir(linea, html_email.literal_html, variable) for linea in bloque.split("\n")]


def _parrafo(bloque: str, datos: dict[str, str], clase: str = "") -> str:
    atributo = f' class="{clase}"' if clase else ""
    return f"<p{atributo}>" + "<br>\n".join(_lineas(bloque, datos)) + "</p>\n"


def _cuerpo(bloque: str, datos: dict[str, str]) -> str:
    partes = []
    for b in html_email.bloques(bloque):
        lineas = [traducir(x, html_email.literal_html, lambda n: html.escape(datos[n], quote=True))
                  for x in b.lineas]
        if b.tipo == "lista":
            partes.append("<ul>\n" + "".join(f"<li>{x}</li>\n" for x in lineas) + "</ul>\n")
        else:
            partes.append("<p>" + "<br>\n".join(lineas) + "</p>\n")
    return "".join(partes)


def _referencia(bloque: str, datos: dict[str, str]) -> str:
    lineas = _lineas(bloque, datos)
    marcadas = [f'<span class="asunto">{x}</span>' if x.startswith("Asunto:") else x for x in lineas]
    return '<p class="referencia">' + "<br>\n".join(marcadas) + "</p>\n"


def _partes(bloques: list[str]) -> tuple[str, list[str], str, str, str, list[str], str] | None:
    """remitente, envío (la línea «Por correo certificado...» de las etapas formales, o
    nada), destinatario, lugar y fecha, referencia, cuerpo y firma. Se ordenan desde el
    bloque de la referencia (el que lleva «Asunto:»): el destinatario y la fecha son los dos
    anteriores, y lo que hay entre el remitente y el destinatario es el envío."""
    n = next((i for i, b in enumerate(bloques)
              if i >= 3 and any(x.startswith("Asunto:") for x in b.split("\n"))), None)
    if n is None:
        if len(bloques) < 6:
            return None
        n = 3
    if len(bloques) < n + 2:
        return None
    return (bloques[0], bloques[1:n - 2], bloques[n - 2], bloques[n - 1], bloques[n],
            bloques[n + 1:-1], bloques[-1])


def papel(p: Plantilla, espec, locale: str | None = None) -> str:
    """El papel de la carta (``A4`` o ``carta``) según el país de la plantilla (o, si no
    lo lleva, el del locale o el predeterminado): ``papel:`` en mensajes/paises/<cc>.yml."""
    paises = getattr(espec, "paises", None) or {}
    codigo = (p.pais or next((c for c, x in paises.items() if x.locale == locale), None)
              or getattr(espec, "pais_predeterminado", None))
    return getattr(paises.get(codigo), "papel", "A4")


def documento(p: Plantilla, datos: dict[str, str], titulo: str, papel: str = "A4") -> str:
    from generador.modelo import PAPEL_CSS

    bloques = _bloques(p.cuerpo)
    partes = _partes(bloques)
    if partes is not None:
        remitente, envio, destinatario, lugar, referencia, cuerpo, firma = partes
        contenido = (
            '<header>\n' + _parrafo(remitente, datos, "remitente")
            + "".join(_parrafo(b, datos, "envio") for b in envio)
            + _parrafo(destinatario, datos, "destinatario")
            + _parrafo(lugar, datos, "lugar-fecha") + _referencia(referencia, datos)
            + '</header>\n<section class="cuerpo">\n'
            + "".join(_cuerpo(b, datos) for b in cuerpo)
            + '</section>\n' + _parrafo(firma, datos, "firma")
        )
    else:  # una maqueta sin los bloques esperados: párrafos sin más
        contenido = "".join(_cuerpo(b, datos) for b in bloques)
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(titulo)}</title>
<style>
{ESTILO.replace("size: A4;", f"size: {PAPEL_CSS.get(papel, 'A4')};", 1)}</style>
</head>
<body>
<main>
{contenido}</main>
</body>
</html>
"""


def navegador() -> str | None:
    """Ruta de Chromium para imprimir PDF (``COBRO_CHROMIUM`` manda), o None."""
    elegido = os.environ.get("COBRO_CHROMIUM")
    if elegido:
        return elegido if Path(elegido).is_file() else None
    for nombre in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        ruta = shutil.which(nombre)
        if ruta:
            return ruta
    return None


AVISO_SIN_PDF = (
    "no se generaron los PDF de las cartas: no se encontró Chromium. Instálalo "
    "(Debian/Ubuntu: apt-get install chromium) o indica su ruta en COBRO_CHROMIUM. "
    "El HTML de cada carta ya está listo para imprimir en A4 desde cualquier navegador."
)


def imprimir_pdf(documentos: dict[str, str], chromium: str, tiempo: float = 90,
                 progreso=None) -> dict[str, bytes]:
    """Imprime cada HTML a PDF con Chromium sin interfaz; devuelve nombre -> bytes.

    Un solo navegador y una sola pestaña para todas las cartas (Playwright, con el Chromium
    indicado): arrancar Chromium una vez por carta cuesta casi un segundo por carta. Sin el
    paquete playwright, se lanza Chromium con ``--print-to-pdf`` una vez por carta.
    ``progreso(hechas, total)``, si se da, se llama tras cada carta."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return _imprimir_por_carta(documentos, chromium, tiempo, progreso)
    # En un hilo propio: la API síncrona de Playwright no arranca en un hilo que ya tiene un
    # bucle de asyncio en marcha (otro Playwright síncrono, un servidor asíncrono...).
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as hilo:
        return hilo.submit(_imprimir_con_una_pestana, documentos, chromium, tiempo, progreso).result()


def _imprimir_con_una_pestana(documentos: dict[str, str], chromium: str, tiempo: float,
                              progreso) -> dict[str, bytes]:
    from playwright.sync_api import Error as ErrorPlaywright
    from playwright.sync_api import sync_playwright

    from generador.errores import ErrorCobro
    from generador.sitio.pdf import ARGUMENTOS

    resultado: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="cobro-pdf-") as temporal:
        base = Path(temporal)
        nombre = ""
        try:
            with sync_playwright() as p:
                navegador_pw = p.chromium.launch(executable_path=chromium, args=ARGUMENTOS)
                try:
                    pestana = navegador_pw.new_page()
                    pestana.set_default_timeout(tiempo * 1000)
                    # la carta es autónoma: nada de la red
                    pestana.route("**/*", lambda ruta: ruta.continue_() if ruta.request.url.startswith(
                        ("file:", "data:")) else ruta.abort())
                    for i, (nombre, contenido) in enumerate(documentos.items()):
                        origen = base / f"{i}.html"
                        origen.write_text(contenido, encoding="utf-8")
                        pestana.goto(origen.as_uri(), wait_until="load")
                        # el tamaño lo manda @page de la carta (A4 o carta)
                        datos = pestana.pdf(format="A4", print_background=True,
                                            prefer_css_page_size=True)
                        if not datos.startswith(b"%PDF"):
                            raise ErrorCobro(f"Chromium no produjo el PDF de la carta {nombre} ({chromium})")
                        resultado[nombre] = datos
                        if progreso is not None:
                            progreso(i + 1, len(documentos))
                finally:
                    navegador_pw.close()
        except ErrorPlaywright as exc:
            donde = f" la carta {nombre}" if nombre else " las cartas"
            primera = (str(exc).strip().splitlines() or [""])[0]
            raise ErrorCobro(f"Chromium no pudo imprimir{donde} a PDF ({chromium}): {primera}") from None
    return resultado


def _imprimir_por_carta(documentos: dict[str, str], chromium: str, tiempo: float,
                        progreso) -> dict[str, bytes]:
    from generador.errores import ErrorCobro

    resultado = {}
    with tempfile.TemporaryDirectory(prefix="cobro-pdf-") as temporal:
        base = Path(temporal)
        perfil = base / "perfil"
        for i, (nombre, contenido) in enumerate(documentos.items()):
            origen, destino = base / f"{i}.html", base / f"{i}.pdf"
            origen.write_text(contenido, encoding="utf-8")
            orden = [chromium, "--headless", "--disable-gpu", "--no-sandbox",
                     "--no-first-run", "--disable-extensions", f"--user-data-dir={perfil}",
                     "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                     f"--print-to-pdf={destino}", origen.as_uri()]
            try:
                subprocess.run(orden, capture_output=True, timeout=tiempo, check=False)
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise ErrorCobro(f"Chromium no pudo imprimir la carta {nombre} a PDF: {exc}") from None
            if not destino.is_file() or not destino.read_bytes().startswith(b"%PDF"):
                raise ErrorCobro(f"Chromium no produjo el PDF de la carta {nombre} ({chromium})")
            resultado[nombre] = destino.read_bytes()
            if progreso is not None:
                progreso(i + 1, len(documentos))
    return resultado


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos, documentos = [], {}
    for p in recorrer(plantillas, CANALES):
        contenido = documento(p, ctx.datos(p), ctx.ejemplo(p).asunto or p.titulo or p.id,
                              papel(p, ctx.espec, ctx.locale))
        documentos[p.id] = contenido
        archivos.append(Archivo(ruta_por_plantilla(p, "html"), contenido, (p.id,)))
    if ctx.pdf and documentos:
        chromium = navegador()
        if chromium is None:
            ctx.avisos.append(AVISO_SIN_PDF)
        else:
            por_id = {p.id: p for p in plantillas}
            total = len(documentos)
            if ctx.progreso is not None:
                from generador.concordancia import plural

                ctx.progreso(f"Imprimiendo {plural(total, 'carta')} a PDF con Chromium…")

            def avance(hechas: int, total: int) -> None:
                if ctx.progreso is not None and hechas < total and hechas % 100 == 0:
                    ctx.progreso(f"  {hechas} de {total} cartas impresas…")

            for pid, datos in imprimir_pdf(documentos, chromium, progreso=avance).items():
                archivos.append(Archivo(ruta_por_plantilla(por_id[pid], "pdf"), datos, (pid,)))
    return archivos
