"""Fernández-Huerta: nuestro cálculo por palabras da lo mismo que textstat."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint.metricas import fernandez_huerta
from generador.lint.silabas import textstat as _textstat

TEXTOS = [
    "Hola Ana. Te escribimos por tu factura de marzo. Son 120 euros. Vence el día 5.",
    "Por medio de la presente comunicación, y en virtud de las obligaciones contractuales "
    "derivadas del instrumento jurídico suscrito entre las partes, se procede a requerir "
    "formalmente la satisfacción íntegra de las cantidades adeudadas.",
    "¿Ya lo pagaste? ¡Gracias! Si no, paga en https://pago.ejemplo.es/f/1 — o llámanos.",
    "",
    "l'aire d'été, it's fine; F-2026-0042 (IBAN ES91 2100 0418).",
]


@pytest.mark.parametrize("texto", TEXTOS)
def test_igual_que_textstat(texto):
    assert fernandez_huerta(texto) == pytest.approx(_textstat().fernandez_huerta(texto))


def test_textstat_en_espanol_sin_nltk():
    """Cargar textstat para el español no importa nltk ni scipy (más de medio segundo). Se
    mira en un proceso nuevo: en el de las pruebas, otra prueba (scikit-learn, el modelo de
    tono) puede haber importado scipy antes, y el resultado dependería del orden."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    raiz = Path(__file__).resolve().parents[2]
    codigo = ("import sys\n"
              "from generador.lint.silabas import textstat\n"
              "ts = textstat()\n"
              "print(ts.__name__, ts.fernandez_huerta('Hola Ana. Vence el día 5.') > 0,\n"
              "      'scipy' in sys.modules, type(sys.modules.get('nltk')).__name__)\n")
    proceso = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True,
                             cwd=raiz, env={**os.environ, "PYTHONPATH": str(raiz)},
                             timeout=120, check=True)
    # nltk no está, o es el módulo perezoso que solo se carga si alguien lo usa de verdad
    assert proceso.stdout.split() in (["textstat", "True", "False", "NoneType"],
                                      ["textstat", "True", "False", "_ModuloPerezoso"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Hola.", "¿Qué tal?", "it's", "l'été", "'", " ", "\n", "¡Ya!", "3,5 €", "F-2026"]),
), max_size=25).map(" ".join))
def test_igual_que_textstat_para_cualquier_texto(texto):
    assert fernandez_huerta(texto) == pytest.approx(_textstat().fernandez_huerta(texto))


def test_la_cache_de_pyphen_tiene_tope(monkeypatch):
    from generador.lint import silabas

    silabas.textstat()
    assert silabas._PYPHEN_ES, "el diccionario de pyphen en español queda a mano"
    hd = silabas._PYPHEN_ES[0]
    monkeypatch.setattr(silabas, "_MAX_PYPHEN", 5)
    silabas.olvidar()
    palabras = [f"palabra{letra}uno" for letra in "abcdefghij"]
    cuentas = [silabas.contar(p) for p in palabras]
    assert len(hd.cache) <= 6
    silabas.olvidar()
    assert [silabas.contar(p) for p in palabras] == cuentas  # mismas sílabas tras vaciarla


@pytest.mark.parametrize("texto", TEXTOS)
def test_silabas_de_cada_palabra_igual_que_textstat(texto):
    from generador.lint import silabas

    silabas.olvidar()
    for palabra in silabas.palabras_textstat(texto.lower()):
        assert silabas.contar(palabra) == _textstat().syllable_count(palabra), palabra


def test_la_cota_nunca_supera_al_indice_exacto():
    """La cota de legibilidad() (palabras nuevas con el máximo de sílabas) nunca da un índice
    mayor que el exacto: si la cota no baja del umbral, el índice tampoco."""
    from generador.lint import metricas, silabas

    texto = ("Hola Ana, te escribimos por la factura F-2026-0042 de 120,50 €, que vence el 5 de "
             "marzo. Puedes pagarla en https://pagos.ejemplo.es/f/F-2026-0042 o con Bizum.")
    silabas.olvidar()
    sin_conocer = metricas._indice_con_cota(texto)
    exacto = fernandez_huerta(texto)
    assert sin_conocer is not None and sin_conocer < exacto
    assert metricas._indice_con_cota(texto) == pytest.approx(exacto)  # ya contadas: exacta
