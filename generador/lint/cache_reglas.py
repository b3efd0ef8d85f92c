"""Caché de las reglas de cobro ya validadas, para que ``cobro lint`` arranque rápido.

Cargar, validar y compilar ``reglas/*.yml`` cuesta unos 120 ms; leerlas de la caché, ya
con sus expresiones regulares compiladas, unos 8 ms. La clave es la versión de Python y de
cobro, el contenido (BLAKE2b: :mod:`generador.resumen`) de cada archivo de reglas o de datos
y el tamaño y la fecha de cada módulo de ``generador/lint``: si algo cambia, se vuelve a
validar. Un archivo editado
invalida la caché aunque conserve tamaño y fecha. Si la caché no se puede leer o escribir
(disco de solo lectura, archivo corrupto), se ignora sin más.

Reconstruir la caché (la primera vez tras instalar o actualizar cobro) tarda unos segundos:
si pasa de ``AVISO_TRAS`` y la salida de errores es una terminal, se avisa con una línea.

``COBRO_CACHE_DIR`` elige la carpeta (por defecto ``$XDG_CACHE_HOME/cobro`` o
``~/.cache/cobro``); ``COBRO_SIN_CACHE=1`` la desactiva.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generador import __version__
from generador.carpeta_cache import carpeta
from generador.resumen import clave as _clave_de
from generador.resumen import resumen

_CODIGO = Path(__file__).resolve().parent
#: Módulos fuera de generador/lint de los que depende la validación de las reglas.
_COMPARTIDOS = tuple(_CODIGO.parent / m for m in ("esquema.py", "yaml_lineas.py", "errores.py"))


def _clave(archivos: list[Path], modulos: list[Path] | None = None, extra: str = "") -> str:
    partes = [sys.version, __version__, extra]
    for ruta in archivos:  # los datos, por su contenido
        try:
            contenido = ruta.read_bytes()
        except OSError:
            continue
        partes.append(f"{ruta}:{resumen(contenido)}")
    por_defecto = [*sorted(_CODIGO.glob("*.py")), *_COMPARTIDOS]
    for ruta in por_defecto if modulos is None else modulos:  # el código, por tamaño y fecha
        try:
            estado = ruta.stat()
        except OSError:
            continue
        partes.append(f"{ruta}:{estado.st_size}:{estado.st_mtime_ns}")
    return _clave_de(partes)


def leer(archivos: list[Path], cargar: Callable[[], Any], *, prefijo: str = "reglas",
         modulos: list[Path] | None = None, extra: str = "") -> Any:
    """El resultado de ``cargar()`` para ``archivos``, desde la caché si está al día.

    ``modulos`` son los .py de los que depende el resultado (por defecto, los del linter);
    ``extra`` entra en la clave tal cual (p. ej. la raíz del árbol o el modelo usado)."""
    if os.environ.get("COBRO_SIN_CACHE"):
        return cargar()
    ruta = carpeta() / f"{prefijo}-{_clave(archivos, modulos, extra)}.pickle"
    try:
        with open(ruta, "rb") as archivo:
            resultado = _cargar_sin_gc(archivo)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        pass
    else:
        _marcar_si_viejo(ruta)
        return resultado
    with _aviso_si_tarda():
        resultado = cargar()  # si las reglas tienen problemas, ErrorReglas sale de aquí
    guardar(ruta, resultado)
    return resultado


#: Segundos de reconstrucción tras los que se avisa en la terminal (una vez por proceso).
AVISO_TRAS = 0.5
AVISO = ("cobro: preparando las reglas y los diccionarios (solo la primera vez tras instalar "
         "o actualizar cobro; tarda unos segundos)...")
_avisado = False


@contextlib.contextmanager
def _aviso_si_tarda() -> Iterator[None]:
    """Si la reconstrucción pasa de ``AVISO_TRAS`` segundos, escribe :data:`AVISO` en la
    salida de errores (solo si es una terminal: ni en tuberías, ni en el editor, ni en CI)."""
    from generador.progreso import es_terminal

    if not es_terminal(sys.stderr) or _avisado:
        yield
        return
    import threading

    temporizador = threading.Timer(AVISO_TRAS, _avisar)
    temporizador.daemon = True
    temporizador.start()
    try:
        yield
    finally:
        temporizador.cancel()


def _avisar() -> None:
    global _avisado
    if _avisado:
        return
    _avisado = True
    try:
        sys.stderr.write(AVISO + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _cargar_sin_gc(archivo: Any) -> Any:
    """``pickle.load`` con el recolector de ciclos parado: la caché crea decenas de miles de
    objetos (conjuntos, tuplas) y el recolector los recorría varias veces mientras tanto,
    sin nada que recoger."""
    import gc

    activo = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(archivo)
    finally:
        if activo:
            gc.enable()


def guardar(ruta: Path, datos: Any) -> None:
    """Guarda ``datos`` en la caché de forma atómica (temporal y ``os.replace``). Una caché
    que no se puede escribir (disco lleno, sin permiso) no es un error: se recalculará.
    Después poda las versiones viejas del mismo prefijo (:func:`podar`)."""
    escribir(ruta, pickle.dumps(datos, protocol=pickle.HIGHEST_PROTOCOL))


def escribir(ruta: Path, contenido: bytes, conservar: int | None = None) -> None:
    """Escribe ``contenido`` en ``ruta`` de forma atómica y poda las versiones viejas del
    mismo prefijo; un error de disco no es un error (la caché se recalculará)."""
    try:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        temporal = ruta.with_suffix(f".{os.getpid()}.tmp")
        temporal.write_bytes(contenido)
        os.replace(temporal, ruta)
    except OSError:
        return
    podar(ruta, CONSERVAR if conservar is None else conservar)


#: Versiones que se conservan de cada prefijo (``reglas-``, ``modelo-``...): cada cambio de
#: las reglas, del código o de la carpeta de specs crea un archivo nuevo con otra clave, y
#: sin poda la caché crecía sin límite (cientos de MB tras unas semanas de pruebas).
CONSERVAR = 12
_NOMBRE = re.compile(r"(?P<prefijo>[a-z][a-z-]*)-[0-9a-f]{24}\.(?:pickle|json|marshal)"
                     r"(?P<temporal>\.\d+\.tmp)?")
_TEMPORAL_VIEJO = 3600.0  # s: un temporal más viejo es de un proceso que murió a medias


def podar(ruta: Path, conservar: int = CONSERVAR) -> int:
    """Borra de la carpeta de ``ruta`` las versiones más viejas (por fecha de modificación)
    del mismo prefijo, dejando las ``conservar`` más recientes, y los temporales de ese
    prefijo abandonados hace más de una hora. Solo toca archivos con el nombre exacto que
    escribe cobro (``<prefijo>-<24 hex>.pickle|json``). Devuelve cuántos borró."""
    coincide = _NOMBRE.fullmatch(ruta.name)
    if not coincide:
        return 0
    prefijo = coincide["prefijo"]
    ahora = time.time()
    versiones: list[tuple[float, str]] = []
    abandonados: list[str] = []
    try:
        with os.scandir(ruta.parent) as entradas:
            for entrada in entradas:
                otro = _NOMBRE.fullmatch(entrada.name)
                if not otro or otro["prefijo"] != prefijo or not entrada.is_file(follow_symlinks=False):
                    continue
                try:
                    fecha_mod = entrada.stat(follow_symlinks=False).st_mtime
                except OSError:
                    continue
                if otro["temporal"]:
                    if ahora - fecha_mod > _TEMPORAL_VIEJO:
                        abandonados.append(entrada.path)
                else:
                    versiones.append((fecha_mod, entrada.path))
    except OSError:
        return 0
    versiones.sort(reverse=True)
    borrados = 0
    for camino in [c for _, c in versiones[conservar:]] + abandonados:
        if camino == str(ruta):
            continue
        try:
            os.unlink(camino)
            borrados += 1
        except OSError:
            pass
    return borrados


def _marcar_si_viejo(ruta: Path) -> None:
    """Marca como usada ahora (fecha de modificación) una versión leída que lleva más de un
    día sin tocarse, para que la poda conserve las que se leen aunque se escribieran hace
    tiempo (una vez al día como mucho: no cuesta una escritura en cada ``cobro lint``)."""
    try:
        if time.time() - ruta.stat().st_mtime > 86400:
            os.utime(ruta)
    except OSError:
        pass


def fecha(ruta: Path) -> float:
    """Fecha de modificación de un archivo de caché (0 si ya no está): para borrar los viejos."""
    try:
        return ruta.stat().st_mtime
    except OSError:
        return 0.0


# -- expresiones regulares de los módulos ------------------------------------------------
#
# Los módulos del linter compilan al importarse unas 60 expresiones con ``regex``, cuyo
# analizador es Python: ~15 ms de cada ``cobro lint`` en una máquina libre (y las reglas,
# otras tantas al primer mensaje). ``regex`` guarda cada expresión compilada en su caché
# interna (``regex._main._cache``, clave: patrón, banderas, versión...), y un patrón
# compilado se guarda con ``pickle`` ya traducido. Así que la caché interna se siembra al
# importar :mod:`generador.lint` con las expresiones que compiló la ejecución anterior, y
# al salir se guardan las nuevas. Las claves son las de ``regex``: una expresión con otras
# banderas u otra versión de ``regex`` no casa y se compila como siempre. Si ``regex``
# cambia sus interioridades (otros nombres), no se siembra nada y todo va igual que antes.
#
# Cada expresión va en el archivo como sus propios bytes de ``pickle`` y se lee la primera
# vez que alguien la pide (:class:`_CacheRegex`): el archivo lo comparten todas las órdenes
# (~300 expresiones) y ``cobro lint`` usa unas 50; leerlas todas costaba ~9 ms de cada
# arranque, y las que no se piden no se leen nunca.

_MAX_EXPRESIONES = 400  # regex vacía su caché a partir de 500
_MAX_PATRON = 4000  # las listas de frases largas ya van compiladas en la caché de reglas
#: Versión del formato del archivo (entra en su nombre): la 1 guardaba los patrones ya leídos.
_FORMATO_REGEX = 2
_conocidas_regex: set | None = None


class _CacheRegex(dict):
    """La caché interna de ``regex`` (``regex._main._cache``) con las expresiones del disco
    aún sin leer en :attr:`guardadas` (clave de ``regex`` -> bytes de ``pickle``): ``regex``
    busca ``_cache[clave]`` y, si no está, la compila; aquí, antes de eso, se lee la guardada.
    Un valor que no se puede leer es como si no estuviera: ``regex`` la compila."""

    def __init__(self, actuales: dict, guardadas: dict) -> None:
        super().__init__(actuales)
        self.guardadas = guardadas

    def __missing__(self, clave: Any) -> Any:
        datos = self.guardadas.pop(clave, None)
        if type(datos) is not bytes:
            raise KeyError(clave)
        try:
            patron = pickle.loads(datos)
        except Exception:
            raise KeyError(clave) from None
        self[clave] = patron
        return patron


def _archivo_regex() -> Path:
    import regex

    clave = _clave_de([str(_FORMATO_REGEX), sys.version, __version__,
                       str(getattr(regex, "__version__", ""))])
    return carpeta() / f"regex-{clave}.pickle"


def sembrar_regex() -> None:
    """Siembra la caché interna de ``regex`` desde el disco (cada expresión se lee cuando se
    pide) y, al salir, guarda las expresiones nuevas. No hace nada con ``COBRO_SIN_CACHE``
    ni si ya se hizo."""
    global _conocidas_regex
    if _conocidas_regex is not None or os.environ.get("COBRO_SIN_CACHE"):
        return
    try:
        from regex import _main

        cache, argumentos, locales = _main._cache, _main._named_args, _main._locale_sensitive
    except (ImportError, AttributeError):  # pragma: no cover - otra versión de regex
        return
    if not (isinstance(cache, dict) and isinstance(argumentos, dict) and isinstance(locales, dict)):
        return  # pragma: no cover
    ruta = _archivo_regex()
    guardadas: dict = {}
    try:
        with open(ruta, "rb") as archivo:
            leidas, args_guardados, locales_guardados = pickle.load(archivo)
        if isinstance(leidas, dict) and isinstance(args_guardados, dict) \
                and isinstance(locales_guardados, dict):
            for clave, valor in locales_guardados.items():
                locales.setdefault(clave, valor)
            for clave, valor in args_guardados.items():
                argumentos.setdefault(clave, valor)
            guardadas = {clave: valor for clave, valor in leidas.items() if clave not in cache}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        pass
    if type(cache) is dict:
        cache = _main._cache = _CacheRegex(cache, guardadas)
    _conocidas_regex = set(cache) | set(guardadas)
    import atexit

    atexit.register(_guardar_regex, ruta)


def _guardar_regex(ruta: Path) -> None:
    """Guarda las expresiones compiladas del proceso si hay alguna nueva (con las del disco
    que no se llegaron a leer, tal cual)."""
    try:
        from regex import _main

        cache, argumentos, locales = _main._cache, _main._named_args, _main._locale_sensitive
        conocidas = _conocidas_regex or set()
        if all(clave in conocidas for clave in cache):
            return
        guardadas: dict = {}
        args_guardados: dict = {}
        locales_guardados: dict = {}
        sin_leer = getattr(cache, "guardadas", {})
        for clave, valor in [*list(cache.items()), *list(sin_leer.items())]:
            patron, tipo, banderas = clave[0], clave[1], clave[2]
            if tipo is not str or len(patron) > _MAX_PATRON or clave in guardadas:
                continue
            if (patron, tipo, banderas) not in argumentos or (tipo, patron) not in locales:
                continue
            if type(valor) is not bytes:
                valor = pickle.dumps(valor, protocol=pickle.HIGHEST_PROTOCOL)
            guardadas[clave] = valor
            args_guardados[(patron, tipo, banderas)] = argumentos[(patron, tipo, banderas)]
            locales_guardados[(tipo, patron)] = locales[(tipo, patron)]
            if len(guardadas) >= _MAX_EXPRESIONES:
                break
        contenido = pickle.dumps((guardadas, args_guardados, locales_guardados),
                                 protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return
    escribir(ruta, contenido)
