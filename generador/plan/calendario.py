"""Días, horas y festivos de un país: cuándo se puede contactar por cada canal.

Los festivos vienen de la biblioteca `holidays <https://pypi.org/project/holidays/>`_ (mantenida,
con los festivos nacionales y regionales de cada país y sus traslados), con el código de país
del archivo del país (``festivos:`` en ``mensajes/paises/<cc>.yml``). Las ventanas están en la hora local del
deudor: la zona horaria del país, u otra con ``--zona-horaria``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from generador.errores import ErrorCobro, valor_desconocido
from generador.lint.cache_reglas import carpeta as carpeta_cache
from generador.lint.cache_reglas import escribir as escribir_cache
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
            origen = "--zona-horaria" if zona_horaria else _origen(pais, "zona_horaria")
            raise ErrorCobro(
                f"{origen}: la zona horaria '{self.zona_horaria}' no existe; usa un nombre IANA "
                "como America/Bogota o America/Los_Angeles") from None
        if subdivision is not None:
            _comprobar_subdivision(pais, subdivision)
        self.subdivision = subdivision
        self._por_anio: dict[int, dict[str, str]] = {}

    def festivo(self, fecha: dt.date) -> str | None:
        """El nombre del festivo de esa fecha, o None."""
        if fecha.year not in self._por_anio:
            self._por_anio[fecha.year] = festivos_del_anio(self.pais, self.subdivision, fecha.year)
        return self._por_anio[fecha.year].get(fecha.isoformat())

    def ventana(self, fecha: dt.date, canal: str) -> tuple[Ventana | None, list[Bloqueo]]:
        """La ventana de ese día para ese canal (el cruce de todos sus horarios), o None con
        los bloqueos que lo impiden."""
        ventana: Ventana | None = Ventana(dt.time(0, 0), dt.time.max)
        bloqueos: list[Bloqueo] = []
        horarios = self.horarios_de(canal)
        festivo = self.festivo(fecha) if any(h.excluye_festivos for h in horarios) else None
        for horario in horarios:
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
        return [h for h in self.pais.reglas_contacto.horarios if h.aplica(canal)]


def _origen(pais: Pais, clave: str) -> str:
    """'mensajes/paises/uy.yml:9: festivos': dónde se escribió un dato del país."""
    archivo = pais.archivo or f"mensajes/paises/{pais.codigo}.yml"
    linea = pais.lineas.get(clave) if pais.lineas else None
    return f"{archivo}:{linea}: {clave}" if linea else f"{archivo}: {clave}"


def _comprobar_subdivision(pais: Pais, subdivision: str) -> None:
    import holidays

    try:
        posibles = holidays.country_holidays(pais.festivos).subdivisions
    except NotImplementedError:
        return  # el código de país malo se explica al pedir los festivos
    if not posibles:
        raise ErrorCobro(f"--subdivision: {pais.nombre} ({pais.festivos}) no tiene festivos "
                         "regionales en la biblioteca holidays; quita --subdivision")
    if subdivision not in posibles:
        raise ErrorCobro("--subdivision: " + valor_desconocido(
            f"la región de {pais.nombre} ({pais.festivos})", subdivision, posibles))


def festivos_del_anio(pais: Pais, subdivision: str | None, anio: int) -> dict[str, str]:
    """Los festivos de un año (fecha ISO -> nombre en español si la biblioteca lo tiene).

    Importar los países de holidays cuesta ~0,1 s; por eso cada año ya calculado se guarda en
    la caché de cobro (la de las reglas del linter), con la versión instalada de holidays en
    la clave. ``COBRO_SIN_CACHE=1`` la desactiva; si no se puede leer o escribir, se ignora.
    """
    usar_cache = not os.environ.get("COBRO_SIN_CACHE")
    ruta = None
    if usar_cache:
        spec = importlib.util.find_spec("holidays")
        origen = spec.origin if spec and spec.origin else ""
        try:
            estado = os.stat(origen)
            version = f"{origen}:{estado.st_size}:{estado.st_mtime_ns}"
        except OSError:
            version = origen
        clave = hashlib.sha256(f"{version}|{pais.festivos}|{subdivision}|{anio}".encode()).hexdigest()
        ruta = carpeta_cache() / f"festivos-{clave[:24]}.json"
        try:
            return json.loads(ruta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    import holidays

    try:
        calculados = holidays.country_holidays(pais.festivos, subdiv=subdivision, years=anio,
                                               language="es")
    except NotImplementedError:
        origen = "--subdivision" if subdivision else _origen(pais, "festivos")
        raise ErrorCobro(
            f"{origen}: la biblioteca holidays no conoce '{subdivision or pais.festivos}'; "
            "usa un código de país ISO 3166 (p. ej. CO) o una subdivisión suya"
        ) from None
    resultado = {fecha.isoformat(): nombre for fecha, nombre in sorted(calculados.items())}
    if ruta is not None:
        # Una versión por país, subdivisión y año: se conservan muchas más que de las
        # reglas, pero no sin límite (la clave cambia también con la versión de holidays).
        escribir_cache(ruta, json.dumps(resultado, ensure_ascii=False).encode("utf-8"),
                       conservar=256)
    return resultado
