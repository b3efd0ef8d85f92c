"""Un país nuevo mal escrito en ``mensajes/paises.yml`` se explica con archivo y línea.

El locale y la moneda de un país los usa Babel para los importes y las fechas: uno que Babel no
conoce se rechaza al cargar (antes, un locale desconocido acababa en una traza de Python y una
moneda inventada se imprimía tal cual en cada importe).
"""

from __future__ import annotations

import contextlib
import json

from arbol import PAISES, escribir_arbol


def _generar_con(cobro, tmp_path, linea_pais):
    escribir_arbol(tmp_path / "specs", mensajes__paises_yml=PAISES + linea_pais)
    with contextlib.chdir(tmp_path / "specs"):  # los archivos, como mensajes/paises.yml
        return cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "salida")


def test_un_locale_que_babel_no_conoce_es_un_problema_con_linea_no_una_traza(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, "  uy: {nombre: Uruguay, locale: es_QQ, moneda: UYU, "
                     "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n")
    assert r.exit_code == 2
    assert r.output == (
        "Error: La especificación tiene 1 problema; corrígelo y vuelve a ejecutar:\n"
        "mensajes/paises.yml:6: paises.uy.locale: Babel no conoce el locale 'es_QQ'; usa el de "
        "un país de habla hispana (p. ej. es_UY, es_MX)\n")


def test_una_moneda_que_no_es_iso_4217_se_rechaza_con_sugerencia(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, "  uy: {nombre: Uruguay, locale: es_UY, moneda: UYX, "
                     "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n")
    assert r.exit_code == 2
    assert r.output == (
        "Error: La especificación tiene 1 problema; corrígelo y vuelve a ejecutar:\n"
        "mensajes/paises.yml:6: paises.uy.moneda: 'UYX' no es una moneda ISO 4217; "
        "¿quisiste decir 'UYW' o 'UYU'?\n")


def test_un_pais_nuevo_bien_escrito_carga(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, "  uy: {nombre: Uruguay, locale: es_UY, moneda: UYU, "
                     "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n")
    assert r.exit_code == 0, r.output


def test_revisar_con_un_pais_sin_reglas_de_ley_lo_avisa_en_vez_de_callar(cobro, tmp_path):
    escribir_arbol(tmp_path / "specs", mensajes__paises_yml=PAISES + (
        "  uy: {nombre: Uruguay, locale: es_UY, moneda: UYU, "
        "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n"))
    mensaje = tmp_path / "m.txt"
    mensaje.write_text("Hola Ana: tu factura F-1 de 20 € vence el 3 de marzo.\n", encoding="utf-8")
    r = cobro("lint", "--specs", tmp_path / "specs", "--pais", "uy", "--formato", "json", mensaje)
    assert json.loads(r.stdout)["avisos"] == [
        "el país 'uy' no tiene reglas de ley (falta reglas/paises/uy.yml en el árbol de "
        "especificaciones): se revisa sin las reglas legales de ese país; añade ese archivo "
        "(ver reglas/LEEME.md)"]
    # un país con su paquete de ley no lleva ese aviso
    r = cobro("lint", "--pais", "es", "--formato", "json", mensaje)
    assert json.loads(r.stdout)["avisos"] == []


def test_un_pais_sin_reglas_de_ley_en_el_encabezado_avisa_en_texto_json_y_sarif(cobro, tmp_path):
    """``pais: uy`` en el encabezado de un documento avisa igual que ``--pais uy``."""
    escribir_arbol(tmp_path / "specs", mensajes__paises_yml=PAISES + (
        "  uy: {nombre: Uruguay, locale: es_UY, moneda: UYU, "
        "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n"))
    aviso = ("el país 'uy' no tiene reglas de ley (falta reglas/paises/uy.yml en el árbol de "
             "especificaciones): se revisa sin las reglas legales de ese país; añade ese archivo "
             "(ver reglas/LEEME.md)")
    for nombre in ("a.md", "b.md"):  # dos documentos con el mismo país: un solo aviso
        (tmp_path / nombre).write_text(
            "---\npais: uy\n---\nHola Ana: tu factura F-1 de 20 € vence el 3 de marzo.\n",
            encoding="utf-8")
    documentos = (tmp_path / "a.md", tmp_path / "b.md")
    r = cobro("lint", "--specs", tmp_path / "specs", "--formato", "json", *documentos)
    assert json.loads(r.stdout)["avisos"] == [aviso]
    r = cobro("lint", "--specs", tmp_path / "specs", "--formato", "sarif", *documentos)
    notas = json.loads(r.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notas if n["level"] == "warning"] == [aviso]
    r = cobro("lint", "--specs", tmp_path / "specs", *documentos)
    assert r.output.count(aviso) == 1
    # un encabezado con un país que sí tiene su paquete de ley no avisa
    (tmp_path / "es.md").write_text(
        "---\npais: es\n---\nHola Ana: tu factura F-1 de 20 € vence el 3 de marzo.\n",
        encoding="utf-8")
    r = cobro("lint", "--specs", tmp_path / "specs", "--formato", "json", tmp_path / "es.md")
    assert json.loads(r.stdout)["avisos"] == []
