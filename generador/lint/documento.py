"""Un documento leído: el texto revisable y cómo volver de él a línea y columna del archivo.

El texto revisable (``texto``) no siempre es el archivo tal cual: el HTML pierde sus
etiquetas, un .eml se decodifica y el asunto de una plantilla sale del front matter.
Cada trozo recuerda de dónde vino (``Tramo``) para que un hallazgo apunte a la línea y
columna reales del archivo.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import regex

#: Un ``\r`` que no va delante de ``\n``: un fin de línea por sí solo.
_CR_SUELTO = regex.compile(r"\r(?!\n)")
_SALTO = regex.compile(r"\r(?!\n)|\n")


@dataclass(frozen=True)
class Tramo:
    """``texto[t_ini:t_fin]`` procede de ``fuente`` a partir de ``f_ini``.

    Si ``exacto``, carácter a carácter; si no (una entidad HTML, una parte codificada),
    todo el tramo apunta a ``f_ini``.
    """

    t_ini: int
    t_fin: int
    f_ini: int
    exacto: bool = True


@dataclass
class Documento:
    """Un mensaje listo para revisar, con sus metadatos y su mapa de posiciones."""

    ruta: str
    fuente: str
    texto: str = ""
    tramos: list[Tramo] = field(default_factory=list)
    asunto: str | None = None
    inicio_cuerpo: int = 0
    #: dónde está, en ``texto``, quien envía tomado de la cabecera From o del front matter
    #: (un nombre o una marca: la ortografía no lo revisa)
    tramo_remitente: tuple[int, int] | None = None
    metadatos: dict[str, Any] = field(default_factory=dict)
    formato: str = "texto"
    canal_implicito: str | None = None

    def agregar(self, trozo: str, f_ini: int, exacto: bool = True) -> None:
        """Añade ``trozo`` al texto revisable, procedente de ``fuente[f_ini:]``.

        Un ``\r`` suelto (el fin de línea de los Mac antiguos) pasa a ``\n`` en el texto
        revisable, con la misma longitud: las reglas ven ahí un salto de línea. La fuente no
        cambia, y ``--corregir`` conserva los finales de línea tal cual."""
        if not trozo:
            return
        if "\r" in trozo:
            trozo = _CR_SUELTO.sub("\n", trozo)
            fin = f_ini + len(trozo)
            if exacto and trozo.endswith("\n") and self.fuente[fin - 1:fin + 1] == "\r\n":
                trozo = trozo[:-1] + "\r"  # el \r\n partido entre dos trozos no es suelto
        inicio = len(self.texto)
        self.texto += trozo
        self.tramos.append(Tramo(inicio, len(self.texto), f_ini, exacto))

    @cached_property
    def _inicios(self) -> list[int]:
        return [t.t_ini for t in self.tramos]

    @cached_property
    def _saltos(self) -> list[int]:
        """Dónde acaba cada línea: en cada ``\n`` y en cada ``\r`` suelto."""
        if "\r" in self.fuente:
            return [m.start() for m in _SALTO.finditer(self.fuente)]
        saltos = []
        i = self.fuente.find("\n")
        while i >= 0:
            saltos.append(i)
            i = self.fuente.find("\n", i + 1)
        return saltos

    def a_fuente(self, desplazamiento: int) -> int:
        """Desplazamiento en la fuente que corresponde a uno del texto revisable."""
        if not self.tramos:
            return 0
        i = max(0, bisect.bisect_right(self._inicios, desplazamiento) - 1)
        tramo = self.tramos[i]
        if not tramo.exacto:
            return tramo.f_ini
        return tramo.f_ini + min(desplazamiento - tramo.t_ini, max(0, tramo.t_fin - tramo.t_ini))

    def linea_columna(self, desplazamiento_fuente: int) -> tuple[int, int]:
        """Línea y columna (desde 1) de un desplazamiento en la fuente."""
        linea = bisect.bisect_left(self._saltos, desplazamiento_fuente)
        inicio_linea = self._saltos[linea - 1] + 1 if linea else 0
        return linea + 1, desplazamiento_fuente - inicio_linea + 1

    def posicion(self, inicio: int, fin: int) -> tuple[int, int, int, int]:
        """(linea, columna, fin_linea, fin_columna) de un tramo [inicio, fin) del texto.

        ``fin_columna`` es la columna siguiente al último carácter (exclusiva).
        """
        linea, columna = self.linea_columna(self.a_fuente(inicio))
        if fin <= inicio:
            return linea, columna, linea, columna
        fin_linea, fin_columna = self.linea_columna(self.a_fuente(fin - 1))
        return linea, columna, fin_linea, fin_columna + 1
