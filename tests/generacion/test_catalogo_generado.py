"""Comprobaciones estructurales del catálogo real que produce ``cobro generar``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generador import archivo_plantilla, sms
from generador.cargar import MARCADOR
from generador.modelo import REGISTROS

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogo(catalogo_real):
    return catalogo_real


def test_estan_todos_los_sectores_y_tipos_pedidos(espec):
    assert set(espec.sectores) >= {"turismo", "seguros", "energia", "tecnologia", "construccion"}
    assert set(espec.sectores["energia"].audiencias) == {"b2c", "b2b"}
    assert set(espec.tipos) >= {
        "recordatorio_previo", "aviso_vencimiento", "recordatorio_amistoso", "seguimiento",
        "reclamacion_formal", "ultimo_aviso", "propuesta_plan_pagos", "confirmacion_acuerdo",
        "agradecimiento_pago",
    }


def test_cada_combinacion_esta_generada_o_excluida_con_motivo(espec, catalogo):
    _, resultado, manifiesto = catalogo
    assert all(e["motivo"].strip() for e in manifiesto["excluidas"])
    esperadas = {
        (s.nombre, a, t.nombre, c, r)
        for s in espec.sectores.values() for a in s.audiencias
        for t in espec.tipos.values() for c in t.canales for r in REGISTROS
    }
    assert set(manifiesto["paises"]) == set(espec.paises)  # sin --pais: todos los países
    total = 0
    for pais in espec.paises:
        generadas = {(p["sector"], p["audiencia"], p["tipo"], p["canal"], p["registro"])
                     for p in manifiesto["plantillas"] if p["pais"] == pais}
        excluidas = {(e["sector"], e["audiencia"], e["tipo"], e["canal"], e["registro"])
                     for e in manifiesto["excluidas"] if e["pais"] == pais}
        assert not generadas & excluidas, pais
        assert generadas | excluidas == esperadas, pais
        assert 250 <= len(generadas) <= 700, pais
        total += len(generadas)
    assert manifiesto["total"] == total == len(resultado.plantillas)


def test_cada_archivo_tiene_front_matter_valido_y_solo_marcadores(catalogo):
    salida, _, manifiesto = catalogo
    for entrada in manifiesto["plantillas"]:
        archivo = archivo_plantilla.separar((salida / entrada["ruta"]).read_text(encoding="utf-8"))
        meta = archivo.metadatos
        for clave in ("id", "sector", "tipo", "etapa", "canal", "registro", "audiencia", "variables"):
            assert meta[clave] == entrada[clave], (entrada["id"], clave)
        assert ("asunto" in meta) == (meta["canal"] == "email"), entrada["id"]
        texto = archivo.cuerpo + meta.get("asunto", "")
        assert "[[" not in texto and "]]" not in texto, entrada["id"]
        assert "{%" not in texto and "{#" not in texto, entrada["id"]
        sin_marcadores = MARCADOR.sub("", texto)
        assert "{{" not in sin_marcadores and "}}" not in sin_marcadores, entrada["id"]
        assert meta["variables"] == list(dict.fromkeys(
            m.group(1) for m in MARCADOR.finditer(f"{meta.get('asunto', '')}\n{archivo.cuerpo}")
        ))


def test_cada_variable_declarada_se_usa_en_alguna_plantilla(espec, catalogo):
    _, _, manifiesto = catalogo
    usadas = {v for p in manifiesto["plantillas"] for v in p["variables"]}
    declaradas = set(espec.variables) | {
        v for s in espec.sectores.values() for p in s.perfiles.values() for v in p.variables
    }
    assert declaradas == usadas


def test_los_ejemplos_estan_rellenos(catalogo):
    salida, _, manifiesto = catalogo
    for entrada in manifiesto["plantillas"]:
        texto = (salida / entrada["ejemplo"]).read_text(encoding="utf-8")
        assert "{{" not in texto and "[[" not in texto, entrada["id"]


def test_cada_sms_cabe_en_dos_segmentos_y_dice_su_codificacion(catalogo):
    salida, _, manifiesto = catalogo
    for entrada in manifiesto["plantillas"]:
        if entrada["canal"] != "sms":
            continue
        info = entrada["sms"]
        assert info["codificacion"] in ("GSM-7", "UCS-2")
        cuerpo = archivo_plantilla.separar(
            (salida / entrada["ejemplo"]).read_text(encoding="utf-8")).cuerpo.rstrip("\n")
        analisis = sms.analizar(cuerpo)
        assert info["segmentos"] == analisis.segmentos
        mejor = analisis.segmentos_gsm7 or analisis.segmentos
        assert mejor <= 2, (entrada["id"], analisis)
        if analisis.codificacion == "UCS-2":
            assert entrada.get("variante_gsm7"), entrada["id"]


def test_cada_carta_identifica_remitente_destinatario_lugar_fecha_y_plazo(catalogo):
    _, _, manifiesto = catalogo
    for entrada in manifiesto["plantillas"]:
        if entrada["canal"] != "carta":
            continue
        for variable in ("empresa", "id_fiscal", "direccion_empresa", "nombre_cliente",
                         "direccion_cliente", "lugar", "fecha_carta", "referencia", "importe"):
            assert variable in entrada["variables"], (entrada["id"], variable)
        assert re.search(r"fecha_limite|fecha_vencimiento|fecha_primera_cuota|fecha_pago",
                         " ".join(entrada["variables"])), entrada["id"]


def test_tu_y_usted_son_el_mismo_mensaje_en_dos_registros(catalogo):
    _, _, manifiesto = catalogo
    por_clave: dict[tuple, set[str]] = {}
    for p in manifiesto["plantillas"]:
        por_clave.setdefault((p["sector"], p["audiencia"], p["tipo"], p["canal"]), set()).add(
            p["registro"])
    assert all(registros == {"tu", "usted"} for registros in por_clave.values())


def test_un_sector_nuevo_aparece_sin_tocar_codigo(tmp_path, cobro):
    specs = tmp_path / "specs"
    shutil.copytree(RAIZ / "mensajes", specs / "mensajes")
    shutil.copytree(RAIZ / "sectores", specs / "sectores")
    texto = (RAIZ / "sectores/turismo.yml").read_text(encoding="utf-8")
    (specs / "sectores/salud.yml").write_text(
        texto.replace("nombre: turismo", "nombre: salud").replace("titulo: Turismo", "titulo: Salud"),
        encoding="utf-8",
    )
    resultado = cobro("generar", "--specs", specs, "--salida", tmp_path / "s", "--sector", "salud")
    assert resultado.exit_code == 0, resultado.output
    manifiesto = json.loads((tmp_path / "s/catalogo.json").read_text(encoding="utf-8"))
    assert manifiesto["total"] > 0
    assert {p["sector"] for p in manifiesto["plantillas"]} == {"salud"}


def test_cada_plantilla_generada_pasa_el_linter_sin_errores_ni_avisos(catalogo, cobro):
    """La puerta de calidad del contenido: cero errores y cero avisos en todo el catálogo
    (incluida la ortografía con hunspell-es cuando está instalado)."""
    salida, _, manifiesto = catalogo
    resultado = cobro("lint", salida / "plantillas", "--formato", "json", "--falla-en", "aviso")
    informe = json.loads(resultado.output)
    hallazgos = [
        f"{archivo['ruta']}:{h['linea']}: {h['regla']} {h['mensaje']}"
        for archivo in informe["archivos"] for h in archivo["hallazgos"]
        if h["severidad"] in ("error", "aviso")
    ]
    assert hallazgos == []
    assert len(informe["archivos"]) == manifiesto["total"]
    assert resultado.exit_code == 0


def test_los_ejemplos_rellenos_pasan_el_linter_tal_cual_se_generan(catalogo, cobro):
    """Los ejemplos llevan su front matter (tipo, canal, modo: mensaje) y un cobro.toml con
    los nombres propios de los datos de ejemplo: ``cobro lint`` sobre la carpeta generada
    no da ni errores ni avisos (un agradecimiento no pide formas de pago)."""
    salida, _, manifiesto = catalogo
    resultado = cobro("lint", salida / "ejemplos", "--formato", "json", "--falla-en", "aviso")
    informe = json.loads(resultado.output)
    hallazgos = [
        f"{archivo['ruta']}:{h['linea']}: {h['regla']} {h['mensaje']}"
        for archivo in informe["archivos"] for h in archivo["hallazgos"]
        if h["severidad"] in ("error", "aviso")
    ]
    assert hallazgos == []
    assert len(informe["archivos"]) == manifiesto["total"]


def test_un_tipo_nuevo_en_yaml_se_genera_y_se_revisa_sin_tocar_codigo(tmp_path, cobro, monkeypatch):
    import yaml

    specs = tmp_path / "specs"
    shutil.copytree(RAIZ / "mensajes", specs / "mensajes")
    shutil.copytree(RAIZ / "sectores", specs / "sectores")
    base = (specs / "mensajes/tipos/aviso_vencimiento.yml").read_text(encoding="utf-8")
    (specs / "mensajes/tipos/aviso_corte.yml").write_text(
        base.replace("nombre: aviso_vencimiento", "nombre: aviso_corte"), encoding="utf-8")
    for ruta in (specs / "sectores").glob("*.yml"):
        datos = yaml.safe_load(ruta.read_text(encoding="utf-8"))
        for perfil in datos["audiencias"].values():
            if "aviso_vencimiento" in perfil.get("textos", {}):
                perfil["textos"]["aviso_corte"] = perfil["textos"]["aviso_vencimiento"]
        ruta.write_text(yaml.safe_dump(datos, allow_unicode=True), encoding="utf-8")

    salida = tmp_path / "salida"
    resultado = cobro("generar", "--specs", specs, "--salida", salida, "--tipo", "aviso_corte")
    assert resultado.exit_code == 0, resultado.output
    monkeypatch.chdir(specs)  # el árbol del proyecto del usuario: su modelo manda
    resultado = cobro("lint", salida / "plantillas", "--falla-en", "aviso")
    assert resultado.exit_code == 0, resultado.output
    assert resultado.output.startswith("Sin hallazgos en ")
