"""``cobro lint`` ante entradas hostiles: error claro con archivo y línea y salida 2 (nunca
1, que significa «hallazgos»), sin trazas y sin cuelgues."""

from __future__ import annotations

import pytest

from generador.errores import ruta_desde_aqui
from generador.lint import entrada

NO_SE_PUDO = "Sin hallazgos en 0 archivos; 1 archivo no se pudo revisar (el motivo, debajo).\n"
MENSAJE = "Hola, Ana: le recordamos que la factura F-1 de 120 € vence el 5 de marzo.\n"


def _lint(cobro, *args):
    return cobro("lint", "--sin-color", *[str(a) for a in args])


def _codigos(salida_json: str) -> list[tuple[str, int]]:
    import json

    return [(h["regla"], h["linea"]) for a in json.loads(salida_json)["archivos"]
            for h in a["hallazgos"]]


def _escribir(tmp_path, nombre, contenido: str | bytes):
    ruta = tmp_path / nombre
    if isinstance(contenido, bytes):
        ruta.write_bytes(contenido)
    else:
        ruta.write_text(contenido, encoding="utf-8")
    return ruta


# --- front matter -------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("front_matter", "linea", "problema"),
    [
        ("x: " + "[" * 800 + "]" * 800, 2, "en la columna 67: está anidado a más de 64 niveles; una "
                                           "especificación, "
         "un front matter o una regla no necesitan tantos: simplifica la estructura"),
        ("x: " + "[" * 100_000 + "]" * 100_000, 2, "en la columna 67: está anidado a más de 64 "
         "niveles; una especificación, un front matter o una regla no necesitan tantos: simplifica "
         "la estructura"),
        ("canal: email\nfecha: 2026-02-31", 3, "en la columna 8: '2026-02-31' no es una fecha que "
                                               "exista; escribe "
         "una fecha real (AAAA-MM-DD) o, si es un texto, ponlo entre comillas"),
        ("x: !!int abc", 2, "en la columna 4: 'abc' no es un valor válido para !!int; corrige el "
                            "valor o quita la "
         "etiqueta"),
        ("x: !!bool maybe", 2, "en la columna 4: 'maybe' no es un valor válido para !!bool; corrige "
                               "el valor o "
         "quita la etiqueta"),
        ("canal: email\ncanal: sms", 3, "en la columna 1: la clave 'canal' está repetida"),
        ("a: &a [1]\nb: [" + ", ".join(["*a"] * 101) + "]", 3, "en la columna 405: tiene más de 100 alias "
         "(*nombre); escribe los valores sin alias"),
    ],
    ids=["anidado-800", "anidado-100000", "fecha-imposible", "int-abc", "bool-maybe",
         "clave-repetida", "alias"],
)
def test_front_matter_invalido(cobro, tmp_path, front_matter, linea, problema):
    ruta = _escribir(tmp_path, "plantilla.md", f"---\n{front_matter}\n---\n{MENSAJE}")
    r = _lint(cobro, ruta)
    assert r.exit_code == 2
    assert r.stdout == NO_SE_PUDO
    assert r.stderr == f"Error: {ruta}:{linea}: front matter no válido {problema}\n"


# --- codificación y tamaño ------------------------------------------------------------


@pytest.mark.parametrize("codificacion", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_texto_con_bom_se_lee_como_su_version_utf8(cobro, tmp_path, codificacion):
    utf8 = _escribir(tmp_path, "utf8.txt", MENSAJE)
    otra = tmp_path / f"{codificacion}.txt"
    datos = MENSAJE.encode(codificacion)
    if codificacion == "utf-16-be":
        datos = b"\xfe\xff" + datos
    otra.write_bytes(datos)
    esperado = _lint(cobro, "--formato", "json", utf8)
    obtenido = _lint(cobro, "--formato", "json", otra)
    assert obtenido.exit_code == esperado.exit_code == 1
    assert obtenido.stdout.replace(str(otra), "X") == esperado.stdout.replace(str(utf8), "X")


def test_un_nul_despues_de_8kb_es_binario(cobro, tmp_path):
    ruta = _escribir(tmp_path, "mensaje.txt", MENSAJE.encode() * 200 + b"\x00fin")
    r = _lint(cobro, ruta)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {ruta}: es un archivo binario, no texto; cobro lint revisa "
                        "texto UTF-8, Markdown, HTML, .eml o plantillas\n")


