"""Expresiones más baratas que dicen lo mismo cuando solo importa *si* casan.

Una regla ``elemento_requerido`` solo pregunta si alguna de sus expresiones aparece en el
mensaje (:meth:`~generador.lint.tipos_regla.TipoElementoRequerido._alguno`): dónde, o
cuánto abarca, da igual. Para esa pregunta hay expresiones que se pueden simplificar sin
cambiar la respuesta en ningún texto; aquí se simplifican al compilarlas (el YAML de la
regla no cambia, ni lo que enseña ``cobro reglas``).

La única simplificación, hoy: una cifra con su continuación opcional al principio,
``A(?:C*A)?R`` (``\\d(?:[\\d.,  ]*\\d)?\\s?(?:€|euros|...)``, un importe con su moneda
detrás), se queda en ``AR``. Si la expresión larga casa con la continuación, su último
``A`` va seguido de un ``R`` que casa: ``AR`` casa desde ese ``A``; y lo que casa con ``AR``
casa con la larga (la continuación es opcional). Así que aparecen en los mismos textos.
Pero la larga, en cada cifra de un IBAN o de un teléfono, recorre todo el número y
retrocede cifra a cifra probando la moneda en cada una (el importe costaba un 8 % de la
revisión de un mensaje); la corta prueba la moneda una vez por cifra.

Condiciones (si no se cumplen, la expresión se deja tal cual): ``A`` es un átomo de un
carácter sin contexto (``\\d``, ``\\w``, ``\\s`` o una clase ``[...]`` sin clases dentro);
``C``, otro átomo así con un cuantificador cualquiera; el grupo no captura y su ``?`` no es
posesivo; y todo está al principio de la expresión (sin banderas ni aserciones delante:
una aserción delante miraría otra posición). ``R`` no puede referirse a grupos anteriores:
no hay ninguno. Lo comprueba ``tests/lint/test_existencia.py`` con textos al azar.
"""

from __future__ import annotations

import re
from functools import cache

_ATOMO = r"(?:\\[dws]|\[(?:\\.|[^\]\[\\])+\])"
_CUANTIFICADOR = r"(?:[*+]|\{\d*,?\d*\})\??"


@cache
def _expresiones() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``A(?:C*A)?`` al principio, con el mismo ``A`` las dos veces (grupo 1), y las banderas
    de toda la expresión (``(?x)``, ``(?i)``...), que valen también para el principio.
    Compiladas al usarlas: solo al preparar las reglas, no en cada arranque."""
    return (re.compile(rf"({_ATOMO})\(\?:{_ATOMO}{_CUANTIFICADOR}\1\)\?\??(?![+?*{{])"),
            re.compile(r"\(\?[a-zA-Z-]+\)"))


def para_existencia(patron: str) -> str:
    """Una expresión que casa en los mismos textos que ``patron`` (con las mismas banderas),
    más barata de buscar si se puede; si no, ``patron`` tal cual."""
    cifra_con_continuacion, banderas = _expresiones()
    m = cifra_con_continuacion.match(patron)
    if m is None or banderas.search(patron):
        return patron
    return m.group(1) + patron[m.end():]
