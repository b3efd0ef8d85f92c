"""La escalera de etapas, los canales, los tipos y los modos que entienden las reglas.

Son los valores que aceptan ``--canal``/``--etapa`` y el front matter; los filtros de
las reglas (``canales``, ``etapas``, ``tipos``) se validan contra ellos al cargar.
"""

from __future__ import annotations

CANALES = ("email", "sms", "carta")

#: En orden de escalada; ``negociacion`` y ``pago_recibido`` quedan fuera de la escalera.
ETAPAS_ESCALERA = (
    "preaviso",
    "vencimiento",
    "primer_recordatorio",
    "segundo_recordatorio",
    "reclamacion_formal",
    "ultimo_aviso",
)
ETAPAS = (*ETAPAS_ESCALERA, "negociacion", "pago_recibido")
ETAPAS_FORMALES = ("reclamacion_formal", "ultimo_aviso")

#: Etapa que corresponde a cada tipo cuando el front matter trae el tipo y no la etapa.
ETAPA_DE_TIPO = {
    "recordatorio_previo": "preaviso",
    "aviso_vencimiento": "vencimiento",
    "recordatorio_amistoso": "primer_recordatorio",
    "seguimiento": "segundo_recordatorio",
    "reclamacion_formal": "reclamacion_formal",
    "ultimo_aviso": "ultimo_aviso",
    "propuesta_plan_pagos": "negociacion",
    "confirmacion_acuerdo": "negociacion",
    "agradecimiento_pago": "pago_recibido",
}
TIPOS = tuple(ETAPA_DE_TIPO)

REGISTROS = ("tu", "usted")
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
    "formato.legibilidad",
    "formato.registro_mixto",
    "ortografia",
    "gramatica",
    # Añadida al contrato: hallazgos sobre las propias supresiones en línea.
    "supresion",
)

ELEMENTOS = (
    "importe",
    "fecha_vencimiento",
    "opciones_pago",
    "contacto",
    "referencia",
    "remitente",
    "asunto",
    "nombre_cliente",
)
