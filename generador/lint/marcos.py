"""Cuándo una frase de tono hallada *no* la dice quien cobra: negada, prohibida o citada.

Una regla de frases casa con "quitar+ ... casa+"; pero "no le quitaremos la casa",
"la ley prohíbe contactar a su familia" o *Evite frases como «te vamos a embargar»* no
son amenazas. :func:`anulada` mira el texto plegado alrededor de una coincidencia:

- **negación**: justo antes del acto (saltando pronombres, auxiliares y perífrasis: "no
  *le vamos a* quitar", "nunca *podremos* embargar") hay no, nunca, jamás, ni, tampoco,
  "en ningún caso/momento";
- **prohibición o consejo**: en la misma oración, antes, una palabra que presenta la frase
  como algo prohibido o que se debe evitar (prohibido, prohíbe, ilegal, evite...);
- **cita**: la coincidencia está entre comillas y antes de las comillas se anuncia un
  ejemplo o una cita ("frases como", "por ejemplo", "la ley dice").

Las listas son datos del idioma (no de un corpus): pronombres átonos, auxiliares de
perífrasis y negadores del español.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import regex

from generador.lint.memo import MemoPalabra
from generador.lint.oraciones import CIERRE_PLEGADO, FIN_MARCO

_NEGADORES = frozenset({"no", "nunca", "jamas", "ni", "tampoco", "sin", "nadie", "ningun",
                        "ninguna", "ninguno"})
#: Palabras que pueden ir entre la negación y el acto sin deshacerla.
_TRANSPARENTES = frozenset({
    "me", "te", "se", "le", "lo", "la", "nos", "os", "les", "los", "las",
    "a", "de", "que", "va", "van", "vamos", "voy", "vas", "ir", "iremos", "ira", "iran",
    "puede", "pueden", "podemos", "podra", "podran", "podremos", "podria", "podriamos",
    "podrian", "poder", "debe", "deben", "debemos", "deberemos", "deberia", "hemos", "ha",
    "han", "hay", "habra", "sera", "seran", "es", "son", "sea", "sean", "ser", "estamos",
    "esta", "estan", "queremos", "quiere", "pretendemos", "pensamos", "vayamos", "tenemos",
    "tiene", "tendremos", "tendra", "volveremos", "volvera", "seguiremos", "ya", "mas",
    "nosotros", "usted", "ustedes", "tu", "ud", "uds", "un", "una", "unos", "unas", "el",
})
_NINGUN = regex.compile(r"(?:ningun|ninguna)\W+(?:caso|momento|circunstancia|forma|manera)$")
_PROHIBICION = regex.compile(
    r"(?<!\w)(?:prohib\w*|ilegal\w*|evite\w*|evita|evitar|evitamos|nunca\s+(?:debe|deben|"
    r"debemos|se\s+debe)|no\s+(?:debe|deben|debemos|se\s+debe|esta\s+permitid\w*|"
    r"esta\s+autorizad\w*)|(?:solo|solamente|unicamente)\s+"
    r"(?:un|una|el|la)\s+(?:juez|jueza|juzgado|tribunal|autoridad\s+judicial))(?!\w)"
)
_PALABRA = regex.compile(r"\w+")
_COMILLAS = {"«": "»", "“": "”", '"': '"', "‘": "’"}
_CITA = regex.compile(
    r"(?<!\w)(?:como|ejemplo|ejemplos|frases?|expresion\w*|mensajes?|dice|decia|dijo|"
    r"diga|digas|decir|escriba|escribas|evite|llamad\w*|tipo|calificativos?|"
    r"afirmaciones?|amenazas?|textos?)\W*$"
)


#: "No sea un moroso" sigue siendo un insulto: negar la cópula no deshace el calificativo.
_COPULAS = frozenset({"es", "eres", "sea", "seas", "sean", "son", "sera", "seras", "seran",
                      "ser", "esta", "estas", "estan", "estar", "siga", "sigas", "sigan"})


#: Una pasiva negada dentro del tramo: «sus referencias **no serán informadas**», «su familia
#: nunca ha sido contactada». El tramo de una frase con hueco («X ... ser+ ... informad*») puede
#: contener la negación entre el sujeto y el verbo, donde la mirada hacia atrás no llega.
_PASIVA_NEGADA = regex.compile(
    r"(?<!\w)(?:no|nunca|jamas)\s+(?:(?:ser|estar|quedar)\w*|sera|seran|seria|serian|es|son|"
    r"sea|sean|fue|fueron|esta|estan|queda|quedan|(?:ha|han|habra|habran)\s+sido)\s+"
    r"\w+(?:ad|id)(?:o|a|os|as)(?!\w)"
)


def anulada(plegado: str, inicio: int, fin: int) -> bool:
    """Si la coincidencia ``plegado[inicio:fin]`` está negada, prohibida o citada."""
    primera = _PALABRA.match(plegado, inicio)
    negable = primera is None or primera.group() not in _COPULAS
    return ((negable and _negada(plegado, inicio)) or _prohibida(plegado, inicio)
            or _citada(plegado, inicio, fin)
            or (fin - inicio > 12 and _PASIVA_NEGADA.search(plegado, inicio, fin) is not None))


def _oracion_previa(plegado: str, inicio: int, alcance: int = 160) -> str:
    desde = max(0, inicio - alcance)
    previo = plegado[desde:inicio]
    cortes = list(FIN_MARCO.finditer(previo))
    return previo[cortes[-1].end():] if cortes else previo


def _negada(plegado: str, inicio: int) -> bool:
    previo = _oracion_previa(plegado, inicio)
    if "," in previo:
        previo = previo[previo.rfind(",") + 1:]
    palabras = _PALABRA.findall(previo, concurrent=False)
    for i in range(len(palabras) - 1, max(-1, len(palabras) - 6), -1):
        palabra = palabras[i]
        if palabra in _NEGADORES:
            return True
        if palabra in _TRANSPARENTES:
            continue
        return palabra in {"caso", "momento", "circunstancia", "forma", "manera"} and bool(
            _NINGUN.search(" ".join(palabras[: i + 1]))
        )
    return False


def _prohibida(plegado: str, inicio: int) -> bool:
    return _PROHIBICION.search(_oracion_previa(plegado, inicio)) is not None


def _citada(plegado: str, inicio: int, fin: int) -> bool:
    """Entre comillas que abren tras un anuncio de cita, en la misma línea o párrafo."""
    desde = max(0, inicio - 300)
    tramo = plegado[desde:inicio]
    for apertura, cierre in _COMILLAS.items():
        pos = tramo.rfind(apertura)
        if pos < 0:
            continue
        if apertura == cierre and tramo.count(apertura) % 2 == 0:
            continue  # las comillas rectas de antes ya se cerraron
        if apertura != cierre and tramo.rfind(cierre) > pos:
            continue
        if "\n\n" in tramo[pos:]:
            continue
        cerrada = plegado.find(cierre, fin)
        if cerrada < 0:
            continue
        antes = plegado[max(0, desde + pos - 80):desde + pos]
        if _CITA.search(antes):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Frases con lemas: "quitar+ ... casa+" se busca palabra a palabra, no con una expresión
# regular (las formas de varios verbos con sus pronombres harían una expresión de cientos
# de miles de caracteres, lenta de compilar).
# ---------------------------------------------------------------------------------------

_CLITICOS_FINALES = ("nos", "les", "los", "las", "me", "te", "se", "le", "lo", "la", "os")
_FINALES_CLITICOS = frozenset(c[-1] for c in _CLITICOS_FINALES)
_TOKEN = regex.compile(r"\w+")
#: Entre oraciones (o párrafos) no casa ninguna frase.
_CORTE = regex.compile(rf"{CIERRE_PLEGADO}|[¡¿]|\n[^\S\n]*\n")


@dataclass(frozen=True)
class FichaLema:
    """Una posición de una frase: palabras exactas, formas de lemas y comienzos (``*``)."""

    palabras: frozenset[str]
    verbales: frozenset[str]  # formas que admiten pronombres pegados (quitarle)
    prefijos: tuple[str, ...]

    def casa(self, palabra: str, bases: tuple[str, ...] = ()) -> bool:
        """Si ``palabra`` (con ``bases``, ella misma sin pronombres pegados) es de la ficha."""
        if palabra in self.palabras:
            return True
        if self.prefijos and palabra.startswith(self.prefijos):
            return True
        if self.verbales:
            for base in bases:
                if base in self.verbales:
                    return True
        return False


def bases(palabra: str) -> tuple[str, ...]:
    """``palabra`` sin uno o dos pronombres pegados (quitarsela -> quitarse, quitar).

    Recordadas en :data:`_bases_recordadas` (las de los códigos con cifras, aparte y solo
    las últimas: ver :mod:`generador.lint.memo`)."""
    return _bases_recordadas[palabra]


def _bases(palabra: str) -> tuple[str, ...]:
    if palabra[-1:] not in _FINALES_CLITICOS:
        return ()  # ningún pronombre acaba así (la mayoría de las palabras y los números)
    resultado = []
    for clitico in _CLITICOS_FINALES:
        if palabra.endswith(clitico) and len(palabra) - len(clitico) >= 3:
            base = palabra[: -len(clitico)]
            resultado.append(base)
            for otro in _CLITICOS_FINALES:
                if base.endswith(otro) and len(base) - len(otro) >= 3:
                    resultado.append(base[: -len(otro)])
    return tuple(resultado)


#: Unos pocos miles de palabras distintas en todo el catálogo: 16.384 caben de sobra. Se
#: consulta con ``map(_bases_recordadas.__getitem__, palabras)`` (:mod:`memo`).
_bases_recordadas = MemoPalabra(_bases, 16384)


#: Palabras tan frecuentes que no sirven de ancla para descartar una frase.
_VACIAS = frozenset({
    "te", "le", "lo", "la", "los", "las", "les", "se", "me", "nos", "que", "de", "a", "el",
    "en", "su", "tu", "sus", "tus", "un", "una", "y", "o", "no", "es", "por", "con", "para",
    "mi", "al", "del", "ya", "como", "mas", "muy", "ser", "sera", "seran", "son",
    "esta", "estan", "ir", "va", "van", "vamos", "voy", "dar", "da", "tener", "tiene",
    "hacer", "hace", "poder", "puede", "deber", "debe", "pago", "pagar", "pague", "cuenta",
})


@dataclass(frozen=True)
class FraseLema:
    """Una frase compilada: fichas y, ante cada una, cuántas palabras puede saltar."""

    fichas: tuple[FichaLema, ...]
    huecos: tuple[int, ...]
    ancla: frozenset[str] | None  # alguna de estas palabras tiene que estar (None: no se sabe)
    anclas: tuple[frozenset[str], ...] = ()  # de cada ficha sin comienzos, alguna tiene que estar
    #: de cada ficha con comienzos (``reportad*``): sus palabras y formas, y sus comienzos
    #: recortados a ``MAX_PREFIJO`` letras (vacío si alguno es ``*`` solo: casa con todo)
    con_comienzos: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()

    def posible(self, palabras: frozenset[str], comienzos: frozenset[str] | None = None) -> bool:
        """Falso si a alguna ficha no le corresponde ninguna palabra del texto.

        ``palabras``: las del texto con sus formas sin pronombres (:func:`palabras_normalizadas`);
        ``comienzos``: los comienzos de las palabras del texto (``Contexto.comienzos``), para
        descartar también por las fichas con ``*``."""
        for ancla in self.anclas:
            if ancla.isdisjoint(palabras):
                return False
        if comienzos is not None:
            for formas, prefijos in self.con_comienzos:
                if prefijos and formas.isdisjoint(palabras) and comienzos.isdisjoint(prefijos):
                    return False
        return True


def compilar_lema(frase: str) -> FraseLema:
    """Compila una frase que usa ``lema+`` (misma sintaxis que :mod:`frases`)."""
    from generador.lint.frases import HUECO, MAX_HUECO, MAX_PREFIJO, FraseInvalida
    from generador.lint.lemas import es_verbo, formas_base
    from generador.lint.normalizar import plegar

    fichas: list[FichaLema] = []
    huecos: list[int] = []
    hueco = 0
    for texto in plegar(frase).split():
        if texto == HUECO:
            hueco = MAX_HUECO
            continue
        palabras: set[str] = set()
        verbales: set[str] = set()
        prefijos: list[str] = []
        for alternativa in texto.split("|"):
            if alternativa.endswith("+") and len(alternativa) > 1:
                lema = alternativa[:-1]
                if not lema.isalpha():
                    raise FraseInvalida(f"'+' solo puede ir tras una palabra ('{texto}')")
                base = formas_base(lema)
                palabras.update(base)
                if es_verbo(lema, base):
                    verbales.update(base)
            elif alternativa.endswith("*"):
                prefijos.append(alternativa[:-1])
            else:
                palabras.add(alternativa)
        fichas.append(FichaLema(frozenset(palabras), frozenset(verbales), tuple(prefijos)))
        huecos.append(hueco if fichas[:-1] else 0)
        hueco = 0
    if not fichas or hueco:
        raise FraseInvalida("'...' solo puede ir entre dos palabras")
    sin_prefijos = sorted((f for f in fichas if not f.prefijos),
                          key=lambda f: (not _VACIAS.isdisjoint(f.palabras), len(f.palabras)))
    ancla = sin_prefijos[0].palabras if sin_prefijos else None
    con_comienzos = tuple(
        (f.palabras | f.verbales,
         () if "" in f.prefijos else tuple(dict.fromkeys(p[:MAX_PREFIJO] for p in f.prefijos)))
        for f in fichas if f.prefijos)
    return FraseLema(tuple(fichas), tuple(huecos), ancla, tuple(f.palabras for f in sin_prefijos),
                     con_comienzos)


class Fichas:
    """Las palabras de un texto plegado (:func:`fichas_de`): cada una con su número de
    oración y sus bases (sin pronombres pegados); sus tramos se calculan solo si alguna
    frase casa. Indexar da ``(palabra, inicio, fin, oración, bases)``."""

    __slots__ = ("_bases_presentes", "_tramos", "bases", "oraciones", "palabras", "texto")

    def __init__(self, texto: str, palabras: list[str], oraciones: list[int]) -> None:
        self.texto = texto
        self.palabras = palabras
        self.oraciones = oraciones
        self.bases = list(map(_bases_recordadas.__getitem__, palabras))
        self._tramos: list[tuple[int, int]] | None = None
        self._bases_presentes: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.palabras)

    def __getitem__(self, i: int) -> tuple[str, int, int, int, tuple[str, ...]]:
        inicio, fin = self.tramos[i]
        return self.palabras[i], inicio, fin, self.oraciones[i], self.bases[i]

    @property
    def tramos(self) -> list[tuple[int, int]]:
        """(inicio, fin) de cada palabra, con str.find: entre dos palabras solo hay
        caracteres que no son de palabra, así que la primera aparición de cada una tras el
        final de la anterior es ella misma."""
        if self._tramos is None:
            tramos = []
            posicion = 0
            buscar = self.texto.find
            for palabra in self.palabras:
                posicion = buscar(palabra, posicion)
                tramos.append((posicion, posicion + len(palabra)))
                posicion += len(palabra)
            self._tramos = tramos
        return self._tramos

    def posiciones(self, ficha: FichaLema) -> list[int]:
        """En orden, las posiciones de las palabras con las que casa ``ficha``."""
        palabras = self.palabras
        encontradas: set[int] = set()
        for palabra in ficha.palabras.intersection(palabras):
            i = palabras.index(palabra)
            while True:
                encontradas.add(i)
                try:
                    i = palabras.index(palabra, i + 1)
                except ValueError:
                    break
        if ficha.verbales:
            if self._bases_presentes is None:
                self._bases_presentes = frozenset(chain.from_iterable(self.bases))
            if not ficha.verbales.isdisjoint(self._bases_presentes):
                verbales = ficha.verbales
                encontradas.update(i for i, propias in enumerate(self.bases)
                                   if propias and not verbales.isdisjoint(propias))
        if ficha.prefijos:
            prefijos = ficha.prefijos
            encontradas.update(i for i, palabra in enumerate(palabras)
                               if palabra.startswith(prefijos))
        return sorted(encontradas)


def fichas_de(plegado: str) -> Fichas:
    """Palabras del texto plegado, con su número de oración (las oraciones las separan
    ``. ! ? ; ¡ ¿`` y las líneas en blanco) y sus bases."""
    palabras: list[str] = []
    oraciones: list[int] = []
    for k, oracion in enumerate(_CORTE.split(plegado, concurrent=False)):
        propias = _TOKEN.findall(oracion, concurrent=False)
        if propias:
            palabras += propias
            oraciones += [k] * len(propias)
    return Fichas(plegado, palabras, oraciones)


def buscar_lema(frase: FraseLema, fichas: Fichas) -> list[tuple[int, int]]:
    """Tramos (sin solaparse) donde casa la frase, como ``finditer`` de una expresión."""
    resultado = []
    siguiente = 0
    for i in fichas.posiciones(frase.fichas[0]):
        if i < siguiente:
            continue
        fin = _seguir(frase, fichas, i, 1)
        if fin is not None:
            tramos = fichas.tramos
            resultado.append((tramos[i][0], tramos[fin][1]))
            siguiente = fin + 1
    return resultado


def _seguir(frase: FraseLema, fichas: Fichas, actual: int, k: int) -> int | None:
    if k == len(frase.fichas):
        return actual
    oraciones, palabras, bases_de = fichas.oraciones, fichas.palabras, fichas.bases
    oracion = oraciones[actual]
    for j in range(actual + 1, min(len(palabras), actual + 2 + frase.huecos[k])):
        if oraciones[j] != oracion:
            return None
        if frase.fichas[k].casa(palabras[j], bases_de[j]):
            fin = _seguir(frase, fichas, j, k + 1)
            if fin is not None:
                return fin
    return None


def palabras_normalizadas(palabras: frozenset[str]) -> frozenset[str]:
    """Las palabras del texto y, además, sin sus pronombres pegados (quitarle -> quitar)."""
    return palabras.union(chain.from_iterable(map(_bases_recordadas.__getitem__, palabras)))
