"""``cobro lint``: revisa mensajes y plantillas de cobro.

Delgada: traduce opciones a :class:`~generador.lint.motor.Opciones`, llama a
:func:`~generador.lint.motor.revisar_rutas`, escribe el informe en el formato pedido y
sale con el código que decide el informe (0, 1 o 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generador.errores import ErrorCobro, describir_ausente, valor_desconocido

FORMATOS = ("texto", "json", "jsonl", "sarif", "github")
SEVERIDADES = ("error", "aviso", "sugerencia")


#: Cada valor que se valida: la opción que lo trae y cómo se nombra en el mensaje.
_OPCIONES = {"formato": ("--formato", "el formato"), "severidad": ("--falla-en", "la severidad"),
             "canal": ("--canal", "el canal"), "etapa": ("--etapa", "la etapa"),
             "tipo": ("--tipo", "el tipo"), "registro": ("--registro", "el registro"),
             "pais": ("--pais", "el país")}


def _validar(que: str, valor: str | None, opciones: tuple[str, ...]) -> str | None:
    """``valor`` si es una de ``opciones``; si no, un error que nombra la opción
    («--falla-en: la severidad 'grave' no existe; ...»)."""
    if valor is not None and valor not in opciones:
        opcion, nombre = _OPCIONES.get(que, (None, que))
        mensaje = valor_desconocido(nombre, valor, opciones)
        raise click.UsageError(f"{opcion}: {mensaje}" if opcion else mensaje)
    return valor


def _lista(valores: tuple[str, ...]) -> list[str]:
    return [v.strip() for valor in valores for v in valor.split(",") if v.strip()]


@click.command(
    "lint",
    options_metavar="[OPCIONES]",
    short_help="Revisa mensajes y plantillas de cobro.",
    help=(
        "Revisa mensajes y plantillas de cobro: elementos obligatorios, tono, coste de SMS, "
        "legibilidad, registro, ortografía y (con --gramatica) gramática.\n\n"
        "RUTAS pueden ser archivos (.txt, .md, .html, .eml o plantillas con front matter), "
        "carpetas (se recorren enteras), globs o '-' para la entrada estándar.\n\n"
        "Códigos de salida: 0 sin hallazgos al nivel de --falla-en; 1 con hallazgos; "
        "2 error de uso, de configuración o de entrada; 130 interrumpido (Ctrl-C)."
    ),
)
@click.argument("rutas", nargs=-1, metavar="RUTAS...")
@click.option("--formato", "-f", default="texto", metavar="FORMATO",
              help="texto (por defecto), json, jsonl (un hallazgo por línea, según se "
                   "encuentra), sarif o github.")
@click.option("--falla-en", metavar="SEVERIDAD",
              help="Sale con 1 si hay hallazgos de esta severidad o más: error (por defecto), "
                   "aviso o sugerencia.")
@click.option("--canal", metavar="CANAL",
              help="email, sms, carta, whatsapp o llamada, si el archivo no lo dice.")
@click.option("--etapa", metavar="ETAPA",
              help="Etapa de la escalera (preaviso ... ultimo_aviso, negociacion, pago_recibido).")
@click.option("--tipo", metavar="TIPO", help="Tipo de recordatorio, si el archivo no lo dice.")
@click.option("--registro", metavar="REGISTRO", help="tu o usted, si el archivo no lo dice.")
@click.option("--pais", metavar="PAIS",
              help="País de los mensajes (mx, co, pe, cl, ar, es, us...): aplica también las "
                   "reglas de su ley. También 'pais' en [tool.cobro] o en el front matter.")
@click.option("--specs", type=click.Path(file_okay=False, path_type=Path), metavar="CARPETA",
              help="Árbol de especificaciones del que salen etapas, tipos, variables, países y "
                   "reglas. Por defecto, el del directorio actual o de una carpeta superior; si no hay, "
                   "el de cobro.")
@click.option("--mensaje", "modo_mensaje", is_flag=True,
              help="Revisa copia final: cada elemento debe estar escrito y ningún marcador "
                   "puede quedar sin rellenar.")
@click.option("--gramatica", is_flag=True, help="Revisa también la gramática con LanguageTool.")
@click.option("--languagetool-url", metavar="URL",
              help="Servidor LanguageTool (o COBRO_LANGUAGETOOL_URL, o languagetool_url).")
@click.option("--selecciona", multiple=True, metavar="REGLAS",
              help="Solo estas reglas (códigos, nombres, familias o categorías, separadas por comas).")
@click.option("--ignora", multiple=True, metavar="REGLAS",
              help="Todas menos estas (códigos, nombres, familias o categorías).")
@click.option("--reglas-propias", multiple=True, metavar="RUTA",
              type=click.Path(path_type=Path), help="Carpeta o archivo .yml de reglas propias.")
@click.option("--config", type=click.Path(path_type=Path, dir_okay=False), metavar="ARCHIVO",
              help="Archivo de configuración (cobro.toml o pyproject.toml) en vez de buscarlo.")
@click.option("--color/--sin-color", default=None,
              help="Fuerza o quita el color del texto (por defecto, en una terminal y sin la "
                   "variable NO_COLOR).")
@click.option("--corregir", is_flag=True,
              help="Aplica las correcciones que no cambian el sentido (mayúsculas, signos "
                   "repetidos, puntuación que encarece un SMS...) y revisa lo que queda.")
@click.option("--corregir-inseguro", is_flag=True,
              help="Además, reescribe las oraciones señaladas con la alternativa de la regla, en "
                   "el registro del mensaje. Revisa el resultado: puede cambiar el sentido.")
@click.option("--diff", "ver_diff", is_flag=True,
              help="Muestra lo que cambiaría --corregir (o --corregir-inseguro) sin escribir "
                   "nada; sale con 1 si hay algo que corregir.")
@click.option("--linea-base", type=click.Path(path_type=Path, dir_okay=False), metavar="ARCHIVO",
              help="Solo cuentan los hallazgos que no están en este archivo JSON; si no existe, "
                   "se crea con los hallazgos de hoy.")
@click.option("--actualizar-linea-base", is_flag=True,
              help="Reescribe la línea base con los hallazgos actuales (quita los resueltos y "
                   "acepta los nuevos).")
def orden(rutas, formato, falla_en, canal, etapa, tipo, registro, pais, specs, modo_mensaje,
          gramatica, languagetool_url, selecciona, ignora, reglas_propias, config, color, corregir,
          corregir_inseguro, ver_diff, linea_base, actualizar_linea_base) -> None:
    from generador import dominio, recolector

    recolector.pausar()  # hasta el primer archivo revisado: ver generador/recolector.py

    _validar("formato", formato, FORMATOS)
    _validar("severidad", falla_en, SEVERIDADES)
    modelo = dominio.modelo(specs)
    for que, valor in (("canal", canal), ("etapa", etapa), ("tipo", tipo),
                       ("registro", registro), ("pais", pais)):
        _validar(que, valor, dominio.valores(modelo, que))
    if not rutas:
        raise click.UsageError("indica qué revisar: archivos, carpetas, globs o '-' (entrada estándar)")
    if config is not None and not config.is_file():
        raise ErrorCobro(f"el archivo de configuración '{config}': {describir_ausente(config)}")
    for opcion, valores in (("--selecciona", selecciona), ("--ignora", ignora)):
        if valores and not _lista(valores):  # «--selecciona ""» no es «todas las reglas»
            raise click.UsageError(f"{opcion} está vacío; indica códigos o nombres de reglas "
                                   "separados por comas (p. ej. TON001,formato.sms) o quita la "
                                   "opción")
    if languagetool_url and not gramatica:
        raise click.UsageError("--languagetool-url solo se usa con --gramatica (la revisión "
                               "gramatical); añade --gramatica o quita la URL")
    if actualizar_linea_base and linea_base is None:
        raise click.UsageError("--actualizar-linea-base necesita --linea-base ARCHIVO")
    if ver_diff and linea_base is not None:
        raise click.UsageError("--diff no se combina con --linea-base: muestra correcciones, no hallazgos")
    modo_correccion = "inseguras" if corregir_inseguro else ("seguras" if corregir or ver_diff else None)
    from generador.cli import al_interrumpir

    if modo_correccion and not ver_diff:
        al_interrumpir("la revisión se detuvo antes de terminar. Los archivos ya corregidos "
                       "quedaron corregidos enteros (cada uno se escribe de una vez) y los demás "
                       "siguen como estaban; vuelve a ejecutar la orden para terminar.")
    else:
        base = " ni la línea base" if linea_base is not None else ""
        al_interrumpir(f"la revisión se detuvo antes de terminar (el informe queda incompleto). "
                       f"No se ha cambiado ningún archivo tuyo{base}.")

    from generador.lint import formatos, metricas, ortografia
    from generador.lint.motor import Opciones, Revision, revisar_rutas

    if "-" in rutas and sys.stdin.isatty():  # sin tubería, la espera muda parece un cuelgue
        click.echo("cobro lint: escribe o pega el mensaje y termina con Ctrl-D en una línea "
                   "nueva (o pásalo por una tubería: cat mensaje.txt | cobro lint -)", err=True)
    ortografia.activar_cache_disco()  # palabras ya revisadas: no abre el diccionario si no hace falta
    metricas.activar_cache_disco()  # sílabas ya contadas: no importa pyphen si no hace falta

    opciones = Opciones(
        canal=canal, etapa=etapa, tipo=tipo, registro=registro, mensaje=modo_mensaje,
        falla_en=falla_en, gramatica=gramatica, selecciona=_lista(selecciona),
        ignora=_lista(ignora), reglas_propias=list(reglas_propias), config=config,
        languagetool_url=languagetool_url, pais=pais, specs=specs, corregir=modo_correccion,
        escribir_correcciones=not ver_diff,
    )
    mensaje_base = ""
    if ver_diff or linea_base is not None:
        # --diff y la línea base necesitan el informe entero (diferencias que mostrar,
        # hallazgos que casar con la base); el resto se escribe en flujo.
        informe = revisar_rutas(list(rutas), opciones)
        if ver_diff:
            _salir_con_diff(informe)
        from generador.lint import linea_base as modulo_base

        mensaje_base = modulo_base.aplicar(informe, linea_base, actualizar_linea_base)
        en_terminal = _color_por_defecto() if color is None else color
        click.echo(formatos.escribir(formato, informe, color=formato == "texto" and en_terminal),
                   nl=False)
    else:
        from generador.progreso import Progreso

        revision = Revision(list(rutas), opciones)
        informe = revision.informe
        en_terminal = _color_por_defecto() if color is None else color
        # Con miles de archivos limpios no sale nada hasta el final: en una terminal, una
        # línea de progreso en la salida de errores dice que sigue trabajando.
        progreso = Progreso(len(revision.trabajos), prefijo="cobro lint",
                            terminal=click.get_text_stream("stderr"))
        salida = progreso.envolver(click.get_text_stream("stdout"))
        escritor = formatos.ESCRITORES[formato](salida, informe, color=formato == "texto" and en_terminal)
        escritor.empezar()
        for resultado in revision:
            escritor.archivo(resultado)
            progreso.avanzar()
        progreso.terminar()
        escritor.terminar()
        salida.flush()
    for aviso in informe.avisos:
        click.echo(f"Aviso: {formatos.visible(aviso)}", err=True)
    for error in informe.errores:
        click.echo(f"Error: {formatos.visible(str(error))}", err=True)
    if informe.corregidos and formato != "texto":  # en texto ya lo dice el resumen
        n = sum(c.correcciones for c in informe.corregidos)
        click.echo(f"{n} correcci{'ones aplicadas' if n != 1 else 'ón aplicada'} en "
                   f"{len(informe.corregidos)} archivo{'s' if len(informe.corregidos) != 1 else ''}.",
                   err=True)
    if mensaje_base:
        click.echo(mensaje_base, err=True)
    if informe.resueltos_linea_base:
        n = sum(r["cuenta"] for r in informe.resueltos_linea_base)
        click.echo(f"{n} hallazgo{'s' if n != 1 else ''} de la línea base ya no aparece"
                   f"{'n' if n != 1 else ''}; --actualizar-linea-base los quita:", err=True)
        for r in informe.resueltos_linea_base:
            texto = f" '{r['texto']}'" if r["texto"] else ""
            click.echo(f"  {r['ruta']}: {r['regla']}{texto}", err=True)
    from generador.cli import permitir_salida_rapida

    permitir_salida_rapida()
    sys.exit(informe.codigo_salida())


def _color_por_defecto() -> bool:
    """Color solo en una terminal y si no se pidió quitarlo con ``NO_COLOR`` (no vacía),
    la convención de https://no-color.org; ``--color`` manda sobre ella."""
    import os

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _salir_con_diff(informe) -> None:
    """``--diff``: las diferencias por stdout, el resumen por stderr; 1 si algo cambiaría."""
    for corregido in informe.corregidos:
        click.echo(corregido.diff, nl=False)
    from generador.lint import formatos

    for aviso in informe.avisos:  # p. ej. por qué un .eml no se corrige
        click.echo(f"Aviso: {formatos.visible(aviso)}", err=True)
    for error in informe.errores:
        click.echo(f"Error: {error}", err=True)
    n = sum(c.correcciones for c in informe.corregidos)
    if n:
        click.echo(f"Se aplicarían {n} correcci{'ones' if n != 1 else 'ón'} en "
                   f"{len(informe.corregidos)} archivo{'s' if len(informe.corregidos) != 1 else ''}.",
                   err=True)
    else:
        click.echo("Nada que corregir automáticamente.", err=True)
    sys.exit(2 if informe.errores or not informe.archivos else (1 if n else 0))
