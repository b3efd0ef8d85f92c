"""``cobro lsp`` con un cliente LSP real (pytest-lsp) que lanza ``python -m generador lsp``.

initialize -> abrir un documento -> diagnósticos -> hover -> acción de código -> aplicar
la edición -> el documento cambiado se vuelve a revisar sin el hallazgo corregido.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

RAIZ = Path(__file__).resolve().parents[2]
ENTORNO = {**os.environ, "PYTHONPATH": os.pathsep.join(
    [str(RAIZ), *filter(None, [os.environ.get("PYTHONPATH")])])}


@pytest_lsp.fixture(config=ClientServerConfig(
    server_command=[sys.executable, "-m", "generador", "lsp"], server_env=ENTORNO))
async def cliente(lsp_client: LanguageClient, tmp_path_factory):
    raiz = tmp_path_factory.mktemp("proyecto")
    (raiz / "cobro.toml").write_text('ignorar = ["faltante"]\n', encoding="utf-8")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=raiz.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=raiz.as_uri(), name="proyecto")]))
    lsp_client.raiz = raiz
    yield
    await lsp_client.shutdown_session()


def _aplicar(texto: str, ediciones: list[types.TextEdit]) -> str:
    """Aplica TextEdits (posiciones UTF-16, de la última a la primera)."""
    lineas = texto.split("\n")

    def desplazamiento(p: types.Position) -> int:
        previo = sum(len(linea) + 1 for linea in lineas[:p.line])
        linea = lineas[p.line].encode("utf-16-le")
        return previo + len(linea[:p.character * 2].decode("utf-16-le"))

    for e in sorted(ediciones, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        texto = texto[:desplazamiento(e.range.start)] + e.new_text + texto[desplazamiento(e.range.end):]
    return texto


async def _abrir(cliente: LanguageClient, nombre: str, texto: str) -> tuple[str, list[types.Diagnostic]]:
    ruta = cliente.raiz / nombre
    ruta.write_text(texto, encoding="utf-8")
    uri = ruta.as_uri()
    cliente.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=texto)))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri, cliente.diagnostics[uri]


@pytest.mark.asyncio
async def test_diagnosticos_hover_y_correccion(cliente: LanguageClient):
    texto = "Hola Ángela:\n\nSu factura está VENCIDA Y DEBE PAGARLA YA!!!\n"
    uri, diagnosticos = await _abrir(cliente, "aviso.md", texto)
    # Los faltantes están ignorados por el cobro.toml de la carpeta: la misma configuración que la CLI.
    assert [(d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character)
            for d in diagnosticos] == [
        ("TON011", types.DiagnosticSeverity.Warning, 2, 16, 41),
        ("TON012", types.DiagnosticSeverity.Warning, 2, 41, 44),
    ]
    assert all(d.source == "cobro" for d in diagnosticos)

    hover = await cliente.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(2, 20)))
    assert hover.contents.value.startswith("**TON011** `tono.agresivo.mayusculas` (aviso)")
    assert "**Por qué:** Escribir en mayúsculas equivale a gritar" in hover.contents.value
    assert "**Referencia:** Semilla 004" in hover.contents.value

    acciones = await cliente.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnosticos[0].range,
        context=types.CodeActionContext(diagnostics=[diagnosticos[0]])))
    titulos = [(a.title, a.kind) for a in acciones]
    assert titulos == [
        ("cobro: Pasar a minúsculas (TON011)", types.CodeActionKind.QuickFix),
        ("cobro: aplicar las correcciones seguras (6)", types.CodeActionKind.SourceFixAll),
    ]
    rapida = acciones[0]
    assert _aplicar(texto, rapida.edit.changes[uri]) == (
        "Hola Ángela:\n\nSu factura está vencida y debe pagarla ya!!!\n")
    todo = _aplicar(texto, acciones[1].edit.changes[uri])
    assert todo == "Hola Ángela:\n\nSu factura está vencida y debe pagarla ya!\n"

    # El editor aplica la corrección y avisa del cambio: se revisa solo ese documento.
    cliente.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=todo)]))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(cliente.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_un_front_matter_roto_es_un_diagnostico_y_no_un_fallo(cliente: LanguageClient):
    _, diagnosticos = await _abrir(cliente, "roto.md", "---\nasunto: [sin cerrar\n---\nHola.\n")
    assert len(diagnosticos) == 1
    assert diagnosticos[0].severity == types.DiagnosticSeverity.Error
    assert diagnosticos[0].message.startswith("cobro no puede revisar este archivo:")


@pytest.mark.asyncio
async def test_solo_se_revisa_el_documento_cambiado_y_tras_la_ultima_tecla(cliente: LanguageClient):
    import asyncio

    uri_a, _ = await _abrir(cliente, "a.md", "Hola.\n")
    uri_b, diagnosticos_b = await _abrir(cliente, "b.md", "Pague ya!!\n")
    assert [d.code for d in diagnosticos_b] == ["TON012"]
    del cliente.diagnostics[uri_b]
    # Tres cambios seguidos en a.md, más rápidos que la pausa del servidor.
    for version, texto in enumerate(["Hola!!\n", "Hola!!!\n", "HOLA, PAGUE YA!!!\n"], start=2):
        cliente.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri_a, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=texto)]))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    await asyncio.sleep(0.2)
    # a.md se revisó con su último texto; b.md no se volvió a publicar.
    assert [(d.code, d.range.start.character, d.range.end.character)
            for d in cliente.diagnostics[uri_a]] == [("TON011", 0, 14), ("TON012", 14, 17)]
    assert uri_b not in cliente.diagnostics


@pytest.mark.asyncio
async def test_un_documento_de_mas_de_un_mega_se_rechaza_como_en_cobro_lint(cliente: LanguageClient):
    """El editor no se queda esperando a reglas que se cortan por tiempo: el mismo límite y el
    mismo mensaje que la CLI."""
    _, diagnosticos = await _abrir(cliente, "enorme.md", "palabra " * 200_000)
    assert [(d.severity, d.range.start.line, d.message) for d in diagnosticos] == [(
        types.DiagnosticSeverity.Error, 0,
        "cobro no puede revisar este archivo: pesa 1,5 MB y cobro lint revisa mensajes de hasta "
        "1 MB; no parece un mensaje: exclúyelo o divídelo en mensajes")]


@pytest.mark.asyncio
async def test_un_documento_binario_se_rechaza_como_en_cobro_lint(cliente: LanguageClient):
    """Un binario abierto en el editor (bytes NUL) no se revisa como un mensaje («falta el
    importe, la fecha...»): un solo diagnóstico, el mismo que da la CLI."""
    uri = (cliente.raiz / "adjunto.md").as_uri()
    cliente.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1,
                                             text="PK\x03\x04\x00\x00Pague ya!!\n")))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [(d.severity, d.range.start.line, d.message) for d in cliente.diagnostics[uri]] == [(
        types.DiagnosticSeverity.Error, 0,
        "cobro no puede revisar este archivo: es un archivo binario, no texto; cobro lint revisa "
        "texto UTF-8, Markdown, HTML, .eml o plantillas")]


@pytest.mark.asyncio
async def test_una_configuracion_cambiada_fuera_del_editor_se_vuelve_a_leer(cliente: LanguageClient):
    """Un git checkout cambia cobro.toml: el editor avisa (didChangeWatchedFiles) y los
    documentos abiertos se revisan con la configuración nueva."""
    uri, diagnosticos = await _abrir(cliente, "grito.md", "Pague ya!!\n")
    assert [d.code for d in diagnosticos] == ["TON012"]
    toml = cliente.raiz / "cobro.toml"
    toml.write_text('ignorar = ["faltante", "TON012"]\n', encoding="utf-8")
    cliente.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=toml.as_uri(), type=types.FileChangeType.Changed)]))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(cliente.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_un_documento_nuevo_sin_texto_no_da_faltantes_hasta_que_se_escribe(cliente: LanguageClient):
    """Como cobro lint con un archivo vacío: mientras no hay texto no falta nada; en cuanto se
    escribe un mensaje sin importe, se señala."""
    toml = cliente.raiz / "cobro.toml"
    toml.write_text("ignorar = []\n", encoding="utf-8")  # esta vez, los faltantes cuentan
    cliente.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[
        types.FileEvent(uri=toml.as_uri(), type=types.FileChangeType.Changed)]))
    uri, diagnosticos = await _abrir(cliente, "nuevo.md", "")
    assert list(diagnosticos) == []
    cliente.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(
            text="Hola, Ana: te escribimos por la factura pendiente.\n")]))
    await cliente.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert "FAL001" in {d.code for d in cliente.diagnostics[uri]}
