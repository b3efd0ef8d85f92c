"""Tono de la ronda 10 (issue 10): principios que generalizan, no frases vistas.

Los casos de ``casos/tono_precision10.yml`` son propios: para cada principio, gemelos abusivos
con el tramo exacto (los comprueba también ``test_casos_reglas.py``) y casi iguales legítimos, que
ninguna regla de la **misma categoría** debe señalar: la consecuencia con su salida o en la etapa
que el mensaje declara, el embargo pedido por la vía judicial, lo que parece exponer a alguien y
no lo hace (las redes de la empresa, la agenda del teléfono, la escuela que cobra la pensión).

Y el contexto propio de una frase (``excepto_oracion`` y ``excepto_mensaje`` dentro de
``{frase: ...}``): solo anula esa frase, el primero en su oración y el segundo en todo el mensaje;
el cargador rechaza una clave desconocida.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generador.lint.cargar_reglas import ErrorReglas, cargar
from generador.lint.tipos_regla import Frase, TipoFrases

from .casos_yaml import casos_por_codigo, contexto_de, hallazgos_del_caso

CASOS = Path(__file__).parent / "casos" / "tono_precision10.yml"


def test_cada_principio_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    gemelos = casos_por_codigo(CASOS, "falla")
    assert len(gemelos) >= 20 and all(caso.get("senala") for _, caso in gemelos)
    assert len(casos_por_codigo(CASOS, "pasa")) >= 25
    assert {codigo for codigo, _ in gemelos} == {"TON002", "TON003", "TON011", "TON012", "TON016",
                                                 "TON018", "TON030", "TON031", "TON032", "TON035"}


@pytest.mark.parametrize(("codigo", "caso"), casos_por_codigo(CASOS, "pasa"),
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_ningun_legitimo_da_un_hallazgo_de_la_categoria_de_su_regla(codigo, caso, hallazgos_de,
                                                                     reglamento):
    categoria = reglamento.buscar(codigo).categoria
    assert hallazgos_del_caso(hallazgos_de, caso, lambda c: c == categoria) == []


REGLA = TipoFrases([
    Frase("evitar+ ... acciones legales", excepto_oracion=("acuerdo", "plan de pagos"),
          excepto_mensaje=("intimacion", "requerimiento formal")),
    Frase("embargo inmediato"),
])


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Paga hoy para evitar acciones legales.", ["evitar acciones legales"]),
    # la salida en la misma oración anula la frase, antes o después
    ("Para evitar acciones legales, firme un acuerdo.", []),
    ("Con un plan de pagos podrá evitar acciones legales.", []),
    # en otra oración, no
    ("Firme un acuerdo. Pague hoy y evite acciones legales.", ["evite acciones legales"]),
    # la etapa declarada vale en cualquier parte del mensaje
    ("INTIMACIÓN DE PAGO\n\nAbone en 5 días y evite acciones legales.", []),
    ("Abone en 5 días y evite acciones legales.\nRequerimiento formal de pago.", []),
    # y solo para su frase: las demás de la regla siguen señalando
    ("INTIMACIÓN. Embargo inmediato de su cuenta.", ["Embargo inmediato"]),
    ("Acuerdo roto: embargo inmediato.", ["embargo inmediato"]),
])
def test_el_contexto_de_una_frase_solo_la_anula_a_ella(texto, esperado):
    assert [texto[d.inicio:d.fin] for d in REGLA.revisar(contexto_de(texto))] == esperado


def test_el_contexto_de_las_frases_se_carga_del_yaml():
    regla = cargar().buscar("TON018").comprobador
    con_salida = [f for f in regla.frases if f.excepto_oracion]
    assert con_salida and all("acuerdo" in f.excepto_oracion and "intimacion" in f.excepto_mensaje
                              for f in con_salida)


FRASE_MAL = """\
reglas:
  - codigo: PRO010
    nombre: tono.propia.evitar
    categoria: tono.consecuencia_prematura
    severidad: aviso
    tipo: frases
    mensaje: "'{texto}'"
    descripcion: Prueba.
    por_que: Prueba.
    referencia: Guía interna
    incorrecto: "Evite acciones legales."
    correcto: "Con calma."
    sugerencias: ["Con calma."]
    frases:
      - frase: evite acciones legales
        excepto_oraciones: [acuerdo]
      - frase: evite demandas
        excepto_mensaje: intimacion
"""


def test_una_clave_de_frase_desconocida_o_mal_escrita_no_se_carga(tmp_path):
    ruta = tmp_path / "propias.yml"
    ruta.write_text(textwrap.dedent(FRASE_MAL), encoding="utf-8")
    with pytest.raises(ErrorReglas) as exc:
        cargar([ruta])
    mensajes = [p.mensaje for p in exc.value.problemas]
    assert any("clave desconocida excepto_oraciones" in m for m in mensajes)
    assert any("'excepto_mensaje' es una lista de frases" in m for m in mensajes)
