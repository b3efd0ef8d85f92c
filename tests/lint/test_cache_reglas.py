"""La caché de reglas no cambia el resultado y nunca es un problema."""

from __future__ import annotations

from generador.lint import cache_reglas


def test_cache_al_dia_devuelve_lo_mismo_sin_volver_a_cargar(tmp_path, monkeypatch):
    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    archivo = tmp_path / "reglas.yml"
    archivo.write_text("a", encoding="utf-8")
    llamadas = []

    def cargar():
        llamadas.append(1)
        return ["regla"]

    assert cache_reglas.leer([archivo], cargar) == ["regla"]
    assert cache_reglas.leer([archivo], cargar) == ["regla"]
    assert len(llamadas) == 1
    archivo.write_text("ab", encoding="utf-8")  # cambia el archivo: se vuelve a cargar
    assert cache_reglas.leer([archivo], cargar) == ["regla"]
    assert len(llamadas) == 2


def test_cache_corrupta_o_inaccesible_se_ignora(tmp_path, monkeypatch):
    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path / "cache"))
    archivo = tmp_path / "reglas.yml"
    archivo.write_text("a", encoding="utf-8")
    cache_reglas.leer([archivo], lambda: [1])
    (pickle_,) = (tmp_path / "cache").glob("*.pickle")
    pickle_.write_bytes(b"basura")
    assert cache_reglas.leer([archivo], lambda: [2]) == [2]
    monkeypatch.setenv("COBRO_CACHE_DIR", "/proc/no-se-puede-escribir")
    assert cache_reglas.leer([archivo], lambda: [3]) == [3]


def test_sin_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("COBRO_SIN_CACHE", "1")
    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    assert cache_reglas.leer([], lambda: [4]) == [4]
    assert list(tmp_path.iterdir()) == []
