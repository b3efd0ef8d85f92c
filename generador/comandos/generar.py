"""Orden ``cobro generar``."""

from __future__ import annotations

from pathlib import Path

import click

from generador.comandos.opciones import especificaciones_predeterminadas, filtros, salida_no_vacia


@click.command(
    "generar",
    options_metavar="[OPCIONES]",
    help="Genera una plantilla canónica por combinación (sector x tipo x canal x registro), "
         "un ejemplo relleno de cada una y el manifiesto catalogo.json.",
)
@click.option("--salida", "-o", required=True, type=click.Path(), metavar="CARPETA",
              callback=salida_no_vacia, help="Carpeta donde escribir (nueva, vacía o ya de cobro).")
@filtros
@click.option("--pais", metavar="PAIS",
              help="País de las plantillas (mx, co, pe, cl, ar, es, us...): va en su front "
                   "matter y el ejemplo usa su locale, moneda y lugar.")
@click.option("--forzar", is_flag=True,
              help="Escribe aunque la carpeta no esté vacía y no la haya creado cobro.")
def orden(salida: Path, sector, tipo, canal, registro, audiencia, locale, specs: Path | None,
          pais: str | None, forzar: bool) -> None:
    from generador import dominio
    from generador.componer import Filtros
    from generador.generar import generar

    espec = dominio.modelo(specs or especificaciones_predeterminadas())
    resultado = generar(
        espec, salida, Filtros(sector, tipo, canal, registro, audiencia), locale, forzar, pais
    )
    n = len(resultado.plantillas)
    excluidas = len(resultado.composicion.excluidas)
    click.echo(
        f"{n} plantillas y {n} ejemplos ({resultado.locale}"
        + (f", {espec.paises[pais].nombre}" if pais else "") + f") en {resultado.salida}; "
        f"manifiesto: {resultado.manifiesto.name}"
        + (f"; {excluidas} combinaciones excluidas con motivo" if excluidas else "")
    )
