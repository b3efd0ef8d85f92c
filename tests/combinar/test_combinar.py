"""``cobro combinar``: cada fila de una exportación de facturas acaba en un mensaje revisado
o en un motivo con su número de fila; ninguna se pierde."""

from __future__ import annotations

import csv
import email
import email.policy
import json
from pathlib import Path

import pytest

from .sinteticas import escribir_datos

CABECERA = ("referencia,nombre_cliente,importe,fecha_vencimiento,sector,audiencia,canal,"
            "registro,pais,fecha_viaje,destino,seguro,email_cliente,telefono_cliente\n")


def _csv(tmp_path: Path, *filas: str, cabecera: str = CABECERA) -> Path:
    ruta = tmp_path / "facturas.csv"
    ruta.write_text(cabecera + "".join(f + "\n" for f in filas), encoding="utf-8")
    return ruta


def _turismo(ref: str, vence: str, canal: str = "email", registro: str = "usted",
             pais: str = "es", importe: str = "1234.50", nombre: str = "Marta Giménez") -> str:
    return (f"{ref},{nombre},{importe},{vence},turismo,,{canal},{registro},{pais},2027-02-14,"
            f"Lanzarote,,marta@ejemplo.invalid,+34600000000")


@pytest.fixture
def combinar(cobro, tmp_path):
    datos = escribir_datos(tmp_path / "fijos.yml")

    def ejecutar(ruta: Path, *extra: str, hoy: str = "2026-11-30"):
        salida = tmp_path / "salida"
        r = cobro("combinar", ruta, "--salida", salida, "--hoy", hoy, "--datos", datos,
                  "--forzar", *extra)
        return r, salida

    return ejecutar


def _lineas(ruta: Path) -> list[dict]:
    return [json.loads(linea) for linea in ruta.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("vence", "tipo", "etapa"), [
    ("2026-12-03", "recordatorio_previo", "preaviso"),           # vence en 3 días
    ("2026-11-29", "aviso_vencimiento", "vencimiento"),          # 1 día de retraso
    ("2026-11-20", "recordatorio_amistoso", "primer_recordatorio"),  # 10 días
    ("2026-11-10", "seguimiento", "segundo_recordatorio"),       # 20 días
    ("2026-10-25", "reclamacion_formal", "reclamacion_formal"),  # 36 días
    ("2026-09-01", "ultimo_aviso", "ultimo_aviso"),              # 90 días: el último peldaño
])
def test_la_etapa_sale_de_los_dias_de_retraso_segun_la_escalera(combinar, tmp_path, vence, tipo, etapa):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", vence)))
    assert r.exit_code == 0, r.output
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert (linea["fila"], linea["referencia"], linea["tipo"], linea["etapa"]) == (2, "R-1", tipo, etapa)
    assert linea["plantilla"] == f"es-turismo-{tipo}-email-usted"  # el id del catálogo
    assert "R-1" in linea["cuerpo"] and "Marta Giménez" in linea["cuerpo"]
    assert set(linea) >= {"fila", "referencia", "plantilla", "canal", "asunto", "cuerpo", "hallazgos"}


def test_la_columna_tipo_manda_sobre_la_escalera(combinar, tmp_path):
    cab = CABECERA.replace("\n", ",tipo\n")
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20") + ",seguimiento",
                              cabecera=cab))
    assert r.exit_code == 0, r.output
    assert _lineas(salida / "mensajes.jsonl")[0]["plantilla"] == "es-turismo-seguimiento-email-usted"


