"""La guía de ``cobro combinar`` (sitio/guia/combinar.md) basta para combinar: quien copia su
``--datos`` de ejemplo y pone las columnas de su tabla de sectores no ve ninguna fila con
«faltan valores». Antes el ejemplo no traía ``horario_contacto`` (ni lo de las cartas) y, siguiendo
la guía, casi todas las filas de una exportación real acababan en ``no_combinadas.jsonl``."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from .sinteticas import DEL_SECTOR, PERFILES

GUIA = Path(__file__).resolve().parents[2] / "sitio" / "guia" / "combinar.md"


def _guia() -> tuple[str, dict[str, set[str]]]:
    texto = GUIA.read_text(encoding="utf-8")
    yaml = re.search(r"```yaml\n(.*?)```", texto, re.S).group(1)
    bloque = re.search(r"^\| sector \| columnas propias \|\n(.*?)\n\n", texto, re.S | re.M).group(1)
    tabla = {m.group(1): set(re.findall(r"`([a-z_0-9]+)`", m.group(2)))
             for m in re.finditer(r"^\| `([a-z]+)` \| (.*) \|$", bloque, re.M)}
    return yaml, tabla


def test_la_tabla_de_la_guia_nombra_las_columnas_de_cada_sector():
    _, tabla = _guia()
    assert set(tabla) == set(DEL_SECTOR)
    for sector, columnas in DEL_SECTOR.items():
        assert set(columnas) <= tabla[sector], sector


def test_el_ejemplo_de_la_guia_combina_todos_los_sectores_sin_faltar_valores(cobro, tmp_path):
    yaml, tabla = _guia()
    datos = tmp_path / "empresa.yml"
    datos.write_text(yaml, encoding="utf-8")
    propias = sorted(set().union(*tabla.values()))
    cabecera = ["referencia", "nombre_cliente", "importe", "fecha_vencimiento", "sector",
                "audiencia", "canal", "tipo", "direccion_cliente", *propias]
    valores = {"id_fiscal_cliente": "B46123456", "numero_pedido": "PO-88412",
               "fecha_suspension": "2027-01-20", "fecha_suspension_b2b": "2027-01-20",
               **{c: v for sector in DEL_SECTOR.values() for c, v in sector.items()}}
    filas = []
    for sector, audiencia in PERFILES:
        casos = [("2026-11-20", "email", ""), ("2026-10-25", "carta", "")]  # 10 y 36 días
        if sector == "energia":
            casos.append(("2026-11-20", "email", "aviso_suspension_servicio"))
        for vence, canal, tipo in casos:
            filas.append([f"F-{len(filas) + 1}", "Marta Giménez", "1234.50", vence, sector,
                          audiencia, canal, tipo, "Calle Mayor 5, 28013 Madrid",
                          *(valores[c] if c in tabla[sector] else "" for c in propias)])
    facturas = tmp_path / "facturas.csv"
    with open(facturas, "w", encoding="utf-8", newline="") as archivo:
        csv.writer(archivo).writerows([cabecera, *filas])
    r = cobro("combinar", facturas, "--salida", tmp_path / "salida", "--hoy", "2026-11-30",
              "--datos", datos)
    problemas = [json.loads(linea) for linea in
                 (tmp_path / "salida" / "no_combinadas.jsonl").read_text("utf-8").splitlines()]
    assert problemas == [], [(p["fila"], p["motivo"]) for p in problemas]
    assert r.exit_code == 0, r.output
    resumen = json.loads((tmp_path / "salida" / "resumen.json").read_text("utf-8"))
    assert resumen["combinadas"] == len(filas) == 14
