"""Lo que cobro lint sabe leer: plantillas, .txt, .md, .html, .eml, stdin, carpetas y globs.

Y lo que rechaza con un mensaje claro: binarios, archivos que no son UTF-8 y archivos
enormes (sin leerlos enteros en memoria).
"""

from __future__ import annotations

import json
import textwrap

from generador.lint import entrada

BUENO = (
    "Hola, Ana:\n\nTe recordamos que la factura F-2026-0042, de 120,00 €, vence el 5 de marzo.\n"
    "Puedes pagarla por transferencia o con Bizum. Si tienes dudas, llámanos al 910 123 456.\n\n"
    "Un saludo,\nViajes Altamar\n"
)


def _json(resultado) -> dict:
    return json.loads(resultado.stdout)


def _reglas(resultado) -> list[tuple[str, int, int]]:
    return [
        (h["regla"], h["linea"], h["columna"])
        for a in _json(resultado)["archivos"] for h in a["hallazgos"]
    ]


def test_plantilla_con_front_matter_usa_sus_metadatos(tmp_path, lint):
    ruta = tmp_path / "p.txt"
    ruta.write_text(textwrap.dedent("""\
        ---
        id: turismo-recordatorio_amistoso-email-tu
        tipo: recordatorio_amistoso
        etapa: primer_recordatorio
        canal: email
        registro: tu
        asunto: "Tu factura {{ referencia }} vence el {{ fecha_vencimiento }}"
        ---
        Hola, {{ nombre_cliente }}:

        Te recordamos que la factura {{ referencia }}, de {{ importe }}, vence el {{ fecha_vencimiento }}.
        Puedes pagarla en {{ enlace_pago }}. Si ya la has pagado, gracias.
        Si tienes cualquier duda, escríbenos a {{ email_contacto }}.

        Un saludo,
        {{ remitente }}, {{ empresa }}
        """), encoding="utf-8")
    resultado = lint("--formato", "json", "--falla-en", "sugerencia", "--ignora", "ortografia", str(ruta))
    assert resultado.exit_code == 0, resultado.stdout
    assert _reglas(resultado) == []


def test_la_etapa_del_front_matter_decide_la_consecuencia_prematura(tmp_path, lint):
    cuerpo = "Si no pagas, iniciaremos acciones legales."
    for etapa, esperado in (("primer_recordatorio", ["TON010"]), ("reclamacion_formal", [])):
        ruta = tmp_path / f"{etapa}.txt"
        ruta.write_text(f"---\netapa: {etapa}\n---\n{cuerpo}\n", encoding="utf-8")
        resultado = lint("--formato", "json", "--selecciona", "TON010", str(ruta))
        assert [r for r, _, _ in _reglas(resultado)] == esperado
        if esperado:
            assert _reglas(resultado) == [("TON010", 4, 26)]


def test_un_valor_desconocido_en_el_front_matter_es_error_de_entrada(tmp_path, lint):
    ruta = tmp_path / "p.txt"
    ruta.write_text("---\ncanal: emial\n---\nHola.\n", encoding="utf-8")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert f"Error: {ruta}:2: canal: 'emial' no existe; ¿quisiste decir 'email'?" in resultado.stderr


def test_todos_los_valores_desconocidos_del_front_matter_se_dicen_de_una_vez(tmp_path, lint):
    # Antes solo el primero (canal): corregido, aparecía la etapa, y luego el registro.
    ruta = tmp_path / "p.md"
    ruta.write_text("---\ncanal: emial\netapa: primer_recordatorio\nregistro: vos\n"
                    "audiencia: b2x\n---\nHola.\n", encoding="utf-8")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {ruta}:2: canal: 'emial' no existe; ¿quisiste decir 'email'? También en el "
        "front matter: línea 4: registro: 'vos' no existe; valores posibles: tu, usted; "
        "línea 5: audiencia: 'b2x' no existe; ¿quisiste decir 'b2c' o 'b2b'?\n")


def test_front_matter_roto(tmp_path, lint):
    ruta = tmp_path / "p.txt"
    ruta.write_text("---\ncanal: [email\n---\nHola.\n", encoding="utf-8")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert f"Error: {ruta}:" in resultado.stderr and "front matter" in resultado.stderr


