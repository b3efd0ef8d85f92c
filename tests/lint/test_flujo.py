"""``cobro lint`` en flujo: cada archivo se escribe según se revisa y nada se acumula.

``--formato jsonl`` da un hallazgo por línea en cuanto se encuentra; JSON y SARIF salen
iguales que si se hubiera guardado todo, y con uno o varios procesos el resultado es el mismo.
"""

from __future__ import annotations

import json

import pytest

AMENAZA = "Si no paga hoy, irá a la cárcel. Importe: 120 €. Vence el 5 de marzo.\n"
LIMPIO = "Hola, Ana: te recordamos la factura F-1 de 120 € que vence el 5 de marzo.\n"


@pytest.fixture
def carpeta(tmp_path):
    for i in range(6):
        (tmp_path / f"m{i}.txt").write_text(AMENAZA if i % 2 else LIMPIO, encoding="utf-8")
    return tmp_path


def test_jsonl_da_un_hallazgo_por_linea_con_su_ruta(lint, carpeta):
    r = lint("--formato", "jsonl", str(carpeta))
    assert r.exit_code == 1
    lineas = [json.loads(x) for x in r.stdout.splitlines()]
    carcel = [x for x in lineas if x["regla"] == "TON001"]
    assert [x["ruta"].rsplit("/", 1)[1] for x in carcel] == ["m1.txt", "m3.txt", "m5.txt"]
    assert {"ruta", "regla", "nombre", "categoria", "severidad", "mensaje", "linea", "columna",
            "fin_linea", "fin_columna", "texto", "sugerencias"} <= set(carcel[0])
    assert carcel[0]["texto"].lower() == "cárcel"


@pytest.mark.parametrize("formato", ["json", "sarif", "texto", "github"])
def test_en_flujo_sale_lo_mismo_que_con_el_informe_entero(lint, carpeta, formato):
    from generador.lint import formatos
    from generador.lint.motor import Opciones, revisar_rutas

    r = lint("--formato", formato, str(carpeta))
    informe = revisar_rutas([str(carpeta)], Opciones())
    assert r.stdout == formatos.escribir(formato, informe)


@pytest.mark.parametrize("procesos", ["1", "3"])
def test_uno_o_varios_procesos_dan_el_mismo_jsonl(cobro, carpeta, monkeypatch, procesos):
    monkeypatch.setenv("COBRO_PROCESOS", procesos)
    r = cobro("lint", "--formato", "jsonl", str(carpeta))
    lineas = [json.loads(x) for x in r.stdout.splitlines()]
    assert sorted({x["ruta"].rsplit("/", 1)[1] for x in lineas if x["regla"] == "TON001"}) == [
        "m1.txt", "m3.txt", "m5.txt"]
    assert [x["ruta"] for x in lineas] == sorted(x["ruta"] for x in lineas)


def test_el_informe_en_flujo_no_guarda_los_hallazgos(carpeta):
    from generador.lint.motor import Opciones, Revision

    revision = Revision([str(carpeta)], Opciones())
    vistos = sum(len(r.hallazgos) for r in revision)
    assert vistos == revision.informe.total_hallazgos > 0
    assert revision.informe.hallazgos == [] and revision.informe.archivos == []
    assert revision.informe.n_archivos == 6
    assert revision.informe.codigo_salida() == 1
