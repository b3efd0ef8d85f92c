"""``cobro combinar`` y ``cobro plan --comprobar`` leen los CSV con el mismo lector
(:class:`generador.combinar.filas.Tabla`): aceptan los mismos archivos (UTF-8 con o sin BOM,
el «CSV» de Excel en español con punto y coma, el «Texto Unicode» UTF-16 con tabuladores) y
rechazan igual los mal formados, con el archivo, la línea y qué hacer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .sinteticas import escribir_datos

FACTURAS = ("referencia,nombre_cliente,importe,fecha_vencimiento,sector,audiencia,canal,registro,"
            "pais,fecha_viaje,destino,email_cliente\n"
            "R-1,Marta Giménez,1234.50,2026-11-20,turismo,,email,usted,es,2027-02-14,Lanzarote,"
            "marta@ejemplo.invalid\n")
ENVIOS = "fecha,hora,canal,cliente\n2026-03-02,10:00,sms,A\n2026-03-02,11:00,sms,A\n"


def _variante(texto: str, como: str) -> bytes:
    if como == "utf8_coma":
        return texto.encode("utf-8")
    if como == "excel_es":  # «CSV UTF-8» de Excel en español: BOM, punto y coma, CRLF
        return texto.replace(",", ";").replace("\n", "\r\n").encode("utf-8-sig")
    if como == "texto_unicode":  # «Texto Unicode» de Excel: UTF-16 con BOM y tabuladores
        return texto.replace(",", "\t").replace("\n", "\r\n").encode("utf-16")
    raise AssertionError(como)


VARIANTES = ("utf8_coma", "excel_es", "texto_unicode")


@pytest.fixture
def combinar(cobro, tmp_path):
    datos = escribir_datos(tmp_path / "fijos.yml")

    def ejecutar(ruta: Path):
        salida = tmp_path / "salida"
        r = cobro("combinar", ruta, "--salida", salida, "--hoy", "2026-11-30", "--datos", datos,
                  "--forzar")
        return r, salida

    return ejecutar


@pytest.mark.parametrize("como", VARIANTES)
def test_combinar_lee_cada_exportacion_igual(combinar, tmp_path, como):
    ruta = tmp_path / "facturas.csv"
    ruta.write_bytes(_variante(FACTURAS, como))
    r, salida = combinar(ruta)
    assert r.exit_code == 0, r.output
    [linea] = [json.loads(x) for x in (salida / "mensajes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (linea["fila"], linea["referencia"], linea["plantilla"]) == (
        2, "R-1", "es-turismo-recordatorio_amistoso-email-usted")
    assert "Marta Giménez" in linea["cuerpo"]


@pytest.mark.parametrize("como", VARIANTES)
def test_plan_comprobar_lee_cada_exportacion_igual(cobro, tmp_path, como):
    ruta = tmp_path / "envios.csv"
    ruta.write_bytes(_variante(ENVIOS, como))
    r = cobro("plan", "--pais", "co", "--comprobar", ruta, "--formato", "json")
    datos = json.loads(r.output)
    assert datos["filas"] == 2
    assert [(i["fila"], i["cliente"], i["regla"]) for i in datos["incumplimientos"]] == [
        (3, "A", "co_un_contacto_al_dia")]


MALOS = [
    # unas comillas sin cerrar se tragaban el resto del archivo en plan --comprobar
    ('"R-1,Marta\n', 2, "CSV mal formado: unas comillas se abren y no se cierran; revisa las "
                        "comillas de esa fila"),
    # un campo de más de 131.072 caracteres era una traza (csv.Error) en plan --comprobar
    ('"' + "x" * 1_100_000 + '"\n', 2, "CSV mal formado: un campo pasa de 1.000.000 caracteres"),
    ("R-1,Marta\xff\n", 2, "el archivo no es UTF-8"),
]


@pytest.mark.parametrize(("fila", "linea", "mensaje"), MALOS, ids=["comillas", "campo_enorme", "latin1"])
def test_los_dos_rechazan_igual_un_csv_mal_formado(cobro, combinar, tmp_path, fila, linea, mensaje):
    """El mismo defecto, en la primera fila de datos, da exit 2 y el archivo con su línea."""
    resultados = []
    for cabecera, orden in ((FACTURAS.splitlines()[0], "combinar"), (ENVIOS.splitlines()[0], "plan")):
        ruta = tmp_path / f"{orden}.csv"
        datos = (cabecera + "\n").encode() + (fila.encode("utf-8") if "\xff" not in fila
                                              else fila.encode("latin-1"))
        ruta.write_bytes(datos)
        r = combinar(ruta)[0] if orden == "combinar" else cobro("plan", "--pais", "co", "--comprobar", ruta)
        assert r.exit_code == 2, (orden, r.output[:300])
        assert f"{ruta}:{linea}: " in r.output, (orden, r.output[:300])
        assert len(r.output) < 1000  # el valor enorme no se copia entero al mensaje
        resultados.append(r.output.split(f"{ruta}:{linea}: ", 1)[1][:60])
        if mensaje is not None:
            assert mensaje in r.output, (orden, r.output[:300])
    assert resultados[0] == resultados[1]  # el mismo mensaje para los dos


def test_un_binario_se_nombra_como_binario_en_los_dos(cobro, combinar, tmp_path):
    """Un ejecutable pasado por error: «binario», no «no es UTF-8»."""
    ruta = tmp_path / "facturas.csv"
    ruta.write_bytes(b"\x7fELF\x02\x01\x01\x00\xe1\xff\n" + bytes(range(256)))
    for r in (combinar(ruta)[0], cobro("plan", "--pais", "co", "--comprobar", ruta)):
        assert r.exit_code == 2
        assert (f"{ruta}:1: el archivo contiene bytes nulos: es un binario, no un CSV de texto; "
                "indica la exportación en CSV") in r.output


def test_un_libro_de_excel_dice_como_guardarlo_como_csv(cobro, combinar, tmp_path):
    import zipfile

    ruta = tmp_path / "facturas.xlsx"
    with zipfile.ZipFile(ruta, "w") as libro:
        libro.writestr("xl/workbook.xml", "<workbook/>")
    for r in (combinar(ruta)[0], cobro("plan", "--pais", "co", "--comprobar", ruta)):
        assert r.exit_code == 2
        assert (f"{ruta}: es un libro de hoja de cálculo (.xlsx u .ods), no un CSV; ábrelo y "
                "guárdalo como «CSV UTF-8 (delimitado por comas)»") in r.output


@pytest.mark.parametrize(("inicio", "que"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "un PDF"),
    (b"\x89PNG\r\n\x1a\n", "una imagen PNG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "un libro de Excel antiguo (.xls)"),
])
def test_un_pdf_una_imagen_o_un_xls_se_nombran_en_vez_de_faltar_columnas(cobro, combinar, tmp_path,
                                                                        inicio, que):
    """Sin esto, un PDF (sin bytes nulos al principio) daba «faltan columnas obligatorias»."""
    ruta = tmp_path / "exportacion"
    ruta.write_bytes(inicio + b"resto del archivo\n")
    for r in (combinar(ruta)[0], cobro("plan", "--pais", "co", "--comprobar", ruta)):
        assert r.exit_code == 2
        assert f"{ruta}: es {que}, no un CSV; " in r.output
        assert "faltan columnas" not in r.output


def test_una_linea_en_blanco_antes_de_la_cabecera_se_dice_en_los_dos(cobro, combinar, tmp_path):
    for cabecera, orden in ((FACTURAS, "combinar"), (ENVIOS, "plan")):
        ruta = tmp_path / f"{orden}.csv"
        ruta.write_text("\n" + cabecera, encoding="utf-8")
        r = combinar(ruta)[0] if orden == "combinar" else cobro("plan", "--pais", "co", "--comprobar", ruta)
        assert r.exit_code == 2
        assert (f"{ruta}:1: la primera línea está en blanco; la cabecera debe ir en la primera "
                "línea: borra las líneas en blanco de arriba") in r.output
