"""La caché de disco de las expresiones de ``regex``: cada una se lee cuando se pide
(generador/lint/cache_reglas.py, ``sembrar_regex``)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import regex

from generador.lint.cache_reglas import _CacheRegex

RAIZ = Path(__file__).resolve().parents[2]

#: Importa los módulos del linter y cuenta las expresiones que ``regex`` tuvo que analizar.
CODIGO = (
    "import regex._main as m\n"
    "analizadas = []\n"
    "orig = m._parse_pattern\n"
    "m._parse_pattern = lambda *a, **k: (analizadas.append(1), orig(*a, **k))[1]\n"
    "from generador.lint import motor, metricas, marcos, contexto\n"
    "print(len(analizadas), len(m._cache), len(getattr(m._cache, 'guardadas', {})))\n"
)


def _importar(cache: Path) -> tuple[int, int, int]:
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "COBRO_CACHE_DIR": str(cache)}
    entorno.pop("COBRO_SIN_CACHE", None)
    r = subprocess.run([sys.executable, "-c", CODIGO], env=entorno, check=True,
                       capture_output=True, text=True)
    assert r.stderr == ""
    analizadas, leidas, sin_leer = map(int, r.stdout.split())
    return analizadas, leidas, sin_leer


def test_una_expresion_guardada_se_lee_al_pedirla_y_es_la_misma():
    patron = regex.compile(r"(?<!\w)pag(?:ar|ue)\b", regex.IGNORECASE)
    clave = ("clave", str, 0)
    cache = _CacheRegex({}, {clave: pickle.dumps(patron)})
    assert clave not in cache
    leida = cache[clave]
    assert leida.pattern == patron.pattern and leida.flags == patron.flags
    assert leida.search("Puede PAGAR hoy").span() == (6, 11)
    assert cache[clave] is leida and not cache.guardadas  # leída una vez, ya en la caché


def test_lo_que_no_se_puede_leer_es_como_si_no_estuviera():
    cache = _CacheRegex({}, {"rota": b"\x80no es pickle", "vieja": regex.compile("x")})
    for clave in ("rota", "vieja", "ausente"):
        try:
            cache[clave]
        except KeyError:
            continue
        raise AssertionError(f"{clave} no debía leerse")


def test_el_arranque_siguiente_no_analiza_nada_y_no_lee_lo_que_no_usa(tmp_path):
    analizadas, _, _ = _importar(tmp_path)
    assert analizadas > 10  # en frío se analizan todas
    (archivo,) = tmp_path.glob("regex-*.pickle")
    guardadas, _, _ = pickle.loads(archivo.read_bytes())
    assert all(type(v) is bytes for v in guardadas.values())
    # una expresión de otra orden, guardada en el mismo archivo: no se lee al arrancar
    otra = ("(?:ajena)+", str, 0, frozenset(), 0, None)
    con_otra = dict(guardadas)
    con_otra[otra] = pickle.dumps(regex.compile("(?:ajena)+"))
    _, args, locales = pickle.loads(archivo.read_bytes())
    archivo.write_bytes(pickle.dumps((con_otra, args, locales)))
    analizadas, leidas, sin_leer = _importar(tmp_path)
    assert analizadas == 0
    assert sin_leer >= 1 and leidas >= 10


def test_un_archivo_corrupto_se_ignora_y_se_reescribe(tmp_path):
    _importar(tmp_path)
    (archivo,) = tmp_path.glob("regex-*.pickle")
    archivo.write_bytes(b"\x80\x05basura")
    analizadas, _, _ = _importar(tmp_path)  # sin traza: se compila todo como en frío
    assert analizadas > 10
    assert _importar(tmp_path)[0] == 0  # y se ha vuelto a guardar bien
