"""Señal de tono aprendida: un modelo lineal entrenado con mensajes reales, puntuado en Python.

Las familias de ``reglas/tono.yml`` describen clases de frases; esta señal es estadística:
un modelo lineal (regresión logística) aprendido de los mensajes de la parte ``desarrollo``
del corpus real (``tests/corpus``) y de textos del propio catálogo como negativos. Lo entrena
``benchmarks/entrenar_tono.py`` (con scikit-learn, solo en desarrollo) y lo exporta, con sus
pesos ya podados, a ``reglas/modelo_tono.json``. Aquí se puntúa sin scikit-learn: una suma
de pesos sobre las características del texto plegado, la misma función en el entrenamiento y
en el linter, así que lo que se midió en la validación cruzada es lo que se aplica.

Características (todas sobre ``Contexto.plegado``: minúsculas, sin tildes, marcadores
tapados, escritura de SMS deshecha):

- ``p:`` palabras y ``b:`` pares de fichas seguidas, donde ``|`` es un fin de oración
  ("paga_ya", "ya_|"); una palabra con cifras es ``0``; las URL y los correos no cuentan;
- ``c:`` trozos de 3 a 5 letras dentro de cada palabra, con sus bordes (``<ke>``,
  ``embar``): resisten faltas de ortografía y abreviaturas ("ke", "xq", "enbargo"). Un trozo
  cuenta una vez por cada palabra distinta que lo lleva: así la suma de una palabra se
  calcula una vez y se guarda (:class:`_Pesos`), y puntuar un mensaje es sumar por palabra.
  Las palabras y los pares de un mensaje se juntan línea a línea, con lo de cada línea
  guardado (:func:`_palabras_y_tuplas`): en un lote casi todas las líneas se repiten.

Cada bloque vale 1/√n (n = características distintas del bloque en el texto, estén o no en
el modelo, con un mínimo :data:`PISO`): un texto largo no suma más por ser largo, ni uno de
tres palabras pesa como un mensaje entero. Las URL y los correos no son palabras.

La comprobación ``modelo_tono`` (registrada en :mod:`generador.lint.metricas`) da un hallazgo
si la puntuación binaria («algún tono abusivo») supera el umbral y la categoría del modelo
con más puntuación es la de la regla; el tramo es la oración que más aporta. No cuenta la
oración cuyas palabras de más peso están negadas, prohibidas o citadas (:mod:`marcos`), y
un mensaje de menos de :data:`PALABRAS_MINIMAS` palabras distintas no se puntúa.
"""

from __future__ import annotations

import math
import re
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.esquema_reglas import Parametro
from generador.lint.marcos import anulada
from generador.lint.normalizar import RELLENO
from generador.lint.oraciones import FIN_MODELO, FINES_MODELO

#: Palabras del texto plegado (las letras de ``plegar`` y cifras; el guion blando no cuenta).
_PALABRA = re.compile(r"[a-zñ0-9]+")
#: Fin de oración: un punto (o ! ? ;) seguido de espacio o del final, ¡ ¿, un salto de línea
#: o tres espacios. "$1,234.50", "pagar.ejemplo.es" o "sra. garcia" no cortan la oración (ver
#: :mod:`generador.lint.oraciones`).
_FIN = FIN_MODELO
#: URL y correos: no son palabras del mensaje; se cubren de relleno (misma longitud).
_URL = re.compile(r"(?:https?://|www\.)\S+")
_CORREO = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Una palabra con alguna cifra es un número: cuenta como la palabra ``0``.
_NUMERO = re.compile(r"(?<![a-zñ0-9])[a-zñ]*[0-9][a-zñ0-9]*")
_CIFRA = re.compile(r"[0-9]")
NGRAMAS = (3, 4, 5)
#: Parámetros de la comprobación ``modelo_tono`` en una regla.
PARAMETROS = {
    "modelo": Parametro("texto", "Archivo del modelo, en la carpeta de reglas de cobro.",
                        "modelo_tono.json"),
    "categoria": Parametro("texto", "Categoría tono.* que señala esta regla: la regla da un "
                           "hallazgo si es la categoría de más puntuación del modelo.", ""),
    "umbral": Parametro("numero", "Umbral de la puntuación binaria (por defecto, el del "
                        "modelo, elegido por validación cruzada).", None),
}
BLOQUES = ("p", "b", "c")
#: Mínimo de características por bloque al normalizar: un texto de tres palabras ("Paga en
#: {{ enlace }}") no pesa como si cada palabra fuese un tercio del mensaje, sino como en una
#: oración de una docena de palabras.
PISO = {"p": 12, "b": 12, "c": 120}
#: Un mensaje con menos palabras distintas no se puntúa: con tan poco texto la suma de pesos es
#: ruido ("Pague ya", "Le deseamos que esté muy bien con su familia estas fiestas") y las frases
#: cortas ya las cubren las reglas escritas. La validación cruzada se mide con este mismo corte.
PALABRAS_MINIMAS = 12


