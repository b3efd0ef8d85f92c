"""Una especificación mal escrita se explica entera, en español, con archivo y línea.

Cada problema sale como ``archivo:linea: clave: problema``; todos los de un árbol se
informan en una sola ejecución; el código de salida es 2 y nunca hay traza de Python.
"""

from __future__ import annotations

import contextlib

import pytest
from arbol import DATOS_ES, SECTOR, TIPO, VARIABLES, escribir_arbol


def generar(cobro, tmp_path, **reemplazos):
    """``cobro generar`` desde la carpeta del árbol: los archivos salen como ``mensajes/...``
    (desde otra carpeta, como se abren desde ella: ``test_rutas_de_los_problemas``)."""
    escribir_arbol(tmp_path / "specs", **reemplazos)
    with contextlib.chdir(tmp_path / "specs"):
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
        "mensajes/variables.yml:27: YAML no válido en la columna 3: se esperaba una clave "
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
    with contextlib.chdir(tmp_path / "specs"):
        resultado = cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "s")
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "sectores/binario.yml: es un archivo binario, no YAML",
        "sectores/turismo.yml:1: no está en UTF-8 (byte 0xE9 en la línea 1, columna 12); "
        "guárdalo como UTF-8, p. ej. 'iconv -f windows-1252 -t utf-8 archivo > nuevo'",
    ]


def test_carpeta_que_no_es_un_arbol(cobro, tmp_path):
    resultado = cobro("generar", "--specs", tmp_path, "--salida", tmp_path / "s")
    assert resultado.exit_code == 2
    assert resultado.output.startswith(f"Error: '{tmp_path}' no es un árbol de especificaciones")


# -- Ranuras de sector y texto de país (ESQUEMA12) ---------------------------------------

SIN_SMS = SECTOR.replace("        sms: {tu: Reserva lista., usted: Reserva lista.}\n", "")
PAIS_ES = DATOS_ES + """\
vocabulario: {cobro: recobro, agencia: una agencia, id_fiscal: NIF, etiqueta_cuenta: IBAN}
pago:
  tu: "- en {{ referencia }}"
  usted: "- en {{ referencia }}"
pago_sms: {tu: Paga ya, usted: Pague ya}
legal:
  recordatorio_previo:
    tu: El artículo 1 dice algo.
    usted: El artículo 1 dice algo.
"""


def test_un_sms_sin_frase_del_sector_ni_por_defecto_es_un_error(cobro, tmp_path):
    resultado = generar(cobro, tmp_path, sectores__turismo_yml=SIN_SMS)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "sectores/turismo.yml:15: audiencias.b2c.textos.recordatorio_previo.sms: falta la frase "
        "del sector para el SMS y el tipo no tiene por_defecto.sms; escríbela (todo SMS lleva "
        "palabras del sector)",
    ]


def test_el_por_defecto_del_tipo_cubre_al_sector_que_no_escribe_su_texto(cobro, tmp_path):
    vacio = '{tu: "", usted: ""}'
    tipo = TIPO.replace("canales:", f"por_defecto:\n  apertura: {vacio}\n  en_juego: {vacio}\n"
                        f"  opciones: {vacio}\n  cierre: {vacio}\n"
                        "  sms: {tu: Texto comun., usted: Texto comun.}\ncanales:")
    resultado = generar(cobro, tmp_path, sectores__turismo_yml=SIN_SMS,
                        mensajes__tipos__recordatorio_previo_yml=tipo)
    assert resultado.exit_code == 0, resultado.output
    sms = (tmp_path / "salida/ejemplos/turismo/turismo-recordatorio_previo-sms-tu.txt")
    assert sms.read_text(encoding="utf-8").endswith(". Texto comun.\n")


def test_una_frase_legal_de_pais_sin_fuente_y_una_ranura_de_pais_desconocida(cobro, tmp_path):
    tipo = TIPO.replace("[[ en_juego ]]\n      usted", "[[ en_juego ]] [[ pais.moneda ]]\n      usted")
    resultado = generar(cobro, tmp_path, mensajes__paises__es_yml=PAIS_ES,
                        mensajes__tipos__recordatorio_previo_yml=tipo)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "mensajes/paises/es.yml:14: legal.recordatorio_previo.fuente: una frase legal necesita su "
        "fuente (ley, artículo, URL y fecha de lectura)",
        "mensajes/tipos/recordatorio_previo.yml:12: canales.email.cuerpo.tu: la ranura "
        "'pais.moneda' no existe; ¿quisiste decir 'pais.legal' o 'pais.pago'?",
    ]


