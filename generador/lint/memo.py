"""Memorias por palabra para el linter: un ``dict`` que calcula lo que le falta.

En un lote de mensajes el vocabulario se repite casi entero, y lo que se deriva de cada
palabra (sus comienzos, sus formas sin pronombres pegados) se pide cientos de miles de
veces. Con :class:`MemoPalabra` se pide con ``map(memo.__getitem__, palabras)``: un acierto
no ejecuta nada de Python (``functools.lru_cache`` sí, una llamada por palabra).

Como en las demás cachés del linter, las palabras con cifras (referencias, pedidos,
importes de cada factura) no van a la memoria principal: casi no se repiten y, en un
``cobro combinar`` de 100.000 filas, la llenarían. Van a una aparte y pequeña
(:attr:`MemoPalabra.codigos`): así los códigos que sí se repiten (el año, el IBAN o el
teléfono de la empresa) no se recalculan en cada mensaje, y la memoria no crece con las
filas. Las dos tienen tope: al llegar, se vacían.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

_CIFRA = regex.compile(r"\d")


class MemoPalabra(dict):
    """``memo[palabra]`` es ``calcular(palabra)``, recordado; las palabras con cifras, en
    :attr:`codigos` (como mucho ``tope_codigos``)."""

    def __init__(self, calcular: Callable[[str], Any], tope: int = 16384,
                 tope_codigos: int = 1024) -> None:
        super().__init__()
        self.calcular = calcular
        self.tope = tope
        self.tope_codigos = tope_codigos
        self.codigos: dict[str, Any] = {}

    def __missing__(self, palabra: str) -> Any:
        # Solo las palabras con cifras llegan a la memoria de códigos: si está ahí, es una.
        codigos = self.codigos
        if palabra in codigos:
            return codigos[palabra]
        if palabra.isalpha() or _CIFRA.search(palabra) is None:
            valor = self.calcular(palabra)
            if len(self) >= self.tope:
                self.clear()
            self[palabra] = valor
            return valor
        valor = self.calcular(palabra)
        if len(codigos) >= self.tope_codigos:
            codigos.clear()
        codigos[palabra] = valor
        return valor
