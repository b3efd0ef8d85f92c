"""El orden aprendido de las expresiones de un elemento (tipos_regla._Orden)."""

from __future__ import annotations

import pickle

from generador.lint.tipos_regla import _REORDENAR, TipoElementoRequerido, _Orden


def test_se_prueban_primero_las_que_menos_cuestan_por_acierto():
    orden = _Orden(3)
    assert orden.indices == (0, 1, 2)
    for _ in range(_REORDENAR // 2):
        orden.anotar(0, 0.010, True)   # acierta siempre, pero cara: 10 ms
        orden.anotar(1, 0.001, True)   # acierta siempre y barata
    assert orden.indices == (2, 1, 0)  # la 2 no se ha probado: cuenta 0 y va delante
    for _ in range(_REORDENAR):
        orden.anotar(2, 0.002, False)  # nunca acierta: 2 ms por búsqueda sin acierto
    assert orden.indices == (1, 0, 2)


def test_el_resultado_no_depende_del_orden():
    tipo = TipoElementoRequerido("contacto", patrones=[r"\S+@\S+", r"\b\d{3} \d{3} \d{3}\b"])
    textos = ["llámanos al 910 123 456", "escribe a cobros@ejemplo.es", "sin datos", "x@y 910 123 456"]
    antes = [tipo._alguno(t) for t in textos]
    assert antes == [True, True, False, True]
    tipo.__dict__["_orden_busqueda"].indices = (1, 0)
    assert [tipo._alguno(t) for t in textos] == antes


def test_el_orden_aprendido_no_se_guarda_en_la_cache_de_reglas():
    tipo = TipoElementoRequerido("contacto", patrones=[r"\S+@\S+"])
    tipo.precompilar()
    assert tipo._alguno("a@b")
    copia = pickle.loads(pickle.dumps(tipo))
    assert "_orden_busqueda" not in copia.__dict__
    assert copia._alguno("a@b") and not copia._alguno("nada")


def test_una_parada_del_sistema_no_manda_al_final_a_la_expresion_barata(monkeypatch):
    import generador.lint.tipos_regla as tipos_regla

    tipo = TipoElementoRequerido("contacto", patrones=[r"\b\d{3} \d{3} \d{3}\b", r"\S+@\S+"])
    texto = "llámanos al 910 123 456 o escribe a cobros@ejemplo.es"
    reloj = iter([0.0, 0.5] + [x * 1e-6 for x in range(2, 10_000)])  # 1.ª búsqueda: 0,5 s
    monkeypatch.setattr(tipos_regla, "perf_counter", lambda: next(reloj))
    assert tipo._alguno(texto)
    orden = tipo.__dict__["_orden_busqueda"]
    assert orden.tiempos[0] == tipos_regla._tope_muestra(len(texto)) < 0.001
