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

- ``p:`` palabras y ``b:`` pares de palabras seguidas de la misma oración (cifras -> ``0``);
- ``c:`` trozos de 3 a 5 letras dentro de cada palabra, con sus bordes (``<ke>``,
  ``embar``): resisten faltas de ortografía y abreviaturas ("ke", "xq", "enbargo").

Cada bloque vale 1/√n en cada característica presente (n = características distintas del
bloque en el texto, estén o no en el modelo, con un mínimo :data:`PISO`): un texto largo no
suma más por ser largo, ni uno de tres palabras pesa como un mensaje entero.

La comprobación ``modelo_tono`` (registrada en :mod:`generador.lint.metricas`) da un hallazgo
si la puntuación binaria («algún tono abusivo») supera el umbral y la categoría del modelo
con más puntuación es la de la regla; el tramo es la oración que más aporta.
"""

from __future__ import annotations

import json
import math
import re
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.esquema_reglas import Parametro
from generador.lint.marcos import anulada
from generador.lint.normalizar import RELLENO

#: Palabras del texto plegado (las letras de ``plegar`` y cifras; el guion blando no cuenta).
_PALABRA = re.compile(r"[a-zñ0-9]+")
#: Fin de oración o de línea: el tramo de un hallazgo es una oración.
#: Un punto solo corta si le sigue un espacio o el final ("$1,234.50", una URL no se parten).
_CORTE = re.compile(r"[.!?;]+(?=\s|$)|[¡¿\n]+|\s{3,}")
_CIFRA = re.compile(r"[0-9]")
_DIRECCION = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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


def _ficha(palabra: str) -> str:
    return "0" if _CIFRA.search(palabra) else palabra


def oraciones(plegado: str) -> list[tuple[int, int]]:
    """Tramos (inicio, fin) de las oraciones no vacías, sin espacios en los bordes."""
    tramos = []
    inicio = 0
    for corte in [*_CORTE.finditer(plegado), None]:
        fin = corte.start() if corte is not None else len(plegado)
        trozo = plegado[inicio:fin]
        izquierda = len(trozo) - len(trozo.lstrip())
        derecha = len(trozo.rstrip())
        if derecha > izquierda and _PALABRA.search(trozo):
            tramos.append((inicio + izquierda, inicio + derecha))
        if corte is not None:
            inicio = corte.end()
    return tramos


def sin_direcciones(plegado: str) -> str:
    """Las URL y los correos, cubiertos de relleno (misma longitud): "pagar.ejemplo.es" no
    son palabras del mensaje."""
    if "@" not in plegado and "/" not in plegado and "www" not in plegado:
        return plegado
    return _DIRECCION.sub(lambda m: RELLENO * len(m.group()), plegado)


def caracteristicas_por_oracion(plegado: str) -> list[tuple[tuple[int, int], set[str]]]:
    """Por oración, su tramo y las características que aparecen en ella."""
    plegado = sin_direcciones(plegado)
    resultado = []
    for inicio, fin in oraciones(plegado):
        fichas = [_ficha(m.group()) for m in _PALABRA.finditer(plegado, inicio, fin)]
        propias: set[str] = set()
        for i, ficha in enumerate(fichas):
            propias.add("p:" + ficha)
            if i:
                propias.add(f"b:{fichas[i - 1]}_{ficha}")
            if ficha != "0":
                borde = f"<{ficha}>"
                for n in NGRAMAS:
                    for j in range(len(borde) - n + 1):
                        propias.add("c:" + borde[j:j + n])
        resultado.append(((inicio, fin), propias))
    return resultado


def valores(por_oracion: list[tuple[tuple[int, int], set[str]]]) -> dict[str, float]:
    """El vector del mensaje: 1/√n por característica presente, n por bloque (mínimo PISO)."""
    todas: set[str] = set().union(*(c for _, c in por_oracion)) if por_oracion else set()
    cuentas = dict.fromkeys(BLOQUES, 0)
    for caracteristica in todas:
        cuentas[caracteristica[0]] += 1
    escala = {b: 1 / math.sqrt(max(n, PISO[b])) for b, n in cuentas.items() if n}
    return {c: escala[c[0]] for c in todas}


class Modelo:
    """Pesos exportados: un modelo binario y uno por categoría, con su umbral."""

    def __init__(self, datos: dict[str, Any]) -> None:
        self.datos = datos
        self.umbral = float(datos["umbral"])
        self.binario: dict[str, float] = datos["binario"]["pesos"]
        self.sesgo = float(datos["binario"]["sesgo"])
        self.categorias: dict[str, tuple[float, dict[str, float]]] = {
            c: (float(m["sesgo"]), m["pesos"]) for c, m in datos.get("categorias", {}).items()
        }

    def puntuar(self, plegado: str) -> Puntuacion:
        por_oracion = caracteristicas_por_oracion(plegado)
        x = valores(por_oracion)
        pesos = self.binario
        total = self.sesgo + sum(v * pesos.get(c, 0.0) for c, v in x.items())
        if total > 0:
            # Lo negado, prohibido o citado no lo dice quien cobra ("no le quitaremos la casa",
            # "la ley prohíbe frases como «...»"): el aporte de esa oración no cuenta.
            anuladas = [i for i, (tramo, _) in enumerate(por_oracion)
                        if _oracion_anulada(plegado, tramo, pesos)]
            for i in anuladas:
                aporte = sum(x[c] * pesos.get(c, 0.0) for c in por_oracion[i][1])
                total -= max(aporte, 0.0)
            por_oracion = [o for i, o in enumerate(por_oracion) if i not in anuladas]
        return Puntuacion(total, self.categorias, por_oracion, x, pesos)


def _oracion_anulada(plegado: str, tramo: tuple[int, int], pesos: dict[str, float]) -> bool:
    """Si la mayoría de las tres palabras de cuatro o más letras que más pesan en la oración
    están negadas, prohibidas o citadas: "la ley prohíbe frases como «...»", "no le vamos a
    quitar la casa" sí; "si no pagas, te embargaremos la casa" no (solo "pagas" está negada).

    Una palabra está negada si lo está ella o una de las tres anteriores de su misma cláusula
    (sin coma en medio) según :func:`generador.lint.marcos.anulada`: así la negación del verbo
    alcanza a su objeto ("no le vamos a quitar *la casa*")."""
    fichas = list(_PALABRA.finditer(plegado, *tramo))
    candidatas = sorted(((pesos.get("p:" + m.group(), 0.0), i) for i, m in enumerate(fichas)
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

    def __init__(self, total: float, modelos_categoria, por_oracion, x, pesos) -> None:
        self.total = total
        self._modelos_categoria = modelos_categoria
        self._por_oracion = por_oracion
        self._x = x
        self._pesos = pesos

    @cached_property
    def categorias(self) -> dict[str, float]:
        """Puntuación de cada categoría: solo se calcula si hace falta (casi ningún mensaje
        supera el umbral binario)."""
        x = self._x
        return {nombre: sesgo + sum(v * p.get(c, 0.0) for c, v in x.items())
                for nombre, (sesgo, p) in self._modelos_categoria.items()}

    @property
    def categoria(self) -> str | None:
        """La categoría con más puntuación (``None`` si el modelo no tiene categorías)."""
        if not self.categorias:
            return None
        return max(sorted(self.categorias), key=self.categorias.__getitem__)

    def aportes(self) -> list[tuple[float, tuple[int, int], list[str]]]:
        """Por oración: cuánto aporta a la puntuación binaria, su tramo y sus palabras de más peso."""
        resultado = []
        for tramo, propias in self._por_oracion:
            aportes = {c: self._x[c] * self._pesos.get(c, 0.0) for c in propias}
            suma = sum(aportes.values())
            palabras = sorted((c for c in aportes if c.startswith(("p:", "b:")) and aportes[c] > 0),
                              key=lambda c: -aportes[c])
            resultado.append((suma, tramo, [c[2:].replace("_", " ") for c in palabras[:3]]))
        return resultado

    def oracion_principal(self) -> tuple[tuple[int, int], list[str]] | None:
        aportes = self.aportes()
        if not aportes:
            return None
        _, tramo, palabras = max(aportes, key=lambda a: a[0])
        return tramo, palabras


@lru_cache(maxsize=4)
def cargar_modelo(ruta: str) -> Modelo | None:
    """El modelo de ``ruta`` (JSON), o ``None`` si no existe."""
    camino = Path(ruta)
    if not camino.is_file():
        return None
    return Modelo(json.loads(camino.read_text(encoding="utf-8")))


def _ruta(p: dict[str, Any]) -> str:
    from generador.arbol import carpeta_reglas

    return str(carpeta_reglas() / str(p["modelo"]))


def puntuacion(ctx: Contexto, p: dict[str, Any]) -> Puntuacion | None:
    """La puntuación del mensaje, calculada una vez por mensaje para todas las reglas."""
    clave = "modelo_tono:" + str(p["modelo"])
    if clave not in ctx.memo:
        modelo = cargar_modelo(_ruta(p))
        ctx.memo[clave] = None if modelo is None else modelo.puntuar(ctx.plegado)
    return ctx.memo[clave]


def modelo_tono(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Un hallazgo en la oración que más pesa si el modelo ve tono abusivo de esta categoría."""
    modelo = cargar_modelo(_ruta(p))
    if modelo is None:
        return []
    umbral = float(p["umbral"]) if p.get("umbral") is not None else modelo.umbral
    resultado = puntuacion(ctx, p)
    if resultado is None or resultado.total < umbral:
        return []
    categoria = str(p.get("categoria") or "")
    if categoria and resultado.categoria not in (None, categoria):
        return []
    principal = resultado.oracion_principal()
    if principal is None:
        return []
    (inicio, fin), palabras = principal
    return [Deteccion(inicio, fin, {
        "puntuacion": f"{resultado.total:.2f}",
        "palabras": ", ".join(f"«{p}»" for p in palabras) or "-",
    })]
