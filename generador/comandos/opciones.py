"""Opciones compartidas por varias órdenes (filtros, especificaciones, locale)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from generador.arbol import raiz_predeterminada as especificaciones_predeterminadas

__all__ = ["especificaciones_predeterminadas", "fecha_iso", "filtros", "no_vacio", "salida_no_vacia"]


def no_vacio(ctx: click.Context, parametro: click.Parameter, valor):
    """Rechaza ``--opcion ''``: un valor vacío no es «el valor por defecto»."""
    if valor is not None and not str(valor).strip():
        raise click.BadParameter("está vacío; indica un valor o quita la opción")
    return valor


def salida_no_vacia(ctx: click.Context, parametro: click.Parameter, valor):
    """``--salida ''`` no es la carpeta actual: es un error. Devuelve un ``Path``."""
    no_vacio(ctx, parametro, valor)
    return None if valor is None else Path(valor)


def fecha_iso(valor: str, param_hint: str | None = None) -> dt.date:
    """Una fecha AAAA-MM-DD de una opción (``plan --vencimiento``, ``combinar --hoy``) dentro
    del rango que cobro admite; si no lo es, ``click.BadParameter`` dice por qué: fuera de
    rango, bien escrita pero inexistente (2026-02-30) o mal escrita."""
    from generador.combinar.valores import ValorInvalido, en_rango

    try:
        return en_rango(dt.date.fromisoformat(valor), valor)
    except ValorInvalido as exc:
        raise click.BadParameter(str(exc), param_hint=param_hint) from None
    except ValueError:
        import re

        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", valor.strip()):  # bien escrita, pero no existe
            raise click.BadParameter(f"'{valor}': esa fecha no existe en el calendario (revisa "
                                     "el mes y el día)", param_hint=param_hint) from None
        raise click.BadParameter(f"'{valor}' no es una fecha AAAA-MM-DD (p. ej. 2026-03-01)",
                                 param_hint=param_hint) from None


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
