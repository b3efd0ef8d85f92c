"""Opciones compartidas por varias órdenes (filtros, especificaciones, locale)."""

from __future__ import annotations

from pathlib import Path

import click

from generador.arbol import raiz_predeterminada as especificaciones_predeterminadas

__all__ = ["especificaciones_predeterminadas", "filtros"]


def filtros(funcion):
    """Añade --sector, --tipo, --canal, --registro, --audiencia, --locale y --specs."""
    for decorador in reversed((
        click.option("--sector", metavar="SECTOR", help="Solo este sector (p. ej. seguros)."),
        click.option("--tipo", metavar="TIPO", help="Solo este tipo (p. ej. ultimo_aviso)."),
        click.option("--canal", metavar="CANAL", help="Solo este canal: email, sms o carta."),
        click.option("--registro", metavar="REGISTRO", help="Solo este registro: tu o usted."),
        click.option("--audiencia", metavar="AUDIENCIA", help="Solo esta audiencia: b2c o b2b."),
        click.option("--locale", metavar="LOCALE",
                     help="Locale de los datos de ejemplo (p. ej. es_ES, es_MX)."),
        click.option("--specs", type=click.Path(file_okay=False, path_type=Path),
                     metavar="CARPETA",
                     help="Árbol de especificaciones (mensajes/ y sectores/). "
                          "Por defecto, el del directorio actual o el de cobro."),
    )):
        funcion = decorador(funcion)
    return funcion
