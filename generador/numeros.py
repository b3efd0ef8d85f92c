"""Números para el usuario, en español: ``0,5 s``, ``1.201 caracteres``, ``12.000 filas``.

Los mensajes de la CLI, del linter y de los errores escriben cifras con la coma decimal y
el punto de miles del español (CLDR ``es_ES``, con Babel, que ya formatea importes y fechas):
nunca ``0.5 s``. Las salidas para máquinas (JSON, SARIF, CSV) guardan el número tal cual.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def cifra(valor: float, decimales: int = 3) -> str:
    """``0.5`` -> ``0,5``; ``1201`` -> ``1.201`` (como el resto de cobro: «1.200 de 4.354
    archivos»); como mucho ``decimales`` decimales, sin ceros a la derecha."""
    if type(valor) is int:  # lo de siempre (cuentas de archivos): sin importar Babel (~20 ms)
        return f"{valor:,}".replace(",", ".")
    from babel.numbers import format_decimal

    formato = "#,##0" + ("." + "#" * decimales if decimales else "")
    return format_decimal(valor, format=formato, locale="es_ES").replace("\xa0", " ")


def segundos(valor: float) -> str:
    """``0.5`` -> ``0,5 s``; ``30`` -> ``30 s``."""
    return f"{cifra(valor, 2)} s"
