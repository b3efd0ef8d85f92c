"""Revisión gramatical con LanguageTool a través de language-tool-python.

Se usa un servidor de LanguageTool en una URL (de ``[tool.cobro] languagetool_url`` o de
``COBRO_LANGUAGETOOL_URL``, que resuelve quien llama) o, sin URL, el servidor local que
language-tool-python arranca con Java (y que descarga la primera vez). La gramática solo se
revisa cuando se pide; si entonces no hay servidor, es un error de configuración
(:class:`~generador.errores.ErrorCobro`, salida 2), nunca un resultado vacío.

Todo tiene un tiempo máximo: language-tool-python puede reintentar puertos durante mucho
rato cuando el servidor local no arranca, así que el trabajo corre en un hilo aparte y se
abandona al vencer el plazo.
"""

from __future__ import annotations

import contextlib
import threading
import urllib.parse
from typing import Any

from generador.errores import ErrorCobro
from generador.lint.coincidencia import Coincidencia

IDIOMA = "es"
VARIABLE_URL = "COBRO_LANGUAGETOOL_URL"

_COMO_CONFIGURAR = (
    "Indica la URL de un servidor de LanguageTool con la variable de entorno "
    f"{VARIABLE_URL} (por ejemplo, {VARIABLE_URL}=http://localhost:8081) o con "
    "'languagetool_url' en [tool.cobro] de pyproject.toml o en cobro.toml; "
    "o instala Java ('apt-get install default-jre') y deja que language-tool-python "
    "descargue LanguageTool la primera vez (necesita conexión). "
    "'cobro doctor' dice qué falta."
)

# Herramientas de LanguageTool ya abiertas, por URL ("" = servidor local), para no repetir
# la consulta de idiomas ni el arranque del servidor en cada archivo.
_herramientas: dict[str, Any] = {}
_cerrojo = threading.Lock()


def normalizar_url(url: str) -> str:
    """Devuelve la URL base del servidor, sin el ``/v2`` final y terminada en ``/``.

    language-tool-python añade ``v2/`` a la URL que recibe; así valen igual
    ``http://host:8081``, ``http://host:8081/`` y ``http://host:8081/v2``.
    """
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    partes = urllib.parse.urlsplit(url)
    ruta = partes.path.rstrip("/")
    if ruta.endswith("/v2"):
        ruta = ruta[: -len("/v2")]
    return urllib.parse.urlunsplit((partes.scheme, partes.netloc, ruta + "/", "", ""))


def _abrir(url: str | None, tiempo_max: float) -> Any:
    """Crea la herramienta de language-tool-python (importación perezosa)."""
    import language_tool_python

    class _LanguageToolAcotado(language_tool_python.LanguageTool):
        # Cada petición HTTP espera como mucho el plazo total, no los 300 s de la biblioteca.
        _TIMEOUT = max(0.1, tiempo_max)  # type: ignore[assignment]

    if url:
        return _LanguageToolAcotado(IDIOMA, remote_server=normalizar_url(url))
    return _LanguageToolAcotado(IDIOMA)


def _utf16_a_indice(texto: str, unidades: int) -> int:
    """Convierte un desplazamiento en unidades UTF-16 (el de Java) en un índice de ``texto``."""
    if texto.isascii() or all(ord(c) < 0x10000 for c in texto):
        return unidades
    cuenta = 0
    for i, c in enumerate(texto):
        if cuenta >= unidades:
            return i
        cuenta += 2 if ord(c) >= 0x10000 else 1
    return len(texto)


def _indice_a_utf16(texto: str, indice: int) -> int:
    return indice + sum(1 for c in texto[:indice] if ord(c) >= 0x10000)


def a_coincidencia(match: Any, texto: str) -> Coincidencia:
    """Traduce un ``Match`` de language-tool-python a :class:`Coincidencia`.

    language-tool-python ya convierte ``offset`` a índices de Python, pero no la longitud,
    que sigue en unidades UTF-16; aquí se calcula el final sobre el texto original.
    """
    n = len(texto)
    inicio = min(max(int(match.offset), 0), n)
    fin_utf16 = _indice_a_utf16(texto, inicio) + max(int(match.error_length), 0)
    fin = min(max(_utf16_a_indice(texto, fin_utf16), inicio), n)
    mensaje = (match.message or "").strip() or None
    sugerencias = tuple(str(r) for r in (match.replacements or ())[:5])
    return Coincidencia(
        inicio=inicio,
        fin=fin,
        mensaje=mensaje,
        sugerencias=sugerencias,
        regla_externa=match.rule_id or None,
    )


