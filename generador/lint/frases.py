"""Listas de frases con familias de palabras, compiladas a una sola expresión regular.

Sintaxis de una frase (se escribe con o sin tildes, en minúsculas o mayúsculas):

- palabras separadas por espacios: ``acciones legales``;
- ``*`` al final de una palabra abarca su familia: ``demand*`` casa con demandar,
  demandaremos y demanda;
- ``|`` da alternativas para una palabra: ``carcel|prision``;
- ``...`` deja hasta seis palabras en medio: ``embarg* ... sueldo|nomina``;
- ``+`` al final de una palabra abarca todas las formas de ese lema (conjugación, plural y
  pronombres pegados, :mod:`generador.lint.lemas`): ``quitar+`` casa con quitaremos,
  quitarle, quitado; ``embargar+ ... casa+`` es el marco "embargar x casa".

Cada alternativa de ``|`` es **una** palabra: ``su lugar de trabajo|empleo`` se lee
su + lugar + de + (trabajo|empleo), no "su lugar de trabajo" o "empleo". Para dos
expresiones de varias palabras, escriba dos frases (``su lugar de trabajo`` y
``su empleo|trabajo|oficina``).

Las palabras de una frase deben estar en la misma oración (sin ``.``, ``!``, ``?``, ``;``
ni líneas en blanco entre ellas).

La búsqueda se hace sobre el texto plegado (:func:`generador.lint.normalizar.plegar`),
con límites de palabra Unicode, así que los desplazamientos valen en el original.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from generador.lint.normalizar import plegar

LEMA = "+"

HUECO = "..."
_MAX_HUECO = 6
MAX_HUECO = _MAX_HUECO
#: Entre dos palabras de una frase: espacios, comas, guiones, un salto de línea... pero
#: nunca un punto, una interrogación, una exclamación, un punto y coma ni una línea en
#: blanco: una frase no salta de una oración a otra.
_SEPARADOR = r"(?:(?!\n[^\S\n]*\n)[^\w.!?;¡¿])+"


class FraseInvalida(ValueError):
    """Una frase que no se puede compilar."""


@lru_cache(maxsize=8192)
def expandir(frase: str) -> str:
    """La frase con cada ``lema+`` sustituido por sus formas (``quita|quitar|quitaremos...``).

    Lo hace el cargador de reglas una vez; la caché de reglas guarda la frase ya expandida.
    """
    if LEMA not in frase:
        return frase
    fichas = []
    for ficha in plegar(frase).split():
        alternativas: list[str] = []
        for alternativa in ficha.split("|"):
            if alternativa.endswith(LEMA) and len(alternativa) > 1:
                from generador.lint.lemas import formas

                lema = alternativa[:-1]
                if not lema.isalpha():
                    raise FraseInvalida(f"'+' solo puede ir tras una palabra ('{ficha}')")
                alternativas.extend(formas(lema))
            else:
                alternativas.append(alternativa)
        fichas.append("|".join(dict.fromkeys(alternativas)))
    return " ".join(fichas)


def patron_de_frase(frase: str) -> str:
    """Expresión regular (sin límites exteriores) de una frase."""
    fichas = plegar(expandir(frase)).split()
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
            partes.append(rf"(?:{_SEPARADOR}\w+){{0,{_MAX_HUECO}}}?{_SEPARADOR}" if hueco else _SEPARADOR)
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


def compilar(frases: list[str], guardar: bool = False) -> regex.Pattern[str]:
    """Una expresión con un grupo con nombre ``f<i>`` por frase, para saber cuál casó.

    Con ``guardar``, pasa por la caché de ``regex`` (y así por la de disco de
    :func:`~generador.lint.cache_reglas.sembrar_regex`): para las que se compilan al revisar
    y no van en la caché de reglas; compilar una lista de frases cuesta milisegundos."""
    grupos = [f"(?P<f{i}>{patron_de_frase(f)})" for i, f in enumerate(frases)]
    return regex.compile(r"(?<!\w)(?:" + "|".join(grupos) + r")(?!\w)", cache_pattern=guardar)


def indice_de(coincidencia: regex.Match[str]) -> int:
    """Índice de la frase que produjo la coincidencia."""
    return int((coincidencia.lastgroup or "f0")[1:])


@dataclass(frozen=True)
class Anclas:
    """Una palabra obligatoria de cada frase, para descartar la lista sin ejecutar la expresión.

    ``literales``: palabras exactas; ``prefijos``: comienzos de palabra (familias con ``*``),
    agrupados por longitud. ``siempre``: alguna frase no se puede descartar así.
    """

    literales: frozenset[str]
    prefijos: dict[int, frozenset[str]]
    siempre: bool = False


_PALABRA_INICIAL = regex.compile(r"\w+")
#: Raíces de familia de hasta estas letras se comprueban con conjuntos; las más largas, una a una.
MAX_PREFIJO = 8


#: Palabras tan frecuentes en un cobro que no sirven para descartar una frase.
_COMUNES = frozenset({
    "cualquier", "factura", "facturas", "pago", "pagos", "pagar", "cliente", "clientes",
    "usted", "nuestro", "nuestra", "nuestros", "nuestras", "importe", "fecha", "gracias",
    "recordamos", "pendiente", "puede", "puedes", "saludo", "cuenta", "servicio",
})


def _rareza(ficha: str) -> tuple[bool, int]:
    alternativas = [a.rstrip("*") for a in ficha.split("|")]
    return (not any(a in _COMUNES for a in alternativas), min(len(a) for a in alternativas))


def anclas(frases: list[str], primera: bool = False) -> Anclas:
    """Anclas de una lista de frases: de cada frase, su palabra más rara (o la primera)."""
    literales: set[str] = set()
    prefijos: set[str] = set()
    siempre = False
    for frase in frases:
        fichas = [f for f in plegar(expandir(frase)).split() if f != HUECO]
        elegida = fichas[0] if primera else max(fichas, key=_rareza)
        for alternativa in elegida.split("|"):
            base = alternativa.rstrip("*")
            inicial = _PALABRA_INICIAL.match(base)
            if inicial is None:
                siempre = True
            elif inicial.group() == base and not alternativa.endswith("*"):
                literales.add(base)
            else:
                prefijos.add(inicial.group()[:MAX_PREFIJO])  # condición necesaria
    por_longitud: dict[int, set[str]] = {}
    for prefijo in prefijos:
        por_longitud.setdefault(len(prefijo), set()).add(prefijo)
    return Anclas(
        frozenset(literales), {n: frozenset(p) for n, p in por_longitud.items()}, siempre
    )


def simples(frases: list[str]) -> tuple[frozenset[str], dict[int, frozenset[str]], list[str]]:
    """Separa las frases de una sola palabra (se comprueban con conjuntos) del resto.

    Devuelve (palabras exactas, familias por longitud de su raíz, frases compuestas).
    """
    exactas: set[str] = set()
    familias: dict[int, set[str]] = {}
    compuestas: list[str] = []
    for frase in frases:
        fichas = plegar(expandir(frase)).split()
        alternativas = fichas[0].split("|") if len(fichas) == 1 else []
        if not alternativas or not all(_es_simple(a) for a in alternativas):
            compuestas.append(frase)
            continue
        for alternativa in alternativas:
            if alternativa.endswith("*"):
                raiz = alternativa[:-1]
                familias.setdefault(len(raiz), set()).add(raiz)
            else:
                exactas.add(alternativa)
    return frozenset(exactas), {n: frozenset(r) for n, r in sorted(familias.items())}, compuestas


def _es_simple(alternativa: str) -> bool:
    base = alternativa[:-1] if alternativa.endswith("*") else alternativa
    return bool(base) and _PALABRA_INICIAL.fullmatch(base) is not None


# ---------------------------------------------------------------------------------------
# Índice de palabras obligatorias: cada frase de una lista se busca solo si el texto tiene
# su ancla (la condición necesaria de :func:`anclas`, frase a frase). Es el filtro de
# literales obligatorios de los motores de expresiones (Hyperscan, ripgrep): el trabajo
# por mensaje depende de lo que dice el mensaje, no de cuántas frases tiene la lista.
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indice:
    """De cada palabra (o comienzo de palabra) ancla, qué frases de la lista la exigen.

    ``literales``: palabra exacta -> índices de frase; ``prefijos``: longitud -> comienzo
    -> índices; ``siempre``: frases que no se pueden descartar así. Una frase cuyo ancla no
    está en el texto no puede casar en él."""

    literales: dict[str, tuple[int, ...]]
    prefijos: dict[int, dict[str, tuple[int, ...]]]
    siempre: tuple[int, ...]
    claves: frozenset[str]
    claves_prefijos: tuple[tuple[int, frozenset[str]], ...]

    @property
    def vacio(self) -> bool:
        return not (self.literales or self.prefijos or self.siempre)


def indice(frases: list[str], primera: bool = False) -> Indice:
    """El :class:`Indice` de una lista de frases (el ancla de cada una, como :func:`anclas`)."""
    literales: dict[str, list[int]] = {}
    prefijos: dict[int, dict[str, list[int]]] = {}
    siempre: list[int] = []
    for i, frase in enumerate(frases):
        propias = anclas([frase], primera)
        if propias.siempre:
            siempre.append(i)
            continue
        for palabra in propias.literales:
            literales.setdefault(palabra, []).append(i)
        for longitud, raices in propias.prefijos.items():
            for raiz in raices:
                prefijos.setdefault(longitud, {}).setdefault(raiz, []).append(i)
    return Indice(
        {p: tuple(v) for p, v in literales.items()},
        {n: {r: tuple(v) for r, v in d.items()} for n, d in sorted(prefijos.items())},
        tuple(siempre),
        frozenset(literales),
        tuple((n, frozenset(d)) for n, d in sorted(prefijos.items())),
    )


def compilar_una(frase: str) -> regex.Pattern[str]:
    """La expresión de una sola frase, con los mismos límites que :func:`compilar`."""
    return regex.compile(r"(?<!\w)(?:" + patron_de_frase(frase) + r")(?!\w)", cache_pattern=False)


def buscar_varias(patrones: list[tuple[int, regex.Pattern[str]]],
                  texto: str, inicios: list[tuple[str, ...] | None] | None = None,
                  ) -> list[tuple[int, int, int]]:
    """(inicio, fin, índice) de cada coincidencia, como ``finditer`` de la unión
    ``(?:p1|p2|...)`` en el orden de los índices: de izquierda a derecha, sin solaparse, y
    en una misma posición gana la frase de índice menor.

    ``patrones`` va en orden de índice. Cada expresión se busca por separado desde donde
    acabó la última coincidencia, así que conserva su prefijo literal y el motor salta a sus
    apariciones en vez de probar todas las alternativas en cada posición. ``inicios`` (en el
    orden de ``patrones``), las palabras por las que empieza cada frase: con ellas, cada
    búsqueda se prueba solo donde aparecen (:func:`generador.lint.busqueda_frases.buscar`)."""
    if inicios is not None:
        from generador.lint.busqueda_frases import buscar

        def buscar_en(k: int, desde: int) -> regex.Match[str] | None:
            return buscar(patrones[k][1], inicios[k], texto, desde)
    else:
        def buscar_en(k: int, desde: int) -> regex.Match[str] | None:
            return patrones[k][1].search(texto, desde, concurrent=False)
    if len(patrones) == 1:
        indice_unico, patron = patrones[0]
        if inicios is None or inicios[0] is None:
            return [(m.start(), m.end(), indice_unico)
                    for m in patron.finditer(texto, concurrent=False)]
        unicas = []
        m = buscar_en(0, 0)
        while m is not None:
            unicas.append((m.start(), m.end(), indice_unico))
            # como finditer: sigue donde acabó (una frase nunca casa con el texto vacío)
            m = buscar_en(0, m.end() if m.end() > m.start() else m.end() + 1)
        return unicas
    siguientes = [buscar_en(k, 0) for k in range(len(patrones))]
    resultado: list[tuple[int, int, int]] = []
    posicion = 0
    while True:
        mejor = -1
        mejor_inicio = -1
        for k, m in enumerate(siguientes):
            if m is None:
                continue
            if m.start() < posicion:
                m = siguientes[k] = buscar_en(k, posicion)
                if m is None:
                    continue
            if mejor < 0 or m.start() < mejor_inicio:
                mejor, mejor_inicio = k, m.start()
        if mejor < 0:
            return resultado
        m = siguientes[mejor]
        resultado.append((m.start(), m.end(), patrones[mejor][0]))
        # una frase nunca casa con el texto vacío (cada palabra tiene al menos una letra)
        posicion = m.end() if m.end() > m.start() else m.end() + 1
