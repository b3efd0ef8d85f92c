"""Buscar una frase solo si puede estar, y solo donde puede empezar.

La expresión de una frase (:func:`generador.lint.frases.compilar_una`) es
``(?<!\\w)(?:F1 SEP F2 ... Fn)(?!\\w)``: cada ficha ``Fi`` es una alternativa de palabras
(``estimado|estimada``), cada una quizá con ``\\w*`` detrás (``denunci*``), y entre dos
fichas solo hay separadores (nunca letras) o, con ``...``, palabras enteras. Así que cada
ficha casa con una palabra entera del texto (una tira ``\\w+``).

- :meth:`Requisitos.posible`: si a alguna ficha no le corresponde ninguna palabra del
  mensaje (ni exacta, ni que empiece por la raíz de una familia), la frase no puede casar y
  no hace falta buscarla. El índice de anclas (:mod:`generador.lint.frases`) ya descarta por
  la palabra más rara de cada frase; aquí se miran todas, con conjuntos, solo en las frases
  que el índice deja pasar: en 1.000 mensajes corrientes descarta unas 7 de cada 10
  búsquedas. Una ficha con una palabra que no es toda ``\\w`` («s.a.») no descarta nada.
- :func:`buscar`: toda coincidencia empieza por una de las palabras de la primera ficha, tal
  cual. Con varias alternativas, ``regex`` no lo aprovecha (prueba la expresión en cada
  posición); aquí se prueba ``match`` solo donde aparece alguna (``str.find``, en C), de
  izquierda a derecha: la primera que casa es la que habría dado ``search``, que prueba
  esas mismas posiciones en el mismo orden (las demás no pueden casar), y ``(?<!\\w)`` mira
  antes de la posición igual que en ``search``. Tras :data:`MAX_INTENTOS` apariciones sin
  casar, sigue con ``search``. Con una sola palabra, ``regex`` ya salta a sus apariciones, y
  con alguna de menos de :data:`MIN_INICIO` letras (muy frecuente) no compensa: ``search``.

El resultado es el mismo que buscar siempre con ``search``: lo comprueba
``tests/lint/test_busqueda_frases.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from generador.lint.frases import HUECO, LEMA, MAX_PREFIJO, FraseInvalida, expandir
from generador.lint.normalizar import plegar

#: Apariciones de la primera palabra que se prueban con ``match`` antes de volver a ``search``.
MAX_INTENTOS = 4
#: Letras mínimas de cada alternativa de la primera ficha para buscar por sus apariciones.
MIN_INICIO = 3

_PALABRA = regex.compile(r"\w+")


@dataclass(frozen=True)
class Requisitos:
    """Lo que una frase necesita del mensaje y por dónde puede empezar."""

    #: por ficha: (palabras exactas, raíces de familia); basta una de las dos
    fichas: tuple[tuple[frozenset[str], tuple[str, ...]], ...]
    #: las palabras de la primera ficha, si conviene buscar por sus apariciones
    inicios: tuple[str, ...] | None

    def posible(self, palabras: frozenset[str], contexto: Any) -> bool:
        """Falso si alguna ficha no tiene ninguna palabra en ``palabras`` (las del texto
        plegado) ni ninguna que empiece por una de sus raíces (``contexto.comienzos``, que
        solo se calcula si hace falta)."""
        for exactas, raices in self.fichas:
            if not exactas.isdisjoint(palabras):
                continue
            if raices and _alguna_empieza(raices, palabras, contexto):
                continue
            return False
        return True


def _alguna_empieza(raices: tuple[str, ...], palabras: frozenset[str], contexto: Any) -> bool:
    comienzos = contexto.comienzos
    for raiz in raices:
        if raiz[:MAX_PREFIJO] in comienzos and (
                len(raiz) <= MAX_PREFIJO or any(p.startswith(raiz) for p in palabras)):
            return True
    return False


def requisitos(frase: str) -> Requisitos | None:
    """Los :class:`Requisitos` de una frase sin lemas, o ``None`` si no se saben (entonces
    se busca siempre, como antes)."""
    if LEMA in frase:
        return None
    try:
        fichas = plegar(expandir(frase)).split()
    except FraseInvalida:
        return None
    fichas = [f for f in fichas if f != HUECO]
    if not fichas:
        return None
    propias = []
    for ficha in fichas:
        exactas, raices = [], []
        for alternativa in ficha.split("|"):
            familia = alternativa.endswith("*")
            base = alternativa[:-1] if familia else alternativa
            if not base or "*" in base:
                return None
            if _PALABRA.fullmatch(base) is None:
                exactas = raices = None  # no es una palabra entera: esta ficha no descarta
                break
            (raices if familia else exactas).append(base)
        if exactas is not None:
            propias.append((frozenset(exactas), tuple(raices)))
    primera = [a[:-1] if a.endswith("*") else a for a in fichas[0].split("|")]
    inicios = tuple(dict.fromkeys(primera))
    if len(inicios) < 2 or min(map(len, inicios)) < MIN_INICIO:
        inicios = None
    return Requisitos(tuple(propias), inicios)


def buscar(patron: Any, inicios: tuple[str, ...] | None, texto: str, desde: int = 0) -> Any:
    """``patron.search(texto, desde, concurrent=False)``, probando solo donde aparece alguna
    de ``inicios`` (sin ``inicios``, ``search`` tal cual)."""
    if not inicios:
        return patron.search(texto, desde, concurrent=False)
    find = texto.find
    # la siguiente aparición de cada palabra (-1: ya no aparece más)
    siguientes = [find(base, desde) for base in inicios]
    for _ in range(MAX_INTENTOS):
        posicion = min((p for p in siguientes if p >= 0), default=-1)
        if posicion < 0:
            return None
        m = patron.match(texto, posicion, concurrent=False)
        if m is not None:
            return m
        for i, p in enumerate(siguientes):
            if p == posicion:
                siguientes[i] = find(inicios[i], posicion + 1)
    posicion = min((p for p in siguientes if p >= 0), default=-1)
    return None if posicion < 0 else patron.search(texto, posicion, concurrent=False)
