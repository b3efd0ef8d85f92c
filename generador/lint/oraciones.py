"""Dónde acaba una oración: la única definición para todo el linter.

Un punto cierra la oración salvo el de una abreviatura de ``reglas/abreviaturas.txt``
(«la Sra. García», «Av. Libertador», «núm. 12»); las marcadas «puede cerrar» («etc.», «S.A.»)
la cierran solo ante un salto de línea, el final del texto o una palabra en mayúscula. Las
expresiones valen en el texto tal cual y en el plegado (minúsculas sin tildes, donde «etc.»
no puede ver la mayúscula de después y solo cierra ante un salto de línea o el final).

Cada parte del linter corta las oraciones para algo distinto, y por eso hay una expresión
para cada uso; todas comparten :data:`CIERRE` (los signos que cierran, con el punto que no es
de abreviatura):

- :data:`FIN`: un signo de cierre ante un espacio o el final, o un salto de línea (el
  contexto de las reglas de frases y las excepciones de los elementos; «1.234,56» o
  «pagar.ejemplo.es» no cortan).
- :data:`FIN_MARCO`: cualquier signo de cierre, un salto de línea o un ``¡`` ``¿`` que abre
  (hasta dónde mira atrás la negación de :mod:`generador.lint.marcos`).
- :data:`FIN_CORREGIR`: los signos de cierre seguidos, con «…», ante un espacio o el final (el
  final de la oración que reescribe ``cobro lint --corregir``; el «;» no la acaba).
- :data:`FIN_MODELO`: como :data:`FIN`, más ``¡`` ``¿`` y tres espacios (las oraciones del
  modelo de tono; con ``re``, que es lo que usa :mod:`generador.lint.modelo_tono`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from generador.arbol import raiz_datos
from generador.lint.normalizar import plegar

RUTA_ABREVIATURAS = raiz_datos() / "reglas" / "abreviaturas.txt"
_PUEDE_CERRAR = "puede cerrar"


@dataclass(frozen=True)
class Abreviaturas:
    """Las abreviaturas del archivo, sin su último punto y en minúsculas."""

    nunca_cierran: frozenset[str]
    pueden_cerrar: frozenset[str]


def leer_abreviaturas(texto: str) -> Abreviaturas:
    """Las abreviaturas de un archivo con el formato de ``reglas/abreviaturas.txt``."""
    nunca: set[str] = set()
    pueden: set[str] = set()
    for linea in texto.splitlines():
        linea = linea.split("#", 1)[0].strip()
        if not linea:
            continue
        palabra, _, marca = linea.partition(" ")
        palabra = palabra.strip().lower().rstrip(".")
        destino = pueden if marca.strip() == _PUEDE_CERRAR else nunca
        destino.update({palabra, plegar(palabra)})
    return Abreviaturas(frozenset(nunca), frozenset(pueden))


@lru_cache(maxsize=1)
def abreviaturas() -> Abreviaturas:
    try:
        return leer_abreviaturas(RUTA_ABREVIATURAS.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Abreviaturas(frozenset(), frozenset())


def _detras(palabras: frozenset[str], negada: bool = True) -> str:
    """``(?<!...)`` que rechaza un punto detrás de cualquiera de ``palabras`` (con ``negada``
    falso, ``(?:(?<=...)|...)``, que lo exige): una mirada atrás por cada longitud (``re`` solo
    admite miradas atrás de longitud fija)."""
    partes = []
    for _, grupo in groupby(sorted(palabras, key=len), key=len):
        alternativas = "|".join(re.escape(p) for p in sorted(grupo))
        partes.append(rf"(?{'<!' if negada else '<='}\b(?i:{alternativas})\.)")
    return "".join(partes) if negada else f"(?:{'|'.join(partes)})"


def punto(abrev: Abreviaturas, plegado: bool = False) -> str:
    """La expresión de un punto que cierra (el punto va delante: las miradas atrás solo se
    prueban en los puntos).

    Tras una abreviatura que puede cerrar, el punto no cierra si sigue una cifra («No. 123»)
    o, en el texto tal cual, una minúscula («etc. y»). En el plegado todo es minúscula: ahí
    solo la cifra lo impide («...que no. vamos a...» sí acaba en «no.»)."""
    nunca = rf"\.{_detras(abrev.nunca_cierran)}"
    if not abrev.pueden_cerrar:
        return nunca
    sigue = r"0-9" if plegado else r"0-9a-zñáéíóúü"
    # Una sola condición, sin alternativas que casen las dos: en una fila de puntos
    # («.......(») que no acaba en espacio, cada punto con dos caminos posibles eran 2^n vueltas
    # atrás.
    return rf"{nunca}(?!{_detras(abrev.pueden_cerrar, negada=False)}[ \t]+[{sigue}])"


_ABREV = abreviaturas()
#: Un signo que cierra la oración: «!», «?», «;» o un punto que no es de abreviatura (en el
#: texto tal cual; :data:`CIERRE_PLEGADO`, en el plegado).
CIERRE = rf"(?:[!?;]|{punto(_ABREV)})"
CIERRE_PLEGADO = rf"(?:[!?;]|{punto(_ABREV, plegado=True)})"
#: Signos de cierre sin el «;» y con los puntos suspensivos «…».
_CIERRE_SIN_PUNTO_Y_COMA = rf"(?:[!?…]|{punto(_ABREV)})"

FIN = re.compile(rf"{CIERRE}(?!\S)|\n")
FIN_MARCO = re.compile(rf"{CIERRE_PLEGADO}|[\n¡¿]")
FIN_CORREGIR = re.compile(rf"{_CIERRE_SIN_PUNTO_Y_COMA}+(?=\s|$)")
_FIN_MODELO = rf"{CIERRE_PLEGADO}+(?=\s|$)|[¡¿\n]|\s{{3,}}"
FIN_MODELO = re.compile(_FIN_MODELO)
#: Lo mismo que :data:`FIN_MODELO` para :data:`generador.lint.modelo_tono._FINES`: varios fines
#: seguidos, con sus espacios, son uno solo.
FINES_MODELO = re.compile(rf"(?:(?:{_FIN_MODELO})\s*)+")


_UN_CIERRE = re.compile(_CIERRE_SIN_PUNTO_Y_COMA)


def cierra_en(texto: str, i: int) -> bool:
    """Si ``texto[i]`` es un signo que cierra la oración («!», «?», «…» o un punto que no es de
    abreviatura; el «;» no)."""
    return _UN_CIERRE.match(texto, i) is not None
