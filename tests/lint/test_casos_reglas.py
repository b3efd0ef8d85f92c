"""Cada regla se comporta como dicen sus casos de ``casos/*.yml``."""

from __future__ import annotations


def test_caso(caso_regla, hallazgos_de, reglamento):
    codigo, resultado, _, caso = caso_regla
    assert reglamento.buscar(codigo) is not None, f"{codigo} no existe"
    texto = caso.pop("texto")
    asunto = caso.pop("asunto", None)
    propios = [h for h in hallazgos_de(texto, asunto=asunto, **caso) if h.regla == codigo]
    if resultado == "falla":
        assert propios, f"{codigo} debería señalar: {texto!r}"
    else:
        assert not propios, f"{codigo} no debería señalar {texto!r}: {[h.texto for h in propios]}"
