"""¿Hace falta el tiempo máximo para buscar esta expresión en este texto?

Las expresiones de las reglas se buscan con ``timeout=`` (:data:`TIEMPO_MAX_PATRON`) para
que una que retrocede sin fin (``(a+)+``) no cuelgue el linter. Pero el tiempo máximo del
módulo ``regex`` cuesta unos 10 µs por búsqueda y un 25 % más por paso: en 1.000 mensajes,
casi una décima parte de la revisión, para expresiones que no pueden retroceder tanto.

Aquí se acota, sin ejecutarla, cuántos caminos puede probar una expresión en un texto de
longitud ``L``: sin repeticiones anidadas ni referencias a grupos, el árbol de búsqueda
desde cada posición tiene como mucho el producto de las elecciones de cada cuantificador
(``min(máx, L) + 1``) y de cada alternativa; en todo el texto, ``L`` veces eso. Si la
cota no llega a :data:`PASOS_SIN_LIMITE`, la búsqueda termina seguro en milisegundos y se
hace sin tiempo máximo; si no (o si la expresión no se puede analizar), con él. El
resultado de la búsqueda es el mismo: solo cambia si se vigila el reloj.

El análisis usa el analizador de ``re`` de la biblioteca estándar: una expresión con
sintaxis solo de ``regex`` (``\\p{Lu}``, búsqueda aproximada...) no se analiza y conserva
siempre el tiempo máximo.
"""

from __future__ import annotations

from functools import lru_cache

#: Cota de caminos por debajo de la cual no se vigila el reloj (decenas de ms en el peor caso).
PASOS_SIN_LIMITE = 20_000_000


class _NoAcotable(Exception):
    pass


#: Cotas ya calculadas que trae la caché de reglas (:func:`sembrar`): analizar una expresión
#: con el analizador de ``re`` cuesta ~0,5 ms, y un ``cobro lint`` de un archivo busca unas 30.
_SEMBRADAS: dict[str, tuple[int, int] | None] = {}


def sembrar(cotas: dict[str, tuple[int, int] | None]) -> None:
    """Da por calculadas estas cotas (las de :func:`cotas_de`, guardadas con las reglas)."""
    _SEMBRADAS.update(cotas)


def cotas_de(patrones: list[str]) -> dict[str, tuple[int, int] | None]:
    """La cota de cada expresión, para guardarla con la regla y :func:`sembrar` al cargarla."""
    return {p: cota(p) for p in patrones}


@lru_cache(maxsize=4096)
def cota(patron: str) -> tuple[int, int] | None:
    """(constante, repeticiones sin tope) de la cota ``L * constante * (L + 1) ** n``, o
    ``None`` si la expresión no se puede acotar (repeticiones anidadas, referencias...)."""
    try:
        from re import _parser as analizador
    except ImportError:  # pragma: no cover - Python < 3.11
        return None
    try:
        arbol = analizador.parse(patron)
    except Exception:  # sintaxis de regex que re no conoce: no se acota
        return None
    try:
        return _cota(list(arbol), analizador, dentro_de_repeticion=False)
    except _NoAcotable:
        return None


def _cota(elementos, analizador, dentro_de_repeticion: bool) -> tuple[int, int]:
    from re import _constants as c

    constante, sin_tope = 1, 0
    for operador, argumento in elementos:
        if operador in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            _, maximo, sub = argumento
            if maximo > 1 and dentro_de_repeticion:
                raise _NoAcotable
            k, n = _cota(list(sub), analizador, dentro_de_repeticion or maximo > 1)
            if maximo > 1 and (k > 1 or n):
                raise _NoAcotable  # repetir algo que ya puede elegir: crece exponencialmente
            constante *= k
            sin_tope += n
            if maximo == c.MAXREPEAT or maximo > 64:
                sin_tope += 1
            else:
                constante *= maximo + 1
        elif operador == c.SUBPATTERN:
            k, n = _cota(list(argumento[-1]), analizador, dentro_de_repeticion)
            constante, sin_tope = constante * k, sin_tope + n
        elif operador == c.BRANCH:
            ramas = [_cota(list(r), analizador, dentro_de_repeticion) for r in argumento[1]]
            constante *= sum(k for k, _ in ramas)
            sin_tope += max(n for _, n in ramas)
        elif operador in (c.ASSERT, c.ASSERT_NOT):
            k, n = _cota(list(argumento[1]), analizador, dentro_de_repeticion)
            constante, sin_tope = constante * k, sin_tope + n
        elif getattr(c, "ATOMIC_GROUP", None) is not None and operador == c.ATOMIC_GROUP:
            k, n = _cota(list(argumento), analizador, dentro_de_repeticion)
            constante, sin_tope = constante * k, sin_tope + n
        elif operador in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.AT, c.CATEGORY):
            continue
        else:  # referencias a grupos, condicionales y cualquier otra cosa: no se acota
            raise _NoAcotable
    return constante, sin_tope


#: Banderas con las que el analizador de ``re`` leería otra expresión (VERBOSE: espacios y
#: comentarios): con ellas no se acota.
_BANDERAS_NO_ACOTABLES = 64  # re.VERBOSE == regex.VERBOSE


def sin_limite(patron: str, longitud: int, banderas: int = 0) -> bool:
    """Si buscar ``patron`` (compilada con ``banderas``) en un texto de ``longitud``
    caracteres no necesita tiempo máximo."""
    if banderas & _BANDERAS_NO_ACOTABLES:
        return False
    acotada = _SEMBRADAS[patron] if patron in _SEMBRADAS else cota(patron)
    if acotada is None:
        return False
    constante, sin_tope = acotada
    return (longitud + 1) * constante * (longitud + 1) ** sin_tope <= PASOS_SIN_LIMITE