@pytest.mark.timeout(30)
def test_un_eml_con_miles_de_partes_anidadas(cobro, tmp_path):
    cabecera = "From: a@b.es\nTo: c@d.es\nSubject: Recordatorio\nMIME-Version: 1.0\n"
    partes = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
                     for i in range(3000))
    cierre = "".join(f"--b{i}--\n" for i in reversed(range(3000)))
    ruta = _escribir(tmp_path, "anidado.eml", cabecera + partes
                     + "Content-Type: text/plain\n\n" + MENSAJE + cierre)
    r = _lint(cobro, ruta)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {ruta}: tiene 3000 bloques multipart (el límite es 50); un "
                        "correo de cobro tiene dos o tres: guarda solo el mensaje (texto y HTML) "
                        "y revísalo\n")


@pytest.mark.timeout(60)
def test_un_token_de_1_mb_se_revisa_sin_cuelgue(cobro, tmp_path):
    ruta = _escribir(tmp_path, "token.txt", "a" * 1_000_000)
    r = _lint(cobro, "--formato", "json", "--selecciona", "ORT001,FAL001", ruta)
    assert r.exit_code == 1
    # el token no es una palabra: no se revisa su ortografía; solo falta el importe
    assert [c for c, _ in _codigos(r.stdout)] == ["FAL001"]


@pytest.mark.timeout(60)
def test_un_bloque_base64_pegado_no_tarda(cobro, tmp_path):
    import base64
    import random

    bloque = base64.b64encode(random.Random(9).randbytes(15_000)).decode()
    ruta = _escribir(tmp_path, "mensaje.txt", f"{MENSAJE}\n{bloque}\n")
    r = _lint(cobro, "--formato", "json", "--selecciona", "ORT001", ruta)
    assert r.exit_code == 0  # ORT001 es un aviso
    # el mensaje está bien escrito: solo se señalan trozos del bloque (línea 3)
    assert {linea for _, linea in _codigos(r.stdout)} <= {3}


def test_un_archivo_de_5_mb_dice_que_hacer(cobro, tmp_path):
    ruta = _escribir(tmp_path, "prosa.txt", MENSAJE * 70_000)
    r = _lint(cobro, ruta)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {ruta}: pesa 5,1 MB y cobro lint revisa mensajes de hasta 1 MB; "
                        "no parece un mensaje: exclúyelo o divídelo en mensajes\n")


# --- rutas --------------------------------------------------------------------------


def test_ruta_vacia_no_revisa_la_carpeta_actual(cobro, tmp_path, monkeypatch):
    _escribir(tmp_path, "otro.txt", MENSAJE)
    monkeypatch.chdir(tmp_path)
    r = _lint(cobro, "")
    assert r.exit_code == 2
    assert r.stdout == NO_SE_PUDO
    assert r.stderr == ("Error: '': ruta vacía; indica un archivo, una carpeta, un glob o '-' "
                        "(para revisar la carpeta actual, escribe '.')\n")


def test_ruta_de_6_kb(cobro):
    r = _lint(cobro, "a" * 6000)
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {'a' * 120}… (6000 caracteres): no se puede abrir: el nombre es "
                        "demasiado largo para el sistema de archivos\n")


# --- configuración --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("archivo", "contenido", "error"),
    [
        ("cobro.toml", 'vocabulario = ["ca\xf1a"]\n'.encode("latin-1"),
         "{ruta}:1: no está en UTF-8 (byte 0xF1 en la línea 1, columna 19); guárdalo como UTF-8, "
         "p. ej. 'iconv -f windows-1252 -t utf-8 archivo > nuevo'"),
        ("cobro.toml", ("x = " + "[" * 5000 + "]" * 5000 + "\n").encode(),
         "{ruta}:1: TOML no válido: listas o tablas anidadas a más de 32 niveles; corrige el "
         "archivo de configuración"),
        ("pyproject.toml", b"tool = 5\n",
         "{ruta}: 'tool' debe ser una tabla ([tool]), no un valor; corrige el archivo"),
        ("cobro.toml", b'reglas = ["tono"\nignorar = 1\n',
         "{ruta}:2: TOML no válido: una lista '[' no se cierra; corrige el archivo de "
         "configuración"),
    ],
    ids=["no-utf8", "anidado", "tool-no-tabla", "sintaxis"],
)
def test_configuracion_rota(cobro, tmp_path, archivo, contenido, error):
    config = _escribir(tmp_path, archivo, contenido)
    ruta = _escribir(tmp_path, "m.txt", MENSAJE)
    r = _lint(cobro, ruta)
    assert r.exit_code == 2
    assert r.stderr == "Error: " + error.format(ruta=ruta_desde_aqui(config)) + "\n"


@pytest.mark.timeout(60)
def test_ignorar_con_100000_entradas(cobro, tmp_path):
    lista = ", ".join(['"TON001"', '"formato"', '"FAL"'] * 34_000)
    _escribir(tmp_path, "cobro.toml", f"ignorar = [{lista}]\n")
    ruta = _escribir(tmp_path, "m.txt", MENSAJE)
    r = _lint(cobro, "--formato", "json", ruta)
    assert r.exit_code in (0, 1)
    assert not {c[:3] for c, _ in _codigos(r.stdout)} & {"FAL", "FMT", "TON001"}


