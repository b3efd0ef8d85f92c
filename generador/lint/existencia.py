"""Expresiones más baratas que dicen lo mismo cuando solo importa *si* casan.

Una regla ``elemento_requerido`` solo pregunta si alguna de sus expresiones aparece en el
mensaje (:meth:`~generador.lint.tipos_regla.TipoElementoRequerido._alguno`): dónde, o
cuánto abarca, da igual. Para esa pregunta hay expresiones que se pueden simplificar sin
cambiar la respuesta en ningún texto; aquí se simplifican al compilarlas (el YAML de la
regla no cambia, ni lo que enseña ``cobro reglas``).

La primera simplificación: una cifra con su continuación opcional al principio,
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

Las otras dos, más abajo: lo que sigue, antes que las miradas atrás largas; y la moneda
delante de la cifra, mirada desde la cifra.
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
    if banderas.search(patron):
        return patron
    m = cifra_con_continuacion.match(patron)
    if m is not None:
        return m.group(1) + patron[m.end():]
    return _moneda_detras(patron) or _lo_que_sigue_antes(patron)


# -- lo que sigue, antes que lo que precede ---------------------------------------------
#
# Una expresión que empieza por aserciones (``\b``, ``(?=\d)``) y miradas atrás
# largas, ``Z (?<!X) R`` (la fecha: ``\b(?=\d)(?<![/.-]\d{2,4},?\s+de\s+)(?<!(?:emitid[oa]|...)
# [ \t]*...)\d{1,2}\s+de\s+(?:enero|...)``), comprueba las miradas atrás en cada posición
# donde pasa ``Z`` (en cada cifra de un IBAN o de un teléfono) antes de ver si sigue ``R``
# (« de marzo»). ``Z (?=R) (?<!X) R`` pide lo mismo en la misma posición (las aserciones no
# avanzan, así que el orden de una conjunción no cambia el resultado, ni el tramo: ``R`` se
# vuelve a casar igual), pero descarta antes por ``R``, que casi nunca está. Solo si ``R``
# no usa grupos con nombre ni referencias a grupos (dentro de ``(?=R)`` verían otra cosa),
# no hay alternativas sueltas (``a|b``: lo de delante sería solo de la primera) ni banderas
# en medio; las miradas atrás cortas (``(?<!\d)``, sin repeticiones ni alternativas) se
# quedan delante: descartan más barato que ``R``. Si delante ya hay una mirada adelante
# larga (la del correo, ``(?=[\w.+-]{1,64}@)``), ya descarta por lo que sigue y no se toca:
# duplicar ``R`` costaba el doble.

#: Referencias a grupos, grupos con nombre, recursión, condicionales, ``\\K``, ``\\G``...
_RARO = re.compile(r"\\[1-9gGK]|\(\?P[<=>]|\(\?<(?![=!])|\(\?'|\(\?\(|\(\?[&R0-9+-]|\(\?\||\(\?>")
_ANCLA = re.compile(r"\\[bBA]|\^")
#: Lo que hace larga una mirada: repeticiones o alternativas (fuera de clases y escapes).
_MIRADA_LARGA = re.compile(r"[*+?{|]")
_SIN_CLASES = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]")


def _cierre(patron: str, inicio: int) -> int:
    """Posición tras el ``)`` que cierra el grupo que abre ``patron[inicio]``; -1 si no cierra
    (o hay algo que este análisis no sabe leer)."""
    nivel = 0
    i = inicio
    while i < len(patron):
        c = patron[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _fin_clase(patron, i)
            if i < 0:
                return -1
            continue
        if c == "(":
            nivel += 1
        elif c == ")":
            nivel -= 1
            if nivel == 0:
                return i + 1
        i += 1
    return -1


def _fin_clase(patron: str, inicio: int) -> int:
    """Posición tras el ``]`` que cierra la clase que abre ``patron[inicio]``; -1 si no se
    sabe (clases anidadas o de POSIX)."""
    i = inicio + 1
    if patron[i:i + 1] == "^":
        i += 1
    if patron[i:i + 1] == "]":
        i += 1
    while i < len(patron):
        c = patron[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            return -1
        if c == "]":
            return i + 1
        i += 1
    return -1


def _alternativa_suelta(patron: str) -> bool:
    """Si ``patron`` tiene un ``|`` fuera de todo grupo (o no se sabe leer)."""
    nivel = 0
    i = 0
    while i < len(patron):
        c = patron[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _fin_clase(patron, i)
            if i < 0:
                return True
            continue
        if c == "(":
            nivel += 1
        elif c == ")":
            nivel -= 1
        elif c == "|" and nivel == 0:
            return True
        i += 1
    return nivel != 0


def _lo_que_sigue_antes(patron: str) -> str:
    if _RARO.search(patron) or _alternativa_suelta(patron):
        return patron
    i = 0
    primera_larga = -1
    while i < len(patron):
        ancla = _ANCLA.match(patron, i)
        if ancla is not None:
            i = ancla.end()
            continue
        if not patron.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            break
        fin = _cierre(patron, i)
        if fin < 0:
            return patron
        larga = _MIRADA_LARGA.search(_SIN_CLASES.sub("", patron[i + 3:fin - 1])) is not None
        if larga and patron.startswith("(?=", i):
            return patron  # ya descarta por lo que sigue (el correo: «(?=[\w.+-]{1,64}@)»)
        if primera_larga < 0 and larga and patron.startswith("(?<", i):
            primera_larga = i
        i = fin
    resto = patron[i:]
    if primera_larga < 0 or not resto or _RARO.search(resto):
        return patron
    return f"{patron[:primera_larga]}(?={resto}){patron[primera_larga:]}"


# -- la cifra, y la moneda mirando atrás desde ella -------------------------------------
#
# ``(?:US\$|RD\$|\$|€|...|(?<![A-Za-z])(?:EUR|USD|...)(?![A-Za-z]))\s?\d`` (el importe con
# la moneda delante): un grupo de alternativas sin prefijo literal común, que el motor prueba
# en cada posición del texto. ``(?<=G\s?)\d`` pide lo mismo: una cifra con ``G\s?`` justo
# antes; si la larga casa, su ``\d`` es esa cifra, y si la corta casa en una cifra, la larga
# casa desde donde empieza ``G``. Así que aparecen en los mismos textos (las miradas de dentro
# de ``G`` miran lo mismo: el texto alrededor de la moneda). Pero la corta solo se prueba en
# las cifras, y mira atrás unos pocos caracteres (con los mensajes del banco, de ~25 a ~9 ms
# en 1.000 mensajes). Solo si ``G`` es un único grupo sin captura que llega hasta ``\s?\d``
# y no hay referencias a grupos ni grupos con nombre (``_RARO``).

_COLA_CIFRA = "\\s?\\d"


def _moneda_detras(patron: str) -> str | None:
    """``(?<=G\\s?)\\d`` si ``patron`` es ``G\\s?\\d`` con ``G = (?:...)``; si no, None."""
    if not patron.startswith("(?:") or not patron.endswith(_COLA_CIFRA) or _RARO.search(patron):
        return None
    cuerpo = patron[:-len(_COLA_CIFRA)]
    if _cierre(cuerpo, 0) != len(cuerpo):
        return None
    return f"(?<={cuerpo}\\s?)\\d"
