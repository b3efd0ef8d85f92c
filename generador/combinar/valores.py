"""Valores de una fila: importes y fechas tal como los exportan las hojas de cálculo.

Se aceptan formas sin ambigüedad y se rechaza el resto con un motivo: mejor una fila
señalada que un importe multiplicado por mil.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation

from generador.valores import FECHA_MAX, FECHA_MIN, IMPORTE_MAX

#: Importe máximo razonable de una factura (evita ``1e308`` o ``10**400``): el mismo tope que
#: los ejemplos del modelo.
MAX_IMPORTE = Decimal(IMPORTE_MAX)

_SIMBOLOS = re.compile(r"[€$£¥\s]|S/|US\$|[A-Z]{3}")
_SOLO_DIGITOS = re.compile(r"^-?\d+$")
_DECIMAL_PUNTO = re.compile(r"^-?\d+\.\d{1,2}$")
_DECIMAL_COMA = re.compile(r"^-?\d+,\d{1,2}$")
_MILES_PUNTO = re.compile(r"^-?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")
_MILES_COMA = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")


class ValorInvalido(ValueError):
    """Un valor de la fila que no se puede interpretar; ``args[0]`` es el motivo en español."""


def en_rango(fecha: dt.date, texto: str) -> dt.date:
    """``fecha`` si está entre :data:`FECHA_MIN` y :data:`FECHA_MAX`; si no, el motivo."""
    if not FECHA_MIN <= fecha <= FECHA_MAX:
        raise ValorInvalido(f"fecha fuera de rango '{texto}': cobro admite fechas de "
                            f"{FECHA_MIN.year} a {FECHA_MAX.year}")
    return fecha


def importe(texto: str) -> Decimal:
    """``1234.5``, ``1234,50``, ``1.234,50``, ``1,234.50``, ``€ 1.234,50`` -> Decimal.

    Se rechazan los ambiguos (``1,234`` o ``1.234``: ¿mil o uno?), los negativos, el cero,
    los no finitos y los desorbitados."""
    limpio = _SIMBOLOS.sub("", texto)
    if not limpio:
        raise ValorInvalido(f"importe vacío o sin cifras: '{texto}'")
    if _SOLO_DIGITOS.match(limpio) or _DECIMAL_PUNTO.match(limpio):
        normal = limpio
    elif _DECIMAL_COMA.match(limpio):
        normal = limpio.replace(",", ".")
    elif _MILES_PUNTO.match(limpio) and ("," in limpio or limpio.count(".") > 1):
        normal = limpio.replace(".", "").replace(",", ".")
    elif _MILES_COMA.match(limpio) and ("." in limpio or limpio.count(",") > 1):
        normal = limpio.replace(",", "")
    elif _MILES_PUNTO.match(limpio) or _MILES_COMA.match(limpio):
        raise ValorInvalido(
            f"importe ambiguo '{texto}': puede ser mil o uno; escríbelo sin separador de miles "
            "y con decimales (1234.00)")
    else:
        raise ValorInvalido(f"importe no válido '{texto}': escribe solo la cifra, p. ej. 1234.50")
    try:
        valor = Decimal(normal)
    except InvalidOperation:
        raise ValorInvalido(f"importe no válido '{texto}'") from None
    if not valor.is_finite() or valor <= 0:
        raise ValorInvalido(f"importe '{texto}': debe ser una cantidad positiva")
    if valor >= MAX_IMPORTE:
        raise ValorInvalido(f"importe '{texto}': demasiado grande para una factura")
    return valor


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.+Z-]*)?$")
_DMA = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def fecha(texto: str, dia_primero: bool = True) -> dt.date:
    """``AAAA-MM-DD`` (con o sin hora detrás) siempre; ``DD/MM/AAAA`` (también con ``.`` o
    ``-``) si ``dia_primero``. En Estados Unidos (``dia_primero=False``) la forma con barras
    puede ser MM/DD (la de allí) o DD/MM (la de quien exporta en español): solo se acepta si
    uno de los dos números pasa de 12 (``10/20/2026`` es el 20 de octubre); si no, es ambigua
    y se rechaza."""
    texto = texto.strip()
    iso, dma = _ISO.match(texto), _DMA.match(texto)
    if iso:
        anio, mes, dia = (int(g) for g in iso.groups())
    elif dma and dia_primero:
        dia, mes, anio = (int(g) for g in dma.groups())
    elif dma:
        primero, segundo, anio = (int(g) for g in dma.groups())
        if primero > 12 >= segundo:
            dia, mes = primero, segundo
        elif segundo > 12 >= primero:
            mes, dia = primero, segundo
        elif primero == segundo:
            dia = mes = primero
        else:
            raise ValorInvalido(f"fecha ambigua '{texto}': en este país el día y el mes pueden "
                                "ir en cualquier orden; usa AAAA-MM-DD")

    else:
        raise ValorInvalido(f"fecha no válida '{texto}': usa AAAA-MM-DD (p. ej. 2026-03-05)")
    try:
        return en_rango(dt.date(anio, mes, dia), texto)
    except ValorInvalido:
        raise
    except ValueError:
        raise ValorInvalido(f"fecha no válida '{texto}': ese día no existe") from None


def numero(texto: str) -> Decimal:
    """Un número (cuotas, días): entero o decimal con punto o coma."""
    limpio = texto.strip().replace(",", ".")
    try:
        valor = Decimal(limpio)
    except InvalidOperation:
        raise ValorInvalido(f"número no válido '{texto}'") from None
    if not valor.is_finite() or abs(valor) >= MAX_IMPORTE:
        raise ValorInvalido(f"número fuera de rango '{texto}'")
    return valor


def formatear_importe(valor: Decimal, moneda: str, locale: str) -> str:
    from babel.numbers import format_currency

    return _sin_duros(format_currency(valor, moneda, locale=locale))


def formatear_fecha(valor: dt.date, locale: str) -> str:
    from babel.dates import format_date

    return format_date(valor, format="long", locale=locale)


def formatear_numero(valor: Decimal, locale: str) -> str:
    from babel.numbers import format_decimal

    if valor == valor.to_integral_value() and not math.isinf(valor):
        return format_decimal(int(valor), locale=locale)
    return _sin_duros(format_decimal(valor, locale=locale))


def _sin_duros(texto: str) -> str:
    """Babel usa espacios de no separación, que no están en GSM-7 y encarecen un SMS."""
    return texto.replace("\xa0", " ").replace("\u202f", " ")
