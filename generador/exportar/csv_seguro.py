"""Celdas de CSV a salvo de la inyección de fórmulas (CSV injection).

Excel, LibreOffice y Google Sheets ejecutan como fórmula una celda que empieza por ``=``,
``+``, ``-`` o ``@`` (y, según la versión, tabulador o retorno de carro): un texto de la
especificación como ``=HYPERLINK("http://…")`` se volvería un enlace o algo peor al abrir
el CSV. Por defecto cobro antepone un apóstrofo (``'=…``), la defensa que recomienda OWASP:
la hoja muestra el texto tal cual y no evalúa nada. Quien importe el CSV en un programa
(no en una hoja de cálculo) y necesite el valor exacto usa ``cobro exportar --csv-crudo``.
"""

from __future__ import annotations

#: Primeros caracteres que una hoja de cálculo interpreta como fórmula.
PELIGROSOS = ("=", "+", "-", "@", "\t", "\r")


def celda(valor: str, crudo: bool = False) -> str:
    """``valor`` listo para una celda: con ``'`` delante si empieza como una fórmula."""
    if not crudo and valor.startswith(PELIGROSOS):
        return "'" + valor
    return valor


def fila(valores, crudo: bool = False) -> list[str]:
    return [celda(str(v), crudo) for v in valores]
