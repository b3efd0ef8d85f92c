"""Punto de entrada de la línea de órdenes ``cobro``.

La CLI es delgada: cada orden vive en ``generador/comandos/<orden>.py``, se importa solo
cuando se invoca (para que ``cobro --help`` y ``cobro lint`` arranquen rápido) y llama a
funciones que devuelven objetos resultado. Los :class:`~generador.errores.ErrorCobro` se
convierten aquí, y solo aquí, en un mensaje en español y el código de salida 2.

Códigos de salida: 0 bien; 1 ``lint`` encontró hallazgos al nivel de ``--falla-en``;
2 error de uso, de configuración o de entrada (también disco lleno o sin permisos);
130 interrumpido con Ctrl-C.
"""

from __future__ import annotations

import importlib
import sys

from generador import cache_dataclases

# Antes de importar ninguna clase de datos: su código compilado sale de la caché de disco.
cache_dataclases.instalar(cache_dataclases.perfil_de(sys.argv))

import click  # noqa: E402

from generador import __version__, textos_click  # noqa: E402
from generador.errores import ErrorCobro, quisiste_decir, visible  # noqa: E402

#: Código de salida tras Ctrl-C (128 + SIGINT), como las herramientas de shell.
SALIDA_INTERRUMPIDO = 130


def _silenciar_salida() -> None:
    """Tras un BrokenPipeError, que Python no vuelva a fallar al cerrar stdout."""
    import os

    try:
        nulo = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nulo, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# Los textos fijos de click, en español; antes de definir el grupo: los que click traduce
# al decorar (la ayuda de -h y --version) también salen en español.
textos_click.instalar()


# nombre de la orden -> (módulo, ayuda corta). La ayuda corta está aquí para que
# ``cobro --help`` no tenga que importar cada orden.
ORDENES: dict[str, tuple[str, str]] = {
    "generar": ("generador.comandos.generar", "Genera las plantillas, sus ejemplos y el manifiesto."),
    "lint": ("generador.comandos.lint", "Revisa mensajes y plantillas de cobro."),
    "reglas": ("generador.comandos.reglas", "Lista las reglas del linter o explica una."),
    "combinar": ("generador.comandos.combinar",
                 "Combina una exportación de facturas en mensajes rellenos y revisados."),
    "exportar": ("generador.comandos.exportar", "Exporta las plantillas a otras herramientas."),
    "sitio": ("generador.comandos.sitio", "Genera, revisa y construye el catálogo web."),
    "plan": ("generador.comandos.plan", "Convierte la escalera de cobro en contactos con fecha y horario."),
    "lsp": ("generador.comandos.lsp", "Servidor de lenguaje (LSP) para el editor."),
    "doctor": ("generador.comandos.doctor", "Dice qué componentes opcionales hay y cómo obtenerlos."),
}


