"""Listas de frases con familias de palabras, compiladas a una sola expresión regular.

Sintaxis de una frase (se escribe con o sin tildes, en minúsculas o mayúsculas):

- palabras separadas por espacios: ``acciones legales``;
- ``*`` al final de una palabra abarca su familia: ``demand*`` casa con demandar,
  demandaremos y demanda;
- ``|`` da alternativas para una palabra: ``carcel|prision``;
- ``...`` deja hasta seis palabras en medio: ``embarg* ... sueldo|nomina``.

La búsqueda se hace sobre el texto plegado (:func:`generador.lint.normalizar.plegar`),
con límites de palabra Unicode, así que los desplazamientos valen en el original.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from generador.lint.normalizar import plegar

HUECO = "..."
_MAX_HUECO = 6


class FraseInvalida(ValueError):
    """Una frase que no se puede compilar."""


def patron_de_frase(frase: str) -> str:
    """Expresión regular (sin límites exteriores) de una frase."""
    fichas = plegar(frase).split()
    if not fichas:
        raise FraseInvalida("la frase está vacía")
    if fichas[0] == HUECO or fichas[-1] == HUECO:
        raise FraseInvalida("'...' solo puede ir entre dos palabras")
    partes: list[str] = []
    hueco = False
    for ficha in fichas:
        if ficha == HUECO:
            hueco = True
            continue
        if partes:
            partes.append(rf"(?:\W+\w+){{0,{_MAX_HUECO}}}?\W+" if hueco else r"\W+")
        hueco = False
        partes.append(_patron_de_ficha(ficha))
    return "".join(partes)


def _patron_de_ficha(ficha: str) -> str:
    alternativas = []
    for alternativa in ficha.split("|"):
        if not alternativa:
            raise FraseInvalida(f"alternativa vacía en '{ficha}'")
        familia = alternativa.endswith("*")
        base = alternativa.rstrip("*")
        if not base or "*" in base:
            raise FraseInvalida(f"'*' solo puede ir al final de una palabra ('{ficha}')")
        alternativas.append(regex.escape(base) + (r"\w*" if familia else ""))
    if len(alternativas) == 1:
        return alternativas[0]
    return "(?:" + "|".join(alternativas) + ")"


def compilar(frases: list[str]) -> regex.Pattern[str]:
    """Una expresión con un grupo con nombre ``f<i>`` por frase, para saber cuál casó."""
    grupos = [f"(?P<f{i}>{patron_de_frase(f)})" for i, f in enumerate(frases)]
    return regex.compile(r"(?<!\w)(?:" + "|".join(grupos) + r")(?!\w)")


def indice_de(coincidencia: regex.Match[str]) -> int:
    """Índice de la frase que produjo la coincidencia."""
    return int((coincidencia.lastgroup or "f0")[1:])


@dataclass(frozen=True)
class Anclas:
    """Primeras palabras de una lista de frases, para descartarla sin ejecutar la expresión.

    ``literales``: palabras exactas; ``prefijos``: comienzos de palabra (familias con ``*``).
    ``siempre``: alguna frase empieza por algo que no es palabra y no se puede descartar.
    """

    literales: frozenset[str]
    prefijos: frozenset[str]
    siempre: bool = False


_PALABRA_INICIAL = regex.compile(r"\w+")
#: Las familias se comprueban por sus primeras letras, como mucho estas.
MAX_PREFIJO = 6


def anclas(frases: list[str]) -> Anclas:
    """Anclas de una lista de frases: de cada frase, su palabra más larga (la más rara)."""
    literales: set[str] = set()
    prefijos: set[str] = set()
    siempre = False
    for frase in frases:
        fichas = [f for f in plegar(frase).split() if f != HUECO]
        elegida = max(fichas, key=lambda f: min(len(a.rstrip("*")) for a in f.split("|")))
        for alternativa in elegida.split("|"):
            base = alternativa.rstrip("*")
            inicial = _PALABRA_INICIAL.match(base)
            if inicial is None:
                siempre = True
            elif inicial.group() == base and not alternativa.endswith("*"):
                literales.add(base)
            else:
                prefijos.add(inicial.group()[:MAX_PREFIJO])
    return Anclas(frozenset(literales), frozenset(prefijos), siempre)
