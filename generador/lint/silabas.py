"""Sílabas de las palabras, contadas como textstat en español (pyphen), y sus cachés.

La legibilidad (:func:`generador.lint.metricas.fernandez_huerta`) suma las sílabas de cada
palabra. Contarlas con pyphen cuesta, y los mensajes repiten vocabulario: aquí se cuentan
palabra a palabra y se recuerdan, en memoria (con tope, y los códigos con cifras aparte,
que casi nunca se repiten) y, en ``cobro lint``, en disco entre una ejecución y la
siguiente (:func:`activar_cache_disco`). El resultado es el mismo que
``textstat.syllable_count`` (lo comprueba ``tests/lint/test_legibilidad.py``).
"""

from __future__ import annotations

import re
import sys
import types
from typing import Any

from generador.lint.memo import MemoPalabra

# Las mismas expresiones que textstat (remove_punctuation).
_APOSTROFO_SUELTO = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNTUACION = re.compile(r"[^\w\s\']")


def palabras_textstat(texto: str) -> list[str]:
    """Las palabras de ``texto`` como las cuenta textstat: sin puntuación, salvo los
    apóstrofos de contracción."""
    if "'" in texto:  # sin apóstrofos no hay ninguno suelto que quitar
        texto = _APOSTROFO_SUELTO.sub("", texto)
    return _PUNTUACION.sub("", texto).split()


#: El catálogo entero tiene unas 2.700 palabras distintas: caben de sobra (con 65.536 y los
#: códigos de cada factura, la memoria de combinar crecía hasta las ~45.000 filas).
_MAX_SILABAS = 16384
#: Los códigos con cifras (referencias, pedidos, importes: f0002632, po002632) casi nunca se
#: repiten de un mensaje a otro: en un lote de 100.000 facturas llenaban la memoria
#: principal sin acertar nunca, y con ella la de ``cobro combinar``. Van aparte, solo los
#: últimos (:attr:`MemoPalabra.codigos <generador.lint.memo.MemoPalabra.codigos>`).
_MAX_CODIGOS = 1024


def _contar_nueva(palabra: str) -> int:
    # cifras: pyphen no las divide, textstat cuenta 1
    return 1 if palabra.isdigit() else _contar_silabas(palabra)


#: Sílabas de las palabras ya contadas, con tope (en un lote de 100.000 facturas cada una
#: trae referencias y nombres nuevos); ``_CODIGOS``, las de los códigos con cifras.
_SILABAS = MemoPalabra(_contar_nueva, _MAX_SILABAS, _MAX_CODIGOS)
_CODIGOS = _SILABAS.codigos


def contar(palabra: str) -> int:
    """Las sílabas de ``palabra`` (en minúsculas), recordadas."""
    n = _SILABAS.get(palabra)
    if n is not None:
        return n
    if _disco_silabas is not None and not _leidas_de_disco:
        _leer_silabas()
    return _SILABAS[palabra]


def olvidar() -> None:
    """Vacía las cuentas recordadas en memoria."""
    _SILABAS.clear()
    _CODIGOS.clear()


# -- caché de disco de sílabas --------------------------------------------------------------
#
# ``cobro lint`` de un archivo pagaba ~10 ms por importar pyphen y leer su diccionario solo
# para contar las sílabas de palabras que ya contó la vez anterior. Las cuentas solo
# dependen de pyphen (su código y su diccionario), así que se guardan en disco al terminar,
# con una clave que cambia si cambia pyphen o la versión de Python o de cobro. Una palabra
# nueva se cuenta como siempre (o se acota, ver :func:`cota`).

_MAX_SILABAS_DISCO = 20_000
_disco_silabas: Any = None  # el archivo, cuando la caché está activa
_leidas_de_disco = False
_silabas_en_disco = 0


