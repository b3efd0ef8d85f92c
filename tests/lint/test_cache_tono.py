"""Los pesos del modelo de tono salen de la caché de disco: los mismos que del JSON, una
caché rota se rehace sin error y un JSON editado no se lee de una caché vieja."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generador.lint import modelo_tono

MODELO = Path(__file__).resolve().parents[2] / "reglas" / "modelo_tono.json"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    carpeta = tmp_path / "cache"
    monkeypatch.setenv("COBRO_CACHE_DIR", str(carpeta))
    monkeypatch.delenv("COBRO_SIN_CACHE", raising=False)
    modelo_tono.cargar_modelo.cache_clear()
    yield carpeta
    modelo_tono.cargar_modelo.cache_clear()


def _cargar(ruta: Path) -> modelo_tono.Modelo:
    modelo_tono.cargar_modelo.cache_clear()
    return modelo_tono.cargar_modelo(str(ruta))


def test_de_la_cache_salen_los_mismos_pesos_que_del_json(cache):
    datos = json.loads(MODELO.read_text(encoding="utf-8"))
    primero = _cargar(MODELO)  # lee el JSON y guarda la caché
    (guardada,) = cache.glob("tono-*.pickle")
    segundo = _cargar(MODELO)  # de la caché
    assert primero.datos == segundo.datos == datos
    assert segundo.binario.todos == datos["binario"]["pesos"]
    assert segundo.umbral == datos["umbral"]
    texto = "si no pagas hoy, hablaremos con tu jefe y con tu familia de esta deuda vencida"
    assert segundo.puntuar(texto).total == primero.puntuar(texto).total
    assert guardada.exists()


def test_una_cache_rota_se_rehace_sin_error(cache):
    _cargar(MODELO)
    (guardada,) = cache.glob("tono-*.pickle")
    guardada.write_bytes(b"\x80\x05no es un pickle")
    rehecho = _cargar(MODELO)
    assert rehecho.datos == json.loads(MODELO.read_text(encoding="utf-8"))
    assert _cargar(MODELO).datos == rehecho.datos  # y la caché vuelve a servir


def test_un_json_editado_no_se_lee_de_la_cache_vieja(cache, tmp_path):
    propio = tmp_path / "modelo_tono.json"
    shutil.copy(MODELO, propio)
    antes = _cargar(propio)
    datos = json.loads(propio.read_text(encoding="utf-8"))
    datos["umbral"] = antes.umbral + 1.5
    propio.write_text(json.dumps(datos), encoding="utf-8")
    assert _cargar(propio).umbral == antes.umbral + 1.5
