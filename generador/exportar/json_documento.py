"""JSON: un documento versionado con todas las plantillas y sus metadatos, y su JSON Schema.

``plantillas.json`` lleva la versión del formato (``version``), el generador, el locale de
los ejemplos, las variables (descripción, tipo, elemento y ejemplo formateado) y cada
plantilla con sus metadatos, su texto canónico (marcadores ``{{ nombre }}``) y su ejemplo
relleno. ``plantillas.schema.json`` (JSON Schema 2020-12) lo describe; el documento lo cita
en su campo ``esquema``.
"""

from __future__ import annotations

from generador import __version__
from generador.exportar.base import Archivo, Contexto, json_texto
from generador.modelo import Plantilla

CANALES = ("email", "sms", "carta", "whatsapp", "llamada")
DESCRIPCION = "JSON versionado con todas las plantillas, más su JSON Schema"
VERSION = 1
DOCUMENTO = "plantillas.json"
ESQUEMA = "plantillas.schema.json"

_TEXTO = {"type": "string"}
_TEXTO_O_NULO = {"type": ["string", "null"]}


def esquema() -> dict:
    """El JSON Schema del documento."""
    plantilla = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "titulo", "sector", "audiencia", "tipo", "etapa", "canal", "registro",
                     "asunto", "cuerpo", "variables", "ejemplo"],
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9_]+(-[a-z0-9_]+)+$"},
            "titulo": _TEXTO,
            "sector": _TEXTO,
            "audiencia": {"enum": ["b2c", "b2b"]},
            "tipo": _TEXTO,
            "etapa": _TEXTO,
            "canal": {"enum": list(CANALES)},
            "registro": {"enum": ["tu", "usted"]},
            "asunto": _TEXTO_O_NULO,
            "cuerpo": {"type": "string", "minLength": 1},
            "variables": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
            "variante_gsm7": _TEXTO_O_NULO,
            "pais": _TEXTO_O_NULO,
            "whatsapp": {"type": "object", "description": "canal whatsapp: categoria, cabecera, "
                         "cuerpo, pie y botones (tipo, texto, valor)"},
            "llamada": {"type": "object", "description": "canal llamada: secciones, ramas "
                        "(clave, titulo, decir, nota, registrar) y nunca (lista con su fuente)"},
            "ejemplo": {
                "type": "object",
                "additionalProperties": False,
                "required": ["asunto", "cuerpo"],
                "properties": {"asunto": _TEXTO_O_NULO, "cuerpo": _TEXTO},
            },
        },
    }
    variable = {
        "type": "object",
        "additionalProperties": False,
        "required": ["descripcion", "tipo", "ejemplo"],
        "properties": {
            "descripcion": _TEXTO,
            "tipo": _TEXTO,
            "elemento": _TEXTO_O_NULO,
            "ejemplo": _TEXTO,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://cobro.invalid/esquemas/plantillas-v1.schema.json",
        "title": "Plantillas de cobro exportadas",
        "description": "Documento de `cobro exportar --formato json`, versión 1. Los textos usan "
                       "marcadores {{ nombre }}; cada plantilla trae su ejemplo relleno.",
        "type": "object",
        "additionalProperties": False,
        "required": ["version", "generador", "esquema", "locale", "marcadores", "variables",
                     "plantillas"],
        "properties": {
            "version": {"const": VERSION},
            "generador": _TEXTO,
            "esquema": _TEXTO,
            "locale": {"type": "string", "pattern": "^[a-z]{2}_[A-Z]{2}$"},
            "marcadores": {"const": "{{ nombre }}"},
            "variables": {"type": "object", "additionalProperties": variable},
            "plantillas": {"type": "array", "items": plantilla},
        },
    }


def documento(plantillas: list[Plantilla], ctx: Contexto) -> dict:
    from generador.rellenar import datos_ejemplo

    datos = datos_ejemplo(ctx.espec, ctx.locale)
    usadas = sorted({v for p in plantillas for v in p.variables})
    todas = dict(ctx.espec.variables)
    for sector in ctx.espec.sectores.values():
        for perfil in sector.perfiles.values():
            todas.update(perfil.variables)
    variables = {
        n: {"descripcion": todas[n].descripcion, "tipo": todas[n].tipo,
            "elemento": todas[n].elemento, "ejemplo": datos.get(n, str(todas[n].ejemplo))}
        for n in usadas if n in todas
    }
    entradas = []
    for p in plantillas:
        ejemplo = ctx.ejemplo(p)
        entrada = {**p.metadatos(), "asunto": p.asunto, "cuerpo": p.cuerpo,
                   "ejemplo": {"asunto": ejemplo.asunto, "cuerpo": ejemplo.cuerpo}}
        if p.estructura is not None:  # whatsapp y llamada, también como datos
            entrada[p.canal] = p.estructura
        entradas.append(entrada)
    return {
        "version": VERSION,
        "generador": f"cobro {__version__}",
        "esquema": ESQUEMA,
        "locale": ctx.locale,
        "marcadores": "{{ nombre }}",
        "variables": variables,
        "plantillas": entradas,
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    ids = tuple(p.id for p in plantillas)
    return [
        Archivo(DOCUMENTO, json_texto(documento(plantillas, ctx)), ids),
        Archivo(ESQUEMA, json_texto(esquema())),
    ]
