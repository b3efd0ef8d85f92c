"""``cobro combinar``: filas de una exportación de facturas -> mensajes rellenos y revisados.

El trabajo por fila es una función pura y serializable (:func:`fila.combinar_fila`), de modo
que el mismo código corre en un proceso (:func:`combinar`) o repartido en un clúster Dask
(:mod:`generador.combinar.motor_dask`). Nada se guarda en memoria por fila: las filas se leen,
se combinan y se escriben en flujo.
"""

from generador.combinar.ejecutar import Resumen, combinar
from generador.combinar.fila import Ajustes, ResultadoFila, combinar_fila

__all__ = ["Ajustes", "ResultadoFila", "Resumen", "combinar", "combinar_fila"]
