"""SHA-256 para las claves de las cachés de disco, sin importar :mod:`hashlib`.

``hashlib`` carga OpenSSL al importarse (~2 ms, en cada arranque de ``cobro lint``, solo
para calcular las claves de sus cachés). El módulo ``_sha256`` de CPython (``_sha2`` desde
Python 3.12) da el mismo resumen sin eso; si no está (otro intérprete), se usa ``hashlib``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _constructor() -> Callable[[bytes], Any]:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # CPython 3.12 y siguientes
        except ImportError:
            from hashlib import sha256
    return sha256


_SHA256 = _constructor()


def sha256(datos: bytes) -> str:
    """El SHA-256 de ``datos`` en hexadecimal (el mismo que ``hashlib.sha256(...).hexdigest()``)."""
    return _SHA256(datos).hexdigest()
