"""La escalera de etapas, los canales, los tipos y los modos que entienden las reglas.

Son los valores que aceptan ``--canal``/``--etapa`` y el front matter; los filtros de
las reglas (``canales``, ``etapas``, ``tipos``) se validan contra ellos al cargar.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generador import modelo

CANALES = modelo.CANALES

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


def tipos_del_proyecto() -> dict[str, str]:
    """Tipo -> etapa de ``mensajes/tipos/*.yml`` del árbol por defecto: un tipo añadido en
    YAML se reconoce sin tocar código. Solo se lee si aparece un tipo que no es de serie."""
    return _del_proyecto()[0]


def etapas_del_proyecto() -> tuple[str, ...]:
    """Las etapas de ``mensajes/etapas.yml`` del árbol por defecto."""
    return _del_proyecto()[1]


def validos(clave: str, valor: object) -> tuple[str, ...]:
    """Valores admitidos para ``tipo`` o ``etapa``: los de serie y, solo si ``valor`` no es
    uno de ellos, también los que el árbol del proyecto añade en YAML."""
    de_serie = TIPOS if clave == "tipo" else ETAPAS
    if valor is None or str(valor) in de_serie:
        return de_serie
    propios = tuple(tipos_del_proyecto()) if clave == "tipo" else etapas_del_proyecto()
    return (*de_serie, *(v for v in propios if v not in de_serie))


def etapa_de_tipo(tipo: str | None) -> str | None:
    if not tipo:
        return None
    return ETAPA_DE_TIPO.get(tipo) or tipos_del_proyecto().get(tipo)


@lru_cache(maxsize=1)
def _del_proyecto() -> tuple[dict[str, str], tuple[str, ...]]:
    from generador.arbol import raiz_predeterminada
    from generador.yaml_lineas import cargar_archivo

    mensajes = raiz_predeterminada() / "mensajes"

    def leer(ruta: Path) -> object:
        # El lector común: un árbol hostil (anidado, fechas imposibles) no tumba el linter.
        datos, problemas = cargar_archivo(ruta)
        return None if problemas else datos  # un árbol roto lo explica 'cobro generar'

    tipos = {}
    for ruta in sorted(mensajes.glob("tipos/*.yml")):
        datos = leer(ruta)
        if isinstance(datos, dict) and isinstance(datos.get("nombre"), str) \
                and isinstance(datos.get("etapa"), str):
            tipos[datos["nombre"]] = datos["etapa"]
    datos = leer(mensajes / "etapas.yml")
    etapas = tuple(datos["etapas"]) if isinstance(datos, dict) and isinstance(
        datos.get("etapas"), dict) else ()
    return tipos, etapas

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
    "formato.legibilidad",
    "formato.registro_mixto",
    "ortografia",
    "gramatica",
    # Añadida al contrato: hallazgos sobre las propias supresiones en línea.
    "supresion",
)

#: Los elementos del modelo y, para el email, el asunto.
ELEMENTOS = (*modelo.ELEMENTOS, "asunto")
