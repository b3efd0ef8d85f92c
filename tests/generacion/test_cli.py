"""La CLI habla español y sugiere lo que quisiste escribir."""

from __future__ import annotations

import subprocess
import sys

from generador import __version__


def test_version(cobro):
    resultado = cobro("--version")
    assert resultado.exit_code == 0
    assert resultado.output == f"cobro {__version__}\n"


def test_ayuda_en_espanol_lista_todas_las_ordenes(cobro):
    resultado = cobro("--help")
    assert resultado.exit_code == 0
    assert resultado.output.startswith("Uso: cobro [OPCIONES] ORDEN [ARGUMENTOS]...\n")
    for orden in ("generar", "lint", "reglas", "exportar", "sitio", "doctor"):
        assert f"\n  {orden} " in resultado.output
    assert "Muestra esta ayuda y sale." in resultado.output


def test_orden_mal_escrita(cobro):
    resultado = cobro("generra")
    assert resultado.exit_code == 2
    assert resultado.output.endswith(
        "Error: la orden 'generra' no existe. ¿quisiste decir 'generar'?\n"
    )


def test_filtro_desconocido_sugiere(cobro, tmp_path):
    resultado = cobro("generar", "--salida", tmp_path / "s", "--sector", "segurso")
    assert resultado.exit_code == 2
    assert resultado.output == "Error: --sector: el sector 'segurso' no existe; ¿quisiste decir 'seguros'?\n"


def test_ayuda_no_importa_las_ordenes():
    """``cobro --help`` no debe cargar yaml, jinja2 ni babel (arranque rápido)."""
    codigo = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from generador.cli import cli\n"
        "CliRunner().invoke(cli, ['--help'])\n"
        "pesados = [m for m in ('yaml', 'jinja2', 'babel', 'textstat', 'enchant') if m in sys.modules]\n"
        "print(','.join(pesados))\n"
    )
    salida = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True,
                            check=True).stdout
    assert salida.strip() == ""