def test_una_factura_que_aun_no_vence_se_omite_con_su_motivo(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-12-30")))
    assert r.exit_code == 0
    assert _lineas(salida / "mensajes.jsonl") == []
    [omitida] = _lineas(salida / "no_combinadas.jsonl")
    assert omitida["fila"] == 2 and omitida["clase"] == "omitida"
    assert omitida["motivo"] == ("vence dentro de 30 días; la escalera empieza 5 días antes del "
                                 "vencimiento (Preaviso): aún no toca enviar nada")


def test_las_filas_malas_se_senalan_con_su_numero_y_las_demas_siguen(combinar, tmp_path):
    ruta = _csv(
        tmp_path,
        _turismo("R-1", "2026-11-20"),
        _turismo("R-2", "2026-11-20", importe="mucho"),
        _turismo("R-3", "2026-02-31"),
        "R-4,Ana,100,2026-11-20,segurso,,email,usted,es,,,,,",
        "R-5,Ana,100,2026-11-20,seguros,,email,usted,es,,,,,",  # falta la variable seguro
        _turismo("R-6", "2026-11-20", canal="fax"),
        _turismo("R-7", "2026-11-20"),
    )
    r, salida = combinar(ruta)
    assert r.exit_code == 1
    motivos = {p["fila"]: p["motivo"] for p in _lineas(salida / "no_combinadas.jsonl")}
    assert sorted(motivos) == [3, 4, 5, 6, 7]
    assert "importe no válido 'mucho'" in motivos[3]
    assert "fecha no válida '2026-02-31'" in motivos[4]
    assert "¿quisiste decir 'seguros'?" in motivos[5]
    assert "faltan valores para seguro" in motivos[6]
    # «fax» no es un canal de cobro: se dice así, no «el tipo ... no se envía por 'fax'»
    assert motivos[7] == ("canal: el canal 'fax' no existe; valores posibles: carta, email, "
                          "llamada, sms, whatsapp")
    assert [m["fila"] for m in _lineas(salida / "mensajes.jsonl")] == [2, 8]
    assert f"{ruta}:5: sector: el sector 'segurso' no existe" in r.stderr
    resumen = json.loads((salida / "resumen.json").read_text(encoding="utf-8"))
    assert (resumen["filas"], resumen["combinadas"], resumen["con_error"]) == (7, 2, 5)


def test_una_variable_que_falta_en_varias_filas_se_resume_y_dice_donde_ponerla(cobro, tmp_path):
    # Sin horario_contacto en --datos, cada fila fallaba por separado; el resumen lo junta.
    datos = tmp_path / "fijos.yml"
    escribir_datos(datos)
    datos.write_text("".join(linea + "\n" for linea in datos.read_text("utf-8").splitlines()
                             if not linea.startswith("horario_contacto:")), encoding="utf-8")
    ruta = _csv(tmp_path, _turismo("R-1", "2026-11-20"), _turismo("R-2", "2026-11-20"),
                _turismo("R-3", "2026-11-20", canal="sms"))
    salida = tmp_path / "salida"
    r = cobro("combinar", ruta, "--salida", salida, "--hoy", "2026-11-30", "--datos", datos)
    assert r.exit_code == 1
    resumen = json.loads((salida / "resumen.json").read_text(encoding="utf-8"))
    assert resumen["faltan_por_variable"] == {"horario_contacto": 2}  # el SMS no lo usa
    assert ("Aviso: faltan valores en varias filas: horario_contacto (2 filas). Lo que es igual "
            "en todas") in r.stderr
    assert "va una vez en --datos" in r.stderr


def test_una_fila_con_varios_problemas_los_dice_todos_de_una_vez(combinar, tmp_path):
    # Antes solo salía el primero (el sector) y, corregido, aparecía el siguiente.
    r, salida = combinar(_csv(
        tmp_path, "R-1,Ana,1.500,31/13/2026,segurso,,fax,vos,es,,,,a@ejemplo.invalid,+34600000000"))
    assert r.exit_code == 1
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert [(p["columna"], p["motivo"]) for p in problema["problemas"]] == [
        ("sector", "sector: el sector 'segurso' no existe; ¿quisiste decir 'seguros'?"),
        ("registro", "registro: el registro 'vos' no existe; valores posibles: tu, usted"),
        ("fecha_vencimiento", "fecha_vencimiento: fecha no válida '31/13/2026': ese día no existe"),
        ("canal", "canal: el canal 'fax' no existe; valores posibles: carta, email, llamada, sms, "
                  "whatsapp"),
        ("importe", "importe: importe ambiguo '1.500': puede ser mil o uno; escríbelo sin "
                    "separador de miles y con decimales (1234.00)"),
    ]
    assert problema["motivo"].startswith("5 problemas: 1) sector: ")
    for p in problema["problemas"]:  # una línea por problema en la salida de errores
        assert f"facturas.csv:2: {p['motivo']}" in r.stderr


def test_un_canal_que_existe_pero_el_tipo_no_usa_dice_los_canales_del_tipo(combinar, tmp_path):
    # 1 día de retraso: aviso_vencimiento, que no va por carta
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-29", canal="carta")))
    assert r.exit_code == 1
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert problema["motivo"] == ("canal: el tipo aviso_vencimiento no se envía por 'carta'; "
                                  "canales: email, sms, whatsapp")


def test_importes_y_fechas_se_escriben_como_en_el_pais_de_la_fila(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", pais="mx"),
                              _turismo("R-2", "2026-11-20", pais="es", importe='"1.234,50"')))
    assert r.exit_code == 0, r.output
    mx, es = _lineas(salida / "mensajes.jsonl")
    assert "$1,234.50" in mx["cuerpo"] and "20 de noviembre de 2026" in mx["cuerpo"]
    assert "1.234,50 €" in es["cuerpo"]


def test_un_importe_ambiguo_se_rechaza_en_vez_de_adivinarlo(combinar, tmp_path):
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", importe='"1,234"')))
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert "importe ambiguo '1,234'" in problema["motivo"]


def test_los_datos_hostiles_de_una_fila_se_rellenan_como_texto_y_el_linter_los_senala(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", nombre="{{ importe }}")))
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert "{{ importe }}" in linea["cuerpo"]  # el valor no se interpreta como plantilla
    categorias = {h["categoria"] for h in linea["hallazgos"]}
    assert "formato.marcador_sin_rellenar" in categorias
    resumen = json.loads((salida / "resumen.json").read_text(encoding="utf-8"))
    assert resumen["hallazgos_por_categoria"]["formato.marcador_sin_rellenar"] >= 1
    assert r.exit_code == 1  # un mensaje con hallazgos de severidad error


def test_los_nombres_de_los_clientes_no_son_faltas_de_ortografia(combinar, tmp_path):
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", nombre="Íñigo Zubizarreta")))
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert [h for h in linea["hallazgos"] if h["categoria"] == "ortografia"] == []


def test_formato_csv_desactiva_formulas(combinar, tmp_path):
    ref = '"=HYPERLINK(""http://x"")"'
    _r, salida = combinar(_csv(tmp_path, _turismo(ref, "2026-11-20")), "--formato", "csv")
    with open(salida / "mensajes.csv", encoding="utf-8", newline="") as archivo:
        assert archivo.read(1) == "\ufeff"  # con BOM, como el CSV de exportar: Excel lee las tildes
        filas = list(csv.DictReader(archivo))
    assert filas[0]["referencia"] == "'=HYPERLINK(\"http://x\")"
    assert filas[0]["errores"] == "0"
    assert "Marta Giménez" in filas[0]["cuerpo"]


def test_formato_eml_escribe_un_correo_por_fila_de_email(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20"),
                              _turismo("R-2", "2026-11-20", canal="sms")), "--formato", "eml")
    assert r.exit_code == 0, r.output
    [eml] = sorted((salida / "eml").iterdir())
    assert eml.name == "fila-0000002.eml"
    m = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert m["To"] == "Marta Giménez <marta@ejemplo.invalid>"
    # RFC 5322 pide From y Date: quién escribe sale de --datos (empresa y email_contacto)
    assert m["From"] == '"Servicios Ejemplo S.L." <cobros@ejemplo.es>'
    assert m["Date"].datetime.tzinfo is not None
    assert m.defects == []
    assert m["Content-Language"] == "es"  # RFC 3282: los lectores de pantalla leen en español
    assert "R-1" in m["Subject"]
    assert "Marta Giménez" in m.get_body(("plain",)).get_content()


