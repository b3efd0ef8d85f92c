"""Orden ``cobro combinar``: una exportación de facturas -> un mensaje revisado por fila."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from generador.comandos.opciones import especificaciones_predeterminadas, fecha_iso
from generador.concordancia import plural
from generador.errores import ErrorCobro, describir_ausente, visible
from generador.numeros import cifra


def _fecha(valor: str | None) -> dt.date:
    return fecha_iso(valor, param_hint="--hoy") if valor else dt.date.today()


@click.command(
    "combinar",
    options_metavar="[OPCIONES]",
    short_help="Combina una exportación de facturas en mensajes revisados.",
    help=(
        "Lee FACTURAS (CSV en UTF-8 o UTF-16, separado por comas, punto y coma o "
        "tabuladores, con columnas por variable canónica: referencia, "
        "nombre_cliente, importe, fecha_vencimiento, sector, audiencia, canal, registro; "
        "opcionales pais, moneda, numero_factura, tipo y cualquier otra variable), elige para "
        "cada fila la etapa de la escalera según los días de retraso a --hoy (o su columna "
        "tipo), rellena la plantilla, revisa el mensaje y escribe en --salida "
        "mensajes.jsonl, no_combinadas.jsonl (cada fila con error u omitida, con su número y "
        "motivo) y resumen.json.\n\n"
        "Códigos de salida: 0 todo combinado sin errores; 1 alguna fila con error o algún "
        "mensaje con hallazgos de severidad error; 2 la entrada o las opciones no sirven."
    ),
)
@click.argument("facturas", type=click.Path(path_type=Path), metavar="FACTURAS.csv")
@click.option("--salida", "-o", required=True, type=click.Path(path_type=Path), metavar="CARPETA",
              help="Carpeta de salida (nueva, vacía o ya de cobro).")
@click.option("--hoy", metavar="AAAA-MM-DD", help="Fecha de envío (por defecto, hoy).")
@click.option("--pais", metavar="CC", help="País por defecto de las filas sin columna pais (mx, co, es...).")
@click.option("--canal", metavar="CANAL", help="Canal de las filas sin columna canal.")
@click.option("--registro", default="usted", show_default=True, metavar="REGISTRO",
              help="Registro de las filas sin columna registro: tu o usted.")
@click.option("--datos", "datos_fijos", type=click.Path(path_type=Path, dir_okay=False), metavar="ARCHIVO",
              help="YAML con los valores comunes a todas las filas (empresa, remitente, "
                   "telefono_contacto, email_contacto, enlace_pago, cuenta_pago...).")
@click.option("--plazo", default=10, show_default=True, type=click.IntRange(1, 365), metavar="DÍAS",
              help="Días desde --hoy para la fecha límite de las cartas formales (fecha_limite).")
@click.option("--formato", "-f", default="jsonl", show_default=True, metavar="FORMATO",
              help="Salida adicional: jsonl (solo mensajes.jsonl), csv, eml, twilio (twilio.csv: "
                   "To, Body; WhatsApp fuera de las 24 h del último mensaje del cliente necesita "
                   "una plantilla aprobada: columna content_sid -> ContentSid, ContentVariables) "
                   "o carta (cartas/fila-N.html: las filas del canal carta, para imprimir).")
@click.option("--motor", default="local", show_default=True, metavar="MOTOR",
              help="local (un proceso, en flujo) o dask (particiones del CSV en un clúster Dask).")
@click.option("--planificador", metavar="DIRECCIÓN",
              help="Con --motor dask: dirección del planificador (tcp://host:8786); sin ella, "
                   "un clúster local.")
@click.option("--sin-revisar", is_flag=True, help="No pasa el linter a los mensajes (más rápido).")
@click.option("--sms-literal", is_flag=True,
              help="SMS: deja los valores de la fila tal cual aunque sus tildes pasen el mensaje a "
                   "UCS-2 y supere los segmentos del canal (por defecto se transliteran solo esos "
                   "valores).")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False), metavar="ARCHIVO",
              help="Configuración del linter (cobro.toml o pyproject.toml).")
@click.option("--specs", type=click.Path(file_okay=False, path_type=Path), metavar="CARPETA",
              help="Árbol de especificaciones (por defecto, el del directorio actual o de una "
                   "carpeta superior; si no hay, el de cobro).")
@click.option("--forzar", is_flag=True, help="Escribe aunque la carpeta no esté vacía y no la creó cobro.")
def orden(facturas, salida, hoy, pais, canal, registro, datos_fijos, plazo, formato, motor,
          planificador, sin_revisar, sms_literal, config, specs, forzar) -> None:
    from generador.cli import interrumpir_salida
    from generador.combinar import Ajustes, combinar
    from generador.combinar import datos_fijos as fijos
    from generador.combinar.fila import estado

    interrumpir_salida(salida)
    raiz = specs or especificaciones_predeterminadas()
    if planificador and motor != "dask":
        raise click.UsageError("--planificador solo se usa con --motor dask (reparte las filas en "
                               "ese clúster); añade --motor dask o quita --planificador")
    if config is not None and not config.is_file():
        raise ErrorCobro(f"--config: el archivo '{config}': {describir_ausente(config)}")
    ajustes = Ajustes(specs=str(Path(raiz).resolve()), hoy=_fecha(hoy), pais=pais, canal=canal,
                      registro=registro, plazo_dias=plazo,
                      config=str(config.resolve()) if config else None, revisar=not sin_revisar,
                      sms_gsm7=not sms_literal)
    if datos_fijos is not None:
        pares = fijos.leer(datos_fijos, estado(ajustes).variables)
        ajustes = Ajustes(**{**ajustes.__dict__, "datos": pares})
    if not sin_revisar and motor != "dask":
        from generador.lint import ortografia

        ortografia.activar_cache_disco()  # palabras ya revisadas: no abre el diccionario si no hace falta
    from generador.progreso import Progreso

    progreso = Progreso(None, "filas", prefijo="combinando",
                        terminal=click.get_text_stream("stderr"))
    resumen = combinar(facturas, salida, ajustes, formato=formato, forzar=forzar, motor=motor,
                       planificador=planificador, progreso=progreso.ir if progreso.activo else None)
    progreso.terminar()
    for fila, motivos in resumen.muestra_errores:
        for motivo in motivos:  # cada problema de la fila en su línea, con su número
            click.echo(f"{facturas}:{fila}: {visible(motivo)}", err=True)
    if resumen.con_error > len(resumen.muestra_errores):
        mas = resumen.con_error - len(resumen.muestra_errores)
        click.echo(f"... y {plural(mas, 'fila más', 'filas más')} con error "
                   "(todas en no_combinadas.jsonl)", err=True)
    for linea in lineas_resumen(resumen):
        click.echo(linea)
    repetidas = [(n, c) for n, c in resumen.faltan_por_variable.most_common() if c > 1]
    if repetidas:
        click.echo("Aviso: faltan valores en varias filas: " + ", ".join(
            f"{n} ({plural(c, 'fila')})" for n, c in repetidas) + ". Lo que es igual en todas "
            "(horario, dirección o identificación de tu empresa...) va una vez en --datos (un "
            "YAML 'variable: valor'); lo que cambia de una factura a otra, en una columna del "
            "CSV (sitio/guia/combinar.md dice las de cada sector).", err=True)
    if resumen.whatsapp_texto_libre:
        n = resumen.whatsapp_texto_libre
        click.echo(
            f"Aviso: {plural(n, 'mensaje de WhatsApp va', 'mensajes de WhatsApp van')} en "
            "twilio.csv como texto libre (Body). Twilio solo los entrega si el cliente te "
            "escribió en las últimas 24 horas; para iniciar tú la conversación rechaza el texto "
            "libre (error 63016) y pide una plantilla aprobada por WhatsApp. Da de alta la "
            "plantilla (cobro exportar --formato twilio la prepara), espera su aprobación y "
            "añade al CSV la columna content_sid con su SID (HX...): esas filas saldrán con "
            "ContentSid y ContentVariables.", err=True)
    if resumen.formato == "carta":
        if resumen.cartas:
            click.echo(f"{plural(resumen.cartas, 'carta')} para imprimir en "
                       f"{Path(resumen.salida) / 'cartas'} (ábrelas en el navegador para "
                       "imprimirlas o guardarlas como PDF).")
        else:
            click.echo("Aviso: ninguna fila combinada es del canal carta, así que no hay cartas "
                       "para imprimir (--formato carta escribe solo las filas con canal carta).",
                       err=True)
    if resumen.columnas_no_usadas:
        click.echo(f"Columnas no usadas: {_con_sugerencias(resumen.columnas_no_usadas)}", err=True)
    sys.exit(resumen.codigo_salida())


def lineas_resumen(resumen) -> list[str]:
    """El resumen final para una persona: cada cuenta concordada («1 fila», «2 filas») y con
    las cifras en español («1.234 filas», «0,5 filas/s»)."""
    ritmo = resumen.filas / resumen.segundos if resumen.segundos else 0
    ritmo = round(ritmo) if ritmo >= 10 else round(ritmo, 1)
    lineas = [
        f"{plural(resumen.filas, 'fila')}: {plural(resumen.combinadas, 'combinada')}, "
        f"{cifra(resumen.con_error)} con error, {plural(resumen.omitidas, 'omitida')} (aún no "
        f"toca); {plural(resumen.mensajes_con_errores, 'mensaje')} con errores del linter. "
        f"Salida en {resumen.salida} ({cifra(ritmo, 1)} {'fila' if ritmo == 1 else 'filas'}/s)."
    ]
    if resumen.hallazgos_por_categoria:
        lineas.append("Hallazgos por categoría: " + ", ".join(
            f"{c} {cifra(n)}" for c, n in sorted(resumen.hallazgos_por_categoria.items())))
    return lineas


#: Columnas que no son variables de las plantillas pero que combinar sí lee.
_DESTINATARIOS = ("email_cliente", "telefono_cliente")


def _con_sugerencias(columnas: list[str]) -> str:
    """``email`` -> ``email (¿quisiste decir 'email_cliente'?)``: una columna mal nombrada no
    se usa, y sin la pista el usuario no sabe cuál esperaba."""
    from generador.errores import quisiste_decir

    partes = []
    for columna in columnas:
        pista = quisiste_decir(columna, _DESTINATARIOS)
        if not pista and columna in ("email", "correo", "mail", "e-mail"):
            pista = " ¿quisiste decir 'email_cliente'?"
        elif not pista and columna in ("telefono", "teléfono", "movil", "móvil", "celular"):
            pista = " ¿quisiste decir 'telefono_cliente'?"
        partes.append(f"{columna} ({pista.strip()})" if pista else columna)
    return ", ".join(partes)
