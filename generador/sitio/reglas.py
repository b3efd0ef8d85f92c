"""Las reglas del linter para sus páginas.

El YAML de ``reglas/`` es la fuente de verdad y se lee una vez, con el cargador del
linter (:mod:`generador.lint.cargar_reglas`), que lo valida: una regla mal escrita para
la construcción del sitio igual que para ``cobro lint``. Los filtros salen de la tabla
única :data:`~generador.lint.esquema_reglas.FILTROS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Ejemplo:
    """Un ejemplo de una regla (incorrecto o correcto)."""

    texto: str
    asunto: str = ""
    contexto: str = ""


@dataclass(frozen=True)
class FichaRegla:
    """Lo que se publica de una regla."""

    codigo: str
    nombre: str
    categoria: str
    severidad: str
    mensaje: str
    descripcion: str
    por_que: str
    referencia: str
    archivo: str
    incorrecto: tuple[Ejemplo, ...] = ()
    correcto: tuple[Ejemplo, ...] = ()
    aplica: dict[str, list[str]] = field(default_factory=dict)
    paises: tuple[str, ...] = ()
    url: str = ""
    verificado: str = ""


def _ejemplo(e) -> Ejemplo:
    contexto = ", ".join(f"{k}: {v}" for k, v in e.contexto().items())
    return Ejemplo(e.texto, e.asunto or "", contexto)


def cargar_fichas(reglamento) -> list[FichaRegla]:
    """Fichas de todas las reglas de un reglamento ya cargado, ordenadas por código."""
    from generador.lint.esquema_reglas import FILTROS

    fichas = []
    for r in reglamento.reglas:
        fichas.append(FichaRegla(
            codigo=r.codigo, nombre=r.nombre, categoria=r.categoria, severidad=r.severidad,
            mensaje=r.mensaje, descripcion=" ".join(r.descripcion.split()),
            por_que=" ".join(r.por_que.split()), referencia=r.referencia or "",
            archivo=Path(r.archivo).name, incorrecto=tuple(_ejemplo(e) for e in r.incorrecto),
            correcto=tuple(_ejemplo(e) for e in r.correcto),
            aplica={f.clave: list(r.filtros[f.clave]) for f in FILTROS if r.filtros.get(f.clave)},
            paises=tuple(r.paises), url=r.url or "", verificado=r.verificado or "",
        ))
    return sorted(fichas, key=lambda f: f.codigo)
