"""Datos de ejemplo por país: los valores de ``mensajes/paises/<cc>.yml`` (``ejemplos``) y
los importes de los sectores llevados a la moneda del país (``importes``).
Lo que un país no da y en el árbol es un dato del país predeterminado (su IBAN, su NIF, sus
direcciones) toma el ``ejemplo_neutro`` de la variable: nunca los datos de otro país.

Los sectores escriben sus ejemplos una vez (un recibo de luz de 94,35, una obra de 48.320,80);
en otro país esos números en su moneda no dicen nada (94 pesos chilenos no pagan un recibo).
``importes: {escala: 1000, decimales: -2}`` los multiplica y redondea (``decimales`` como en
:func:`round`: -2 = a centenas) antes de que Babel los formatee con el locale del país. Los
valores que el país da en ``ejemplos`` (nombres, dirección, RFC/NIT/CUIT..., cuenta,
teléfono) sustituyen a los del sector y a los globales.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from generador.modelo import Especificacion, Variable


def textos(espec: Especificacion, locale: str):
    """El texto del país de ``locale`` (``TextosPais``) o None si no tiene."""
    pais = espec.pais_de_locale(locale)
    if pais is None:
        return None
    return espec.textos_pais.get(pais.codigo)


def escalar(valor: Any, importes: dict[str, Any]) -> Any:
    """Un importe de ejemplo en la escala del país (sin ``escala``, tal cual)."""
    escala = importes.get("escala")
    if not escala:
        return valor
    decimales = int(importes.get("decimales", 2))
    nuevo = round(float(valor) * float(escala), decimales)
    return int(nuevo) if decimales <= 0 else nuevo


def aplicar(espec: Especificacion, locale: str, variables: dict[str, Variable],
            propios: frozenset[str] = frozenset()) -> dict[str, Variable]:
    """Las variables con los ejemplos del país de ``locale``.

    ``propios``: variables cuyo ejemplo ya fijó quien llama y que no deben cambiar."""
    datos = textos(espec, locale)
    if datos is None:
        return variables
    resultado = dict(variables)
    importes = getattr(datos, "importes", None) or {}
    for nombre, variable in variables.items():
        if nombre in propios:
            continue
        if variable.tipo == "importe":
            resultado[nombre] = replace(variable, ejemplo=escalar(variable.ejemplo, importes))
        elif isinstance(variable.ejemplo, list):  # una relación con un importe por línea
            relacion = [{**linea, "importe": escalar(linea["importe"], importes)}
                        for linea in variable.ejemplo]
            resultado[nombre] = replace(variable, ejemplo=relacion)
    for nombre, valor in datos.ejemplos.items():
        if nombre in resultado and nombre not in propios:
            resultado[nombre] = replace(resultado[nombre], ejemplo=valor)
    pais = espec.pais_de_locale(locale)
    if pais is not None and pais.codigo != espec.pais_predeterminado:
        # Los ejemplos globales y de los sectores son datos del país predeterminado (un IBAN
        # español, un teléfono de Madrid): lo que el país no da, neutro, no el de otro país.
        for nombre, variable in resultado.items():
            if (variable.ejemplo_neutro is not None and nombre not in datos.ejemplos
                    and nombre not in propios):
                neutro = variable.ejemplo_neutro.replace("{lugar}", pais.lugar)
                resultado[nombre] = replace(variable, ejemplo=neutro)
    return resultado


#: El importe con que los mensajes del linter ponen un ejemplo (FAL001), antes de llevarlo a
#: la escala del país: 1.234,50 € en España, su equivalente en cada moneda.
IMPORTE_MUESTRA = 1234.50


def importe_de_muestra(espec: Especificacion, codigo: str | None) -> str | None:
    """Un importe de ejemplo como se escribe en el país ``codigo``: :data:`IMPORTE_MUESTRA`
    en su escala (``importes``) y con su moneda y su locale (Babel): «1.234,50 €» en
    España, «$24,690.00» en México. ``None`` sin país o si el modelo no lo tiene: nunca el
    formato de otro país."""
    pais = espec.paises.get(codigo) if codigo else None
    if pais is None:
        return None
    datos = espec.textos_pais.get(pais.codigo)
    importes = getattr(datos, "importes", None) or {}
    return _importe(escalar(IMPORTE_MUESTRA, importes), pais.moneda, pais.locale)


@lru_cache(maxsize=64)
def _importe(valor: float, moneda: str, locale: str) -> str:
    from babel.numbers import format_currency

    # sin los espacios de no separación de Babel (en una terminal se ven como uno normal)
    return format_currency(valor, moneda, locale=locale).replace("\xa0", " ").replace("\u202f", " ")
