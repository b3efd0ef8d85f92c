"""Supresión en línea con motivo obligatorio; las que sobran se señalan."""

from __future__ import annotations

AMENAZA = "La ley castiga con prisión la cobranza ilegítima."


def _reglas(hallazgos) -> list[str]:
    return sorted(h.regla for h in hallazgos)


def test_con_motivo_suprime_todo_el_mensaje(hallazgos_de):
    texto = f'<!-- cobro: desactiva TON001 motivo="citamos la ley" -->\n{AMENAZA}'
    assert "TON001" not in _reglas(hallazgos_de(texto))
    assert "SUP001" not in _reglas(hallazgos_de(texto))


def test_por_nombre_legible(hallazgos_de):
    texto = f'<!-- cobro: desactiva tono.amenaza.penal motivo="citamos la ley" -->\n{AMENAZA}'
    assert "TON001" not in _reglas(hallazgos_de(texto))


def test_sin_motivo_no_suprime_y_se_senala(hallazgos_de):
    hallazgos = hallazgos_de(f"<!-- cobro: desactiva TON001 -->\n{AMENAZA}")
    assert {"TON001", "SUP002"} <= set(_reglas(hallazgos))
    (sup,) = [h for h in hallazgos if h.regla == "SUP002"]
    assert (sup.linea, sup.columna, sup.mensaje) == (
        1, 1, 'la supresión necesita un motivo: añade motivo="por qué se desactiva"'
    )


def test_sin_uso_se_senala(hallazgos_de):
    hallazgos = hallazgos_de('<!-- cobro: desactiva TON002 motivo="x" -->\nHola.')
    (sup,) = [h for h in hallazgos if h.regla == "SUP001"]
    assert sup.mensaje == "la supresión de TON002 no suprime nada; quítala"


def test_codigo_desconocido_sugiere(hallazgos_de):
    hallazgos = hallazgos_de('<!-- cobro: desactiva TON0001 motivo="x" -->\nHola.')
    (sup,) = [h for h in hallazgos if h.regla == "SUP003"]
    assert sup.mensaje.startswith("la supresión nombra reglas que no existen: TON0001; ¿quisiste decir")


def test_desactiva_linea_solo_la_siguiente(hallazgos_de):
    texto = (
        f'<!-- cobro: desactiva-linea TON001 motivo="cita" -->\n\n{AMENAZA}\n'
        "Y además irá a la cárcel.\n"
    )
    hallazgos = [h for h in hallazgos_de(texto) if h.regla == "TON001"]
    assert [h.linea for h in hallazgos] == [4]


def test_el_contenido_del_comentario_no_se_revisa(hallazgos_de):
    texto = '<!-- cobro: desactiva TON002 motivo="sin cárcel ni prisión" -->\nHola.'
    assert "TON001" not in _reglas(hallazgos_de(texto))
