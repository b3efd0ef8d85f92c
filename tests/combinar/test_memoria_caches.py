"""``cobro combinar`` con miles de facturas: las cachés del linter no guardan los códigos de
cada factura (referencias, pedidos, importes), que no se repiten, así que la memoria no crece
con el número de filas (benchmarks/bench_combinar.py mide el pico)."""

from __future__ import annotations

from generador.lint import contexto, marcos, metricas, silabas


def _mensaje(i: int) -> str:
    return (f"Hola, Sofía: la factura F-{i:07d} del pedido PO-{i:06d}, de {i % 900 + 100}.{i % 97:02d} "
            f"euros, sigue pendiente. Puedes pagarla hoy mismo o escribirnos.")


def test_las_silabas_de_los_codigos_no_se_guardan():
    metricas.fernandez_huerta(_mensaje(0))  # las palabras del texto fijo ya están
    antes = set(silabas._SILABAS)
    valores = [metricas.fernandez_huerta(_mensaje(i)) for i in range(1, 300)]
    assert set(silabas._SILABAS) == antes
    # y cuentan lo mismo que textstat, con o sin caché
    texto = _mensaje(123)
    assert valores[122] == metricas.fernandez_huerta(texto)
    assert silabas.contar("f0000123") == silabas.textstat().syllable_count("f0000123")
    assert silabas.contar("0000123") == 1
    assert "f0000123" not in silabas._SILABAS
    assert len(silabas._CODIGOS) <= silabas._MAX_CODIGOS  # los códigos, solo los últimos


def test_las_bases_de_los_codigos_no_se_guardan():
    marcos.fichas_de(_mensaje(0).lower())
    antes = len(marcos._bases_recordadas)
    for i in range(1, 300):
        marcos.fichas_de(_mensaje(i).lower())
    assert len(marcos._bases_recordadas) == antes
    assert marcos.bases("quitarsela") == ("quitarse", "quitar")
    assert marcos.bases("po0001le") == ("po0001",)  # sin guardar, el mismo resultado


def test_los_comienzos_de_los_codigos_no_se_guardan():
    contexto._comienzos_de("factura")
    antes = len(contexto._comienzos_recordados)
    for i in range(1, 300):
        assert contexto._comienzos_de(f"f{i:07d}") == tuple(f"f{i:07d}"[:k] for k in range(1, 9))
    assert len(contexto._comienzos_recordados) == antes
    assert contexto._comienzos_de("factura") == ("f", "fa", "fac", "fact", "factu", "factur",
                                                 "factura")


def test_las_caches_tienen_tope():
    assert contexto._comienzos_recordados.tope == 16384
    assert silabas._MAX_SILABAS == 16384
    assert silabas._MAX_PYPHEN == 4096
    assert marcos._bases_recordadas.tope == 16384
