"""``cobro exportar``: resumen, formatos desconocidos, omitidas y seguridad de la salida."""

from __future__ import annotations

from .conftest import arbol


def test_formato_desconocido(cobro, tmp_path):
    r = cobro("exportar", "--formato", "sendgird", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == "Error: --formato: el formato 'sendgird' no existe; ¿quisiste decir 'sendgrid'?\n"
    assert not (tmp_path / "s").exists()


def test_formato_sin_parecido_lista_los_posibles(cobro, tmp_path):
    r = cobro("exportar", "--formato", "xyz", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert r.output == (
        "Error: --formato: el formato 'xyz' no existe; valores posibles: carta, csv, docx, eml, "
        "json, liquid, mailchimp, postmark, sendgrid, todos, twilio\n"
    )


def test_exporta_y_cuenta_las_omitidas(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    r = cobro("exportar", "--formato", "docx", "--salida", tmp_path / "s", "--specs", specs)
    assert r.exit_code == 0, r.output
    assert r.output == (
        f"docx: 2 plantillas, 4 archivos en {tmp_path / 's' / 'docx'}; "
        "4 omitidas porque docx no se aplica a los canales email y SMS\n"
    )
    assert (tmp_path / "s" / "docx" / "indice.json").is_file()


def test_todos_y_filtros(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    r = cobro("exportar", "-f", "todos", "-o", tmp_path / "s", "--specs", specs,
              "--registro", "usted")
    assert r.exit_code == 0, r.output
    lineas = r.output.splitlines()
    assert [linea.split(":")[0] for linea in lineas] == [
        "json", "csv", "sendgrid", "postmark", "mailchimp", "liquid", "twilio", "eml", "docx",
        "carta"]
    assert lineas[0].startswith("json: 3 plantillas, 2 archivos")
    assert lineas[6].endswith("2 omitidas porque twilio no se aplica a los canales email y carta")
    assert lineas[5].endswith("1 omitidas porque liquid no se aplica al canal carta")


def test_filtro_desconocido(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    r = cobro("exportar", "-f", "json", "-o", tmp_path / "s", "--specs", specs, "--sector", "obra")
    assert r.exit_code == 2
    assert r.output == "Error: --sector: el sector 'obra' no existe; ¿quisiste decir 'obras'?\n"


def test_locale_desconocido(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    r = cobro("exportar", "-f", "json", "-o", tmp_path / "s", "--specs", specs, "--locale", "es_MZ")
    assert r.exit_code == 2
    assert "--locale: el locale 'es_MZ' no existe; ¿quisiste decir" in r.output


def test_carpeta_ajena_no_vacia(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    ajena = tmp_path / "ajena"
    ajena.mkdir()
    (ajena / "mio.txt").write_text("no tocar", encoding="utf-8")
    r = cobro("exportar", "-f", "csv", "-o", ajena, "--specs", specs)
    assert r.exit_code == 2 and "no está vacía y no la creó cobro" in r.output
    assert sorted(p.name for p in ajena.iterdir()) == ["mio.txt"]
    r = cobro("exportar", "-f", "csv", "-o", ajena, "--specs", specs, "--forzar")
    assert r.exit_code == 0 and (ajena / "mio.txt").read_text(encoding="utf-8") == "no tocar"


def test_api_archivos_por_plantilla(espec, tmp_path):
    from generador.exportar import exportar

    r = exportar(espec, "todos", tmp_path / "s")
    pid = "obras-aviso_prueba-email-tu"
    nombres = {p.relative_to(r.formatos["json"].carpeta.parent).as_posix() for p in r.archivos[pid]}
    assert f"sendgrid/obras/{pid}.json" in nombres and f"eml/obras/{pid}.eml" in nombres
    assert "json/plantillas.json" in nombres and "csv/plantillas.csv" in nombres
    assert [p.name for p in r.archivos_de(pid, "postmark")] == [f"{pid}.json", f"{pid}.modelo.json"]
    assert all(p.is_file() and p.is_relative_to((tmp_path / "s").resolve()) for p in r.archivos[pid])
    carta = "obras-aviso_prueba-carta-usted"
    assert {p.suffix for p in r.archivos_de(carta, "docx")} == {".docx", ".csv"}
