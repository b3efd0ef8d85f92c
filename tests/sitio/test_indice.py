"""El índice de búsqueda compacto: posiciones en tramos, claves ordenadas que comparten su
principio, claves del título calculadas y el texto largo aparte
(generador/sitio/busqueda.py). Sin navegador ni construcción."""

from __future__ import annotations

import json

import pytest

from generador.sitio.busqueda import (
    CIFRAS,
    EXTRACTO,
    Documento,
    Indice,
    codificar_claves,
    codificar_posiciones,
    decodificar_claves,
    decodificar_posiciones,
    leer,
)


@pytest.mark.parametrize(("posiciones", "codigo"), [
    ([], ""),
    ([0], "!"),  # 2 * hueco 0: una posición suelta
    ([0, 1, 2, 7], "##*"),  # tramo 0-2 (1 = 2 * 0 + 1 y largo 3 - 2 = 1) y 7 (hueco 4: 8)
    ([5], ","),  # 2 * 5 = 10
    # tramo 3-4 (7 y 0), tramo 40-43 (hueco 35: 71 = 1 * 45 + 26, dos cifras; y 2), 100 (112)
    ([3, 4, 40, 41, 42, 43, 100], ")!Q=$R8"),
    ([200], "XK"),  # 400 = 8 * 45 + 40: la primera cifra, de las 45 «que siguen» (45 + 8)
])
def test_posiciones_en_tramos_con_numeros_de_una_cifra_sin_separadores(posiciones, codigo):
    assert codificar_posiciones(posiciones) == codigo
    assert decodificar_posiciones(codigo) == posiciones


def test_las_cifras_no_se_escapan_en_json_ni_en_un_script():
    assert len(CIFRAS) == len(set(CIFRAS)) == 90
    assert json.dumps(CIFRAS)[1:-1] == CIFRAS and "<" not in CIFRAS and " " not in CIFRAS


@pytest.mark.parametrize("posiciones", [list(range(0, 5000, 7)), [0, 44, 45, 2024, 2025, 2026, 99999],
                                        [*range(300), 1000]])
def test_posiciones_ida_y_vuelta(posiciones):
    assert decodificar_posiciones(codificar_posiciones(posiciones)) == posiciones


def test_claves_ordenadas_con_lo_que_comparten_con_la_anterior():
    lista = ["factur", "facturacion", "fin", "x" * 30, "x" * 31 + "y"]
    codigo = codificar_claves(lista)
    assert codigo.startswith("AfacturGacionBin")  # G: comparte 6 («factur»); B: 1 («f»)
    assert "Z" + "x" * 6 + "y" in codigo  # se comparten como mucho 25 caracteres
    assert decodificar_claves(codigo) == lista
    assert decodificar_claves("") == []


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
    # cada documento, una lista [t, u, x, c, kp]: la clase de una plantilla no se guarda
    t, u, x, c, kp = crudo["docs"][1]
    assert len(x) <= EXTRACTO + 1 and x.endswith("…")
    assert larga["x"].startswith(x.removesuffix("…"))
    assert larga["x"] == " ".join(_documentos()[0].extracto.split())
    assert c is None and kp == "avis amistos" and len(crudo["docs"][0]) == 3
    assert [crudo["trozos"][int(i, 36)] for i in t.split(".")] == [
        "Recordatorio previo", "Seguros", "Email", "usted"]
    assert u == "j b/"  # comparte «plantillas/seguros/» (19, j en base 36) con la anterior
    assert isinstance(crudo["claves"], str) and len(crudo["posiciones"].split(" ")) == len(
        decodificar_claves(crudo["claves"]))


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


def test_lo_que_se_lee_es_lo_que_se_indexo(tmp_path):
    """Nada se pierde al compactar: título, URL, clase, tipo, texto y cada clave de cada
    documento vuelven tal cual (también con títulos, clases y URLs que se repiten)."""
    from generador.sitio.busqueda import claves

    docs = _documentos() + [
        Documento(f"Regla {n} · Seguros", f"reglas/r{n:03d}/", "Regla", f"texto {n} número {n * 7}")
        for n in range(60)] + [Documento("Guía · cómo «citar» \"frases\" </script>", "guia/citar/", "Guía",
                                         "Las comillas \\ y las barras")]
    for d in docs:
        d.pais = None
    for nombre, contenido in Indice(docs).archivos({}, None).items():
        (tmp_path / nombre).write_text(contenido, encoding="utf-8")
    leidos = {d["u"]: d for d in leer(tmp_path)["docs"]}
    assert len(leidos) == len(docs)
    for d in docs:
        leido = leidos[d.url]
        titulo = list(dict.fromkeys(claves(d.titulo)))
        tipo = [c for c in dict.fromkeys(claves(d.tipo)) if c not in titulo]
        assert (leido["t"], leido["c"], leido.get("kp", "")) == (d.titulo, d.clase, " ".join(tipo))
        assert leido["x"] == " ".join((d.extracto or d.texto)[:700].split())
        assert leido["kt"].split() == titulo
        assert set(leido["k"].split()) == set(claves(d.texto)) - set(titulo) - set(tipo)


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
