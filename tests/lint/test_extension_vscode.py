"""La extensión mínima de VS Code (``editores/vscode``) lanza ``cobro lsp`` y se empaqueta."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

CARPETA = Path(__file__).resolve().parents[2] / "editores" / "vscode"


def test_el_manifiesto_declara_lo_que_necesita_vs_code():
    datos = json.loads((CARPETA / "package.json").read_text(encoding="utf-8"))
    assert datos["main"] == "./extension.js"
    assert datos["activationEvents"] == ["onLanguage:markdown", "onLanguage:plaintext", "onLanguage:html"]
    assert set(datos["dependencies"]) == {"vscode-languageclient"}
    assert datos["contributes"]["configuration"]["properties"]["cobro.ruta"]["default"] == "cobro"
    extension = (CARPETA / "extension.js").read_text(encoding="utf-8")
    assert 'args: ["lsp"]' in extension and "TransportKind.stdio" in extension


def test_vsce_la_empaqueta(tmp_path):
    vsce = CARPETA / "node_modules" / ".bin" / "vsce"
    if not vsce.exists() or shutil.which("node") is None:
        if os.environ.get("CI"):
            pytest.fail("falta editores/vscode/node_modules en CI: scripts/instalar.sh --pruebas lo instala")
        pytest.skip("sin node o sin 'npm install' en editores/vscode")
    salida = tmp_path / "cobro.vsix"
    r = subprocess.run([str(vsce), "package", "--out", str(salida)], cwd=CARPETA,
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr[-2000:]
    with zipfile.ZipFile(salida) as vsix:
        nombres = set(vsix.namelist())
    assert {"extension/extension.js", "extension/package.json",
            "extension/node_modules/vscode-languageclient/node.js"} <= nombres
