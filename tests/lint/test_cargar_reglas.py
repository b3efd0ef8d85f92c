"""Un archivo de reglas mal escrito no se carga: se dice archivo:línea, clave y qué hacer.

La CLI lo convierte en el código de salida 2, con todos los problemas a la vez.
"""

from __future__ import annotations

import textwrap

import pytest

from generador.lint.cargar_reglas import ErrorReglas, cargar

REGLA_BUENA = """\
reglas:
  - codigo: PRO001
    nombre: tono.propia.prisa
    categoria: tono.agresivo
    severidad: aviso
    tipo: frases
    mensaje: "prisa: '{texto}'"
    descripcion: Señala prisas.
    por_que: Porque sí.
    referencia: Guía de estilo interna
    incorrecto: "Corre, corre."
    correcto: "Con calma."
    sugerencias: ["Con calma."]
    frases: [corre]
"""


def _escribir(tmp_path, texto: str, nombre: str = "propias.yml"):
    ruta = tmp_path / nombre
    ruta.write_text(textwrap.dedent(texto), encoding="utf-8")
    return ruta


def _problemas(tmp_path, texto: str) -> list[str]:
    ruta = _escribir(tmp_path, texto)
    with pytest.raises(ErrorReglas) as exc:
        cargar([ruta])
    return [f"{p.linea}:{p.clave}:{p.mensaje}" for p in exc.value.problemas]


def test_una_regla_propia_bien_escrita_se_carga_y_funciona(tmp_path):
    from generador.lint.motor import revisar_texto

    reglamento = cargar([_escribir(tmp_path, REGLA_BUENA)])
    regla = reglamento.buscar("PRO001")
    assert regla is not None and reglamento.buscar("tono.propia.prisa") is regla
    assert [h.texto for h in revisar_texto("¡Corre!", reglas=[regla])] == ["Corre"]


def test_expresion_regular_no_valida_con_su_linea(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace(
        "    frases: [corre]\n",
        "    tipo_extra: 1\n".replace("tipo_extra: 1", "patrones:\n      - 'bien'\n      - '(sin cerrar'"),
    ).replace("tipo: frases", "tipo: patron"))
    assert len(problemas) == 1
    assert problemas[0].startswith("16:patrones:expresión regular no válida '(sin cerrar'")


def test_tipo_desconocido_sugiere_el_parecido(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace("tipo: frases", "tipo: frase"))
    assert problemas == [
        "6:tipo:tipo de regla 'frase' desconocido; ¿quisiste decir 'frases'? (regla PRO001)"
    ]


def test_campo_obligatorio_que_falta(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace("    por_que: Porque sí.\n", ""))
    assert problemas == ["2:por_que:falta esta clave (regla PRO001)"]


def test_codigo_mal_formado_dice_el_formato(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace("PRO001", "PR1"))
    assert problemas == [
        "2:codigo:'PR1' no tiene el formato esperado (tres mayúsculas y tres cifras, "
        "p. ej. TON001) (regla PR1)"
    ]


def test_categoria_fuera_de_la_lista_fija(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace("categoria: tono.agresivo",
                                                          "categoria: tono.agresiva"))
    assert "'tono.agresiva' no es válido; ¿quisiste decir 'tono.agresivo'" in problemas[0]


def test_todos_los_problemas_a_la_vez(tmp_path):
    texto = REGLA_BUENA.replace("severidad: aviso", "severidad: grave").replace(
        "tipo: frases", "tipo: nada")
    problemas = _problemas(tmp_path, texto)
    assert [p.split(":")[1] for p in problemas] == ["severidad", "tipo"]


def test_codigo_repetido_con_una_regla_de_cobro(tmp_path):
    problemas = _problemas(tmp_path, REGLA_BUENA.replace("PRO001", "TON001"))
    assert "'TON001' ya lo usa la regla TON001" in problemas[0]


def test_yaml_roto(tmp_path):
    problemas = _problemas(tmp_path, "reglas:\n  - codigo: [sin cerrar\n")
    assert problemas[0].startswith("3::YAML no válido")


def test_la_cli_sale_con_2_y_archivo_linea(tmp_path, lint):
    reglas = _escribir(tmp_path, REGLA_BUENA.replace("tipo: frases", "tipo: frase"))
    mensaje = _escribir(tmp_path, "Hola.", "mensaje.txt")
    resultado = lint("--reglas-propias", str(reglas), str(mensaje))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        "Error: Los archivos de reglas tienen 1 problema; corrígelo y vuelve a ejecutar:\n"
        f"{reglas}:6: tipo: tipo de regla 'frase' desconocido; ¿quisiste decir 'frases'? "
        "(regla PRO001)\n"
    )
    assert "Traceback" not in resultado.output


def test_las_reglas_de_cobro_cargan_sin_problemas():
    assert len(cargar().reglas) >= 30