# --- reglas propias -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaml", "linea", "problema"),
    [
        ("reglas:\n  - codigo: PRO001\n    fecha: 2026-02-31\n", 3,
         "YAML no válido en la columna 12: '2026-02-31' no es una fecha que exista; escribe una "
         "fecha real "
         "(AAAA-MM-DD) o, si es un texto, ponlo entre comillas"),
        ("reglas:\n  - codigo: !!int abc\n", 2,
         "YAML no válido en la columna 13: 'abc' no es un valor válido para !!int; corrige el valor "
         "o quita la "
         "etiqueta"),
        ("reglas:\n  - codigo: PRO001\n    codigo: PRO002\n", 3,
         "YAML no válido en la columna 5: la clave 'codigo' está repetida"),
        ("reglas: " + "[" * 5000 + "]" * 5000 + "\n", 1,
         "YAML no válido en la columna 72: está anidado a más de 64 niveles; una especificación, "
         "un front matter "
         "o una regla no necesitan tantos: simplifica la estructura"),
    ],
    ids=["fecha", "int", "repetida", "anidada"],
)
def test_reglas_propias_rotas(cobro, tmp_path, yaml, linea, problema):
    reglas = _escribir(tmp_path, "propias.yml", yaml)
    ruta = _escribir(tmp_path, "m.txt", MENSAJE)
    r = _lint(cobro, "--reglas-propias", reglas, ruta)
    assert r.exit_code == 2
    assert f"{reglas}:{linea}: {problema}" in r.stderr


# --- interrupción ---------------------------------------------------------------------


def test_ctrl_c_sale_con_130_en_espanol(cobro, tmp_path, monkeypatch):
    def interrumpir(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(entrada, "leer", interrumpir)  # a mitad de la revisión
    r = _lint(cobro, _escribir(tmp_path, "m.txt", MENSAJE))
    assert r.exit_code == 130
    assert r.stderr == ("\nInterrumpido (Ctrl-C): la revisión se detuvo antes de terminar (el "
                        "informe queda incompleto). No se ha cambiado ningún archivo tuyo.\n")


def test_ctrl_c_al_corregir_dice_que_lo_corregido_queda_entero(cobro, tmp_path, monkeypatch):
    from generador.lint import corregir

    def interrumpir(*_args, **_kwargs):
        raise KeyboardInterrupt

    ruta = _escribir(tmp_path, "m.txt", MENSAJE + "\nPAGUE YA!!!\n")
    monkeypatch.setattr(corregir, "corregir_documento", interrumpir)
    r = _lint(cobro, "--corregir", ruta)
    assert r.exit_code == 130
    assert r.stderr == ("\nInterrumpido (Ctrl-C): la revisión se detuvo antes de terminar. Los "
                        "archivos ya corregidos quedaron corregidos enteros (cada uno se escribe "
                        "de una vez) y los demás siguen como estaban; vuelve a ejecutar la orden "
                        "para terminar.\n")
    assert ruta.read_text(encoding="utf-8") == MENSAJE + "\nPAGUE YA!!!\n"


def test_ctrl_c_con_linea_base_no_la_crea(cobro, tmp_path, monkeypatch):
    def interrumpir(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(entrada, "leer", interrumpir)
    base = tmp_path / "base.json"
    r = _lint(cobro, "--linea-base", base, _escribir(tmp_path, "m.txt", MENSAJE))
    assert r.exit_code == 130
    assert r.stderr.endswith("No se ha cambiado ningún archivo tuyo ni la línea base.\n")
    assert not base.exists()


def test_un_arbol_hostil_en_la_carpeta_actual_no_tumba_el_linter(cobro, tmp_path, monkeypatch):
    # lint lee el modelo (tipos, etapas) del árbol del directorio actual; con el cargador
    # en C sin límite, 100.000 '[' eran un «segmentation fault» que mataba el proceso.
    (tmp_path / "mensajes" / "tipos").mkdir(parents=True)
    (tmp_path / "sectores").mkdir()
    (tmp_path / "mensajes" / "tipos" / "x.yml").write_text("nombre: " + "[" * 100_000)
    (tmp_path / "mensajes" / "etapas.yml").write_text("etapas: {a: 2026-02-31}\n")
    ruta = _escribir(tmp_path, "m.txt", MENSAJE)
    monkeypatch.chdir(tmp_path)
    r = _lint(cobro, "--tipo", "propio", ruta)
    assert r.exit_code == 2
    assert ("mensajes/etapas.yml:1: YAML no válido en la columna 13: '2026-02-31' no es una "
            "fecha que exista; escribe una fecha real (AAAA-MM-DD) o, si es un texto, ponlo entre comillas\n"
            in r.stderr)
    assert ("mensajes/tipos/x.yml:1: YAML no válido en la columna 72: está anidado a más de 64 niveles; una "
            "especificación, un front matter o una regla no necesitan tantos: simplifica la "
            "estructura\n" in r.stderr)
    assert "mensajes/variables.yml: no se pudo leer: no existe\n" in r.stderr


def test_linea_base_anidada(cobro, tmp_path):
    base = _escribir(tmp_path, "base.json", "[" * 100_000)
    r = _lint(cobro, "--linea-base", base, _escribir(tmp_path, "m.txt", MENSAJE))
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {base}: la línea base no es JSON válido (anidado en exceso); "
                        "bórrala y créala de nuevo con --linea-base\n")


@pytest.mark.parametrize(("contenido", "detalle"), [
    ('{"version": 1,\n "hallazgos": [],}', "línea 2, columna 18: se esperaba un nombre entre "
                                           "comillas dobles (¿sobra una coma?)"),
    ('{"version" 1}', "línea 1, columna 12: faltan los dos puntos después de un nombre"),
    ('{"version": 1} y más', "línea 1, columna 16: sobra texto después del documento"),
    ("\ufeff{}".encode("utf-16"), "no está en UTF-8"),
])
def test_linea_base_rota_dice_donde_en_espanol(cobro, tmp_path, contenido, detalle):
    base = tmp_path / "base.json"
    if isinstance(contenido, bytes):
        base.write_bytes(contenido)
    else:
        base.write_text(contenido, encoding="utf-8")
    r = _lint(cobro, "--linea-base", base, _escribir(tmp_path, "m.txt", MENSAJE))
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {base}: la línea base no es JSON válido ({detalle}); "
                        "bórrala y créala de nuevo con --linea-base\n")


