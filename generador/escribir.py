"""Escritura segura en la carpeta de salida.

Reglas: nunca se escribe fuera de ``--salida``; una carpeta no vacía que cobro no creó se
rechaza salvo con ``--forzar``; cada archivo se escribe en un temporal y se renombra
(``os.replace``), de modo que una ejecución interrumpida no deja una plantilla a medias.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from generador.errores import ErrorCobro

MARCA = ".cobro-salida"


def _modo_por_defecto() -> int:
    mascara = os.umask(0)
    os.umask(mascara)
    return 0o666 & ~mascara


_MODO_ARCHIVO = _modo_por_defecto()


class CarpetaSalida:
    """Una carpeta de salida preparada para escribir con seguridad."""

    def __init__(self, ruta: Path | str, forzar: bool = False) -> None:
        self.ruta = Path(ruta)
        if self.ruta.exists() and not self.ruta.is_dir():
            raise ErrorCobro(f"--salida: '{self.ruta}' existe y no es una carpeta; elige otra ruta")
        ajena = self.ruta.is_dir() and not (self.ruta / MARCA).exists()
        if ajena and not forzar and any(self.ruta.iterdir()):
            raise ErrorCobro(
                f"--salida: la carpeta '{self.ruta}' no está vacía y no la creó cobro; "
                "elige una carpeta vacía o nueva, o usa --forzar para escribir en ella "
                "(solo se sobrescriben los archivos que cobro genera)"
            )
        try:
            self.ruta.mkdir(parents=True, exist_ok=True)
            (self.ruta / MARCA).write_text(
                "Carpeta generada por cobro. Se puede regenerar sin --forzar.\n", encoding="utf-8"
            )
        except OSError as exc:
            raise ErrorCobro(
                f"--salida: no se puede escribir en '{self.ruta}': {exc.strerror}"
            ) from None
        self._raiz = self.ruta.resolve()

    def destino(self, relativa: str | Path) -> Path:
        """Ruta absoluta de ``relativa`` dentro de la carpeta; rechaza salir de ella."""
        destino = (self._raiz / relativa).resolve()
        if destino != self._raiz and self._raiz not in destino.parents:
            raise ErrorCobro(f"ruta de salida no permitida: '{relativa}' queda fuera de --salida")
        return destino

    def _carpeta_de(self, relativa: str | Path) -> Path:
        """La carpeta (resuelta, comprobada y creada) de ``relativa``, una vez por carpeta:
        generar escribe miles de archivos en unas decenas de carpetas, y resolver cada ruta
        componente a componente era la mitad de su tiempo de sistema."""
        relativa = Path(relativa)
        cache = self.__dict__.setdefault("_carpetas", {})
        carpeta = cache.get(relativa.parent)
        if carpeta is None:
            carpeta = self.destino(relativa.parent) if relativa.parent != Path(".") else self._raiz
            carpeta.mkdir(parents=True, exist_ok=True)
            cache[relativa.parent] = carpeta
        return carpeta

    def escribir(self, relativa: str | Path, contenido: str | bytes) -> Path:
        """Escribe un archivo de forma atómica y devuelve su ruta."""
        nombre = Path(relativa).name
        if nombre in ("", ".", ".."):
            raise ErrorCobro(f"ruta de salida no permitida: '{relativa}' no es un archivo")
        destino = self._carpeta_de(relativa) / nombre
        datos = contenido.encode("utf-8") if isinstance(contenido, str) else contenido
        descriptor, temporal = tempfile.mkstemp(prefix=".tmp-", dir=destino.parent)
        try:
            with os.fdopen(descriptor, "wb") as archivo:
                archivo.write(datos)
            os.chmod(temporal, _MODO_ARCHIVO)  # mkstemp crea con 0600
            os.replace(temporal, destino)
        except BaseException:
            Path(temporal).unlink(missing_ok=True)
            raise
        return destino

    @contextmanager
    def en_flujo(self, relativa: str | Path, binario: bool = False) -> Iterator[IO]:
        """Un archivo que se escribe poco a poco y aparece de una vez al terminar bien.

        Se escribe en un temporal junto al destino y se renombra al salir del bloque; si el
        bloque falla (o se interrumpe), el temporal se borra y el destino anterior queda
        intacto. Sirve para salidas grandes que no caben en memoria."""
        destino = self.destino(relativa)
        destino.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporal = tempfile.mkstemp(prefix=".tmp-", dir=destino.parent)
        try:
            modo = "wb" if binario else "w"
            opciones = {} if binario else {"encoding": "utf-8", "newline": ""}
            with os.fdopen(descriptor, modo, **opciones) as archivo:
                yield archivo
            os.chmod(temporal, _MODO_ARCHIVO)
            os.replace(temporal, destino)
        except BaseException:
            Path(temporal).unlink(missing_ok=True)
            raise

def reemplazar_archivo(destino: Path, datos: bytes) -> None:
    """Sustituye un archivo existente de forma atómica, conservando sus permisos.

    Lo usa ``cobro lint --corregir``: el usuario pidió cambiar ese archivo; o se escribe
    entero o queda como estaba.
    """
    try:
        modo = destino.stat().st_mode & 0o7777
    except OSError:
        modo = _MODO_ARCHIVO
    try:
        descriptor, temporal = tempfile.mkstemp(prefix=".tmp-", dir=destino.parent)
    except OSError as exc:
        raise ErrorCobro(f"{destino}: no se puede escribir ({exc.strerror or exc})") from None
    try:
        with os.fdopen(descriptor, "wb") as archivo:
            archivo.write(datos)
        os.chmod(temporal, modo)
        os.replace(temporal, destino)
    except BaseException:
        Path(temporal).unlink(missing_ok=True)
        raise
