"""Todo lo que publica el catálogo, calculado una vez por construcción.

Carga la especificación, compone todas las plantillas, rellena su ejemplo con los datos
del locale, mide el SMS y la legibilidad, las revisa con el linter y reúne las reglas y
las descargas. Las páginas (:mod:`generador.sitio.paginas`) solo dan formato a esto.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generador import sms
from generador.modelo import Especificacion, Mensaje, Plantilla
from generador.rellenar import Relleno
from generador.sitio import descargas, legibilidad
from generador.sitio.lint import Revision, Revisor, reglamento
from generador.sitio.reglas import FichaRegla, cargar_fichas


@dataclass
class Ficha:
    """Una plantilla con todo lo que muestra su página."""

    plantilla: Plantilla
    ejemplo: Mensaje
    sms: sms.AnalisisSms | None
    legibilidad: float
    revision: Revision
    descargas: list[descargas.Descarga] = field(default_factory=list)
    peor_caso: dict | None = None  # SMS: coste con nombres largos y con tildes

    @property
    def src_uri(self) -> str:
        return f"plantillas/{self.plantilla.sector}/{self.plantilla.id}.md"


def _peor_caso(espec: Especificacion, relleno: Relleno, p: Plantilla) -> dict | None:
    from generador.generar import peor_caso_sms

    valores = espec.canales[p.canal].peor_caso if p.canal in espec.canales else {}
    return peor_caso_sms(p, relleno.datos(p), valores) if p.canal == "sms" and valores else None


@dataclass
class Catalogo:
    """La especificación cargada y todo lo derivado para el sitio."""

    espec: Especificacion
    locale: str
    fichas: list[Ficha]
    reglas: list[FichaRegla]
    excluidas: list = field(default_factory=list)
    exportacion: descargas.Exportacion | None = None

    def de_sector(self, sector: str) -> list[Ficha]:
        return [f for f in self.fichas if f.plantilla.sector == sector]

    def de_etapa(self, etapa: str) -> list[Ficha]:
        return [f for f in self.fichas if f.plantilla.etapa == etapa]


def construir(raiz_specs: Path, raiz_reglas: Path | None = None,
              locale: str | None = None) -> Catalogo:
    """Calcula el catálogo completo a partir de un árbol de especificaciones."""
    from generador import dominio
    from generador.componer import componer

    espec = dominio.modelo(raiz_specs)
    relleno = Relleno(espec, locale)  # valida el locale antes de lanzar nada
    codigo = relleno.locale
    composicion = componer(espec)
    reglas_cargadas = reglamento(espec, raiz_reglas)  # una sola vez: revisión y fichas
    revisor = Revisor(espec, reglas_cargadas)
    exportacion = descargas.Exportacion(raiz_specs, codigo)
    fichas = []
    for p in composicion.plantillas:
        ejemplo = relleno.ejemplo(p)
        fichas.append(Ficha(
            plantilla=p,
            ejemplo=ejemplo,
            sms=sms.analizar(ejemplo.cuerpo) if p.canal == "sms" else None,
            legibilidad=legibilidad.fernandez_huerta(ejemplo.cuerpo),
            revision=revisor.revisar(p),
            descargas=[descargas.canonica(p)],
            peor_caso=_peor_caso(espec, relleno, p),
        ))
    reglas = cargar_fichas(reglas_cargadas)
    return Catalogo(espec, codigo, fichas, reglas, composicion.excluidas, exportacion)
