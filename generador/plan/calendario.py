"""Días, horas y festivos de un país: cuándo se puede contactar por cada canal.

Los festivos vienen de la biblioteca `holidays <https://pypi.org/project/holidays/>`_ (mantenida,
con los festivos nacionales y regionales de cada país y sus traslados), con el código de país
de ``mensajes/paises.yml`` (columna ``festivos``). Las ventanas están en la hora local del
deudor: la zona horaria del país, u otra con ``--zona-horaria``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from generador.errores import ErrorCobro
from generador.plan.limites import DIAS_LEGIBLES, Horario, Pais, Ventana

MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre")


def fecha_larga(fecha: dt.date) -> str:
    """'lunes 2 de marzo' (con el año si no es el del contexto no hace falta: va en la fecha ISO)."""
    return f"{DIAS_LEGIBLES[fecha.weekday()]} {fecha.day} de {MESES[fecha.month - 1]}"


@dataclass(frozen=True)
class Bloqueo:
    """Por qué un día no vale para un canal: qué exigencia lo impide y en qué se traduce."""

    horario: Horario
    razon: str  # 'domingo', 'festivo (Año Nuevo)'

    def motivo(self) -> str:
        que = "en festivos" if self.razon.startswith("festivo") else f"en {self.razon}"
        verbo = "desaconseja contactar" if self.horario.es_recomendacion else "no permite contactar"
        return f"{self.razon}: {self.horario.cita()} {verbo} {que}"


class Calendario:
    """Las ventanas de contacto de un país para cada fecha y canal."""

    def __init__(self, pais: Pais, zona_horaria: str | None = None,
                 subdivision: str | None = None) -> None:
        self.pais = pais
        self.zona_horaria = zona_horaria or pais.zona_horaria
        try:
            self.zona = ZoneInfo(self.zona_horaria)
        except (ZoneInfoNotFoundError, ValueError):
            origen = "--zona-horaria" if zona_horaria else f"mensajes/paises.yml: paises.{pais.codigo}"
            raise ErrorCobro(
                f"{origen}: la zona horaria '{self.zona_horaria}' no existe; usa un nombre IANA "
                "como America/Bogota o America/Los_Angeles") from None
        import holidays

        try:
            self._festivos = holidays.country_holidays(pais.festivos, subdiv=subdivision,
                                                       language="es")
        except NotImplementedError as exc:
            origen = "--subdivision" if subdivision else f"mensajes/paises.yml: paises.{pais.codigo}.festivos"
            raise ErrorCobro(
                f"{origen}: la biblioteca holidays no conoce '{subdivision or pais.festivos}' "
                f"({exc}); usa un código de país ISO 3166 (p. ej. CO) o una subdivisión suya"
            ) from None
        self.subdivision = subdivision

    def festivo(self, fecha: dt.date) -> str | None:
        """El nombre del festivo de esa fecha, o None."""
        return self._festivos.get(fecha)

    def ventana(self, fecha: dt.date, canal: str) -> tuple[Ventana | None, list[Bloqueo]]:
        """La ventana de ese día para ese canal (el cruce de todos sus horarios), o None con
        los bloqueos que lo impiden."""
        ventana: Ventana | None = Ventana(dt.time(0, 0), dt.time.max)
        bloqueos: list[Bloqueo] = []
        festivo = self.festivo(fecha)
        for horario in self.pais.contacto.horarios:
            if not horario.aplica(canal):
                continue
            if festivo is not None and horario.excluye_festivos:
                bloqueos.append(Bloqueo(horario, f"festivo ({festivo})"))
                continue
            del_dia = horario.dias[fecha.weekday()]
            if del_dia is None:
                bloqueos.append(Bloqueo(horario, DIAS_LEGIBLES[fecha.weekday()]))
                continue
            if ventana is not None:
                ventana = ventana.cruce(del_dia)
                if ventana is None:
                    bloqueos.append(Bloqueo(horario, f"{DIAS_LEGIBLES[fecha.weekday()]} "
                                                     "(sin hora común con los otros horarios)"))
        if bloqueos:
            return None, bloqueos
        return ventana, []

    def horarios_de(self, canal: str) -> list[Horario]:
        return [h for h in self.pais.contacto.horarios if h.aplica(canal)]
