"""Orden ``cobro plan``: la escalera de cobro con fechas, o la revisión de un registro de envíos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from generador.comandos.opciones import especificaciones_predeterminadas, fecha_iso
from generador.errores import ErrorCobro, valor_desconocido

FORMATOS_PLAN = ("texto", "json", "ics")
FORMATOS_COMPROBAR = ("texto", "json")


def _fecha(_ctx, _param, valor: str | None) -> dt.date | None:
    return None if valor is None else fecha_iso(valor)


@click.command(
    "plan",
    options_metavar="[OPCIONES]",
    short_help="Convierte la escalera de cobro en contactos con fecha y horario.",
    help=(
        "Convierte la escalera de cobro en contactos con fecha y ventana horaria para una factura, "
        "respetando los días, horas, festivos y límites de frecuencia del país. Un contacto que "
        "rompería un límite pasa al siguiente hueco permitido y el plan dice por qué, citando la "
        "norma.\n\n"
        "Con --comprobar ENVIOS.csv (columnas fecha,hora,canal[,cliente][,conversacion]) revisa "
        "el registro de envíos del equipo contra los mismos límites: sale con 1 si alguno "
        "incumple.\n\n"
        "Ejemplos:\n\n"
        "  cobro plan --pais co --vencimiento 2026-03-01\n\n"
        "  cobro plan --pais cl --vencimiento 2026-03-01 --canales email,carta --formato ics > plan.ics\n\n"
        "  cobro plan --pais pe --comprobar envios.csv"
    ),
)
@click.option("--pais", required=True, metavar="CC", help="País del deudor (mx, co, pe, cl, ar, es, us...).")
@click.option("--vencimiento", callback=_fecha, metavar="AAAA-MM-DD",
              help="Fecha de vencimiento de la factura (obligatoria salvo con --comprobar).")
@click.option("--sector", metavar="SECTOR", help="Sector de las plantillas (por defecto, el primero).")
@click.option("--audiencia", metavar="AUDIENCIA", help="b2c o b2b (por defecto, la primera del sector).")
@click.option("--registro", default="usted", show_default=True, metavar="REGISTRO",
              help="tu o usted: el de las plantillas del plan.")
@click.option("--canales", metavar="LISTA",
              help="Canales a usar, separados por comas, en orden de preferencia (p. ej. email,sms). "
                   "Sin esta opción: email, sms y carta; whatsapp y llamada solo si se piden.")
@click.option("--zona-horaria", metavar="ZONA",
              help="Zona horaria IANA del deudor si no es la del país (p. ej. America/Los_Angeles).")
@click.option("--subdivision", metavar="CODIGO",
              help="Región para los festivos regionales (código de la biblioteca holidays, p. ej. MD).")
@click.option("--comprobar", type=click.Path(path_type=Path, dir_okay=False), metavar="ENVIOS.csv",
              help="Revisa este registro de envíos en vez de hacer un plan.")
@click.option("--formato", "-f", default="texto", show_default=True, metavar="FORMATO",
              help="texto, json o ics (ics solo para el plan).")
@click.option("--specs", type=click.Path(file_okay=False, path_type=Path), metavar="CARPETA",
              help="Árbol de especificaciones (mensajes/, sectores/, reglas/paises/). Por "
                   "defecto, el del directorio actual o de una carpeta superior; si no hay, el de cobro.")
@click.pass_context
def orden(ctx: click.Context, pais: str, vencimiento: dt.date | None, sector, audiencia, registro,
          canales, zona_horaria, subdivision, comprobar: Path | None, formato: str,
          specs: Path | None) -> None:
    from generador import dominio
    from generador.plan import formatos
    from generador.plan.limites import cargar_pais

    validos = FORMATOS_COMPROBAR if comprobar else FORMATOS_PLAN
    if formato not in validos:
        extra = " (ics solo vale para el plan)" if comprobar and formato == "ics" else ""
        raise click.UsageError(f"--formato: {valor_desconocido('el formato', formato, validos)}{extra}")
    if comprobar is None and vencimiento is None:
        raise click.UsageError("falta --vencimiento AAAA-MM-DD (o usa --comprobar ENVIOS.csv)")
    raiz = specs or especificaciones_predeterminadas()
    espec = dominio.modelo(raiz)
    canales_modelo = {c for t in espec.tipos.values() for c in t.canales}
    datos_pais = cargar_pais(raiz, pais.lower(), canales_modelo)
    if datos_pais.reglas_contacto.sin_ley and (comprobar is not None or formato != "texto"):
        # el plan en texto ya lo dice; al JSON, al iCalendar y a la comprobación, por stderr
        from generador.plan.limites import aviso_sin_ley

        click.echo(f"Aviso: {aviso_sin_ley(datos_pais)}", err=True)

    if comprobar is not None:
        from generador.plan.comprobar import comprobar as revisar

        resultado = revisar(espec, datos_pais, comprobar, zona_horaria=zona_horaria,
                            subdivision=subdivision)
        salida = (formatos.comprobacion_json if formato == "json" else formatos.comprobacion_texto)(resultado)
        click.echo(salida, nl=False)
        if resultado.incumplimientos:
            ctx.exit(1)
        return

    from generador.plan.planificar import planificar

    lista = [c.strip() for c in canales.split(",") if c.strip()] if canales else None
    if canales is not None and not lista:
        raise ErrorCobro("--canales: la lista está vacía; p. ej. --canales email,sms")
    plan = planificar(espec, datos_pais, vencimiento, sector=sector, audiencia=audiencia,
                      canales=lista, registro=registro, zona_horaria=zona_horaria,
                      subdivision=subdivision)
    escribir = {"texto": formatos.plan_texto, "json": formatos.plan_json, "ics": formatos.plan_ics}
    click.echo(escribir[formato](plan), nl=False)