def _clave_silabas() -> str:
    import importlib.util
    import os

    from generador import __version__
    from generador.resumen import clave

    partes = [sys.version, __version__]
    especificacion = importlib.util.find_spec("pyphen")
    origen = getattr(especificacion, "origin", None)
    if origen:
        for ruta in (origen, os.path.join(os.path.dirname(origen), "dictionaries", "hyph_es.dic")):
            try:
                estado = os.stat(ruta)
            except OSError:
                continue
            partes.append(f"{ruta}:{estado.st_size}:{estado.st_mtime_ns}")
    return clave(partes)


def activar_cache_disco() -> None:
    """Que este proceso lea (al contar la primera sílaba) y, al terminar, guarde las sílabas
    ya contadas (``cobro lint``). Nada con ``COBRO_SIN_CACHE``; el resultado es el mismo."""
    global _disco_silabas
    import atexit
    import os

    from generador.lint import cache_reglas

    if os.environ.get("COBRO_SIN_CACHE") or _disco_silabas is not None:
        return
    _disco_silabas = cache_reglas.carpeta() / f"silabas-{_clave_silabas()}.pickle"
    atexit.register(_guardar_silabas)


def _leer_silabas() -> None:
    global _leidas_de_disco, _silabas_en_disco
    import pickle

    _leidas_de_disco = True
    try:
        with open(_disco_silabas, "rb") as archivo:
            guardadas = pickle.load(archivo)
    except (OSError, pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError,
            ImportError):
        return
    if isinstance(guardadas, dict):
        if _SILABAS:
            for palabra, n in guardadas.items():
                _SILABAS.setdefault(palabra, n)
        else:  # lo normal: se lee antes de contar nada, y de una vez cuesta la décima parte
            _SILABAS.update(guardadas)
        _silabas_en_disco = len(guardadas)


def _guardar_silabas() -> None:
    """Guarda las sílabas del proceso si hay alguna nueva (escritura atómica)."""
    from generador.lint import cache_reglas

    if _disco_silabas is None or len(_SILABAS) <= _silabas_en_disco:
        return
    if not _leidas_de_disco:
        _leer_silabas()  # no perder las de otros lotes
    if len(_SILABAS) > _MAX_SILABAS_DISCO:
        return
    cache_reglas.guardar(_disco_silabas, dict(_SILABAS))


def _contar_silabas(palabra: str) -> int:
    """Lo mismo que ``textstat.syllable_count(palabra)`` en español, sin importar textstat
    (y su nltk): sus palabras (:func:`palabras_textstat`, en minúsculas) y, de cada una, los
    cortes de pyphen más uno, con el mismo ``Pyphen(lang="es")`` que usa textstat. Lo
    comprueba ``tests/lint/test_legibilidad.py`` contra textstat."""
    divisor = _pyphen_es()
    total = sum(len(divisor.positions(trozo.lower())) + 1
                for trozo in palabras_textstat(palabra))
    # pyphen recuerda las divisiones de cada palabra en un diccionario sin tope: en un lote
    # de 100.000 facturas, con referencias y nombres distintos en cada una, crecía sin fin
    # (~0,4 KB por fila). Esta función ya recuerda las cuentas (con tope): se vacía la suya.
    hd = _PYPHEN_ES[0] if _PYPHEN_ES else None
    if hd is not None and len(hd.cache) > _MAX_PYPHEN:
        hd.cache.clear()
    return total


_MAX_PYPHEN = 4096  # contar ya recuerda las cuentas: la de pyphen sobra
#: El diccionario de pyphen en español, una vez cargado (ver :func:`_sembrar_pyphen`).
_PYPHEN_ES: list[Any] = []
_DIVISOR: list[Any] = []


def _pyphen_es():
    """``pyphen.Pyphen(lang="es")``, el objeto que usa textstat en español, con el
    diccionario sembrado desde la caché de disco."""
    if not _DIVISOR:
        import pyphen

        if not _PYPHEN_ES:
            _sembrar_pyphen()
        _DIVISOR.append(pyphen.Pyphen(lang="es"))
    return _DIVISOR[0]


