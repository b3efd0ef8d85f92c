"""generador.lint.gramatica contra un servidor local que habla la API /v2 de LanguageTool."""

from __future__ import annotations

import socket
import time

import pytest

from generador.errores import ErrorCobro
from generador.lint import gramatica
from generador.lint.coincidencia import Coincidencia
from generador.lint.gramatica import normalizar_url, revisar_gramatica

from .servidor_languagetool import servidor_languagetool


@pytest.fixture(autouse=True)
def _sin_herramientas_abiertas():
    gramatica.cerrar()
    yield
    gramatica.cerrar()


def _puerto_cerrado() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_el_texto_viaja_y_las_coincidencias_se_traducen():
    texto = "Le escribimos para recordarle el pago de de la factura. Vaya a el portal."
    with servidor_languagetool() as lt:
        coincidencias = revisar_gramatica(texto, lt.url)
        peticiones = [p for p in lt.peticiones if p["ruta"] == "/v2/check"]

    assert len(peticiones) == 1
    assert peticiones[0]["text"] == texto
    assert peticiones[0]["language"] == "es"
    assert coincidencias == [
        Coincidencia(
            inicio=texto.index("de de"),
            fin=texto.index("de de") + len("de de"),
            mensaje="Posible error tipográfico: «de» está repetida.",
            sugerencias=("de",),
            regla_externa="PRUEBA_PALABRA_REPETIDA",
        ),
        Coincidencia(
            inicio=texto.index("a el"),
            fin=texto.index("a el") + len("a el"),
            mensaje="Se escribe la contracción «al» en lugar de «a el».",
            sugerencias=("al",),
            regla_externa="PRUEBA_CONTRACCION_AL",
        ),
    ]
    for c in coincidencias:
        assert texto[c.inicio : c.fin] in {"de de", "a el"}


def test_desplazamientos_con_emojis_y_acentos():
    # LanguageTool cuenta en UTF-16: un emoji ocupa dos unidades. Los desplazamientos que
    # devolvemos son índices del texto de Python.
    texto = "Gracias 🙏🏽 por su pago 💶. Vaya a el área de clientes 🙂 a el final."
    with servidor_languagetool() as lt:
        coincidencias = revisar_gramatica(texto, lt.url)
    assert [texto[c.inicio : c.fin] for c in coincidencias] == ["a el", "a el"]
    assert [c.inicio for c in coincidencias] == [
        texto.index("a el"), texto.rindex("a el"),
    ]


def test_texto_sin_errores_y_texto_vacio():
    with servidor_languagetool() as lt:
        assert revisar_gramatica("Gracias por su pago puntual.", lt.url) == []
        assert revisar_gramatica("   \n", lt.url) == []
        # El texto vacío no se envía.
        assert sum(p["ruta"] == "/v2/check" for p in lt.peticiones) == 1


@pytest.mark.parametrize("sufijo", ["", "/", "/v2", "/v2/"])
def test_formas_de_escribir_la_url(sufijo):
    with servidor_languagetool() as lt:
        coincidencias = revisar_gramatica("Vaya a el portal.", lt.url + sufijo)
        assert {p["ruta"] for p in lt.peticiones} <= {"/v2/languages", "/v2/check"}
    assert [c.regla_externa for c in coincidencias] == ["PRUEBA_CONTRACCION_AL"]


def test_normalizar_url():
    assert normalizar_url("localhost:8081") == "http://localhost:8081/"
    assert normalizar_url("https://lt.ejemplo.es/v2/") == "https://lt.ejemplo.es/"
    assert normalizar_url("http://h:1/lt") == "http://h:1/lt/"


def test_la_herramienta_se_reutiliza_entre_llamadas():
    with servidor_languagetool() as lt:
        for _ in range(3):
            revisar_gramatica("Vaya a el portal.", lt.url)
        rutas = [p["ruta"] for p in lt.peticiones]
    assert rutas.count("/v2/languages") == 1
    assert rutas.count("/v2/check") == 3


