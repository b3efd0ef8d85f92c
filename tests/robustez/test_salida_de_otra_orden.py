"""Una carpeta de salida de cobro no la reemplaza otra orden sin permiso.

La marca ``.cobro-salida`` dice qué orden la escribió. Volver a ejecutar la misma orden la
regenera (como siempre); otra orden (o ``exportar`` con otro ``--formato``) la borraría
entera, así que se niega sin ``--forzar`` y dice qué salida hay y qué hacer."""

from __future__ import annotations

import json

FILTRO = ("--pais", "mx", "--sector", "seguros", "--tipo", "ultimo_aviso")


def _orden(carpeta) -> str | None:
    return json.loads((carpeta / ".cobro-salida").read_text(encoding="utf-8")).get("orden")


def test_exportar_con_otro_formato_no_borra_la_exportacion_anterior(cobro, tmp_path):
    salida = tmp_path / "exportado"
    assert cobro("exportar", "--formato", "json", "--salida", salida, *FILTRO).exit_code == 0
    assert _orden(salida) == "cobro exportar --formato json"
    r = cobro("exportar", "--formato", "csv", "--salida", salida, *FILTRO)
    assert r.exit_code == 2
    assert r.stderr == (
        f"Error: --salida: la carpeta '{salida}' tiene la salida de 'cobro exportar --formato "
        "json', y 'cobro exportar --formato csv' la reemplazaría (se perderían sus archivos); "
        "elige otra carpeta o usa --forzar para reemplazarla\n")
    assert (salida / "json" / "plantillas.json").is_file() and not (salida / "csv").exists()
    # Con permiso, se reemplaza, y la marca dice la orden nueva.
    r = cobro("exportar", "--formato", "csv", "--salida", salida, "--forzar", *FILTRO)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in salida.iterdir()) == [".cobro-salida", "csv"]
    assert _orden(salida) == "cobro exportar --formato csv"


def test_la_misma_orden_regenera_sin_forzar(cobro, tmp_path):
    salida = tmp_path / "exportado"
    assert cobro("exportar", "--formato", "csv", "--salida", salida, *FILTRO).exit_code == 0
    r = cobro("exportar", "--formato", "csv", "--salida", salida, "--pais", "co",
              "--sector", "seguros", "--tipo", "ultimo_aviso")
    assert r.exit_code == 0, r.output
    assert "co-seguros-ultimo_aviso" in (salida / "csv" / "plantillas.csv").read_text("utf-8-sig")


def test_generar_no_pisa_una_exportacion(cobro, tmp_path):
    salida = tmp_path / "exportado"
    assert cobro("exportar", "--formato", "csv", "--salida", salida, *FILTRO).exit_code == 0
    r = cobro("generar", "--salida", salida, *FILTRO)
    assert r.exit_code == 2
    assert "tiene la salida de 'cobro exportar --formato csv', y 'cobro generar'" in r.stderr
    assert (salida / "csv" / "plantillas.csv").is_file()


def test_una_marca_sin_orden_de_una_version_anterior_se_sigue_regenerando(cobro, tmp_path):
    salida = tmp_path / "exportado"
    assert cobro("exportar", "--formato", "csv", "--salida", salida, *FILTRO).exit_code == 0
    marca = json.loads((salida / ".cobro-salida").read_text(encoding="utf-8"))
    del marca["orden"]
    (salida / ".cobro-salida").write_text(json.dumps(marca), encoding="utf-8")
    assert cobro("exportar", "--formato", "json", "--salida", salida, *FILTRO).exit_code == 0
    assert _orden(salida) == "cobro exportar --formato json"
