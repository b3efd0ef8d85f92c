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
from generador.numeros import segundos

IDIOMA = "es"
VARIABLE_URL = "COBRO_LANGUAGETOOL_URL"

_COMO_USAR_SERVIDOR = (
    "usa un servidor de LanguageTool con --languagetool-url URL, con la variable de entorno "
    f"{VARIABLE_URL} (por ejemplo, {VARIABLE_URL}=http://localhost:8081) o con "
    "'languagetool_url' en [tool.cobro] de pyproject.toml o en cobro.toml. "
    "'cobro doctor' dice qué hay y qué falta."
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


def _estado_local() -> tuple[str | None, Any, Any]:
    """(versión de Java o ``None``, jar de LanguageTool descargado o ``None``, su carpeta)."""
    from generador import diagnostico

    carpeta = diagnostico.carpeta_language_tool()
    return diagnostico.version_java(), diagnostico.language_tool_descargado(carpeta), carpeta


def _fallo(url: str | None, motivo: str, de_red: bool = False) -> ErrorCobro:
    """El error que ve el usuario: qué falló de verdad y qué hacer.

    Con URL, el servidor no contestó: Java no tiene nada que ver. Sin URL se usa el servidor
    local de language-tool-python, que necesita Java y el servidor de LanguageTool descargado
    (la primera vez, de Internet): se mira qué de eso falta para no pedir Java a quien ya lo
    tiene.
    """
    inicio = "No se pudo revisar la gramática: "
    if url:
        return ErrorCobro(
            f"{inicio}el servidor de LanguageTool en {url} no respondió ({motivo}). "
            "Comprueba que está en marcha y que la URL es correcta (viene de "
            f"--languagetool-url, de {VARIABLE_URL} o de 'languagetool_url' en [tool.cobro]); "
            "'cobro doctor' la comprueba."
        )
    java, jar, carpeta = _estado_local()
    if not java:
        return ErrorCobro(
            f"{inicio}sin URL de servidor se usa LanguageTool en local, que necesita Java, y "
            "'java' no está en el PATH. Instala Java ('apt-get install default-jre-headless') "
            "o " + _COMO_USAR_SERVIDOR
        )
    if jar is None:
        causa = "sin conexión con el servidor de descargas" if de_red else motivo
        return ErrorCobro(
            f"{inicio}Java está instalado, pero el servidor de LanguageTool no está descargado "
            f"en {carpeta} y no se pudo descargar ({causa}). Para revisar la gramática, "
            + _COMO_USAR_SERVIDOR
            + " O bien, en una máquina con conexión, vuelve a ejecutar 'cobro lint --gramatica' "
            "para que language-tool-python lo descargue (la carpeta se cambia con LTP_PATH)."
        )
    return ErrorCobro(
        f"{inicio}Java y LanguageTool ({jar.parent.name}, en {carpeta}) están instalados, "
        f"pero el servidor local no arrancó ({motivo}). Puede que su puerto esté ocupado o que "
        f"la descarga esté incompleta (bórrala, {jar.parent}, para que se descargue de nuevo). "
        "Mientras tanto, " + _COMO_USAR_SERVIDOR
    )


def _es_de_red(exc: BaseException) -> bool:
    """La excepción es de red (sin conexión, nombre que no resuelve, conexión rechazada)."""
    completo = f"{type(exc).__name__}: {exc}"
    return any(señal in completo for señal in (
        "ConnectionError", "NameResolutionError", "Name or service not known",
        "Temporary failure in name resolution", "getaddrinfo", "Connection refused",
        "Max retries",
    ))


def _motivo(exc: BaseException, remoto: bool = True) -> str:
    """Resumen corto y legible de una excepción de red o de language-tool-python."""
    nombre = type(exc).__name__
    texto = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    completo = str(exc)
    if not remoto and _es_de_red(exc):
        return "sin conexión"
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
        raise _fallo(url, f"sin respuesta en {segundos(tiempo_max)}")
    if "error" in resultado:
        exc = resultado["error"]
        if isinstance(exc, ErrorCobro):
            raise exc
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise exc
        raise _fallo(url, _motivo(exc, remoto=bool(url)), de_red=_es_de_red(exc)) from exc
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
