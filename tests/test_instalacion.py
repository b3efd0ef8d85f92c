"""Los datos (mensajes/, sectores/, reglas/) viajan en el paquete: una instalación normal
(``pip install .``, no editable) y una rueda funcionan desde cualquier carpeta.

Se copia el proyecto a una carpeta temporal (para no dejar ``build/`` en el repositorio), se
instala en un entorno virtual que ve las dependencias ya instaladas
(``--system-site-packages``) sin red (``--no-index --no-build-isolation``) y se ejecuta
``cobro`` desde otra carpeta. Tarda unos 15 s; corre también en CI (marca ``instalacion``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[1]
PIP = [sys.executable, "-m", "pip"]
SIN_RED = ["-q", "--no-index", "--disable-pip-version-check", "--no-deps"]

pytestmark = [pytest.mark.instalacion, pytest.mark.timeout(180)]


def _copiar_fuente(destino: Path) -> Path:
    try:
        archivos = subprocess.run(["git", "ls-files"], cwd=RAIZ, capture_output=True, text=True,
                                  check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):  # sin git: lo que haya en disco
        archivos = [str(p.relative_to(RAIZ)) for p in RAIZ.rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts]
    carpetas = ("generador/", "mensajes/", "sectores/", "reglas/")
    for relativo in archivos:
        if relativo.startswith(carpetas) or relativo in ("pyproject.toml", "setup.py", "README.md"):
            (destino / relativo).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(RAIZ / relativo, destino / relativo)
    return destino


def _entorno(carpeta: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(carpeta)], check=True)
    return carpeta / "bin"


def _ejecutar(binarios: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    entorno = {**os.environ, "COBRO_SIN_CACHE": "1"}
    entorno.pop("PYTHONPATH", None)  # que nada apunte al repositorio
    return subprocess.run([str(binarios / "cobro"), *args], cwd=cwd, capture_output=True,
                          text=True, env=entorno, timeout=120)


def _comprobar(binarios: Path, tmp_path: Path) -> None:
    otra = tmp_path / "otra"
    otra.mkdir(exist_ok=True)
    donde = subprocess.run([str(binarios / "python"), "-c",
                            "import generador.arbol as a; print(a.raiz_datos())"],
                           cwd=otra, capture_output=True, text=True, check=True,
                           env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert donde.stdout.strip().endswith("site-packages/generador/_datos")

    reglas = _ejecutar(binarios, "reglas", "--pais", "mx", "--formato", "json", cwd=otra)
    assert reglas.returncode == 0, reglas.stderr
    codigos = {r["codigo"] for r in json.loads(reglas.stdout)}
    assert {"TON001", "FAL001", "MEX001", "MEX002", "MEX003"} <= codigos

    # Generar para un país usa su texto (mensajes/paises/<cc>.yml, que viaja en el paquete).
    salida = otra / "salida"
    generar = _ejecutar(binarios, "generar", "--pais", "es", "-o", str(salida), "--sector",
                        "seguros", "--tipo", "ultimo_aviso", "--canal", "carta", cwd=otra)
    assert generar.returncode == 0, generar.stderr
    assert "2 plantillas y 2 ejemplos (es_ES, España)" in generar.stdout
    plantilla = salida / "plantillas/es/seguros/es-seguros-ultimo_aviso-carta-usted.txt"
    assert "\npais: es\n" in plantilla.read_text(encoding="utf-8")

    # El front matter dice pais: es: se aplican las reglas de España y no las de otro país.
    lint = _ejecutar(binarios, "lint", str(salida / "plantillas"), "-f", "json", "--tipo",
                     "ultimo_aviso", cwd=otra)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    informe = json.loads(lint.stdout)
    hallazgos = [(h["regla"], h["severidad"]) for a in informe["archivos"] for h in a["hallazgos"]]
    assert hallazgos == []
    assert {"ESP001", "TON001"} <= set(informe["reglas"]) and "MEX002" not in informe["reglas"]


def test_instalacion_normal_y_rueda_funcionan_desde_otra_carpeta(tmp_path):
    fuente = _copiar_fuente(tmp_path / "fuente")

    normal = _entorno(tmp_path / "normal")
    subprocess.run([*PIP, "--python", str(normal / "python"), "install", *SIN_RED,
                    "--no-build-isolation", str(fuente)], check=True)
    _comprobar(normal, tmp_path)

    ruedas = tmp_path / "ruedas"
    subprocess.run([*PIP, "wheel", *SIN_RED, "--no-build-isolation", "-w", str(ruedas),
                    str(fuente)], check=True)
    (rueda,) = ruedas.glob("cobro-*.whl")
    con_rueda = _entorno(tmp_path / "rueda")
    subprocess.run([*PIP, "--python", str(con_rueda / "python"), "install", *SIN_RED,
                    str(rueda)], check=True)
    _comprobar(con_rueda, tmp_path)
