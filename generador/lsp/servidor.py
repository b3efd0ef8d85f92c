"""``cobro lsp``: el linter dentro del editor, por el protocolo LSP sobre stdio.

Construido sobre pygls (el servidor LSP de Python más mantenido, con lsprotocol para los
tipos del protocolo): no hay que escribir a mano JSON-RPC, la negociación de capacidades
ni las conversiones de posiciones UTF-16.

- Diagnósticos al abrir y al cambiar un documento: solo el documento cambiado, tras una
  pausa corta (``RETARDO``) para no revisar en cada tecla.
- Hover: qué hace la regla, por qué y su referencia.
- Acciones de código: la corrección de cada hallazgo (las mismas que ``--corregir`` y
  ``--corregir-inseguro``) y «corregir todo lo seguro» (``source.fixAll``).
- La configuración es la de la CLI: ``[tool.cobro]`` o ``cobro.toml`` desde la carpeta del
  archivo hacia arriba; se vuelve a leer al guardar uno de esos archivos o cuando el
  editor avisa de que cambió en el disco (``workspace/didChangeWatchedFiles``).
- Al recibir ``initialized`` prepara las reglas en segundo plano (la primera vez tras
  instalar o actualizar cobro cuesta unos segundos): la negociación no espera, las
  peticiones se siguen respondiendo, el editor ve el progreso («cobro: preparando las
  reglas») si lo admite y los documentos abiertos mientras tanto se revisan al terminar.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace.position_codec import ServerTextPosition

from generador import __version__
from generador.errores import ErrorCobro
from generador.lint import configuracion, corregir, entrada
from generador.lint.configuracion import Configuracion
from generador.lint.contexto import Contexto
from generador.lint.documento import Documento
from generador.lint.informe import Hallazgo
from generador.lint.motor import Motor, Opciones
from generador.lint.regla import Regla

#: Pausa tras la última tecla antes de revisar (segundos).
RETARDO = 0.03
FUENTE = "cobro"
_SEVERIDAD = {
    "error": types.DiagnosticSeverity.Error,
    "aviso": types.DiagnosticSeverity.Warning,
    "sugerencia": types.DiagnosticSeverity.Information,
}
_CONFIGURACION = ("cobro.toml", ".cobro.toml", "pyproject.toml")
#: Si preparar las reglas tarda más que esto (segundos), el editor ve el progreso.
AVISO_PROGRESO = 0.3
#: El mensaje con el que se calientan las reglas (ortografía, tono, lemas...).
_MUESTRA = ("Hola Ana:\n\nLe recordamos que la factura 2026-0042 de 120,00 € vence el 5 de marzo. "
            "Puede pagar por transferencia o llamarnos al 900 000 000.\n\nUn saludo,\nEmpresa\n")


@dataclass
class Revision:
    """La última revisión de un documento abierto."""

    version: int | None
    doc: Documento
    ctx: Contexto
    config: Configuracion
    reglas: list[Regla]
    hallazgos: list[Hallazgo] = field(default_factory=list)
    rangos: list[types.Range] = field(default_factory=list)


class ServidorCobro(LanguageServer):
    """El servidor: un motor del linter y la última revisión de cada documento abierto."""

    def __init__(self) -> None:
        super().__init__("cobro", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.motor = Motor(Opciones())
        self.revisiones: dict[str, Revision] = {}
        self._pendientes: dict[str, asyncio.TimerHandle] = {}
        #: La preparación de las reglas en segundo plano (None: no empezó o ya terminó).
        self._preparando: asyncio.Future | None = None
        self._tras_preparar: set[str] = set()
        self._progreso_abierto: str | None = None

    def report_server_error(self, error: Exception, source) -> None:
        """Los errores fuera de una petición, en español en el editor (pygls los anuncia como
        «Error in server: ...»). Las peticiones llevan su error en la respuesta."""
        import json

        from pygls.exceptions import FeatureRequestError, JsonRpcInvalidParams, JsonRpcParseError

        if source == FeatureRequestError:
            return
        if isinstance(error, (JsonRpcParseError, json.JSONDecodeError)):
            mensaje = "el editor envió un mensaje que no es JSON válido; se ha ignorado"
        elif isinstance(error, JsonRpcInvalidParams):
            mensaje = "el editor envió un mensaje con parámetros no válidos; se ha ignorado"
        else:
            mensaje = (f"error interno ({type(error).__name__}: {error}); el servidor sigue en "
                       "marcha. Si se repite, avisa con el archivo que lo provoca")
        self.window_show_message(types.ShowMessageParams(
            message=f"cobro lsp: {mensaje}", type=types.MessageType.Error))

    # -- preparar las reglas ------------------------------------------------------------

    def preparar(self) -> None:
        """Empieza a preparar las reglas en un hilo (no bloquea el bucle: las peticiones se
        siguen respondiendo) y, si tarda, lo muestra como progreso en el editor."""
        bucle = asyncio.get_running_loop()
        raiz = self.workspace.root_path
        self._preparando = bucle.run_in_executor(None, self._calentar, self.motor, raiz)
        self._preparando.add_done_callback(self._preparadas)
        bucle.call_later(AVISO_PROGRESO, self._mostrar_progreso)

    def _calentar(self, motor: Motor, raiz: str | None) -> None:
        """Carga las reglas activas de la raíz del proyecto y revisa un mensaje de muestra
        (así se cargan el diccionario, el modelo de tono y las memorias perezosas)."""
        try:
            ruta = os.path.join(raiz, "_") if raiz else entrada.STDIN
            config = motor.configuracion_de(ruta)
            reglas = motor.activas(config)
            motor.revisar_documento(entrada.desde_fuente(ruta, _MUESTRA, ".txt"), config, reglas)
        except Exception:  # una configuración rota se publica al abrir el documento
            pass

    def _mostrar_progreso(self) -> None:
        if self._preparando is None or self._preparando.done():
            return
        capacidades = self.client_capabilities.window
        if capacidades is None or not capacidades.work_done_progress:
            return
        token = f"cobro-preparar-{uuid.uuid4().hex[:8]}"

        def creado(*_argumentos) -> None:
            if self._preparando is None:  # terminó mientras el editor creaba el progreso
                return
            self.work_done_progress.begin(token, types.WorkDoneProgressBegin(
                title="cobro: preparando las reglas",
                message="solo la primera vez tras instalar o actualizar cobro", cancellable=False))
            self._progreso_abierto = token

        self.work_done_progress.create(token, creado)

    def _preparadas(self, _futuro: asyncio.Future) -> None:
        self._preparando = None
        token = self._progreso_abierto
        if token is not None:
            self._progreso_abierto = None
            self.work_done_progress.end(token, types.WorkDoneProgressEnd(message="reglas listas"))
        pendientes, self._tras_preparar = self._tras_preparar, set()
        for uri in sorted(pendientes):
            if uri in self.workspace.text_documents:
                self.publicar(uri)

    # -- revisar y publicar --------------------------------------------------------------

    def ruta_de(self, uri: str) -> str:
        ruta = to_fs_path(uri) if uri.startswith("file:") else None
        return ruta or f"<{uri}>"

    def revisar(self, uri: str) -> Revision | None:
        documento = self.workspace.get_text_document(uri)
        ruta = self.ruta_de(uri)
        extension = "" if ruta.startswith("<") else Path(ruta).suffix.lower()
        config = self.motor.configuracion_de(ruta if not ruta.startswith("<") else entrada.STDIN)
        reglas = self.motor.activas(config)
        tamano = len(documento.source.encode("utf-8", "surrogatepass"))
        if tamano > entrada.LIMITE_BYTES:  # el mismo límite que cobro lint, y no bloquear al editor
            raise entrada.ErrorEntrada(ruta, entrada._demasiado_grande(tamano))
        if "\x00" in documento.source:  # como cobro lint: un NUL es un archivo binario
            raise entrada.ErrorEntrada(ruta, "es un archivo binario, no texto; cobro lint revisa "
                                       "texto UTF-8, Markdown, HTML, .eml o plantillas")
        doc = entrada.desde_fuente(ruta, documento.source, extension)
        ctx = self.motor.contexto(doc, config)
        # Un documento nuevo, aún sin texto: nada que señalar todavía (como cobro lint, que
        # da «el archivo está vacío» en vez de «falta el importe, la fecha...»).
        hallazgos = (self.motor.revisar_documento(doc, config, reglas, ctx)[0]
                     if doc.texto.strip() else [])
        revision = Revision(documento.version, doc, ctx, config, reglas, hallazgos)
        lineas = doc.fuente.split("\n")
        revision.rangos = [self._rango(lineas, h) for h in hallazgos]
        self.revisiones[uri] = revision
        return revision

    def _posicion(self, lineas: list[str], linea: int, columna: int) -> types.Position:
        """Línea y columna (desde 1, en caracteres) -> posición LSP en las unidades del cliente."""
        linea = max(0, min(linea - 1, len(lineas) - 1))
        columna = max(0, min(columna - 1, len(lineas[linea])))
        codec = self.workspace.position_codec
        return codec.position_to_client_units(lineas, ServerTextPosition(linea, columna))

    def _rango(self, lineas: list[str], h: Hallazgo) -> types.Range:
        return types.Range(self._posicion(lineas, h.linea, h.columna),
                           self._posicion(lineas, h.fin_linea, h.fin_columna))

    def _rango_fuente(self, fuente: str, inicio: int, fin: int) -> types.Range:
        lineas = fuente.split("\n")

        def posicion(desplazamiento: int) -> types.Position:
            linea = fuente.count("\n", 0, desplazamiento)
            columna = desplazamiento - (fuente.rfind("\n", 0, desplazamiento) + 1)
            return self._posicion(lineas, linea + 1, columna + 1)

        return types.Range(posicion(inicio), posicion(fin))

    def publicar(self, uri: str) -> None:
        self._pendientes.pop(uri, None)
        if self._preparando is not None:  # se revisará en cuanto estén las reglas
            self._tras_preparar.add(uri)
            return
        try:
            revision = self.revisar(uri)
        except (ErrorCobro, entrada.ErrorEntrada) as exc:
            self._publicar_problema(uri, exc)
            return
        diagnosticos = [
            types.Diagnostic(
                range=rango, message=h.mensaje, severity=_SEVERIDAD[h.severidad],
                code=h.regla, source=FUENTE,
                code_description=None,
            )
            for h, rango in zip(revision.hallazgos, revision.rangos, strict=True)
        ]
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=diagnosticos, version=revision.version))

    def _publicar_problema(self, uri: str, exc: Exception) -> None:
        """Una configuración o un front matter rotos se ven como un diagnóstico, no como un fallo."""
        self.revisiones.pop(uri, None)
        linea = max(0, getattr(exc, "linea", 0) - 1)
        mensaje = getattr(exc, "mensaje", None) or str(exc)
        rango = types.Range(types.Position(linea, 0), types.Position(linea, 0))
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=[types.Diagnostic(
                range=rango, message=f"cobro no puede revisar este archivo: {mensaje}",
                severity=types.DiagnosticSeverity.Error, source=FUENTE)]))

    def programar(self, uri: str) -> None:
        """Revisa ``uri`` tras ``RETARDO`` segundos sin más cambios."""
        anterior = self._pendientes.pop(uri, None)
        if anterior is not None:
            anterior.cancel()
        bucle = asyncio.get_running_loop()
        self._pendientes[uri] = bucle.call_later(RETARDO, self.publicar, uri)

    def recargar_configuracion(self) -> None:
        configuracion.limpiar_cache()
        self.motor = Motor(Opciones())

    def si_cambia_la_configuracion(self, uris: list[str]) -> None:
        """Si alguno de ``uris`` es un archivo de configuración, la vuelve a leer y revisa de
        nuevo los documentos abiertos."""
        if any(os.path.basename(self.ruta_de(uri)) in _CONFIGURACION for uri in uris):
            self.recargar_configuracion()
            for uri in list(self.revisiones):
                self.publicar(uri)

    # -- hover y acciones -------------------------------------------------------------------

    def en(self, uri: str, rango: types.Range) -> list[int]:
        """Índices de los hallazgos cuyo rango toca ``rango``."""
        revision = self.revisiones.get(uri)
        if revision is None:
            return []

        def antes(a: types.Position, b: types.Position) -> bool:
            return (a.line, a.character) < (b.line, b.character)

        if rango.start == rango.end:  # el cursor: vale tocar el borde del hallazgo
            return [i for i, r in enumerate(revision.rangos)
                    if not antes(r.end, rango.start) and not antes(rango.end, r.start)]
        return [i for i, r in enumerate(revision.rangos)
                if (antes(r.start, rango.end) and antes(rango.start, r.end))
                or (r.start == r.end and not antes(r.start, rango.start) and antes(r.start, rango.end))]

    def explicar(self, uri: str, posicion: types.Position) -> str | None:
        revision = self.revisiones.get(uri)
        if revision is None:
            return None
        indices = self.en(uri, types.Range(posicion, posicion))
        if not indices:
            return None
        por_codigo = {r.codigo: r for r in revision.reglas}
        partes = []
        for i in indices:
            h = revision.hallazgos[i]
            regla = por_codigo.get(h.regla)
            texto = [f"**{h.regla}** `{h.nombre}` ({h.severidad}): {h.mensaje}"]
            if regla is not None:
                texto.append(f"**Qué hace:** {regla.descripcion.strip()}")
                texto.append(f"**Por qué:** {regla.por_que.strip()}")
                if regla.referencia:
                    texto.append(f"**Referencia:** {regla.referencia}")
            texto.extend(f"**En su lugar:** {s}" for s in h.sugerencias)
            partes.append("\n\n".join(texto))
        return "\n\n---\n\n".join(partes)

    def _sin_empeorar(self, revision: Revision, cambios: list[corregir.Edicion]) -> bool:
        """Si aplicar ``cambios`` no añade ningún hallazgo (como ``--corregir``)."""
        texto, _ = corregir.aplicar(revision.doc.fuente, cambios)
        ruta = revision.doc.ruta
        nuevo = entrada.desde_fuente(ruta, texto, "" if ruta.startswith("<") else Path(ruta).suffix.lower())
        despues, _ = self.motor.revisar_documento(nuevo, revision.config, revision.reglas)
        antes = Counter(h.regla for h in revision.hallazgos)
        return all(n <= antes.get(c, 0) for c, n in Counter(h.regla for h in despues).items())

    def _edicion_lsp(self, uri: str, revision: Revision,
                     cambios: list[corregir.Edicion]) -> types.WorkspaceEdit:
        fuente = revision.doc.fuente
        ediciones = [types.TextEdit(self._rango_fuente(fuente, e.inicio, e.fin), e.nuevo) for e in cambios]
        return types.WorkspaceEdit(changes={uri: ediciones})

    def acciones(self, uri: str, params: types.CodeActionParams) -> list[types.CodeAction]:
        revision = self.revisiones.get(uri)
        if revision is None:
            return []
        documento = self.workspace.get_text_document(uri)
        if documento.source != revision.doc.fuente:  # cambió y aún no se ha revisado
            revision = self.revisar(uri)
        por_codigo = {r.codigo: r for r in revision.reglas}
        pedidas = params.context.only
        resultado: list[types.CodeAction] = []

        def quiere(tipo: str) -> bool:
            return pedidas is None or any(tipo.startswith(p) for p in pedidas)

        if quiere(types.CodeActionKind.QuickFix):
            for i in self.en(uri, params.range):
                h = revision.hallazgos[i]
                cambios = corregir.ediciones(revision.doc, revision.ctx, [h], por_codigo, inseguras=True)
                cambios = corregir.aplicar(revision.doc.fuente, cambios)[1]
                if not cambios or not self._sin_empeorar(revision, cambios):
                    continue
                diagnostico = types.Diagnostic(range=revision.rangos[i], message=h.mensaje,
                                               code=h.regla, source=FUENTE,
                                               severity=_SEVERIDAD[h.severidad])
                resultado.append(types.CodeAction(
                    title=f"cobro: {cambios[0].titulo} ({h.regla})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostico],
                    is_preferred=cambios[0].segura,
                    edit=self._edicion_lsp(uri, revision, cambios),
                ))
        if quiere(types.CodeActionKind.SourceFixAll) or quiere(types.CodeActionKind.QuickFix):
            corregido = corregir.corregir_documento(self.motor, revision.doc, revision.config)
            if corregido.aplicadas:
                resultado.append(types.CodeAction(
                    title=f"cobro: aplicar las correcciones seguras ({len(corregido.aplicadas)})",
                    kind=types.CodeActionKind.SourceFixAll,
                    edit=self._edicion_lsp(uri, revision, corregido.aplicadas),
                ))
        return resultado


def crear() -> ServidorCobro:
    servidor = ServidorCobro()

    @servidor.feature(types.INITIALIZED)
    def inicializado(ls: ServidorCobro, params: types.InitializedParams) -> None:
        ls.preparar()

    @servidor.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def abierto(ls: ServidorCobro, params: types.DidOpenTextDocumentParams) -> None:
        ls.publicar(params.text_document.uri)

    @servidor.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def cambiado(ls: ServidorCobro, params: types.DidChangeTextDocumentParams) -> None:
        ls.programar(params.text_document.uri)

    @servidor.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def guardado(ls: ServidorCobro, params: types.DidSaveTextDocumentParams) -> None:
        ls.si_cambia_la_configuracion([params.text_document.uri])

    @servidor.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def vigilados(ls: ServidorCobro, params: types.DidChangeWatchedFilesParams) -> None:
        """Una configuración cambiada fuera del editor (git checkout, otra herramienta): la
        extensión de VS Code vigila cobro.toml y pyproject.toml y avisa por aquí."""
        ls.si_cambia_la_configuracion([c.uri for c in params.changes])

    @servidor.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def cerrado(ls: ServidorCobro, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.revisiones.pop(uri, None)
        pendiente = ls._pendientes.pop(uri, None)
        if pendiente is not None:
            pendiente.cancel()
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @servidor.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: ServidorCobro, params: types.HoverParams) -> types.Hover | None:
        texto = ls.explicar(params.text_document.uri, params.position)
        if texto is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=texto))

    @servidor.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[
            types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]),
    )
    def acciones(ls: ServidorCobro, params: types.CodeActionParams) -> list[types.CodeAction]:
        try:
            return ls.acciones(params.text_document.uri, params)
        except (ErrorCobro, entrada.ErrorEntrada):
            return []

    return servidor


def main() -> None:
    crear().start_io()
