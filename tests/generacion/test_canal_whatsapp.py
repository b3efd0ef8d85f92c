"""Canal whatsapp: las reglas de las plantillas de WhatsApp Business, en el generador, en el
linter y en el catálogo real.

Reglas de Meta (ver generador/whatsapp.py): cuerpo de 1.024 caracteres como mucho, sin una
variable al principio ni al final, sin dos variables seguidas, con palabras fijas suficientes
para sus variables; botones de 20 caracteres, enlaces https fijos.
"""

from __future__ import annotations

import re

import pytest
from arbol import CANALES, TIPO, escribir_arbol

from generador import whatsapp
from generador.cargar import cargar
from generador.componer import componer
from generador.errores import ErrorEspecificacion

CANALES_WA = CANALES + """\
  whatsapp:
    titulo: WhatsApp
    categoria: UTILITY
    limites: {cuerpo: 1024, boton: 20}
    maqueta: "[[ cuerpo ]]"
"""


def _tipo_con_whatsapp(tu: str, usted: str | None = None, botones: str = "") -> str:
    usted = usted if usted is not None else tu
    return TIPO + f"""\
  whatsapp:
    cuerpo:
      tu: "{tu}"
      usted: "{usted}"
{botones}"""


def _componer(tmp_path, tipo: str):
    raiz = escribir_arbol(tmp_path, mensajes__canales_yml=CANALES_WA,
                          mensajes__tipos__recordatorio_previo_yml=tipo)
    return componer(cargar(raiz))


def test_un_cuerpo_que_empieza_por_una_variable_se_rechaza_con_el_archivo_y_el_motivo(tmp_path):
    tipo = _tipo_con_whatsapp(
        "{{ nombre_cliente }}, vence {{ importe }} el {{ fecha_vencimiento }}. "
        "Gracias por avisar si ya pagaste.",
        "Hola, {{ nombre_cliente }}. Vence {{ importe }} el {{ fecha_vencimiento }}. "
        "Gracias por avisar si ya pagó.")
    with pytest.raises(ErrorEspecificacion) as error:
        _componer(tmp_path, tipo)
    problemas = error.value.problemas
    assert len(problemas) == 1  # solo el registro tu está mal
    p = problemas[0]
    assert p.archivo == "mensajes/tipos/recordatorio_previo.yml"
    assert p.linea == next(i for i, linea in enumerate(tipo.splitlines(), 1)
                           if linea.startswith('      tu: "{{ nombre_cliente }}, vence'))
    assert p.clave == "canales.whatsapp.cuerpo.tu"
    assert p.mensaje.startswith("el cuerpo empieza por la variable {{ nombre_cliente }}: "
                                "WhatsApp lo rechaza")
    assert p.mensaje.endswith("(en 1 plantilla: turismo/b2c)")
    assert "Las plantillas de WhatsApp tienen 1 problema" in str(error.value)


def test_dos_variables_seguidas_y_un_final_en_variable_se_rechazan(tmp_path):
    tipo = _tipo_con_whatsapp(
        "Hola, {{ nombre_cliente }}: te recordamos que pronto vence el pago de {{ importe }} "
        "{{ fecha_vencimiento }}. Puedes pagarlo con la referencia {{ referencia }}.")
    with pytest.raises(ErrorEspecificacion) as error:
        _componer(tmp_path, tipo)
    mensajes = sorted(p.mensaje.split(" (en ")[0] for p in error.value.problemas
                      if p.clave == "canales.whatsapp.cuerpo.tu")
    assert mensajes == [
        "el cuerpo termina en la variable {{ referencia }}: WhatsApp lo rechaza; termina con "
        "texto fijo (p. ej. «Gracias.»)",
        "las variables {{ importe }} y {{ fecha_vencimiento }} van seguidas: WhatsApp lo "
        "rechaza; pon palabras entre ellas",
    ]


def test_los_botones_largos_o_con_enlace_variable_se_rechazan(tmp_path):
    botones = """\
    botones:
      - {tipo: respuesta, texto: Quiero hablar con una persona}
      - {tipo: url, texto: Pagar, url: "{{ referencia }}"}
"""
    tipo = _tipo_con_whatsapp("Hola, {{ nombre_cliente }}. Vence {{ importe }} el "
                              "{{ fecha_vencimiento }}. Gracias por tu atención.", botones=botones)
    with pytest.raises(ErrorEspecificacion) as error:
        _componer(tmp_path, tipo)
    mensajes = {p.mensaje.split(" (en ")[0] for p in error.value.problemas}
    assert mensajes == {
        "el botón «Quiero hablar con una persona» tiene 29 caracteres y WhatsApp admite 20",
        "el enlace del botón «Pagar» debe empezar por https:// con una dirección fija y solo "
        "puede terminar en una variable (es «{{ referencia }}»)",
    }


