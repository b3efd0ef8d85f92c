"""El índice de búsqueda compacto: posiciones en tramos, claves del título calculadas y
el texto largo aparte (generador/sitio/busqueda.py). Sin navegador ni construcción."""

from __future__ import annotations

import json

import pytest

from generador.sitio.busqueda import (
    EXTRACTO,
    Documento,
    Indice,
    codificar_posiciones,
    decodificar_posiciones,
    leer,
)


@pytest.mark.parametrize(("posiciones", "codigo"), [
    ([], ""),
    ([0], "0"),
    ([0, 1, 2, 7], "0.2,4"),
    ([5], "5"),
    ([3, 4, 40, 41, 42, 43, 100], "3.1,z.3,1k"),
])
def test_posiciones_en_tramos_base_36(posiciones, codigo):
    assert codificar_posiciones(posiciones) == codigo
    assert decodificar_posiciones(codigo) == posiciones


def _documentos():
    cuerpo = "Le recordamos que la factura de su póliza vence el 5 de mayo. " * 8
    return [
        Documento("Recordatorio previo · Seguros · Email · usted", "plantillas/seguros/b/", "Plantilla",
                  cuerpo, tipo="Aviso amistoso", extracto=cuerpo, pais="es"),
        Documento("Recordatorio previo · Seguros · Email · tú", "plantillas/seguros/a/", "Plantilla",
                  "Te recordamos que tu factura vence", tipo="Recordatorio previo recordatorio_previo",
                  extracto="Te recordamos que tu factura vence", pais="es"),
        Documento("Reglas del linter", "reglas/", "Regla", "Cada regla tiene un código estable"),
    ]


def test_partes_por_pais_y_lectura_como_las_ve_el_navegador(tmp_path):
    archivos = Indice(_documentos()).archivos({"es": "España"}, "es")
    assert sorted(archivos) == ["cobro-indice-es.js", "cobro-indice.js", "cobro-textos-es.js",
                                "cobro-textos.js"]
    for nombre, contenido in archivos.items():
        (tmp_path / nombre).write_text(contenido, encoding="utf-8")
    base, es = leer(tmp_path), leer(tmp_path, "es")
    assert base["paises"] == [["es", "España", 2]] and base["predeterminado"] == "es"
    assert [(d["u"], d["c"]) for d in base["docs"]] == [("reglas/", "Regla")]
    # ordenadas por URL: las variantes de una plantilla quedan seguidas
    assert [d["u"] for d in es["docs"]] == ["plantillas/seguros/a/", "plantillas/seguros/b/"]
    larga = es["docs"][1]
    assert larga["p"] == "es" and larga["c"] == "Plantilla"
    assert set(larga["kt"].split()) == {"recordatori", "previ", "segur", "email", "usted"}
    assert "recordatori" not in larga["k"].split() and {"poliz", "factur", "venc"} <= set(larga["k"].split())
    assert larga["kp"] == "avis amistos"  # las del tipo que no están en el título
    # el extracto del índice es corto; el texto largo (para las frases) va aparte
    crudo = json.loads(archivos["cobro-indice-es.js"].split("]=", 1)[1].removesuffix(";\n"))
    assert len(crudo["docs"][1]["x"]) <= EXTRACTO + 1 and crudo["docs"][1]["x"].endswith("…")
    assert larga["x"].startswith(crudo["docs"][1]["x"].removesuffix("…"))
    assert larga["x"] == " ".join(_documentos()[0].extracto.split())
    assert "kt" not in crudo["docs"][1] and "k" not in crudo["docs"][1]


def test_sin_paises_un_solo_indice_con_todo(tmp_path):
    docs = _documentos()
    for d in docs:
        d.pais = None
    archivos = Indice(docs).archivos({}, None)
    assert sorted(archivos) == ["cobro-indice.js", "cobro-textos.js"]
    for nombre, contenido in archivos.items():
        (tmp_path / nombre).write_text(contenido, encoding="utf-8")
    indice = leer(tmp_path)
    assert "paises" not in indice and len(indice["docs"]) == 3
    assert [d["c"] for d in indice["docs"]] == ["Plantilla", "Plantilla", "Regla"]


def test_el_extracto_de_una_carta_empieza_en_su_asunto_y_no_en_el_membrete():
    from generador.sitio.busqueda import extracto_de_mensaje

    carta = ("Seguros Amparo\nRUT 76.123.456-7\nAv. Providencia 1208, Santiago\n\n"
             "Camila Soto Fuentes\nLos Aromos 345\n\nSantiago, 19 de enero de 2027\n\n"
             "N.º de póliza: POL-7730215\nAsunto: Último aviso sobre el pago pendiente\n\n"
             "Estimada Sra. Soto:\n\nEste es nuestro último aviso.\n")
    assert extracto_de_mensaje(None, carta, "carta") == (
        "Último aviso sobre el pago pendiente Estimada Sra. Soto: Este es nuestro último aviso.")
    # sin línea «Asunto:», la carta entera; y los demás canales, asunto y cuerpo tal cual
    assert extracto_de_mensaje(None, "Hola:\nAsunto pendiente.", "carta") == "Hola: Asunto pendiente."
    assert extracto_de_mensaje("Recibo", "Asunto: x\nHola", "email") == "Recibo Asunto: x Hola"