def test_usar_ranuras_de_pais_sin_el_texto_del_pais_predeterminado(cobro, tmp_path):
    tipo = TIPO.replace("[[ en_juego ]]\n      usted", "[[ pais.pago ]]\n      usted")
    resultado = generar(cobro, tmp_path, mensajes__tipos__recordatorio_previo_yml=tipo)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "mensajes/paises: es: las plantillas usan ranuras [[ pais.* ]] y falta el texto del país "
        "predeterminado: crea mensajes/paises/es.yml",
    ]


def test_una_exclusion_por_pais_vale_solo_en_esos_paises(cobro, tmp_path):
    sector = SECTOR.replace("    textos:", "    exclusiones:\n      - motivo: Cita una ley de otro "
                            "país.\n        canal: sms\n        paises: [mxx]\n    textos:")
    resultado = generar(cobro, tmp_path, sectores__turismo_yml=sector)
    assert resultado.exit_code == 2
    assert "exclusiones[0].paises: el país 'mxx' no existe" in resultado.output
    sector = sector.replace("paises: [mxx]", "paises: [es]")
    resultado = generar(cobro, tmp_path, sectores__turismo_yml=sector)
    assert resultado.exit_code == 0, resultado.output
    assert resultado.output.startswith("2 plantillas y 2 ejemplos (es_ES) en ")


SMS_CON_INICIO = TIPO.replace(
    'tu: "{{ empresa }}: {{ importe }} vence el {{ fecha_vencimiento }}. [[ sms ]]"',
    'tu: "{{ empresa }}: [[ sms_inicio ]] [[ sms ]]"')


def test_una_ranura_opcional_sin_por_defecto_es_un_error(cobro, tmp_path):
    resultado = generar(cobro, tmp_path, mensajes__tipos__recordatorio_previo_yml=SMS_CON_INICIO)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "mensajes/tipos/recordatorio_previo.yml:6: por_defecto.sms_inicio: el esqueleto usa la "
        "ranura [[ sms_inicio ]]: dale texto en por_defecto para los sectores que no la escriben",
    ]


@pytest.mark.parametrize("propia, esperado", [
    (None, "{{ empresa }}: Vence {{ importe }} el {{ fecha_vencimiento }}. Reserva lista."),
    ("Tu viaje se acerca: {{ importe }} el {{ fecha_vencimiento }}.",
     "{{ empresa }}: Tu viaje se acerca: {{ importe }} el {{ fecha_vencimiento }}. Reserva lista."),
])
def test_el_sector_escribe_una_ranura_opcional_o_recibe_la_del_tipo(cobro, tmp_path, propia,
                                                                   esperado):
    vacio = '{tu: "", usted: ""}'
    tipo = SMS_CON_INICIO.replace(
        "canales:", f"por_defecto:\n  apertura: {vacio}\n  en_juego: {vacio}\n"
        f"  opciones: {vacio}\n  cierre: {vacio}\n  sms: {{tu: Comun., usted: Comun.}}\n"
        "  sms_inicio:\n    tu: Vence {{ importe }} el {{ fecha_vencimiento }}.\n"
        "    usted: Vence {{ importe }} el {{ fecha_vencimiento }}.\ncanales:")
    sector = SECTOR
    if propia is not None:
        sector = SECTOR.replace("        sms: {tu: Reserva lista.",
                                f'        sms_inicio: {{tu: "{propia}", usted: "{propia}"}}\n'
                                "        sms: {tu: Reserva lista.")
    resultado = generar(cobro, tmp_path, mensajes__tipos__recordatorio_previo_yml=tipo,
                        sectores__turismo_yml=sector)
    assert resultado.exit_code == 0, resultado.output
    plantilla = tmp_path / "salida/plantillas/turismo/turismo-recordatorio_previo-sms-tu.txt"
    assert plantilla.read_text(encoding="utf-8").split("---\n", 2)[2].strip() == esperado


# -- Frases legales con nombre: [[ pais.legal.<clave> ]] y <tipo>_b2c / <tipo>_b2b ------------

