"""«¿quisiste decir...?»: un valor que solo difiere en mayúsculas sugiere el bueno (con dos
letras, como un país, difflib no veía parecido entre «ES» y «es» y no sugería nada)."""

from __future__ import annotations

import pytest

from generador.errores import quisiste_decir


@pytest.mark.parametrize(("valor", "opciones", "sugerencia"), [
    ("ES", ["ar", "cl", "es", "mx"], " ¿quisiste decir 'es'?"),
    ("SMS", ["email", "sms", "carta"], " ¿quisiste decir 'sms'?"),
    ("semgurs", ["seguros", "turismo"], " ¿quisiste decir 'seguros'?"),
    ("zz", ["es", "mx"], ""),
])
def test_sugerencias(valor, opciones, sugerencia):
    assert quisiste_decir(valor, opciones) == sugerencia


@pytest.mark.parametrize(("opcion", "valor", "mensaje"), [
    ("--pais", "ES", "Error: --pais: el país 'ES' no existe; ¿quisiste decir 'es'?\n"),
    ("--canal", "SMS", "Error: --canal: el canal 'SMS' no existe; ¿quisiste decir 'sms'?\n"),
])
def test_lint_con_un_valor_en_mayusculas_sugiere_el_bueno(cobro, tmp_path, opcion, valor, mensaje):
    ruta = tmp_path / "m.txt"
    ruta.write_text("Hola Ana: tu factura F-1 de 20 € vence el 3 de marzo.\n", encoding="utf-8")
    r = cobro("lint", opcion, valor, ruta)
    assert r.exit_code == 2
    assert r.output.endswith(mensaje)