# --- por un proceso real: Ctrl-C y tubería cerrada ----------------------------------------


def _proceso(*args, **kwargs):
    import os
    import subprocess
    import sys
    from pathlib import Path

    raiz = Path(__file__).resolve().parents[2]
    entorno = {**os.environ, "PYTHONPATH": str(raiz)}
    return subprocess.Popen([sys.executable, "-m", "generador", *map(str, args)], env=entorno,
                            stderr=subprocess.PIPE, **kwargs)


@pytest.mark.timeout(60)
def test_ctrl_c_en_un_proceso_real(tmp_path):
    import signal
    import subprocess
    import time

    proceso = _proceso("lint", "-", stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    time.sleep(3)  # arrancado y esperando la entrada estándar
    proceso.send_signal(signal.SIGINT)
    _, stderr = proceso.communicate(timeout=30)
    assert proceso.returncode == 130
    assert "Interrumpido (Ctrl-C)" in stderr.decode()
    assert "Traceback" not in stderr.decode() and "Aborted" not in stderr.decode()


@pytest.mark.timeout(60)
def test_tuberia_cerrada_no_es_un_error(tmp_path):
    import subprocess

    ruta = _escribir(tmp_path, "m.txt", "Irá a la cárcel. " * 2000)
    proceso = _proceso("lint", "--sin-color", ruta, stdout=subprocess.PIPE)
    proceso.stdout.readline()
    proceso.stdout.close()  # como 'cobro lint ... | head -1'
    _, stderr = proceso.communicate(timeout=30)
    assert "Traceback" not in stderr.decode()
    assert proceso.returncode in (0, 1)


@pytest.mark.timeout(30)
def test_una_tuberia_con_nombre_en_la_carpeta_no_cuelga(cobro, tmp_path):
    import os

    os.mkfifo(tmp_path / "cola.txt")
    _escribir(tmp_path, "m.txt", MENSAJE)
    r = _lint(cobro, "--formato", "json", tmp_path)
    import json

    assert [a["ruta"] for a in json.loads(r.stdout)["archivos"]] == [str(tmp_path / "m.txt")]


def test_el_resumen_remite_a_los_errores_que_se_escriben_despues(tmp_path):
    """En un terminal, el resumen sale antes que los errores de los archivos que no se
    pudieron leer: los señala «debajo», donde están, y no «arriba»."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    binario = tmp_path / "b.txt"
    binario.write_bytes(b"Hola\x00")
    raiz = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-m", "generador", "lint", str(binario)], text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env={**os.environ, "PYTHONPATH": str(raiz)}, check=False)
    resumen = "Sin hallazgos en 0 archivos; 1 archivo no se pudo revisar (el motivo, debajo).\n"
    assert r.returncode == 2
    assert r.stdout.index(resumen) < r.stdout.index(f"Error: {binario}: es un archivo binario")
