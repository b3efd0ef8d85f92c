"""Servir el sitio construido en 127.0.0.1 (solo local)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generador.errores import ErrorCobro, describir_so


def _no_se_puede(puerto: int, exc: OSError) -> ErrorCobro:
    return ErrorCobro(f"no se puede servir en 127.0.0.1:{puerto}: {describir_so(exc)}; elige "
                      "otro con --puerto (p. ej. --puerto 8001)")


def comprobar_puerto(puerto: int) -> None:
    """Falla ya (antes de construir el sitio, que tarda) si ``puerto`` no se puede usar."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as prueba:
        prueba.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # como http.server
        try:
            prueba.bind(("127.0.0.1", puerto))
        except OSError as exc:
            raise _no_se_puede(puerto, exc) from None


def servidor(carpeta: Path, puerto: int = 0):
    """Un ThreadingHTTPServer que sirve ``carpeta`` en 127.0.0.1 (sin registro por petición)."""
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    pagina_404 = Path(carpeta) / "404.html"

    class _Silencioso(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def send_error(self, code, message=None, explain=None) -> None:
            # Lo que no existe recibe la página 404 del sitio (en español), no la inglesa
            # de http.server.
            if code != 404 or not pagina_404.is_file():
                super().send_error(code, message, explain)
                return
            cuerpo = pagina_404.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(cuerpo)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(cuerpo)

    manejador = functools.partial(_Silencioso, directory=str(carpeta))
    try:
        return ThreadingHTTPServer(("127.0.0.1", puerto), manejador)
    except OSError as exc:
        raise _no_se_puede(puerto, exc) from None


def servir(carpeta: Path, puerto: int, avisar: Callable[[str], None]) -> None:
    """Sirve hasta Ctrl+C."""
    http = servidor(carpeta, puerto)
    avisar(f"Sirviendo en http://127.0.0.1:{http.server_address[1]}/ (Ctrl+C para parar)")
    try:
        http.serve_forever()
    except KeyboardInterrupt:
        avisar("Parado.")
    finally:
        http.server_close()
