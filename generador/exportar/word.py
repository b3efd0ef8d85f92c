"""Word: un .docx por carta con campos MERGEFIELD reales y un CSV de ejemplo como origen.

Cada línea de la carta es un párrafo; cada variable, un campo ``MERGEFIELD nombre`` que
muestra ``«nombre»`` hasta combinar. El texto literal va como texto de Word (python-docx lo
escapa para XML), así que ``<``, ``&`` o ``{{`` son solo caracteres. El CSV (UTF-8 con BOM,
como lo abren Word y Excel) tiene una columna por variable y una fila de ejemplo: en Word,
Correspondencia > Seleccionar destinatarios > Usar una lista existente.
"""

from __future__ import annotations

import csv
import io

from generador.exportar.base import Archivo, Contexto, recorrer, ruta_por_plantilla, trocear
from generador.modelo import Plantilla

CANALES = ("carta",)
DESCRIPCION = "Word (.docx) con campos MERGEFIELD y un CSV de datos de ejemplo"


def _campo(parrafo, nombre: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    campo = OxmlElement("w:fldSimple")
    campo.set(qn("w:instr"), f" MERGEFIELD {nombre} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    texto = OxmlElement("w:t")
    texto.text = f"«{nombre}»"
    run.append(texto)
    campo.append(run)
    parrafo._p.append(campo)


def documento(p: Plantilla) -> bytes:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    seccion = doc.sections[0]
    seccion.page_width, seccion.page_height = Cm(21), Cm(29.7)
    for margen in ("left_margin", "right_margin"):
        setattr(seccion, margen, Cm(2.5))
    seccion.top_margin = seccion.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    doc.core_properties.title = p.titulo or p.id
    doc.core_properties.language = "es-ES"
    doc.core_properties.author = "cobro"
    for linea in p.cuerpo.split("\n"):
        parrafo = doc.add_paragraph()
        for trozo in trocear(linea):
            if trozo.variable is None:
                parrafo.add_run(trozo.texto)
            else:
                _campo(parrafo, trozo.variable)
    salida = io.BytesIO()
    doc.save(salida)
    return salida.getvalue()


def datos_csv(muestra: dict[str, str]) -> str:
    texto = io.StringIO()
    escritor = csv.writer(texto, lineterminator="\r\n")
    escritor.writerow(list(muestra))
    escritor.writerow(list(muestra.values()))
    return "\ufeff" + texto.getvalue()


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos = []
    for p in recorrer(plantillas, CANALES):
        archivos.append(Archivo(ruta_por_plantilla(p, "docx"), documento(p), (p.id,)))
        archivos.append(Archivo(ruta_por_plantilla(p, "datos.csv"), datos_csv(ctx.muestra(p)),
                                (p.id,)))
    return archivos
