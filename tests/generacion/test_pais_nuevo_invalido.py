"""Un país nuevo es un archivo, ``mensajes/paises/<cc>.yml``; mal escrito, se explica con
archivo y línea.

El locale y la moneda de un país los usa Babel para los importes y las fechas; la zona horaria
(IANA) y los festivos (biblioteca holidays), cobro plan. Uno que no existe se rechaza al cargar,
con salida 2 y sin traza (antes, un locale desconocido acababa en una traza de Python, una
moneda inventada se imprimía tal cual en cada importe y unos festivos desconocidos solo fallaban
al planificar).
"""

from __future__ import annotations

import contextlib
import json

import pais_uruguay
from arbol import PAISES, escribir_arbol

URUGUAY = pais_uruguay.DATOS


def _generar_con(cobro, tmp_path, archivo_pais, **otros):
    escribir_arbol(tmp_path / "specs", mensajes__paises__uy_yml=archivo_pais, **otros)
    with contextlib.chdir(tmp_path / "specs"):  # los archivos, como mensajes/paises/uy.yml
        return cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "salida")


def _problemas(r) -> list[str]:
    assert r.exit_code == 2, r.output
    assert r.output.startswith("Error: La especificación tiene "), r.output
    return r.output.splitlines()[1:]


def test_un_locale_que_babel_no_conoce_es_un_problema_con_linea_no_una_traza(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY.replace("es_UY", "es_QQ"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:3: locale: Babel no conoce el locale 'es_QQ'; usa el de "
        "un país de habla hispana (p. ej. es_UY, es_MX)"]


def test_una_moneda_que_no_es_iso_4217_se_rechaza_con_sugerencia(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY.replace("UYU", "UYX"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:4: moneda: 'UYX' no es una moneda ISO 4217; "
        "¿quisiste decir 'UYW' o 'UYU'?"]


def test_una_zona_horaria_que_no_es_iana_se_rechaza_con_sugerencia(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY.replace("America/Montevideo", "America/Montevido"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:5: zona_horaria: 'America/Montevido' no es una zona horaria "
        "IANA; ¿quisiste decir 'America/Montevideo' o 'America/Moncton'?"]


def test_unos_festivos_que_holidays_no_tiene_se_rechazan_al_cargar(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY.replace("festivos: UY", "festivos: QQ"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:6: festivos: la biblioteca holidays no conoce el país 'QQ'; "
        "usa un código ISO 3166 en mayúsculas (p. ej. UY, MX)"]


def test_un_campo_que_falta_y_uno_desconocido_se_dicen_los_dos(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path,
                     URUGUAY.replace("lugar: Montevideo\n", "").replace("moneda:", "monedas: X\nmoneda:"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:1: lugar: falta esta clave",
        "mensajes/paises/uy.yml:4: monedas: clave desconocida; ¿quisiste decir 'moneda'?"]


def test_el_codigo_del_archivo_y_el_del_pais_coinciden(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY.replace("pais: uy", "pais: py"))
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:1: pais: 'py' no coincide con el nombre del archivo 'uy'"]


def test_la_tabla_de_paises_de_antes_dice_adonde_va_cada_pais(cobro, tmp_path):
    tabla_vieja = PAISES + ("paises:\n  uy: {nombre: Uruguay, locale: es_UY, moneda: UYU, "
                            "zona_horaria: America/Montevideo, festivos: UY, lugar: Montevideo}\n")
    r = _generar_con(cobro, tmp_path, URUGUAY, mensajes__paises_yml=tabla_vieja)
    assert _problemas(r) == [
        "mensajes/paises.yml:2: paises: la tabla de países ya no va aquí: cada país es un "
        "archivo, mensajes/paises/<cc>.yml, con nombre, locale, moneda, zona_horaria, festivos, "
        "lugar y papel; mueve allí la línea de cada país y borra 'paises' de este archivo"]


def test_un_pais_nuevo_bien_escrito_carga_sin_tocar_otro_archivo(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY)
    assert r.exit_code == 0, r.output
    from generador.cargar import cargar

    espec = cargar(tmp_path / "specs")
    assert list(espec.paises) == ["es", "mx", "uy"]  # sin «orden»: alfabético
    uy = espec.paises["uy"]
    assert (uy.nombre, uy.locale, uy.moneda, uy.zona_horaria, uy.festivos, uy.lugar, uy.papel) == (
        "Uruguay", "es_UY", "UYU", "America/Montevideo", "UY", "Montevideo", "A4")
    assert (uy.archivo, uy.paquete) == ("mensajes/paises/uy.yml", "")


def test_orden_pone_primero_los_paises_que_nombra(cobro, tmp_path):
    r = _generar_con(cobro, tmp_path, URUGUAY, mensajes__paises_yml=PAISES + "orden: [uy, mx]\n")
    assert r.exit_code == 0, r.output
    from generador.cargar import cargar

    assert list(cargar(tmp_path / "specs").paises) == ["uy", "mx", "es"]
    r = _generar_con(cobro, tmp_path, URUGUAY, mensajes__paises_yml=PAISES + "orden: [uy, py]\n")
    assert _problemas(r) == [
        "mensajes/paises.yml:2: orden[1]: el país 'py' no existe; posibles: es, mx, uy "
        "(ningún archivo mensajes/paises/py.yml)"]


def test_revisar_con_un_pais_sin_reglas_de_ley_lo_avisa_en_vez_de_callar(cobro, tmp_path):
    escribir_arbol(tmp_path / "specs", mensajes__paises__uy_yml=URUGUAY)
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
    escribir_arbol(tmp_path / "specs", mensajes__paises__uy_yml=URUGUAY)
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


def test_un_texto_de_pais_a_medias_dice_que_le_falta(cobro, tmp_path):
    """Los datos solos valen; con texto, lleva vocabulario, pago y pago_sms juntos."""
    r = _generar_con(cobro, tmp_path, URUGUAY + "voseo: true\n")
    assert _problemas(r) == [
        "mensajes/paises/uy.yml:8: voseo: el texto del país necesita también vocabulario, pago, "
        "pago_sms (el país tiene voseo); mira el de otro país"]


def test_un_arbol_sin_ningun_pais_lo_dice(cobro, tmp_path):
    escribir_arbol(tmp_path / "specs")
    for ruta in (tmp_path / "specs" / "mensajes" / "paises").glob("*.yml"):
        ruta.unlink()
    with contextlib.chdir(tmp_path / "specs"):
        r = cobro("generar", "--specs", tmp_path / "specs", "--salida", tmp_path / "salida")
    assert _problemas(r) == [
        "mensajes/paises: no hay ningún país: crea mensajes/paises/<cc>.yml (p. ej. uy.yml) con "
        "pais, nombre, locale, moneda, zona_horaria, festivos y lugar"]
