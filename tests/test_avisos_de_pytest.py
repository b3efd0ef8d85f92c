"""La configuración de pytest (``filterwarnings`` en pyproject.toml): un DeprecationWarning de
una biblioteca ajena, al recoger las pruebas, no aborta la ejecución (una vez lo hizo uno de
hypothesis con mypy_extensions: INTERNALERROR, y los fallos de verdad quedaron ocultos); uno
que nace en nuestro código sigue haciendo fallar la prueba.

Se ejecuta pytest de verdad, en otro proceso, con la configuración del proyecto sobre unas
pruebas mínimas escritas aquí."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]

AJENA = '''\
import warnings

warnings.warn("API antigua de una biblioteca", DeprecationWarning, stacklevel=1)
warnings.warn("otra que se irá", PendingDeprecationWarning, stacklevel=1)
'''

PRUEBAS = '''\
import warnings

import biblioteca_ajena  # avisa al importarse, durante la recogida


def test_la_que_pasa():
    assert biblioteca_ajena is not None


def test_la_que_avisa_desde_nuestro_codigo():
    warnings.warn("nuestro aviso", DeprecationWarning, stacklevel=1)


def test_la_que_falla_de_verdad():
    assert 1 == 2
'''


def _pytest(tmp_path):
    (tmp_path / "biblioteca_ajena.py").write_text(AJENA, encoding="utf-8")
    (tmp_path / "test_minimas.py").write_text(PRUEBAS, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(RAIZ / "pyproject.toml"), "--rootdir",
         str(tmp_path), "-p", "no:cacheprovider", "-p", "no:randomly", "-q", str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})


def test_un_aviso_de_obsolescencia_ajeno_no_aborta_y_el_nuestro_falla(tmp_path):
    r = _pytest(tmp_path)
    salida = r.stdout + r.stderr
    assert "INTERNALERROR" not in salida
    assert "ERROR collecting" not in salida
    assert r.returncode == 1, salida  # fallos de pruebas, no un error de uso ni interno
    assert "FAILED test_minimas.py::test_la_que_avisa_desde_nuestro_codigo" in salida
    assert "FAILED test_minimas.py::test_la_que_falla_de_verdad" in salida
    assert "1 passed" in salida and "2 failed" in salida
