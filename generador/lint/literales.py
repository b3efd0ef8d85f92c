"""Lo que una expresión necesita que esté en el texto para poder casar.

Una regla ``patron`` (:class:`~generador.lint.tipos_regla.TipoPatron`) busca cada una de
sus expresiones en todo el mensaje, y casi nunca casan: el ultimátum «tienes 2 horas para
pagar» no está en casi ningún recordatorio. Pero casi todas llevan palabras fijas («antes de
las», «hasta», «plazo»): si ninguna está en el texto (sin distinguir mayúsculas), la
expresión no puede casar y no hace falta buscarla (y lo mismo con cada parte fija: «antes de
las» y «horas» tienen que estar las dos). :func:`requisito` las saca del árbol de
la expresión (el analizador de ``re``, como :mod:`generador.lint.limite_regex`) y
:meth:`Requisito.posible` lo comprueba con ``in`` sobre el texto en minúsculas, que es
mucho más barato que recorrerlo con ``regex``. El resultado es el mismo: solo se salta una
búsqueda que no podía encontrar nada.

Qué cuenta como necesario, en una secuencia: una tira de literales seguidos (``antes de
las``), lo necesario de un grupo o de una repetición de al menos una vez y, de una
alternativa, la unión de lo necesario de cada rama (si alguna rama no necesita nada, la
alternativa tampoco). Las aserciones, las clases y las repeticiones opcionales no aportan
nada (ni se miran por dentro). De cada grupo o repetición se elige lo más largo que
necesita; de la expresión, hasta :data:`MAX_GRUPOS` partes necesarias, las más largas.

Mayúsculas: ``regex`` con ``IGNORECASE`` iguala un carácter con todas sus variantes
(``_regex.get_all_cases``: «s» con «S» y con la s larga «ſ», «k» con el signo de kelvin).
Una variante que ``str.lower()`` no lleva a la misma minúscula («ſ», la «İ» turca, la sigma
«Σ», cuya minúscula depende de lo que la rodea) se apunta como rara y, si el texto tiene
alguna, se busca sin más. Una expresión con sintaxis solo de ``regex`` (``\\p{..}``,
``[[:alpha:]]``, búsqueda aproximada ``{e<=1}``) no se analiza: se busca siempre.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Menos letras que esto no ahorra casi nada (casi cualquier texto las tiene).
MIN_LONGITUD = 3
#: Sintaxis que ``regex`` lee de otra forma que ``re`` (clases POSIX, ``\\p{..}``, búsqueda
#: aproximada, banderas propias): la expresión no se analiza.
_SOLO_REGEX = r"\[:|\{(?!\d*,?\d*\})|\\[pPXGKmMLN]|\(\?[^:!=<>P#'()]*[VfbepwrEu]"


@dataclass(frozen=True)
class Requisito:
    """De cada grupo de :attr:`grupos`, alguna cadena (en minúsculas) tiene que estar en el
    texto; si el texto tiene alguno de :attr:`raros`, no se sabe y se busca."""

    grupos: tuple[tuple[str, ...], ...]
    raros: tuple[str, ...] = ()

    def posible(self, texto: str, minusculas: str) -> bool:
        """Si la expresión puede casar en ``texto`` (``minusculas`` es ``texto.lower()``)."""
        for grupo in self.grupos:
            for cadena in grupo:
                if cadena in minusculas:
                    break
            else:
                return any(raro in texto for raro in self.raros)
        return True


#: Grupos que se comprueban como mucho (los de cadenas más largas): cada uno cuesta un ``in``.
MAX_GRUPOS = 3


def requisito(patron: str, banderas: int = 0) -> Requisito | None:
    """El :class:`Requisito` de ``patron`` (compilado con ``regex`` y ``banderas``), o
    ``None`` si no se sabe de ninguno que sirva."""
    if re.search(_SOLO_REGEX, patron) or banderas & re.VERBOSE:
        return None
    try:
        from re import _constants as c
        from re import _parser as analizador

        arbol = analizador.parse(patron)
        candidatos = _candidatos(list(arbol), c)
    except Exception:  # sintaxis que re no conoce, o un árbol de otra versión de Python
        return None
    utiles = sorted((g for g in candidatos if min(map(len, g)) >= MIN_LONGITUD),
                    key=_calidad, reverse=True)[:MAX_GRUPOS]
    if not utiles:
        return None
    raros = _raros(set().union(*utiles))
    if raros is None:
        return None
    return Requisito(tuple(tuple(sorted({a.lower() for a in g})) for g in utiles), raros)


def _calidad(grupo: set[str]) -> tuple[int, int]:
    """Cuanto más larga la cadena más corta del grupo y menos cadenas, mejor descarta."""
    return min(map(len, grupo)), -len(grupo)


def _necesario(elementos: list, c) -> set[str] | None:
    """Cadenas de las que alguna está en todo texto que casa con la secuencia ``elementos``
    (tal cual las escribe la expresión); ``None`` si ninguna."""
    candidatos = _candidatos(elementos, c)
    return max(candidatos, key=_calidad) if candidatos else None


def _candidatos(elementos: list, c) -> list[set[str]]:
    """Grupos de cadenas de la secuencia ``elementos``: de cada grupo, alguna está en todo
    texto que casa con ella."""
    candidatos: list[set[str]] = []
    tira: list[str] = []

    def cerrar() -> None:
        if tira:
            candidatos.append({"".join(tira)})
            tira.clear()

    for operador, argumento in elementos:
        if operador == c.LITERAL:
            tira.append(chr(argumento))
            continue
        cerrar()
        propio = None
        if operador == c.SUBPATTERN:
            propio = _necesario(list(argumento[-1]), c)
        elif getattr(c, "ATOMIC_GROUP", None) is not None and operador == c.ATOMIC_GROUP:
            propio = _necesario(list(argumento), c)
        elif operador in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            minimo, _, sub = argumento
            if minimo >= 1:
                propio = _necesario(list(sub), c)
        elif operador == c.BRANCH:
            union: set[str] = set()
            for rama in argumento[1]:
                suyo = _necesario(list(rama), c)
                if not suyo:
                    union = set()
                    break
                union |= suyo
            propio = union or None
        if propio:
            candidatos.append(propio)
    cerrar()
    return candidatos


def _raros(alternativas: set[str]) -> tuple[str, ...] | None:
    """Los caracteres que ``regex`` iguala sin distinguir mayúsculas con alguno de
    ``alternativas`` pero que ``str.lower()`` no lleva a su misma minúscula; ``None`` si no
    se pueden saber (otra versión de ``regex``) o una minúscula no es un solo carácter."""
    try:
        import regex
        from regex import _regex

        variantes_de = _regex.get_all_cases
        banderas = regex.IGNORECASE | regex.UNICODE
    except (ImportError, AttributeError):  # pragma: no cover - otra versión de regex
        return None
    raros: set[str] = set()
    for caracter in set("".join(alternativas)):
        minuscula = caracter.lower()
        if len(minuscula) != 1:
            return None
        for codigo in [ord(caracter), *variantes_de(banderas, ord(caracter))]:
            variante = chr(codigo)
            if variante.lower() != minuscula or variante == "Σ":
                raros.add(variante)
    return tuple(sorted(raros))
