"""El recolector de ciclos durante el arranque de ``cobro lint``.

Al arrancar, ``cobro lint`` importa sus módulos y lee de la caché de disco las reglas, el
modelo y sus expresiones: decenas de miles de objetos que viven hasta el final. El
recolector de ciclos los recorría una y otra vez mientras tanto (~50 pasadas, 7-8 ms en
una máquina libre, todo antes de repartir los archivos entre procesos) sin nada que
recoger. :func:`pausar` lo detiene durante el arranque; :func:`reanudar`, tras revisar el
primer archivo, pasa lo creado hasta entonces a la generación permanente
(:func:`gc.freeze`: el recolector ya no lo recorre, tampoco en los procesos hijos) y lo
vuelve a poner en marcha: lo que se crea al revisar los demás archivos se recoge como
siempre (la memoria de un lote de 100.000 mensajes no crece).

Congelar solo tiene sentido en un proceso que termina al acabar la orden: por eso solo
actúa entre :func:`permitir` y :func:`retirar` (lo hace ``cli.main``, la entrada del programa
``cobro``, alrededor de la orden; :func:`retirar` deja el recolector como estaba si la orden
se ejecutó dentro de otro proceso). Quien usa cobro como biblioteca, el servidor LSP o las
pruebas que invocan las órdenes con ``CliRunner`` no lo notan.
"""

from __future__ import annotations

import gc

_permitido = False
_pausado = False
_congelado = False


def permitir() -> None:
    """Este proceso es ``cobro`` y termina con la orden: :func:`pausar` puede actuar."""
    global _permitido
    _permitido = True


def retirar() -> None:
    """Fin de la orden: el recolector, como estaba antes de :func:`permitir` (en marcha y sin
    nada congelado por este módulo)."""
    global _permitido, _pausado, _congelado
    _permitido = False
    if _pausado:
        _pausado = False
        gc.enable()
    if _congelado:
        _congelado = False
        gc.unfreeze()


def pausar() -> None:
    """Detiene el recolector si se permitió y estaba en marcha."""
    global _pausado
    if _permitido and not _pausado and gc.isenabled():
        gc.disable()
        _pausado = True


def reanudar() -> None:
    """Si :func:`pausar` lo detuvo: congela lo creado hasta ahora y lo vuelve a poner en
    marcha. Sin efecto en otro caso (se puede llamar tantas veces como se quiera)."""
    global _pausado, _congelado
    if _pausado:
        _pausado = False
        _congelado = True
        gc.freeze()
        gc.enable()


def pausado() -> bool:
    """Si el recolector está detenido por :func:`pausar`."""
    return _pausado
