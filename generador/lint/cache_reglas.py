"""Caché de las reglas de cobro ya validadas, para que ``cobro lint`` arranque rápido.

Cargar, validar y compilar ``reglas/*.yml`` cuesta unos 120 ms; leerlas de la caché, ya
con sus expresiones regulares compiladas, unos 8 ms. La clave es la versión de Python y de
cobro, el contenido (SHA-256) de cada archivo de reglas o de datos y el tamaño y la fecha de
cada módulo de ``generador/lint``: si algo cambia, se vuelve a validar. Un archivo editado
invalida la caché aunque conserve tamaño y fecha. Si la caché no se puede leer o escribir
(disco de solo lectura, archivo corrupto), se ignora sin más.

``COBRO_CACHE_DIR`` elige la carpeta (por defecto ``$XDG_CACHE_HOME/cobro`` o
``~/.cache/cobro``); ``COBRO_SIN_CACHE=1`` la desactiva.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generador import __version__

_CODIGO = Path(__file__).resolve().parent
#: Módulos fuera de generador/lint de los que depende la validación de las reglas.
_COMPARTIDOS = tuple(_CODIGO.parent / m for m in ("esquema.py", "yaml_lineas.py", "errores.py"))


def carpeta() -> Path:
    if os.environ.get("COBRO_CACHE_DIR"):
        return Path(os.environ["COBRO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cobro"


def _clave(archivos: list[Path], modulos: list[Path] | None = None, extra: str = "") -> str:
    partes = [sys.version, __version__, extra]
    for ruta in archivos:  # los datos, por su contenido
        try:
            contenido = ruta.read_bytes()
        except OSError:
            continue
        partes.append(f"{ruta}:{hashlib.sha256(contenido).hexdigest()}")
    por_defecto = [*sorted(_CODIGO.glob("*.py")), *_COMPARTIDOS]
    for ruta in por_defecto if modulos is None else modulos:  # el código, por tamaño y fecha
        try:
            estado = ruta.stat()
        except OSError:
            continue
        partes.append(f"{ruta}:{estado.st_size}:{estado.st_mtime_ns}")
    return hashlib.sha256("\n".join(partes).encode()).hexdigest()[:24]


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
            return pickle.load(archivo)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        pass
    resultado = cargar()  # si las reglas tienen problemas, ErrorReglas sale de aquí
    guardar(ruta, resultado)
    return resultado


def guardar(ruta: Path, datos: Any) -> None:
    """Guarda ``datos`` en la caché de forma atómica (temporal y ``os.replace``). Una caché
    que no se puede escribir (disco lleno, sin permiso) no es un error: se recalculará."""
    try:
        ruta.parent.mkdir(parents=True, exist_ok=True)
        temporal = ruta.with_suffix(f".{os.getpid()}.tmp")
        with open(temporal, "wb") as archivo:
            pickle.dump(datos, archivo, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporal, ruta)
    except OSError:
        pass


def fecha(ruta: Path) -> float:
    """Fecha de modificación de un archivo de caché (0 si ya no está): para borrar los viejos."""
    try:
        return ruta.stat().st_mtime
    except OSError:
        return 0.0
