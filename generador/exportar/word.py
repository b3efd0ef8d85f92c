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
import re
import zipfile
from functools import lru_cache
from xml.sax.saxutils import escape

from generador.exportar import carta
from generador.exportar.base import Archivo, Contexto, recorrer, ruta_por_plantilla, trocear
from generador.exportar.csv_seguro import fila
from generador.modelo import Plantilla

CANALES = ("carta",)
DESCRIPCION = "Word (.docx) con campos MERGEFIELD y un CSV de datos de ejemplo"


_MARCA_CUERPO = "COBRO-CUERPO-7f3a"
_MARCA_TITULO = "COBRO-TITULO-7f3a"
# Caracteres que XML 1.0 no admite (Word rechazaría el documento).
_NO_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=2)
def _base(papel: str = "A4") -> tuple[list[tuple[zipfile.ZipInfo, bytes]], str, str]:
    """El paquete .docx base (A4 o carta según el país, márgenes, estilo Normal), hecho una
    vez por papel con python-docx.

    Devuelve sus entradas y ``word/document.xml`` partido donde va el cuerpo; cada carta
    solo escribe sus párrafos, en vez de construir y serializar un documento entero.
    """
    from docx import Document
    from docx.shared import Cm, Inches, Pt

    doc = Document()
    seccion = doc.sections[0]
    if papel == "carta":  # US Letter, 8,5 × 11 pulgadas
        seccion.page_width, seccion.page_height = Inches(8.5), Inches(11)
    else:
        seccion.page_width, seccion.page_height = Cm(21), Cm(29.7)
    for margen in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(seccion, margen, Cm(2.5))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    doc.core_properties.title = _MARCA_TITULO
    doc.core_properties.language = "es-ES"
    doc.core_properties.author = "cobro"
    doc.add_paragraph(_MARCA_CUERPO)
    salida = io.BytesIO()
    doc.save(salida)
    with zipfile.ZipFile(io.BytesIO(salida.getvalue())) as paquete:
        entradas = [(info, paquete.read(info)) for info in paquete.infolist()]
    documento_xml = next(d for i, d in entradas if i.filename == "word/document.xml").decode()
    parrafo = f"<w:p><w:r><w:t>{_MARCA_CUERPO}</w:t></w:r></w:p>"
    antes, despues = documento_xml.split(parrafo)
    return entradas, antes, despues


def _texto(texto: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(_NO_XML.sub("", texto))}</w:t></w:r>'


def _campo(nombre: str) -> str:
    return (f'<w:fldSimple w:instr=" MERGEFIELD {nombre} \\* MERGEFORMAT ">'
            f"<w:r><w:t>«{nombre}»</w:t></w:r></w:fldSimple>")


def _parrafos(cuerpo: str) -> str:
    return "".join(
        "<w:p>" + "".join(
            _texto(t.texto) if t.variable is None else _campo(t.variable) for t in trocear(linea)
        ) + "</w:p>"
        for linea in cuerpo.split("\n")
    )


def documento(p: Plantilla, papel: str = "A4") -> bytes:
    """El .docx de una carta: cada línea, un párrafo; cada variable, un MERGEFIELD."""
    entradas, antes, despues = _base(papel)
    salida = io.BytesIO()
    with zipfile.ZipFile(salida, "w", zipfile.ZIP_DEFLATED) as paquete:
        for info, datos in entradas:
            if info.filename == "word/document.xml":
                datos = (antes + _parrafos(p.cuerpo) + despues).encode("utf-8")
            elif info.filename == "docProps/core.xml":
                titulo = escape(_NO_XML.sub("", p.titulo or p.id))
                datos = datos.decode("utf-8").replace(_MARCA_TITULO, titulo).encode("utf-8")
            paquete.writestr(info.filename, datos)
    return salida.getvalue()


def datos_csv(muestra: dict[str, str], crudo: bool = False) -> str:
    """CSV de datos de ejemplo; las celdas que empiezan como fórmula llevan ``'`` delante
    salvo con ``crudo`` (ver :mod:`generador.exportar.csv_seguro`)."""
    texto = io.StringIO()
    escritor = csv.writer(texto, lineterminator="\r\n")
    escritor.writerow(fila(muestra, crudo))
    escritor.writerow(fila(muestra.values(), crudo))
    return "\ufeff" + texto.getvalue()


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    archivos = []
    for p in recorrer(plantillas, CANALES):
        archivos.append(Archivo(ruta_por_plantilla(p, "docx"),
                                documento(p, carta.papel(p, ctx.espec, ctx.locale)), (p.id,)))
        archivos.append(Archivo(ruta_por_plantilla(p, "datos.csv"), datos_csv(ctx.muestra(p), ctx.csv_crudo),
                                (p.id,)))
    return archivos