def test_url_inalcanzable_da_error_cobro_rapido():
    url = f"http://127.0.0.1:{_puerto_cerrado()}"
    inicio = time.monotonic()
    with pytest.raises(ErrorCobro) as exc:
        revisar_gramatica("Vaya a el portal.", url, tiempo_max=5)
    assert time.monotonic() - inicio < 3
    mensaje = str(exc.value)
    assert exc.value.codigo_salida == 2
    assert mensaje.startswith(
        f"No se pudo revisar la gramática: el servidor de LanguageTool en {url} no respondió"
    )
    assert "COBRO_LANGUAGETOOL_URL" in mensaje
    assert "languagetool_url" in mensaje
    assert "--languagetool-url" in mensaje
    # Un servidor remoto que no contesta no tiene nada que ver con Java.
    assert "Java" not in mensaje
    assert "Traceback" not in mensaje


def test_servidor_lento_se_abandona_al_vencer_el_plazo():
    with servidor_languagetool(retraso=30) as lt:
        inicio = time.monotonic()
        with pytest.raises(ErrorCobro) as exc:
            revisar_gramatica("Vaya a el portal.", lt.url, tiempo_max=0.5)
        transcurrido = time.monotonic() - inicio
    assert transcurrido < 2.5
    assert "no respondió" in str(exc.value)


def _simular_maquina(monkeypatch, tmp_path, java: bool, jar: bool):
    """Fija lo que el diagnóstico local ve: Java en el PATH y el jar descargado."""
    carpeta = tmp_path / "language_tool_python"
    ruta_jar = carpeta / "LanguageTool-6.8" / "languagetool-server.jar"
    monkeypatch.setattr(gramatica, "_estado_local", lambda: (
        'openjdk version "17.0.15"' if java else None, ruta_jar if jar else None, carpeta))
    return carpeta, ruta_jar


def test_modo_local_sin_languagetool_da_error_cobro_acotado(monkeypatch, tmp_path):
    # Sin URL se usa el modo local de language-tool-python. Aquí lo simulamos colgado
    # (como cuando reintenta puertos sin fin) para comprobar que el plazo manda.
    import threading

    carpeta, _ = _simular_maquina(monkeypatch, tmp_path, java=True, jar=False)

    liberar = threading.Event()

    def colgado(*args, **kwargs):
        liberar.wait(30)
        raise OSError("sin servidor")

    monkeypatch.setattr(gramatica, "_abrir", colgado)
    inicio = time.monotonic()
    try:
        with pytest.raises(ErrorCobro) as exc:
            revisar_gramatica("Vaya a el portal.", None, tiempo_max=0.3)
    finally:
        liberar.set()
    assert time.monotonic() - inicio < 2
    assert (f"el servidor de LanguageTool no está descargado en {carpeta} y no se pudo "
            "descargar (sin respuesta en 0,3 s)") in str(exc.value)


def _sin_red(*args, **kwargs):
    import requests

    raise requests.exceptions.ConnectionError(
        "HTTPSConnectionPool(host='internal1.languagetool.org', port=443): Max retries "
        "exceeded (Caused by NameResolutionError(\"Failed to resolve\"))")


def test_con_java_y_sin_descarga_no_pide_instalar_java(monkeypatch, tmp_path):
    """Java está; lo que falta es el servidor de LanguageTool, que no se pudo descargar:
    el mensaje lo dice y ofrece usar un servidor, sin mandar a instalar Java."""
    carpeta, _ = _simular_maquina(monkeypatch, tmp_path, java=True, jar=False)
    monkeypatch.setattr(gramatica, "_abrir", _sin_red)
    with pytest.raises(ErrorCobro) as exc:
        revisar_gramatica("Vaya a el portal.", None)
    mensaje = str(exc.value)
    assert mensaje.startswith(
        "No se pudo revisar la gramática: Java está instalado, pero el servidor de "
        f"LanguageTool no está descargado en {carpeta} y no se pudo descargar (sin conexión "
        "con el servidor de descargas). Para revisar la gramática, usa un servidor de "
        "LanguageTool con --languagetool-url URL")
    assert "apt-get install" not in mensaje
    assert "revisa el nombre de la URL" not in mensaje  # no hay URL que revisar
    assert "HTTPSConnectionPool" not in mensaje and "Max retries" not in mensaje


