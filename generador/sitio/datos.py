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
from generador.sitio.lint import Revision, reglamento, revisar_todas
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
    locale: str = ""  # el de su país (los datos de ejemplo)

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
    #: país -> su :class:`Relleno` (locale y datos de ejemplo); ``None`` sin textos de país
    rellenos: dict = field(default_factory=dict)
    #: país -> [(sector, audiencia, tipo, canal, registro, motivo)] de las combinaciones excluidas
    excluidas_pais: dict = field(default_factory=dict)

    def relleno(self, pais: str | None):
        return self.rellenos.get(pais) or next(iter(self.rellenos.values()))

    def de_pais(self, pais: str | None) -> list[Ficha]:
        return [f for f in self.fichas if f.plantilla.pais == pais]

    def de_sector(self, sector: str) -> list[Ficha]:
        return [f for f in self.fichas if f.plantilla.sector == sector]

    def de_etapa(self, etapa: str) -> list[Ficha]:
        return [f for f in self.fichas if f.plantilla.etapa == etapa]


def paises_del_sitio(espec: Especificacion, locale: str | None = None,
                     paises: list[str] | None = None) -> list[tuple[str | None, str | None]]:
    """(país, locale) de cada país que se publica: todos los que tienen texto propio, en el
    orden de la tabla (o los de ``paises``; con ``locale``, solo el de ese locale), como
    ``cobro generar``. Un árbol sin textos de país publica una vez, sin país."""
    from generador.errores import ErrorCobro, valor_desconocido
    from generador.generar import locale_de_pais, paises_a_generar

    if paises:
        for codigo in paises:
            if codigo not in espec.paises:
                raise ErrorCobro(f"--pais: {valor_desconocido('el país', codigo, espec.paises)}")
        lista: list[str | None] = [c for c in espec.paises if c in paises]
    else:
        lista = paises_a_generar(espec, None, locale)
    return [(c, locale_de_pais(espec, c, locale if len(lista) == 1 else None) if c else locale)
            for c in lista]


def construir(raiz_specs: Path, raiz_reglas: Path | None = None,
              locale: str | None = None, paises: list[str] | None = None,
              sectores: list[str] | None = None, pdf: bool = False,
              temporal_en: Path | None = None) -> Catalogo:
    """Calcula el catálogo completo a partir de un árbol de especificaciones: todos los
    países con texto propio (o los de ``paises``) y todos los sectores (o ``sectores``)."""
    from generador import dominio
    from generador.componer import componer, id_con_pais
    from generador.errores import ErrorCobro, valor_desconocido

    espec = dominio.modelo(raiz_specs)
    for nombre in sectores or []:
        if nombre not in espec.sectores:
            raise ErrorCobro(f"--sector: {valor_desconocido('el sector', nombre, espec.sectores)}")
    rellenos: dict = {}
    por_pais = []
    excluidas: list = []
    excluidas_pais: dict = {}
    for codigo, propio in paises_del_sitio(espec, locale, paises):
        relleno = Relleno(espec, propio)  # valida el locale antes de lanzar nada
        rellenos[codigo] = relleno
        composicion = componer(espec, None, codigo)
        plantillas = [p for p in composicion.plantillas if not sectores or p.sector in sectores]
        for p in plantillas:
            p.pais = codigo
            p.id = id_con_pais(codigo, p.id)
        por_pais.append((codigo, relleno, plantillas))
        excluidas += composicion.excluidas
        excluidas_pais[codigo] = [(e.sector, e.audiencia, e.tipo, e.canal, e.registro, e.motivo)
                                  for e in composicion.excluidas]
    predeterminado = rellenos.get(espec.pais_predeterminado) or por_pais[0][1]
    reglas_cargadas = reglamento(espec, raiz_reglas)  # una sola vez: revisión y fichas
    todas = [p for _, _, plantillas in por_pais for p in plantillas]
    revisiones = dict(zip((id(p) for p in todas),
                          revisar_todas(espec, reglas_cargadas, todas, raiz_reglas), strict=True))
    exportacion = descargas.Exportacion(
        raiz_specs, [(c, r.locale, ps) for c, r, ps in por_pais], pdf=pdf, junto_a=temporal_en)
    fichas = []
    for _, relleno, plantillas in por_pais:
        for p in plantillas:
            ejemplo = relleno.ejemplo(p)
            fichas.append(Ficha(
                plantilla=p,
                ejemplo=ejemplo,
                sms=sms.analizar(ejemplo.cuerpo) if p.canal == "sms" else None,
                legibilidad=legibilidad.fernandez_huerta(ejemplo.cuerpo),
                revision=revisiones[id(p)],
                descargas=[descargas.canonica(p)],
                peor_caso=_peor_caso(espec, relleno, p),
                locale=relleno.locale,
            ))
    reglas = cargar_fichas(reglas_cargadas)
    return Catalogo(espec, predeterminado.locale, fichas, reglas, excluidas, exportacion,
                    rellenos, excluidas_pais)
