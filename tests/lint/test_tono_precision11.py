"""Tono de la ronda 11 (issue 10): los indicios débiles piden apoyo.

Un indicio débil (una palabra de etapa en mayúsculas, un «!!» con solo el estado de la deuda, «no
es negociable», el verbo embargar suelto) es corriente en un último aviso legítimo y solo se
informa si el mensaje tiene otro indicio de tono: ``requiere_apoyo`` en la regla o en la frase,
y ``presion_debil`` en las métricas de mayúsculas y de exclamaciones. Los casos de
``casos/tono_precision11.yml`` son propios: gemelos abusivos con el tramo exacto (los comprueba
también ``test_casos_reglas.py``) y casi iguales legítimos, que ninguna regla de la **misma
categoría** debe señalar.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generador.lint.cargar_reglas import ErrorReglas, cargar
from generador.lint.informe import Hallazgo
from generador.lint.motor import con_apoyo

from .casos_yaml import casos_de, hallazgos_del_caso

CASOS = Path(__file__).parent / "casos" / "tono_precision11.yml"


def _casos(resultado: str) -> list[tuple[str, dict]]:
    return [(codigo, caso) for codigo, r, _, caso in casos_de(CASOS) if r == resultado]


def test_cada_principio_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    gemelos = _casos("falla")
    assert len(gemelos) >= 15 and all(caso.get("senala") for _, caso in gemelos)
    assert len(_casos("pasa")) >= 20
    assert {codigo for codigo, _ in gemelos} == {"TON008", "TON011", "TON012", "TON018", "TON035"}
    # varios países, canales y registros
    assert len({caso.get("pais") for _, caso in _casos("pasa")}) >= 8
    assert len({caso.get("canal") for _, caso in _casos("pasa")}) >= 4


@pytest.mark.parametrize(("codigo", "caso"), _casos("pasa"),
                         ids=lambda v: v if isinstance(v, str) else v["texto"][:40])
def test_ningun_legitimo_da_un_hallazgo_de_la_categoria_de_su_regla(codigo, caso, hallazgos_de,
                                                                     reglamento):
    categoria = reglamento.buscar(codigo).categoria
    assert hallazgos_del_caso(hallazgos_de, caso, lambda c: c == categoria) == []


@pytest.mark.parametrize(("texto", "esperado"), [
    # el título en mayúsculas solo: nada; con un insulto en otra oración: el título y el insulto
    ("Estimado cliente: es su ÚLTIMO AVISO antes del corte del 20 de mayo.", []),
    ("Es su ÚLTIMO AVISO antes del corte, ratero.", ["TON011 'ÚLTIMO AVISO'", "TON006 'ratero'"]),
    # dos indicios débiles de reglas distintas en palabras distintas se suman
    ("Es su ÚLTIMO AVISO, no es negociable.",
     ["TON011 'ÚLTIMO AVISO'", "TON008 'no es negociable'"]),
    # la misma exclamación (sus «¡¡» y sus «!!») no son dos indicios
    ("¡¡Su cuota está vencida!!", []),
    # ni el título en mayúsculas pegado a sus signos
    ("¡¡ÚLTIMO AVISO!! Su factura venció el 5 de mayo.", []),
    ("Su factura es URGENTE PAGO INMEDIATO!!", []),
])
def test_el_indicio_debil_se_informa_solo_con_apoyo(texto, esperado, hallazgos_de):
    hallazgos = [h for h in hallazgos_de(texto) if h.categoria.startswith("tono.")]
    assert sorted(f"{h.regla} {h.texto!r}" for h in hallazgos) == sorted(esperado)


def _h(regla: str, inicio: int, fin: int, categoria: str = "tono.agresivo") -> Hallazgo:
    return Hallazgo("m", regla, regla.lower(), categoria, "aviso", "", 1, inicio + 1, 1, fin + 1,
                    inicio=inicio, fin=fin)


@pytest.mark.parametrize(("hallazgos", "debiles", "quedan"), [
    # solo: no se informa
    ([_h("TON011", 0, 5)], {0}, []),
    # un hallazgo fuerte de otra regla lo apoya, aunque señale las mismas palabras
    ([_h("TON011", 0, 5), _h("TON002", 0, 9, "tono.amenaza")], {0}, ["TON011", "TON002"]),
    # uno fuerte de la misma regla, solo en otras palabras
    ([_h("TON008", 0, 5), _h("TON008", 10, 20)], {0}, ["TON008", "TON008"]),
    ([_h("TON008", 0, 5), _h("TON008", 3, 20)], {0}, ["TON008"]),
    # dos débiles: de reglas distintas y sin solaparse
    ([_h("TON011", 0, 5), _h("TON012", 10, 12)], {0, 1}, ["TON011", "TON012"]),
    ([_h("TON011", 0, 5), _h("TON012", 4, 6)], {0, 1}, []),
    ([_h("TON011", 2, 5), _h("TON012", 0, 2), _h("TON012", 5, 7)], {0, 1, 2}, []),
    ([_h("TON011", 0, 5), _h("TON012", 6, 8)], {0, 1}, []),
    ([_h("TON012", 0, 2), _h("TON012", 10, 12)], {0, 1}, []),
    # un hallazgo que no es de tono no apoya
    ([_h("TON011", 0, 5), _h("FAL001", 10, 12, "faltante.importe")], {0}, ["FAL001"]),
])
def test_con_apoyo(hallazgos, debiles, quedan):
    assert [h.regla for h in con_apoyo(hallazgos, debiles)] == quedan


def test_los_indicios_debiles_se_cargan_del_yaml():
    reglas = cargar()
    debiles = [f.texto for f in reglas.buscar("TON008").comprobador.frases if f.requiere_apoyo]
    assert {"graves consecuencias", "nuestra paciencia", "no es negociable"} <= set(debiles)
    assert "atengase|atente|atenerse|atenganse a las consecuencias" not in debiles
    assert "ultimo" in reglas.buscar("TON011").comprobador.parametros["presion_debil"]
    assert "pague" not in reglas.buscar("TON012").comprobador.parametros["presion_debil"]


REGLA_MAL = """\
reglas:
  - codigo: PRO011
    nombre: faltante.propia
    categoria: faltante.importe
    severidad: aviso
    tipo: frases
    requiere_apoyo: true
    mensaje: "'{texto}'"
    descripcion: Prueba.
    por_que: Prueba.
    referencia: Guía interna
    incorrecto: "Hola."
    correcto: "Adiós."
    frases: [hola]
  - codigo: PRO012
    nombre: tono.propia.debil
    categoria: tono.agresivo
    severidad: aviso
    tipo: frases
    requiere_apoyo: si
    mensaje: "'{texto}'"
    descripcion: Prueba.
    por_que: Prueba.
    referencia: Guía interna
    incorrecto: "Urgente."
    correcto: "Con calma."
    sugerencias: ["Con calma."]
    frases:
      - {frase: urgente, requiere_apoyo: 1}
