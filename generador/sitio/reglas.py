"""Las reglas del linter para sus páginas.

El YAML de ``reglas/`` es la fuente de verdad y se lee con el cargador del linter
(:mod:`generador.lint.cargar_reglas`), que lo valida: una regla mal escrita para la
construcción del sitio igual que para ``cobro lint``.
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


_FILTROS = ("canales", "etapas", "excepto_etapas", "tipos", "excepto_tipos", "modos")


def _ejemplo(e) -> Ejemplo:
    contexto = ", ".join(f"{k}: {getattr(e, k)}" for k in ("canal", "etapa", "tipo", "registro", "modo")
                         if getattr(e, k, None))
    return Ejemplo(e.texto, e.asunto or "", contexto)


def cargar_fichas(carpeta: Path) -> list[FichaRegla]:
    """Fichas de todas las reglas de ``carpeta``, ordenadas por código."""
    from generador.sitio.lint import reglamento

    if not carpeta.is_dir():
        return []
    fichas = []
    for r in reglamento(carpeta).reglas:
        fichas.append(FichaRegla(
            codigo=r.codigo, nombre=r.nombre, categoria=r.categoria, severidad=r.severidad,
            mensaje=r.mensaje, descripcion=" ".join(r.descripcion.split()),
            por_que=" ".join(r.por_que.split()), referencia=r.referencia or "",
            archivo=Path(r.archivo).name, incorrecto=tuple(_ejemplo(e) for e in r.incorrecto),
            correcto=tuple(_ejemplo(e) for e in r.correcto),
            aplica={k: list(getattr(r, k)) for k in _FILTROS if getattr(r, k, None)},
        ))
    return sorted(fichas, key=lambda f: f.codigo)