def test_eml_con_un_to_largo_se_pliega_y_uno_imposible_de_plegar_es_una_fila_con_error(
        combinar, tmp_path):
    """RFC 5322, §2.1.1: ninguna línea de un mensaje pasa de 998 caracteres. Un nombre largo
    con espacios se pliega en varias líneas (y se lee entero); una palabra de 1.200 letras
    no se puede partir: esa fila va a no_combinadas.jsonl con el motivo, y las demás salen."""
    largo = " ".join(["Marta"] * 250)  # 1.499 caracteres
    filas = [_turismo("R-1", "2026-11-20", nombre=largo),
             _turismo("R-2", "2026-11-20", nombre="A" * 1200),
             _turismo("R-3", "2026-11-20")]
    r, salida = combinar(_csv(tmp_path, *filas), "--formato", "eml")
    assert r.exit_code == 1, r.output
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert (problema["fila"], problema["motivo"]) == (3, (
        "la cabecera To del .eml tendría una línea de 1.201 caracteres sin un espacio donde "
        "partirla, y un correo admite 998 (RFC 5322, §2.1.1); acorta nombre_cliente o "
        "email_cliente"))
    emls = sorted((salida / "eml").iterdir())
    assert [e.name for e in emls] == ["fila-0000002.eml", "fila-0000004.eml"]
    crudo = emls[0].read_bytes()
    assert max(len(linea) for linea in crudo.split(b"\r\n")) <= 998
    m = email.message_from_bytes(crudo, policy=email.policy.default)
    assert m["To"].addresses[0].display_name == largo
    assert m["To"].addresses[0].addr_spec == "marta@ejemplo.invalid"
    assert [(p["fila"], p["referencia"]) for p in _lineas(salida / "mensajes.jsonl")] == [
        (2, "R-1"), (4, "R-3")]


def test_formato_twilio_escribe_to_y_body_de_cada_sms(combinar, tmp_path):
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="sms", registro="tu"),
                              _turismo("R-2", "2026-11-20")), "--formato", "twilio")
    with open(salida / "twilio.csv", encoding="utf-8", newline="") as archivo:
        filas = list(csv.DictReader(archivo))
    # un teléfono E.164 no es una fórmula: va sin apóstrofo, como lo necesita Twilio
    assert [(f["fila"], f["To"]) for f in filas] == [("2", "+34600000000")]
    assert "R-1" in filas[0]["Body"]


def test_formato_twilio_pone_el_prefijo_whatsapp_en_el_to_de_whatsapp(combinar, tmp_path):
    """Twilio envía por WhatsApp solo si el destino es «whatsapp:+E164»; sin el prefijo, el
    mensaje saldría como un SMS largo."""
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="whatsapp", registro="tu"),
                              _turismo("R-2", "2026-11-20", canal="sms", registro="tu")),
                          "--formato", "twilio")
    with open(salida / "twilio.csv", encoding="utf-8", newline="") as archivo:
        filas = list(csv.DictReader(archivo))
    assert [(f["fila"], f["To"], f["referencia"]) for f in filas] == [
        ("2", "whatsapp:+34600000000", "R-1"), ("3", "+34600000000", "R-2")]


def test_whatsapp_sin_plantilla_aprobada_va_como_texto_libre_y_se_avisa(combinar, tmp_path):
    """Fuera de las 24 h siguientes al último mensaje del cliente, WhatsApp solo acepta una
    plantilla aprobada enviada con ContentSid; el texto libre (Body) lo rechaza con el error
    63016 (https://www.twilio.com/docs/api/errors/63016, leído el 30-11-2026). Sin la
    columna content_sid, twilio.csv lleva Body y el resumen lo avisa."""
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="whatsapp",
                                                 registro="tu")), "--formato", "twilio")
    assert r.exit_code == 0, r.output
    with open(salida / "twilio.csv", encoding="utf-8", newline="") as archivo:
        [fila] = list(csv.DictReader(archivo))
    assert fila["To"] == "whatsapp:+34600000000" and "R-1" in fila["Body"]
    assert (fila["ContentSid"], fila["ContentVariables"]) == ("", "")
    # Los botones de respuesta rápida solo existen en una plantilla aprobada: en el texto
    # libre no van (el cliente leería «Botones: - Ya he pagado (respuesta rápida)»).
    [mensaje] = _lineas(salida / "mensajes.jsonl")
    assert "(respuesta rápida)" in mensaje["cuerpo"]
    assert "Botones:" not in fila["Body"] and "respuesta rápida" not in fila["Body"]
    assert fila["Body"] == mensaje["cuerpo"][:mensaje["cuerpo"].index("\n\nBotones:")]
    resumen = json.loads((salida / "resumen.json").read_text(encoding="utf-8"))
    assert resumen["whatsapp_texto_libre"] == 1
    assert ("Aviso: 1 mensaje de WhatsApp va en twilio.csv como texto libre (Body). Twilio solo "
            "los entrega si el cliente te escribió en las últimas 24 horas") in r.stderr
    assert "columna content_sid con su SID (HX...)" in r.stderr


SID_TWILIO = "HX" + "0123456789abcdef" * 2


def _twilio_una_fila(combinar, tmp_path, referencia: str):
    """Combina una fila de WhatsApp con ``content_sid`` en formato twilio: (resultado, salida,
    la única fila de twilio.csv)."""
    cab = CABECERA.replace("\n", ",content_sid\n")
    r, salida = combinar(_csv(tmp_path, _turismo(referencia, "2026-11-20", canal="whatsapp",
                                                 registro="tu") + f",{SID_TWILIO}",
                              cabecera=cab), "--formato", "twilio")
    assert r.exit_code == 0, r.output
    with open(salida / "twilio.csv", encoding="utf-8", newline="") as archivo:
        [fila] = list(csv.DictReader(archivo))
    return r, salida, fila


