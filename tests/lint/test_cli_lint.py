"""``cobro lint`` por la CLI: salida exacta, formatos, umbral --falla-en y códigos 0/1/2."""

from __future__ import annotations

import json
import os

import pytest

from generador.lint.informe import CAMPOS_JSON

AMENAZA = "Hola:\nSi no paga usted, irá a la cárcel!!\n"


@pytest.fixture
def amenaza(tmp_path):
    ruta = tmp_path / "amenaza.txt"
    ruta.write_text(AMENAZA, encoding="utf-8")
    return ruta


def test_salida_de_texto_exacta(amenaza, lint):
    resultado = lint("--selecciona", "TON001,TON012", str(amenaza))
    assert resultado.exit_code == 1
    assert resultado.stdout == (
        f"{amenaza}:2:28: error TON001 amenaza penal por una deuda civil: 'cárcel'; una deuda "
        "impagada no lleva a la cárcel [tono.amenaza.penal]\n"
        "    en su lugar: Si el pago sigue pendiente, podremos iniciar las acciones legales que "
        "correspondan.\n"
        "    en su lugar: Queremos ayudarle a resolverlo: escríbanos y buscaremos juntos una solución.\n"
        f"{amenaza}:2:34: aviso TON012 signos de exclamación repetidos: '!!' "
        "[tono.agresivo.exclamaciones]\n"
        "    en su lugar: Usa un solo signo, o ninguno: un punto basta.\n"
        "1 error, 1 aviso y 0 sugerencias en 1 archivo.\n"
    )


def test_json_versionado_con_los_campos_del_contrato(amenaza, lint):
    resultado = lint("--formato", "json", "--selecciona", "TON001", str(amenaza))
    datos = json.loads(resultado.stdout)
    assert datos["version"] == 1
    assert datos["resumen"] == {"archivos": 1, "error": 1, "aviso": 0, "sugerencia": 0}
    (hallazgo,) = datos["archivos"][0]["hallazgos"]
    assert tuple(hallazgo) == CAMPOS_JSON
    assert hallazgo == {
        "regla": "TON001", "nombre": "tono.amenaza.penal", "categoria": "tono.amenaza",
        "severidad": "error",
        "mensaje": "amenaza penal por una deuda civil: 'cárcel'; una deuda impagada no lleva a la cárcel",
        "linea": 2, "columna": 28, "fin_linea": 2, "fin_columna": 34, "texto": "cárcel",
        "sugerencias": [
            "Si el pago sigue pendiente, podremos iniciar las acciones legales que correspondan.",
            "Queremos ayudarle a resolverlo: escríbanos y buscaremos juntos una solución.",
        ],
    }


def test_json_valida_contra_su_esquema(amenaza, lint, raiz):
    import jsonschema

    esquema = json.loads((raiz / "generador" / "lint" / "esquema_json.json").read_text("utf-8"))
    resultado = lint("--formato", "json", str(amenaza))
    jsonschema.validate(json.loads(resultado.stdout), esquema)


