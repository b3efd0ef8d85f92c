"""Una línea de progreso en la terminal para las órdenes largas (``cobro lint`` de miles
de archivos).

Solo si la salida de errores es una terminal y la orden pasa de :data:`ESPERA` segundos: en
una tubería, en CI o con una orden corta no escribe nada. La línea se borra antes de que la
orden escriba algo en la salida estándar (:meth:`Progreso.envolver`) y se vuelve a pintar
después, así que los hallazgos no se mezclan con ella.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import IO

#: Segundos antes de mostrar el progreso (una orden corta no lo necesita).
ESPERA = 1.0
#: Segundos entre dos repintados.
INTERVALO = 0.2


def es_terminal(flujo: IO[str] | None) -> bool:
    """Si ``flujo`` es una terminal (y no una tubería, un archivo o nada)."""
    try:
        return flujo is not None and flujo.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _miles(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class Progreso:
    """``cobro lint: 1.200 de 4.354 archivos revisados…`` en la salida de errores; sin
    ``total`` (un flujo que no se sabe cuánto dura, como ``cobro combinar``), cuántos van y a
    qué ritmo: ``combinando: 12.000 filas (350 filas/s)…``."""

    def __init__(self, total: int | None, que: str = "archivos revisados", *,
                 prefijo: str = "cobro", terminal: IO[str] | None = None,
                 activo: bool | None = None,
                 reloj: Callable[[], float] = time.monotonic) -> None:
        self.total, self.que, self.prefijo = total, que, prefijo
        self.terminal = sys.stderr if terminal is None else terminal
        self.activo = ((es_terminal(self.terminal) if activo is None else activo)
                       and (total is None or total > 1))
        self.reloj = reloj
        self.hechos = 0
        self._inicio = reloj()
        self._ultimo = 0.0
        self._visible = False

    def borrar(self) -> None:
        """Quita la línea de progreso (antes de escribir otra cosa en la terminal)."""
        if self._visible:
            self._escribir("\r\033[K")
            self._visible = False

    def avanzar(self, n: int = 1) -> None:
        self.ir(self.hechos + n)

    def ir(self, hechos: int) -> None:
        """Van ``hechos`` (el recuento entero, para quien lo lleva por su cuenta)."""
        self.hechos = hechos
        if not self.activo:
            return
        ahora = self.reloj()
        if ahora - self._inicio < ESPERA or (self._visible and ahora - self._ultimo < INTERVALO):
            return
        self._ultimo = ahora
        if self.total is None:
            ritmo = self.hechos / max(ahora - self._inicio, 1e-9)
            cuanto = f"{_miles(self.hechos)} {self.que} ({_miles(round(ritmo))} {self.que}/s)"
        else:
            cuanto = f"{_miles(self.hechos)} de {_miles(self.total)} {self.que}"
        self._escribir(f"\r\033[K{self.prefijo}: {cuanto}…")
        self._visible = True

    def terminar(self) -> None:
        self.borrar()

    def envolver(self, salida: IO[str]) -> IO[str]:
        """``salida`` con la línea de progreso borrada antes de cada escritura."""
        return _SalidaConProgreso(salida, self) if self.activo else salida

    def _escribir(self, texto: str) -> None:
        try:
            self.terminal.write(texto)
            self.terminal.flush()
        except (OSError, ValueError):
            self.activo = False


class _SalidaConProgreso:
    def __init__(self, salida: IO[str], progreso: Progreso) -> None:
        self._salida, self._progreso = salida, progreso

    def write(self, texto: str) -> int:
        self._progreso.borrar()
        return self._salida.write(texto)

    def __getattr__(self, nombre: str):
        return getattr(self._salida, nombre)
