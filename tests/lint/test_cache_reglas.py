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


def test_la_cache_no_crece_sin_limite_y_solo_poda_lo_que_escribio_cobro(tmp_path, monkeypatch):
    """Cada versión de las reglas deja un archivo con otra clave: al escribir uno nuevo se
    conservan las CONSERVAR versiones más recientes de ese prefijo, los temporales
    abandonados se borran y nada que no tenga el nombre exacto de cobro se toca."""
    import os
    import time

    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    archivo = tmp_path / "reglas.yml"
    ajenos = [tmp_path / "reglas-mio.pickle", tmp_path / "notas.txt",
              tmp_path / "modelo-0123456789abcdef01234567.pickle"]
    for ajeno in ajenos:
        ajeno.write_text("del usuario", encoding="utf-8")
    hace = time.time() - 10_000
    for i in range(cache_reglas.CONSERVAR + 5):
        archivo.write_text(f"versión {i}", encoding="utf-8")
        cache_reglas.leer([archivo], lambda i=i: [i])
        for viejo in tmp_path.glob("reglas-*.pickle"):  # todas las anteriores, más viejas
            if viejo.stat().st_mtime > hace + i:
                os.utime(viejo, (hace + i, hace + i))
    abandonado = tmp_path / "reglas-fedcba9876543210fedcba98.pickle.123.tmp"
    abandonado.write_bytes(b"a medias")
    os.utime(abandonado, (hace, hace))
    archivo.write_text("la última", encoding="utf-8")
    assert cache_reglas.leer([archivo], lambda: ["última"]) == ["última"]

    versiones = sorted(tmp_path.glob("reglas-*.pickle"))
    propias = [v for v in versiones if v.name != "reglas-mio.pickle"]
    assert len(propias) == cache_reglas.CONSERVAR
    assert not abandonado.exists()
    assert all(ajeno.read_text(encoding="utf-8") == "del usuario" for ajeno in ajenos)
    # la versión al día sigue leyéndose de la caché, sin volver a cargar
    assert cache_reglas.leer([archivo], lambda: ["recargada"]) == ["última"]
