"""Lo que la auditoría del issue 12 echaba en falta en la salida real: una línea de privacidad
y una vía para discrepar en las cartas y emails formales, y una baja de las ofertas en el
agradecimiento que las incluye."""

from __future__ import annotations

import pytest

PRIVACIDAD = {"tu": "Tratamos tus datos solo para gestionar este pago; puedes pedirnos en "
                    "cualquier momento cuáles tenemos o que los corrijamos.",
              "usted": "Tratamos sus datos únicamente para gestionar este pago; puede pedirnos "
                       "en cualquier momento cuáles conservamos o que los corrijamos."}


def _cuerpo(salida, e):
    return (salida / e["ruta"]).read_text(encoding="utf-8").split("\n---\n", 1)[1]


@pytest.mark.parametrize("tipo", ["reclamacion_formal", "ultimo_aviso"])
def test_las_formales_llevan_privacidad_horario_y_via_para_discrepar(catalogo_real, tipo):
    salida, _, manifiesto = catalogo_real
    entradas = [e for e in manifiesto["plantillas"]
                if e["tipo"] == tipo and e["canal"] in ("email", "carta")]
    assert len(entradas) == 7 * 6 * 2 * 2  # países x perfiles x canales x registros
    for e in entradas:
        cuerpo = _cuerpo(salida, e)
        privacidad = PRIVACIDAD[e["registro"]]
        if e["pais"] == "ar" and e["registro"] == "tu":  # voseo
            privacidad = privacidad.replace("puedes", "podés")
        assert privacidad in cuerpo, e["id"]
        assert "{{ horario_contacto }}" in cuerpo, e["id"]
        assert "{{ email_contacto }}" in cuerpo, e["id"]  # por donde discrepar


def test_el_agradecimiento_que_ofrece_algo_dice_como_no_recibir_ofertas(catalogo_real):
    salida, _, manifiesto = catalogo_real
    con_oferta = 0
    for e in manifiesto["plantillas"]:
        if e["tipo"] != "agradecimiento_pago":
            continue
        cuerpo = _cuerpo(salida, e)
        if any(o in cuerpo for o in ("oferta", "pregúntanos por", "preguntanos por",
                                     "consúltenos por")):
            con_oferta += 1
            assert "no recibir" in cuerpo, e["id"]
    assert con_oferta == 7 * 2 * 2  # tecnología y energía (hogar), en el email
