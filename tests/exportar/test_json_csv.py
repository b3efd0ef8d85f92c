"""JSON (validado con su propio esquema) y CSV (ida y vuelta con el módulo csv)."""

from __future__ import annotations

import csv
import io

from .ayudas import casos, exportado, leer_json


def test_json_valida_contra_su_esquema(cualquier_espec, tmp_path):
    import jsonschema

    resultado = exportado(cualquier_espec, "json", tmp_path / "salida")
    carpeta = resultado.formatos["json"].carpeta
    documento = leer_json(carpeta / "plantillas.json")
    esquema = leer_json(carpeta / documento["esquema"])
    jsonschema.Draft202012Validator.check_schema(esquema)
    jsonschema.Draft202012Validator(esquema).validate(documento)
    assert documento["version"] == 1
    por_id = {e["id"]: e for e in documento["plantillas"]}
    for p, _datos, ejemplo in casos(cualquier_espec):
        entrada = por_id[p.id]
        assert entrada["cuerpo"] == p.cuerpo and entrada["asunto"] == p.asunto
        assert entrada["ejemplo"] == {"asunto": ejemplo.asunto, "cuerpo": ejemplo.cuerpo}
    assert resultado.archivos[p.id] == [carpeta / "plantillas.json"]


def test_json_el_esquema_rechaza_un_documento_roto(espec, tmp_path):
    import jsonschema
    import pytest

    resultado = exportado(espec, "json", tmp_path / "salida")
    carpeta = resultado.formatos["json"].carpeta
    documento = leer_json(carpeta / "plantillas.json")
    esquema = leer_json(carpeta / "plantillas.schema.json")
    documento["plantillas"][0]["canal"] = "fax"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(documento, esquema)


def test_csv_ida_y_vuelta(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "csv", tmp_path / "salida")
    ruta = resultado.formatos["csv"].carpeta / "plantillas.csv"
    assert ruta.read_bytes().startswith(b"\xef\xbb\xbf")
    filas = list(csv.DictReader(io.StringIO(ruta.read_text(encoding="utf-8-sig"), newline="")))
    por_id = {f["id"]: f for f in filas}
    todas = list(casos(cualquier_espec))
    assert len(filas) == len(todas)
    for p, _datos, ejemplo in todas:
        fila = por_id[p.id]
        assert fila["cuerpo"] == p.cuerpo
        assert fila["asunto"] == (p.asunto or "")
        assert fila["variables"].split() == p.variables
        assert fila["ejemplo_cuerpo"] == ejemplo.cuerpo
        assert (fila["canal"], fila["registro"], fila["tipo"]) == (p.canal, p.registro, p.tipo)