def test_sarif_basico(amenaza, lint):
    resultado = lint("--formato", "sarif", "--selecciona", "TON001", str(amenaza))
    sarif = json.loads(resultado.stdout)
    assert sarif["version"] == "2.1.0"
    (resultado_sarif,) = sarif["runs"][0]["results"]
    assert resultado_sarif["ruleId"] == "TON001"
    assert resultado_sarif["level"] == "error"
    region = resultado_sarif["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 28, "endLine": 2, "endColumn": 34}
    assert sarif["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "TON001"


def test_anotaciones_de_github(amenaza, lint):
    resultado = lint("--formato", "github", "--selecciona", "TON012", str(amenaza))
    primera = resultado.stdout.splitlines()[0]
    assert primera == (
        f"::warning file={amenaza},line=2,col=34,endLine=2,endColumn=36,"
        "title=TON012 tono.agresivo.exclamaciones::signos de exclamación repetidos: '!!'"
        "%0Aen su lugar: Usa un solo signo, o ninguno: un punto basta."
    )


@pytest.mark.parametrize(
    ("umbral", "codigo"), [("error", 0), ("aviso", 1), ("sugerencia", 1)],
)
def test_falla_en_decide_el_codigo_de_salida(amenaza, lint, umbral, codigo):
    resultado = lint("--selecciona", "TON012", "--falla-en", umbral, str(amenaza))
    assert resultado.exit_code == codigo


def test_sin_hallazgos_sale_con_0(tmp_path, lint):
    ruta = tmp_path / "ok.txt"
    ruta.write_text("Hola.", encoding="utf-8")
    resultado = lint("--selecciona", "tono", str(ruta))
    assert (resultado.exit_code, resultado.stdout) == (0, "Sin hallazgos en 1 archivo.\n")


def test_formato_desconocido_sugiere(amenaza, lint):
    resultado = lint("--formato", "jsno", str(amenaza))
    assert resultado.exit_code == 2
    assert ("Error: --formato: el formato 'jsno' no existe; ¿quisiste decir 'json' o 'jsonl'?"
            in resultado.stderr)


def test_etapa_desconocida_sugiere(amenaza, lint):
    resultado = lint("--etapa", "ultimo-aviso", str(amenaza))
    assert resultado.exit_code == 2
    assert ("Error: --etapa: la etapa 'ultimo-aviso' no existe; ¿quisiste decir 'ultimo_aviso'?"
            in resultado.stderr)


def test_regla_desconocida_en_selecciona(amenaza, lint):
    resultado = lint("--selecciona", "TON0001", str(amenaza))
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith("Error: la regla 'TON0001' no existe; ¿quisiste decir")


def test_sin_rutas_es_error_de_uso(lint):
    resultado = lint()
    assert resultado.exit_code == 2
    assert "indica qué revisar" in resultado.stderr


def test_carpeta_sin_archivos_revisables_no_sale_con_0(tmp_path, lint):
    (tmp_path / "nota.png").write_bytes(b"x")
    resultado = lint(str(tmp_path))
    assert resultado.exit_code == 2
    assert "no se encontró ningún archivo que revisar" in resultado.stderr


def test_modo_mensaje_exige_los_datos_y_ningun_marcador(tmp_path, lint):
    ruta = tmp_path / "m.txt"
    ruta.write_text("Hola {{ nombre_cliente }}: debes {{ importe }}.", encoding="utf-8")
    plantilla = lint("--formato", "json", "--selecciona", "FAL001,FMT001", str(ruta))
    mensaje = lint("--formato", "json", "--mensaje", "--selecciona", "FAL001,FMT001", str(ruta))
    reglas = [h["regla"] for h in json.loads(plantilla.stdout)["archivos"][0]["hallazgos"]]
    assert reglas == []
    reglas = [h["regla"] for h in json.loads(mensaje.stdout)["archivos"][0]["hallazgos"]]
    assert sorted(reglas) == ["FAL001", "FMT001", "FMT001"]


def test_canal_sms_desde_la_cli(tmp_path, lint):
    ruta = tmp_path / "sms.txt"
    ruta.write_text("Viajes Altamar: su factura de 120 EUR vence mañana… Gracias.", encoding="utf-8")
    resultado = lint("--canal", "sms", "--selecciona", "FMT003", "--falla-en", "sugerencia", str(ruta))
    assert "los caracteres ñ …" not in resultado.stdout  # ñ sí está en GSM-7
    assert resultado.exit_code == 0  # UCS-2 no encarece un SMS de un segmento


def test_varios_procesos_dan_el_mismo_informe(tmp_path, cobro, monkeypatch):
    import os

    for i in range(12):
        (tmp_path / f"m{i:02d}.txt").write_text(AMENAZA if i % 3 else "Hola.", encoding="utf-8")
    bifurcaciones = []
    bifurcar = os.fork

    def contar():
        pid = bifurcar()
        if pid:
            bifurcaciones.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", contar)
    salidas = []
    for procesos in ("1", "3"):
        monkeypatch.setenv("COBRO_PROCESOS", procesos)
        salidas.append(cobro("lint", "--formato", "json", "--ignora", "ortografia", str(tmp_path)).stdout)
    assert len(bifurcaciones) == 2
    assert salidas[0] == salidas[1]


def test_color_solo_si_se_pide_o_hay_terminal(amenaza, lint):
    con = lint("--color", "--selecciona", "TON001", str(amenaza)).stdout
    sin = lint("--selecciona", "TON001", str(amenaza)).stdout
    assert "\x1b[" in con
    assert "\x1b[" not in sin


def _en_terminal(*args: str, entorno: dict[str, str]) -> str:
    """La salida de ``cobro lint`` con la salida estándar en una terminal de verdad (pty)."""
    import pty
    import subprocess
    import sys

    maestro, esclavo = pty.openpty()
    proceso = subprocess.Popen([sys.executable, "-m", "generador", "lint", *args], stdout=esclavo,
                               stderr=subprocess.DEVNULL, env={**os.environ, **entorno})
    os.close(esclavo)
    trozos = []
    while True:
        try:
            trozo = os.read(maestro, 65536)
        except OSError:  # el otro extremo se cerró: el proceso terminó
            break
        if not trozo:
            break
        trozos.append(trozo)
    proceso.wait(timeout=60)
    os.close(maestro)
    return b"".join(trozos).decode("utf-8", "replace")


def test_en_una_terminal_hay_color_salvo_con_no_color(amenaza):
    # https://no-color.org: NO_COLOR (no vacía) quita el color por defecto; --color manda.
    args = ("--selecciona", "TON001", str(amenaza))
    assert "\x1b[" in _en_terminal(*args, entorno={"NO_COLOR": ""})  # vacía: como si no estuviera
    assert "\x1b[" not in _en_terminal(*args, entorno={"NO_COLOR": "1"})
    assert "\x1b[" in _en_terminal("--color", *args, entorno={"NO_COLOR": "1"})


def test_languagetool_url_sin_gramatica_no_se_ignora(amenaza, lint):
    resultado = lint("--languagetool-url", "http://localhost:8081", str(amenaza))
    assert resultado.exit_code == 2
    assert ("Error: --languagetool-url solo se usa con --gramatica (la revisión gramatical); "
            "añade --gramatica o quita la URL") in resultado.stderr


@pytest.mark.timeout(60)
def test_entrada_estandar_en_una_terminal_dice_como_terminar(tmp_path):
    """``cobro lint -`` sin tubería espera lo que se escriba: lo dice, en vez de parecer colgado."""
    import os
    import pty
    import subprocess
    import sys
    from pathlib import Path

    raiz = Path(__file__).resolve().parents[2]
    maestro, esclavo = pty.openpty()
    proceso = subprocess.Popen([sys.executable, "-m", "generador", "lint", "-", "--selecciona",
                                "TON001"], stdin=esclavo, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=tmp_path,
                               env={**os.environ, "PYTHONPATH": str(raiz), "COBRO_PROCESOS": "1"})
    os.close(esclavo)
    os.write(maestro, "Irá a la cárcel.\n".encode() + b"\x04")
    salida, errores = proceso.communicate(timeout=50)
    os.close(maestro)
    assert errores.decode().startswith(
        "cobro lint: escribe o pega el mensaje y termina con Ctrl-D en una línea nueva (o pásalo "
        "por una tubería: cat mensaje.txt | cobro lint -)\n")
    assert "<stdin>:1:" in salida.decode() and "TON001" in salida.decode()


@pytest.mark.parametrize("opcion", ["--selecciona", "--ignora"])
def test_una_lista_de_reglas_vacia_no_es_todas(amenaza, lint, opcion):
    resultado = lint(opcion, ",", str(amenaza))
    assert resultado.exit_code == 2
    assert (f"Error: {opcion} está vacío; indica códigos o nombres de reglas separados por comas "
            "(p. ej. TON001,formato.sms) o quita la opción") in resultado.stderr
