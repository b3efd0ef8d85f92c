"""CSV: una fila por plantilla (UTF-8 con BOM para que Excel lea bien los acentos).

Columnas: metadatos, ``asunto`` y ``cuerpo`` canónicos (marcadores ``{{ nombre }}``), las
variables separadas por espacios, la variante GSM-7 de los SMS y el ejemplo relleno.
Una celda que empieza como fórmula (``=``, ``+``, ``-``, ``@``) lleva un apóstrofo delante
salvo con ``--csv-crudo`` (ver :mod:`generador.exportar.csv_seguro`).
"""

from __future__ import annotations

import csv
import io

from generador.exportar.base import Archivo, Contexto
from generador.exportar.csv_seguro import fila
from generador.modelo import Plantilla

CANALES = ("email", "sms", "carta", "whatsapp", "llamada")
DESCRIPCION = "CSV con una fila por plantilla"
DOCUMENTO = "plantillas.csv"
COLUMNAS = ("id", "titulo", "sector", "audiencia", "tipo", "etapa", "canal", "registro",
            "asunto", "cuerpo", "variables", "variante_gsm7", "ejemplo_asunto", "ejemplo_cuerpo")


def tabla(plantillas: list[Plantilla], ctx: Contexto) -> str:
    salida = io.StringIO()
    escritor = csv.writer(salida, lineterminator="\r\n")
    escritor.writerow(COLUMNAS)
    for p in plantillas:
        ejemplo = ctx.ejemplo(p)
        escritor.writerow(fila([
            p.id, p.titulo, p.sector, p.audiencia, p.tipo, p.etapa, p.canal, p.registro,
            p.asunto or "", p.cuerpo, " ".join(p.variables), p.variante_gsm7 or "",
            ejemplo.asunto or "", ejemplo.cuerpo,
        ], ctx.csv_crudo))
    return "\ufeff" + salida.getvalue()


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    return [Archivo(DOCUMENTO, tabla(plantillas, ctx), tuple(p.id for p in plantillas))]