def test_html_sin_etiquetas_y_con_posiciones_reales(tmp_path, lint):
    ruta = tmp_path / "m.html"
    ruta.write_text(
        '<html><head><style>.carcel{}</style></head><body>\n'
        '<p class="carcel">Hola: irá a la <b>cárcel</b>.</p>\n</body></html>\n',
        encoding="utf-8",
    )
    resultado = lint("--formato", "json", "--selecciona", "TON001", str(ruta))
    assert _reglas(resultado) == [("TON001", 2, 37)]


def test_html_con_php_en_un_atributo_no_pierde_el_texto_que_sigue(tmp_path, lint):
    # «?>» dentro de href no cierra la etiqueta <a>: antes quedaba «">» suelto y la
    # etiqueta se comía el texto; el texto entre bloques PHP se revisa en su sitio
    ruta = tmp_path / "m.html"
    ruta.write_text(
        '<p>Pague en <a href="<?php echo $url; ?>">este enlace</a>.</p>\n'
        '<?php if ($dias > 30): ?><p>Irá a la cárcel.</p><?php endif; ?>\n',
        encoding="utf-8",
    )
    from generador.lint.entrada import leer

    assert "Pague en este enlace." in leer(str(ruta)).texto
    resultado = lint("--formato", "json", "--selecciona", "TON001", str(ruta))
    assert _reglas(resultado) == [("TON001", 2, 38)]


def test_html_la_declaracion_doctype_no_es_texto_del_mensaje(tmp_path, lint):
    # «<!DOCTYPE html>» no se ve en el navegador: no debe llegar a la ortografía («html»)
    ruta = tmp_path / "m.html"
    ruta.write_text(
        "<!DOCTYPE html>\n<html><body><p>Hola: su factura vence el lunes.</p></body></html>\n",
        encoding="utf-8",
    )
    from generador.lint.entrada import leer

    texto = leer(str(ruta)).texto
    assert "DOCTYPE" not in texto and "html" not in texto
    assert "Hola: su factura vence el lunes." in texto


def test_html_con_entidades(tmp_path, lint):
    ruta = tmp_path / "m.htm"
    ruta.write_text("<p>Ir&aacute; a la c&aacute;rcel.</p>", encoding="utf-8")
    resultado = lint("--formato", "json", "--selecciona", "TON001", str(ruta))
    hallazgo = _json(resultado)["archivos"][0]["hallazgos"][0]
    assert hallazgo["texto"] == "cárcel"


def test_eml_asunto_de_la_cabecera_y_partes_texto_y_html(tmp_path, lint):
    ruta = tmp_path / "m.eml"
    ruta.write_text(textwrap.dedent("""\
        From: cobros@ejemplo.es
        To: ana@ejemplo.es
        Subject: =?utf-8?q?Factura_F-2026-0042?=
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="XX"

        --XX
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        Hola, Ana: le denunciaremos.
        --XX
        Content-Type: text/html; charset=utf-8

        <p>Hola, Ana: avisaremos a su jefe.</p>
        --XX--
        """), encoding="utf-8")
    resultado = lint("--formato", "json", "--selecciona", "TON003,FAL007", str(ruta))
    assert _reglas(resultado) == [("TON003", 15, 15)]


def test_eml_con_crlf_y_quoted_printable_apunta_al_cuerpo(tmp_path, lint):
    """Con saltos CRLF (los de RFC 5322, los que escribe cobro combinar --formato eml) y el
    cuerpo en quoted-printable, un hallazgo del cuerpo apunta a la primera línea del cuerpo,
    no a la 1:1 de las cabeceras."""
    ruta = tmp_path / "m.eml"
    ruta.write_bytes(
        b"Subject: Factura F-2026-0042\r\nFrom: cobros@ejemplo.es\r\nTo: ana@ejemplo.es\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Hola, Ana: le denunciaremos ante el juzgado si no paga esta factura ya mism=\r\n"
        b"o, ir=C3=A1 a la c=C3=A1rcel.\r\n")
    resultado = lint("--formato", "json", "--selecciona", "TON001,TON003", str(ruta))
    assert {(h[1], h[2]) for h in _reglas(resultado)} == {(8, 1)}  # antes, (1, 1)


def test_stdin(lint):
    resultado = lint("--formato", "json", "--selecciona", "TON001", "-",
                     entrada="Hola.\nIrá a la cárcel.\n")
    assert _json(resultado)["archivos"][0]["ruta"] == "<stdin>"
    assert _reglas(resultado) == [("TON001", 2, 10)]


