"""Resumen (BLAKE2b de 256 bits) del contenido de los archivos para las claves de caché.

Las cachés de disco de ``cobro lint`` se invalidan por el contenido de cada archivo de
reglas, modelo o datos (~1,2 MB en cada arranque). ``hashlib.sha256`` usa OpenSSL, que
cuesta ~2 ms solo de importar; el ``_sha256`` propio de CPython no lo importa pero resume
5 veces más despacio. BLAKE2b (módulo ``_blake2`` de la biblioteca estándar, el mismo que
usa ``hashlib.blake2b``) resume ese megabyte en ~1 ms y se importa en 0,2 ms, con la misma
garantía: un archivo editado da otra clave. Si el módulo no está (otro intérprete), se
usa ``hashlib``.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - otro intérprete
    from hashlib import blake2b as _blake2b


def resumen(datos: bytes) -> str:
    """El BLAKE2b de 32 bytes de ``datos``, en hexadecimal (64 caracteres, como un SHA-256;
    el mismo que ``hashlib.blake2b(datos, digest_size=32).hexdigest()``)."""
    return _blake2b(datos, digest_size=32).hexdigest()


def clave(partes: list[str]) -> str:
    """La clave corta (24 cifras hexadecimales) de una caché de disco: el resumen de sus
    partes (versiones, rutas con su contenido, tamaño o fecha), una por línea."""
    return resumen("\n".join(partes).encode())[:24]
