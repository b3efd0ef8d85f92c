"""Las coincidencias de las reglas de frases buscadas oración a oración y recordadas
(:mod:`generador.lint.frases_por_oracion`) son las que da cada regla sobre el mensaje entero:
con los ejemplos de todas las reglas, con esos ejemplos pegados de dos en dos por cortes de
oración que una frase no cruza y por otros que sí (una abreviatura, un salto de línea), con
otras cifras, y la segunda vez (de la memoria)."""

from __future__ import annotations

import pytest

from generador.lint import frases_por_oracion
from generador.lint.contexto import Contexto
from generador.lint.frases_por_oracion import TOPE, FrasesPorOracion, por_oracion, preparar_por_oracion
from generador.lint.motor import Motor
from generador.lint.tipos_regla import TipoFrases


@pytest.fixture(scope="module")
def reglas():
    """Todas las reglas, también las de cada país (las activas por defecto no las llevan)."""
    motor = Motor()
    return motor.reglamento(motor.configuracion_de(".")).reglas


@pytest.fixture(scope="module")
def textos(reglas):
    vistos = dict.fromkeys(e.texto for r in reglas for e in (*r.incorrecto, *r.correcto))
    return [t for t in vistos if t.strip()]


#: Entre dos ejemplos: cortes de oración («.», «!», «;», «¿», línea en blanco) y lo que no
#: corta (una abreviatura, un salto de línea, una coma, una cifra).
UNIONES = [". ", "! ", "; ", " ¿", "\n\n", "\n", ", ", " Sr. ", " p. ej. ", " 12. ", " 3 ",
           " núm. 45 ", " Sra. 2026 "]


def _mensaje(texto: str) -> Contexto:
    return Contexto(texto=texto, marcadores=[])


def _comprobar(por_oracion_: FrasesPorOracion, texto: str) -> int:
    """Compara con cada regla sola; devuelve cuántas reglas encontraron algo."""
    encontradas = por_oracion_.tramos(_mensaje(texto))
    con_algo = 0
    for comprobador in por_oracion_.comprobadores:
        esperadas = comprobador.tramos(_mensaje(texto))
        assert encontradas.get(id(comprobador), []) == esperadas, (texto, comprobador.frases[0])
        con_algo += bool(esperadas)
    return con_algo


def test_cubre_casi_todas_las_reglas_de_frases(reglas):
    frases = [r for r in reglas if type(r.comprobador) is TipoFrases]
    cubiertas = preparar_por_oracion(reglas).comprobadores
    assert len(frases) > 30
    assert len(cubiertas) >= len(frases) - 2


def test_los_ejemplos_de_todas_las_reglas_dan_lo_mismo(reglas, textos):
    por_oracion_ = preparar_por_oracion(reglas)
    assert sum(_comprobar(por_oracion_, t) for t in textos) > 100
    # la segunda vez sale de la memoria: lo mismo
    assert sum(_comprobar(por_oracion_, t) for t in textos) > 100


@pytest.mark.parametrize("union", UNIONES)
def test_ejemplos_pegados_por_cortes_y_por_lo_que_no_corta(reglas, textos, union):
    por_oracion_ = preparar_por_oracion(reglas)
    incorrectos = list(dict.fromkeys(
        e.texto.strip() for r in reglas if type(r.comprobador) is TipoFrases for e in r.incorrecto))
    pares = zip(incorrectos, incorrectos[1:] + incorrectos[:1], strict=True)
    assert sum(_comprobar(por_oracion_, a.rstrip(".!?") + union + b[0].lower() + b[1:])
               for a, b in pares) > 50


def test_con_otras_cifras_la_misma_oracion_da_sus_propias_posiciones(reglas):
    por_oracion_ = preparar_por_oracion(reglas)
    for importe in ("5 €", "1.234,50 €", "99999 €", "7"):
        texto = (f"Le embargaremos la nómina por {importe} y avisaremos a su jefe. "
                 f"Factura F-{importe}: procederemos judicialmente.")
        assert _comprobar(por_oracion_, texto) >= 2


def test_una_frase_con_signos_de_corte_o_cifras_no_se_busca_por_oracion():
    assert not por_oracion(TipoFrases.desde({"frases": ["s.a. de c.v."]}))
    assert not por_oracion(TipoFrases.desde({"frases": ["en 24 horas"]}))
    assert not por_oracion(TipoFrases.desde({"frases": ["¡pague ya"]}))
    assert por_oracion(TipoFrases.desde({"frases": ["embarg* ... nomina", "quitar+ casa"]}))


def test_la_memoria_no_pasa_de_su_tope(reglas, monkeypatch):
    monkeypatch.setattr(frases_por_oracion, "TOPE", 50)
    por_oracion_ = preparar_por_oracion(reglas)
    for i in range(200):
        por_oracion_.tramos(_mensaje(f"Hola, cliente{'x' * i}. Le embargaremos la casa."))
    assert len(frases_por_oracion._MEMORIA) <= 50
    assert TOPE >= 1024


def test_mensaje_con_parte_vista_y_parte_nueva(reglas):
    """Con poco sin ver, se busca solo lo nuevo (aparte); con mucho, en el mensaje entero: en
    los dos casos, lo mismo que cada regla sola."""
    por_oracion_ = preparar_por_oracion(reglas)
    visto = ("Le recordamos que la factura sigue pendiente. Si necesita más plazo, podemos "
             "hablarlo. Un saludo, el equipo de cobros.")
    _comprobar(por_oracion_, visto)
    assert _comprobar(por_oracion_, visto + " Le embargaremos la casa.") >= 1  # aparte
    assert _comprobar(por_oracion_, "Le embargaremos la casa y avisaremos a su jefe si no paga "
                      "hoy mismo, y se lo diremos a sus vecinos. " + visto) >= 1  # entero


def test_las_combinaciones_con_las_mismas_reglas_de_frases_comparten_su_preparacion(reglas):
    # Un lote de combinar ve cientos de combinaciones de contexto (sector, tipo, canal,
    # país...) con pocos conjuntos de reglas de frases: cada una preparaba su prefiltro.
    otras = [r for r in reglas if type(r.comprobador) is not TipoFrases]
    una = preparar_por_oracion(list(reglas))
    assert preparar_por_oracion([*otras[:3], *reglas]) is una  # otras reglas: la misma
    menos = [r for r in reglas if r.comprobador is not una.comprobadores[0]]
    distinta = preparar_por_oracion(menos)
    assert distinta is not una
    assert una.comprobadores[0] not in distinta.comprobadores