def textstat():
    """Importa textstat en español sin arrastrar nltk (solo lo usa para inglés).

    textstat importa nltk al cargarse (más de medio segundo, con scipy); para español no
    lo usa. Mientras se importa, ``nltk`` es un módulo perezoso que, si alguien lo usa de
    verdad, se sustituye por el real.
    """
    if "textstat" in sys.modules:
        if not _PYPHEN_ES:
            _sembrar_pyphen()
        return sys.modules["textstat"]
    provisional = None
    if "nltk" not in sys.modules:
        provisional = _ModuloPerezoso("nltk")
        sys.modules["nltk"] = provisional
    try:
        import textstat
    finally:
        if provisional is not None and sys.modules.get("nltk") is provisional:
            del sys.modules["nltk"]
    textstat.set_lang("es")
    _sembrar_pyphen()
    return textstat


def _sembrar_pyphen() -> None:
    """Pone en la caché de pyphen sus patrones de español ya leídos, desde la caché de disco.

    pyphen lee y analiza ``hyph_es.dic`` (6.000 patrones) cada vez que arranca: ~40 ms de
    cada ``cobro lint``. Sus patrones ya analizados se guardan con ``pickle`` (con la clave
    del contenido del archivo y la versión de pyphen) y se leen en ~6 ms; textstat usa
    ``Pyphen(lang="es")``, que toma el diccionario de ``pyphen.hdcache`` si ya está. Las
    sílabas son las mismas: es el mismo objeto, no una copia de su lógica."""
    import pyphen

    ruta = pyphen.LANGUAGES.get(pyphen.language_fallback("es") or "")
    if ruta is None:
        return
    if ruta in pyphen.hdcache:
        _PYPHEN_ES[:] = [pyphen.hdcache[ruta]]
        return
    from pathlib import Path

    from generador.lint import cache_reglas

    def analizar() -> Any:
        return pyphen.HyphDict(ruta)

    version = getattr(pyphen, "VERSION", getattr(pyphen, "__version__", ""))
    diccionario = cache_reglas.leer([Path(ruta)], analizar, prefijo="pyphen", modulos=[],
                                    extra=f"pyphen {version}")
    if isinstance(diccionario, pyphen.HyphDict):
        pyphen.hdcache[ruta] = diccionario
        _PYPHEN_ES[:] = [diccionario]


class _ModuloPerezoso(types.ModuleType):
    def __getattr__(self, nombre: str) -> Any:
        if nombre.startswith("__"):
            raise AttributeError(nombre)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        import importlib

        return getattr(importlib.import_module(self.__name__), nombre)


def cota(minusculas: list[str]) -> int | None:
    """Una cota superior de las sílabas de ``minusculas`` (palabras de
    :func:`palabras_textstat` en minúsculas) sin dividir palabras nuevas: las ya contadas
    suman lo que tienen; una nueva de ``n`` letras, como mucho ``max(1, n - 2)`` (pyphen solo
    corta entre la segunda letra y la antepenúltima); una cifra, 1. ``None`` si alguna
    palabra no se puede acotar (un apóstrofo o una minúscula rara)."""
    if _disco_silabas is not None and not _leidas_de_disco:
        _leer_silabas()
    # Las conocidas, de una vez (sumar enteros no depende del orden); el resto, una a una.
    sabidas = list(map(_SILABAS.get, minusculas))
    if None not in sabidas:
        return sum(sabidas)
    silabas = 0
    for palabra, n in zip(minusculas, sabidas, strict=True):
        if n is None:
            n = _CODIGOS.get(palabra)
        if n is None:
            if palabra.isdigit():
                n = 1
            elif "'" in palabra or palabra.lower() != palabra:
                return None  # un apóstrofo o una minúscula rara: mejor contar de verdad
            else:
                n = max(1, len(palabra) - 2)
        silabas += n
    return silabas
