"""Orden ``cobro exportar``."""

from __future__ import annotations

from pathlib import Path

import click

from generador.comandos.opciones import especificaciones_predeterminadas, filtros, salida_no_vacia
from generador.concordancia import plural

_FORMATOS = "json, csv, sendgrid, postmark, mailchimp, liquid, twilio, eml, docx, carta o todos"
_CANALES = {"email": "email", "sms": "SMS", "carta": "carta", "whatsapp": "WhatsApp",
            "llamada": "llamada (guion telefónico)"}


@click.command(
    "exportar",
    options_metavar="[OPCIONES]",
    help="Exporta las plantillas a las herramientas de tu equipo: SendGrid, Postmark, "
         "Mailchimp Transactional, Customer.io/Zendesk (Liquid), Twilio (SMS y WhatsApp), "
         "Word (combinar correspondencia), .eml, cartas para imprimir, JSON y CSV. "
         "Escribe en CARPETA/<formato>/ un archivo por plantilla y un indice.json.",
)
@click.option("--formato", "-f", required=True, metavar="FORMATO", help=f"Uno de: {_FORMATOS}.")
@click.option("--salida", "-o", required=True, type=click.Path(), metavar="CARPETA",
              callback=salida_no_vacia, help="Carpeta donde escribir (nueva, vacía o ya de cobro).")
@filtros
@click.option("--forzar", is_flag=True,
              help="Escribe aunque la carpeta no esté vacía y no la haya creado cobro.")
@click.option("--csv-crudo", is_flag=True,
              help="CSV (csv y datos de docx) sin el apóstrofo que cobro pone delante de las "
                   "celdas que empiezan por =, +, - o @ para que una hoja de cálculo no las "
                   "ejecute como fórmula. Solo si el CSV no se abrirá en una hoja de cálculo.")
@click.option("--pdf", is_flag=True,
              help="Con el formato carta (o todos), imprime también cada carta a PDF con Chromium.")
@click.option("--pais", metavar="PAIS",
              help="País de la exportación (mx, co, pe, cl, ar, es, us...): su texto, su ley, sus "
                   "vías de pago, su id (mx-...) y sus datos de ejemplo. Sin --pais, el del "
                   "locale de --locale o, sin él, el país predeterminado.")
def orden(formato: str, salida: Path, sector, tipo, canal, registro, audiencia, locale,
          specs: Path | None, forzar: bool, csv_crudo: bool, pdf: bool, pais: str | None) -> None:
    from generador import dominio
    from generador.cli import interrumpir_salida
    from generador.componer import Filtros
    from generador.exportar import exportar, formatos_pedidos

    interrumpir_salida(salida)
    pedidos = formatos_pedidos(formato)  # un formato desconocido falla antes de leer nada
    # Una opción que no cambia nada con este formato no se ignora en silencio.
    if csv_crudo and not {"csv", "docx"} & set(pedidos):
        raise click.UsageError(f"--csv-crudo solo cambia los CSV de csv y docx; con --formato "
                               f"{formato} no hace nada: quítalo")
    if pdf and "carta" not in pedidos:
        raise click.UsageError(f"--pdf imprime las cartas del formato carta (o todos); con "
                               f"--formato {formato} no hace nada: quítalo o usa --formato carta")
    espec = dominio.modelo(specs or especificaciones_predeterminadas())
    resultado = exportar(espec, formato, salida, Filtros(sector, tipo, canal, registro, audiencia),
                         locale, forzar, pdf=pdf, csv_crudo=csv_crudo, pais=pais,
                         progreso=lambda mensaje: click.echo(mensaje, err=True))
    for nombre, hecho in resultado.formatos.items():
        linea = (f"{nombre}: {plural(hecho.exportadas, 'plantilla')}, "
                 f"{plural(len(hecho.archivos), 'archivo')} en "
                 f"{resultado.salida / nombre}")
        if hecho.omitidas:
            nombres = [_CANALES.get(c, c) for c in hecho.canales_omitidos]
            canales = " y ".join([", ".join(nombres[:-1]), nombres[-1]] if len(nombres) > 1
                                 else nombres)
            a_canales = "al canal" if len(nombres) == 1 else "a los canales"
            linea += (f"; {plural(hecho.omitidas, 'omitida')} porque {nombre} no se aplica "
                      f"{a_canales} {canales}")
        click.echo(linea)
    for aviso in resultado.avisos:
        click.echo(f"Aviso: {aviso}", err=True)
    if not resultado.plantillas:
        click.echo("Ninguna plantilla coincide con los filtros; no se exportó nada.", err=True)
