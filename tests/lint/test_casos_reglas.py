"""Cada regla se comporta como dicen sus casos de ``casos/*.yml``."""

from __future__ import annotations


def test_caso(caso_regla, hallazgos_de, reglamento):
    codigo, resultado, _, caso = caso_regla
    assert reglamento.buscar(codigo) is not None, f"{codigo} no existe"
    texto = caso.pop("texto")
    asunto = caso.pop("asunto", None)
    senala = caso.pop("senala", None)  # el tramo exacto que debe señalar
    propios = [h for h in hallazgos_de(texto, asunto=asunto, **caso) if h.regla == codigo]
    if resultado == "falla":
        assert propios, f"{codigo} debería señalar: {texto!r}"
        if senala is not None:
            assert senala in [h.texto for h in propios], (
                f"{codigo} debería señalar {senala!r} en {texto!r}; señala {[h.texto for h in propios]}"
            )
    else:
        assert not propios, f"{codigo} no debería señalar {texto!r}: {[h.texto for h in propios]}"
