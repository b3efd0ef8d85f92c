"""El gancho de ``.pre-commit-hooks.yaml`` funciona con el pre-commit de verdad.

Un repositorio de textos nuevo (git init) usa el gancho ``cobro-lint`` de este repositorio
(``repo:`` con su ruta y ``rev:`` su commit, como lo usaría otro equipo con la URL) y
ejecuta ``pre-commit run --all-files``: pasa con un mensaje correcto y falla, con los
hallazgos de ``cobro lint``, con uno que no lo es. pre-commit crea su entorno virtual e
instala cobro en él sin red: el entorno ve las dependencias ya instaladas
(``VIRTUALENV_SYSTEM_SITE_PACKAGES``) y pip no consulta ningún índice (``PIP_NO_INDEX``,
sin aislamiento de compilación). Tarda unos 10 s; corre también en CI (marca ``instalacion``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.instalacion, pytest.mark.timeout(300)]

BUENO = ("Asunto: Factura F-1 pendiente\n\nHola, Ana. Te escribimos de Lumen S.L. porque la "
         "factura F-1 de 120,00 € venció el 5 de marzo de 2026. Puedes pagarla por "
         "transferencia al IBAN ES12 3456 7890 1234 5678 9012. Si tienes dudas, llámanos al "
         "910 000 000. Un saludo, Laura, de Lumen S.L.\n")
MALO = "PAGUE YA!!!\n"


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture
def repositorio(tmp_path: Path):
    pytest.importorskip("pre_commit", reason="falta pre-commit (pip install 'cobro[test]')")
    if shutil.which("git") is None:
        pytest.skip("falta git, que pre-commit necesita")
    try:
        rev = _git("rev-parse", "HEAD", cwd=RAIZ)
    except subprocess.CalledProcessError:
        pytest.skip("el proyecto no es un repositorio git: pre-commit instala el gancho desde un commit")
    repo = tmp_path / "textos"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {RAIZ}\n    rev: {rev}\n    hooks:\n      - id: cobro-lint\n",
        encoding="utf-8")
    entorno = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache-pre-commit"),
               "VIRTUALENV_SYSTEM_SITE_PACKAGES": "1", "PIP_NO_INDEX": "1",
               "PIP_NO_BUILD_ISOLATION": "0", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
               "COBRO_SIN_CACHE": "1", "PRE_COMMIT_COLOR": "never"}
    entorno.pop("PYTHONPATH", None)  # el gancho usa el cobro que pre-commit instaló

    def ejecutar() -> subprocess.CompletedProcess:
        _git("add", "-A", cwd=repo)
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"],
                              cwd=repo, capture_output=True, text=True, env=entorno, timeout=240)

    return repo, ejecutar


def test_pre_commit_pasa_un_mensaje_correcto_y_para_uno_incorrecto(repositorio):
    repo, ejecutar = repositorio
    (repo / "recordatorio.txt").write_text(BUENO, encoding="utf-8")
    (repo / "notas.py").write_text("x = 1\n", encoding="utf-8")  # no es un mensaje: no se revisa
    bueno = ejecutar()
    assert bueno.returncode == 0, bueno.stdout + bueno.stderr
    assert "cobro lint (mensajes de cobro)" in bueno.stdout and "Passed" in bueno.stdout

    (repo / "plantillas").mkdir()
    (repo / "plantillas" / "aviso.txt").write_text(MALO, encoding="utf-8")
    malo = ejecutar()
    assert malo.returncode == 1, malo.stdout + malo.stderr
    assert "- hook id: cobro-lint" in malo.stdout and "Failed" in malo.stdout
    hallazgos = [linea.split(" ", 3)[:3] for linea in malo.stdout.splitlines()
                 if linea.startswith("plantillas/aviso.txt:")]
    assert ["plantillas/aviso.txt:1:1:", "error", "FAL001"] in hallazgos  # falta el importe
    assert ["plantillas/aviso.txt:1:9:", "aviso", "TON012"] in hallazgos  # «!!!»
    assert not any(linea.startswith(("recordatorio.txt:", "notas.py:"))
                   for linea in malo.stdout.splitlines())