def test_whatsapp_con_content_sid_sale_como_plantilla_aprobada(combinar, tmp_path):
    """Con content_sid, la fila va con ContentSid y ContentVariables (numeradas como en
    cobro exportar --formato twilio para esa plantilla) y sin Body."""
    from generador import dominio
    from generador.componer import Filtros, componer
    from generador.exportar.twilio import numerar

    r, salida, fila = _twilio_una_fila(combinar, tmp_path, "R-1")
    assert "texto libre" not in r.stderr and "Columnas no usadas" not in r.output
    assert (fila["To"], fila["Body"], fila["ContentSid"]) == ("whatsapp:+34600000000", "", SID_TWILIO)
    variables = json.loads(fila["ContentVariables"])
    [linea] = _lineas(salida / "mensajes.jsonl")
    plantilla = componer(dominio.modelo(), Filtros("turismo", linea["tipo"], "whatsapp", "tu",
                                                   "b2c")).plantillas[0]
    _cuerpo, mapa = numerar((plantilla.estructura or {"cuerpo": plantilla.cuerpo})["cuerpo"])
    assert sorted(variables) == sorted(mapa) == [str(n) for n in range(1, len(mapa) + 1)]
    # Cada número lleva el valor de la fila, tal como sale en el mensaje combinado.
    nombres = {mapa[n]: valor for n, valor in variables.items()}
    assert nombres["referencia"] == "R-1"
    assert nombres["importe"].startswith("1.234,50") and nombres["importe"].endswith("€")
    assert nombres["importe"] in linea["cuerpo"]  # el mismo formato (Babel, es_ES)
    assert all(valor in linea["cuerpo"] for valor in variables.values())
    assert json.loads((salida / "resumen.json").read_text("utf-8"))["whatsapp_texto_libre"] == 0


def test_content_variables_sin_punto_doble_cuando_la_plantilla_pone_el_suyo(combinar, tmp_path):
    """La plantilla aprobada dice «te escribimos de {{2}}.»: Twilio rellena tal cual, así que
    «Servicios Ejemplo S.L.» va sin su punto final (el cliente lee «S.L.», no «S.L..»);
    un valor sin punto o una variable que no va seguida de punto quedan como están."""
    _r, salida, fila = _twilio_una_fila(combinar, tmp_path, "REF. 7.")
    variables = json.loads(fila["ContentVariables"])
    # «Hola, {{1}}, te escribimos de {{2}}. Seguimos...»
    assert variables["2"] == "Servicios Ejemplo S.L"
    assert variables["4"] == "REF. 7."  # «N.º de reserva: {{4}}» y salto: conserva su punto
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert "te escribimos de Servicios Ejemplo S.L. Seguimos" in linea["cuerpo"]


def test_el_body_de_twilio_va_tal_cual_sin_el_apostrofo_de_las_hojas_de_calculo(cobro, tmp_path):
    """twilio.csv es la carga de la API de Twilio, no una hoja de cálculo: un SMS que empieza
    por «+» (la empresa «+Salud Viajes») llega al cliente tal cual, sin el apóstrofo que
    protege las celdas de mensajes.csv."""
    from .sinteticas import DATOS_FIJOS

    datos = tmp_path / "fijos.yml"
    datos.write_text("".join(f"{k}: '{v}'\n" for k, v in
                             {**DATOS_FIJOS, "empresa": "+Salud Viajes"}.items()), encoding="utf-8")
    facturas = _csv(tmp_path, _turismo("R-1", "2026-11-20", canal="sms", registro="tu"))
    for formato in ("twilio", "csv"):
        r = cobro("combinar", facturas, "--salida", tmp_path / formato, "--hoy", "2026-11-30",
                  "--datos", datos, "--formato", formato)
        assert r.exit_code in (0, 1), r.output  # 1: lo que diga el linter del texto
    with open(tmp_path / "twilio" / "twilio.csv", encoding="utf-8", newline="") as archivo:
        [fila] = list(csv.DictReader(archivo))
    assert fila["Body"].startswith("+Salud Viajes: hola, Marta.")
    with open(tmp_path / "csv" / "mensajes.csv", encoding="utf-8-sig", newline="") as archivo:
        [celda] = list(csv.DictReader(archivo))
    assert celda["cuerpo"] == "'" + fila["Body"]  # la hoja de cálculo sí lleva la protección


def test_un_content_sid_mal_escrito_es_una_fila_con_error(combinar, tmp_path):
    cab = CABECERA.replace("\n", ",content_sid\n")
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="whatsapp",
                                                 registro="tu") + ",=HYPERLINK(1)",
                              cabecera=cab), "--formato", "twilio")
    assert r.exit_code == 1
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert problema["motivo"] == (
        "content_sid: '=HYPERLINK(1)' no es el SID de una plantilla de Twilio (HX y 32 cifras "
        "hexadecimales, p. ej. HX0123456789abcdef0123456789abcdef)")


def test_un_destinatario_que_no_es_una_direccion_o_un_telefono_es_una_fila_con_error(
        combinar, tmp_path):
    filas = [_turismo("R-1", "2026-11-20").replace("marta@ejemplo.invalid", "marta arroba x"),
             _turismo("R-2", "2026-11-20", canal="sms", registro="tu").replace(
                 "+34600000000", "=HYPERLINK(1)"),
             _turismo("R-3", "2026-11-20", canal="sms", registro="tu").replace(
                 "+34600000000", "+34 600 11-22-33")]
    r, salida = combinar(_csv(tmp_path, *filas), "--formato", "twilio")
    assert r.exit_code == 1
    problemas = {p["referencia"]: p["motivo"] for p in _lineas(salida / "no_combinadas.jsonl")}
    assert problemas == {"R-2": (
        "telefono_cliente: '=HYPERLINK(1)' no es un teléfono en formato internacional (E.164, "
        "con + y el prefijo del país, p. ej. +34600000000), que es el que necesita Twilio")}
    with open(salida / "twilio.csv", encoding="utf-8", newline="") as archivo:
        assert [(f["fila"], f["To"]) for f in csv.DictReader(archivo)] == [("4", "+34600112233")]
    r, salida = combinar(_csv(tmp_path, *filas), "--formato", "eml")
    problemas = {p["referencia"]: p["motivo"] for p in _lineas(salida / "no_combinadas.jsonl")}
    assert problemas == {"R-1": ("email_cliente: 'marta arroba x' no es una dirección de correo "
                                 "válida (p. ej. nombre@empresa.es)")}
    assert not (salida / "eml").exists()  # ninguna fila de email con destinatario válido
    assert "facturas.csv:2: email_cliente: 'marta arroba x' no es una dirección" in r.output


def test_el_resumen_dice_la_columna_que_quiso_decir_y_concuerda_en_numero(combinar, tmp_path):
    cabecera = CABECERA.replace("email_cliente", "email")
    r, _ = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20"),
                         _turismo("R-2", "2026-11-20", nombre="Juan {{ importe }}"),
                         cabecera=cabecera))
    assert "Columnas no usadas: email (¿quisiste decir 'email_cliente'?)" in r.output
    assert "; 1 mensaje con errores del linter." in r.output


