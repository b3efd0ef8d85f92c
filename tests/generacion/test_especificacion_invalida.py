"""Una especificación mal escrita se explica entera, en español, con archivo y línea.

Cada problema sale como ``archivo:linea: clave: problema``; todos los de un árbol se
informan en una sola ejecución; el código de salida es 2 y nunca hay traza de Python.
"""

from __future__ import annotations

import pytest
from arbol import SECTOR, TIPO, VARIABLES, escribir_arbol


def generar(cobro, tmp_path, **reemplazos):
    escribir_arbol(tmp_path / "specs", **reemplazos)
    return cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "salida")


def test_un_arbol_valido_genera(cobro, tmp_path):
    resultado = generar(cobro, tmp_path)
    assert resultado.exit_code == 0, resultado.output
    assert resultado.output.startswith("4 plantillas y 4 ejemplos (es_ES) en ")


def test_todos_los_problemas_se_informan_juntos(cobro, tmp_path):
    tipo = TIPO.replace("etapa: preaviso", "etapa: preavisso").replace(
        "{{ importe }} vence", "{{ importes }} vence")
    resultado = generar(
        cobro, tmp_path,
        mensajes__tipos__recordatorio_previo_yml=tipo,
        sectores__turismo_yml=SECTOR.replace("  b2c:", "  b2x:"),
    )
    assert resultado.exit_code == 2
    assert resultado.output == (
        "Error: La especificación tiene 4 problemas; corrígelos y vuelve a ejecutar:\n"
        "mensajes/tipos/recordatorio_previo.yml:4: etapa: la etapa 'preavisso' no existe; "
        "¿quisiste decir 'preaviso'?\n"
        "mensajes/tipos/recordatorio_previo.yml:22: canales.sms.cuerpo.tu: la variable 'importes' "
        "no existe; ¿quisiste decir 'importe' o 'empresa'? (declárala en mensajes/variables.yml "
        "o en las variables del sector)\n"
        "mensajes/tipos/recordatorio_previo.yml:23: canales.sms.cuerpo.usted: la variable "
        "'importes' no existe; ¿quisiste decir 'importe' o 'empresa'? (declárala en "
        "mensajes/variables.yml o en las variables del sector)\n"
        "sectores/turismo.yml:5: audiencias.b2x: clave desconocida; ¿quisiste decir 'b2c' o "
        "'b2b'?\n"
    )


def test_yaml_roto_dice_linea_y_que_hacer(cobro, tmp_path):
    resultado = generar(cobro, tmp_path, mensajes__variables_yml=VARIABLES + "  : x\n")
    assert resultado.exit_code == 2
    assert resultado.output == (
        "Error: La especificación tiene 1 problema; corrígelo y vuelve a ejecutar:\n"
        "mensajes/variables.yml:27: YAML no válido: se esperaba una clave "
        "(revisa la sangría y los ':')\n"
    )


def test_valor_fuera_de_la_lista_y_tipo_desconocido_en_sector(cobro, tmp_path):
    sector = SECTOR.replace("textos:", "textos:\n      segimiento:\n        sms: {tu: a, usted: b}")
    resultado = generar(
        cobro, tmp_path,
        mensajes__variables_yml=VARIABLES.replace("tipo: importe", "tipo: dinero"),
        sectores__turismo_yml=sector,
    )
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "mensajes/variables.yml:14: variables.importe.tipo: 'dinero' no es válido; ¿quisiste "
        "decir 'numero'? valores posibles: texto, importe, fecha, url, email, telefono, iban, numero",
        "sectores/turismo.yml:14: audiencias.b2c.textos.segimiento: el tipo 'segimiento' no "
        "existe; posibles: recordatorio_previo",
    ]


def test_la_plantilla_canonica_no_admite_logica(cobro, tmp_path):
    tipo = TIPO.replace("Hola,", "{% if x %}Hola,{% endif %}")
    resultado = generar(cobro, tmp_path, mensajes__tipos__recordatorio_previo_yml=tipo)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1] == (
        "mensajes/tipos/recordatorio_previo.yml:12: canales.email.cuerpo.tu: solo se admiten "
        "marcadores '{{ variable }}' y ranuras '[[ ranura ]]'; sin lógica ({% %}), comentarios "
        "ni expresiones"
    )


FRASE_DE_OTRO_TIPO = SECTOR.replace(
    "      recordatorio_previo:\n        apertura", "      otro:\n        apertura", 1)
RANURA_MAL_ESCRITA = TIPO.replace("[[ en_juego ]]\n      usted", "[[ en_jeugo ]]\n      usted")
REGISTRO_VOS = TIPO.replace('      usted: "Su pago', '      vos: "Su pago')
VARIABLE_SIN_USO = VARIABLES + "  sin_uso:\n    descripcion: x\n    tipo: texto\n    ejemplo: x\n"


@pytest.mark.parametrize(
    ("reemplazos", "esperado"),
    [
        pytest.param(
            {"sectores__turismo_yml": FRASE_DE_OTRO_TIPO},
            "sectores/turismo.yml:14: audiencias.b2c.textos.otro: el tipo 'otro' no existe; "
            "posibles: recordatorio_previo",
            id="frase-de-tipo-inexistente",
        ),
        pytest.param(
            {"mensajes__tipos__recordatorio_previo_yml": RANURA_MAL_ESCRITA},
            "mensajes/tipos/recordatorio_previo.yml:12: canales.email.cuerpo.tu: la ranura "
            "'en_jeugo' no existe; ¿quisiste decir 'en_juego'?",
            id="ranura-mal-escrita",
        ),
        pytest.param(
            {"mensajes__tipos__recordatorio_previo_yml": REGISTRO_VOS},
            "mensajes/tipos/recordatorio_previo.yml:10: canales.email.asunto.vos: clave "
            "desconocida; claves posibles: tu, usted",
            id="registro-desconocido",
        ),
        pytest.param(
            {"mensajes__variables_yml": VARIABLE_SIN_USO},
            "mensajes/variables.yml:27: variables.sin_uso: se declara pero ninguna plantilla la "
            "usa; quítala o úsala",
            id="variable-sin-uso",
        ),
        pytest.param(
            {"sectores__turismo_yml": SECTOR.replace("nombre: turismo", "nombre: turismos")},
            "sectores/turismo.yml:1: nombre: 'turismos' no coincide con el nombre del archivo "
            "'turismo'",
            id="nombre-distinto-del-archivo",
        ),
    ],
)
def test_referencias_rotas_entre_archivos(cobro, tmp_path, reemplazos, esperado):
    resultado = generar(cobro, tmp_path, **reemplazos)
    assert resultado.exit_code == 2
    assert esperado in resultado.output.splitlines(), resultado.output


def test_archivo_binario_o_no_utf8(cobro, tmp_path):
    escribir_arbol(tmp_path / "specs")
    (tmp_path / "specs/sectores/turismo.yml").write_bytes("nombre: café\n".encode("latin-1"))
    (tmp_path / "specs/sectores/binario.yml").write_bytes(b"\x00\x01\x02")
    resultado = cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "s")
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "sectores/binario.yml: es un archivo binario, no YAML",
        "sectores/turismo.yml:1: no está en UTF-8; guárdalo con codificación UTF-8",
    ]


def test_carpeta_que_no_es_un_arbol(cobro, tmp_path):
    resultado = cobro("generar", "--specs", tmp_path, "--salida", tmp_path / "s")
    assert resultado.exit_code == 2
    assert resultado.output.startswith(f"Error: '{tmp_path}' no es un árbol de especificaciones")
