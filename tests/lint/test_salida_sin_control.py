"""Un archivo hostil no manda secuencias de terminal a través de los hallazgos: en texto y
en las anotaciones de GitHub, cada carácter de control sale escrito como su escape
(``\\x1b``); en JSON y SARIF ya lo escapa JSON."""

from __future__ import annotations

import json

import pytest

# ESC ] 0 ; ... BEL cambia el título de la terminal; ESC [ 2 J borra la pantalla.
HOSTIL = "Hola {{ \x1b]0;pwned\x07nombre }}, su factura \x1b[2JF-1 vence.\n"
CITA = "'{{ \\x1b]0;pwned\\x07nombre }}'"


@pytest.fixture
def hostil(tmp_path):
    ruta = tmp_path / "m.txt"
    ruta.write_text(HOSTIL, encoding="utf-8")
    return ruta


def test_texto_sin_caracteres_de_control(lint, hostil):
    r = lint("--mensaje", "--selecciona", "FMT001", str(hostil))
    assert r.stdout.splitlines()[0] == (
        f"{hostil}:1:6: error FMT001 marcador sin rellenar en un mensaje final: {CITA} "
        "[formato.marcador_sin_rellenar]")
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_github_sin_caracteres_de_control(lint, hostil):
    r = lint("--mensaje", "--selecciona", "FMT001", "--formato", "github", str(hostil))
    assert f"::marcador sin rellenar en un mensaje final: {CITA}%0Aen su lugar:" in r.stdout
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_json_conserva_el_texto_exacto(lint, hostil):
    r = lint("--mensaje", "--selecciona", "FMT001", "--formato", "json", str(hostil))
    assert "\x1b" not in r.stdout  # JSON lo escribe como \u001b
    [h] = json.loads(r.stdout)["archivos"][0]["hallazgos"]
    assert h["texto"] == "{{ \x1b]0;pwned\x07nombre }}"


def test_un_nombre_de_archivo_con_control_en_los_errores(lint, tmp_path):
    r = lint(str(tmp_path / "no\x1b]0;x\x07existe.txt"))
    assert r.exit_code == 2
    assert "no\\x1b]0;x\\x07existe.txt: no existe ese archivo ni carpeta" in r.stderr
    assert "\x1b" not in r.stderr


def test_combinar_no_reenvia_el_control_de_una_celda(cobro, tmp_path):
    """El motivo de una fila con error cita la celda: sin sus caracteres de control."""
    csv = tmp_path / "f.csv"
    csv.write_text("referencia,nombre_cliente,importe,fecha_vencimiento,sector,canal\n"
                   "R-1,Ana,\x1b]0;pwned\x07,2026-11-10,turismo,email\n", encoding="utf-8")
    r = cobro("combinar", csv, "--salida", tmp_path / "s", "--hoy", "2026-11-30")
    assert r.exit_code == 1
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr
    assert "importe no válido '\\x1b]0;pwned\\x07'" in r.stderr


def test_un_error_general_tampoco(cobro, tmp_path):
    r = cobro("lint", "--config", tmp_path / "no\x1b]0;x\x07.toml", tmp_path)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: el archivo de configuración '{tmp_path}/no\\x1b]0;x\\x07.toml': "
                        "no existe\n")
