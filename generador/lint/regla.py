"""Una regla cargada: identidad, textos, filtros y su comprobador."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.etapas import CANALES


@dataclass(frozen=True)
class Ejemplo:
    """Un ejemplo ``incorrecto`` o ``correcto`` de una regla, con su contexto."""

    texto: str
    asunto: str | None = None
    canal: str | None = None
    etapa: str | None = None
    tipo: str | None = None
    registro: str | None = None
    modo: str | None = None
    corregido: str | None = None  # el texto tras --corregir (solo en ``incorrecto``)


#: Clases de corrección (``correccion: {tipo: ...}``) y si, por defecto, son seguras.
TIPOS_CORRECCION = {
    "ninguna": True,
    "mayusculas": True,
    "exclamaciones": True,
    "gsm7": True,
    "sustitucion": True,
    "reescritura": False,
}


@dataclass(frozen=True)
class Correccion:
    """Si y cómo se corrige sola una regla (``cobro lint --corregir``).

    ``segura``: no puede cambiar el sentido y se aplica con ``--corregir``; si no, solo
    con ``--corregir-inseguro``.
    """

    tipo: str = "ninguna"
    segura: bool = True

    @property
    def corrige(self) -> bool:
        return self.tipo != "ninguna"


@dataclass
class Regla:
    """Una regla del linter lista para aplicarse."""

    codigo: str
    nombre: str
    categoria: str
    severidad: str
    tipo: str
    mensaje: str
    descripcion: str
    por_que: str
    incorrecto: list[Ejemplo]
    correcto: list[Ejemplo]
    comprobador: Any
    referencia: str | None = None
    sugerencias: list[str] | dict[str, list[str]] = field(default_factory=list)
    alias: list[str] = field(default_factory=list)
    canales: list[str] = field(default_factory=list)
    etapas: list[str] = field(default_factory=list)
    excepto_etapas: list[str] = field(default_factory=list)
    tipos: list[str] = field(default_factory=list)
    excepto_tipos: list[str] = field(default_factory=list)
    modos: list[str] = field(default_factory=list)
    correccion: Correccion = field(default_factory=Correccion)
    archivo: str = ""
    linea: int = 0

    @property
    def familia(self) -> str:
        return self.codigo[:3]

    def aplica(self, ctx: Contexto) -> bool:
        """Si los filtros de canal, etapa, tipo y modo dejan aplicar la regla a ``ctx``.

        Con canal desconocido solo se aplican las reglas válidas en todos los canales; con
        etapa o tipo desconocidos, las que no piden una etapa o un tipo concretos.
        """
        if self.canales:
            if ctx.canal is None:
                if not set(CANALES) <= set(self.canales):
                    return False
            elif ctx.canal not in self.canales:
                return False
        if self.etapas and ctx.etapa not in self.etapas:
            return False
        if self.excepto_etapas and ctx.etapa in self.excepto_etapas:
            return False
        if self.tipos and ctx.tipo not in self.tipos:
            return False
        if self.excepto_tipos and ctx.tipo in self.excepto_tipos:
            return False
        return not (self.modos and ctx.modo not in self.modos)

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        return self.comprobador.revisar(ctx)

    def sugerencias_para(self, registro: str | None) -> tuple[str, ...]:
        """Sugerencias generales de la regla, en el registro del mensaje si se conoce."""
        if isinstance(self.sugerencias, dict):
            if registro in self.sugerencias:
                return tuple(self.sugerencias[registro])
            return tuple(dict.fromkeys(s for lista in self.sugerencias.values() for s in lista))
        return tuple(self.sugerencias)

    def identificadores(self) -> set[str]:
        return {self.codigo, self.nombre, *self.alias}
