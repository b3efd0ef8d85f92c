"""Opciones compartidas por varias órdenes (filtros, especificaciones, locale)."""

from __future__ import annotations

from pathlib import Path

import click

from generador.arbol import raiz_predeterminada as especificaciones_predeterminadas

__all__ = ["especificaciones_predeterminadas", "filtros", "no_vacio", "salida_no_vacia"]


def no_vacio(ctx: click.Context, parametro: click.Parameter, valor):
    """Rechaza ``--opcion ''``: un valor vacío no es «el valor por defecto»."""
    if valor is not None and not str(valor).strip():
        raise click.BadParameter("está vacío; indica un valor o quita la opción")
    return valor


def salida_no_vacia(ctx: click.Context, parametro: click.Parameter, valor):
    """``--salida ''`` no es la carpeta actual: es un error. Devuelve un ``Path``."""
    no_vacio(ctx, parametro, valor)
    return None if valor is None else Path(valor)


def filtros(funcion):
    """Añade --sector, --tipo, --canal, --registro, --audiencia, --locale y --specs."""
    for decorador in reversed((
        click.option("--sector", metavar="SECTOR",
                     callback=no_vacio, help="Solo este sector (p. ej. seguros)."),
        click.option("--tipo", metavar="TIPO",
                     callback=no_vacio, help="Solo este tipo (p. ej. ultimo_aviso)."),
        click.option("--canal", metavar="CANAL",
                     callback=no_vacio, help="Solo este canal: email, sms, carta, whatsapp o llamada."),
        click.option("--registro", metavar="REGISTRO",
                     callback=no_vacio, help="Solo este registro: tu o usted."),
        click.option("--audiencia", metavar="AUDIENCIA",
                     callback=no_vacio, help="Solo esta audiencia: b2c o b2b."),
        click.option("--locale", metavar="LOCALE", callback=no_vacio,
                     help="Locale de los datos de ejemplo (p. ej. es_ES, es_MX)."),
        click.option("--specs", type=click.Path(file_okay=False, path_type=Path),
                     metavar="CARPETA",
                     help="Árbol de especificaciones (mensajes/ y sectores/). "
                          "Por defecto, el del directorio actual o de una carpeta superior; "
                          "si no hay, el de cobro."),
    )):
        funcion = decorador(funcion)
    return funcion
