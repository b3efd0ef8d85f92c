"""Escritura segura en la carpeta de salida (la usan ``generar`` y ``exportar``).

Reglas: nunca se escribe fuera de ``--salida``; una carpeta no vacía que cobro no creó se
rechaza salvo con ``--forzar``; todo se escribe en una carpeta temporal hermana que solo
se pone en su sitio si la orden termina bien, de modo que una ejecución interrumpida o un
disco lleno no deja una salida a medias. La política completa está en
:mod:`generador.carpeta_salida`; ``CarpetaSalida`` es su nombre de siempre.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from generador.carpeta_salida import MARCA, MODO_ARCHIVO, Salida
from generador.errores import ErrorCobro, describir_so, enlace_roto

CarpetaSalida = Salida

__all__ = ["MARCA", "CarpetaSalida", "reemplazar_archivo"]

def reemplazar_archivo(destino: Path, datos: bytes) -> None:
    """Sustituye un archivo existente de forma atómica, conservando sus permisos.

    Lo usa ``cobro lint --corregir``: el usuario pidió cambiar ese archivo; o se escribe
    entero o queda como estaba. Un enlace simbólico se sigue: se corrige el archivo al que
    apunta y el enlace queda como enlace (sustituir el enlace por una copia corregida dejaba
    el archivo real sin corregir). Un enlace roto o en bucle es un error: ni se crea el
    archivo al que apunta ni se sustituye el enlace.
    """
    enlace = enlace_roto(destino)
    if enlace:  # ni se crea el destino de un enlace roto ni se pisa un enlace en bucle
        raise ErrorCobro(f"{destino}: {enlace}; no se ha escrito nada")
    destino = Path(os.path.realpath(destino))
    try:
        modo = destino.stat().st_mode & 0o7777
    except OSError:
        modo = MODO_ARCHIVO
    try:
        descriptor, temporal = tempfile.mkstemp(prefix=".tmp-", dir=destino.parent)
    except OSError as exc:
        raise ErrorCobro(f"{destino}: no se puede escribir ({describir_so(exc)})") from None
    try:
        with os.fdopen(descriptor, "wb") as archivo:
            archivo.write(datos)
        os.chmod(temporal, modo)
        os.replace(temporal, destino)
    except OSError as exc:
        Path(temporal).unlink(missing_ok=True)
        raise ErrorCobro(f"{destino}: no se puede escribir ({describir_so(exc)}); el archivo "
                         "queda como estaba") from None
    except BaseException:
        Path(temporal).unlink(missing_ok=True)
        raise
