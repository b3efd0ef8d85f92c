"""Normalización para comparar español sin distinguir mayúsculas ni tildes.

``plegar`` devuelve un texto de la *misma longitud* que el original: cada carácter se
sustituye por exactamente un carácter (minúscula y sin tilde). Así un desplazamiento
hallado en el texto plegado vale tal cual en el original. La ñ se conserva: no es una
tilde sino otra letra ("año" no es "ano").
"""

from __future__ import annotations

import unicodedata


class _TablaPlegado(dict):
    """Tabla para ``str.translate`` que calcula y recuerda cada carácter nuevo."""

    def __missing__(self, codigo: int) -> str:
        caracter = chr(codigo)
        self[codigo] = resultado = _plegar_caracter(caracter)
        return resultado


def _plegar_caracter(caracter: str) -> str:
    if caracter in "ñÑ":
        return "ñ"
    minuscula = caracter.lower()
    if len(minuscula) != 1:
        minuscula = caracter
    descompuesto = unicodedata.normalize("NFD", minuscula)
    base = "".join(c for c in descompuesto if not unicodedata.combining(c))
    if len(base) == 1:
        return base
    return minuscula if len(minuscula) == 1 else caracter


_TABLA = _TablaPlegado()


def plegar(texto: str) -> str:
    """Minúsculas y sin tildes, conservando la longitud (y por tanto los desplazamientos)."""
    return texto.translate(_TABLA)
