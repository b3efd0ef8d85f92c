"""Cada error de ``tomllib`` (en inglés) sale en español, con su línea, en la configuración."""

from __future__ import annotations

import re

import pytest

from generador.errores import ErrorCobro, ruta_desde_aqui
from generador.toml_seguro import leer

INGLES = re.compile(r"\b(Expected|Cannot|Invalid|Unclosed|Unterminated|Illegal|Found|Duplicate|"
                    r"Unescaped|Escaped|declaration|namespace|character)\b")

CASOS = {
    "[tool.cobro\n": (1, "falta ']' al final del nombre de la tabla (p. ej. [tool.cobro])"),
    "[[tool.cobro]\n": (1, "falta ']]' al final del nombre de la lista de tablas"),
    "a = {b = 1}\na.c = 2\n": (2, "la tabla ya se definió en línea ({...}) y no se puede ampliar"),
    "a = {b = 1, b = 2}\n": (1, "la clave está repetida dentro de la tabla {...}"),
    'a = "\\uD800"\n': (1, "un escape \\u o \\U no es un carácter válido"),
    'a = "\\uZZZZ"\n': (1, "un escape \\u o \\U tiene cifras hexadecimales no válidas"),
    "?a = 1\n": (1, "instrucción no válida (¿falta '=' o unas comillas?)"),
    'a = """sin cerrar\n': (1, None),
    "[a]\nb = 1\n[a]\n": (3, "la tabla está declarada dos veces"),
}


@pytest.mark.parametrize("texto", list(CASOS))
def test_motivo_en_espanol_con_su_linea(tmp_path, texto):
    ruta = tmp_path / "cobro.toml"
    ruta.write_text(texto, encoding="utf-8")
    with pytest.raises(ErrorCobro) as exc:
        leer(ruta)
    mensaje = str(exc.value)
    linea, motivo = CASOS[texto]
    assert mensaje.startswith(f"{ruta_desde_aqui(ruta)}:{linea}: TOML no válido: "), mensaje
    if motivo is not None:
        assert f"TOML no válido: {motivo};" in mensaje
    assert not INGLES.search(mensaje.split("TOML no válido: ", 1)[1]), mensaje