@pytest.mark.parametrize(("contenido", "esperado"), [
    (b"", "está vacío"),
    (b"referencia,importe\nR-1,10\n",
     "faltan columnas obligatorias: nombre_cliente, fecha_vencimiento, sector"),
    ("referencia,nombre_cliente\nR-1,Peña\n".encode("latin-1"), "faltan columnas"),
    (CABECERA.encode("utf-8") + "R-1,Peña".encode("latin-1") + b"\n", "no es UTF-8"),
    (b"referencia,referencia\n", "columnas repetidas"),
])
def test_una_exportacion_que_no_sirve_sale_con_2_sin_escribir_nada(cobro, tmp_path, contenido, esperado):
    ruta = tmp_path / "f.csv"
    ruta.write_bytes(contenido)
    r = cobro("combinar", ruta, "--salida", tmp_path / "salida", "--hoy", "2026-11-30")
    assert r.exit_code == 2
    assert esperado in r.stderr
    assert "Traceback" not in r.output
    assert not (tmp_path / "salida" / "mensajes.jsonl").exists()


@pytest.mark.parametrize("como", ["punto_y_coma", "tabulador_utf16", "utf32", "utf8_con_bom"])
def test_las_exportaciones_de_excel_en_espanol_dan_los_mismos_mensajes(combinar, tmp_path, como):
    """Excel en español separa con punto y coma (la coma es la de los decimales) y su «Texto
    Unicode» es UTF-16 con tabuladores: se leen igual que el CSV UTF-8 con comas."""
    filas = [_turismo("R-1", "2026-11-20", importe="1234.50"),
             _turismo("R-2", "2026-11-10", canal="sms", registro="tu", importe="99")]
    _r, salida = combinar(_csv(tmp_path, *filas))
    esperado = _lineas(salida / "mensajes.jsonl")
    texto = CABECERA + "".join(f + "\n" for f in filas)
    if como == "punto_y_coma":
        datos = texto.replace(",", ";").replace("1234.50", "1234,50").encode("utf-8")
    elif como == "tabulador_utf16":
        datos = texto.replace(",", "\t").encode("utf-16")
    elif como == "utf32":
        datos = texto.encode("utf-32")
    else:
        datos = texto.encode("utf-8-sig")
    ruta = tmp_path / "excel.csv"
    ruta.write_bytes(datos)
    r, salida = combinar(ruta)
    assert r.exit_code == 0, r.output
    assert _lineas(salida / "mensajes.jsonl") == esperado
    assert [m["referencia"] for m in esperado] == ["R-1", "R-2"]


@pytest.mark.parametrize(("fila", "motivo"), [
    ('R-1,"Marta sin cerrar,10', "facturas.csv:2: CSV mal formado: unas comillas se abren y no se "
                                 "cierran; revisa las comillas de esa fila"),
    ('R-1,"Marta"x,10', "facturas.csv:2: CSV mal formado: después de unas comillas de cierre debe "
                        "venir el separador o el fin de la línea; revisa las comillas de esa fila"),
])
def test_un_csv_mal_formado_se_explica_en_espanol(combinar, tmp_path, fila, motivo):
    r, _ = combinar(_csv(tmp_path, fila))
    assert r.exit_code == 2
    assert r.stderr.strip().endswith(motivo)


def test_no_escribe_en_una_carpeta_ajena(cobro, tmp_path):
    ajena = tmp_path / "mis_cosas"
    ajena.mkdir()
    (ajena / "tesis.docx").write_text("no tocar")
    r = cobro("combinar", _csv(tmp_path, _turismo("R-1", "2026-11-20")), "--salida", ajena,
              "--hoy", "2026-11-30")
    assert r.exit_code == 2 and "no la creó cobro" in r.stderr
    assert sorted(p.name for p in ajena.iterdir()) == ["tesis.docx"]


def test_una_interrupcion_no_deja_mensajes_a_medias(cobro, tmp_path, monkeypatch):
    from generador.combinar import ejecutar

    filas = [_turismo(f"R-{i}", "2026-11-20") for i in range(10)]
    ruta = _csv(tmp_path, *filas)
    original = ejecutar.combinar_fila
    llamadas = []

    def interrumpir(*args):
        llamadas.append(1)
        if len(llamadas) == 5:
            raise KeyboardInterrupt
        return original(*args)

    monkeypatch.setattr(ejecutar, "combinar_fila", interrumpir)
    with pytest.raises(KeyboardInterrupt):
        ejecutar.combinar(ruta, tmp_path / "salida", _ajustes())
    # política común de salida: se escribe en una temporal que no se publica si la orden
    # no termina; ni la salida ni restos de la temporal
    assert not (tmp_path / "salida").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cobro-")] == []


def _ajustes(**cambios):
    import datetime as dt

    from generador.arbol import RAIZ_PROYECTO
    from generador.combinar import Ajustes

    from .sinteticas import DATOS_FIJOS

    return Ajustes(specs=str(RAIZ_PROYECTO), hoy=dt.date(2026, 11, 30), datos=tuple(DATOS_FIJOS.items()),
                   **cambios)


def test_cada_fila_lleva_el_texto_de_su_pais_y_se_revisa_con_sus_reglas(combinar, tmp_path):
    """La plantilla de cada fila es la del catálogo de su país (la de cobro generar --pais):
    en México, SPEI, OXXO y el aviso de que solo se paga a la entidad (Disposiciones de la
    CONDUSEF); en España, la transferencia a una cuenta IBAN. Y la revisan las reglas de su
    país: «sus familiares pueden pagar» es MEX001 en México y no en España."""
    terceros = "Cancún (sus familiares pueden pagar la deuda por usted)"
    _, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-09-01", pais="mx"),
                              _turismo("R-2", "2026-09-01", pais="es"),
                              _turismo("R-3", "2026-09-01", pais="mx").replace("Lanzarote", terceros),
                              _turismo("R-4", "2026-09-01", pais="es").replace("Lanzarote", terceros)))
    mx, es, mx_terceros, es_terceros = _lineas(salida / "mensajes.jsonl")
    assert (mx["pais"], es["pais"]) == ("mx", "es")
    assert "transferencia SPEI a la CLABE" in mx["cuerpo"] and "OXXO" in mx["cuerpo"]
    assert "IBAN" not in mx["cuerpo"].replace(_datos_cuenta(), "")
    assert "transferencia a la cuenta IBAN" in es["cuerpo"] and "SPEI" not in es["cuerpo"]
    # el texto de México cumple sus reglas: ninguna MEX en la fila sin terceros
    assert [h["regla"] for h in mx["hallazgos"] if h["regla"].startswith("MEX")] == []
    assert {h["regla"] for h in mx_terceros["hallazgos"] if h["regla"].startswith("MEX")} == {"MEX001"}
    assert not any(h["regla"].startswith("MEX") for h in es["hallazgos"] + es_terceros["hallazgos"])