def _sin_direcciones(plegado: str, relleno: str | None = RELLENO) -> str:
    """Sin URL ni correos: cubiertos de relleno (misma longitud, para los tramos) o, con
    ``relleno=None``, cambiados por un espacio (más rápido, cuando no hacen falta tramos)."""
    if "://" in plegado or "www." in plegado:
        plegado = _URL.sub(" " if relleno is None else lambda m: relleno * len(m.group()), plegado)
    if "@" in plegado:
        plegado = _en_lineas_con(_CORREO, " " if relleno is None else
                                 lambda m: relleno * len(m.group()), plegado, "@")
    return plegado


def _en_lineas_con(patron: re.Pattern[str], reemplazo: Any, texto: str, marca: str) -> str:
    """``patron.sub(reemplazo, texto)`` solo en las líneas donde está ``marca``.

    Vale para una expresión que no puede casar sin ``marca`` ni cruzar un salto de línea y
    para la que un salto de línea delante es como el principio del texto (la de los correos:
    sin "@" no hay correo, y ni sus clases ni su ``(?<!...)`` admiten un salto de línea). El
    resultado es el mismo; la expresión del correo empieza por una clase que casa con casi
    todo, y recorrer solo sus líneas es 2-3 veces más rápido."""
    i = texto.find(marca)
    if i < 0:
        return texto
    partes = []
    desde = 0
    while i >= 0:
        inicio = texto.rfind("\n", desde, i) + 1 or desde
        fin = texto.find("\n", i)
        if fin < 0:
            fin = len(texto)
        partes.append(texto[desde:inicio])
        partes.append(patron.sub(reemplazo, texto[inicio:fin]))
        desde = fin
        i = texto.find(marca, fin)
    partes.append(texto[desde:])
    return "".join(partes)


def _palabra(ficha: str) -> str:
    return ficha if ficha.isalpha() else "0"


def oraciones(plegado: str) -> list[tuple[int, int]]:
    """Tramos (inicio, fin) de las oraciones: de su primera palabra al final de la última."""
    return [tramo for tramo, _ in fichas_por_oracion(plegado)]


@lru_cache(maxsize=65536)
def trozos(ficha: str) -> frozenset[str]:
    """Los trozos de 3 a 5 letras de una palabra, con sus bordes (``<ke>``, ``embar``)."""
    if ficha == "0":
        return frozenset()
    borde = f"<{ficha}>"
    return frozenset(borde[j:j + n] for n in NGRAMAS for j in range(len(borde) - n + 1))


Oracion = tuple[tuple[int, int], list[str]]


def fichas_por_oracion(plegado: str) -> list[Oracion]:
    """Por oración, su tramo (de su primera palabra al final de la última) y sus palabras
    (cifras -> ``0``; sin URL ni correos)."""
    texto = _sin_direcciones(plegado)
    resultado: list[Oracion] = []
    inicio = 0
    for corte in [*_FIN.finditer(texto), None]:
        fin = corte.start() if corte is not None else len(texto)
        fichas = list(_PALABRA.finditer(texto, inicio, fin))
        if fichas:
            resultado.append(((fichas[0].start(), fichas[-1].end()),
                              [_palabra(m.group()) for m in fichas]))
        if corte is not None:
            inicio = corte.end()
    return resultado


