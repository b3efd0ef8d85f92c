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

import regex

_NEGADORES = frozenset({"no", "nunca", "jamas", "ni", "tampoco", "sin"})
#: Palabras que pueden ir entre la negación y el acto sin deshacerla.
_TRANSPARENTES = frozenset({
    "me", "te", "se", "le", "lo", "la", "nos", "os", "les", "los", "las",
    "a", "de", "que", "va", "van", "vamos", "voy", "vas", "ir", "iremos", "ira", "iran",
    "puede", "pueden", "podemos", "podra", "podran", "podremos", "podria", "podriamos",
    "podrian", "poder", "debe", "deben", "debemos", "deberemos", "deberia", "hemos", "ha",
    "han", "hay", "habra", "sera", "seran", "es", "son", "sea", "sean", "ser", "estamos",
    "esta", "estan", "queremos", "quiere", "pretendemos", "pensamos", "vayamos", "tenemos",
    "tiene", "tendremos", "tendra", "volveremos", "volvera", "seguiremos", "ya", "mas",
    "nosotros", "usted", "ustedes", "tu", "ud", "uds",
})
_NINGUN = regex.compile(r"(?:ningun|ninguna)\W+(?:caso|momento|circunstancia|forma|manera)$")
_PROHIBICION = regex.compile(
    r"(?<!\w)(?:prohib\w*|ilegal\w*|evite\w*|evita|evitar|evitamos|nunca\s+(?:debe|deben|"
    r"debemos|se\s+debe)|no\s+(?:debe|deben|debemos|se\s+debe|esta\s+permitid\w*|"
    r"esta\s+autorizad\w*|puede|pueden|podemos|podran|podra)|(?:solo|solamente|unicamente)\s+"
    r"(?:un|una|el|la)\s+(?:juez|jueza|juzgado|tribunal|autoridad\s+judicial))(?!\w)"
)
_FIN_ORACION = regex.compile(r"[.!?;\n¡¿]")
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


def anulada(plegado: str, inicio: int, fin: int) -> bool:
    """Si la coincidencia ``plegado[inicio:fin]`` está negada, prohibida o citada."""
    primera = _PALABRA.match(plegado, inicio)
    negable = primera is None or primera.group() not in _COPULAS
    return ((negable and _negada(plegado, inicio)) or _prohibida(plegado, inicio)
            or _citada(plegado, inicio, fin))


def _oracion_previa(plegado: str, inicio: int, alcance: int = 160) -> str:
    desde = max(0, inicio - alcance)
    previo = plegado[desde:inicio]
    cortes = list(_FIN_ORACION.finditer(previo))
    return previo[cortes[-1].end():] if cortes else previo


def _negada(plegado: str, inicio: int) -> bool:
    previo = _oracion_previa(plegado, inicio)
    if "," in previo:
        previo = previo[previo.rfind(",") + 1:]
    palabras = _PALABRA.findall(previo)
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
