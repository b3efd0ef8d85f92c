"""WhatsApp y llamada de punta a punta en la CLI: generar, exportar y combinar."""

from __future__ import annotations

import json


def test_exportar_twilio_lleva_el_whatsapp_con_sus_botones_y_variables_numeradas(cobro, tmp_path):
    r = cobro("exportar", "--formato", "twilio", "--salida", tmp_path / "x", "--canal", "whatsapp",
              "--sector", "turismo", "--tipo", "recordatorio_amistoso", "--registro", "usted")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"twilio: 1 plantilla, 1 archivo en {tmp_path / 'x' / 'twilio'}\n"
    doc = json.loads((tmp_path / "x" / "twilio" / "turismo" /
                      "es-turismo-recordatorio_amistoso-whatsapp-usted.json").read_text(encoding="utf-8"))
    wa = doc["whatsapp"]
    assert wa["mapa_variables"]["1"] == "nombre_cliente"
    [(tipo, contenido)] = wa["contenido"]["types"].items()
    assert tipo == "twilio/quick-reply"
    assert contenido["body"].startswith("Hola, {{1}}. Le escribimos de {{2}}.")
    assert [a["title"] for a in contenido["actions"]] == [
        "Ya he pagado", "Necesito más plazo", "Prefiero una llamada"]
    assert set(wa["contenido"]["variables"]) == set(wa["mapa_variables"])
    assert wa["meta"] == {"categoria": "UTILITY", "cabecera": None, "pie": None}


def test_exportar_dice_que_formatos_no_llevan_la_llamada_y_json_la_lleva_estructurada(cobro, tmp_path):
    r = cobro("exportar", "--formato", "todos", "--salida", tmp_path / "x", "--canal", "llamada",
              "--sector", "seguros", "--tipo", "seguimiento")
    assert r.exit_code == 0, r.output
    lineas = r.stdout.splitlines()
    assert f"json: 2 plantillas, 2 archivos en {tmp_path / 'x' / 'json'}" in lineas
    assert (f"twilio: 0 plantillas, 0 archivos en {tmp_path / 'x' / 'twilio'}; 2 omitidas porque "
            "twilio no se aplica al canal llamada (guion telefónico)") in lineas
    assert sum("omitidas porque" in linea for linea in lineas) == 8  # todos menos json y csv
    doc = json.loads((tmp_path / "x" / "json" / "plantillas.json").read_text(encoding="utf-8"))
    [_tu, usted] = sorted(doc["plantillas"], key=lambda p: p["registro"])
    assert [r["clave"] for r in usted["llamada"]["ramas"]] == [
        "promesa", "disputa", "dificultad", "tercero", "buzon"]
    assert usted["cuerpo"].startswith("Guion de llamada: ")


def test_combinar_con_canal_whatsapp_escribe_mensajes_de_whatsapp(cobro, tmp_path):
    (tmp_path / "facturas.csv").write_text(
        "referencia,nombre_cliente,nombre,importe,fecha_vencimiento,sector,audiencia,registro,"
        "telefono_cliente,numero_factura,seguro\n"
        "POL-1,Ana López Ruiz,Ana,120.50,2026-11-20,seguros,b2c,tu,+34600111222,F-1,hogar\n"
        "POL-2,Eva Gil,Eva,80,2026-09-01,seguros,b2c,usted,+34600111444,F-3,hogar\n",
        encoding="utf-8")
    (tmp_path / "datos.yml").write_text(
        "empresa: Seguros Ejemplo\nremitente: Laura Martín\ntelefono_contacto: 910 000 000\n"
        "email_contacto: cobros@ejemplo.es\nenlace_pago: https://pagos.ejemplo.es/f\n"
        "horario_contacto: de lunes a viernes, de 9:00 a 18:00\n", encoding="utf-8")
    r = cobro("combinar", tmp_path / "facturas.csv", "--salida", tmp_path / "out", "--hoy",
              "2026-11-28", "--canal", "whatsapp", "--datos", tmp_path / "datos.yml")
    mensajes = [json.loads(x) for x in (tmp_path / "out" / "mensajes.jsonl").read_text(
        encoding="utf-8").splitlines()]
    [m] = mensajes
    assert (m["fila"], m["canal"], m["plantilla"]) == (2, "whatsapp",
                                                       "es-seguros-recordatorio_amistoso-whatsapp-tu")
    assert m["cuerpo"].startswith("Hola, Ana, te escribimos de Seguros Ejemplo.")
    assert "\nBotones:\n- Ya he pagado (respuesta rápida)\n" in m["cuerpo"]
    [problema] = [json.loads(x) for x in (tmp_path / "out" / "no_combinadas.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert problema["fila"] == 3  # a los 88 días toca el último aviso, que no va por WhatsApp
    assert problema["motivo"].startswith("canal: el tipo ultimo_aviso no se envía por 'whatsapp'")
    assert r.exit_code == 1
