"""Un árbol de especificaciones mínimo y válido, para modificarlo en cada prueba."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

ETAPAS = """\
etapas:
  preaviso:
    titulo: Preaviso
    orden: 1
    dia: -5
    tono: cordial
    descripcion: Antes del vencimiento.
  reclamacion_formal:
    titulo: Reclamación formal
    orden: 2
    dia: 30
    tono: formal
    descripcion: Requerimiento formal.
    formal: true
"""

CANALES = """\
canales:
  email:
    titulo: Email
    maqueta: |
      [[ cuerpo ]]

      {{ empresa }}
  sms:
    titulo: SMS
    max_segmentos: 2
    maqueta: "[[ cuerpo ]]"
"""

PAISES = """\
predeterminado: es
"""

# Un país es un archivo: sus datos (y, si las plantillas usan [[ pais.* ]], su texto).
DATOS_ES = """\
pais: es
nombre: España
locale: es_ES
moneda: EUR
zona_horaria: Europe/Madrid
festivos: ES
lugar: Madrid
"""

DATOS_MX = """\
pais: mx
nombre: México
locale: es_MX
moneda: MXN
zona_horaria: America/Mexico_City
festivos: MX
lugar: Ciudad de México
"""

VARIABLES = """\
variables:
  nombre_cliente:
    descripcion: Nombre del cliente.
    tipo: texto
    ejemplo: Ana
    elemento: nombre_cliente
  empresa:
    descripcion: Empresa que cobra.
    tipo: texto
    ejemplo: Acme
    elemento: remitente
  importe:
    descripcion: Importe pendiente.
    tipo: importe
    ejemplo: 1234.5
    elemento: importe
  fecha_vencimiento:
    descripcion: Fecha de vencimiento.
    tipo: fecha
    ejemplo: 2026-12-05
    elemento: fecha_vencimiento
  referencia:
    descripcion: Referencia.
    tipo: texto
    ejemplo: F-1
    elemento: referencia
"""

TIPO = """\
nombre: recordatorio_previo
titulo: Recordatorio previo
proposito: Avisar antes del vencimiento.
etapa: preaviso
tono: cordial
canales:
  email:
    asunto:
      tu: "Tu pago [[ referencia.con_de ]] {{ referencia }}"
      usted: "Su pago [[ referencia.con_de ]] {{ referencia }}"
    cuerpo:
      tu: |
        Hola, {{ nombre_cliente }}: vence {{ importe }} el {{ fecha_vencimiento }}.

        [[ en_juego ]]
      usted: |
        Estimado/a {{ nombre_cliente }}: vence {{ importe }} el {{ fecha_vencimiento }}.

        [[ en_juego ]]
  sms:
    cuerpo:
      tu: "{{ empresa }}: {{ importe }} vence el {{ fecha_vencimiento }}. [[ sms ]]"
      usted: "{{ empresa }}: {{ importe }} vence el {{ fecha_vencimiento }}. [[ sms ]]"
"""

SECTOR = """\
nombre: turismo
titulo: Turismo
descripcion: Viajes.
audiencias:
  b2c:
    descripcion: Viajeros.
    referencia:
      nombre: reserva
      con_articulo: la reserva
      con_de: de la reserva
      etiqueta: N.º de reserva
    en_juego: La reserva.
    textos:
      recordatorio_previo:
        apertura: {tu: "", usted: ""}
        en_juego:
          tu: Así tu reserva queda lista.
          usted: Así su reserva queda lista.
        opciones: {tu: "", usted: ""}
        cierre: {tu: "", usted: ""}
        sms: {tu: Reserva lista., usted: Reserva lista.}
"""


def escribir_arbol(raiz: Path, **reemplazos: str) -> Path:
    """Escribe el árbol mínimo en ``raiz``; ``reemplazos`` cambia archivos por su ruta
    relativa con '/' sustituido por '__' (p. ej. ``sectores__turismo_yml``)."""
    archivos = {
        "mensajes/etapas.yml": ETAPAS,
        "mensajes/canales.yml": CANALES,
        "mensajes/paises.yml": PAISES,
        "mensajes/paises/es.yml": DATOS_ES,
        "mensajes/paises/mx.yml": DATOS_MX,
        "mensajes/variables.yml": VARIABLES,
        "mensajes/tipos/recordatorio_previo.yml": TIPO,
        "sectores/turismo.yml": SECTOR,
    }
    for clave, texto in reemplazos.items():
        archivos[clave.replace("__", "/").replace("_yml", ".yml")] = dedent(texto)
    for relativa, texto in archivos.items():
        ruta = raiz / relativa
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text(texto, encoding="utf-8")
    return raiz
