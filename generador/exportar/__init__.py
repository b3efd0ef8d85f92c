"""Exportadores: plantillas canónicas -> las herramientas de cada equipo.

Uso desde Python (la CLI y el sitio llaman a lo mismo)::

    from generador.exportar import exportar
    resultado = exportar(espec, "sendgrid", "salida/", filtros, pais="mx")
    resultado.archivos["mx-turismo-recordatorio_previo-email-tu"]  # [Path, ...]

Una exportación es de un país: el de ``pais``, el del locale de ``locale`` o, sin ninguno,
el país predeterminado. Sus plantillas llevan el texto de ese país (su ley, sus vías de
pago), su id del catálogo (``mx-...``) y los datos de ejemplo de su locale.

Cada formato vive en su módulo (se importa solo al usarlo) y escribe en
``<salida>/<formato>/``: un archivo (o dos) por plantilla donde el destino toma una
plantilla por archivo, agrupados por sector, más ``indice.json``; ``json`` y ``csv`` son un
solo documento con todas. Un formato que no se aplica a un canal (``docx`` para SMS) omite
esas plantillas y lo cuenta en el resultado.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from generador.errores import ErrorCobro, valor_desconocido
from generador.modelo import CANALES, Especificacion, Plantilla

# formato -> módulo. El orden es el de ``--formato todos`` y el de la ayuda.
FORMATOS: dict[str, str] = {
    "json": "generador.exportar.json_documento",
    "csv": "generador.exportar.csv_tabla",
    "sendgrid": "generador.exportar.sendgrid",
    "postmark": "generador.exportar.postmark",
    "mailchimp": "generador.exportar.mailchimp",
    "liquid": "generador.exportar.liquid_cio",
    "twilio": "generador.exportar.twilio",
    "eml": "generador.exportar.eml",
    "docx": "generador.exportar.word",
    "carta": "generador.exportar.carta",
}
TODOS = "todos"
VERSION_INDICE = 1


@dataclass
class ExportacionFormato:
    """Lo que produjo un formato."""

    formato: str
    carpeta: Path
    exportadas: int = 0
    omitidas: int = 0
    canales_omitidos: tuple[str, ...] = ()
    indice: Path | None = None
    archivos: list[Path] = field(default_factory=list)


@dataclass
class ResultadoExportacion:
    """Resultado de exportar: por formato, y los archivos de cada plantilla."""

    salida: Path
    locale: str
    plantillas: list[Plantilla] = field(default_factory=list)
    formatos: dict[str, ExportacionFormato] = field(default_factory=dict)
    # id de plantilla -> archivos que la contienen (de todos los formatos exportados)
    archivos: dict[str, list[Path]] = field(default_factory=dict)
    avisos: list[str] = field(default_factory=list)

    def archivos_de(self, plantilla_id: str, formato: str | None = None) -> list[Path]:
        """Archivos de una plantilla, opcionalmente solo los de un formato."""
        rutas = self.archivos.get(plantilla_id, [])
        if formato is None:
            return list(rutas)
        carpeta = self.formatos[formato].carpeta if formato in self.formatos else None
        return [r for r in rutas if carpeta is not None and carpeta in r.parents]


def modulo(formato: str):
    """El módulo de un formato; ErrorCobro con «¿quisiste decir...?» si no existe."""
    if formato not in FORMATOS:
        raise ErrorCobro(
            "--formato: " + valor_desconocido("el formato", formato, [*FORMATOS, TODOS])
        )
    return importlib.import_module(FORMATOS[formato])


def formatos_pedidos(formato: str) -> list[str]:
    if formato == TODOS:
        return list(FORMATOS)
    modulo(formato)
    return [formato]


def canales_de(formato: str) -> tuple[str, ...]:
    return modulo(formato).CANALES


def pais_de_exportacion(espec: Especificacion, pais: str | None,
                        locale: str | None) -> tuple[str | None, str | None]:
    """El país y el locale de una exportación: los de ``--pais``; el país del locale de
    ``--locale``; sin ninguno, el país predeterminado. Nunca el texto de un país con los
    datos de otro (un IBAN y el bono social españoles en una exportación para México)."""
    from generador.generar import locale_de_pais, paises_a_generar

    if pais is None and locale is None:
        codigo = espec.pais_predeterminado if espec.pais_predeterminado in espec.textos_pais else None
    else:
        [codigo] = paises_a_generar(espec, pais, locale)
    return codigo, locale_de_pais(espec, codigo, locale)


def exportar(espec: Especificacion, formato: str, salida: Path | str, filtros=None,
             locale: str | None = None, forzar: bool = False, pdf: bool = False,
             plantillas: list[Plantilla] | None = None,
             csv_crudo: bool = False, pais: str | None = None,
             progreso=None) -> ResultadoExportacion:
    """Compone para un país (o usa ``plantillas``, ya compuestas) y exporta a ``formato`` (o
    ``todos``) en ``salida``. ``progreso(mensaje)``, si se da, recibe avisos de los pasos
    largos (el PDF de las cartas)."""
    from generador.componer import componer, id_con_pais
    from generador.escribir import CarpetaSalida
    from generador.exportar.base import Contexto, json_texto
    from generador.rellenar import Relleno

    nombres = formatos_pedidos(formato)
    if plantillas is None:
        pais, locale = pais_de_exportacion(espec, pais, locale)
    relleno = Relleno(espec, locale)  # valida el locale antes de tocar la salida
    codigo = relleno.locale
    if plantillas is None:
        composicion = componer(espec, filtros, pais)
        plantillas = composicion.plantillas
        if not plantillas:
            from generador.sin_coincidencias import error_sin_plantillas

            raise error_sin_plantillas(filtros, composicion.excluidas)
        for p in plantillas:  # el id y el país del catálogo, como en cobro generar
            p.pais = pais
            p.id = id_con_pais(pais, p.id)
    if len(nombres) == 1:
        _comprobar_aplicable(nombres[0], plantillas)
    with CarpetaSalida(salida, forzar=forzar, protegidas=[espec.raiz], arbol=espec.raiz,
                       orden=f"cobro exportar --formato {formato}") as carpeta:
        resultado = ResultadoExportacion(carpeta.ruta, codigo, list(plantillas))
        for nombre in nombres:
            mod = modulo(nombre)
            ctx = Contexto(espec, codigo, relleno.datos, relleno.ejemplo, pdf=pdf,
                           csv_crudo=csv_crudo, progreso=progreso)
            aplicables = [p for p in plantillas if p.canal in mod.CANALES]
            omitidas = [p for p in plantillas if p.canal not in mod.CANALES]
            hecho = ExportacionFormato(
                nombre, carpeta.destino(nombre), exportadas=len(aplicables), omitidas=len(omitidas),
                canales_omitidos=tuple(c for c in CANALES if any(p.canal == c for p in omitidas)),
            )
            indice: dict[str, list[str]] = {p.id: [] for p in aplicables}
            for archivo in mod.generar(aplicables, ctx):
                ruta = carpeta.escribir(f"{nombre}/{archivo.relativa}", archivo.contenido)
                hecho.archivos.append(ruta)
                for pid in archivo.plantillas:
                    indice.setdefault(pid, []).append(archivo.relativa)
                    resultado.archivos.setdefault(pid, []).append(ruta)
            hecho.indice = carpeta.escribir(f"{nombre}/indice.json", json_texto({
                "version": VERSION_INDICE,
                "formato": nombre,
                "descripcion": mod.DESCRIPCION,
                "locale": codigo,
                "canales": list(mod.CANALES),
                "exportadas": len(aplicables),
                "omitidas": len(omitidas),
                "plantillas": indice,
            }))
            resultado.formatos[nombre] = hecho
            resultado.avisos.extend(ctx.avisos)
    return resultado


def _comprobar_aplicable(formato: str, plantillas: list[Plantilla]) -> None:
    """Un formato que no se aplica a ninguna de las plantillas de los filtros (sendgrid con
    ``--canal sms``) es un error que dice qué formatos sí sirven, antes de escribir nada: si
    no, la orden acababa bien con una carpeta vacía."""
    canales = sorted({p.canal for p in plantillas}, key=CANALES.index)
    if set(canales) & set(modulo(formato).CANALES):
        return
    sirven = [f for f in FORMATOS if set(canales) & set(modulo(f).CANALES)]
    de = "del canal" if len(canales) == 1 else "de los canales"
    cuales = (f"ninguna de las {len(plantillas)} plantillas {de} {', '.join(canales)} que dejan"
              if len(plantillas) > 1 else f"la única plantilla {de} {', '.join(canales)} que deja")
    arreglo = (f"para {', '.join(canales)} usa {', '.join(sirven)}, o quita --canal"
               if sirven else "quita --canal")
    raise ErrorCobro(f"--formato: {formato} no se aplica a {cuales} los filtros ({formato} "
                     f"exporta {', '.join(modulo(formato).CANALES)}); {arreglo}")
