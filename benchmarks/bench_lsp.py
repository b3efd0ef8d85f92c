"""Benchmark de ``cobro lsp``: latencia de los diagnósticos tras un cambio.

Lanza el servidor real (``python -m generador lsp``) con un cliente LSP real (el de
pytest-lsp, sobre pygls), abre un documento de 200 líneas y, muchas veces, cambia una
línea y mide el tiempo hasta recibir ``textDocument/publishDiagnostics`` (incluida la
pausa anti-tecleo del servidor). Presupuesto: mediana <= 100 ms.

Mide también la **primera** revisión: lanzar el servidor, ``initialize`` y abrir un
documento, con la caché de reglas caliente y fría (una ``COBRO_CACHE_DIR`` nueva, como
tras instalar o actualizar cobro), abriéndolo enseguida o tras una pausa de
``--pausa`` segundos (lo normal en un editor: el usuario tarda en abrir un archivo). El
servidor prepara las reglas al recibir ``initialized``, en segundo plano: con la pausa, el
primer documento ya no espera a la carga.

    python benchmarks/bench_lsp.py [--cambios 40] [--repeticiones 3] [--pausa 1.5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_lint import generar_mensajes
from lsprotocol import types
from pytest_lsp.client import make_test_lsp_client

PRESUPUESTO_MS = 100.0
RAIZ = Path(__file__).resolve().parents[1]


def documento_200_lineas(carpeta: Path) -> str:
    """200 líneas de mensajes de cobro (los mismos del benchmark del linter)."""
    carpeta.mkdir(parents=True, exist_ok=True)
    generar_mensajes(carpeta, n=40)
    lineas: list[str] = []
    for archivo in sorted(carpeta.glob("*.txt")):
        lineas.extend(archivo.read_text(encoding="utf-8").splitlines())
        if len(lineas) >= 200:
            break
    return "\n".join(lineas[:200]) + "\n"


async def medir(cambios: int) -> list[float]:
    import os

    with tempfile.TemporaryDirectory(prefix="cobro-bench-lsp-") as nombre:
        carpeta = Path(nombre)
        texto = documento_200_lineas(carpeta / "mensajes")
        ruta = carpeta / "documento.md"
        ruta.write_text(texto, encoding="utf-8")
        cliente = make_test_lsp_client()
        entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
        await cliente.start_io(sys.executable, "-m", "generador", "lsp", env=entorno)
        await cliente.initialize_session(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=carpeta.as_uri()))
        uri = ruta.as_uri()
        espera = asyncio.ensure_future(cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))
        await asyncio.sleep(0)
        cliente.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=texto)))
        await espera
        tiempos = []
        for i in range(cambios):
            linea = 100 + i % 50
            nuevo = f"Recuerde que puede pagar HOY MISMO!! (cambio {i})"
            espera = asyncio.ensure_future(
                cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))
            await asyncio.sleep(0)
            inicio = time.perf_counter()
            cliente.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=i + 2),
                content_changes=[types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(linea, 0), types.Position(linea, 0)),
                    text=nuevo + " ")]))
            await espera
            tiempos.append((time.perf_counter() - inicio) * 1000)
            diagnosticos = cliente.diagnostics[uri]
            await asyncio.sleep(0.01)
        await cliente.shutdown_session()
        print(f"documento de {len(texto.splitlines())} líneas; {len(diagnosticos)} diagnósticos "
              "en la última revisión")
        return tiempos


async def primera(cache_fria: bool, pausa: float) -> tuple[float, float]:
    """(ms de ``initialize``, ms de abrir el documento a sus primeros diagnósticos)."""
    import os

    with tempfile.TemporaryDirectory(prefix="cobro-bench-lsp-") as nombre:
        carpeta = Path(nombre)
        ruta = carpeta / "aviso.md"
        ruta.write_text("Hola Ángela:\n\nSu factura está VENCIDA Y DEBE PAGARLA YA!!!\n", encoding="utf-8")
        entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
        if cache_fria:
            entorno["COBRO_CACHE_DIR"] = str(carpeta / "cache")
        cliente = make_test_lsp_client()
        inicio = time.perf_counter()
        await cliente.start_io(sys.executable, "-m", "generador", "lsp", env=entorno)
        await cliente.initialize_session(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=carpeta.as_uri()))
        arranque = (time.perf_counter() - inicio) * 1000
        await asyncio.sleep(pausa)
        espera = asyncio.ensure_future(cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))
        await asyncio.sleep(0)
        inicio = time.perf_counter()
        cliente.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
            uri=ruta.as_uri(), language_id="markdown", version=1, text=ruta.read_text(encoding="utf-8"))))
        await espera
        abrir = (time.perf_counter() - inicio) * 1000
        await cliente.shutdown_session()
        return arranque, abrir


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--cambios", type=int, default=40)
    argumentos.add_argument("--repeticiones", type=int, default=3)
    argumentos.add_argument("--pausa", type=float, default=1.5)
    opciones = argumentos.parse_args()
    print(f"{'primera revisión (mediana de ' + str(opciones.repeticiones) + ')':<52} "
          f"{'initialize':>11} {'abrir->diagnósticos':>20}")
    for fria in (False, True):
        for pausa in (0.0, opciones.pausa):
            medidas = [asyncio.run(primera(fria, pausa)) for _ in range(opciones.repeticiones)]
            nombre = f"caché {'fría' if fria else 'caliente'}, abrir tras {pausa:g} s"
            print(f"{nombre:<52} {statistics.median(m[0] for m in medidas):8.0f} ms "
                  f"{statistics.median(m[1] for m in medidas):17.0f} ms")
    tiempos = asyncio.run(medir(opciones.cambios))
    mediana = statistics.median(tiempos)
    p90 = sorted(tiempos)[int(len(tiempos) * 0.9) - 1]
    estado = "OK" if mediana <= PRESUPUESTO_MS else "SUPERA"
    print(f"{'medida':<52} {'mediana':>9}")
    print("-" * 90)
    print(f"{'cobro lsp: cambio -> diagnósticos (200 líneas)':<52} {mediana:7.1f} ms  "
          f"(p90 {p90:.1f} ms; presupuesto {PRESUPUESTO_MS:.0f} ms)  {estado}")


if __name__ == "__main__":
    main()
