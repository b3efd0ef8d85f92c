"""``cobro lsp``: servidor de lenguaje (LSP) para los editores, por stdio."""

from __future__ import annotations

import click


@click.command(
    "lsp",
    options_metavar="[OPCIONES]",
    short_help="Servidor de lenguaje (LSP) para el editor.",
    help=(
        "Arranca el servidor de lenguaje de cobro por la entrada y la salida estándar: el "
        "editor lo lanza y recibe los hallazgos mientras se escribe, la explicación de cada "
        "regla al pasar el ratón y sus correcciones como acciones rápidas. Lee la misma "
        "configuración que cobro lint ([tool.cobro] o cobro.toml).\n\n"
        "No se usa a mano: configúralo en el editor (VS Code, Neovim, Helix, Emacs); la guía "
        "'Editores' del sitio trae los fragmentos de configuración."
    ),
)
@click.option("--stdio", is_flag=True, help="Habla por stdio (el único modo; se admite por compatibilidad).")
def orden(stdio: bool) -> None:
    try:
        from generador.lsp.servidor import main
    except ImportError as exc:  # pragma: no cover - instalación sin pygls
        from generador.errores import ErrorCobro

        raise ErrorCobro(f"cobro lsp necesita pygls ({exc}); instálalo con 'pip install pygls'") from None
    main()
