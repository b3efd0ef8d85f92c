"""La caché del código de las clases de datos (``generador/cache_dataclases.py``): las
clases creadas con el código de la caché son las mismas que sin ella, un archivo corrupto
o de otro formato se reescribe sin error, y ``cobro lint`` la usa sin cambiar nada de lo
que encuentra."""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generador import cache_dataclases

RAIZ = Path(__file__).resolve().parents[1]

CLASE = '''
import dataclasses
from dataclasses import field

@dataclasses.dataclass(frozen=True, order=True)
class Punto:
    x: int
    y: int = 2
    etiquetas: tuple = field(default=(), compare=False)
'''


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """La caché instalada sobre una carpeta vacía; al terminar, como estaba."""
    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COBRO_SIN_CACHE", raising=False)
    estaba = cache_dataclases._codigos is not None
    anterior = (cache_dataclases._codigos, cache_dataclases._ruta, cache_dataclases._nuevos)
    cache_dataclases.desinstalar()
    assert cache_dataclases.instalar("prueba")
    yield tmp_path
    cache_dataclases.desinstalar()
    if estaba:
        dataclasses.exec = cache_dataclases._exec_con_cache
        (cache_dataclases._codigos, cache_dataclases._ruta, cache_dataclases._nuevos) = anterior


def _crear() -> type:
    espacio: dict = {"__name__": "modulo_de_prueba"}
    exec(compile(CLASE, "<prueba>", "exec", dont_inherit=True), espacio)
    return espacio["Punto"]


def _funciones(clase: type) -> dict[str, object]:
    return {nombre: getattr(clase, nombre).__code__
            for nombre in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__")}


def test_la_clase_de_la_cache_es_la_misma_que_sin_ella(cache):
    cache_dataclases.desinstalar()
    sin_cache = _funciones(_crear())
    assert cache_dataclases.instalar("prueba")
    primera = _crear()  # compila y anota
    assert cache_dataclases._nuevos == 10  # init, repr, eq, 4 de orden, hash, setattr, delattr
    cache_dataclases.guardar()
    (archivo,) = cache.glob("dataclases-prueba-*.marshal")
    cache_dataclases.desinstalar()
    assert cache_dataclases.instalar("prueba")  # otra ejecución: lee el archivo
    segunda = _crear()
    assert cache_dataclases._nuevos == 0  # nada compilado: todo salió de la caché
    assert _funciones(primera) == sin_cache
    assert _funciones(segunda) == sin_cache
    p = segunda(1, etiquetas=("a",))
    assert (repr(p), p == segunda(1), p < segunda(2), hash(p) == hash(segunda(1, 2))) == (
        "Punto(x=1, y=2, etiquetas=('a',))", True, True, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3
    assert archivo.exists()


def test_respeta_las_banderas_future_de_quien_llama(cache):
    # El exec original compila con las banderas __future__ del código que lo llama: con
    # «annotations» (este módulo), las anotaciones quedan como texto.
    espacio: dict = {}
    cache_dataclases._exec_con_cache("def f(x: int) -> str: pass", espacio)
    original: dict = {}
    exec("def f(x: int) -> str: pass", original)
    assert espacio["f"].__annotations__ == original["f"].__annotations__ == {
        "x": "int", "return": "str"}
    sin_future = compile("import generador.cache_dataclases as c\n"
                         "c._exec_con_cache('def f(x: int): pass', g)\n", "<x>", "exec",
                         dont_inherit=True)
    globales: dict = {"g": {}}
    exec(sin_future, globales)
    assert globales["g"]["f"].__annotations__ == {"x": int}


def test_sin_globales_usa_los_de_quien_llama(cache):
    locales: dict = {}
    cache_dataclases._exec_con_cache("y = RAIZ.name", None, locales)
    assert locales == {"y": RAIZ.name}


@pytest.mark.parametrize("contenido", [
    b"esto no es marshal",
    marshal.dumps([1, 2, 3]),
    marshal.dumps({"clave": "sin tupla"}),
    marshal.dumps({(0, "x = 1"): "no es código"}),
    b"",
])
def test_un_archivo_corrupto_se_ignora_y_se_reescribe(cache, contenido):
    cache_dataclases.desinstalar()
    archivo = cache_dataclases.ruta("prueba")
    archivo.write_bytes(contenido)
    assert cache_dataclases.instalar("prueba")
    assert cache_dataclases._codigos == {}
    clase = _crear()
    assert repr(clase(5)) == "Punto(x=5, y=2, etiquetas=())"
    cache_dataclases.guardar()
    guardado = marshal.loads(archivo.read_bytes())
    assert len(guardado) == 10
    assert all(type(k) is tuple and type(v).__name__ == "code" for k, v in guardado.items())


def test_sin_cache_no_se_instala(cache, monkeypatch):
    cache_dataclases.desinstalar()
    monkeypatch.setenv("COBRO_SIN_CACHE", "1")
    assert cache_dataclases.instalar("prueba") is False
    assert getattr(dataclasses, "exec", None) is None  # dataclasses usa el exec de siempre
    assert repr(_crear()(7)) == "Punto(x=7, y=2, etiquetas=())"
    cache_dataclases.guardar()
    assert list(cache.iterdir()) == []


@pytest.mark.parametrize(("argv", "perfil"), [
    (["cobro", "lint", "x.txt"], "lint"),
    (["cobro"], "otra"),
    (["pytest", "-q"], "otra"),
    (["cobro", "tests/lint"], "otra"),
    (["cobro", "Lint"], "otra"),
    (["cobro", "ñandú"], "otra"),
])
def test_perfil_por_orden(argv, perfil):
    assert cache_dataclases.perfil_de(argv) == perfil


def test_cobro_lint_da_lo_mismo_con_la_cache_de_clases(tmp_path):
    mensaje = tmp_path / "m.txt"
    mensaje.write_text("ÚLTIMO AVISO!!! PAGUE YA o le embargaremos la nómina.\n",
                       encoding="utf-8")
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "COBRO_CACHE_DIR": str(tmp_path / "c")}
    entorno.pop("COBRO_SIN_CACHE", None)

    def lint(env: dict) -> list:
        r = subprocess.run([sys.executable, "-m", "generador", "lint", str(mensaje), "--formato",
                            "json"], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert r.returncode == 1, r.stderr
        return json.loads(r.stdout)["archivos"]

    frio = lint({**entorno, "COBRO_SIN_CACHE": "1"})
    primera = lint(entorno)
    (archivo,) = (tmp_path / "c").glob("dataclases-lint-*.marshal")
    assert len(marshal.loads(archivo.read_bytes())) > 100
    segunda = lint(entorno)
    assert primera == frio
    assert segunda == frio
    assert {"TON002", "TON011", "TON012"} <= {h["regla"] for a in segunda for h in a["hallazgos"]}
