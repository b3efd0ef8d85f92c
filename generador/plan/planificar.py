"""La escalera de cobro -> contactos con fecha y ventana horaria, dentro de los límites del país.

Las etapas (con su día respecto al vencimiento), los tipos de cada etapa y los canales de cada
tipo vienen del modelo cargado (:func:`generador.cargar.cargar`); aquí no se nombra ninguno.
Cada contacto se coloca en el día previsto si el país lo permite; si no, en el primer día
siguiente que cumpla horarios, festivos y límites de frecuencia, y ``motivo`` explica por qué,
citando la norma.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from generador.componer import id_con_pais, identificador
from generador.errores import ErrorCobro, valor_desconocido
from generador.modelo import REGISTROS, Especificacion
from generador.plan.calendario import Calendario, fecha_larga
from generador.plan.frecuencia import Envio, incumple
from generador.plan.limites import Horario, Limite, Pais, Ventana

HORIZONTE_DIAS = 366


@dataclass(frozen=True)
class Contacto:
    """Un contacto del plan: cuándo, por qué canal, con qué plantilla y, si se movió, por qué."""

    fecha: dt.date
    ventana: Ventana
    canal: str
    tipo: str
    etapa: str
    plantilla: str
    motivo: str | None
    fecha_prevista: dt.date

    def como_dict(self) -> dict:
        return {
            "fecha": self.fecha.isoformat(),
            "desde": self.ventana.texto_desde,
            "hasta": self.ventana.texto_hasta,
            "canal": self.canal,
            "tipo": self.tipo,
            "etapa": self.etapa,
            "plantilla": self.plantilla,
            "motivo": self.motivo,
        }


@dataclass(frozen=True)
class Omitido:
    """Un tipo y canal de la escalera que no entra en el plan, con su motivo."""

    tipo: str
    canal: str
    etapa: str
    motivo: str


@dataclass
class Plan:
    """El resultado de planificar."""

    pais: Pais
    vencimiento: dt.date
    zona_horaria: str
    sector: str
    audiencia: str
    registro: str
    contactos: list[Contacto] = field(default_factory=list)
    omitidos: list[Omitido] = field(default_factory=list)
    sin_fecha: list[str] = field(default_factory=list)  # etapas sin día fijo
    #: nombre de tipo, etapa o canal -> su título («Recordatorio previo al vencimiento»),
    #: para lo que lee una persona (el calendario); el JSON sigue con los nombres
    titulos: dict[str, str] = field(default_factory=dict)
    #: el título del sector (``Energía``), para el texto; el JSON sigue con su nombre
    titulo_sector: str = ""

    def titulo(self, nombre: str) -> str:
        return self.titulos.get(nombre, nombre)

    def como_dict(self) -> dict:
        return {
            "pais": self.pais.codigo,
            "vencimiento": self.vencimiento.isoformat(),
            "zona_horaria": self.zona_horaria,
            "sector": self.sector,
            "audiencia": self.audiencia,
            "registro": self.registro,
            "contactos": [c.como_dict() for c in self.contactos],
        }

    def exigencias(self) -> list[Horario | Limite]:
        """Horarios y límites del país (para citar las fuentes)."""
        return [*self.pais.reglas_contacto.horarios, *self.pais.reglas_contacto.limites]


def _elegir_perfil(espec: Especificacion, sector: str | None, audiencia: str | None) -> tuple[str, str]:
    if sector is None:
        candidatos = [s for s in sorted(espec.sectores)
                      if audiencia is None or audiencia in espec.sectores[s].perfiles]
        if not candidatos:
            raise ErrorCobro(f"--audiencia: ningún sector tiene la audiencia '{audiencia}'")
        sector = candidatos[0]
    if sector not in espec.sectores:
        raise ErrorCobro(f"--sector: {valor_desconocido('el sector', sector, espec.sectores)}")
    perfiles = espec.sectores[sector].perfiles
    if audiencia is None:
        audiencia = next(iter(perfiles))
    if audiencia not in perfiles:
        que = f"la audiencia del sector {sector}"
        raise ErrorCobro(f"--audiencia: {valor_desconocido(que, audiencia, perfiles)}")
    return sector, audiencia


#: Canales que el plan solo usa si se piden con ``--canales`` (son alternativas a otro canal
#: de la misma etapa; sumarlos duplicaría contactos que la ley de varios países limita).
CANALES_A_PETICION = ("whatsapp", "llamada")


def planificar(espec: Especificacion, pais: Pais, vencimiento: dt.date, *, sector: str | None = None,
               audiencia: str | None = None, canales: list[str] | None = None,
               registro: str = "usted", zona_horaria: str | None = None,
               subdivision: str | None = None) -> Plan:
    """Convierte la escalera en contactos fechados para una factura que vence ``vencimiento``."""
    if registro not in REGISTROS:
        raise ErrorCobro(f"--registro: {valor_desconocido('el registro', registro, REGISTROS)}")
    disponibles = list(dict.fromkeys(c for t in espec.tipos.values() for c in t.canales))
    for canal in canales or ():
        if canal not in disponibles:
            raise ErrorCobro(
                f"--canales: {valor_desconocido('el canal', canal, disponibles)} "
                "(los canales salen de los textos de cada tipo en mensajes/tipos/)")
    sector, audiencia = _elegir_perfil(espec, sector, audiencia)
    calendario = Calendario(pais, zona_horaria, subdivision)
    plan = Plan(pais, vencimiento, calendario.zona_horaria, sector, audiencia, registro)
    plan.titulos = {**{t.nombre: t.titulo for t in espec.tipos.values()},
                    **{e.nombre: e.titulo for e in espec.etapas.values()},
                    # en medio de la frase: «por email», «por SMS», «por WhatsApp»
                    **{c.nombre: c.titulo if c.titulo[1:] != c.titulo[1:].lower()
                       else c.titulo.lower() for c in espec.canales.values()}}
    sector_modelo = espec.sectores[sector]
    plan.titulo_sector = sector_modelo.titulo
    perfil = sector_modelo.perfiles[audiencia]

    pendientes = []
    for etapa in sorted(espec.etapas.values(), key=lambda e: e.orden):
        tipos = [t for t in espec.tipos.values() if t.etapa == etapa.nombre]
        if etapa.dia is None:
            if tipos:
                plan.sin_fecha.append(etapa.nombre)
            continue
        for tipo in tipos:
            # WhatsApp y llamada sustituyen a un SMS o un email, no se suman: solo si se piden
            orden_canales = canales if canales else [c for c in tipo.canales
                                                     if c not in CANALES_A_PETICION]
            for canal in orden_canales:
                if canal not in tipo.canales:
                    continue
                exclusion = next((e for e in (*tipo.exclusiones, *perfil.exclusiones)
                                  if e.aplica(sector, audiencia, tipo.nombre, canal, registro)), None)
                if exclusion is not None:
                    plan.omitidos.append(Omitido(tipo.nombre, canal, etapa.nombre, exclusion.motivo))
                    continue
                prevista = vencimiento + dt.timedelta(days=etapa.dia)
                pendientes.append((prevista, etapa.orden, len(pendientes), tipo.nombre, canal,
                                   etapa.nombre))

    previstas = sorted({p[0] for p in pendientes})
    colocados: list[Envio] = []
    for prevista, _orden, _i, tipo, canal, etapa in sorted(pendientes):
        siguientes = [f for f in previstas if f > prevista]
        tope = siguientes[0] if siguientes else prevista + dt.timedelta(days=HORIZONTE_DIAS)
        try:
            fecha, ventana, motivo = _colocar(calendario, pais, prevista, canal, colocados, tope)
        except _NoCabe as exc:
            plan.omitidos.append(Omitido(tipo, canal, etapa, exc.motivo))
            continue
        colocados.append(Envio(fecha, canal))
        # el id del catálogo (con país), el mismo que dan cobro generar y el sitio
        plantilla = id_con_pais(pais.codigo, identificador(sector_modelo, audiencia, tipo, canal,
                                                            registro))
        plan.contactos.append(Contacto(fecha, ventana, canal, tipo, etapa, plantilla, motivo,
                                       prevista))
    plan.contactos.sort(key=lambda c: (c.fecha, c.ventana.desde))
    return plan


class _NoCabe(Exception):
    def __init__(self, motivo: str) -> None:
        super().__init__(motivo)
        self.motivo = motivo


def _colocar(calendario: Calendario, pais: Pais, prevista: dt.date, canal: str,
             colocados: list[Envio], tope: dt.date) -> tuple[dt.date, Ventana, str | None]:
    """El primer día desde ``prevista`` (y antes de ``tope``, el día previsto de la etapa
    siguiente) que permiten horarios, festivos y límites."""
    razones: dict[tuple[str, str], str] = {}
    fecha = prevista
    while fecha < tope:
        ventana, bloqueos = calendario.ventana(fecha, canal)
        if ventana is None:
            for b in bloqueos:
                razones.setdefault((b.horario.nombre, b.razon), b.motivo())
            fecha += dt.timedelta(days=1)
            continue
        roto = next((lim for lim in pais.reglas_contacto.limites
                     if incumple(lim, fecha, canal, colocados, suponer_conversacion=True)), None)
        if roto is not None:
            razones.setdefault((roto.nombre, ""),
                               f"{fecha_larga(fecha)}: {roto.cita()} {roto.explicar()}")
            fecha += dt.timedelta(days=1)
            continue
        if fecha == prevista:
            return fecha, ventana, None
        return fecha, ventana, "; ".join(razones.values()) + f"; se pasa al {fecha_larga(fecha)}"
    raise _NoCabe("; ".join(razones.values()) + f"; no cabe antes del {fecha_larga(tope)} "
                  "(cuando toca la etapa siguiente), así que no se envía")
