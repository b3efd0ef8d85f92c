"""Las frases de una regla ``frases`` leída de la caché se cargan una a una, al usarse.

Las expresiones de cada frase y las formas de las frases con lemas viajan en la caché de
reglas cada una por separado: al revisar solo se lee la que tiene su ancla en el mensaje,
y lo encontrado es lo mismo que con la regla recién construida."""

from __future__ import annotations

import pickle

from generador.lint.contexto import Contexto
from generador.lint.normalizar import plegar
from generador.lint.tipos_regla import Frase, TipoFrases, _Diferido

FRASES = ["quitar+ la casa", "embargar+ la nómina", "avisaremos a su jefe", "le denunciaremos",
          "cárcel", "pagar+ hoy mismo"]
TEXTOS = [
    "Si no paga, le quitaremos la casa y avisaremos a su jefe.",
    "Procederemos a embargarle la nómina. Le denunciaremos.",
    "Le rogamos que la pague hoy mismo, sin cárcel ni nada.",
    "Un mensaje limpio: gracias por su pago.",
]


def _ctx(texto: str) -> Contexto:
    return Contexto(texto=texto, marcadores=[])


def test_de_la_cache_se_lee_solo_la_frase_que_hace_falta_y_encuentra_lo_mismo():
    nueva = TipoFrases([Frase(f) for f in FRASES])
    nueva.precompilar()
    esperado = [[(d.inicio, d.fin) for d in nueva.revisar(_ctx(t))] for t in TEXTOS]
    assert esperado[0] and esperado[1] and esperado[2] and not esperado[3]

    leida = pickle.loads(pickle.dumps(nueva))
    assert isinstance(leida.__dict__["_patrones"], _Diferido)
    assert isinstance(leida.__dict__["_lemas"], _Diferido)
    # Un mensaje con una sola ancla: de cada lista se lee ese elemento y ningún otro.
    assert [(d.inicio, d.fin) for d in leida.revisar(_ctx("Le denunciaremos."))] == [(0, 16)]
    patrones = leida.__dict__["_patrones"]
    assert sum(type(p) is not bytes for p in patrones) == 1
    assert isinstance(leida.__dict__["_lemas"], _Diferido)  # sin frases con lemas: ni se abre
    leida.revisar(_ctx("Si no paga, le quitaremos la casa."))
    lemas = leida.__dict__["_lemas"]
    assert sum(type(par) is not bytes for par in lemas) == 1  # solo «quitar+ la casa»
    assert [[(d.inicio, d.fin) for d in leida.revisar(_ctx(t))] for t in TEXTOS] == esperado

    # Y vuelta a guardar (p. ej. otra caché) con parte ya leída: lo mismo.
    otra = pickle.loads(pickle.dumps(leida))
    assert [[(d.inicio, d.fin) for d in otra.revisar(_ctx(t))] for t in TEXTOS] == esperado
    assert plegar(TEXTOS[0][esperado[0][0][0]:esperado[0][0][1]]) == "quitaremos la casa"


def test_un_diferido_se_guarda_como_sus_bytes_y_vuelve_igual():
    # su estado en la caché son los bytes tal cual (no un diccionario de ranuras)
    diferido = _Diferido.de(["a", None, 3])
    assert diferido.__reduce_ex__(pickle.HIGHEST_PROTOCOL)[2] == diferido.datos
    assert pickle.loads(pickle.dumps(diferido)).cargar() == ["a", None, 3]


def test_excepciones_y_contextos_se_leen_solo_si_una_frase_casa():
    nueva = TipoFrases([Frase("le denunciaremos"), Frase("avisaremos a su jefe")],
                       excepto=[Frase("no le denunciaremos"), Frase("nunca avisar+ a su jefe")],
                       excepto_oracion=[Frase("la ley prohíbe"), Frase("prohibir+ frases")])
    nueva.precompilar()
    textos = ["No le denunciaremos, tranquilo.", "Nunca avisaremos a su jefe.",
              "La ley prohíbe decir «le denunciaremos».", "Le denunciaremos.", "Hola."]
    esperado = [[(d.inicio, d.fin) for d in nueva.revisar(_ctx(t))] for t in textos]
    assert esperado == [[], [], [], [(0, 16)], []]

    leida = pickle.loads(pickle.dumps(nueva))
    for clave in ("_excepto", "_contexto", "_lemas_excepto", "_lemas_contexto"):
        assert isinstance(leida.__dict__[clave], _Diferido)
    leida.revisar(_ctx("Hola."))  # sin ninguna frase: no se leen
    assert isinstance(leida.__dict__["_excepto"], _Diferido)
    assert [[(d.inicio, d.fin) for d in leida.revisar(_ctx(t))] for t in textos] == esperado
    assert not isinstance(leida.__dict__["_excepto"], _Diferido)
    otra = pickle.loads(pickle.dumps(leida))  # guardada otra vez, ya leída: lo mismo
    assert [[(d.inicio, d.fin) for d in otra.revisar(_ctx(t))] for t in textos] == esperado
