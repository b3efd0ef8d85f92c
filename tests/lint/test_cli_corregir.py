"""``cobro lint --corregir``, ``--corregir-inseguro``, ``--diff`` y ``--linea-base`` desde la CLI."""

from __future__ import annotations

import json

TEXTO = "Hola Ana:\r\n\r\nSu factura está VENCIDA Y DEBE PAGARLA YA!!! Gracias.\r\n"
CORREGIDO = "Hola Ana:\r\n\r\nSu factura está vencida y debe pagarla ya! Gracias.\r\n"


def test_corregir_escribe_con_el_mismo_bom_y_finales_de_linea(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_bytes(b"\xef\xbb\xbf" + TEXTO.encode("utf-8"))
    archivo.chmod(0o640)
    resultado = lint("--corregir", "--selecciona", "tono", archivo)
    assert archivo.read_bytes() == b"\xef\xbb\xbf" + CORREGIDO.encode("utf-8")
    assert archivo.stat().st_mode & 0o777 == 0o640
    assert resultado.stdout == "Sin hallazgos en 1 archivo; 6 correcciones aplicadas en 1 archivo.\n"
    assert resultado.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["aviso.txt"]  # ningún temporal suelto


def test_corregir_un_enlace_simbolico_corrige_el_archivo_y_conserva_el_enlace(lint, tmp_path):
    real = tmp_path / "textos" / "aviso.txt"
    real.parent.mkdir()
    real.write_bytes(TEXTO.encode("utf-8"))
    enlace = tmp_path / "enlace.txt"
    enlace.symlink_to(real)
    resultado = lint("--corregir", "--selecciona", "tono", enlace)
    assert resultado.exit_code == 0
    assert enlace.is_symlink() and enlace.resolve() == real
    assert real.read_bytes() == CORREGIDO.encode("utf-8")
    assert sorted(p.name for p in real.parent.iterdir()) == ["aviso.txt"]  # ningún temporal suelto


def test_con_formato_json_las_correcciones_se_cuentan_por_stderr(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Pague ya!!\n", encoding="utf-8")
    resultado = lint("--corregir", "--formato", "json", "--selecciona", "tono", archivo)
    assert json.loads(resultado.stdout)["archivos"] == [{"ruta": str(archivo), "hallazgos": []}]
    assert resultado.stderr == "1 corrección aplicada en 1 archivo.\n"


def test_el_front_matter_no_se_toca(lint, tmp_path):
    archivo = tmp_path / "aviso.md"
    archivo.write_text("---\nasunto: ÚLTIMO AVISO!!\n---\nPAGUE HOY MISMO!!\n", encoding="utf-8")
    lint("--corregir", "--selecciona", "TON011,TON012", archivo)
    assert archivo.read_text(encoding="utf-8") == "---\nasunto: ÚLTIMO AVISO!!\n---\nPague hoy mismo!\n"


def test_diff_no_escribe_y_sale_con_1(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Pague ya!!\n", encoding="utf-8")
    resultado = lint("--diff", "--selecciona", "tono", archivo)
    assert archivo.read_text(encoding="utf-8") == "Pague ya!!\n"
    assert resultado.stdout == (
        f"--- a/{archivo}\n+++ b/{archivo}\n@@ -1 +1 @@\n-Pague ya!!\n+Pague ya!\n"
    )
    assert resultado.stderr == "Se aplicarían 1 corrección en 1 archivo.\n"
    assert resultado.exit_code == 1


def test_diff_sin_nada_que_corregir_sale_con_0(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Le recordamos que su factura vence el 5 de marzo.\n", encoding="utf-8")
    resultado = lint("--diff", archivo)
    assert (resultado.stdout, resultado.stderr, resultado.exit_code) == (
        "", "Nada que corregir automáticamente.\n", 0)


def test_corregir_inseguro_reescribe_en_el_registro_del_archivo(lint, tmp_path):
    archivo = tmp_path / "aviso.md"
    archivo.write_text("---\nregistro: tu\n---\nHola Ana. Si no pagas, irás a la cárcel.\n", encoding="utf-8")
    lint("--corregir", "--selecciona", "TON001", archivo)
    assert "cárcel" in archivo.read_text(encoding="utf-8")  # --corregir solo aplica lo seguro
    lint("--corregir-inseguro", "--selecciona", "TON001", archivo)
    assert archivo.read_text(encoding="utf-8") == (
        "---\nregistro: tu\n---\nHola Ana. Si el pago sigue pendiente, podremos iniciar las "
        "acciones legales que correspondan.\n"
    )


def test_corregir_la_entrada_estandar_es_un_error_claro(lint):
    resultado = lint("--corregir", "-", entrada="Pague ya!!\n")
    assert resultado.exit_code == 2
    assert "--corregir no puede escribir en la entrada estándar; usa --diff" in resultado.stderr


def test_una_regla_propia_de_sustitucion(lint, tmp_path):
    (tmp_path / "estilo.yml").write_text("""
familia: estilo
reglas:
  - codigo: EST001
    nombre: tono.estilo.deudor
    categoria: tono.humillacion
    severidad: aviso
    correccion: {tipo: sustitucion, segura: true}
    tipo: frases
    mensaje: "'{texto}' etiqueta a la persona"
    descripcion: Llama cliente al cliente.
    por_que: La etiqueta ofende y no ayuda a cobrar.
    referencia: "Guía de estilo de la casa"
    incorrecto:
      texto: "Estimado deudor: su factura vence."
      corregido: "Estimado cliente: su factura vence."
    correcto: "Estimado cliente: su factura vence."
    sugerencias: ["cliente"]
    frases:
      - {frase: deudor, sugerencia: cliente}
""", encoding="utf-8")
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Deudor: su factura vence. Gracias, deudor.\n", encoding="utf-8")
    resultado = lint("--corregir", "--reglas-propias", tmp_path / "estilo.yml", "--selecciona", "EST001",
                     archivo)
    assert archivo.read_text(encoding="utf-8") == "Cliente: su factura vence. Gracias, cliente.\n"
    assert resultado.exit_code == 0


def test_una_correccion_mal_escrita_en_yaml_se_explica(lint, tmp_path):
    (tmp_path / "mal.yml").write_text("""
familia: mal
reglas:
  - codigo: MAL001
    nombre: tono.mal
    categoria: tono.agresivo
    severidad: aviso
    correccion: {tipo: reescribir}
    tipo: frases
    mensaje: "x"
    descripcion: x
    por_que: x
    incorrecto: "ya"
    correcto: "no"
    frases: [ya]
""", encoding="utf-8")
    archivo = tmp_path / "a.txt"
    archivo.write_text("ya\n", encoding="utf-8")
    resultado = lint("--reglas-propias", tmp_path / "mal.yml", archivo)
    assert resultado.exit_code == 2
    assert ("correccion: tipo de corrección 'reescribir' no existe; ¿quisiste decir 'reescritura'?"
            in resultado.stderr)


# -- línea base ------------------------------------------------------------------------------

def test_linea_base_solo_cuentan_los_nuevos_aunque_se_muevan_las_lineas(lint, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Pague ya!!\n", encoding="utf-8")
    base = tmp_path / "base.json"

    creada = lint("--linea-base", base, "--selecciona", "tono", archivo)
    assert creada.exit_code == 0
    assert creada.stderr == f"Línea base creada en {base} con 1 hallazgo.\n"
    datos = json.loads(base.read_text(encoding="utf-8"))
    assert datos["version"] == 1
    assert [(h["ruta"], h["regla"], h["texto"], h["cuenta"]) for h in datos["hallazgos"]] == [
        ("aviso.txt", "TON012", "!!", 1)]

    # Dos líneas más arriba y un hallazgo nuevo: solo cuenta el nuevo.
    archivo.write_text("Hola.\n\nPague ya!!\nES URGENTE YA!!!\n", encoding="utf-8")
    resultado = lint("--linea-base", base, "--selecciona", "TON012", "aviso.txt")
    assert resultado.exit_code == 0  # TON012 es un aviso: no falla con --falla-en error
    assert resultado.stdout.splitlines() == [
        "aviso.txt:4:14: aviso TON012 signos de exclamación repetidos: '!!!' [tono.agresivo.exclamaciones]",
        "    en su lugar: Usa un solo signo, o ninguno: un punto basta.",
        "0 errores, 1 aviso y 0 sugerencias en 1 archivo; 1 hallazgo en la línea base (no cuentan).",
    ]


def test_linea_base_informa_de_lo_resuelto_y_se_actualiza(lint, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    archivo = tmp_path / "aviso.txt"
    archivo.write_text("Pague ya!! Debe pagar hoy!!\n", encoding="utf-8")
    base = tmp_path / "base.json"
    lint("--linea-base", base, "--selecciona", "TON012", archivo)
    archivo.write_text("Pague ya!! Debe pagar hoy.\n", encoding="utf-8")

    resultado = lint("--linea-base", base, "--selecciona", "TON012", archivo)
    assert resultado.stdout == "Sin hallazgos en 1 archivo; 1 hallazgo en la línea base (no cuentan).\n"
    assert resultado.stderr == (
        "1 hallazgo de la línea base ya no aparece; --actualizar-linea-base los quita:\n"
        "  aviso.txt: TON012 '!!'\n"
    )
    lint("--linea-base", base, "--actualizar-linea-base", "--selecciona", "TON012", archivo)
    datos = json.loads(base.read_text(encoding="utf-8"))
    assert [h["cuenta"] for h in datos["hallazgos"]] == [1]
    assert lint("--linea-base", base, "--selecciona", "TON012", archivo).stderr == ""


def test_linea_base_rota_es_un_error_claro(lint, tmp_path):
    base = tmp_path / "base.json"
    base.write_text("{no es json", encoding="utf-8")
    archivo = tmp_path / "a.txt"
    archivo.write_text("Hola.\n", encoding="utf-8")
    resultado = lint("--linea-base", base, archivo)
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith(f"Error: {base}: la línea base no es JSON válido")


# --- un \r suelto (fin de línea de los Mac antiguos) es un salto de línea --------------------

TEXTO_CR = "Hola Ana:\rSu factura vence hoy.\rPAGUE YA EN LA WEB.\rSI NO PAGAS, IRÁS A LA CÁRCEL.\rGracias.\r"


def test_con_cr_sueltos_corregir_empieza_la_oracion_en_mayuscula_y_conserva_los_cr(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_bytes(TEXTO_CR.encode("utf-8"))
    resultado = lint("--corregir", "--selecciona", "TON011", archivo)
    assert resultado.exit_code == 0
    assert archivo.read_bytes().decode("utf-8") == (
        "Hola Ana:\rSu factura vence hoy.\rPague ya en la WEB.\rSI NO PAGAS, IRÁS A LA CÁRCEL."
        "\rGracias.\r")  # antes: «pague ya», como si siguiera a «hoy.» en la misma oración


def test_con_cr_sueltos_la_reescritura_no_se_come_la_linea_de_antes(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_bytes(TEXTO_CR.encode("utf-8"))
    resultado = lint("--corregir-inseguro", "--registro", "tu", "--selecciona", "TON001", archivo)
    assert resultado.exit_code == 0
    assert archivo.read_bytes().decode("utf-8") == (
        "Hola Ana:\rSu factura vence hoy.\rPAGUE YA EN LA WEB.\rSi el pago sigue pendiente, "
        "podremos iniciar las acciones legales que correspondan.\rGracias.\r")


def test_con_cr_sueltos_cada_hallazgo_dice_su_linea(lint, tmp_path):
    archivo = tmp_path / "aviso.txt"
    archivo.write_bytes(TEXTO_CR.encode("utf-8"))
    resultado = lint("--selecciona", "TON001,TON011", "--formato", "jsonl", archivo)
    lineas = {(h["regla"], h["linea"], h["columna"]) for h in map(json.loads, resultado.stdout.splitlines())}
    assert lineas == {("TON011", 3, 1), ("TON001", 4, 24)}


EML = ("From: Cobros Lumen <cobros@lumen.example>\nSubject: Factura F-1\n"
       "Content-Type: text/plain; charset=utf-8\n\nSu factura F-1 sigue pendiente. Pague ya!!!\n")


def test_un_eml_no_se_corrige_y_se_dice_por_que_en_vez_de_nada_que_corregir(lint, tmp_path):
    # Antes: «Nada que corregir automáticamente» con un '!!!' señalado en el mismo archivo.
    archivo = tmp_path / "aviso.eml"
    archivo.write_text(EML, encoding="utf-8")
    aviso = (f"Aviso: {archivo}: los .eml no se corrigen automáticamente (1 corrección "
             "posible); corrige el mensaje en su origen (o en un .txt, .md o .html) y vuelve a "
             "exportarlo\n")
    resultado = lint("--diff", "--selecciona", "TON012", archivo)
    assert resultado.stdout == ""
    assert resultado.stderr == aviso + "Nada que corregir automáticamente.\n"
    assert resultado.exit_code == 0
    resultado = lint("--corregir", "--selecciona", "TON012", archivo)
    assert archivo.read_text(encoding="utf-8") == EML
    assert resultado.stderr == aviso
    assert f"{archivo}:5:41: aviso TON012" in resultado.stdout  # el hallazgo sigue, con su línea


def test_un_eml_sin_nada_corregible_no_avisa(lint, tmp_path):
    archivo = tmp_path / "aviso.eml"
    archivo.write_text(EML.replace("!!!", "."), encoding="utf-8")
    resultado = lint("--diff", "--selecciona", "TON012", archivo)
    assert resultado.stderr == "Nada que corregir automáticamente.\n"
