"""Los límites de frecuencia aplicados a una lista de contactos (planificados o enviados)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generador.plan.limites import Limite

_DIA = dt.timedelta(days=1)


@dataclass(frozen=True)
class Envio:
    """Un contacto ya colocado en el plan o ya hecho según el registro del equipo."""

    fecha: dt.date
    canal: str
    conversacion: bool = False


def incumple(limite: Limite, fecha: dt.date, canal: str, previos: Sequence[Envio],
             suponer_conversacion: bool = False) -> bool:
    """¿Añadir un contacto por ``canal`` en ``fecha`` a ``previos`` rompe ``limite``?

    Los periodos de ``en_dias`` son días seguidos cualesquiera (no semanas de calendario):
    la lectura prudente de «por semana» y «en la misma semana». Con ``suponer_conversacion``
    (al planificar) cada contacto que cuenta para el límite se trata como una posible
    conversación, antes o después de la fecha.
    """
    if not limite.aplica(canal):
        return False
    fechas = [(p.fecha, p.canal) for p in previos if limite.aplica(p.canal)]
    if limite.clase == "dias_entre":
        return any(abs((f - fecha).days) < limite.valor for f, _ in fechas)
    if limite.clase == "dias_tras_conversacion":
        if suponer_conversacion:
            return any(abs((f - fecha).days) < limite.valor for f, _ in fechas)
        return any(p.conversacion and limite.aplica(p.canal)
                   and 0 <= (fecha - p.fecha).days < limite.valor for p in previos)
    for desplazamiento in range(limite.en_dias):
        inicio = fecha - desplazamiento * _DIA
        fin = inicio + (limite.en_dias - 1) * _DIA
        dentro = [c for f, c in fechas if inicio <= f <= fin]
        if limite.clase == "maximo" and len(dentro) + 1 > limite.valor:
            return True
        if limite.clase == "canales_distintos" and len({*dentro, canal}) > limite.valor:
            return True
    return False