PAIS_ES_LEGAL = PAIS_ES.replace("""\
legal:
  recordatorio_previo:
    tu: El artículo 1 dice algo.
    usted: El artículo 1 dice algo.
""", """\
legal:
  plazo_reserva:
    tu: La ley A, art. 2, da tres días.
    usted: La ley A, art. 2, da tres días.
    fuente: "Ley A, art. 2; https://ley.example/a; leído 2026-11-30"
  recordatorio_previo_b2c:
    tu: Solo a particulares.
    usted: Solo a particulares.
    fuente: "Ley B, art. 9; https://ley.example/b; leído 2026-11-30"
""")
SECTOR_CON_LEGAL = SECTOR.replace("Así tu reserva queda lista.",
                                  "Así tu reserva queda lista. [[ pais.legal.plazo_reserva ]]")
TIPO_CON_LEGAL = TIPO.replace("        [[ en_juego ]]\n      usted",
                              "        [[ en_juego ]] [[ pais.legal ]]\n      usted")


def test_un_sector_pide_una_frase_legal_del_pais_por_su_clave(cobro, tmp_path):
    import json

    resultado = generar(cobro, tmp_path, mensajes__paises__es_yml=PAIS_ES_LEGAL,
                        sectores__turismo_yml=SECTOR_CON_LEGAL,
                        mensajes__tipos__recordatorio_previo_yml=TIPO_CON_LEGAL)
    assert resultado.exit_code == 0, resultado.output
    email = (tmp_path / "salida/plantillas/es/turismo/es-turismo-recordatorio_previo-email-tu.txt")
    assert email.read_text(encoding="utf-8").endswith(
        "Así tu reserva queda lista. La ley A, art. 2, da tres días. Solo a particulares.\n\n"
        "{{ empresa }}\n")
    manifiesto = json.loads((tmp_path / "salida/catalogo.json").read_text(encoding="utf-8"))
    entrada = next(e for e in manifiesto["plantillas"]
                   if e["id"] == "es-turismo-recordatorio_previo-email-tu")
    assert entrada["fuentes_legales"] == ["Ley A, art. 2; https://ley.example/a; leído 2026-11-30",
                                          "Ley B, art. 9; https://ley.example/b; leído 2026-11-30"]


def test_una_frase_legal_pedida_que_el_pais_no_tiene_y_su_errata(cobro, tmp_path):
    pais = PAIS_ES_LEGAL.replace("  plazo_reserva:", "  plazo_resrva:")
    resultado = generar(cobro, tmp_path, mensajes__paises__es_yml=pais,
                        sectores__turismo_yml=SECTOR_CON_LEGAL)
    assert resultado.exit_code == 2
    assert resultado.output.splitlines()[1:] == [
        "mensajes/paises/es.yml:13: legal.plazo_reserva: sectores/turismo.yml usa "
        "[[ pais.legal.plazo_reserva ]] y este país no la define: escribe su frase (tu, usted, "
        'fuente) o déjala en "" si aquí no se dice nada',
        "mensajes/paises/es.yml:14: legal.plazo_resrva: ni es un tipo (o <tipo>_b2b, <tipo>_b2c) "
        "ni la pide ningún texto con [[ pais.legal.plazo_resrva ]]; ¿quisiste decir "
        "'plazo_reserva'?",
    ]


def test_una_frase_legal_de_un_sector_que_el_arbol_no_tiene_no_molesta(cobro, tmp_path):
    """Un árbol con menos sectores puede usar los textos de país completos: la frase de un
    sector ausente (con sus variables) no se compone ni se señala."""
    pais = PAIS_ES_LEGAL.replace("    fuente: \"Ley A", "    fuente: \"Ley A").replace(
        "  recordatorio_previo_b2c:", "  suministro_ajeno:\n    tu: Desde el {{ fecha_corte }}.\n"
        "    usted: Desde el {{ fecha_corte }}.\n    fuente: \"Ley C; https://ley.example/c; "
        "leído 2026-11-30\"\n  recordatorio_previo_b2c:")
    resultado = generar(cobro, tmp_path, mensajes__paises__es_yml=pais,
                        sectores__turismo_yml=SECTOR_CON_LEGAL)
    assert resultado.exit_code == 0, resultado.output