def test_una_plantilla_valida_lleva_su_estructura_y_sus_botones_como_texto(tmp_path):
    botones = """\
    botones:
      - {tipo: respuesta, texto: Ya he pagado}
"""
    tipo = _tipo_con_whatsapp("Hola, {{ nombre_cliente }}. Vence {{ importe }} el "
                              "{{ fecha_vencimiento }}. Gracias por tu atención.", botones=botones)
    composicion = _componer(tmp_path, tipo)
    p = next(x for x in composicion.plantillas if x.canal == "whatsapp" and x.registro == "tu")
    assert p.estructura == {
        "categoria": "UTILITY", "cabecera": None, "pie": None,
        "cuerpo": "Hola, {{ nombre_cliente }}. Vence {{ importe }} el {{ fecha_vencimiento }}. "
                  "Gracias por tu atención.",
        "botones": [{"tipo": "respuesta", "texto": "Ya he pagado"}],
    }
    assert p.cuerpo.endswith("\n\nBotones:\n- Ya he pagado (respuesta rápida)")
    assert p.variables == ["nombre_cliente", "importe", "fecha_vencimiento"]


@pytest.mark.parametrize(("cuerpo", "esperado"), [
    ("Hola, {{ a }}. Muchas gracias.", []),
    ("Hola, {{ a }} y {{ b }}: {{ c }}.", [
        "el cuerpo termina en la variable {{ c }}",
        "las variables {{ b }} y {{ c }} van seguidas",
        "3 variables para 2 palabras fijas"]),
    ("x" * 1025, ["el cuerpo tiene 1.025 caracteres y WhatsApp admite 1.024: acórtalo"]),
    ("Hola {{ a }} ya.", ["1 variable para 2 palabras fijas: WhatsApp"]),
])
def test_reglas_del_cuerpo(cuerpo, esperado):
    problemas = whatsapp.problemas_cuerpo(cuerpo)
    assert len(problemas) == len(esperado)
    for problema, inicio in zip(problemas, esperado, strict=True):
        assert problema.startswith(inicio)


# --- El catálogo real -------------------------------------------------------------------


def test_cada_whatsapp_del_catalogo_cumple_las_reglas_y_va_estructurado_al_manifiesto(catalogo_real):
    _, resultado, manifiesto = catalogo_real
    entradas = [e for e in manifiesto["plantillas"] if e["canal"] == "whatsapp"]
    assert {e["pais"] for e in entradas} == {"mx", "co", "pe", "cl", "ar", "es", "us"}
    assert len(entradas) == 7 * 96
    for e in entradas:
        estructura = e["whatsapp"]
        assert estructura["categoria"] == "UTILITY"
        assert whatsapp.problemas(estructura) == [], e["id"]
        assert len(estructura["cuerpo"]) <= 1024
        for b in estructura["botones"]:
            assert f"\n- {b['texto']} (respuesta rápida)" in resultado.ejemplos[e["id"]].cuerpo


def test_el_whatsapp_de_argentina_en_tu_va_con_voseo_y_el_de_mexico_no(catalogo_real):
    _, resultado, _ = catalogo_real
    ar = resultado.ejemplos["ar-turismo-recordatorio_amistoso-whatsapp-tu"].cuerpo
    mx = resultado.ejemplos["mx-turismo-recordatorio_amistoso-whatsapp-tu"].cuerpo
    assert "Podés responder aquí mismo" in ar and "Puedes" not in ar
    assert "Puedes responder aquí mismo" in mx


def test_cada_whatsapp_lleva_palabras_de_su_sector(espec):
    """La apertura del sector entra en el cuerpo: dos sectores nunca dicen lo mismo."""
    cuerpos = {}
    for p in componer(espec).plantillas:
        if p.canal == "whatsapp":
            cuerpos.setdefault((p.tipo, p.registro), {})[(p.sector, p.audiencia)] = p.estructura["cuerpo"]
    for clave, por_sector in cuerpos.items():
        assert len(set(por_sector.values())) == len(por_sector), clave


