"""Un archivo sin texto que revisar (0 bytes, solo espacios, solo front matter) no es un
mensaje al que le falte todo: ``cobro lint`` avisa de que está vacío, sin hallazgos de
elementos que faltan, en cada formato de salida."""

from __future__ import annotations

import json

import pytest

VACIO = ("el archivo está vacío (no tiene texto); no hay mensaje que revisar: escribe el mensaje "
         "o quita el archivo de la revisión")
SIN_CUERPO = ("el archivo no tiene texto que revisar (solo front matter, cabeceras o etiquetas, "
              "sin cuerpo); escribe el mensaje o quita el archivo de la revisión")
MENSAJE = "Hola Ana:\nSi no paga usted, irá a la cárcel!!\n"


@pytest.fixture
def archivos(tmp_path):
    rutas = {
        "cero": tmp_path / "cero.txt",
        "espacios": tmp_path / "espacios.txt",
        "front_matter": tmp_path / "solo_fm.txt",
        "html": tmp_path / "etiquetas.html",
    }
    rutas["cero"].write_bytes(b"")
    rutas["espacios"].write_text("  \n\n\t \r\n", encoding="utf-8")
    rutas["front_matter"].write_text("---\nid: x\ncanal: sms\n---\n\n", encoding="utf-8")
    rutas["html"].write_text("<html><body><p> </p></body></html>\n", encoding="utf-8")
    return rutas


def test_texto_un_aviso_por_archivo_y_ningun_hallazgo(lint, archivos):
    r = lint(*map(str, archivos.values()))
    assert r.exit_code == 0
    assert r.stdout == ("Sin hallazgos en 4 archivos; 4 archivos vacíos, sin mensaje que revisar.\n")
    assert r.stderr.splitlines() == [
        f"Aviso: {archivos['cero']}: {VACIO}",
        f"Aviso: {archivos['espacios']}: {VACIO}",
        f"Aviso: {archivos['front_matter']}: {SIN_CUERPO}",
        f"Aviso: {archivos['html']}: {SIN_CUERPO}",
    ]
    assert "falta" not in r.stdout + r.stderr


def test_junto_a_un_mensaje_solo_cuentan_los_hallazgos_del_mensaje(lint, archivos, tmp_path):
    mensaje = tmp_path / "m.txt"
    mensaje.write_text(MENSAJE, encoding="utf-8")
    r = lint("--selecciona", "TON001,FAL001", str(archivos["cero"]), str(mensaje))
    assert r.exit_code == 1
    # El mensaje sin importe sí da FAL001; el archivo vacío, nada.
    assert [" ".join(linea.split()[:3]) for linea in r.stdout.splitlines()
            if not linea.startswith("    ")][:-1] == [
        f"{mensaje}:1:1: error FAL001", f"{mensaje}:2:28: error TON001"]
    assert r.stdout.splitlines()[-1] == (
        "2 errores, 0 avisos y 0 sugerencias en 2 archivos; 1 archivo vacío, sin mensaje que "
        "revisar.")


def test_json_sin_hallazgos_y_con_el_aviso(lint, archivos, raiz):
    import jsonschema

    r = lint("--formato", "json", str(archivos["cero"]))
    datos = json.loads(r.stdout)
    assert datos["archivos"] == [{"ruta": str(archivos["cero"]), "hallazgos": []}]
    assert datos["avisos"] == [f"{archivos['cero']}: {VACIO}"]
    assert datos["resumen"] == {"archivos": 1, "error": 0, "aviso": 0, "sugerencia": 0}
    esquema = json.loads((raiz / "generador" / "lint" / "esquema_json.json").read_text("utf-8"))
    jsonschema.validate(datos, esquema)


def test_jsonl_no_da_lineas_y_el_aviso_va_a_la_salida_de_errores(lint, archivos):
    r = lint("--formato", "jsonl", str(archivos["espacios"]))
    assert r.exit_code == 0
    assert r.stdout == ""
    assert r.stderr == f"Aviso: {archivos['espacios']}: {VACIO}\n"


def test_sarif_sin_resultados_y_con_la_notificacion(lint, archivos):
    r = lint("--formato", "sarif", str(archivos["cero"]))
    (run,) = json.loads(r.stdout)["runs"]
    assert run["results"] == []
    assert run["invocations"][0]["toolExecutionNotifications"] == [
        {"level": "warning", "message": {"text": f"{archivos['cero']}: {VACIO}"}},
    ]


def test_github_una_anotacion_de_aviso_en_el_archivo(lint, archivos):
    r = lint("--formato", "github", str(archivos["cero"]))
    ruta = str(archivos["cero"]).replace(":", "%3A").replace(",", "%2C")
    assert r.stdout.splitlines() == [
        f"::warning file={ruta},title=archivo vacío::{archivos['cero']}: {VACIO}",
        "Sin hallazgos en 1 archivo; 1 archivo vacío, sin mensaje que revisar.",
    ]


def test_entrada_estandar_vacia(lint):
    r = lint("-", entrada="\n \n")
    assert r.exit_code == 0
    assert r.stderr == ("Aviso: <stdin>: la entrada estándar está vacía; no hay mensaje que "
                        "revisar: pasa el mensaje por la tubería (echo \"...\" | cobro lint -) "
                        "o indica archivos\n")


def test_corregir_no_toca_un_archivo_vacio(lint, archivos):
    r = lint("--corregir", str(archivos["espacios"]))
    assert r.exit_code == 0
    assert archivos["espacios"].read_bytes() == b"  \n\n\t \r\n"
    assert "falta" not in r.stdout
