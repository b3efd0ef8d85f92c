"""Bytes de un archivo de entrada -> texto, con errores que dicen dónde y qué hacer.

Una sola función para todo lo que cobro lee como texto (mensajes, especificaciones, reglas,
configuración): reconoce las marcas de orden de bytes (BOM) de UTF-8, UTF-16 y UTF-32 y
decodifica en consecuencia; sin BOM, exige UTF-8. Un byte NUL en cualquier posición (no
solo al principio) delata un archivo binario.
"""

from __future__ import annotations

import codecs

# El orden importa: la BOM de UTF-32 LE empieza como la de UTF-16 LE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def marca_bom(inicio: bytes) -> tuple[bytes, str, str] | None:
    """La marca de orden de bytes con que empieza ``inicio``: ``(marca, códec, nombre)``
    (``(BOM_UTF16_LE, "utf-16-le", "UTF-16")``), o ``None``. Basta con los 4 primeros bytes."""
    for entrada in _BOMS:
        if inicio.startswith(entrada[0]):
            return entrada
    return None


class ErrorDecodificacion(ValueError):
    """El archivo no es texto legible; ``linea`` si se sabe dónde (1-based, 0 si no)."""

    def __init__(self, mensaje: str, linea: int = 0) -> None:
        super().__init__(mensaje)
        self.mensaje = mensaje
        self.linea = linea


def decodificar(datos: bytes, que: str = "texto UTF-8") -> str:
    """Texto de ``datos``. Lanza :class:`ErrorDecodificacion` con un mensaje en español.

    ``que`` nombra lo que se esperaba (p. ej. "YAML", "TOML") para el mensaje de binario.
    """
    marca = marca_bom(datos)
    if marca is not None:
        bom, codificacion, _nombre = marca
        try:
            texto = datos[len(bom):].decode(codificacion)
        except UnicodeDecodeError:
            # Una marca de UTF-16/32 seguida de bytes que no lo son: casi siempre un
            # binario que empieza por FF FE (o un texto truncado).
            raise _binario(que) from None
        if "\x00" in texto:
            raise _binario(que)
        return texto
    if b"\x00" in datos:
        raise _binario(que)
    try:
        return datos.decode("utf-8")
    except UnicodeDecodeError as exc:
        previo = datos[: exc.start]
        linea = previo.count(b"\n") + 1
        columna = exc.start - (previo.rfind(b"\n") + 1) + 1
        raise ErrorDecodificacion(
            f"no está en UTF-8 (byte 0x{datos[exc.start]:02X} en la línea {linea}, "
            f"columna {columna}); guárdalo como UTF-8, p. ej. "
            f"'iconv -f windows-1252 -t utf-8 archivo > nuevo'",
            linea,
        ) from None


def _binario(que: str) -> ErrorDecodificacion:
    return ErrorDecodificacion(f"es un archivo binario, no {que}")