def test_sin_java_pide_java_o_un_servidor(monkeypatch, tmp_path):
    _simular_maquina(monkeypatch, tmp_path, java=False, jar=False)
    monkeypatch.setattr(gramatica, "_abrir", _sin_red)
    with pytest.raises(ErrorCobro) as exc:
        revisar_gramatica("Vaya a el portal.", None)
    mensaje = str(exc.value)
    assert "'java' no está en el PATH" in mensaje
    assert "apt-get install default-jre-headless" in mensaje
    assert "--languagetool-url URL" in mensaje


def test_con_java_y_descarga_el_fallo_es_el_arranque(monkeypatch, tmp_path):
    from language_tool_python.exceptions import ServerError

    carpeta, jar = _simular_maquina(monkeypatch, tmp_path, java=True, jar=True)

    def no_arranca(*args, **kwargs):
        raise ServerError("Server running on port 8081 failed to start")

    monkeypatch.setattr(gramatica, "_abrir", no_arranca)
    with pytest.raises(ErrorCobro) as exc:
        revisar_gramatica("Vaya a el portal.", None)
    mensaje = str(exc.value)
    assert (f"Java y LanguageTool (LanguageTool-6.8, en {carpeta}) están instalados, pero el "
            "servidor local no arrancó (ServerError: Server running on port 8081 failed to "
            "start). Puede que su puerto esté ocupado") in mensaje
    assert str(jar.parent) in mensaje
    assert "apt-get install" not in mensaje


def test_un_servidor_que_no_existe_se_dice_en_espanol(monkeypatch):
    """El error de red de requests (en inglés, con la pila de urllib3) no llega al usuario:
    un nombre que no resuelve dice que revise la URL."""
    import requests

    def sin_nombre(*args, **kwargs):
        raise requests.exceptions.ConnectionError(
            "HTTPConnectionPool(host='nada', port=80): Max retries exceeded with url: "
            "/v2/languages (Caused by NameResolutionError(\"HTTPConnection(host='nada', "
            "port=80): Failed to resolve 'nada'\"))")

    monkeypatch.setattr(gramatica, "_abrir", sin_nombre)
    with pytest.raises(ErrorCobro) as exc:
        revisar_gramatica("Vaya a el portal.", "http://nada:8081")
    assert ("el servidor de LanguageTool en http://nada:8081 no respondió (no se encuentra ese "
            "servidor: revisa el nombre de la URL)") in str(exc.value)
    assert "Max retries" not in str(exc.value) and "HTTPConnectionPool" not in str(exc.value)


def test_respuesta_que_no_es_de_languagetool():
    # Un servidor que no es LanguageTool (404 en /v2/languages) también es un ErrorCobro.
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class NoEsLT(BaseHTTPRequestHandler):
        def log_message(self, *a):
            return

        def do_GET(self):
            self.send_response(404)
            self.send_header("Content-Length", "9")
            self.end_headers()
            self.wfile.write(b"not found")

        do_POST = do_GET

    srv = ThreadingHTTPServer(("127.0.0.1", 0), NoEsLT)
    hilo = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    hilo.start()
    try:
        with pytest.raises(ErrorCobro):
            revisar_gramatica("Vaya a el portal.", f"http://127.0.0.1:{srv.server_address[1]}")
    finally:
        srv.shutdown()
        srv.server_close()


def test_huecos_de_marcadores_tapados_no_son_hallazgos(monkeypatch):
    # El linter tapa los marcadores con espacios; LanguageTool señalaría esos espacios.
    from types import SimpleNamespace

    texto = "Hola           , vaya a el portal."
    espacios = SimpleNamespace(rule_id="WHITESPACE_RULE", message="Espacios repetidos.",
                               replacements=[" "], offset=5, error_length=10)
    real = SimpleNamespace(rule_id="X", message="m", replacements=["al"],
                           offset=texto.index("a el"), error_length=4)
    herramienta = SimpleNamespace(check=lambda t: [espacios, real])
    monkeypatch.setattr(gramatica, "_abrir", lambda url, tiempo: herramienta)
    coincidencias = revisar_gramatica(texto, "http://127.0.0.1:1")
    assert [texto[c.inicio : c.fin] for c in coincidencias] == ["a el"]
