"""Orden ``cobro sitio``."""

from __future__ import annotations

from pathlib import Path

import click

from generador.comandos.opciones import no_vacio, salida_no_vacia
from generador.concordancia import plural
from generador.numeros import segundos


@click.command(
    "sitio",
    options_metavar="[OPCIONES]",
    help="Genera las plantillas, las revisa con el linter y construye el catálogo web "
         "(mkdocs-material, sin conexión). Con --servir, lo sirve en 127.0.0.1.",
)
@click.option("--salida", "-o", type=click.Path(file_okay=False), default="site",
              show_default=True, metavar="CARPETA", callback=salida_no_vacia,
              help="Carpeta donde escribir el sitio (nueva, vacía o ya de cobro).")
@click.option("--forzar", is_flag=True,
              help="Escribe aunque la carpeta no esté vacía y no la haya creado cobro "
                   "(no borra lo que no escribió cobro).")
@click.option("--specs", type=click.Path(file_okay=False, path_type=Path),
              metavar="CARPETA",
              help="Árbol de especificaciones (mensajes/, sectores/ y reglas/). "
                   "Por defecto, el del proyecto.")
@click.option("--locale", metavar="LOCALE", callback=no_vacio,
              help="Locale de los ejemplos rellenos (p. ej. es_MX).")
@click.option("--pdf", is_flag=True,
              help="Imprime cada carta a PDF con Chromium (si está instalado) y lo enlaza desde "
                   "su página; scripts/catalogo.sh lo activa.")
@click.option("--pais", "paises", multiple=True, metavar="CC",
              help="Solo estos países (repetible; por defecto, todos los que tienen texto "
                   "propio). Para construir un catálogo parcial rápido (pruebas).")
@click.option("--sector", "sectores", multiple=True, metavar="SECTOR",
              help="Solo estos sectores (repetible; por defecto, todos).")
@click.option("--servir", is_flag=True, help="Después de construir, sirve el sitio en 127.0.0.1.")
@click.option("--puerto", type=click.IntRange(0, 65535), default=8000, show_default=True,
              metavar="PUERTO",
              help="Puerto para --servir (0: uno libre).")
def orden(salida: Path, specs: Path | None, locale: str | None, servir: bool, puerto: int,
          forzar: bool, pdf: bool, paises: tuple[str, ...], sectores: tuple[str, ...]) -> None:
    from generador.cli import interrumpir_salida
    from generador.sitio.construir import construir_sitio
    from generador.sitio.eventos import estado

    interrumpir_salida(salida)
    if servir:
        from generador.sitio.servir import comprobar_puerto

        comprobar_puerto(puerto)  # un puerto ocupado se dice antes de construir, no después
    estado().progreso = lambda mensaje: click.echo(mensaje, err=True)  # los pasos largos
    r = construir_sitio(salida, specs=specs, locale=locale, forzar=forzar, pdf=pdf,
                        paises=list(paises) or None, sectores=list(sectores) or None)
    for nota in r.notas:
        click.echo(f"cobro: aviso: {nota}", err=True)
    revisadas = plural(r.plantillas, "plantilla revisada", "plantillas revisadas")
    click.echo(f"{revisadas} ({r.con_hallazgos} con hallazgos), "
               f"{plural(r.reglas, 'regla')}, {plural(r.paginas, 'página')} en {r.salida}")
    if r.pdf and r.pdf.get("cartas"):
        impresas = plural(r.pdf["cartas"], "carta impresa", "cartas impresas")
        click.echo(f"{impresas} a PDF en {segundos(round(r.pdf['segundos'], 1))}")
    if r.pdf and r.pdf.get("de_cache"):
        click.echo(f"{r.pdf['de_cache']} PDF de cartas sin cambios, reutilizados de la caché")
    if servir:
        from generador.sitio.servir import servir as servir_sitio

        servir_sitio(r.salida, puerto, click.echo)