def _fichas(plegado: str) -> list[str]:
    """Las palabras del mensaje en orden, con ``|`` en cada fin de oración.

    Es ``_FICHA.findall(_FINES.sub(" | ", _NUMERO.sub("0", texto)))`` en una sola pasada:
    :data:`_FINES_Y_FICHAS` encuentra las mismas fichas y los mismos fines (no empiezan por
    los mismos caracteres, y cambiar una palabra con cifras por ``0`` no cambia ningún fin),
    y luego cada fin pasa a ``|`` y cada palabra con cifras (que ``_NUMERO`` cambiaba entera)
    a ``0``. Lo comprueba ``tests/lint/test_atajos_equivalentes.py``."""
    letras_y_cifras = _LETRAS_Y_CIFRAS
    return [ficha if ficha.isalpha() else ("0" if ficha[0] in letras_y_cifras else "|")
            for ficha in _FINES_Y_FICHAS.findall(_sin_direcciones(plegado, None))]


def palabras_y_pares(plegado: str) -> tuple[set[str], set[str]]:
    """Las palabras distintas del mensaje y los pares de fichas seguidas, donde un fin de
    oración es la ficha ``|`` ("casa_|", "|_si"): el comienzo y el final de una oración
    también dicen algo. Es lo que se calcula en cada mensaje: pocas llamadas, todas en C."""
    fichas = _fichas(plegado)
    palabras = set(fichas)
    palabras.discard("|")
    return palabras, set(map("_".join, pairwise(fichas)))


#: Lo que aporta una línea del texto plegado: sus palabras, sus pares de fichas seguidas y
#: esos pares cuando va detrás de otra línea: con el par (``|``, su primera ficha), salvo si
#: empieza por un fin de oración que se junta con el de la anterior. Ver
#: :func:`_palabras_y_tuplas`.
_Linea = tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[tuple[str, str]]]
#: Las líneas ya vistas (con su salto de línea detrás) y las últimas (sin él): los mensajes de
#: un lote repiten casi todas sus líneas (saludo, medios de pago, cierre, firma).
_LINEAS: dict[str, _Linea] = {}
_ULTIMAS: dict[str, _Linea] = {}
#: Las mismas, con cada número cambiado por un solo «0» (ver :func:`_nueva_linea`).
_NORMALES: dict[str, _Linea] = {}
_NORMALES_ULTIMAS: dict[str, _Linea] = {}
_MEMOS = (_LINEAS, _ULTIMAS, _NORMALES, _NORMALES_ULTIMAS)
#: Tope de las líneas guardadas (cada una lleva tres conjuntos: ~1-2 KB): con 50.000,
#: `cobro combinar` de 10.000 facturas (cada una con su nombre y su calle) subía el pico
#: de memoria unos 40 MB; un lote repite sus líneas de plantilla, que caben de sobra.
_MAX_LINEAS = 10_000
_CIFRAS = re.compile(r"[0-9]+")
#: Tope de las palabras con su suma guardada (los nombres y calles de cada factura son nuevos).
_MAX_PALABRAS = 50_000


def _linea(parte: str, con_salto: bool) -> _Linea:
    """Las fichas de una línea (con su salto de línea detrás si ``con_salto``), como las de
    :func:`_fichas`, resumidas en lo que necesita :func:`_palabras_y_tuplas`."""
    texto = _sin_direcciones(parte, None) + ("\n" if con_salto else "")
    fichas = []
    se_junta = False
    letras_y_cifras = _LETRAS_Y_CIFRAS
    for m in _FINES_Y_FICHAS.finditer(texto):
        ficha = m.group()
        if ficha.isalpha():
            fichas.append(ficha)
        elif ficha[0] in letras_y_cifras:
            fichas.append("0")
        else:
            if not fichas and ficha != "|":
                # un fin de oración precedido solo de espacios: el de la línea anterior, que
                # termina en un salto de línea, lo absorbe (su ``\s*`` y sus fines siguientes)
                inicio = m.start()
                se_junta = inicio == 0 or texto[:inicio].isspace()
            fichas.append("|")
    palabras = frozenset(fichas).difference(("|",))
    pares = frozenset(pairwise(fichas))
    if se_junta or not fichas:
        return palabras, pares, pares
    return palabras, pares, pares.union((("|", fichas[0]),))


