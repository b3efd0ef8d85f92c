"""Piezas comunes de los exportadores: trozos de una plantilla, archivos y contexto.

Una plantilla canónica es texto plano con marcadores ``{{ nombre }}``. Cada exportador la
trocea en literales y variables (:func:`trocear`) y traduce cada trozo a la sintaxis de su
destino: el literal, escapado para que nunca se lea como variable, etiqueta o marcado; la
variable, con la sintaxis del destino.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from generador.cargar import MARCADOR
from generador.modelo import Especificacion, Mensaje, Plantilla

# Separador invisible (U+2060 WORD JOINER). Solo se usa donde un destino no tiene forma de
# escapar una secuencia literal (p. ej. una llave pegada a una variable en Handlebars): no
# se ve, no parte la línea y evita que el destino lea una variable donde no la hay.
SEPARADOR = "\u2060"


@dataclass(frozen=True)
class Trozo:
    """Un trozo de texto canónico: literal (``variable`` es None) o variable."""

    texto: str
    variable: str | None = None


def trocear(texto: str) -> list[Trozo]:
    """Divide un texto canónico en literales y variables, en orden."""
    trozos: list[Trozo] = []
    posicion = 0
    for m in MARCADOR.finditer(texto):
        if m.start() > posicion:
            trozos.append(Trozo(texto[posicion:m.start()]))
        trozos.append(Trozo(m.group(0), m.group(1)))
        posicion = m.end()
    if posicion < len(texto):
        trozos.append(Trozo(texto[posicion:]))
    return trozos


def traducir(texto: str, literal: Callable[[str, Trozo | None, Trozo | None], str],
             variable: Callable[[str], str]) -> str:
    """Traduce un texto canónico trozo a trozo.

    ``literal(texto, anterior, siguiente)`` recibe los trozos vecinos para poder escapar lo
    que depende de ellos (una llave justo antes de una variable, p. ej.)."""
    trozos = trocear(texto)
    partes = []
    for i, trozo in enumerate(trozos):
        if trozo.variable is not None:
            partes.append(variable(trozo.variable))
        else:
            anterior = trozos[i - 1] if i > 0 else None
            siguiente = trozos[i + 1] if i + 1 < len(trozos) else None
            partes.append(literal(trozo.texto, anterior, siguiente))
    return "".join(partes)


@dataclass(frozen=True)
class Archivo:
    """Un archivo que produce un exportador, relativo a ``<salida>/<formato>/``."""

    relativa: str
    contenido: str | bytes
    plantillas: tuple[str, ...] = ()


@dataclass
class Contexto:
    """Lo que un exportador necesita además de las plantillas."""

    espec: Especificacion
    locale: str
    datos: Callable[[Plantilla], dict[str, str]]
    ejemplo: Callable[[Plantilla], Mensaje]
    pdf: bool = False
    avisos: list[str] = field(default_factory=list)
    #: CSV sin proteger las celdas que empiezan como fórmula (ver ``csv_seguro``).
    csv_crudo: bool = False
    #: avisos de progreso de los pasos largos (el PDF de las cartas); ``cobro exportar``
    #: los escribe en la salida de errores
    progreso: Callable[[str], None] | None = None

    def muestra(self, p: Plantilla) -> dict[str, str]:
        """Valores de ejemplo solo de las variables que usa la plantilla, tal como los
        rellena la herramienta de destino: sin el punto final de un valor que en la plantilla
        va siempre delante de un punto («S.L.», no «S.L..»; ver ``sin_punto_doble``)."""
        import re

        from generador.rellenar import sin_punto_doble

        datos = self.datos(p)
        textos = (p.asunto or "", p.cuerpo)
        return {nombre: sin_punto_doble(
                    str(datos[nombre]), textos,
                    re.compile(r"\{\{\s*" + re.escape(nombre) + r"\s*\}\}"))
                for nombre in p.variables}


def ruta_por_plantilla(p: Plantilla, extension: str) -> str:
    """``<sector>/<id>.<extension>``: un archivo por plantilla, agrupado por sector."""
    return f"{p.sector}/{p.id}.{extension}"


def json_texto(datos: Any) -> str:
    import json

    return json.dumps(datos, ensure_ascii=False, indent=2) + "\n"


def etiquetas(p: Plantilla) -> list[str]:
    return ["cobro", p.sector, p.audiencia, p.tipo, p.etapa, p.canal, p.registro]


def recorrer(plantillas: list[Plantilla], canales: tuple[str, ...]) -> Iterator[Plantilla]:
    return (p for p in plantillas if p.canal in canales)
