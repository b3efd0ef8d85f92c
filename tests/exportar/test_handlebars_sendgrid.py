"""SendGrid (Handlebars): el export, renderizado con Handlebars real, da el ejemplo relleno."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from .ayudas import (
    ETIQUETAS_PERMITIDAS,
    archivo_de,
    casos,
    etiquetas_html,
    exportado,
    leer_json,
    texto_visible,
    visible_esperado,
)

RENDERIZADOR = """
const H = require('handlebars');
const entrada = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const salida = entrada.map(c => H.compile(c.plantilla, {strict: true})(c.datos));
process.stdout.write(JSON.stringify(salida));
"""


@pytest.fixture(scope="session")
def handlebars_js(tmp_path_factory):
    """Handlebars de npm, instalado en una carpeta temporal de la sesión."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        if os.environ.get("CI"):
            pytest.fail("faltan node/npm en CI para probar con handlebars.js")
        pytest.skip("faltan node/npm para probar con handlebars.js; se prueba con pybars3")
    carpeta = tmp_path_factory.mktemp("handlebars")
    proceso = subprocess.run(
        [npm, "install", "--prefix", str(carpeta), "--no-audit", "--no-fund", "--silent",
         "handlebars@4"], capture_output=True, text=True, timeout=180, check=False,
    )
    if proceso.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"npm install handlebars falló: {proceso.stderr[-500:]}")
        pytest.skip("no se pudo instalar handlebars desde npm (¿sin red?)")
    script = carpeta / "renderizar.js"
    script.write_text(RENDERIZADOR, encoding="utf-8")

    def renderizar(casos_: list[tuple[str, dict]]) -> list[str]:
        entrada = json.dumps([{"plantilla": t, "datos": d} for t, d in casos_])
        salida = subprocess.run([node, str(script)], input=entrada, capture_output=True,
                                text=True, timeout=60, check=True, cwd=carpeta)
        return json.loads(salida.stdout)

    return renderizar


def _versiones(espec, tmp_path):
    resultado = exportado(espec, "sendgrid", tmp_path / "salida")
    for p, datos, ejemplo in casos(espec, "email"):
        version = leer_json(archivo_de(resultado, p.id, ".json"))
        yield p, datos, ejemplo, version


def test_handlebars_js_reproduce_el_ejemplo(cualquier_espec, tmp_path, handlebars_js):
    for p, _datos, ejemplo, version in _versiones(cualquier_espec, tmp_path):
        muestra = json.loads(version["test_data"])
        asunto, texto, html = handlebars_js([
            (version["subject"], muestra), (version["plain_content"], muestra),
            (version["html_content"], muestra),
        ])
        assert asunto == ejemplo.asunto
        assert texto == ejemplo.cuerpo
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo), p.id
        assert set(etiquetas_html(html)) <= ETIQUETAS_PERMITIDAS


def test_pybars3_reproduce_el_ejemplo_sin_texto_hostil(espec, tmp_path):
    import pybars

    compilador = pybars.Compiler()
    for p, datos, ejemplo, version in _versiones(espec, tmp_path):
        muestra = json.loads(version["test_data"])
        assert muestra == {n: datos[n] for n in p.variables}
        assert compilador.compile(version["subject"])(muestra) == ejemplo.asunto
        assert compilador.compile(version["plain_content"])(muestra) == ejemplo.cuerpo
        html = compilador.compile(version["html_content"])(muestra)
        assert texto_visible(str(html)) == visible_esperado(ejemplo.cuerpo)


def test_forma_de_la_llamada(espec, tmp_path):
    for p, _datos, _ejemplo, version in _versiones(espec, tmp_path):
        assert {"name", "subject", "html_content", "plain_content", "test_data"} <= set(version)
        assert version["generate_plain_content"] is False
        assert version["name"] == p.id
        assert '<html lang="es"' in version["html_content"]
        assert 'role="presentation"' in version["html_content"]


def test_texto_hostil_queda_escapado(espec_hostil, tmp_path):
    for _p, _datos, _ejemplo, version in _versiones(espec_hostil, tmp_path):
        html = version["html_content"]
        assert "<script" not in html and "<b>" not in html and "&lt;b&gt;" in html
        # ninguna llave literal llega cruda al HTML: solo las de nuestras variables
        import re

        sin_variables = re.sub(r"\{\{[a-z_]+\}\}", "", html)
        assert "{" not in sin_variables and "}" not in sin_variables
        assert "\\{{" in version["plain_content"] or "{{{" in version["plain_content"]