def _palabras_y_tuplas(plegado: str) -> tuple[set[str], set[tuple[str, str]]]:
    """``set(_fichas(plegado)) - {"|"}`` y ``set(pairwise(_fichas(plegado)))``, línea a línea.

    Cada línea, menos la última, termina en un salto de línea, que es un fin de oración: la
    ficha ``|`` de la línea siguiente se junta con él si la línea empieza por espacios y un
    fin (los espacios tras un fin, en :data:`_FINES`, lo alcanzan); si no, hay un par
    (``|``, primera ficha).
    Las URL y los correos no cruzan líneas (:func:`_sin_direcciones`). Lo de cada línea se
    guarda: en un lote, casi todas se repiten. Lo comprueba
    ``tests/lint/test_modelo_tono_rapido.py``."""
    partes = plegado.split("\n")
    ultima = partes.pop()
    lineas = _LINEAS
    if len(lineas) + len(_ULTIMAS) > _MAX_LINEAS:
        for memo in _MEMOS:
            memo.clear()
    datos = list(map(lineas.get, partes))
    if None in datos:
        datos = [d or _nueva_linea(parte, True) for d, parte in zip(datos, partes, strict=True)]
    datos.append(_ULTIMAS.get(ultima) or _nueva_linea(ultima, False))
    palabras, pares, detras = zip(*datos, strict=True)
    return set().union(*palabras), pares[0].union(*detras[1:])


def _nueva_linea(parte: str, con_salto: bool) -> _Linea:
    """Lo de una línea que no se había visto tal cual. Cada número, un solo «0»: sigue siendo
    una palabra con cifras (la ficha ``0``), con los mismos bordes, dentro de la misma URL o
    del mismo correo, y no cambia ningún fin de oración; así las líneas con importes, fechas
    y referencias distintas son la misma."""
    clave = _CIFRAS.sub("0", parte)
    normales = _NORMALES if con_salto else _NORMALES_ULTIMAS
    resultado = normales.get(clave)
    if resultado is None:
        resultado = normales[clave] = _linea(clave, con_salto)
    (_LINEAS if con_salto else _ULTIMAS)[parte] = resultado
    return resultado


_PAR = "{}_{}"
#: Uno o más fines de oración seguidos (con sus espacios): una sola ficha ``|``.
_FINES = FINES_MODELO
_FICHA = re.compile(r"[a-zñ0-9]+|\|")
# Las fichas delante: casi todo lo que hay en un mensaje son palabras, y cada alternativa
# empieza por caracteres distintos (letras, cifras y «|» frente a signos y espacios), así que en
# cada posición solo una puede casar y el orden no cambia lo que se encuentra; solo lo que cuesta.
_FINES_Y_FICHAS = re.compile(f"{_FICHA.pattern}|{_FINES.pattern}")
_LETRAS_Y_CIFRAS = frozenset("abcdefghijklmnopqrstuvwxyzñ0123456789")
# Palabras gramaticales (artículos, preposiciones, conjunciones, pronombres átonos): pueden
# pesar en el modelo, pero nombrarlas no le dice nada a quien escribe («pesan «que»»).
_GRAMATICALES = frozenset({
    "que", "los", "las", "del", "por", "para", "con", "una", "uno", "unos", "unas", "sus", "les",
    "nos", "este", "esta", "esto", "ese", "esa", "eso", "pero", "como", "mas", "muy", "ya", "mis",
    "tus", "hay", "son", "fue", "ser", "sin", "sobre", "entre", "hasta", "desde", "cual", "cuando",
    "donde", "quien", "usted", "ustedes",
})


def _pares(fichas: list[str]) -> set[str]:
    return set(map(_PAR.format, fichas, fichas[1:]))  # los de dentro de una oración


