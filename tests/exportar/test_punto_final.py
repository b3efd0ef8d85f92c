"""Un valor de ejemplo que acaba en punto («Estructuras Levante S.L.») delante del punto de
la plantilla («Es la cuenta de {{ empresa_cliente }}.»): las herramientas de destino rellenan
tal cual, así que los datos de ejemplo de cada exportación llevan el valor sin su punto final
y lo que se ve al renderizar es lo mismo que rellena cobro («S.L.», no «S.L..»)."""

from __future__ import annotations

import json

from .ayudas import archivo_de, casos, exportado, leer_json
from .conftest import arbol


def _espec(tmp_path):
    from generador.cargar import cargar

    raiz = arbol(tmp_path / "specs")
    sector = raiz / "sectores" / "obras.yml"
    sector.write_text(sector.read_text(encoding="utf-8").replace(
        "ejemplos: {referencia: PRY-2026-12}",
        "ejemplos: {referencia: PRY-2026-12, empresa: Obras Norte S.L.}"), encoding="utf-8")
    tipo = raiz / "mensajes" / "tipos" / "aviso_prueba.yml"
    tipo.write_text(tipo.read_text(encoding="utf-8").replace(
        "        Un saludo,\n",
        "        Es la cuenta de {{ empresa_cliente }}. Te escribe {{ empresa }}.\n\n"
        "        Un saludo,\n"), encoding="utf-8")
    espec = cargar(raiz)
    [(email, _datos, ejemplo)] = [c for c in casos(espec, "email") if c[0].registro == "tu"]
    # así rellena cobro: sin punto doble
    assert "Es la cuenta de Estructuras Levante S.L. Te escribe Obras Norte S.L.\n" in ejemplo.cuerpo
    return espec, email, ejemplo


def test_los_datos_de_ejemplo_no_duplican_el_punto_que_pone_la_plantilla(tmp_path):
    import chevron

    espec, email, _ejemplo = _espec(tmp_path)
    postmark = exportado(espec, "postmark", tmp_path / "postmark")
    modelo = leer_json(archivo_de(postmark, email.id, ".modelo.json"))
    assert modelo["empresa_cliente"] == "Estructuras Levante S.L"
    cuerpo = leer_json(archivo_de(postmark, email.id, f"{email.id}.json"))
    assert "Es la cuenta de Estructuras Levante S.L. Te escribe" in chevron.render(
        cuerpo["TextBody"], modelo)

    sendgrid = exportado(espec, "sendgrid", tmp_path / "sendgrid")
    datos = json.loads(leer_json(archivo_de(sendgrid, email.id, f"{email.id}.json"))["test_data"])
    assert datos["empresa_cliente"] == "Estructuras Levante S.L"

    mailchimp = exportado(espec, "mailchimp", tmp_path / "mailchimp")
    merge = leer_json(archivo_de(mailchimp, email.id, ".merge_vars.json"))
    assert {"name": "EMPRESA_CLIENTE", "content": "Estructuras Levante S.L"} in merge

    liquid = exportado(espec, "liquid", tmp_path / "liquid")
    [documento] = [leer_json(r) for r in liquid.archivos[email.id] if r.suffix == ".json"]
    assert documento["message_data"]["empresa_cliente"] == "Estructuras Levante S.L"


def test_un_valor_que_tambien_va_sin_punto_detras_conserva_el_suyo(tmp_path):
    # «Te escribe {{ empresa }}.» y, en la firma, «{{ cargo }}, {{ empresa }}» sin punto:
    # quitarlo dejaría «Obras Norte S.L» en la firma, así que el ejemplo va tal cual
    espec, email, _ejemplo = _espec(tmp_path)
    postmark = exportado(espec, "postmark", tmp_path / "postmark")
    assert leer_json(archivo_de(postmark, email.id, ".modelo.json"))["empresa"] == "Obras Norte S.L."