def _datos_cuenta() -> str:
    from .sinteticas import DATOS_FIJOS

    return DATOS_FIJOS["cuenta_pago"]


def test_un_sms_con_nombres_con_tildes_se_queda_en_sus_segmentos_transliterando_solo_los_valores(
        combinar, tmp_path):
    nombre = "María José Rodríguez Núñez"
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="sms", registro="tu",
                                                 nombre=nombre)))
    assert r.exit_code == 0, r.output
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert linea["sms"] == {"codificacion": "GSM-7", "segmentos": 2, "valores_transliterados": True}
    assert "Maria" in linea["cuerpo"] and "María" not in linea["cuerpo"]
    assert [h["regla"] for h in linea["hallazgos"] if h["categoria"] == "formato.sms"] == []


def test_con_sms_literal_los_valores_se_quedan_tal_cual_y_el_linter_avisa_del_coste(combinar, tmp_path):
    nombre = "María José Rodríguez Núñez"
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="sms", registro="tu",
                                                 nombre=nombre)), "--sms-literal")
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert "María" in linea["cuerpo"]
    assert linea["sms"]["codificacion"] == "UCS-2"
    assert linea["sms"]["valores_transliterados"] is False
    assert linea["sms"]["segmentos"] > 2
    assert "FMT004" in {h["regla"] for h in linea["hallazgos"]}


def test_un_sms_que_ya_cabe_no_se_translitera(combinar, tmp_path):
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20", canal="sms", registro="tu",
                                                 nombre="Ana Gil")))
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert linea["sms"]["valores_transliterados"] is False
    assert linea["sms"]["segmentos"] <= 2