# --- Linter -----------------------------------------------------------------------------


def _lint(cobro, texto: str, *opciones: str):
    return cobro("lint", "--canal", "whatsapp", "--formato", "json", *opciones, "-", entrada=texto)


def _hallazgos(resultado, codigo: str) -> list[dict]:
    import json

    datos = json.loads(resultado.stdout)
    return [h for a in datos["archivos"] for h in a["hallazgos"] if h["regla"] == codigo]


def test_lint_senala_un_whatsapp_de_mas_de_1024_caracteres_desde_donde_sobra(cobro):
    frase = "Hola, Ana. Tu factura 2026-0042 de 120 EUR venció el 5 de marzo. "
    texto = frase * 17 + "Responde a este mensaje. Gracias, Ejemplo S.L."
    resultado = _lint(cobro, texto)
    [h] = _hallazgos(resultado, "FMT007")
    assert h["severidad"] == "error"
    assert h["mensaje"].startswith(f"el cuerpo de WhatsApp tiene {len(texto)} caracteres")
    assert h["columna"] == 1025 and h["linea"] == 1
    assert resultado.exit_code == 1


def test_lint_senala_la_variable_del_principio_y_las_seguidas_en_whatsapp_y_no_en_sms(cobro):
    texto = "{{ nombre }}: tu factura {{ referencia }} {{ importe }} vence el 5/3. Gracias, Ejemplo S.L."
    resultado = _lint(cobro, texto)
    [extremo] = _hallazgos(resultado, "FMT008")
    assert (extremo["columna"], extremo["fin_columna"], extremo["texto"]) == (1, 13, "{{ nombre }}")
    [seguidas] = _hallazgos(resultado, "FMT009")
    assert seguidas["texto"] == "{{ referencia }} {{ importe }}"
    sms = cobro("lint", "--canal", "sms", "--formato", "json", "-", entrada=texto)
    assert not _hallazgos(sms, "FMT008") and not _hallazgos(sms, "FMT009")


def test_contacto_y_referencia_por_canal_se_configuran(cobro, tmp_path):
    texto = "Hola, Ana: tienes 120 EUR pendientes. Gracias, Ejemplo S.L."
    for carpeta in ("sin", "con"):
        (tmp_path / carpeta).mkdir()
        (tmp_path / carpeta / "aviso.txt").write_text(texto, encoding="utf-8")
    (tmp_path / "con" / "cobro.toml").write_text(
        '[elementos_por_canal]\nwhatsapp = ["importe", "remitente", "contacto"]\n', encoding="utf-8")
    archivo = tmp_path / "con" / "aviso.txt"
    por_defecto = cobro("lint", "--canal", "whatsapp", "--formato", "json",
                        str(tmp_path / "sin" / "aviso.txt"))
    assert len(_hallazgos(por_defecto, "FAL004")) == 1  # contacto: en todos los canales
    assert len(_hallazgos(por_defecto, "FAL005")) == 1  # referencia, también
    assert len(_hallazgos(por_defecto, "FAL002")) == 1  # y la fecha
    configurado = cobro("lint", "--canal", "whatsapp", "--formato", "json", str(archivo))
    assert len(_hallazgos(configurado, "FAL004")) == 1
    assert _hallazgos(configurado, "FAL005") == []  # la referencia ya no se pide en WhatsApp
    assert _hallazgos(configurado, "FAL002") == []  # ni la fecha, que no está en la lista
    email = cobro("lint", "--canal", "email", "--formato", "json", str(archivo))
    assert len(_hallazgos(email, "FAL005")) == 1  # los demás canales, como siempre


def test_un_elemento_o_canal_desconocido_en_la_configuracion_es_un_error_claro(cobro, tmp_path):
    (tmp_path / "cobro.toml").write_text('[elementos_por_canal]\nwhatsap = ["contato"]\n',
                                         encoding="utf-8")
    archivo = tmp_path / "a.txt"
    archivo.write_text("Hola.", encoding="utf-8")
    resultado = cobro("lint", str(archivo))
    assert resultado.exit_code == 2
    assert "canal 'whatsap' desconocido; ¿quisiste decir 'whatsapp'?" in resultado.stderr
    assert "elemento 'contato' desconocido; ¿quisiste decir 'contacto'?" in resultado.stderr
    assert re.search(r"Traceback", resultado.stderr) is None
