"""Una sola instrucción sobre el concepto de la transferencia en cada plantilla: el bloque de
pago del país la da con su palabra (concepto, detalle, comentario, descripción, memo) y lo que
va en ella lo dicen el sector o el tipo (``concepto``) o, si no, el país para la audiencia."""

from __future__ import annotations

import re

# lo que va antes de la palabra de cada país: «con X como concepto», «con X en el detalle»...
INSTRUCCION = re.compile(
    r"\b(?:con|indicando) ([^,\n]+?) (?:como concepto(?: de pago)?|en el concepto|en el detalle|"
    r"en el comentario|en la descripción|en el mensaje|en la línea del memo)\b")
#: frases sueltas de antes, que contradecían al bloque de pago
SUELTA = re.compile(r"\b(indica|indique|indicando)\b[^.:\n]*\ben el concepto\b|"
                    r"\ben el concepto\b[^.\n]*:$", re.IGNORECASE | re.MULTILINE)


def test_ninguna_plantilla_da_dos_instrucciones_distintas_sobre_el_concepto(catalogo_real):
    salida, _, manifiesto = catalogo_real
    con_instruccion = 0
    for e in manifiesto["plantillas"]:
        cuerpo = (salida / e["ruta"]).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        que = {m.group(1) for m in INSTRUCCION.finditer(cuerpo)}
        assert len(que) <= 1, (e["id"], que)
        fuera = [linea for linea in cuerpo.splitlines()
                 if SUELTA.search(linea) and not linea.startswith("- ")]
        assert not fuera, (e["id"], fuera)
        con_instruccion += bool(que)
    assert con_instruccion > 1500  # email y carta de casi todos los tipos en los siete países


def test_el_concepto_depende_de_la_audiencia_y_del_tipo(catalogo_real):
    salida, _, manifiesto = catalogo_real

    def concepto(identificador):
        e = next(x for x in manifiesto["plantillas"] if x["id"] == identificador)
        cuerpo = (salida / e["ruta"]).read_text(encoding="utf-8")
        return {m.group(1) for m in INSTRUCCION.finditer(cuerpo)}

    assert concepto("es-turismo-recordatorio_amistoso-email-usted") == {"{{ referencia }}"}
    assert concepto("mx-tecnologia-recordatorio_amistoso-email-usted") == {
        "el número de factura {{ numero_factura }}"}
    assert concepto("pe-turismo-recordatorio_cuota-email-tu") == {
        "{{ referencia }} y el número de plazo"}
    assert concepto("cl-construccion-estado_de_cuenta-email-usted") == {
        "{{ referencia }} y los números de certificación y de factura"}
    # EE. UU.: Zelle y cheque, la misma instrucción con su palabra (mensaje, memo)
    assert concepto("us-seguros-reclamacion_formal-carta-usted") == {"{{ referencia }}"}
