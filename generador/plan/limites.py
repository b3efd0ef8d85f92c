"""Los límites de contacto de un país: esquema de la sección ``contacto`` y su modelo.

Un paquete de país (``reglas/paises/<cc>.yml``) tiene una sección ``contacto`` con:

- ``horarios``: ventanas por día de la semana (``lunes: "07:00-19:00"``, ``domingo: null``),
  si los festivos quedan excluidos y a qué canales se aplican;
- ``limites``: límites de frecuencia de una de cuatro clases: ``maximo`` contactos en
  ``en_dias`` días seguidos, ``canales_distintos`` en ``en_dias`` días, ``dias_entre`` dos
  contactos y ``dias_tras_conversacion``.

Cada horario y cada límite lleva su ``fuente`` (ley, artículo, URL, fecha de lectura), su
``caracter`` (``ley`` o ``recomendacion``) y su ``confianza``.

Un país sin paquete de ley (solo ``mensajes/paises/<cc>.yml``) se planifica con los límites
prudentes de ``limites_prudentes.yml``, junto a este módulo: recomendaciones sin fuente legal
(no se inventa ninguna ley), que el plan dice claramente que no lo son
(:attr:`ReglasContacto.sin_ley`). La validación usa el mismo
esquema declarativo que el resto de especificaciones y devuelve todos los problemas como
``archivo:linea: clave: problema``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from generador import esquema as E
from generador import modelo
from generador.errores import ErrorCobro, ErrorEspecificacion, Problema, valor_desconocido
from generador.yaml_lineas import Mapa

DIAS = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")
DIAS_LEGIBLES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
CARACTERES = ("ley", "recomendacion")
CONFIANZAS = ("alta", "media", "media-baja", "baja")
CLASES_LIMITE = ("maximo", "canales_distintos", "dias_entre", "dias_tras_conversacion")
# Canales que un límite o un registro de envíos puede nombrar además de los de las plantillas
# (DESIGN.md, «canal»): los que cobro no redacta pero un equipo sí usa.
CANALES_SIN_PLANTILLA = ("whatsapp", "llamada", "visita")

_VENTANA = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_URL = re.compile(r"^https?://\S+$")

ESQUEMA_FUENTE = E.Mapa(
    {
        "ley": E.Campo(str, descripcion="la norma (p. ej. Ley 2300 de 2023)"),
        "articulo": E.Campo(str, descripcion="el artículo (p. ej. art. 3)"),
        "url": E.Campo(str, descripcion="dónde se leyó"),
        "verificado": E.Campo(dt.date, descripcion="fecha de lectura AAAA-MM-DD"),
    }
)

_COMUNES = {
    "nombre": E.Campo(str, patron=E.NOMBRE, descripcion="identificador estable"),
    "descripcion": E.Campo(str, descripcion="qué exige, en una frase"),
    "canales": E.Lista(E.Campo(str, patron=E.NOMBRE), requerido=False, no_vacia=True, unica=True,
                       descripcion="canales a los que se aplica; sin ella, a todos"),
    "caracter": E.Campo(str, valores=CARACTERES,
                        descripcion="ley o recomendacion (prudente, sin ley que lo exija)"),
    "confianza": E.Campo(str, valores=CONFIANZAS, descripcion="qué seguridad hay sobre la norma"),
    "nota": E.Campo(str, requerido=False, descripcion="dudas, alcance, lectura elegida"),
    "fuente": ESQUEMA_FUENTE,
}

ESQUEMA_HORARIO = E.Mapa(
    {
        **_COMUNES,
        "dias": E.Mapa(
            {d: E.Campo(str, nulo=True, descripcion="HH:MM-HH:MM o null (ese día no)") for d in DIAS}
        ),
        "excluye_festivos": E.Campo(bool, descripcion="true: ningún contacto en festivos"),
    }
)

ESQUEMA_LIMITE = E.Mapa(
    {
        **_COMUNES,
        "maximo": E.Campo(int, requerido=False, descripcion="contactos como máximo en en_dias"),
        "canales_distintos": E.Campo(int, requerido=False,
                                     descripcion="canales distintos como máximo en en_dias"),
        "en_dias": E.Campo(int, requerido=False, descripcion="días seguidos que cuenta el límite"),
        "dias_entre": E.Campo(int, requerido=False, descripcion="días mínimos entre dos contactos"),
        "dias_tras_conversacion": E.Campo(
            int, requerido=False, descripcion="días sin contactar tras una conversación"),
    }
)

ESQUEMA_CONTACTO = E.Mapa(
    {
        "resumen": E.Campo(str, descripcion="los límites del país en una o dos frases"),
        "horarios": E.Lista(ESQUEMA_HORARIO, no_vacia=True),
        "limites": E.Lista(ESQUEMA_LIMITE),
    }
)


def _sin_fuente(esquema: E.Mapa) -> E.Mapa:
    """El esquema de un horario o límite prudente: sin ``fuente`` (no hay ley que citar) y
    siempre ``recomendacion``."""
    campos = {k: v for k, v in esquema.campos.items() if k != "fuente"}
    campos["caracter"] = E.Campo(str, valores=("recomendacion",),
                                 descripcion="un límite prudente nunca es ley")
    return E.Mapa(campos)


#: ``limites_prudentes.yml``: los límites de un país sin paquete de ley.
ESQUEMA_CONTACTO_PRUDENTE = E.Mapa(
    {
        "resumen": E.Campo(str, descripcion="qué se aplica y que no es ninguna ley"),
        "horarios": E.Lista(_sin_fuente(ESQUEMA_HORARIO), no_vacia=True),
        "limites": E.Lista(_sin_fuente(ESQUEMA_LIMITE)),
    }
)
RUTA_PRUDENTES = Path(__file__).with_name("limites_prudentes.yml")


# --- Modelo -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fuente:
    """De dónde sale una exigencia."""

    ley: str
    articulo: str
    url: str
    verificado: dt.date

    def cita(self) -> str:
        """'Ley 2300 de 2023 art. 3'."""
        return f"{self.ley} {self.articulo}"


@dataclass(frozen=True)
class Ventana:
    """Un tramo horario de un día, en la hora local del deudor (desde incluido, hasta no)."""

    desde: dt.time
    hasta: dt.time

    def __str__(self) -> str:
        return f"{self.texto_desde}-{self.texto_hasta}"

    @property
    def texto_desde(self) -> str:
        return _hhmm(self.desde)

    @property
    def texto_hasta(self) -> str:
        """'19:00'; el final del día es '24:00'."""
        return _hhmm(self.hasta)

    def contiene(self, hora: dt.time) -> bool:
        return self.desde <= hora < self.hasta

    def cruce(self, otra: Ventana) -> Ventana | None:
        desde, hasta = max(self.desde, otra.desde), min(self.hasta, otra.hasta)
        return Ventana(desde, hasta) if desde < hasta else None


def _hhmm(hora: dt.time) -> str:
    return "24:00" if hora == dt.time.max else hora.strftime("%H:%M")


@dataclass(frozen=True)
class Exigencia:
    """Lo común a horarios y límites: nombre, alcance, carácter y fuente."""

    nombre: str
    descripcion: str
    canales: tuple[str, ...] | None
    caracter: str
    confianza: str
    #: None en los límites prudentes de un país sin paquete de ley: no hay ley que citar
    fuente: Fuente | None
    nota: str = ""
    archivo: str = ""
    linea: int = 0

    def aplica(self, canal: str) -> bool:
        return self.canales is None or canal in self.canales

    @property
    def es_recomendacion(self) -> bool:
        return self.caracter == "recomendacion"

    def cita(self) -> str:
        """La cita para un motivo: 'Ley 2300 de 2023 art. 3' (y si es recomendación, dicho)."""
        if self.fuente is None:
            return f"el límite prudente «{self.nombre}» (sin ley verificada en este país)"
        if self.es_recomendacion:
            return f"la recomendación de cobro «{self.nombre}» (sin ley que lo exija; {self.fuente.cita()})"
        return self.fuente.cita()


@dataclass(frozen=True)
class Horario(Exigencia):
    """Ventanas por día de la semana (0 = lunes) y si los festivos quedan excluidos."""

    dias: tuple[Ventana | None, ...] = ()
    excluye_festivos: bool = True


@dataclass(frozen=True)
class Limite(Exigencia):
    """Un límite de frecuencia de una de las cuatro clases (``clase``)."""

    clase: str = "maximo"
    valor: int = 1
    en_dias: int = 1

    def explicar(self) -> str:
        """El límite en palabras, con su verbo: 'permite como máximo 1 contacto al día'."""
        rec = self.es_recomendacion
        canales = f" por {_o(self.canales)}" if self.canales else ""
        if self.clase == "maximo":
            periodo = "al día" if self.en_dias == 1 else f"en {self.en_dias} días seguidos"
            return (f"{'recomienda' if rec else 'permite'} como máximo "
                    f"{_n(self.valor, 'contacto')}{canales} {periodo}")
        if self.clase == "canales_distintos":
            periodo = "el mismo día" if self.en_dias == 1 else f"{self.en_dias} días seguidos"
            return (f"{'recomienda' if rec else 'permite'} como máximo "
                    f"{_n(self.valor, 'canal distinto', 'canales distintos')} en {periodo}")
        if self.clase == "dias_entre":
            return (f"{'recomienda' if rec else 'exige'} al menos {_n(self.valor, 'día')} "
                    f"entre dos contactos{canales}")
        return (f"{'desaconseja' if rec else 'prohíbe'} contactar{canales} en los "
                f"{_n(self.valor, 'día')} siguientes a una conversación")


def _o(nombres: tuple[str, ...]) -> str:
    """'email, sms o carta'."""
    return nombres[0] if len(nombres) == 1 else f"{', '.join(nombres[:-1])} o {nombres[-1]}"


def _n(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


@dataclass(frozen=True)
class ReglasContacto:
    """La sección ``contacto`` de un país, validada."""

    resumen: str
    horarios: tuple[Horario, ...]
    limites: tuple[Limite, ...]
    archivo: str = ""
    #: los límites prudentes por defecto de un país sin paquete de ley: ninguno es ley
    sin_ley: bool = False

    def canales_nombrados(self) -> set[str]:
        """Canales que nombra algún horario o límite (p. ej. llamada, visita)."""
        return {c for x in (*self.horarios, *self.limites) for c in (x.canales or ())}


@dataclass(frozen=True)
class Pais(modelo.Pais):
    """El país del modelo (:class:`generador.modelo.Pais`, de ``mensajes/paises/<cc>.yml``)
    con su sección ``contacto`` ya validada en ``reglas_contacto`` (o los límites prudentes
    por defecto si el país no tiene paquete de ley: ``sin_ley``)."""

    reglas_contacto: ReglasContacto | None = field(default=None, hash=False, compare=False)


# --- Validación ---------------------------------------------------------------------------


def _ventana(texto: str) -> Ventana | None:
    m = _VENTANA.match(texto.strip())
    if not m:
        return None
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if h2 == 24 and m2:
        return None
    desde = dt.time(h1, m1)
    hasta = dt.time.max if h2 == 24 else dt.time(h2, m2)
    return Ventana(desde, hasta) if desde < hasta else None


def _fuente(d: Mapa) -> Fuente:
    return Fuente(d["ley"].strip(), d["articulo"].strip(), d["url"].strip(), d["verificado"])


def _comunes(d: Mapa, archivo: str, linea: int) -> dict[str, Any]:
    return {
        "nombre": d["nombre"],
        "descripcion": " ".join(d["descripcion"].split()),
        "canales": tuple(d["canales"]) if "canales" in d else None,
        "caracter": d["caracter"],
        "confianza": d["confianza"],
        "fuente": _fuente(d["fuente"]) if "fuente" in d else None,
        "nota": " ".join(d.get("nota", "").split()),
        "archivo": archivo,
        "linea": linea,
    }


def validar_contacto(datos: Any, archivo: str, prefijo: str = "contacto", linea: int = 1,
                     canales_conocidos: set[str] | None = None,
                     sin_ley: bool = False) -> ReglasContacto:
    """Valida la sección ``contacto`` (el mapa crudo) y devuelve su modelo.

    Con ``canales_conocidos``, un canal que no esté ahí (una errata) es un problema. Con
    ``sin_ley``, son los límites prudentes (:data:`ESQUEMA_CONTACTO_PRUDENTE`, sin fuentes).

    Lanza :class:`ErrorEspecificacion` con todos los problemas, cada uno como
    ``archivo:linea: contacto.clave: problema``.
    """
    if isinstance(datos, dict) and not datos:
        raise ErrorEspecificacion(
            [Problema(archivo, getattr(datos, "linea", linea), prefijo,
                      "está vacía: declara resumen, horarios y limites (ver sitio/guia/plan.md)")],
            sujeto="Los límites de contacto tienen",
        )
    problemas = [
        Problema(p.archivo, p.linea if p.linea else linea,
                 ".".join(x for x in (prefijo, p.clave) if x), p.mensaje)
        for p in E.validar(datos, ESQUEMA_CONTACTO_PRUDENTE if sin_ley else ESQUEMA_CONTACTO,
                           archivo)
    ]
    if problemas:
        raise ErrorEspecificacion(problemas, sujeto="Los límites de contacto tienen")

    horarios: list[Horario] = []
    limites: list[Limite] = []
    vistos: dict[str, int] = {}

    def problema(lin: int, clave: str, mensaje: str) -> None:
        problemas.append(Problema(archivo, lin, ".".join(x for x in (prefijo, clave) if x),
                                  mensaje))

    def comunes(d: Mapa, clave: str, lin: int) -> None:
        if d["nombre"] in vistos:
            problema(d.linea_de("nombre"), f"{clave}.nombre",
                     f"'{d['nombre']}' ya se usa en la línea {vistos[d['nombre']]}; usa otro nombre")
        vistos.setdefault(d["nombre"], lin)
        for j, canal in enumerate(d.get("canales", [])):
            if canales_conocidos and canal not in canales_conocidos:
                problema(d["canales"].linea_de(j), f"{clave}.canales[{j}]",
                         valor_desconocido("el canal", canal, canales_conocidos))
        if "fuente" in d and not _URL.match(d["fuente"]["url"].strip()):
            problema(d["fuente"].linea_de("url"), f"{clave}.fuente.url",
                     f"'{d['fuente']['url']}' no es una URL http(s)")

    for i, h in enumerate(datos["horarios"]):
        clave, lin = f"horarios[{i}]", datos["horarios"].linea_de(i)
        comunes(h, clave, lin)
        ventanas: list[Ventana | None] = []
        for dia in DIAS:
            texto = h["dias"][dia]
            if texto is None or texto.strip().lower() in ("no", "ninguno"):
                ventanas.append(None)
                continue
            v = _ventana(texto)
            if v is None:
                problema(h["dias"].linea_de(dia), f"{clave}.dias.{dia}",
                         f"'{texto}' no es una ventana HH:MM-HH:MM (p. ej. 07:00-19:00) con "
                         "'desde' antes de 'hasta'; usa null si ese día no se contacta")
            ventanas.append(v)
        if all(v is None for v in ventanas):
            problema(h.linea_de("dias"), f"{clave}.dias",
                     "ningún día tiene ventana: no quedaría ningún momento para contactar")
        horarios.append(Horario(**_comunes(h, archivo, lin), dias=tuple(ventanas),
                                excluye_festivos=h["excluye_festivos"]))

    for i, d in enumerate(datos["limites"]):
        clave, lin = f"limites[{i}]", datos["limites"].linea_de(i)
        comunes(d, clave, lin)
        clases = [c for c in CLASES_LIMITE if c in d]
        if len(clases) != 1:
            problema(lin, clave, "declara exactamente una de estas claves: "
                     f"{', '.join(CLASES_LIMITE)} (tiene {', '.join(clases) or 'ninguna'})")
            continue
        clase = clases[0]
        valor = d[clase]
        if valor < 1:
            problema(d.linea_de(clase), f"{clave}.{clase}", f"debe ser 1 o más, no {valor}")
        con_periodo = clase in ("maximo", "canales_distintos")
        if con_periodo and "en_dias" not in d:
            problema(lin, f"{clave}.en_dias",
                     f"falta esta clave: '{clase}' cuenta contactos en un periodo de en_dias días")
        if not con_periodo and "en_dias" in d:
            problema(d.linea_de("en_dias"), f"{clave}.en_dias", f"sobra con '{clase}'; quítala")
        en_dias = d.get("en_dias", 1)
        if en_dias < 1:
            problema(d.linea_de("en_dias"), f"{clave}.en_dias", f"debe ser 1 o más, no {en_dias}")
        limites.append(Limite(**_comunes(d, archivo, lin), clase=clase, valor=valor, en_dias=en_dias))

    if problemas:
        raise ErrorEspecificacion(problemas, sujeto="Los límites de contacto tienen")
    return ReglasContacto(" ".join(datos["resumen"].split()), tuple(horarios), tuple(limites),
                          archivo, sin_ley=sin_ley)


def limites_prudentes(canales_conocidos: set[str] | None = None) -> ReglasContacto:
    """Los límites prudentes de un país sin paquete de ley (:data:`RUTA_PRUDENTES`)."""
    from generador.yaml_lineas import cargar_archivo

    nombre = f"generador/plan/{RUTA_PRUDENTES.name}"
    datos, problemas = cargar_archivo(RUTA_PRUDENTES, nombre)
    if problemas:
        raise ErrorEspecificacion(problemas, sujeto="Los límites prudentes tienen")
    return validar_contacto(datos, nombre, prefijo="", canales_conocidos=canales_conocidos,
                            sin_ley=True)


def aviso_sin_ley(pais: modelo.Pais) -> str:
    """El aviso de un plan sin paquete de ley: que no hay límites legales verificados."""
    return (f"{pais.nombre} ({pais.codigo}) no tiene paquete de ley (reglas/paises/"
            f"{pais.codigo}.yml): no hay límites legales verificados para este país. El plan usa "
            "límites prudentes por defecto, que no son ninguna ley; comprueba la ley del país "
            "antes de contactar y, si la tiene, escríbela en ese archivo (ver sitio/guia/plan.md)")


# --- Carga de un país -------------------------------------------------------------------


def cargar_pais(raiz: Path | str, codigo: str, canales: set[str] | None = None) -> Pais:
    """El país ``codigo`` del modelo del árbol ``raiz`` (:func:`generador.dominio.modelo`:
    su archivo ``mensajes/paises/<codigo>.yml`` y la sección ``contacto`` de su paquete
    ``reglas/paises/<codigo>.yml``, tal cual) con esa sección validada; sin paquete, con los
    límites prudentes (:func:`limites_prudentes`, ``sin_ley``). ``canales``: los de
    las plantillas (del modelo); se les suman :data:`CANALES_SIN_PLANTILLA`."""
    from generador import dominio

    espec = dominio.modelo(raiz)  # valida los países con el resto del árbol
    if codigo not in espec.paises:
        raise ErrorCobro(f"--pais: {valor_desconocido('el país', codigo, espec.paises)}")
    fila = espec.paises[codigo]
    conocidos = set(canales) | set(CANALES_SIN_PLANTILLA) if canales else None
    if not fila.paquete:  # un país con solo su archivo: límites prudentes, nunca una ley
        return Pais(**{f.name: getattr(fila, f.name) for f in fields(fila)},
                    reglas_contacto=limites_prudentes(conocidos))
    archivo = fila.paquete
    if fila.contacto is None:
        raise ErrorEspecificacion(
            [Problema(archivo, 1, "contacto",
                      "falta esta sección: cobro plan necesita los horarios y límites del país")],
            sujeto="El paquete del país tiene")
    contacto = validar_contacto(fila.contacto, archivo, linea=fila.linea_contacto,
                                canales_conocidos=conocidos)
    return Pais(**{f.name: getattr(fila, f.name) for f in fields(fila)}, reglas_contacto=contacto)
