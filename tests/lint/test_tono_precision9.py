"""Precisión del tono (issue 10, ronda 9): lo que un texto legítimo dice no se señala.

Los ``pasa`` de ``casos/tono_precision9.yml`` son textos legítimos propios de cada clase que las
reglas señalaban en el fondo de cadenas reales (``tests/fondo``, mitad ``ajuste``) o que la issue
nombra: los derechos de quien debe, «evita el reporte» sin urgencia inmediata, el paso a cobro
judicial anunciado, el texto de un programa que informa de su estado y los mensajes de
validación de una interfaz. Ninguna regla de tono (tampoco la señal aprendida) debe señalarlos.

Y las frases con contexto obligatorio (``requiere_oracion``): solo señalan si una de sus
frases está en la misma oración; y ninguna frase de las reglas de cobro escribe una
alternativa de varias palabras dentro de ``|`` (se partiría en posiciones y no casaría nunca).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from generador.lint.tipos_regla import Frase, TipoFrases

from .casos_yaml import casos_con_resultado, contexto_de, hallazgos_del_caso

CASOS = Path(__file__).parent / "casos" / "tono_precision9.yml"
REGLAS = Path(__file__).resolve().parents[2] / "reglas"


def test_cada_clase_tiene_legitimos_y_gemelos_abusivos_con_su_tramo():
    assert len(casos_con_resultado(CASOS, "pasa")) >= 50
    gemelos = casos_con_resultado(CASOS, "falla")
    assert len(gemelos) >= 20 and all(c.get("senala") for c in gemelos)


@pytest.mark.parametrize("caso", casos_con_resultado(CASOS, "pasa"), ids=lambda c: c["texto"][:40])
def test_ninguna_regla_de_tono_senala_un_texto_legitimo(caso, hallazgos_de):
    tono = hallazgos_del_caso(hallazgos_de, caso, lambda categoria: categoria.startswith("tono."))
    assert tono == []


REGLA = TipoFrases([Frase("evitar+ ... reporte|reportes", requiere_oracion=("hoy", "horas")),
                    Frase("embargo inmediato")])


@pytest.mark.parametrize(("texto", "esperado"), [
    # la frase con contexto obligatorio solo señala si está en su oración, antes o después
    ("Evita el reporte pagando hoy.", ["Evita el reporte"]),
    ("Hoy mismo: evita el reporte.", ["evita el reporte"]),
    ("Evita el reporte a centrales de riesgo.", []),
    ("Paga hoy. Evita el reporte a centrales.", []),
    ("Evita el reporte.\nTienes 24 horas.", []),
    # las demás frases de la regla no lo necesitan
    ("Embargo inmediato de su cuenta.", ["Embargo inmediato"]),
])
def test_requiere_oracion_exige_el_contexto_en_la_misma_oracion(texto, esperado):
    assert [texto[d.inicio:d.fin] for d in REGLA.revisar(contexto_de(texto))] == esperado


def test_requiere_oracion_se_carga_del_yaml_y_se_valida(tmp_path):
    from generador.lint.cargar_reglas import cargar

    reglas = cargar().buscar("TON018").comprobador
    con_contexto = [f for f in reglas.frases if f.requiere_oracion]
    assert any("reporte" in f.texto and "hoy" in f.requiere_oracion for f in con_contexto)


def _frases_de_reglas() -> list[tuple[str, str, str]]:
    resultado = []
    for archivo in sorted(REGLAS.glob("*.yml")) + sorted((REGLAS / "paises").glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8")) or {}
        for regla in datos.get("reglas") or []:
            for clave in ("frases", "excepto", "excepto_oracion"):
                for frase in regla.get(clave) or []:
                    texto = frase["frase"] if isinstance(frase, dict) else str(frase)
                    resultado.append((f"{archivo.name} {regla.get('codigo')} {clave}", texto,
                                      archivo.name))
    return resultado


def test_ninguna_alternativa_de_varias_palabras_se_parte_en_posiciones():
    """«cobro juridico|cobro judicial|via judicial» se lee cobro + (juridico|cobro) + (judicial|
    via) + judicial: la misma palabra en dos posiciones seguidas es la huella de ese error."""
    partidas = []
    for donde, texto, _ in _frases_de_reglas():
        fichas = [set(f.split("|")) for f in texto.split()]
        for anterior, siguiente in pairwise(fichas):
            if (len(anterior) > 1 or len(siguiente) > 1) and anterior & siguiente - {"..."}:
                partidas.append(f"{donde}: {texto!r}")
                break
    assert partidas == []
