"""``cobro lsp`` prepara las reglas al arrancar, sin dejar al editor sin respuesta.

Con la caché de reglas fría (una ``COBRO_CACHE_DIR`` vacía: así queda tras instalar o
actualizar cobro) preparar las reglas cuesta segundos. El servidor lo hace en segundo plano
tras ``initialized``: responde a las peticiones mientras tanto, muestra el progreso en
español al editor que lo admite y revisa al terminar el documento que se abrió antes.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

RAIZ = Path(__file__).resolve().parents[2]
_CACHE = tempfile.mkdtemp(prefix="cobro-lsp-cache-fria-")
ENTORNO = {**os.environ, "COBRO_CACHE_DIR": _CACHE, "PYTHONPATH": os.pathsep.join(
    [str(RAIZ), *filter(None, [os.environ.get("PYTHONPATH")])])}


@pytest_lsp.fixture(config=ClientServerConfig(
    server_command=[sys.executable, "-m", "generador", "lsp"], server_env=ENTORNO))
async def cliente(lsp_client: LanguageClient, tmp_path_factory):
    raiz = tmp_path_factory.mktemp("proyecto")
    (raiz / "cobro.toml").write_text('ignorar = ["faltante"]\n', encoding="utf-8")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(
            window=types.WindowClientCapabilities(work_done_progress=True)),
        root_uri=raiz.as_uri()))
    lsp_client.raiz = raiz
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_con_la_cache_fria_responde_muestra_el_progreso_y_revisa_al_terminar(
        cliente: LanguageClient):
    ruta = cliente.raiz / "aviso.md"
    texto = "Hola Ángela:\n\nSu factura está VENCIDA Y DEBE PAGARLA YA!!!\n"
    ruta.write_text(texto, encoding="utf-8")
    uri = ruta.as_uri()
    diagnosticos = asyncio.ensure_future(
        cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS))
    cliente.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=texto)))

    # Una petición mientras se preparan las reglas se responde (sin hallazgos aún), no se pierde.
    hover = await asyncio.wait_for(cliente.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(2, 20))), 2)
    assert hover is None
    assert not diagnosticos.done()

    # El documento abierto durante la preparación se revisa al terminar, con su configuración.
    await asyncio.wait_for(diagnosticos, 120)
    assert [(d.code, d.range.start.line, d.range.start.character, d.range.end.character)
            for d in cliente.diagnostics[uri]] == [("TON011", 2, 16, 41), ("TON012", 2, 41, 44)]

    # El editor vio el progreso en español: empieza y termina.
    informes = [v for valores in cliente.progress_reports.values() for v in valores]
    assert [(type(v).__name__, getattr(v, "title", None), v.message) for v in informes] == [
        ("WorkDoneProgressBegin", "cobro: preparando las reglas",
         "solo la primera vez tras instalar o actualizar cobro"),
        ("WorkDoneProgressEnd", None, "reglas listas"),
    ]

    # Y ya con las reglas listas, el hover explica el hallazgo.
    hover = await cliente.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(2, 20)))
    assert hover.contents.value.startswith("**TON011** `tono.agresivo.mayusculas` (aviso)")
