"""Escritura segura en la carpeta de salida (la usan ``generar`` y ``exportar``).

Reglas: nunca se escribe fuera de ``--salida``; una carpeta no vacía que cobro no creó se
rechaza salvo con ``--forzar``; todo se escribe en una carpeta temporal hermana que solo
se pone en su sitio si la orden termina bien, de modo que una ejecución interrumpida o un
disco lleno no deja una salida a medias. La política completa está en
:mod:`generador.carpeta_salida`; ``CarpetaSalida`` es su nombre de siempre.
"""

from __future__ import annotations

from generador.carpeta_salida import MARCA, Salida

CarpetaSalida = Salida

__all__ = ["MARCA", "CarpetaSalida"]
