"""``cobro plan --comprobar envios.csv``: revisa el registro de envíos de un equipo.

El CSV tiene cabecera con las columnas ``fecha`` (AAAA-MM-DD o, salvo en Estados Unidos,
DD/MM/AAAA, como en ``cobro combinar``), ``hora`` (HH:MM, hora local del
deudor; o con desfase, ``14:00Z`` o ``09:00-05:00``, y se pasa a la hora del deudor) y
``canal``; opcionales ``cliente`` (los límites de frecuencia se cuentan por cliente) y
``conversacion`` (si/no: si la llamada acabó en conversación, para los límites que cuentan
días tras una conversación). Cada fila se revisa contra los mismos horarios, festivos y límites
que usa el plan; cada incumplimiento cita su norma.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path

from generador.combinar.valores import ValorInvalido
from generador.combinar.valores import fecha as leer_fecha
from generador.errores import ErrorCobro, ErrorEspecificacion, Problema, valor_desconocido
from generador.modelo import Especificacion
from generador.plan.calendario import Calendario, fecha_larga
from generador.plan.frecuencia import Envio, incumple
from generador.plan.limites import CANALES_SIN_PLANTILLA, DIAS_LEGIBLES, Horario, Limite, Pais

OBLIGATORIAS = ("fecha", "hora", "canal")
OPCIONALES = ("cliente", "conversacion")
_SI = {"si", "sí", "s", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}


@dataclass(frozen=True)
class Fila:
    """Un envío del registro."""

    numero: int
    fecha: dt.date
    hora: dt.time
    canal: str
    cliente: str
    conversacion: bool


@dataclass(frozen=True)
class Incumplimiento:
    """Un envío que rompe un horario o un límite, con la norma que lo dice."""

    archivo: str
    fila: int
    envio: Fila
    exigencia: Horario | Limite
    mensaje: str

    @property
    def severidad(self) -> str:
        """error si lo exige una ley leída con confianza; aviso si es una recomendación o la
        norma es dudosa (confianza media-baja o baja)."""
        dudosa = self.exigencia.confianza in ("media-baja", "baja")
        return "aviso" if self.exigencia.es_recomendacion or dudosa else "error"

    def resumen(self) -> str:
        cliente = f" (cliente {self.envio.cliente})" if self.envio.cliente else ""
        tipo = "recomendación" if self.exigencia.es_recomendacion else "ley"
        return (f"{self.severidad.upper()} {self.envio.fecha.isoformat()} "
                f"{self.envio.hora.strftime('%H:%M')} {self.envio.canal}{cliente}: {self.mensaje} "
                f"[{self.exigencia.nombre}, {tipo}, confianza {self.exigencia.confianza}]")

    def como_dict(self) -> dict:
        f = self.exigencia.fuente
        return {
            "fila": self.fila,
            "fecha": self.envio.fecha.isoformat(),
            "hora": self.envio.hora.strftime("%H:%M"),
            "canal": self.envio.canal,
            "cliente": self.envio.cliente or None,
            "regla": self.exigencia.nombre,
            "severidad": self.severidad,
            "caracter": self.exigencia.caracter,
            "confianza": self.exigencia.confianza,
            "ley": f.ley if f else None,  # None: límite prudente, sin ley verificada
            "articulo": f.articulo if f else None,
            "url": f.url if f else None,
            "mensaje": self.mensaje,
        }


@dataclass
class Comprobacion:
    """El resultado de revisar un registro."""

    pais: Pais
    archivo: str
    zona_horaria: str
    filas: int = 0
    clientes: int = 0
    con_cliente: bool = False
    incumplimientos: list[Incumplimiento] = field(default_factory=list)


_HORA = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$")


def leer_registro(ruta: Path, canales_validos: set[str],
                  zona: tzinfo | None = None, dia_primero: bool = True) -> tuple[list[Fila], bool]:
    """Lee y valida el CSV. Devuelve (filas, tiene_columna_cliente); lanza ErrorCobro si no
    se puede leer y ErrorEspecificacion con cada fila mala (número de línea y columna).
    ``dia_primero``: si ``02/03/2026`` es el 2 de marzo (como en ``cobro combinar``); en
    Estados Unidos esa forma es ambigua y se rechaza."""
    archivo = str(ruta)
    from generador.combinar.filas import Tabla

    tabla = Tabla(Path(ruta), "el registro de envíos en CSV (fecha,hora,canal[,cliente][,conversacion])",
                  "está vacío; la primera línea debe ser la cabecera "
                  "fecha,hora,canal[,cliente][,conversacion]")
    separador = tabla.separador
    cabecera = [c.lower() for c in tabla.cabecera]
    faltan = [c for c in OBLIGATORIAS if c not in cabecera]
    if faltan:
        raise ErrorCobro(f"--comprobar: a '{archivo}' le falta{'n' if len(faltan) > 1 else ''} la"
                         f"{'s' if len(faltan) > 1 else ''} columna{'s' if len(faltan) > 1 else ''} "
                         f"{', '.join(faltan)} en la cabecera (tiene: {', '.join(cabecera)}); "
                         "usa fecha,hora,canal[,cliente][,conversacion]")
    problemas: list[Problema] = []
    filas: list[Fila] = []
    for registro in tabla.registros():
        n = tabla.linea
        if len(registro) > len(cabecera):
            problemas.append(Problema(archivo, n, "", f"tiene más campos que la cabecera "
                                      f"({len(cabecera)}); ¿un separador '{separador}' de más?"))
            continue
        valores = {c: (registro[i] if i < len(registro) else "").strip() for i, c in enumerate(cabecera)}
        if not any(valores.values()):
            continue
        antes = len(problemas)
        try:  # las mismas fechas que combinar: AAAA-MM-DD y, salvo en EE. UU., DD/MM/AAAA
            fecha = leer_fecha(valores["fecha"], dia_primero=dia_primero)
        except ValorInvalido as exc:
            problemas.append(Problema(archivo, n, "fecha", str(exc)))
        try:
            if not _HORA.match(valores["hora"]):
                raise ValueError
            texto_hora = valores["hora"]
            if texto_hora.index(":") == 1:  # 9:30, como la exporta una hoja de cálculo
                texto_hora = "0" + texto_hora
            hora = dt.time.fromisoformat(texto_hora)
            if hora.tzinfo is not None and len(problemas) == antes and zona is not None:
                local = dt.datetime.combine(fecha, hora).astimezone(zona)
                fecha, hora = local.date(), local.time().replace(tzinfo=None)
        except ValueError:
            problemas.append(Problema(archivo, n, "hora",
                                      f"'{valores['hora']}' no es una hora HH:MM (p. ej. 09:30, "
                                      "o 14:30Z con desfase)"))
        canal = valores["canal"].lower()
        if canal not in canales_validos:
            problemas.append(Problema(archivo, n, "canal",
                                      valor_desconocido("el canal", canal or "(vacío)", canales_validos)))
        conversacion = valores.get("conversacion", "").lower()
        if conversacion not in _SI | _NO:
            problemas.append(Problema(archivo, n, "conversacion",
                                      f"'{valores['conversacion']}' no es si ni no"))
        if len(problemas) == antes:
            filas.append(Fila(n, fecha, hora, canal, valores.get("cliente", ""), conversacion in _SI))
    if problemas:
        raise ErrorEspecificacion(problemas, sujeto="El registro de envíos tiene")
    return filas, "cliente" in cabecera


def comprobar(espec: Especificacion, pais: Pais, ruta: Path | str, *, zona_horaria: str | None = None,
              subdivision: str | None = None) -> Comprobacion:
    """Revisa cada envío del registro contra horarios, festivos y límites del país."""
    ruta = Path(ruta)
    calendario = Calendario(pais, zona_horaria, subdivision)
    canales = ({c for t in espec.tipos.values() for c in t.canales}
               | pais.reglas_contacto.canales_nombrados() | set(CANALES_SIN_PLANTILLA))
    filas, con_cliente = leer_registro(ruta, canales, calendario.zona, dia_primero=pais.codigo != "us")
    resultado = Comprobacion(pais, str(ruta), calendario.zona_horaria, len(filas),
                             len({f.cliente for f in filas}), con_cliente)
    previos: dict[str, list[Envio]] = {}
    # Ningún límite mira más atrás que esto: lo anterior se descarta (registros largos).
    alcance = max((lim.en_dias if lim.clase in ("maximo", "canales_distintos") else lim.valor
                   for lim in pais.reglas_contacto.limites), default=1)
    # Ni cuenta más de esto: de envíos iguales (mismo día, canal y conversación) basta con
    # guardar tantos como el mayor «máximo» (los demás no cambian ningún resultado). Sin
    # tope, un registro sin columna cliente (todos del mismo deudor) con miles de envíos en
    # una semana se revisaba en tiempo cuadrático: 8.000 filas, dos minutos.
    tope = max((int(lim.valor) for lim in pais.reglas_contacto.limites if lim.clase == "maximo"),
               default=0) + 1
    iguales: dict[tuple[str, Envio], int] = {}
    for fila in sorted(filas, key=lambda f: (f.fecha, f.hora, f.numero)):
        def anotar(exigencia: Horario | Limite, mensaje: str, fila: Fila = fila) -> None:
            resultado.incumplimientos.append(
                Incumplimiento(str(ruta), fila.numero, fila, exigencia, mensaje))

        ventana, bloqueos = calendario.ventana(fila.fecha, fila.canal)
        for b in bloqueos:
            anotar(b.horario, b.motivo())
        if ventana is not None:
            for h in calendario.horarios_de(fila.canal):
                del_dia = h.dias[fila.fecha.weekday()]
                if del_dia is not None and not del_dia.contiene(fila.hora):
                    verbo = "recomienda" if h.es_recomendacion else "permite"
                    dia = DIAS_LEGIBLES[fila.fecha.weekday()]
                    anotar(h, f"a las {fila.hora.strftime('%H:%M')}: {h.cita()} {verbo} contactar "
                              f"el {dia} solo de {del_dia.texto_desde} a {del_dia.texto_hasta}")
        anteriores = previos.setdefault(fila.cliente, [])
        viejos = 0
        while viejos < len(anteriores) and (fila.fecha - anteriores[viejos].fecha).days >= alcance:
            iguales[fila.cliente, anteriores[viejos]] -= 1
            viejos += 1
        del anteriores[:viejos]
        for lim in pais.reglas_contacto.limites:
            if incumple(lim, fila.fecha, fila.canal, anteriores):
                anotar(lim, f"{fecha_larga(fila.fecha)}: {lim.cita()} {lim.explicar()}")
        envio = Envio(fila.fecha, fila.canal, fila.conversacion)
        if iguales.get((fila.cliente, envio), 0) < tope:
            iguales[fila.cliente, envio] = iguales.get((fila.cliente, envio), 0) + 1
            anteriores.append(envio)
    resultado.incumplimientos.sort(key=lambda i: (i.fila, i.exigencia.nombre))
    return resultado
