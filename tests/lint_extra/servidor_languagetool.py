"""Un servidor HTTP de pruebas que habla la API ``/v2`` documentada de LanguageTool.

Ningún registro accesible desde aquí distribuye LanguageTool, así que las pruebas de
``generador.lint.gramatica`` se hacen contra este servidor: escucha en 127.0.0.1, en un
puerto efímero y en un hilo, responde ``GET /v2/languages`` y ``POST /v2/check`` (campos de
formulario ``text``, ``language``...) con el JSON que documenta LanguageTool, y detecta dos
errores reales para demostrar que el texto viajó de verdad:

- ``a el`` en vez de la contracción ``al`` (regla ``PRUEBA_CONTRACCION_AL``);
- una palabra repetida seguida, "de de" (regla ``PRUEBA_PALABRA_REPETIDA``).

Como LanguageTool (Java), los desplazamientos van en unidades UTF-16.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_A_EL = re.compile(r"\b([aA]) el\b")
_REPETIDA = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)

IDIOMAS = [
    {"name": "Spanish", "code": "es", "longCode": "es"},
    {"name": "Spanish (voseo)", "code": "es", "longCode": "es-AR"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
]


def _utf16(texto: str, indice: int) -> int:
    return len(texto[:indice].encode("utf-16-le")) // 2


def _match(texto: str, inicio: int, fin: int, mensaje: str, corto: str,
           reemplazos: list[str], regla: str, descripcion: str) -> dict[str, Any]:
    ini16, fin16 = _utf16(texto, inicio), _utf16(texto, fin)
    desde = max(0, inicio - 20)
    contexto = texto[desde : fin + 20]
    return {
        "message": mensaje,
        "shortMessage": corto,
        "replacements": [{"value": r} for r in reemplazos],
        "offset": ini16,
        "length": fin16 - ini16,
        "context": {
            "text": contexto,
            "offset": _utf16(texto, inicio) - _utf16(texto, desde),
            "length": fin16 - ini16,
        },
        "sentence": texto.strip(),
        "type": {"typeName": "Other"},
        "rule": {
            "id": regla,
            "description": descripcion,
            "issueType": "grammar",
            "category": {"id": "GRAMMAR", "name": "Gramática"},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def revisar(texto: str) -> list[dict[str, Any]]:
    """Las coincidencias que devolvería el servidor para ``texto``."""
    matches = []
    for m in _A_EL.finditer(texto):
        reemplazo = "Al" if m.group(1) == "A" else "al"
        matches.append(_match(
            texto, m.start(), m.end(),
            "Se escribe la contracción «al» en lugar de «a el».", "Contracción",
            [reemplazo], "PRUEBA_CONTRACCION_AL", "Contracción de «a» + «el»",
        ))
    for m in _REPETIDA.finditer(texto):
        matches.append(_match(
            texto, m.start(), m.end(),
            f"Posible error tipográfico: «{m.group(1)}» está repetida.", "Palabra repetida",
            [m.group(1)], "PRUEBA_PALABRA_REPETIDA", "Palabra repetida",
        ))
    return sorted(matches, key=lambda x: x["offset"])


@dataclass
class EstadoServidor:
    """Lo que el servidor ha recibido y cómo debe comportarse."""

    url: str = ""
    retraso: float = 0.0
    peticiones: list[dict[str, Any]] = field(default_factory=list)
    parar: threading.Event = field(default_factory=threading.Event)


class _Manejador(BaseHTTPRequestHandler):
    server: _Servidor

    def log_message(self, format: str, *args: Any) -> None:  # silencio en las pruebas
        return

    def _responder(self, codigo: int, cuerpo: Any) -> None:
        datos = json.dumps(cuerpo, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(codigo)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(datos)))
            self.end_headers()
            self.wfile.write(datos)
        except (BrokenPipeError, ConnectionResetError):
            pass  # el cliente ya se fue (prueba de tiempo máximo)

    def _esperar(self) -> None:
        if self.server.estado.retraso:
            self.server.estado.parar.wait(self.server.estado.retraso)

    def do_GET(self) -> None:
        ruta = urllib.parse.urlsplit(self.path).path
        self.server.estado.peticiones.append({"metodo": "GET", "ruta": ruta})
        if ruta == "/v2/languages":
            self._responder(200, IDIOMAS)
        elif ruta == "/v2/healthcheck":
            self._responder(200, {"status": "ok"})
        else:
            self._responder(404, {"error": f"no existe {ruta}"})

    def do_POST(self) -> None:
        ruta = urllib.parse.urlsplit(self.path).path
        largo = int(self.headers.get("Content-Length") or 0)
        cuerpo = self.rfile.read(largo).decode("utf-8")
        campos = {k: v[0] for k, v in urllib.parse.parse_qs(cuerpo).items()}
        self.server.estado.peticiones.append({"metodo": "POST", "ruta": ruta, **campos})
        if ruta != "/v2/check":
            self._responder(404, {"error": f"no existe {ruta}"})
            return
        self._esperar()
        texto = campos.get("text", "")
        idioma = campos.get("language", "")
        self._responder(200, {
            "software": {
                "name": "LanguageTool", "version": "6.8-prueba", "buildDate": "2025-01-01",
                "apiVersion": 1, "status": "", "premium": False,
            },
            "warnings": {"incompleteResults": False},
            "language": {
                "name": "Spanish", "code": idioma,
                "detectedLanguage": {"name": "Spanish", "code": "es-ES", "confidence": 0.99},
            },
            "matches": revisar(texto),
        })


class _Servidor(ThreadingHTTPServer):
    daemon_threads = True
    estado: EstadoServidor


@contextmanager
def servidor_languagetool(retraso: float = 0.0) -> Iterator[EstadoServidor]:
    """Arranca el servidor falso en 127.0.0.1 y un puerto efímero; lo para al salir."""
    servidor = _Servidor(("127.0.0.1", 0), _Manejador)
    estado = EstadoServidor(retraso=retraso)
    servidor.estado = estado
    host, puerto = servidor.server_address[:2]
    estado.url = f"http://{host}:{puerto}"
    hilo = threading.Thread(
        target=servidor.serve_forever, kwargs={"poll_interval": 0.05}, name="lt-falso", daemon=True
    )
    hilo.start()
    try:
        yield estado
    finally:
        estado.parar.set()
        servidor.shutdown()
        servidor.server_close()
        hilo.join(5)
