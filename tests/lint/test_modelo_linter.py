"""El linter no guarda copia del dominio: variables (también las de sectores), ejemplos,
tipos y etapas salen del modelo; el informe dice qué reglas se aplicaron y SARIF lo usa."""

from __future__ import annotations

import json

from generador import dominio
from generador.lint import formatos, marcadores
from generador.lint.motor import Opciones, revisar_rutas, revisar_texto


def test_una_variable_de_sector_cuenta_como_su_elemento_del_modelo(reglamento):
    modelo = dominio.modelo_de_cobro()
    # fecha_viaje (sectores/turismo.yml) es una fecha, pero no la de vencimiento
    assert modelo.todas_las_variables()["fecha_viaje"].elemento is None
    assert marcadores.elemento_de_nombre("fecha_viaje", modelo) is None
    assert marcadores.elemento_de_nombre("fecha_vencimiento", modelo) == "fecha_vencimiento"
    texto = ("Hola {{ nombre_cliente }}: el pago de {{ importe }} de la reserva {{ referencia }} "
             "para tu viaje del {{ fecha_viaje }} sigue pendiente. Paga en {{ enlace_pago }}; "
             "dudas en {{ telefono_contacto }}. {{ empresa }}")
    hallazgos = revisar_texto(texto, reglas=reglamento.reglas, canal="email")
    assert "FAL002" in {h.regla for h in hallazgos}


def test_el_coste_del_sms_usa_los_ejemplos_del_modelo_en_el_locale_del_pais():
    from generador.lint.configuracion import Configuracion
    from generador.lint.metricas import _texto_sms
    from generador.lint.motor import Motor, documento_de_texto

    motor = Motor(Opciones(canal="sms"))
    doc = documento_de_texto("Debes {{ importe }}. Vence el {{ fecha_vencimiento }}.")
    ctx = motor.contexto(doc, Configuracion())
    assert _texto_sms(ctx) == "Debes 1.234,50 €. Vence el 5 de diciembre de 2026."
    ctx = motor.contexto(doc, Configuracion(pais="mx"))
    # el ejemplo en pesos mexicanos: 1.234,50 x 20 (importes.escala de mensajes/paises/mx.yml)
    assert _texto_sms(ctx) == "Debes $24,690.00. Vence el 5 de diciembre de 2026."


def test_el_informe_y_sarif_registran_las_reglas_que_se_aplicaron(tmp_path):
    archivo = tmp_path / "m.txt"
    archivo.write_text("Se sumarán gastos de cobranza del 15 % sobre el total adeudado.\n",
                       encoding="utf-8")
    informe = revisar_rutas([str(archivo)], Opciones(pais="cl", canal="sms"))
    aplicadas = [r.codigo for r in informe.reglas]
    assert {"CHL002", "CHL003", "TON001", "FAL001"} <= set(aplicadas)
    # los filtros dejan fuera las de otros países y las de etapas que no son la del mensaje
    assert not {c for c in aplicadas if c.startswith(("MEX", "COL", "PER", "ARG", "ESP", "USA"))}
    assert "CHL001" not in aplicadas  # pide una etapa y el mensaje no dice la suya
    sarif = json.loads(formatos.sarif(informe))
    reglas = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert list(reglas) == aplicadas
    chl002 = reglas["CHL002"]["properties"]
    assert chl002["paises"] == ["cl"] and chl002["verificado"] == "2026-11-30"
    assert chl002["url"] == "https://www.bcn.cl/leychile/navegar?idNorma=61438"
    (resultado,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "CHL002"]
    assert aplicadas[resultado["ruleIndex"]] == "CHL002"


def test_el_sitio_revisa_con_el_motor_y_el_pais_de_la_plantilla():
    from generador.componer import Filtros, componer
    from generador.sitio.lint import Revisor, reglamento

    modelo = dominio.modelo_de_cobro()
    (plantilla, *_) = componer(modelo, Filtros("seguros", "ultimo_aviso", "carta", "usted")).plantillas
    revisor = Revisor(modelo, reglamento(modelo))
    sin_pais = revisor.revisar(plantilla)
    assert "MEX002" not in sin_pais.reglas and "FAL001" in sin_pais.reglas
    plantilla.pais = "mx"
    con_pais = revisor.revisar(plantilla)
    assert {"MEX001", "MEX002", "MEX003"} <= set(con_pais.reglas)
    assert [(h.regla, h.severidad) for h in con_pais.hallazgos] == [("MEX002", "aviso")]
