"""Un plan (o una comprobación) como texto, JSON o iCalendar.

El iCalendar se construye con la biblioteca `icalendar <https://pypi.org/project/icalendar/>`_
(la de referencia en Python, RFC 5545): un evento por contacto, en la zona horaria del deudor,
con su VTIMEZONE, para importarlo en cualquier calendario.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from generador import __version__
from generador.plan.calendario import MESES, fecha_larga
from generador.plan.comprobar import Comprobacion
from generador.plan.limites import aviso_sin_ley
from generador.plan.planificar import Plan

VERSION_JSON = 1


def plan_json(plan: Plan) -> str:
    datos = {"version": VERSION_JSON, **plan.como_dict(),
             "omitidos": [vars(o) for o in plan.omitidos], "sin_fecha": plan.sin_fecha}
    if plan.pais.reglas_contacto.sin_ley:  # solo entonces: la salida de siempre no cambia
        datos["aviso"] = aviso_sin_ley(plan.pais)
    return json.dumps(datos, ensure_ascii=False, indent=2) + "\n"


def plan_texto(plan: Plan) -> str:
    pais = plan.pais
    vence = plan.vencimiento
    lineas = [
        f"Plan de cobro · {pais.nombre} ({pais.codigo}) · vence el {fecha_larga(vence)} de "
        f"{vence.year}",
        f"Sector: {plan.titulo_sector or plan.sector} ({plan.audiencia.upper()}), registro "
        f"{plan.registro}; horas en {plan.zona_horaria} (la del deudor).",
        "",
    ]
    # lo que lee una persona va con los títulos (SMS, Primer recordatorio); el id de la
    # plantilla, que es lo que se busca en el catálogo, queda al final de la línea
    ancho_canal = max((len(plan.titulo(c.canal)) for c in plan.contactos), default=5)
    ancho_etapa = max((len(plan.titulo(c.etapa)) for c in plan.contactos), default=5)
    for c in plan.contactos:
        lineas.append(f"{c.fecha.isoformat()}  {c.ventana}  "
                      f"{plan.titulo(c.canal):<{ancho_canal}}  "
                      f"{plan.titulo(c.etapa):<{ancho_etapa}}  {c.plantilla}")
        if c.motivo:
            lineas.append(f"    movido: {c.motivo}")
    if not plan.contactos:
        lineas.append("(ningún contacto)")
    if plan.omitidos:
        lineas += ["", "No se envían:"]
        lineas += [f"  {plan.titulo(o.tipo)} por {plan.titulo(o.canal)} "
                   f"({plan.titulo(o.etapa)}): {o.motivo}" for o in plan.omitidos]
    if plan.sin_fecha:
        lineas += ["", "Sin fecha fija (se envían cuando ocurre): "
                   + ", ".join(plan.titulo(e) for e in plan.sin_fecha)]
    lineas += ["", f"Límites de {pais.nombre}: {pais.reglas_contacto.resumen}"]
    if pais.reglas_contacto.sin_ley:
        lineas += [f"Aviso: {aviso_sin_ley(pais)}.", "Límites prudentes (sin fuente legal):"]
        lineas += [f"  {x.nombre}: {x.descripcion}" for x in plan.exigencias()]
        return "\n".join(lineas) + "\n"
    lineas.append("Fuentes:")
    for x in plan.exigencias():
        caracter = "recomendación" if x.es_recomendacion else "ley"
        lineas.append(f"  {x.nombre} ({caracter}, confianza {x.confianza}): {x.fuente.cita()} · "
                      f"{x.fuente.url} (leído el {x.fuente.verificado.isoformat()})")
    return "\n".join(lineas) + "\n"


def plan_ics(plan: Plan, ahora: dt.datetime | None = None) -> str:
    """El plan como calendario iCalendar (RFC 5545)."""
    from zoneinfo import ZoneInfo

    import icalendar

    zona = ZoneInfo(plan.zona_horaria)
    ahora = ahora or dt.datetime.now(dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//cobro {__version__}//plan de cobro//ES")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    vence = plan.vencimiento
    cal.add("x-wr-calname", f"Cobro {plan.pais.nombre} · vence el {vence.day} de "
                            f"{MESES[vence.month - 1]} de {vence.year}")
    cal.add("x-wr-timezone", plan.zona_horaria)
    for i, c in enumerate(plan.contactos):
        desde = dt.datetime.combine(c.fecha, c.ventana.desde, zona)
        if c.ventana.hasta == dt.time.max:
            hasta = dt.datetime.combine(c.fecha + dt.timedelta(days=1), dt.time(0, 0), zona)
        else:
            hasta = dt.datetime.combine(c.fecha, c.ventana.hasta, zona)
        semilla = f"{plan.pais.codigo}|{plan.vencimiento}|{plan.sector}|{c.tipo}|{c.canal}|{i}"
        evento = icalendar.Event()
        evento.add("uid", hashlib.sha1(semilla.encode()).hexdigest() + "@cobro")
        evento.add("dtstamp", ahora)
        evento.add("dtstart", desde)
        evento.add("dtend", hasta)
        evento.add("summary", f"Cobro: {plan.titulo(c.tipo)} por {plan.titulo(c.canal)} "
                              f"({plan.titulo(c.etapa)})")
        descripcion = [f"Plantilla: {c.plantilla}",
                       f"Enviar entre las {c.ventana.texto_desde} y las {c.ventana.texto_hasta} "
                       f"({plan.zona_horaria}), el {fecha_larga(c.fecha)}."]
        if c.motivo:
            descripcion.append(f"Movido: {c.motivo}")
        evento.add("description", "\n".join(descripcion))
        evento.add("categories", [c.canal, c.etapa])
        evento.add("transp", "TRANSPARENT")
        cal.add_component(evento)
    _zonas_horarias(cal, plan)
    return cal.to_ical().decode("utf-8")


def _zonas_horarias(cal, plan: Plan) -> None:
    """El VTIMEZONE de la zona del plan, con sus cambios de hora solo en los años del plan (no
    de 1970 a 2038: un plan de 2040 quedaría sin cubrir y uno de 2026 arrastraría 60 años de
    cambios) y su comentario en español."""
    fechas = [c.fecha for c in plan.contactos] or [plan.vencimiento]
    desde = dt.date(min(fechas).year - 1, 1, 1)
    hasta = dt.date(max(fechas).year + 2, 1, 1)
    cal.add_missing_timezones(first_date=desde, last_date=hasta)
    for zona in cal.walk("VTIMEZONE"):
        if "COMMENT" in zona:
            del zona["COMMENT"]
        zona.add("comment", f"Cambios de hora del {desde.isoformat()} al {hasta.isoformat()}, "
                            "los años del plan.")


def comprobacion_texto(c: Comprobacion) -> str:
    lineas = [f"{i.archivo}:{i.fila}: {i.resumen()}" for i in c.incumplimientos]
    n = len(c.incumplimientos)
    clientes = f" de {c.clientes} clientes" if c.clientes > 1 else ""
    envios = f"{c.filas} envío{'s' if c.filas != 1 else ''}{clientes}"
    if n:
        lineas.append(f"\n{n} incumplimiento{'s' if n != 1 else ''} en {envios} ({c.pais.nombre}).")
    else:
        lineas.append(f"{envios} revisado{'s' if c.filas != 1 else ''}: ninguno incumple los "
                      f"límites de {c.pais.nombre}.")
    if not c.con_cliente and c.filas:
        lineas.append("Sin columna 'cliente': todos los envíos se cuentan como del mismo deudor.")
    return "\n".join(lineas) + "\n"


def comprobacion_json(c: Comprobacion) -> str:
    datos = {
        "version": VERSION_JSON,
        "pais": c.pais.codigo,
        "archivo": c.archivo,
        "zona_horaria": c.zona_horaria,
        "filas": c.filas,
        "incumplimientos": [i.como_dict() for i in c.incumplimientos],
    }
    return json.dumps(datos, ensure_ascii=False, indent=2) + "\n"