def _escalas(palabras: set[str], pares: set, n_trozos: int | None = None
             ) -> tuple[float, float, float]:
    """1/√n de cada bloque (con su mínimo :data:`PISO`); en trozos, n es la suma de los
    trozos distintos de cada palabra distinta."""
    if n_trozos is None:
        n_trozos = sum(len(trozos(p)) for p in palabras)
    return (1 / math.sqrt(max(len(palabras), PISO["p"])), 1 / math.sqrt(max(len(pares), PISO["b"])),
            1 / math.sqrt(max(n_trozos, PISO["c"])))


def valores(plegado: str) -> dict[str, float]:
    """El vector del mensaje (el que ve el entrenamiento; el linter suma lo mismo por bloques).

    ``p:palabra`` y ``b:par`` valen 1/√n si aparecen; ``c:trozo`` vale 1/√n por cada palabra
    distinta que lo contiene. n, por bloque, con su mínimo :data:`PISO`.
    """
    palabras, pares = palabras_y_pares(plegado)
    ep, eb, ec = _escalas(palabras, pares)
    x = {"p:" + p: ep for p in palabras}
    x.update(("b:" + p, eb) for p in pares)
    for palabra in palabras:
        for trozo in trozos(palabra):
            clave = "c:" + trozo
            x[clave] = x.get(clave, 0.0) + ec
    return x


class _EnTrozos(dict):
    """``self[palabra]``: la suma de los pesos de los trozos de la palabra, calculada la
    primera vez que hace falta; ``self.cuantos[palabra]``, cuántos trozos tiene."""

    def __init__(self, c: dict[str, float]) -> None:
        super().__init__()
        self.c = c
        self.cuantos: dict[str, int] = {}

    def __missing__(self, palabra: str) -> float:
        propios = trozos(palabra)
        c = self.c
        suma = self[palabra] = sum(c.get(t, 0.0) for t in propios)
        self.cuantos[palabra] = len(propios)
        return suma

    def clear(self) -> None:
        super().clear()
        self.cuantos.clear()


