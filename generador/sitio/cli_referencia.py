"""Referencia de la línea de órdenes, generada de la aplicación click al construir."""

from __future__ import annotations

import click

from generador.sitio.texto import bloque_codigo, md


def _metavar(param: click.Parameter, ctx: click.Context) -> str:
    try:
        return param.make_metavar(ctx)  # click >= 8.2
    except TypeError:  # pragma: no cover - click < 8.2
        return param.make_metavar()  # type: ignore[call-arg]


def _fila(param: click.Parameter, ctx: click.Context) -> str:
    if isinstance(param, click.Option):
        nombres = ", ".join(f"`{n}`" for n in (*param.opts, *param.secondary_opts))
        valor = "" if param.is_flag else _metavar(param, ctx)
        ayuda = param.help or ""
        defecto = param.default
        sin_valor = defecto in (None, False, (), "") or defecto is getattr(click.core, "UNSET", None)
        if not sin_valor and not callable(defecto) and param.show_default is not False:
            ayuda += f" (por defecto: {defecto})"
        if param.required:
            ayuda += " (obligatoria)"
    else:
        nombres = f"`{param.human_readable_name}`"
        valor = _metavar(param, ctx)
        ayuda = "argumento" + (" obligatorio" if param.required else " opcional")
    return f"| {nombres} | {md(valor)} | {md(ayuda)} |"


def _orden(nombre: str, orden: click.Command, padre: click.Context) -> list[str]:
    ctx = click.Context(orden, info_name=nombre, parent=padre)
    lineas = [f"## cobro {nombre}", "", md(orden.help or orden.short_help or ""), "",
              bloque_codigo(orden.get_usage(ctx)), ""]
    params = [p for p in orden.get_params(ctx) if not getattr(p, "hidden", False)]
    if params:
        lineas += ["| Opción | Valor | Qué hace |", "|---|---|---|"]
        lineas += [_fila(p, ctx) for p in params]
        lineas.append("")
    return lineas


def pagina() -> str:
    """Markdown de la página ``cli.md``."""
    from generador.cli import ORDENES, cli

    raiz = click.Context(cli, info_name="cobro")
    lineas = ["# Línea de órdenes", "",
              "Referencia generada de la propia aplicación al construir el sitio: siempre "
              "coincide con `cobro --help`.", "", bloque_codigo(cli.get_help(raiz)), ""]
    for nombre in cli.list_commands(raiz):
        try:
            orden = cli.get_command(raiz, nombre)
        except (ImportError, AttributeError):
            orden = None
        if orden is None:
            ayuda = ORDENES.get(nombre, ("", ""))[1]
            lineas += [f"## cobro {nombre}", "", md(ayuda), "",
                       "Esta orden aún no está disponible en esta versión.", ""]
            continue
        lineas += _orden(nombre, orden, raiz)
    return "\n".join(lineas)


def ordenes() -> list[str]:
    """Nombres de todas las órdenes (para la prueba de cobertura)."""
    from generador.cli import ORDENES

    return list(ORDENES)
