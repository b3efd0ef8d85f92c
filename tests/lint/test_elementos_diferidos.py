"""Las expresiones de un elemento van en la caché de reglas cada una aparte y se leen la
primera vez que se prueban (tipos_regla.TipoElementoRequerido.__getstate__)."""

from __future__ import annotations

import pickle

from generador.lint.tipos_regla import TipoElementoRequerido, _Diferido


def _copia_de_cache() -> TipoElementoRequerido:
    tipo = TipoElementoRequerido("contacto", patrones=[
        r"\b\d{3} \d{3} \d{3}\b", r"[\w.]+@[\w-]+\.\w+", r"\bwa\.me/\d{6,}"])
    tipo.precompilar()
    return pickle.loads(pickle.dumps(tipo, protocol=pickle.HIGHEST_PROTOCOL))


def test_sin_probar_ninguna_no_se_lee_ninguna():
    copia = _copia_de_cache()
    assert isinstance(copia.__dict__["_compilados"], _Diferido)


def test_se_leen_solo_las_que_se_prueban_y_dan_lo_mismo():
    copia = _copia_de_cache()
    assert copia._alguno("llámanos al 910 123 456")  # la primera basta
    compilados = copia.__dict__["_compilados"]
    assert compilados[0].pattern == r"\b\d{3} \d{3} \d{3}\b"
    assert all(type(c) is bytes for c in compilados[1:])
    assert copia._alguno("escribe a cobros@ejemplo.es")
    assert not copia._alguno("sin datos de contacto")
    assert [c.pattern for c in compilados] == [
        r"\b\d{3} \d{3} \d{3}\b", r"[\w.]+@[\w-]+\.\w+", r"\bwa\.me/\d{6,}"]


def test_una_copia_de_una_copia_sigue_funcionando():
    copia = pickle.loads(pickle.dumps(_copia_de_cache()))
    assert copia._alguno("https://wa.me/34910123456")
