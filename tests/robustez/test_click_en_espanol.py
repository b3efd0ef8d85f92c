"""La línea de órdenes habla español también en los textos que escribe click: la ayuda, el
uso y los errores de opciones (que faltan, que no existen, fuera de rango)."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

from generador.cli import ORDENES
from generador.textos_click import TRADUCCIONES


def _claves_de_click() -> dict[str, str]:
    """Cada texto que la versión instalada de click pasa por ``_`` o ``ngettext``."""
    claves: dict[str, str] = {}
    for archivo in sorted(Path(click.__file__).parent.glob("*.py")):
        for nodo in ast.walk(ast.parse(archivo.read_text(encoding="utf-8"))):
            if (isinstance(nodo, ast.Call) and isinstance(nodo.func, ast.Name)
                    and nodo.func.id in ("_", "ngettext")):
                for arg in nodo.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        claves.setdefault(arg.value, archivo.name)
    return claves


def test_cada_texto_de_click_tiene_traduccion():
    claves = _claves_de_click()
    assert len(claves) > 40  # se han leído de verdad los textos de click
    assert {c: donde for c, donde in claves.items() if c not in TRADUCCIONES} == {}


# Palabras de la ayuda que click escribe en inglés si una opción no trae ``metavar``.
INGLES = ("INTEGER", "TEXT", "RANGE", "FLOAT", "BOOLEAN", "FILENAME", "DIRECTORY", "PATH",
          "UUID", "Usage", "Options", "Show this", "required", "default:")


@pytest.mark.parametrize("orden", ["", *ORDENES])
def test_la_ayuda_de_cada_orden_no_trae_ingles(cobro, orden):
    r = cobro(*([orden] if orden else []), "--help")
    assert r.exit_code == 0
    assert [p for p in INGLES if p in r.output] == []
    assert r.output.startswith("Uso: cobro")


def test_falta_una_opcion_obligatoria(cobro):
    r = cobro("generar")
    assert r.exit_code == 2
    assert "Error: Falta la opción '--salida' / '-o'." in r.output


def test_una_opcion_que_no_existe_sugiere_la_parecida(cobro):
    r = cobro("lint", "--falla-e", "x")
    assert r.exit_code == 2
    assert "Error: No existe la opción '--falla-e'. ¿Querías decir '--falla-en'?" in r.output


def test_un_numero_fuera_de_rango_o_que_no_es_numero(cobro):
    r = cobro("combinar", "facturas.csv", "-o", "salida", "--plazo", "0")
    assert r.exit_code == 2
    assert ("Valor no válido para '--plazo': 0 no está entre los valores admitidos "
            "(1<=x<=365).") in r.output
    r = cobro("sitio", "--puerto", "abc")
    assert r.exit_code == 2
    assert "Valor no válido para '--puerto': 'abc' no es un número válido." in r.output


def test_una_opcion_sin_su_valor_y_un_argumento_de_mas(cobro):
    r = cobro("lint", "a.txt", "--canal")
    assert r.exit_code == 2
    assert "Error: La opción '--canal' necesita un valor." in r.output
    r = cobro("combinar", "a.csv", "b.csv", "-o", "salida")
    assert r.exit_code == 2
    assert "Error: Sobra un argumento (b.csv)" in r.output


def test_una_ruta_que_no_es_del_tipo_esperado(cobro, tmp_path):
    archivo = tmp_path / "mio.txt"
    archivo.write_text("mío", encoding="utf-8")
    r = cobro("sitio", "--salida", archivo)
    assert r.exit_code == 2
    assert (f"Error: Valor no válido para '--salida' / '-o': '{archivo}' es un archivo, no una "
            "carpeta.") in r.output
    assert archivo.read_text(encoding="utf-8") == "mío"


def test_la_ayuda_de_lint_nombra_todos_los_canales_que_acepta(cobro):
    from generador import dominio
    from generador.arbol import raiz_predeterminada

    canales = list(dominio.modelo(raiz_predeterminada()).canales)
    ayuda = " ".join(cobro("lint", "--help").output.split())
    assert "--canal CANAL email, sms, carta, whatsapp o llamada, si el archivo no lo dice." in ayuda
    assert [c for c in canales if c not in ayuda] == []