class _Pesos:
    """Los pesos de un modelo, por bloque, con lo que suma cada palabra en trozos guardado."""

    def __init__(self, datos: dict[str, Any]) -> None:
        self.sesgo = float(datos["sesgo"])
        self.todos: dict[str, float] = datos["pesos"]
        # Una pasada por los pesos (no una por bloque): se hace al arrancar cada ``cobro lint``.
        self.p: dict[str, float] = {}
        self.b: dict[str, float] = {}
        self.c: dict[str, float] = {}
        bloques = {"p:": self.p, "b:": self.b, "c:": self.c}
        for clave, peso in self.todos.items():
            bloque = bloques.get(clave[:2])
            if bloque is not None:
                bloque[clave[2:]] = peso
        #: los pares como tuplas: al puntuar no hace falta construir "a_b" para cada par
        self.b_tuplas = {tuple(c.split("_", 1)): w for c, w in self.b.items()}
        #: las mismas claves en un conjunto: ver :meth:`pares_con_peso`
        self.b_claves = frozenset(self.b_tuplas)
        #: y las de las palabras: ``set.intersection`` con un conjunto usa los *hash* que ya
        #: guarda el del mensaje (con ``& p.keys()`` se vuelven a pedir)
        self.p_claves = frozenset(self.p)
        self._por_palabra = _EnTrozos(self.c)

    def en_trozos(self, palabras: set[str]) -> tuple[float, int]:
        """Suma de los pesos de los trozos de estas palabras y cuántos trozos tienen. Lo de
        cada palabra se guarda: el vocabulario de los mensajes se repite mucho."""
        sumas = self._por_palabra
        if len(sumas) > _MAX_PALABRAS:
            sumas.clear()
        # con map y __getitem__: una palabra ya vista no ejecuta nada de Python
        suma = sum(map(sumas.__getitem__, palabras))
        return suma, sum(map(sumas.cuantos.__getitem__, palabras))

    def pares_con_peso(self, tuplas: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """``tuplas & self.b_tuplas.keys()``, el mismo conjunto en el mismo orden.

        Cruzado con la vista de claves, cada tupla del mensaje se vuelve a *hashear* (una
        tupla no guarda su hash); ``set.intersection`` con un conjunto usa el hash que ya
        guarda el del mensaje. Si el del mensaje es el menor, las dos recorren el del mensaje
        y añaden los comunes en su orden: el resultado itera igual y las sumas dan lo mismo,
        bit a bit. Si no (un mensaje enorme), como siempre."""
        if len(tuplas) < len(self.b_claves):
            return tuplas.intersection(self.b_claves)
        return tuplas & self.b_tuplas.keys()

    def aporte(self, palabras: set[str], pares: set[tuple[str, str]],
               escalas: tuple[float, float, float]) -> float:
        ep, eb, ec = escalas
        p, b = self.p, self.b_tuplas
        return (ep * sum(p[x] for x in palabras & p.keys()) + eb * sum(b[x] for x in pares & b.keys())
                + ec * self.en_trozos(palabras)[0])


class Modelo:
    """Pesos exportados: un modelo binario y uno por categoría, con su umbral."""

    def __init__(self, datos: dict[str, Any]) -> None:
        self.datos = datos
        self.umbral = float(datos["umbral"])
        self.binario = _Pesos(datos["binario"])

    @cached_property
    def categorias(self) -> dict[str, _Pesos]:
        """Los pesos de cada categoría, preparados la primera vez que hacen falta: solo si un
        mensaje supera el umbral binario (casi ninguno), no en cada arranque."""
        return {c: _Pesos(m) for c, m in self.datos.get("categorias", {}).items()}

    def puntuar(self, plegado: str, umbral: float | None = None) -> Puntuacion:
        """Puntuación binaria del mensaje. Lo negado, prohibido o citado no cuenta, pero solo
        se mira si la puntuación llega a ``umbral`` (por defecto, el del modelo): restar solo
        puede bajarla, así que por debajo el resultado frente al umbral es el mismo."""
        palabras, tuplas = _palabras_y_tuplas(plegado)
        if len(palabras) < PALABRAS_MINIMAS:
            return Puntuacion(float("-inf"), self, plegado, [], (0.0, 0.0, 0.0), palabras, set())
        pesos = self.binario
        en_trozos, n_trozos = pesos.en_trozos(palabras)
        escalas = _escalas(palabras, tuplas, n_trozos)
        ep, eb, ec = escalas
        b = pesos.b_tuplas
        p = pesos.p  # con map en vez de un generador: los mismos sumandos, en el mismo orden
        total = (pesos.sesgo + ep * sum(map(p.__getitem__, palabras.intersection(pesos.p_claves)))
                 + eb * sum(map(b.__getitem__, pesos.pares_con_peso(tuplas))) + ec * en_trozos)
        minimo = self.umbral if umbral is None else umbral
        por_oracion = None
        if total > 0 and total >= minimo:
            # "no le quitaremos la casa", "la ley prohíbe frases como «...»": el aporte de esa
            # oración no cuenta.
            por_oracion = fichas_por_oracion(plegado)
            quedan = []
            for oracion in por_oracion:
                if _oracion_anulada(plegado, oracion[0], pesos.p):
                    total -= max(_aporte_oracion(pesos, oracion, escalas), 0.0)
                else:
                    quedan.append(oracion)
            por_oracion = quedan
        return Puntuacion(total, self, plegado, por_oracion, escalas, palabras, tuplas)


def _aporte_oracion(pesos: _Pesos, oracion: Oracion, escalas) -> float:
    fichas = oracion[1]
    return pesos.aporte(set(fichas), set(pairwise(fichas)), escalas)


def _oracion_anulada(plegado: str, tramo: tuple[int, int], pesos: dict[str, float]) -> bool:
    """Si la mayoría de las tres palabras de cuatro o más letras que más pesan en la oración
    están negadas, prohibidas o citadas: "la ley prohíbe frases como «...»", "no le vamos a
    quitar la casa" sí; "si no pagas, te embargaremos la casa" no (solo "pagas" está negada).

    Una palabra está negada si lo está ella o una de las tres anteriores de su misma cláusula
    (sin coma en medio) según :func:`generador.lint.marcos.anulada`: así la negación del verbo
    alcanza a su objeto ("no le vamos a quitar *la casa*")."""
    fichas = list(_PALABRA.finditer(plegado, *tramo))
    candidatas = sorted(((pesos.get(m.group(), 0.0), i) for i, m in enumerate(fichas)
                         if len(m.group()) >= 4 and not _CIFRA.search(m.group())),
                        key=lambda t: (-t[0], t[1]))
    mayores = [i for peso, i in candidatas[:3] if peso > 0]
    if not mayores:
        return False

    def negada(i: int) -> bool:
        for j in range(i, max(-1, i - 4), -1):
            if j < i and "," in plegado[fichas[j].end():fichas[j + 1].start()]:
                return False
            if anulada(plegado, *fichas[j].span()):
                return True
        return False

    return sum(negada(i) for i in mayores) * 2 > len(mayores)


class Puntuacion:
    """La puntuación de un mensaje y lo necesario para explicarla."""

    def __init__(self, total: float, modelo: Modelo, plegado: str,
                 por_oracion: list[Oracion] | None, escalas, palabras: set[str],
                 pares: set[tuple[str, str]]) -> None:
        self.total = total
        self.umbral = modelo.umbral
        self._modelo = modelo
        self._plegado = plegado
        self._oraciones = por_oracion
        self._escalas = escalas
        self._palabras = palabras
        self._pares = pares

    @cached_property
    def categorias(self) -> dict[str, float]:
        """Puntuación de cada categoría: solo se calcula si hace falta (casi ningún mensaje
        supera el umbral binario)."""
        return {nombre: p.sesgo + p.aporte(self._palabras, self._pares, self._escalas)
                for nombre, p in self._modelo.categorias.items()}

    @property
    def _por_oracion(self) -> list[Oracion]:
        """Las oraciones que cuentan (sin las anuladas, si se miraron)."""
        if self._oraciones is None:
            self._oraciones = fichas_por_oracion(self._plegado)
        return self._oraciones

    @property
    def categoria(self) -> str | None:
        """La categoría con más puntuación (``None`` si el modelo no tiene categorías)."""
        if not self.categorias:
            return None
        return max(sorted(self.categorias), key=self.categorias.__getitem__)

    def aportes(self) -> list[tuple[float, tuple[int, int], list[str]]]:
        """Por oración: cuánto aporta a la puntuación binaria, su tramo y sus palabras (o
        pares de palabras) de más peso."""
        pesos = self._modelo.binario
        ep, eb, _ = self._escalas
        resultado = []
        for oracion in self._por_oracion:
            fichas = oracion[1]
            propios = {p: ep * pesos.p.get(p, 0.0) for p in set(fichas)}
            propios.update({p.replace("_", " "): eb * pesos.b.get(p, 0.0) for p in _pares(fichas)})
            # Para explicar el hallazgo, palabras con contenido: una ficha de una o dos letras
            # («a», «no», «te») o una palabra gramatical («que», «por») puede pesar en el
            # modelo, pero no le dice nada a quien escribe.
            # Empates por orden alfabético: el orden de un conjunto depende de PYTHONHASHSEED y
            # el mensaje no debe cambiar de una ejecución a otra.
            mayores = sorted((p for p, v in propios.items()
                              if v > 0 and len(p) > 2 and p not in _GRAMATICALES),
                             key=lambda p: (-propios[p], p))
            resultado.append((_aporte_oracion(pesos, oracion, self._escalas), oracion[0],
                              mayores[:3]))
        return resultado

    def pesan(self, tramo: tuple[int, int], texto: str, categoria: str | None = None,
              cuantas: int = 3) -> list[str]:
        """Las palabras o pares de palabras seguidas del tramo que más suben la puntuación de
        ``categoria`` (sin ella, o si el modelo no la tiene, la binaria), escritas como en
        ``texto`` (el original: misma longitud que el plegado). El peso de una palabra es el
        suyo más el de sus trozos; el de un par, el del par. Sin palabras gramaticales ni de
        una o dos letras, sin solaparse (una palabra ya dicha en un par que pesa más no se
        repite) y con los empates por orden alfabético: el mensaje no cambia entre ejecuciones."""
        pesos = (self._modelo.categorias.get(categoria) if categoria else None) or self._modelo.binario
        ep, eb, ec = self._escalas
        fichas = list(_PALABRA.finditer(_sin_direcciones(self._plegado), *tramo))
        formas = [_palabra(m.group()) for m in fichas]

        def con_contenido(forma: str) -> bool:
            return len(forma) > 2 and forma not in _GRAMATICALES

        candidatas: dict[str, tuple[float, int, int]] = {}  # forma -> (peso, inicio, fin)
        for m, forma in zip(fichas, formas, strict=True):
            if con_contenido(forma) and forma not in candidatas:
                peso = ep * pesos.p.get(forma, 0.0) + ec * pesos._por_palabra[forma]
                candidatas[forma] = (peso, m.start(), m.end())
        for (m1, a), (m2, b) in pairwise(zip(fichas, formas, strict=True)):
            clave = f"{a} {b}"
            if (con_contenido(a) or con_contenido(b)) and clave not in candidatas:
                candidatas[clave] = (eb * pesos.b_tuplas.get((a, b), 0.0), m1.start(), m2.end())
        elegidas: list[tuple[int, int]] = []
        for clave in sorted(candidatas, key=lambda c: (-candidatas[c][0], c)):
            peso, inicio, fin = candidatas[clave]
            if peso <= 0 or len(elegidas) == cuantas:
                break
            if all(fin <= i or inicio >= f for i, f in elegidas):
                elegidas.append((inicio, fin))
        return [texto[i:f] for i, f in elegidas]

    def oracion_principal(self) -> tuple[tuple[int, int], list[str]] | None:
        aportes = self.aportes()
        if not aportes:
            return None
        _, tramo, palabras = max(aportes, key=lambda a: a[0])
        return tramo, palabras


@lru_cache(maxsize=4)
def cargar_modelo(ruta: str) -> Modelo | None:
    """El modelo de ``ruta`` (JSON), o ``None`` si no existe.

    Los pesos se leen de la caché de disco (:mod:`generador.lint.cache_reglas`, clave: el
    contenido del JSON): leer el JSON de cada arranque costaba más que la caché."""
    camino = Path(ruta)
    if not camino.is_file():
        return None
    from generador.lint import cache_reglas

    datos = cache_reglas.leer([camino], lambda: _leer_json(camino), prefijo="tono",
                              modulos=[Path(__file__)], extra=str(camino))
    return Modelo(datos)


def _leer_json(camino: Path) -> dict[str, Any]:
    import json

    return json.loads(camino.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _modelo_de(nombre: str) -> Modelo | None:
    """El modelo ``nombre`` de la carpeta de reglas de cobro (se busca una vez por proceso)."""
    from generador.arbol import carpeta_reglas

    return cargar_modelo(str(carpeta_reglas() / nombre))


def puntuacion(ctx: Contexto, p: dict[str, Any]) -> Puntuacion | None:
    """La puntuación del mensaje, calculada una vez por mensaje para todas las reglas."""
    clave = "modelo_tono:" + p["modelo"]
    memo = ctx.memo
    if clave not in memo:
        modelo = _modelo_de(p["modelo"])
        memo[clave] = None if modelo is None else modelo.puntuar(ctx.plegado)
    return memo[clave]


def modelo_tono(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Un hallazgo en la oración que más pesa si el modelo ve tono abusivo de esta categoría."""
    resultado = puntuacion(ctx, p)
    if resultado is None:
        return []
    umbral = p["umbral"] if p["umbral"] is not None else resultado.umbral
    if resultado.total < umbral:
        return []
    categoria = str(p.get("categoria") or "")
    if categoria and resultado.categoria not in (None, categoria):
        return []
    principal = resultado.oracion_principal()
    if principal is None:
        return []
    (inicio, fin), palabras = principal
    return [Deteccion(inicio, fin, {
        "puntuacion": f"{resultado.total:.2f}".replace(".", ","),  # 0,73: el mensaje es para una persona
        "palabras": ", ".join(f"«{p}»" for p in palabras) or "-",
        # las de la categoría de la regla, como están escritas en el texto
        "pesan": ", ".join(f"«{p}»" for p in resultado.pesan((inicio, fin), ctx.texto,
                                                            categoria or None)) or "-",
    })]
