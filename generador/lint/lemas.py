"""Formas de un lema español, para que una regla escriba ``quitar+`` y case con todas.

Una frase de regla puede nombrar un lema con ``+`` (``embargar+``, ``familia+``): casa con
cualquier forma flexionada de esa palabra (embargaremos, embargado, embargarán, familias)
y, si es un verbo, también con sus formas con pronombres pegados (quitarle, quitársela,
buscándote). Así las reglas hablan de *actos* y *objetos*, no de frases sueltas.

Las formas salen del diccionario español de `simplemma <https://pypi.org/project/simplemma/>`_
(forma -> lema, datos incluidos en el paquete, sin red). Se eligió porque es ligero (sin
dependencias, ~0,5 s en cargar el español), se mantiene activamente y cubre la conjugación
completa, incluidos los irregulares (iremos, diremos, pondremos); spaCy necesitaría un
modelo que no se instala desde PyPI sin red y tardaría segundos en cargar.

El diccionario se lee **solo al cargar las reglas**: la frase se expande una vez a la lista
de sus formas (plegadas: minúsculas, sin tildes) y se guarda así en la caché de reglas; al
revisar mensajes no se lematiza nada, se busca con la expresión ya compilada.
"""

from __future__ import annotations

from functools import lru_cache

from generador.lint.normalizar import plegar

#: Pronombres átonos que se pegan a infinitivos, gerundios e imperativos, solos o de dos
#: en dos (quitarle, quitársela, decírselo).
_CLITICOS = ("me", "te", "se", "le", "lo", "la", "nos", "os", "les", "los", "las")
_DOBLES = tuple(a + b for a in ("me", "te", "se", "nos") for b in ("lo", "la", "los", "las"))
_DESINENCIAS_VERBO = ("ar", "er", "ir", "ír")


class _Diccionario:
    """El diccionario de simplemma, cargado una sola vez e indexado por lema plegado."""

    def __init__(self) -> None:
        self._por_lema: dict[str, list[bytes]] | None = None

    def _cargar(self) -> dict[str, list[bytes]]:
        try:
            from simplemma.strategies.dictionaries import DefaultDictionaryFactory
        except ImportError:  # pragma: no cover - dependencia declarada en pyproject.toml
            return {}
        diccionario = DefaultDictionaryFactory(cache_max_size=0).get_dictionary("es")
        datos = getattr(diccionario, "_dict", None)
        if not isinstance(datos, dict):  # otra versión de simplemma: sin índice inverso
            return {}
        por_crudo: dict[bytes, list[bytes]] = {}
        for forma, lema in datos.items():
            por_crudo.setdefault(lema, []).append(forma)
        por_lema: dict[str, list[bytes]] = {}
        for lema, lista in por_crudo.items():
            por_lema.setdefault(plegar(lema.decode("utf-8", "replace")), []).extend(lista)
        return por_lema

    def formas(self, lema: str) -> set[str]:
        """Formas plegadas de un lema plegado (incluido el propio lema)."""
        if self._por_lema is None:
            self._por_lema = self._cargar()
        resultado = {lema}
        for forma in self._por_lema.get(lema, ()):
            plegada = plegar(forma.decode("utf-8", "replace"))
            if plegada.isalpha():
                resultado.add(plegada)
        return resultado


_DICCIONARIO = _Diccionario()


def es_verbo(lema: str, formas_base: set[str]) -> bool:
    """Un lema en -ar/-er/-ir con gerundio en el diccionario (``familiar`` no lo es)."""
    return lema.endswith(_DESINENCIAS_VERBO) and any(f.endswith("ndo") for f in formas_base)


@lru_cache(maxsize=4096)
def formas_base(lema: str) -> frozenset[str]:
    """Formas plegadas de ``lema`` sin pronombres pegados, con participios si es verbo."""
    lema = plegar(lema.strip())
    base = _DICCIONARIO.formas(lema)
    if es_verbo(lema, base):
        raiz, vocal = lema[:-2], "a" if lema.endswith("ar") else "i"
        base.update(raiz + vocal + "d" + f for f in ("o", "a", "os", "as"))
    return frozenset(base)


@lru_cache(maxsize=4096)
def formas(lema: str) -> tuple[str, ...]:
    """Todas las formas plegadas de ``lema`` (más largas primero), con enclíticos si es verbo."""
    lema = plegar(lema.strip())
    base = _DICCIONARIO.formas(lema)
    todas = set(base)
    if es_verbo(lema, base):
        # participios en los cuatro géneros y números (el diccionario a veces los da como
        # adjetivo con lema propio: rematada -> rematado)
        raiz, vocal = lema[:-2], "a" if lema.endswith("ar") else "i"
        todas.update(raiz + vocal + "d" + f for f in ("o", "a", "os", "as"))
        for forma in base:
            # infinitivo, gerundio e imperativos (quita, quite, quiten, quitad) admiten pronombres
            if forma.endswith(("ar", "er", "ir", "ndo")) or forma == _imperativo(lema, forma):
                todas.update(forma + c for c in _CLITICOS + _DOBLES)
    return tuple(sorted(todas, key=lambda f: (-len(f), f)))


def _imperativo(lema: str, forma: str) -> str | None:
    """``forma`` si puede ser un imperativo o subjuntivo que admite pronombre pegado
    (avisa, avise, avisen, avisemos; también irregulares: diga, digan, ponga)."""
    if len(forma) <= len(lema) + 2 and forma.endswith(("a", "e", "an", "en", "amos", "emos")):
        return forma
    return None
