"""Caché en disco del código que ``dataclasses`` compila al crear cada clase de datos.

``@dataclass`` escribe como texto el ``__init__``, el ``__repr__``, el ``__eq__``... de
cada clase y lo compila con ``exec``. Compilar es lo que más cuesta: ``cobro lint`` crea
unas 60 clases de datos al importar sus módulos, y compilar sus ~260 funciones eran unos
15 ms de cada arranque (un tercio de lo que cuesta importar el linter). El texto de una
clase es el mismo de una ejecución a otra, así que aquí el código compilado se guarda en la
caché de disco (``marshal``), con el texto y las banderas de compilación como clave, y la
ejecución siguiente le da a ``exec`` el código ya compilado: las funciones son las mismas
(mismo texto, mismo compilador, mismas banderas ``__future__`` que el ``exec`` original).

Solo se intercepta el ``exec`` que usa el módulo ``dataclasses`` (un nombre global de ese
módulo que tapa el de ``builtins``); ni sus reglas ni ninguna otra llamada cambian. Un
archivo ilegible, corrupto o de otra versión de Python se ignora y se reescribe; con
``COBRO_SIN_CACHE`` no se instala. Hay un archivo por orden de ``cobro`` (``lint``,
``generar``...): cada uno guarda solo lo que su orden compila, y leerlo cuesta ~1 ms.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from generador.resumen import clave as clave_cache

#: Entradas como mucho (una por función generada): el linter usa unas 260.
MAXIMO = 2000
#: Versión del formato del archivo: si cambia, la clave cambia y el viejo se ignora.
FORMATO = 1

_exec_original = builtins.exec
#: (banderas, texto) -> código compilado; ``None`` si no está instalada.
_codigos: dict[tuple[int, str], CodeType] | None = None
_ruta: Path | None = None
_nuevos = 0
_MASCARA_FUTURE = 0


def _mascara_future() -> int:
    import __future__

    mascara = 0
    for nombre in __future__.all_feature_names:
        mascara |= getattr(__future__, nombre).compiler_flag
    return mascara


def _exec_con_cache(fuente: Any, globales: Any = None, locales: Any = None, /, **opciones: Any):
    """``exec`` tal cual, salvo que un texto ya compilado antes no se vuelve a compilar.

    El ``exec`` original compila el texto con las banderas ``__future__`` del código que lo
    llama (el de ``dataclasses``) y, sin ``globales``, ejecuta en los de quien llama: aquí
    se hace lo mismo con el marco de quien llama, no con el de esta función."""
    codigos = _codigos
    if codigos is None or type(fuente) is not str:
        if globales is None:
            marco = sys._getframe(1)
            globales = marco.f_globals
            if locales is None:
                locales = marco.f_locals
        return _exec_original(fuente, globales, locales, **opciones)
    marco = sys._getframe(1)
    banderas = marco.f_code.co_flags & _MASCARA_FUTURE
    clave = (banderas, fuente)
    codigo = codigos.get(clave)
    if codigo is None:
        codigo = compile(fuente, "<string>", "exec", banderas, dont_inherit=True)
        if len(codigos) < MAXIMO:
            global _nuevos
            codigos[clave] = codigo
            _nuevos += 1
    if globales is None:
        globales = marco.f_globals
        if locales is None:
            locales = marco.f_locals
    return _exec_original(codigo, globales, locales, **opciones)


def ruta(perfil: str) -> Path:
    """El archivo de la caché de ``perfil`` (una orden de cobro) para este intérprete."""
    from generador.carpeta_cache import carpeta

    corta = clave_cache([str(FORMATO), sys.version, str(sys.implementation.cache_tag),
                         str(sys.flags.optimize)])
    return carpeta() / f"dataclases-{perfil}-{corta}.marshal"


def leer_marshal(archivo: Path, valida: Any) -> dict:
    """El diccionario guardado en ``archivo`` si todas sus entradas pasan ``valida(clave,
    valor)``; vacío si no existe, no se puede leer o no es lo esperado."""
    try:
        datos = marshal.loads(archivo.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(datos, dict):
        return {}
    for clave, valor in datos.items():
        if not valida(clave, valor):
            return {}
    return datos


def escribir_marshal(archivo: Path, datos: dict) -> None:
    """Guarda ``datos`` en ``archivo`` de forma atómica (un error de disco no es un error)."""
    try:
        contenido = marshal.dumps(datos)
    except ValueError:  # pragma: no cover - un objeto que marshal no sabe guardar
        return
    from generador.lint.cache_reglas import escribir

    escribir(archivo, contenido)


def _valida(clave: Any, codigo: Any) -> bool:
    return (type(clave) is tuple and len(clave) == 2 and type(clave[0]) is int
            and type(clave[1]) is str and type(codigo) is CodeType)


def perfil_de(argumentos: list[str]) -> str:
    """El nombre de la orden de ``argumentos`` (``sys.argv``), o ``otra``."""
    orden = argumentos[1] if len(argumentos) > 1 else ""
    return orden if orden.isascii() and orden.isalpha() and orden.islower() and len(orden) <= 12 \
        else "otra"


def instalar(perfil: str = "otra") -> bool:
    """Hace que ``dataclasses`` compile a través de la caché de ``perfil``; al salir del
    proceso se guarda lo compilado de nuevo. Devuelve si quedó instalada."""
    global _codigos, _ruta, _nuevos, _MASCARA_FUTURE
    if _codigos is not None:
        return True
    if os.environ.get("COBRO_SIN_CACHE"):
        return False
    import dataclasses

    if getattr(dataclasses, "exec", None) not in (None, _exec_con_cache):
        return False  # otro ya le ha puesto su propio exec: no se toca
    _MASCARA_FUTURE = _mascara_future()
    _ruta = ruta(perfil)
    _codigos = leer_marshal(_ruta, _valida)
    _nuevos = 0
    dataclasses.exec = _exec_con_cache  # type: ignore[attr-defined]
    import atexit

    atexit.register(guardar)
    return True


def desinstalar() -> None:
    """Devuelve a ``dataclasses`` el ``exec`` de siempre (para las pruebas)."""
    global _codigos, _nuevos
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec_con_cache:
        del dataclasses.exec  # type: ignore[attr-defined]
    _codigos = None
    _nuevos = 0


def guardar() -> None:
    """Escribe la caché si esta ejecución compiló algo nuevo (de forma atómica)."""
    global _nuevos
    if _codigos is None or _ruta is None or not _nuevos:
        return
    escribir_marshal(_ruta, _codigos)
    _nuevos = 0
