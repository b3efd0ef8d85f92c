"""Los ejemplos de cada regla son pruebas: ``incorrecto`` falla con la regla y ``correcto`` pasa.

Además, toda regla tiene su identidad completa y cada categoría fija tiene reglas.
"""

from __future__ import annotations

import os

import pytest

from generador.lint.cargar_reglas import cargar
from generador.lint.esquema_reglas import PATRON_CODIGO
from generador.lint.etapas import CATEGORIAS

REGLAS = cargar().reglas


def _hallazgos(regla, ejemplo, hallazgos_de):
    contexto = dict(asunto=ejemplo.asunto, **ejemplo.contexto())
    if regla.tipo == "gramatica":
        # La gramática va de verdad por HTTP a un servidor local con la API /v2/check.
        from lint_extra.servidor_languagetool import servidor_languagetool

        from generador.lint.motor import Opciones, revisar_texto

        with servidor_languagetool() as lt:
            opciones = Opciones(gramatica=True, languagetool_url=lt.url)
            todos = revisar_texto(ejemplo.texto, reglas=REGLAS, opciones=opciones, **contexto)
            assert lt.peticiones, "el texto no llegó al servidor LanguageTool"
    else:
        todos = hallazgos_de(ejemplo.texto, **contexto)
    return [h for h in todos if h.regla == regla.codigo]


def _necesita_externo(regla) -> None:
    if regla.tipo == "ortografia":
        from generador.lint.ortografia import revisar_ortografia

        if not revisar_ortografia("hola").disponible:
            if os.environ.get("CI"):
                pytest.fail("falta hunspell-es en CI: scripts/instalar.sh debe instalarlo")
            pytest.skip("falta hunspell-es (apt-get install hunspell-es libenchant-2-2)")


@pytest.mark.parametrize("regla", REGLAS, ids=[r.codigo for r in REGLAS])
def test_el_ejemplo_incorrecto_falla(regla, hallazgos_de):
    _necesita_externo(regla)
    for ejemplo in regla.incorrecto:
        propios = _hallazgos(regla, ejemplo, hallazgos_de)
        assert propios, (
            f"{regla.codigo}: su ejemplo incorrecto no da ningún hallazgo: {ejemplo.texto!r}"
        )
        if ejemplo.senala is not None:  # qué palabras señala, no solo que señala algo
            assert ejemplo.senala in [h.texto for h in propios], (
                f"{regla.codigo}: en {ejemplo.texto!r} debería señalar {ejemplo.senala!r}; "
                f"señala {[h.texto for h in propios]}")


@pytest.mark.parametrize("regla", REGLAS, ids=[r.codigo for r in REGLAS])
def test_el_ejemplo_correcto_pasa(regla, hallazgos_de):
    _necesita_externo(regla)
    for ejemplo in regla.correcto:
        propios = _hallazgos(regla, ejemplo, hallazgos_de)
        assert not propios, f"{regla.codigo}: su ejemplo correcto da {[h.mensaje for h in propios]}"


def test_codigos_y_nombres_son_unicos_y_bien_formados():
    import re

    codigos = [r.codigo for r in REGLAS]
    nombres = [r.nombre for r in REGLAS]
    assert len(set(codigos)) == len(codigos)
    assert len(set(nombres)) == len(nombres)
    assert all(re.match(PATRON_CODIGO, c) for c in codigos)


def test_cada_categoria_fija_tiene_al_menos_una_regla():
    usadas = {r.categoria for r in REGLAS}
    assert set(CATEGORIAS) <= usadas, set(CATEGORIAS) - usadas


def test_cada_regla_de_tono_propone_una_alternativa():
    sin = [r.codigo for r in REGLAS if r.categoria.startswith("tono.") and not r.sugerencias]
    assert sin == []


def test_toda_regla_tiene_referencia():
    assert [r.codigo for r in REGLAS if not r.referencia] == []
