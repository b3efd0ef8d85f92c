"""``cobro lsp`` ante mensajes rotos del editor: los ignora, lo dice en español en el editor
(``window/showMessage``; pygls lo decía como «Error in server: ...») y sigue respondiendo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]


def _enviar(proceso: subprocess.Popen, cuerpo: bytes) -> None:
    proceso.stdin.write(b"Content-Length: %d\r\n\r\n" % len(cuerpo) + cuerpo)
    proceso.stdin.flush()


def _leer(proceso: subprocess.Popen) -> dict:
    cabeceras = {}
    while (linea := proceso.stdout.readline().decode("ascii").strip()):
        nombre, valor = linea.split(":", 1)
        cabeceras[nombre.lower()] = valor.strip()
    return json.loads(proceso.stdout.read(int(cabeceras["content-length"])))


def test_un_mensaje_roto_se_explica_en_espanol_y_el_servidor_sigue():
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
    proceso = subprocess.Popen([sys.executable, "-m", "generador", "lsp"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=entorno)
    try:
        _enviar(proceso, json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                     "params": {"capabilities": {}}}).encode())
        assert _leer(proceso)["result"]["serverInfo"]["name"] == "cobro"
        _enviar(proceso, b"{esto no es json}")
        _enviar(proceso, json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": "file:///tmp/x.md"}}}).encode())  # le falta el texto
        _enviar(proceso, json.dumps({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}).encode())
        mensajes = [_leer(proceso) for _ in range(3)]
        assert [m["params"]["message"] for m in mensajes if m.get("method") == "window/showMessage"] == [
            "cobro lsp: el editor envió un mensaje que no es JSON válido; se ha ignorado",
            "cobro lsp: el editor envió un mensaje con parámetros no válidos; se ha ignorado",
        ]
        assert [m for m in mensajes if m.get("id") == 2] == [{"id": 2, "jsonrpc": "2.0", "result": None}]
    finally:
        proceso.kill()
        proceso.wait()
        proceso.stdin.close()
        proceso.stdout.close()