"""


def test_requiere_apoyo_solo_en_tono_y_verdadero_o_falso(tmp_path):
    ruta = tmp_path / "propias.yml"
    ruta.write_text(textwrap.dedent(REGLA_MAL), encoding="utf-8")
    with pytest.raises(ErrorReglas) as exc:
        cargar([ruta])
    problemas = {(p.clave, p.mensaje) for p in exc.value.problemas}
    assert any(c == "requiere_apoyo" and "solo las reglas de tono" in m and "PRO011" in m
               for c, m in problemas)
    assert any(c == "requiere_apoyo" and "PRO012" in m for c, m in problemas)
    assert any("'requiere_apoyo' es true o false" in m and "PRO012" in m for _, m in problemas)


def test_cobro_reglas_dice_que_indicios_son_debiles(cobro, reglamento):
    salida = cobro("reglas", "TON008").stdout
    debiles = [f for f in reglamento.buscar("TON008").comprobador.frases if f.requiere_apoyo]
    assert f"Indicio débil:\n  {len(debiles)} de sus frases ({debiles[0].texto}, " in salida
    assert "Indicio débil:\n  Los grupos cuyas únicas palabras de presión son ya, urgente" in (
        cobro("reglas", "TON011").stdout)
    assert "Indicio débil" not in cobro("reglas", "TON002").stdout
