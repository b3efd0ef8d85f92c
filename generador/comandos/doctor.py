"""Orden ``cobro doctor``: qué componentes opcionales hay y cómo conseguir los que faltan."""

from __future__ import annotations

import click

from generador.diagnostico import VARIABLE_URL, Componente, Diagnostico


def presentar(diagnostico: Diagnostico) -> str:
    """Texto del informe, en español, sin colores (estable para las pruebas)."""
    lineas = ["Componentes opcionales de cobro:", ""]
    for c in diagnostico.componentes:
        lineas.extend(_bloque(c))
        lineas.append("")
    total = len(diagnostico.componentes)
    faltan = len(diagnostico.faltan)
    if faltan:
        lineas.append(
            f"Disponibles {total - faltan} de {total}. Lo que falta es opcional: el resto de "
            "cobro funciona sin ello."
        )
    else:
        lineas.append(f"Disponibles {total} de {total}.")
    return "\n".join(lineas)


def _bloque(c: Componente) -> list[str]:
    estado = "OK   " if c.presente else "FALTA"
    lineas = [f"[{estado}] {c.nombre} ({c.para_que})"]
    lineas.extend(f"        {d}" for d in c.detalles)
    if c.como_obtener:
        lineas.append("        Cómo obtenerlo:")
        lineas.extend(f"          {paso}" for paso in c.como_obtener)
    return lineas


@click.command(
    "doctor",
    options_metavar="[OPCIONES]",
    help="Dice qué componentes opcionales hay (hunspell-es, Java y LanguageTool, Chromium, "
         "Playwright) y cómo obtener los que faltan. Sale con 0 aunque falte algo, salvo "
         "con --estricto.",
)
@click.option("--estricto", is_flag=True,
              help="Sale con código 1 si falta algún componente (útil en CI).")
@click.option("--languagetool-url", "url", envvar=VARIABLE_URL, metavar="URL",
              help=f"Servidor de LanguageTool que comprobar (por defecto, {VARIABLE_URL}).")
def orden(estricto: bool, url: str | None) -> None:
    from generador.diagnostico import diagnosticar

    diagnostico = diagnosticar(url or None)
    click.echo(presentar(diagnostico))
    if estricto and diagnostico.faltan:
        raise SystemExit(1)
