"""Orden ``cobro generar``."""

from __future__ import annotations

from pathlib import Path

import click

from generador.comandos.opciones import especificaciones_predeterminadas, filtros, salida_no_vacia
from generador.concordancia import plural


@click.command(
    "generar",
    options_metavar="[OPCIONES]",
    help="Genera una plantilla canónica por combinación (país x sector x tipo x canal x "
         "registro), un ejemplo relleno de cada una y el manifiesto catalogo.json. Sin --pais "
         "ni --locale, genera todos los países.",
)
@click.option("--salida", "-o", required=True, type=click.Path(), metavar="CARPETA",
              callback=salida_no_vacia, help="Carpeta donde escribir (nueva, vacía o ya de cobro).")
@filtros
@click.option("--pais", metavar="PAIS",
              help="Solo este país (mx, co, pe, cl, ar, es, us...): su texto, su id "
                   "(mx-...), su front matter y el ejemplo con su locale, moneda y datos. Sin "
                   "--pais, todos los países.")
@click.option("--forzar", is_flag=True,
              help="Escribe aunque la carpeta no esté vacía y no la haya creado cobro.")
def orden(salida: Path, sector, tipo, canal, registro, audiencia, locale, specs: Path | None,
          pais: str | None, forzar: bool) -> None:
    from generador import dominio
    from generador.cli import interrumpir_salida
    from generador.componer import Filtros
    from generador.generar import generar
    from generador.lint import ortografia

    interrumpir_salida(salida)
    ortografia.activar_cache_disco()  # los ejemplos ya revisados no abren el diccionario
    espec = dominio.modelo(specs or especificaciones_predeterminadas())
    resultado = generar(
        espec, salida, Filtros(sector, tipo, canal, registro, audiencia), locale, forzar, pais
    )
    n = len(resultado.plantillas)
    excluidas = len(resultado.composicion.excluidas)
    if resultado.pais is None and len(resultado.paises) > 1:
        donde = f"{len(resultado.paises)} países: {', '.join(resultado.paises)}"
    else:
        cual = resultado.pais or pais
        donde = resultado.locale + (f", {espec.paises[cual].nombre}" if cual else "")
    click.echo(
        f"{plural(n, 'plantilla')} y {plural(n, 'ejemplo')} ({donde}) en {resultado.salida}; "
        f"manifiesto: {resultado.manifiesto.name}"
        + (f"; {plural(excluidas, 'combinación excluida', 'combinaciones excluidas')} con motivo"
           if excluidas else "")
    )
