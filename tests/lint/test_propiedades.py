"""Propiedades: ningún texto tumba el linter, toda posición cae dentro del texto, y una
regla propia con una expresión regular catastrófica no cuelga la ejecución."""

from __future__ import annotations

import json
import re
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generador import dominio
from generador.lint.cargar_reglas import cargar
from generador.lint.etapas import CANALES
from generador.lint.motor import Opciones, revisar_texto

ETAPAS = tuple(dominio.modelo_de_cobro().etapas)

REGLAS = [r for r in cargar().reglas if r.tipo not in ("ortografia", "gramatica")]

# Texto con mucho de lo que importa: marcadores, tildes, mayúsculas, signos, saltos de línea.
TROZOS = st.sampled_from([
    "{{ importe }}", "{{{x}}}", "[Importe]", "*|NOMBRE|*", "%(amount)s", "${a.b}", "$saldo",
    "{{1}}", "n°XXXX", "{%", "}}", "<!-- cobro: desactiva TON001 motivo=\"x\" -->", "<!--",
    "CÁRCEL", "cárcel", "embargaremos su casa", "¡¡", "!!!", "\n", "\r\n", "\u0301", "İ",
    "ǅ", "ß", "ﬁ", "\U0001F600", "\u200b", " ", "tú", "usted", "1.234,50 €", "5 de marzo",
])
TEXTOS = st.lists(st.one_of(st.text(max_size=20), TROZOS), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texto=TEXTOS, canal=st.sampled_from([None, *CANALES]),
       etapa=st.sampled_from([None, *ETAPAS]), mensaje=st.booleans(),
       asunto=st.one_of(st.none(), st.text(max_size=15)))
@example(texto="\r", canal=None, etapa=None, mensaje=True, asunto=None)  # un \r suelto es una línea
@example(texto="a\rb\r\nc", canal="sms", etapa=None, mensaje=True, asunto="x")
def test_cualquier_texto_se_revisa_y_las_posiciones_caen_dentro(texto, canal, etapa, mensaje, asunto):
    hallazgos = revisar_texto(texto, reglas=REGLAS, asunto=asunto, canal=canal, etapa=etapa,
                              modo="mensaje" if mensaje else "plantilla")
    # Como en un editor (LSP): \n, \r\n y un \r suelto acaban una línea.
    lineas = re.split(r"\r\n|\r|\n", texto)
    revisado = (f"{asunto}\n\n" if asunto is not None else "") + texto
    for h in hallazgos:
        assert 0 <= h.inicio <= h.fin <= len(revisado)
        assert 1 <= h.linea <= h.fin_linea <= len(lineas)
        assert 1 <= h.columna <= len(lineas[h.linea - 1]) + 1
        assert 1 <= h.fin_columna <= len(lineas[h.fin_linea - 1]) + 1
        assert h.severidad in ("error", "aviso", "sugerencia")


@settings(max_examples=60, deadline=None)
@given(texto=TEXTOS)
def test_el_texto_de_un_hallazgo_de_frase_es_el_del_original(texto):
    for h in revisar_texto(texto, reglas=[r for r in REGLAS if r.tipo == "frases"]):
        assert h.texto == texto[h.inicio:h.fin]


CATASTROFICA = textwrap.dedent("""\
    reglas:
      - codigo: LEN001
        nombre: tono.propia.lenta
        categoria: tono.agresivo
        severidad: aviso
        tipo: patron
        mensaje: "lenta"
        descripcion: Una regla con una expresión catastrófica.
        por_que: Para probar el tiempo máximo.
        incorrecto: "aaaa"
        correcto: "b"
        sugerencias: ["x"]
        patrones: ['(a|a)+$']
    """)


@pytest.mark.timeout(30)
def test_una_expresion_catastrofica_se_corta_con_error_2(tmp_path, lint):
    (tmp_path / "lenta.yml").write_text(CATASTROFICA, encoding="utf-8")
    (tmp_path / "m.txt").write_text("a" * 40 + "!", encoding="utf-8")
    inicio = time.monotonic()
    resultado = lint("--reglas-propias", str(tmp_path / "lenta.yml"), "--selecciona", "LEN001",
                     str(tmp_path / "m.txt"))
    assert time.monotonic() - inicio < 10
    assert resultado.exit_code == 2
    assert "la regla LEN001 tardó más de 0,5 s" in resultado.stderr
    assert "simplifica su expresión regular" in resultado.stderr
    # y quien no escribió la regla sabe qué hacer con su documento
    assert "sáltate esa regla con --ignora LEN001" in resultado.stderr


@pytest.mark.timeout(30)
def test_un_archivo_que_corta_una_regla_no_impide_revisar_los_demas(tmp_path, lint):
    (tmp_path / "lenta.yml").write_text(CATASTROFICA, encoding="utf-8")
    (tmp_path / "a_enorme.txt").write_text("a" * 40 + "!", encoding="utf-8")
    (tmp_path / "b_normal.txt").write_text("aaaa", encoding="utf-8")
    resultado = lint("--reglas-propias", str(tmp_path / "lenta.yml"), "--selecciona", "LEN001",
                     "--formato", "json", str(tmp_path / "a_enorme.txt"), str(tmp_path / "b_normal.txt"))
    assert resultado.exit_code == 2
    informe = json.loads(resultado.stdout)
    [error] = informe["errores"]
    assert Path(error["ruta"]).name == "a_enorme.txt"
    assert "la regla LEN001 tardó más de 0,5 s" in error["mensaje"]
    [revisado] = informe["archivos"]
    assert Path(revisado["ruta"]).name == "b_normal.txt"
    assert [(h["regla"], h["texto"]) for h in revisado["hallazgos"]] == [("LEN001", "aaaa")]


def test_opciones_por_defecto_no_necesitan_nada():
    assert revisar_texto("", reglas=REGLAS, opciones=Opciones()) is not None
