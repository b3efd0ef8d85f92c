"""La puntuación rápida del modelo de tono es la de su definición.

``Modelo.puntuar`` junta las palabras y los pares de fichas línea a línea y guarda lo de cada
línea (con cada número cambiado por un solo «0»); aquí se compara con una implementación de
referencia, sencilla y sin atajos: las fichas de todo el texto de una vez y la suma de los
pesos de cada característica. Las sumas de coma flotante pueden ir en otro orden (el de un
conjunto), así que se admite una diferencia de 1e-12. Textos: los de hypothesis, los ejemplos
de todas las reglas, el corpus de desarrollo y los mensajes de ``bench_lint.py``.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint import modelo_tono as m
from generador.lint.normalizar import plegar

from .textos_de_prueba import corpus_desarrollo, mensajes_del_banco, textos_de_reglas

RAIZ = Path(__file__).resolve().parents[2]
MODELO = RAIZ / "reglas" / "modelo_tono.json"


def _fichas_referencia(plegado: str) -> list[str]:
    """Las fichas por su definición: sin URL ni correos, cada palabra con cifras es ``0`` y
    cada racha de fines de oración es ``|``."""
    texto = m._URL.sub(" ", plegado)
    texto = m._CORREO.sub(" ", texto)
    texto = m._NUMERO.sub("0", texto)
    return m._FICHA.findall(m._FINES.sub(" | ", texto))


def _puntuacion_referencia(modelo: m.Modelo, plegado: str) -> float:
    fichas = _fichas_referencia(plegado)
    palabras = set(fichas) - {"|"}
    if len(palabras) < m.PALABRAS_MINIMAS:
        return float("-inf")
    pares = {f"{a}_{b}" for a, b in pairwise(fichas)}
    trozos = [t for p in palabras for t in m.trozos(p)]
    pesos = modelo.binario.todos
    ep = 1 / math.sqrt(max(len(palabras), m.PISO["p"]))
    eb = 1 / math.sqrt(max(len(pares), m.PISO["b"]))
    ec = 1 / math.sqrt(max(len(trozos), m.PISO["c"]))
    return (modelo.binario.sesgo + ep * sum(pesos.get("p:" + p, 0.0) for p in palabras)
            + eb * sum(pesos.get("b:" + p, 0.0) for p in pares)
            + ec * sum(pesos.get("c:" + t, 0.0) for t in trozos))


@pytest.fixture(scope="module")
def modelo() -> m.Modelo:
    return m.cargar_modelo(str(MODELO))


def _comprobar(modelo: m.Modelo, plegado: str) -> None:
    fichas = _fichas_referencia(plegado)
    palabras, tuplas = m._palabras_y_tuplas(plegado)
    assert palabras == set(fichas) - {"|"}
    assert tuplas == set(pairwise(fichas))
    rapida = modelo.puntuar(plegado, umbral=float("inf")).total
    referencia = _puntuacion_referencia(modelo, plegado)
    if referencia == float("-inf"):
        assert rapida == referencia
    else:
        assert abs(rapida - referencia) < 1e-12


TROZOS = st.sampled_from([
    "pague", "ya", "casa", "embargo", "f0001", "2026", "12,50", "$1,234.50", "a1b", " ", "  ",
    "   ", "\n", "\n", "\n\n", "\n \n", "\n   ", " \n", ".", "..", ". ", "!", "?", ";", "¡", "¿",
    "|", ",", ":", "-", "ñ", "www.ejemplo.es", "https://pagos.es/f/1", "x@y.es",
    "cobros@ejemplo.es", "a.b+c@d-e.com.mx", "@", "\t", "\r", "\u00ad", "\u2028", "é",
    "tu", "jefe", "familia", "carcel", "moroso", "hoy", "paga", "ladron", "sabran",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(TROZOS, max_size=60).map("".join))
def test_como_la_definicion_en_textos_cualesquiera(modelo, plegado):
    _comprobar(modelo, plegado)


def test_como_la_definicion_en_ejemplos_corpus_y_mensajes_del_banco(modelo, tmp_path):
    textos = [*textos_de_reglas(), *corpus_desarrollo(), *mensajes_del_banco(tmp_path)]
    assert len(textos) > 1000
    for texto in textos:
        plegado = plegar(texto)
        _comprobar(modelo, plegado)
        _comprobar(modelo, plegado)  # la segunda vez, de lo guardado por línea


def test_las_lineas_con_otros_numeros_son_la_misma():
    m._palabras_y_tuplas("la factura f-2026-0042, de 1.234,50 €, vence ya\nun saludo")
    vistas = len(m._NORMALES)
    palabras, pares = m._palabras_y_tuplas("la factura f-2026-9, de 9.999,00 €, vence ya\nun saludo")
    assert len(m._NORMALES) == vistas
    assert palabras == {"la", "factura", "f", "0", "de", "vence", "ya", "un", "saludo"}
    assert ("0", "vence") in pares and ("|", "un") in pares and ("ya", "|") in pares


@pytest.mark.parametrize(("plegado", "fichas"), [
    # el salto de línea y los espacios y fines que lo siguen son un solo fin de oración
    ("hola ana.\n\n  ¿pagas?", ["hola", "ana", "|", "pagas", "|"]),
    # una coma rompe la racha: dos fines
    ("hola\n, . ya", ["hola", "|", "|", "ya"]),
    # una barra no es un fin que se junte
    ("hola\n|ya", ["hola", "|", "|", "ya"]),
    ("\n\nhola", ["|", "hola"]),
])
def test_fines_de_oracion_entre_lineas(plegado, fichas):
    assert _fichas_referencia(plegado) == fichas
    assert m._palabras_y_tuplas(plegado) == (set(fichas) - {"|"}, set(pairwise(fichas)))


def test_sin_correo_ni_url_en_ninguna_linea():
    assert not re.search(r"\n", m._URL.pattern + m._CORREO.pattern)  # no cruzan líneas
