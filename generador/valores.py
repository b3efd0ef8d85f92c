"""Valores de ejemplo de las variables: qué admite cada tipo.

Un importe es un número finito entre 0 y :data:`IMPORTE_MAX` (``.inf`` saldría «∞ €» y
``.nan`` «NaN,00 €»); una fecha, una fecha real (``2026-03-05``); un número, un número
finito. Se comprueba al cargar las especificaciones, con archivo y línea, y de nuevo al
formatear (por si alguien construye el modelo a mano).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

#: Caracteres de un texto de la especificación (un cuerpo, una frase, una maqueta). Una
#: carta larga ocupa unos 4.000; el tope evita que un texto de 100.000 palabras haga
#: tardar minutos a generar y exportar.
LARGO_MAX_TEXTO = 20_000

#: Un billón: ningún recordatorio de cobro reclama más.
IMPORTE_MAX = 10**12

#: Las fechas que admite cobro (ejemplos, vencimientos, --hoy): las de una factura real, con
#: margen. Más allá, sumar los días de la escalera o de un plazo se sale del calendario.
FECHA_MIN = dt.date(1900, 1, 1)
FECHA_MAX = dt.date(2199, 12, 31)


def _corto(valor: Any) -> str:
    texto = str(valor)
    return texto if len(texto) <= 40 else texto[:40] + "…"


def _numero_finito(valor: Any) -> bool:
    if isinstance(valor, bool) or not isinstance(valor, (int, float)):
        return False
    if isinstance(valor, int):
        return abs(valor) <= IMPORTE_MAX
    return math.isfinite(valor) and abs(valor) <= IMPORTE_MAX


def problema_ejemplo(tipo: str, valor: Any) -> str | None:
    """Qué falla en ``valor`` como ejemplo de una variable de ``tipo`` (None si nada).

    Un ejemplo de texto puede ser una relación (p. ej. de facturas): una lista de
    ``{texto: ..., importe: ...}`` que se escribe «- texto: importe» por línea, con el
    importe en la moneda y la escala de cada país."""
    if tipo == "texto" and isinstance(valor, list):
        for linea in valor:
            if not isinstance(linea, dict) or set(linea) != {"texto", "importe"} \
                    or not isinstance(linea["texto"], str) or problema_ejemplo("importe", linea["importe"]):
                return ("una relación de ejemplo es una lista de líneas {texto: ..., importe: 120.50}, "
                        f"no '{_corto(linea)}'")
        return None
    if tipo == "importe":
        if not _numero_finito(valor) or valor < 0:
            return (f"el ejemplo de un importe debe ser un número entre 0 y "
                    f"{IMPORTE_MAX:,}".replace(",", ".")
                    + f" (p. ej. 120.50), no '{_corto(valor)}'")
    elif tipo == "numero":
        if not _numero_finito(valor):
            return (f"el ejemplo de un número debe ser un número finito de hasta "
                    f"{IMPORTE_MAX:,}".replace(",", ".") + f" en valor absoluto, no '{_corto(valor)}'")
    elif tipo == "fecha":
        try:
            fecha = valor if isinstance(valor, dt.date) else dt.date.fromisoformat(str(valor))
        except ValueError:
            return (f"el ejemplo de una fecha debe ser una fecha real AAAA-MM-DD "
                    f"(p. ej. 2026-03-05), no '{_corto(valor)}'")
        # los ejemplos derivan otras fechas (la de la carta, plazos): sin margen, se salen
        # del calendario
        if not FECHA_MIN <= fecha <= FECHA_MAX:
            return (f"el ejemplo de una fecha debe estar entre {FECHA_MIN.year} y "
                    f"{FECHA_MAX.year}, no '{_corto(valor)}'")
    return None


def comprobar_ejemplos(espec, datos_sectores: dict, mensajes, problema) -> None:
    """Añade con ``problema(ruta, linea, clave, mensaje)`` cada ejemplo que no vale.

    Revisa los ejemplos de ``mensajes/variables.yml``, los de las variables propias de
    cada sector y los ``ejemplos`` de cada perfil (con el tipo de su variable)."""
    for nombre, variable in espec.variables.items():
        error = problema_ejemplo(variable.tipo, variable.ejemplo)
        if error:
            problema(mensajes / "variables.yml", variable.linea, f"variables.{nombre}.ejemplo", error)
    for nombre_sector, (ruta, datos) in datos_sectores.items():
        sector = espec.sectores[nombre_sector]
        for audiencia, perfil in sector.perfiles.items():
            dp = datos["audiencias"][audiencia]
            for nombre, variable in perfil.variables.items():
                error = problema_ejemplo(variable.tipo, variable.ejemplo)
                if error:
                    problema(ruta, dp["variables"][nombre].linea_de("ejemplo"),
                             f"audiencias.{audiencia}.variables.{nombre}.ejemplo", error)
            for nombre, valor in perfil.ejemplos.items():
                variable = perfil.variables.get(nombre) or espec.variables.get(nombre)
                error = problema_ejemplo(variable.tipo, valor) if variable else None
                if error:
                    problema(ruta, dp["ejemplos"].linea_de(nombre),
                             f"audiencias.{audiencia}.ejemplos.{nombre}", error)


def problema_texto(texto: str) -> str | None:
    """Qué falla en un texto de la especificación por su tamaño (None si nada)."""
    if len(texto) > LARGO_MAX_TEXTO:
        return (f"el texto tiene {len(texto):,} caracteres".replace(",", ".")
                + f" y el máximo es {LARGO_MAX_TEXTO:,}".replace(",", ".")
                + "; un mensaje de cobro es mucho más corto: divídelo o recórtalo")
    return None


def comprobar_textos_de_sector(datos_sectores: dict, problema) -> None:
    """Los textos del sector que se insertan en las plantillas (``referencia.*`` y
    ``titulo``) no pueden traer sintaxis de plantilla: compuestos en el cuerpo, un
    ``{{{{…`` o un ``{% … %}`` los leería el motor de relleno (y ``{{{{`` repetido miles
    de veces agotaba su pila). Se informa con archivo y línea, como el resto."""
    from generador.cargar import LOGICA

    mensaje = ("solo se admiten marcadores '{{ variable }}' y ranuras '[[ ranura ]]'; sin "
               "lógica ({% %}), comentarios ni expresiones")
    for ruta, datos in datos_sectores.values():
        titulo = datos.get("titulo")
        if isinstance(titulo, str) and LOGICA.search(titulo):
            problema(ruta, datos.linea_de("titulo"), "titulo", mensaje)
        for audiencia, perfil in datos.get("audiencias", {}).items():
            for clave in ("referencia", "referencia_sms"):
                campos = perfil.get(clave) or {}
                for campo, valor in campos.items():
                    if not isinstance(valor, str):
                        continue
                    error = mensaje if LOGICA.search(valor) else problema_texto(valor)
                    if error:
                        problema(ruta, campos.linea_de(campo),
                                 f"audiencias.{audiencia}.{clave}.{campo}", error)
