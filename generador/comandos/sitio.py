"""Orden ``cobro sitio``."""

from __future__ import annotations

from pathlib import Path

import click

from generador.comandos.opciones import no_vacio, salida_no_vacia


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
@click.option("--specs", type=click.Path(file_okay=False, exists=True, path_type=Path),
              metavar="CARPETA",
              help="Árbol de especificaciones (mensajes/, sectores/ y reglas/). "
                   "Por defecto, el del proyecto.")
@click.option("--locale", metavar="LOCALE", callback=no_vacio,
              help="Locale de los ejemplos rellenos (p. ej. es_MX).")
@click.option("--servir", is_flag=True, help="Después de construir, sirve el sitio en 127.0.0.1.")
@click.option("--puerto", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Puerto para --servir (0: uno libre).")
def orden(salida: Path, specs: Path | None, locale: str | None, servir: bool, puerto: int,
          forzar: bool) -> None:
    from generador.sitio.construir import construir_sitio
    from generador.sitio.eventos import estado

    estado().progreso = lambda mensaje: click.echo(mensaje, err=True)  # los pasos largos
    r = construir_sitio(salida, specs=specs, locale=locale, forzar=forzar)
    click.echo(f"{r.plantillas} plantillas revisadas ({r.con_hallazgos} con hallazgos), "
               f"{r.reglas} reglas, {r.paginas} páginas en {r.salida}")
    if servir:
        from generador.sitio.servir import servir as servir_sitio

        servir_sitio(r.salida, puerto, click.echo)
