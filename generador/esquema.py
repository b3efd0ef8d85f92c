"""Esquemas declarativos de los YAML de cobro y su validación.

Cada clase de YAML (etapas, tipos, variables, sectores, canales) tiene un esquema hecho
de :class:`Campo`, :class:`Mapa`, :class:`Lista` y :class:`Libre`. ``validar`` recorre los
datos y devuelve *todos* los problemas como :class:`~generador.errores.Problema`, con la
línea de la clave, para informar de ellos de una vez.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from generador.errores import Problema, quisiste_decir
from generador.yaml_lineas import Lista as ListaYaml
from generador.yaml_lineas import Mapa as MapaYaml

#: Nombres de sectores, tipos, claves...: cortos, porque forman nombres de archivo
#: (``plantillas/<sector>/<sector>-<tipo>-<canal>-<registro>.txt``) y el sistema de
#: archivos no admite más de 255 bytes por nombre.
LARGO_MAX_NOMBRE = 48
NOMBRE = re.compile(rf"^[a-z][a-z0-9_]{{0,{LARGO_MAX_NOMBRE - 1}}}$")

_TIPOS_LEGIBLES = {str: "un texto", int: "un número entero", bool: "verdadero o falso",
                   float: "un número", dt.date: "una fecha AAAA-MM-DD",
                   list: "una relación (lista de {texto, importe})"}


@dataclass
class Campo:
    """Un valor escalar."""

    tipo: type | tuple[type, ...] = str
    requerido: bool = True
    descripcion: str = ""
    valores: tuple[Any, ...] | None = None
    patron: re.Pattern[str] | None = None
    nulo: bool = False
    vacio: bool = False
    formato: str | None = None  # cómo se escribe, para el mensaje si no casa con el patrón


@dataclass
class Mapa:
    """Un mapa con claves conocidas."""

    campos: dict[str, Any]
    requerido: bool = True
    descripcion: str = ""


@dataclass
class Diccionario:
    """Un mapa de claves libres (con patrón) a valores de un mismo esquema."""

    valor: Any
    requerido: bool = True
    descripcion: str = ""
    claves: tuple[str, ...] | None = None
    patron_clave: re.Pattern[str] | None = NOMBRE
    no_vacio: bool = False


@dataclass
class Lista:
    """Una lista de elementos del mismo esquema."""

    elemento: Any
    requerido: bool = True
    descripcion: str = ""
    no_vacia: bool = False
    unica: bool = False


@dataclass
class Libre:
    """Cualquier valor (se valida en otro sitio)."""

    requerido: bool = False
    descripcion: str = ""


@dataclass
class _Contexto:
    archivo: str
    problemas: list[Problema] = field(default_factory=list)

    def agregar(self, linea: int, clave: str, mensaje: str) -> None:
        self.problemas.append(Problema(self.archivo, linea, clave, mensaje))


def validar(datos: Any, esquema: Any, archivo: str) -> list[Problema]:
    """Valida ``datos`` contra ``esquema``; devuelve la lista de problemas (vacía si bien)."""
    ctx = _Contexto(archivo)
    linea = getattr(datos, "linea", 1)
    _validar(datos, esquema, "", linea, ctx)
    return ctx.problemas


def _describir(tipo: type | tuple[type, ...]) -> str:
    if isinstance(tipo, tuple):
        return " o ".join(_TIPOS_LEGIBLES.get(t, t.__name__) for t in tipo)
    return _TIPOS_LEGIBLES.get(tipo, tipo.__name__)


def _validar(valor: Any, esquema: Any, ruta: str, linea: int, ctx: _Contexto) -> None:
    if isinstance(esquema, Libre):
        return
    if isinstance(esquema, Campo):
        _validar_campo(valor, esquema, ruta, linea, ctx)
    elif isinstance(esquema, Mapa):
        _validar_mapa(valor, esquema, ruta, linea, ctx)
    elif isinstance(esquema, Diccionario):
        _validar_diccionario(valor, esquema, ruta, linea, ctx)
    elif isinstance(esquema, Lista):
        _validar_lista(valor, esquema, ruta, linea, ctx)
    else:  # pragma: no cover - error de programación
        raise TypeError(esquema)


def _validar_campo(valor: Any, esquema: Campo, ruta: str, linea: int, ctx: _Contexto) -> None:
    if valor is None:
        if not esquema.nulo:
            ctx.agregar(linea, ruta, f"está vacío; debe ser {_describir(esquema.tipo)}")
        return
    tipos = esquema.tipo if isinstance(esquema.tipo, tuple) else (esquema.tipo,)
    es_bool = isinstance(valor, bool)
    if not isinstance(valor, tipos) or (es_bool and bool not in tipos):
        ctx.agregar(linea, ruta, f"debe ser {_describir(esquema.tipo)}, no {valor!r}")
        return
    if isinstance(valor, str) and not valor.strip() and not esquema.vacio:
        ctx.agregar(linea, ruta, "está vacío")
        return
    if esquema.valores is not None and valor not in esquema.valores:
        posibles = ", ".join(str(v) for v in esquema.valores)
        sugerencia = quisiste_decir(str(valor), [str(v) for v in esquema.valores])
        ctx.agregar(linea, ruta, f"'{valor}' no es válido;{sugerencia or ''} valores posibles: {posibles}")
        return
    if esquema.patron is not None and isinstance(valor, str) and not esquema.patron.match(valor):
        formato = esquema.formato or "minúsculas, cifras y guiones bajos, empezando por letra"
        if esquema.patron is NOMBRE and not esquema.formato:
            formato += f", hasta {LARGO_MAX_NOMBRE} caracteres"
        ctx.agregar(linea, ruta, f"'{valor}' no tiene el formato esperado ({formato})")


def _hijo(ruta: str, clave: Any) -> str:
    return f"{ruta}.{clave}" if ruta else str(clave)


def _validar_mapa(valor: Any, esquema: Mapa, ruta: str, linea: int, ctx: _Contexto) -> None:
    if not isinstance(valor, dict):
        ctx.agregar(linea, ruta, f"debe ser un mapa clave: valor, no {_nombre_tipo(valor)}")
        return
    lineas = valor.linea_de if isinstance(valor, MapaYaml) else (lambda _c: linea)
    for clave in valor:
        if clave not in esquema.campos:
            sugerencia = quisiste_decir(str(clave), esquema.campos) or (
                " claves posibles: " + ", ".join(esquema.campos)
            )
            ctx.agregar(lineas(clave), _hijo(ruta, clave), f"clave desconocida;{sugerencia}")
    for clave, sub in esquema.campos.items():
        if clave not in valor:
            if getattr(sub, "requerido", True):
                ctx.agregar(getattr(valor, "linea", linea), _hijo(ruta, clave), "falta esta clave")
            continue
        _validar(valor[clave], sub, _hijo(ruta, clave), lineas(clave), ctx)


def _validar_diccionario(
    valor: Any, esquema: Diccionario, ruta: str, linea: int, ctx: _Contexto
) -> None:
    if not isinstance(valor, dict):
        ctx.agregar(linea, ruta, f"debe ser un mapa clave: valor, no {_nombre_tipo(valor)}")
        return
    if esquema.no_vacio and not valor:
        ctx.agregar(linea, ruta, "no puede estar vacío")
    lineas = valor.linea_de if isinstance(valor, MapaYaml) else (lambda _c: linea)
    for clave, sub in valor.items():
        if esquema.claves is not None and clave not in esquema.claves:
            sugerencia = quisiste_decir(str(clave), esquema.claves) or (
                f" claves posibles: {', '.join(esquema.claves)}"
            )
            ctx.agregar(lineas(clave), _hijo(ruta, clave), f"clave desconocida;{sugerencia}")
            continue
        if esquema.patron_clave is not None and not esquema.patron_clave.match(str(clave)):
            ctx.agregar(
                lineas(clave), _hijo(ruta, clave),
                "nombre no válido (minúsculas, cifras y guiones bajos, empezando por letra, "
                f"hasta {LARGO_MAX_NOMBRE} caracteres)",
            )
            continue
        _validar(sub, esquema.valor, _hijo(ruta, clave), lineas(clave), ctx)


def _validar_lista(valor: Any, esquema: Lista, ruta: str, linea: int, ctx: _Contexto) -> None:
    if not isinstance(valor, list):
        ctx.agregar(linea, ruta, f"debe ser una lista, no {_nombre_tipo(valor)}")
        return
    if esquema.no_vacia and not valor:
        ctx.agregar(linea, ruta, "la lista no puede estar vacía")
    vistos: set[Any] = set()
    for i, elemento in enumerate(valor):
        linea_i = valor.linea_de(i) if isinstance(valor, ListaYaml) else linea
        if esquema.unica and isinstance(elemento, (str, int)):
            if elemento in vistos:
                ctx.agregar(linea_i, f"{ruta}[{i}]", f"'{elemento}' está repetido")
            vistos.add(elemento)
        _validar(elemento, esquema.elemento, f"{ruta}[{i}]", linea_i, ctx)


def _nombre_tipo(valor: Any) -> str:
    if isinstance(valor, dict):
        return "un mapa"
    if isinstance(valor, list):
        return "una lista"
    if valor is None:
        return "nada"
    return repr(valor)