class GrupoPerezoso(click.Group):
    """Grupo de click que importa cada orden solo al usarla."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(ORDENES)

    def get_command(self, ctx: click.Context, nombre: str) -> click.Command | None:
        if nombre not in ORDENES:
            return None
        modulo = importlib.import_module(ORDENES[nombre][0])
        return modulo.orden

    def resolve_command(self, ctx: click.Context, args: list[str]):  # type: ignore[override]
        nombre = args[0] if args else ""
        if nombre and not nombre.startswith("-") and nombre not in ORDENES:
            sugerencia = quisiste_decir(nombre, ORDENES)
            ctx.fail(f"la orden '{nombre}' no existe.{sugerencia}")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        filas = [(nombre, ayuda) for nombre, (_, ayuda) in ORDENES.items()]
        with formatter.section("Órdenes"):
            formatter.write_dl(filas)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        global _al_interrumpir
        _al_interrumpir = None  # cada orden dice el suyo
        try:
            return super().invoke(ctx)
        except ErrorCobro as exc:
            click.echo(f"Error: {visible(str(exc), lineas=True)}", err=True)
            ctx.exit(exc.codigo_salida)
        except KeyboardInterrupt:
            click.echo(f"\nInterrumpido (Ctrl-C): {_al_interrumpir or INTERRUMPIDO}", err=True)
            ctx.exit(SALIDA_INTERRUMPIDO)
        except BrokenPipeError:
            # p. ej. 'cobro lint ... | head': quien leía ya no lee; no es un error de cobro.
            _silenciar_salida()
            ctx.exit(0)
        except OSError as exc:
            from generador.errores import describir_so

            archivo = f" ({str(exc.filename)[:200]})" if exc.filename else ""
            click.echo(f"Error: {describir_so(exc)}{archivo}; no se ha terminado la orden.",
                       err=True)
            ctx.exit(2)


@click.group(
    cls=GrupoPerezoso,
    options_metavar="[OPCIONES]",
    subcommand_metavar="ORDEN [ARGUMENTOS]...",
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "cobro: plantillas de recordatorio de pago y cobro en español.\n\n"
        "Genera plantillas de email, SMS, carta, WhatsApp y guiones de llamada (tú y usted) "
        "para cada país, sector y etapa; las revisa con un linter de tono, elementos "
        "obligatorios y la ley de cada país; las exporta a las herramientas de tu equipo, "
        "combina tus facturas en mensajes revisados, fecha los contactos y publica un "
        "catálogo web."
    ),
)
@click.version_option(
    __version__, "-V", "--version", prog_name="cobro", message="%(prog)s %(version)s",
    help="Muestra la versión y sale.",
)
def cli() -> None:
    """Grupo raíz."""


def main() -> None:
    """Entrada del script de consola ``cobro``."""
    global _salida_rapida
    _salida_rapida = False
    from generador import recolector

    recolector.permitir()  # este proceso termina con la orden (ver generador/recolector.py)
    try:
        cli(prog_name="cobro")
    except KeyboardInterrupt:  # antes de llegar a una orden (p. ej. al importarla)
        click.echo("\nInterrumpido (Ctrl-C).", err=True)
        sys.exit(SALIDA_INTERRUMPIDO)
    except SystemExit as salida:
        if _salida_rapida:
            _salir_ya(salida.code)
        raise
    finally:
        recolector.retirar()


#: Lo que se dice tras Ctrl-C si la orden no dijo nada más preciso (:func:`al_interrumpir`).
INTERRUMPIDO = "la orden no terminó y no se ha cambiado ningún archivo tuyo."

#: Lo que la orden en curso quiere que se diga si se interrumpe.
_al_interrumpir: str | None = None


def al_interrumpir(mensaje: str) -> None:
    """Fija qué se dice al usuario si pulsa Ctrl-C durante la orden en curso: qué se hizo y
    en qué estado quedan sus archivos (tras «Interrumpido (Ctrl-C): »)."""
    global _al_interrumpir
    _al_interrumpir = mensaje


def interrumpir_salida(salida: object) -> None:
    """Mensaje de Ctrl-C de las órdenes que escriben una carpeta de salida entera de una vez
    (``generar``, ``exportar``, ``sitio``, ``combinar``)."""
    al_interrumpir(f"no se ha escrito nada en {salida}; lo que hubiera allí sigue como estaba.")


#: Si la orden en curso terminó bien y puede salir sin desmontar el intérprete
#: (:func:`permitir_salida_rapida`).
_salida_rapida = False


def permitir_salida_rapida() -> None:
    """Marca que la orden ha terminado y que todo lo suyo está escrito y cerrado (solo le
    queda la salida estándar y de errores): :func:`main` puede salir sin desmontar el
    intérprete. Tras ``cobro lint`` de 1.000 mensajes, desmontarlo (liberar uno a uno los
    objetos de reglas, expresiones y memorias) costaba 10-20 ms, que no cambian nada."""
    global _salida_rapida
    _salida_rapida = True


def _salir_ya(codigo: object) -> None:
    """Sale con ``codigo`` tras vaciar stdout y stderr y ejecutar lo registrado con
    ``atexit`` (las cachés de disco se guardan igual), sin desmontar el intérprete. Si algo
    no está claro (otro hilo vivo, un código que no es un número, stdout cerrado), vuelve
    y la salida es la normal de Python."""
    import atexit
    import os
    import threading

    if codigo is None:
        codigo = 0
    if not isinstance(codigo, int) or threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(codigo)


if __name__ == "__main__":  # pragma: no cover
    main()