def test_carpetas_recursivas_y_globs(tmp_path, lint):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "uno.txt").write_text(BUENO, encoding="utf-8")
    (tmp_path / "a" / "b" / "dos.md").write_text(BUENO, encoding="utf-8")
    (tmp_path / "a" / "b" / "imagen.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "a" / ".oculta").mkdir()
    (tmp_path / "a" / ".oculta" / "tres.txt").write_text(BUENO, encoding="utf-8")
    rutas, _ = entrada.expandir([str(tmp_path / "a")])
    assert [r.removeprefix(str(tmp_path)) for r in rutas] == ["/a/uno.txt", "/a/b/dos.md"]
    rutas, _ = entrada.expandir([str(tmp_path / "**" / "*.md")])
    assert [r.removeprefix(str(tmp_path)) for r in rutas] == ["/a/b/dos.md"]
    resultado = lint("--ignora", "ortografia", str(tmp_path / "a"))
    assert resultado.exit_code == 0, resultado.stdout
    assert resultado.stdout == "Sin hallazgos en 2 archivos.\n"


def test_ruta_inexistente_es_error_2(tmp_path, lint):
    resultado = lint(str(tmp_path / "no.txt"))
    assert resultado.exit_code == 2
    assert resultado.stderr == f"Error: {tmp_path / 'no.txt'}: no existe ese archivo ni carpeta\n"


def test_binario_mensaje_claro(tmp_path, lint):
    ruta = tmp_path / "foto.txt"
    ruta.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {ruta}: es un archivo binario, no texto; cobro lint revisa texto UTF-8, "
        "Markdown, HTML, .eml o plantillas\n"
    )
    assert "Traceback" not in resultado.output


def test_no_utf8_dice_donde_y_como_arreglarlo(tmp_path, lint):
    ruta = tmp_path / "latin1.txt"
    ruta.write_bytes("Hola,\nsu factura está pendiente.".encode("latin-1"))
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {ruta}:2: no está en UTF-8 (byte 0xE1 en la línea 2, columna 15); "
        "guárdalo como UTF-8, p. ej. 'iconv -f windows-1252 -t utf-8 archivo > nuevo'\n"
    )


def test_un_archivo_de_50_mb_se_rechaza_sin_leerlo(tmp_path, lint):
    import tracemalloc

    ruta = tmp_path / "enorme.txt"
    with open(ruta, "wb") as archivo:  # disperso: no ocupa disco
        archivo.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    resultado = lint(str(ruta))
    _, pico = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {ruta}: pesa 50,0 MB y cobro lint revisa mensajes de hasta 1 MB; "
        "no parece un mensaje: exclúyelo o divídelo en mensajes\n"
    )
    assert pico < 20 * 1024 * 1024


def test_stdin_enorme_se_corta_en_el_limite(lint, monkeypatch):
    monkeypatch.setattr(entrada, "LIMITE_BYTES", 1000)
    resultado = lint("-", entrada="a" * 5000)
    assert resultado.exit_code == 2
    assert "supera el límite" in resultado.stderr


def test_los_demas_archivos_se_revisan_aunque_uno_falle(tmp_path, lint):
    (tmp_path / "bueno.txt").write_text("Irá a la cárcel.", encoding="utf-8")
    (tmp_path / "malo.txt").write_bytes(b"\xff\xfe\x00")
    resultado = lint("--selecciona", "TON001", str(tmp_path))
    assert resultado.exit_code == 2
    assert "bueno.txt:1:10: error TON001" in resultado.stdout
    assert "malo.txt: es un archivo binario" in resultado.stderr


def test_un_tipo_de_otro_arbol_en_el_front_matter_recuerda_specs(tmp_path, lint):
    # lo generado con un árbol propio (un tipo añadido en YAML) y revisado sin --specs
    ruta = tmp_path / "p.txt"
    ruta.write_text("---\ntipo: aviso_cambio_cuenta\n---\nHola.\n", encoding="utf-8")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {ruta}:2: tipo: 'aviso_cambio_cuenta' no existe; ¿quisiste decir "
        "'aviso_vencimiento'? (si el tipo está en tu árbol de especificaciones, pasa --specs "
        "CARPETA o ejecuta cobro dentro de esa carpeta)\n")
