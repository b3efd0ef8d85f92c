"""Todo YAML que cobro lee (especificaciones, reglas, front matter, voseo, datos fijos) pasa
por ``yaml_lineas.cargar_texto``: un error de sintaxis se explica en español con su línea, su
columna y qué hacer, también con los mensajes del analizador en C (libyaml), que no son los
de PyYAML en Python."""

from __future__ import annotations

import pytest

from generador.yaml_lineas import cargar_texto


@pytest.mark.parametrize(("yaml", "linea", "mensaje"), [
    ('a: "\\x1"\n', 1, "YAML no válido en la columna 7: un escape \\x, \\u o \\U entre comillas "
     "dobles no tiene sus cifras hexadecimales; usa comillas simples"),
    ("a: |0\n  x\n", 1, "YAML no válido en la columna 5: el indicador de sangría de un bloque | "
     "o > va de 1 a 9"),
    ("&a x: &a y\n", 1, "YAML no válido en la columna 7: hay dos anclas (&nombre) con el mismo "
     "nombre"),
    ('"a" x\n', 1, "YAML no válido en la columna 5: hay texto fuera de lugar al principio de un "
     "documento"),
    ("a: &\n", 1, "YAML no válido en la columna 5: un ancla (&) o un alias (*) necesita un nombre "
     "de letras o cifras"),
    ("a: [1,\n", 2, "YAML no válido en la columna 1: falta un valor (¿una lista o un mapa sin "
     "cerrar, o una coma de más?)"),
    ("a: 'b\n---\n", 2, "YAML no válido en la columna 1: una comilla no se cierra antes de '---' "
     "(se abre en la línea anterior)"),
    ("a: b\x01\n", 0, "YAML no válido: hay un carácter de control (#x0001) en la posición 5; "
     "quítalo (¿es un archivo binario o pegado de otro programa?)"),
])
def test_errores_de_sintaxis_en_espanol_con_linea_y_columna(yaml, linea, mensaje):
    datos, problemas = cargar_texto(yaml, "x.yml")
    assert datos is None
    assert [(p.archivo, p.linea, p.mensaje) for p in problemas] == [("x.yml", linea, mensaje)]
