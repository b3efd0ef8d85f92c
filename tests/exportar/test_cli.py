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


def test_un_formato_que_no_sirve_para_ninguna_plantilla_filtrada_no_escribe_nada(cobro, tmp_path):
    """sendgrid con --canal sms acababa bien con una carpeta vacía: es un error que dice qué
    formatos sí sirven para ese canal."""
    specs = arbol(tmp_path / "specs")
    r = cobro("exportar", "--formato", "sendgrid", "--canal", "sms", "--salida", tmp_path / "s",
              "--specs", specs)
    assert r.exit_code == 2
    assert r.output == (
        "Error: --formato: sendgrid no se aplica a ninguna de las 2 plantillas del canal sms "
        "que dejan los filtros (sendgrid exporta email); para sms usa json, csv, liquid, "
        "twilio, o quita --canal\n")
    assert not (tmp_path / "s").exists()


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
    assert lineas[5].endswith("1 omitida porque liquid no se aplica al canal carta")


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
    pid = "es-obras-aviso_prueba-email-tu"  # el id del catálogo: país predeterminado
    nombres = {p.relative_to(r.formatos["json"].carpeta.parent).as_posix() for p in r.archivos[pid]}
    assert f"sendgrid/obras/{pid}.json" in nombres and f"eml/obras/{pid}.eml" in nombres
    assert "json/plantillas.json" in nombres and "csv/plantillas.csv" in nombres
    assert [p.name for p in r.archivos_de(pid, "postmark")] == [f"{pid}.json", f"{pid}.modelo.json"]
    assert all(p.is_file() and p.is_relative_to((tmp_path / "s").resolve()) for p in r.archivos[pid])
    carta = "es-obras-aviso_prueba-carta-usted"
    assert {p.suffix for p in r.archivos_de(carta, "docx")} == {".docx", ".csv"}


def test_una_exportacion_para_otro_pais_lleva_el_texto_y_los_datos_de_ese_pais(cobro, tmp_path):
    """Con el árbol real: nunca el texto de España (IBAN, bono social) con datos de México."""
    import json

    for opcion in (["--pais", "mx"], ["--locale", "es_MX"]):
        salida = tmp_path / opcion[0].strip("-")
        r = cobro("exportar", "-f", "json", "-o", salida, "--sector", "energia", "--tipo",
                  "ultimo_aviso", "--canal", "email", "--registro", "usted", "--audiencia", "b2c",
                  *opcion)
        assert r.exit_code == 0, r.output
        documento = json.loads((salida / "json" / "plantillas.json").read_text(encoding="utf-8"))
        [p] = documento["plantillas"]
        assert (documento["locale"], p["id"], p["pais"]) == (
            "es_MX", "mx-energia-b2c-ultimo_aviso-email-usted", "mx")
        for texto in (p["cuerpo"], p["ejemplo"]["cuerpo"]):
            assert "IBAN" not in texto and "bono social" not in texto and "€" not in texto
        assert "CLABE" in p["ejemplo"]["cuerpo"]


def test_pais_y_locale_de_paises_distintos_se_rechazan(cobro, tmp_path):
    r = cobro("exportar", "-f", "csv", "-o", tmp_path / "s", "--pais", "mx", "--locale", "es_CO")
    assert r.exit_code == 2
    assert "--locale es_CO no es el de México (es_MX)" in r.output


def test_opciones_que_no_hacen_nada_con_el_formato_se_rechazan(cobro, tmp_path):
    """--csv-crudo con sendgrid o --pdf con csv no hacían nada en silencio."""
    r = cobro("exportar", "--formato", "sendgrid", "--csv-crudo", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert ("Error: --csv-crudo solo cambia los CSV de csv y docx; con --formato sendgrid no "
            "hace nada: quítalo") in r.output
    r = cobro("exportar", "--formato", "csv", "--pdf", "--salida", tmp_path / "s")
    assert r.exit_code == 2
    assert ("Error: --pdf imprime las cartas del formato carta (o todos); con --formato csv no "
            "hace nada: quítalo o usa --formato carta") in r.output
    assert not (tmp_path / "s").exists()


def test_csv_crudo_vale_con_docx_y_con_todos(cobro, tmp_path):
    specs = arbol(tmp_path / "specs")
    for formato in ("docx", "todos"):
        r = cobro("exportar", "--formato", formato, "--csv-crudo", "--specs", specs,
                  "--salida", tmp_path / formato)
        assert r.exit_code == 0, r.output