def _describir(url: str | None) -> str:
    return f"el servidor de LanguageTool en {url}" if url else "el servidor local de LanguageTool"


def _fallo(url: str | None, motivo: str) -> ErrorCobro:
    return ErrorCobro(
        f"No se pudo revisar la gramática: {_describir(url)} no respondió ({motivo}). "
        + _COMO_CONFIGURAR
    )


def _motivo(exc: BaseException) -> str:
    """Resumen corto y legible de una excepción de red o de language-tool-python."""
    nombre = type(exc).__name__
    texto = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    completo = str(exc)
    if ("NameResolutionError" in completo or "Name or service not known" in completo
            or "Temporary failure in name resolution" in completo or "getaddrinfo" in completo):
        return "no se encuentra ese servidor: revisa el nombre de la URL"
    if "ConnectionError" in nombre or "Connection refused" in completo or "Max retries" in completo:
        return "conexión rechazada o sin red"
    if "Timeout" in nombre or "timed out" in texto:
        return "no contestó a tiempo"
    if len(texto) > 160:
        texto = texto[:157] + "..."
    return f"{nombre}: {texto}" if texto else nombre


def _en_hilo(funcion: Any, tiempo_max: float, url: str | None) -> Any:
    """Ejecuta ``funcion`` en un hilo y la abandona si tarda más de ``tiempo_max`` s."""
    resultado: dict[str, Any] = {}

    def trabajo() -> None:
        try:
            resultado["valor"] = funcion()
        except BaseException as exc:  # se relanza en el hilo principal
            resultado["error"] = exc

    hilo = threading.Thread(target=trabajo, name="cobro-languagetool", daemon=True)
    hilo.start()
    hilo.join(tiempo_max)
    if hilo.is_alive():
        raise _fallo(url, f"sin respuesta en {tiempo_max:g} s")
    if "error" in resultado:
        exc = resultado["error"]
        if isinstance(exc, ErrorCobro):
            raise exc
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise exc
        raise _fallo(url, _motivo(exc)) from exc
    return resultado.get("valor")


def revisar_gramatica(
    texto: str, url: str | None, tiempo_max: float = 10.0
) -> list[Coincidencia]:
    """Revisa ``texto`` con LanguageTool (idioma ``es``) y devuelve sus coincidencias.

    ``url`` es la del servidor (config o ``COBRO_LANGUAGETOOL_URL``); con ``None`` se usa el
    servidor local de language-tool-python. Si el servidor no responde en ``tiempo_max``
    segundos o no se puede usar, lanza :class:`ErrorCobro` con qué falló y cómo arreglarlo.
    """
    if not texto.strip():
        return []
    clave = normalizar_url(url) if url else ""

    def consultar() -> list[Any]:
        with _cerrojo:
            herramienta = _herramientas.get(clave)
        if herramienta is None:
            herramienta = _abrir(url, tiempo_max)
            with _cerrojo:
                _herramientas[clave] = herramienta
        return herramienta.check(texto)

    matches = _en_hilo(consultar, tiempo_max, url)
    coincidencias = [a_coincidencia(m, texto) for m in matches]
    # Un tramo solo de espacios es, casi siempre, el hueco de un marcador que el linter tapó
    # con espacios antes de enviar el texto: no es un error del autor.
    return [c for c in coincidencias if texto[c.inicio : c.fin].strip()]


def cerrar() -> None:
    """Cierra las herramientas abiertas (y el servidor local, si se arrancó)."""
    with _cerrojo:
        herramientas = list(_herramientas.values())
        _herramientas.clear()
    for h in herramientas:
        with contextlib.suppress(Exception):  # al cerrar, un fallo no cambia nada
            h.close()
