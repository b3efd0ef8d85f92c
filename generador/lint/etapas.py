"""Vocabulario fijo del linter: modos, severidades, categorías y elementos.

Las etapas, los tipos (y la etapa de cada tipo), los canales y los países **no** están
aquí: salen del modelo del árbol de especificaciones (:mod:`generador.dominio`), de modo
que un tipo o una etapa añadidos en YAML valen en ``--tipo``, el front matter y los
filtros de las reglas sin tocar código.
"""

from __future__ import annotations

from generador import modelo

CANALES = modelo.CANALES
REGISTROS = modelo.REGISTROS
MODOS = ("plantilla", "mensaje")
SEVERIDADES = ("error", "aviso", "sugerencia")
#: Cuanto menor, más grave.
RANGO_SEVERIDAD = {"error": 0, "aviso": 1, "sugerencia": 2}

CATEGORIAS = (
    "faltante.importe",
    "faltante.fecha_vencimiento",
    "faltante.opciones_pago",
    "faltante.contacto",
    "faltante.referencia",
    "faltante.remitente",
    "faltante.asunto",
    "tono.amenaza",
    "tono.agresivo",
    "tono.humillacion",
    "tono.terceros",
    "tono.falso_legal",
    "tono.consecuencia_prematura",
    "formato.marcador_sin_rellenar",
    "formato.sms",
    # Añadida al contrato: reglas de las plantillas de WhatsApp Business (canal whatsapp).
    "formato.whatsapp",
    "formato.legibilidad",
    "formato.registro_mixto",
    "ortografia",
    "gramatica",
    # Añadida al contrato: hallazgos sobre las propias supresiones en línea.
    "supresion",
    # Añadida al contrato: falta un aviso que exige la ley de un país (paquetes de país).
    "faltante.aviso_legal",
)

#: Los elementos del modelo y, para el email, el asunto.
ELEMENTOS = (*modelo.ELEMENTOS, "asunto")
