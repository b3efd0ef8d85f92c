"""Una regla cargada: identidad, textos, filtros y su comprobador."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.esquema_reglas import FILTROS


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
    audiencia: str | None = None
    pais: str | None = None
    corregido: str | None = None  # el texto tras --corregir (solo en ``incorrecto``)
    senala: str | None = None  # el tramo exacto que la regla señala (solo en ``incorrecto``)

    def contexto(self) -> dict[str, str]:
        """Las dimensiones que fija el ejemplo (canal, etapa, tipo, pais...)."""
        return {k: v for k, v in vars(self).items()
                if k not in ("texto", "asunto", "corregido", "senala") and v}


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
    #: clave de filtro (``canales``, ``excepto_etapas``, ``paises``...) -> valores; ver FILTROS.
    filtros: dict[str, list[str]] = field(default_factory=dict)
    #: dimensiones cuyo filtro lista todos los valores del modelo (valen aunque no se conozcan).
    cubre: frozenset[str] = frozenset()
    url: str | None = None
    verificado: str | None = None  # AAAA-MM-DD en que se leyó la fuente
    correccion: Correccion = field(default_factory=Correccion)
    archivo: str = ""
    linea: int = 0

    # Atajos de lectura para los filtros más usados.
    @property
    def canales(self) -> list[str]:
        return self.filtros.get("canales", [])

    @property
    def etapas(self) -> list[str]:
        return self.filtros.get("etapas", [])

    @property
    def tipos(self) -> list[str]:
        return self.filtros.get("tipos", [])

    @property
    def paises(self) -> list[str]:
        return self.filtros.get("paises", [])

    @property
    def modos(self) -> list[str]:
        return self.filtros.get("modos", [])

    @property
    def familia(self) -> str:
        return self.codigo[:3]

    def aplica(self, ctx: Contexto, sin: tuple[str, ...] = ()) -> bool:
        """Si los filtros (:data:`~generador.lint.esquema_reglas.FILTROS`) dejan aplicar la
        regla a ``ctx``.

        Con un valor desconocido (``None``), un filtro de inclusión solo deja pasar si lista
        todos los valores del modelo (p. ej. todos los canales); uno de exclusión, siempre.
        ``sin``: dimensiones cuyo filtro no se mira.
        """
        for filtro in FILTROS:
            if filtro.dimension in sin:  # p. ej. el canal, cuando lo decide la configuración
                continue
            lista = self.filtros.get(filtro.clave)
            if not lista:
                continue
            valor = getattr(ctx, filtro.dimension, None)
            if filtro.excluye:
                if valor in lista:
                    return False
            elif valor is None:
                if filtro.dimension not in self.cubre:
                    return False
            elif valor not in lista:
                return False
        return True

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