def test_el_resumen_de_una_sola_fila_va_en_singular(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20")))
    assert r.exit_code == 0, r.output
    assert (f"1 fila: 1 combinada, 0 con error, 0 omitidas (aún no toca); 0 mensajes con "
            f"errores del linter. Salida en {salida} (") in r.output


def test_una_fecha_imposible_dice_su_columna(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-02-30")))
    assert r.exit_code == 1
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert problema["motivo"] == ("fecha_vencimiento: fecha no válida '2026-02-30': ese día no "
                                  "existe")


def test_la_salida_no_puede_contener_el_csv_de_facturas(cobro, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _csv(tmp_path, _turismo("R-1", "2026-11-20"))
    r = cobro("combinar", "facturas.csv", "--salida", ".", "--forzar")
    assert r.exit_code == 2
    assert r.output == ("Error: --salida: '.' contiene 'facturas.csv', que esta orden lee (las "
                        "especificaciones, el proyecto o el archivo de entrada); cobro no escribe "
                        "ahí: elige una carpeta aparte, p. ej. salida/\n")


def test_un_retorno_de_carro_en_una_celda_no_rompe_ni_inyecta_cabeceras_del_eml(combinar, tmp_path):
    """Antes, «R-1\\rBcc: ...» en la referencia acababa en una traza de Python (el asunto la
    lleva): ahora las cabeceras van sin saltos y sin cabeceras de más."""
    ruta = tmp_path / "facturas.csv"
    with open(ruta, "w", newline="", encoding="utf-8") as archivo:
        escritor = csv.writer(archivo)
        escritor.writerow(CABECERA.strip().split(","))
        escritor.writerow(["R-1\rBcc: otro@ejemplo.invalid", "Ana\rBcc: otro@ejemplo.invalid",
                           "10", "2026-11-20", "turismo", "", "email", "usted", "es", "2027-02-14",
                           "Cádiz\r\nBcc: otro@ejemplo.invalid", "", "ana@ejemplo.invalid", ""])
    r, salida = combinar(ruta, "--formato", "eml")
    assert r.exit_code in (0, 1), r.output
    [eml] = list((salida / "eml").iterdir())
    m = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert m["Bcc"] is None and m.defects == []
    assert m["X-Cobro-Referencia"] == "R-1 Bcc: otro@ejemplo.invalid"
    assert "\r" not in m["Subject"] and "\n" not in m["Subject"]
    assert m["To"] == '"Ana Bcc: otro@ejemplo.invalid" <ana@ejemplo.invalid>'  # entre comillas


def test_planificador_sin_motor_dask_no_se_ignora_en_silencio(combinar, tmp_path):
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20")),
                         "--planificador", "tcp://planificador.local:8786")
    assert r.exit_code == 2
    assert ("Error: --planificador solo se usa con --motor dask (reparte las filas en ese "
            "clúster); añade --motor dask o quita --planificador") in r.output
    assert not salida.exists()


def test_la_cabecera_no_distingue_mayusculas(combinar, tmp_path):
    """«Referencia, Nombre_Cliente, IMPORTE...»: como las escribe una hoja de cálculo."""
    cabecera = ",".join(c.capitalize() if i % 2 else c.upper()
                        for i, c in enumerate(CABECERA.strip().split(","))) + "\n"
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20"), cabecera=cabecera))
    assert r.exit_code == 0, r.output
    [linea] = _lineas(salida / "mensajes.jsonl")
    assert linea["referencia"] == "R-1" and "Marta Giménez" in linea["cuerpo"]
    assert "Columnas no usadas" not in r.output


@pytest.mark.parametrize(("opcion", "valor", "esperado"), [
    ("--canal", "smss", "Error: --canal: el canal 'smss' no existe; ¿quisiste decir 'sms'?"),
    ("--canal", "", "Error: --canal: el canal '' no existe; valores posibles: carta, email, "
                    "llamada, sms, whatsapp"),
    ("--registro", "vos", "Error: --registro: el registro 'vos' no existe; valores posibles: tu, "
                          "usted"),
])
def test_un_valor_por_defecto_mal_escrito_falla_antes_de_leer_filas(combinar, tmp_path, opcion,
                                                                     valor, esperado):
    """Antes, cada fila salía con el mismo error (y la orden con 1): ahora sale con 2 y no
    escribe nada, como --pais."""
    r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20")), opcion, valor)
    assert r.exit_code == 2
    assert r.output.splitlines()[-1] == esperado
    assert not salida.exists()


def test_una_fila_de_un_pais_sin_texto_propio_es_una_fila_con_error_y_las_demas_salen(cobro, tmp_path):
    """Un país con solo sus datos en mensajes/paises/<cc>.yml no tiene vías de pago ni frases
    legales propias: su fila no sale con el texto de otro país, sino con el motivo."""
    import shutil

    from .sinteticas import escribir_datos

    raiz = Path(__file__).resolve().parents[2]
    specs = tmp_path / "specs"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, specs / carpeta)
    (specs / "mensajes" / "paises" / "zz.yml").write_text(  # un país con solo sus datos
        "pais: zz\nnombre: Zetalandia\nlocale: es_ES\nmoneda: EUR\nzona_horaria: Europe/Paris\n"
        "festivos: FR\nlugar: Zeta\n", encoding="utf-8")
    facturas = _csv(tmp_path, _turismo("R-1", "2026-11-20", pais="zz"), _turismo("R-2", "2026-11-20"))
    r = cobro("combinar", facturas, "--salida", tmp_path / "s", "--hoy", "2026-11-30", "--datos",
              escribir_datos(tmp_path / "fijos.yml"), "--specs", specs)
    assert r.exit_code == 1, r.output
    [problema] = _lineas(tmp_path / "s" / "no_combinadas.jsonl")
    assert (problema["fila"], problema["motivo"]) == (2, (
        "pais: Zetalandia (zz) todavía no tiene su texto (vocabulario, vías de pago, frases "
        "legales): crea mensajes/paises/zz.yml como los de los demás países, o pon otro país en "
        "la columna pais"))
    assert [m["referencia"] for m in _lineas(tmp_path / "s" / "mensajes.jsonl")] == ["R-2"]


def test_formato_carta_escribe_una_carta_para_imprimir_por_fila_del_canal_carta(combinar, tmp_path):
    """--formato carta: cada fila del canal carta sale también como carta HTML (la del
    exportador carta: membrete, destinatario en la ventana del sobre, fecha, asunto, cuerpo y
    firma) en el papel de su país; los valores van escapados y las filas de email, sin carta."""
    cab = CABECERA.replace("\n", ",direccion_cliente\n")
    filas = [_turismo("R-1", "2026-10-20", canal="carta", nombre="Marta <b>Giménez</b>")
             + ',"Calle Luna 3, 28004 Madrid"',
             _turismo("R-2", "2026-10-20", canal="carta", pais="us") + ',"12 Main St, Miami, FL"',
             _turismo("R-3", "2026-10-20") + ",x"]
    r, salida = combinar(_csv(tmp_path, *filas, cabecera=cab), "--formato", "carta")
    assert r.exit_code in (0, 1), r.output
    cartas = sorted((salida / "cartas").iterdir())
    assert [c.name for c in cartas] == ["fila-0000002.html", "fila-0000003.html"]
    es, us = (c.read_text(encoding="utf-8") for c in cartas)
    assert "@page { size: A4;" in es and "@page { size: letter;" in us
    assert ('<p class="destinatario">Marta &lt;b&gt;Giménez&lt;/b&gt;<br>\n'
            "Calle Luna 3, 28004 Madrid</p>") in es
    assert '<p class="remitente">Servicios Ejemplo S.L.<br>' in es
    assert "<title>Reclamación formal · R-1</title>" in es
    assert "<b>" not in es and "<script" not in es
    # el cuerpo de la carta es el mensaje combinado de la fila, párrafo a párrafo
    [m1, m2, _m3] = _lineas(salida / "mensajes.jsonl")
    assert m1["plantilla"] == "es-turismo-reclamacion_formal-carta-usted"
    assert m2["plantilla"] == "us-turismo-reclamacion_formal-carta-usted"
    assert "R-2" in us and "$1,234.50" in us
    assert json.loads((salida / "resumen.json").read_text("utf-8"))["cartas"] == 2
    assert (f"2 cartas para imprimir en {salida / 'cartas'} (ábrelas en el navegador para "
            "imprimirlas o guardarlas como PDF).") in r.output
    # sin filas del canal carta, lo dice en vez de dejar la carpeta sin cartas en silencio
    r, salida = combinar(_csv(tmp_path, _turismo("R-9", "2026-10-20")), "--formato", "carta")
    assert not (salida / "cartas").exists()
    assert "Aviso: ninguna fila combinada es del canal carta" in r.stderr


@pytest.mark.parametrize(("filas", "segundos", "ritmo"), [
    (1, 1.0, "1 fila/s"), (1, 2.0, "0,5 filas/s"), (3, 1.0, "3 filas/s"),
    (12_345, 1.0, "12.345 filas/s"),
])
def test_el_ritmo_del_resumen_concuerda_y_va_en_cifras_espanolas(filas, segundos, ritmo):
    from generador.comandos.combinar import lineas_resumen
    from generador.combinar.ejecutar import Resumen

    resumen = Resumen(salida=Path("salida"), filas=filas, combinadas=filas, segundos=segundos)
    assert lineas_resumen(resumen)[0].endswith(f"Salida en salida ({ritmo}).")


def test_el_resumen_escribe_las_cuentas_con_punto_de_miles():
    from collections import Counter

    from generador.comandos.combinar import lineas_resumen
    from generador.combinar.ejecutar import Resumen

    resumen = Resumen(salida=Path("s"), filas=3_000, combinadas=1_000, con_error=1_500,
                      omitidas=500, mensajes_con_errores=1, segundos=1.0,
                      hallazgos_por_categoria=Counter({"tono": 1_200, "formato": 2}))
    assert lineas_resumen(resumen) == [
        "3.000 filas: 1.000 combinadas, 1.500 con error, 500 omitidas (aún no toca); 1 mensaje "
        "con errores del linter. Salida en s (3.000 filas/s).",
        "Hallazgos por categoría: formato 2, tono 1.200",
    ]


def test_la_salida_dentro_de_las_especificaciones_se_rechaza(cobro, raiz, tmp_path, monkeypatch):
    """combinar lee el árbol (--specs): escribir en su mensajes/ lo mezclaría con él."""
    import shutil

    for carpeta in ("mensajes", "sectores"):
        shutil.copytree(raiz / carpeta, tmp_path / "specs" / carpeta)
    monkeypatch.chdir(tmp_path)
    facturas = _csv(tmp_path, _turismo("R-1", "2026-11-20"))
    r = cobro("combinar", facturas, "--specs", "specs", "--salida", "specs/mensajes/envios",
              "--hoy", "2026-11-30", "--datos", escribir_datos(tmp_path / "fijos.yml"))
    assert r.exit_code == 2
    assert r.output.startswith("Error: --salida: 'specs/mensajes/envios' está dentro de "
                               "'specs/mensajes', la carpeta mensajes/ del árbol de "
                               "especificaciones que lee esta orden;")
    assert not (tmp_path / "specs" / "mensajes" / "envios").exists()


@pytest.mark.parametrize(("hoy", "mensaje"), [
    ("2026-02-30", "'2026-02-30': esa fecha no existe en el calendario (revisa el mes y el día)"),
    ("30/11/2026", "'30/11/2026' no es una fecha AAAA-MM-DD (p. ej. 2026-03-01)"),
])
def test_hoy_mal_escrita_o_inexistente_dice_cual_de_las_dos(combinar, tmp_path, hoy, mensaje):
    r, _salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-11-20")), hoy=hoy)
    assert r.exit_code == 2
    assert r.output.endswith(f"Error: Valor no válido para --hoy: {mensaje}\n")


def test_una_audiencia_que_el_sector_no_tiene_lo_dice_y_no_que_no_existe(combinar, tmp_path):
    """«b2c» existe (turismo, seguros), pero el sector turismo no tiene b2b: antes decía «la
    audiencia 'b2b' no existe; ¿quisiste decir 'b2c'?», como si b2b no existiera."""
    fila = _turismo("R-1", "2026-11-20").replace(",turismo,,", ",turismo,b2b,")
    r, salida = combinar(_csv(tmp_path, fila))
    assert r.exit_code == 1
    (motivo,) = [p["motivo"] for p in _lineas(salida / "no_combinadas.jsonl")]
    assert motivo == "audiencia: el sector 'turismo' no tiene la audiencia 'b2b'; tiene: b2c"


def test_una_fila_con_varios_problemas_los_dice_todos_y_las_demas_siguen(combinar, tmp_path):
    """Sector desconocido, fecha ilegible e importe vacío en la misma fila: los tres, cada uno
    con su columna y qué hacer, en no_combinadas.jsonl y en la salida de errores (una línea por
    problema con el número de fila); quien corrige el CSV no tiene que ejecutar tres veces."""
    ruta = _csv(tmp_path, _turismo("R-1", "2026-11-20"),
                "R-2,Ana Ruiz,,ayer,turisme,,email,usted,es,,,,,",
                _turismo("R-3", "2026-11-20"))
    r, salida = combinar(ruta)
    assert r.exit_code == 1
    assert [m["fila"] for m in _lineas(salida / "mensajes.jsonl")] == [2, 4]
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    sector = "sector: el sector 'turisme' no existe; ¿quisiste decir 'turismo'?"
    fecha = "fecha_vencimiento: fecha no válida 'ayer': usa AAAA-MM-DD (p. ej. 2026-03-05)"
    importe = "importe: vacío; escribe el importe pendiente de la factura (p. ej. 1234.50)"
    assert problema["problemas"] == [
        {"columna": "sector", "motivo": sector},
        {"columna": "fecha_vencimiento", "motivo": fecha},
        {"columna": "importe", "motivo": importe},
    ]
    assert problema["motivo"] == f"3 problemas: 1) {sector} · 2) {fecha} · 3) {importe}"
    errores = [linea for linea in r.stderr.splitlines() if linea.startswith(f"{ruta}:")]
    assert errores == [f"{ruta}:3: {sector}", f"{ruta}:3: {fecha}", f"{ruta}:3: {importe}"]
    resumen = json.loads((salida / "resumen.json").read_text(encoding="utf-8"))
    assert (resumen["filas"], resumen["combinadas"], resumen["con_error"]) == (3, 2, 1)


def test_con_plantilla_conocida_los_valores_malos_y_los_que_faltan_salen_juntos(combinar, tmp_path):
    """Con sector, tipo y canal válidos, cada valor ilegible se nombra por su columna y los que
    la plantilla pide y no están van en «faltan valores»; un valor malo no se repite ahí."""
    cab = CABECERA.replace("\n", ",moneda\n")
    r, salida = combinar(_csv(tmp_path, "R-1,Ana,mucho,2026-11-20,seguros,,email,usted,es,,,,,,EURO",
                              cabecera=cab))
    assert r.exit_code == 1
    [problema] = _lineas(salida / "no_combinadas.jsonl")
    assert [(p["columna"], p["motivo"]) for p in problema["problemas"]] == [
        ("moneda", "moneda: 'EURO' no es un código ISO 4217 (EUR, MXN, COP...)"),
        ("importe", "importe: importe no válido 'mucho': escribe solo la cifra, p. ej. 1234.50"),
        (None, "faltan valores para seguro: añade esas columnas al CSV o ponlos en --datos"),
    ]


def test_una_fila_que_aun_no_toca_no_se_juzga_por_sus_valores(combinar, tmp_path):
    """Como antes: una factura que aún no vence se omite aunque un valor que no se usará hoy
    esté mal; solo lo que decide a quién y cuándo (sector, país, fecha...) la hace errónea."""
    _r, salida = combinar(_csv(tmp_path, _turismo("R-1", "2026-12-30", importe="mucho")))
    [omitida] = _lineas(salida / "no_combinadas.jsonl")
    assert omitida["clase"] == "omitida" and "problemas" not in omitida
