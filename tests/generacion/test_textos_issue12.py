"""Issue 12 en el catálogo real: saludos, ejemplos fechados con la escalera, SMS con nombres
reales, cartas listas para envío certificado y lo que dicen turismo y seguros."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date

from generador import sms
from generador.componer import Filtros, componer
from generador.rellenar import datos_ejemplo

RAIZ = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogo(catalogo_real):
    salida, _, manifiesto = catalogo_real
    return salida, manifiesto


@pytest.fixture(scope="module")
def plantillas(espec):
    return {p.id: p for p in componer(espec).plantillas}


def _fecha(texto: str) -> str:
    return format_date(dt.date.fromisoformat(texto), format="long", locale="es_ES")


def test_el_saludo_usa_nombre_en_tu_y_tratamiento_en_usted_nunca_estimado_a(plantillas):
    for p in plantillas.values():
        assert "Estimado/a" not in p.cuerpo, p.id
        if p.canal == "sms":
            continuar = "{{ nombre }}" if p.registro == "tu" else "{{ tratamiento }}"
            assert continuar in p.cuerpo, p.id
            continue
        if p.canal == "whatsapp":  # WhatsApp no admite una variable al principio del cuerpo
            saludo = "Hola, {{ nombre }}, " if p.registro == "tu" else "Hola, {{ nombre_cliente }}. "
            assert p.cuerpo.startswith(saludo), p.id
            continue
        if p.canal == "llamada":  # quien llama confirma con quién habla por su nombre completo
            saludo = p.cuerpo.split("\n\n")[1].split("\n")[1]  # cada sector lo dice a su manera
            pregunta = saludo.rsplit("¿", 1)[1]
            assert "{{ nombre_cliente }}" in pregunta and saludo.endswith("?»"), p.id
            continue
        cuerpo = p.cuerpo.split("Asunto: ", 1)[-1].split("\n", 2)[-1] if p.canal == "carta" \
            else p.cuerpo
        saludo = "Hola, {{ nombre }}:" if p.registro == "tu" else "{{ tratamiento }}:"
        assert cuerpo.lstrip("\n").startswith(saludo), p.id


@pytest.mark.parametrize(("tipo", "carta", "limite"), [
    ("recordatorio_previo", "2026-11-30", "2026-12-10"),
    ("recordatorio_amistoso", "2026-12-12", "2026-12-22"),
    ("reclamacion_formal", "2027-01-04", "2027-01-19"),
    ("ultimo_aviso", "2027-01-19", "2027-02-03"),
    ("propuesta_plan_pagos", "2026-12-25", "2027-01-04"),
])
def test_los_ejemplos_se_fechan_con_la_escalera(espec, tipo, carta, limite):
    datos = datos_ejemplo(espec, "es_ES", "turismo", "b2c", tipo)
    assert datos["fecha_vencimiento"] == "5 de diciembre de 2026"
    assert (datos["fecha_carta"], datos["fecha_limite"]) == (_fecha(carta), _fecha(limite))


def test_ningun_plazo_queda_antes_de_la_carta_que_lo_da(espec):
    vencimiento = dt.date(2026, 12, 5)
    for tipo in espec.tipos.values():
        etapa = espec.etapas[tipo.etapa]
        dia = etapa.dia if etapa.dia is not None else etapa.dia_ejemplo
        datos = datos_ejemplo(espec, "es_ES", "seguros", "b2c", tipo.nombre)
        carta = vencimiento + dt.timedelta(days=dia)
        assert datos["fecha_carta"] == _fecha(carta.isoformat()), tipo.nombre
        limite = carta + dt.timedelta(days=etapa.plazo)
        assert limite > carta and datos["fecha_limite"] == _fecha(limite.isoformat())
        assert datos["fecha_primera_cuota"] == _fecha(limite.isoformat())


def test_el_ejemplo_sigue_al_perfil_en_saludo_y_desglose(espec):
    datos = datos_ejemplo(espec, "es_ES", "seguros", "b2c", "ultimo_aviso")
    assert (datos["nombre"], datos["tratamiento"]) == ("Alberto", "Estimado Sr. Cuesta")
    assert (datos["importe_principal"], datos["importe"]) == ("288,60\xa0€".replace("\xa0", " "),
                                                            "288,60 €")


def test_cada_sms_cabe_en_dos_segmentos_con_nombres_largos_con_tildes(espec, catalogo):
    salida, manifiesto = catalogo
    peor = espec.canales["sms"].peor_caso
    assert peor["nombre_cliente"] == "María José Rodríguez Núñez"
    entradas = [e for e in manifiesto["plantillas"] if e["canal"] == "sms"]
    excluidas = {(e["pais"], e["sector"], e["audiencia"], e["tipo"], e["registro"])
                 for e in manifiesto["excluidas"] if e["canal"] == "sms"}
    esperadas = {(pais, s.nombre, a, t.nombre, r)  # generar sin --pais: todos los países
                 for pais in espec.paises
                 for s in espec.sectores.values() for a in s.audiencias
                 for t in espec.tipos.values() if "sms" in t.canales
                 for r in ("tu", "usted")} - excluidas
    assert len(entradas) == len(esperadas) > 82 * len(espec.paises)
    for entrada in entradas:
        caso = entrada["sms"]["peor_caso"]
        assert caso["valores"] == peor
        assert caso["codificacion"] == "UCS-2" and caso["segmentos"] >= 3, entrada["id"]
        assert caso["segmentos_gsm7"] <= 2, entrada["id"]
    entrada = next(e for e in entradas if e["id"] == "es-seguros-recordatorio_amistoso-sms-usted")
    cuerpo = (salida / entrada["ruta"]).read_text(encoding="utf-8").split("---\n", 2)[2].strip()
    from generador.rellenar import rellenar_texto

    datos = {**datos_ejemplo(espec, "es_ES", "seguros", "b2c", "recordatorio_amistoso"), **peor}
    relleno = sms.a_gsm7(rellenar_texto(cuerpo, datos))
    assert relleno.startswith(
        "Construcciones Hermanos Ibañez: Estimada Sra. Rodriguez Nuñez, sigue pendiente 288,60")
    assert sms.analizar(relleno).segmentos == entrada["sms"]["peor_caso"]["segmentos_gsm7"]


@pytest.mark.parametrize("tipo", ["reclamacion_formal", "ultimo_aviso"])
@pytest.mark.parametrize("registro", ["tu", "usted"])
def test_las_cartas_formales_estan_listas_para_envio_certificado(plantillas, tipo, registro):
    for sector in ("turismo", "seguros"):
        cuerpo = plantillas[f"{sector}-{tipo}-carta-{registro}"].cuerpo
        lineas = cuerpo.split("\n")
        assert lineas[lineas.index("{{ medio_envio }}") + 2] == "{{ nombre_cliente }}"
        for trozo in ("- principal (factura {{ numero_factura }}, vencida el "
                      "{{ fecha_vencimiento }}): {{ importe_principal }}",
                      "- intereses de demora: {{ intereses }}", "- gastos: {{ gastos }}",
                      "- total: {{ importe }}", "{{ horario_contacto }}",
                      "\nSe adjuntan la factura {{ numero_factura }}", "mientras lo revisamos"):
            assert trozo in cuerpo, (sector, tipo, registro, trozo)
    cuerpo = plantillas[f"seguros-{tipo}-carta-{registro}"].cuerpo  # anexos y discrepancia comunes
    for trozo in ("Se adjuntan la factura {{ numero_factura }} y el detalle de la cantidad.",
                  "con el motivo; no daremos ningún paso más mientras lo revisamos."):
        assert trozo in cuerpo, (tipo, registro, trozo)
    cuerpo = plantillas[f"turismo-{tipo}-carta-{registro}"].cuerpo  # los de la reserva
    assert "la reserva" in next(linea for linea in cuerpo.split("\n")
                                if "{{ email_contacto }}" in linea and "mientras" in linea)


def test_las_cartas_no_formales_no_llevan_linea_de_envio(plantillas):
    assert "{{ medio_envio }}" not in plantillas["turismo-recordatorio_amistoso-carta-tu"].cuerpo


def test_la_carta_del_acuerdo_reconoce_la_deuda_y_se_firma(plantillas):
    cuerpo = plantillas["turismo-confirmacion_acuerdo-carta-usted"].cuerpo
    for trozo in ("1. Deuda. {{ nombre_cliente }} reconoce adeudar a {{ empresa }} {{ importe }}",
                  "2. Calendario. {{ numero_cuotas }} cuotas mensuales de {{ importe_cuota }} desde "
                  "el {{ fecha_primera_cuota }}.",
                  "3. Cuota impagada. Si una cuota sigue sin abonar quince días después de su fecha "
                  "sin aviso previo, el acuerdo decae",
                  "Conforme con este acuerdo, {{ nombre_cliente }}:\nFirma:\nFecha:\n\nPor {{ empresa }}:"):
        assert trozo in cuerpo, trozo


def test_la_carta_b2b_va_a_la_empresa_deudora(espec):
    (carta,) = componer(espec, Filtros(sector="tecnologia", tipo="ultimo_aviso", canal="carta",
                                       registro="usted")).plantillas
    assert ("{{ empresa_cliente }}\nNIF {{ id_fiscal_cliente }}\nA la atención de "
            "{{ nombre_cliente }} (cuentas a pagar)\nSu pedido: {{ numero_pedido }}") in carta.cuerpo


def test_el_pago_sale_del_texto_del_pais_con_su_etiqueta_de_cuenta(plantillas):
    cuerpo = plantillas["seguros-aviso_vencimiento-email-usted"].cuerpo
    assert ("- por transferencia a la cuenta IBAN {{ cuenta_pago }}, indicando {{ referencia }} "
            "como concepto") in cuerpo
    assert all("iban" not in p.variables for p in plantillas.values())


def test_seguros_no_mezcla_extincion_y_reclamacion_y_cita_su_fuente(espec, plantillas):
    for registro in ("tu", "usted"):
        cuerpo = plantillas[f"seguros-ultimo_aviso-carta-{registro}"].cuerpo
        assert "No reclamaremos este recibo por vía judicial" in cuerpo
        assert "quedará extinguida" in cuerpo
        assert "reclamaremos por la vía judicial" not in cuerpo
    espana = espec.textos_pais["es"].legal  # la ley de seguros la pone el país
    for clave in ("seguros_impago", "seguros_ultimo_aviso"):
        fuente = espana[clave]["fuente"]
        assert "Ley 50/1980" in fuente and "art. 15" in fuente
        assert "https://www.boe.es/buscar/act.php?id=BOE-A-1980-22501" in fuente


def test_turismo_anula_o_reclama_el_precio_nunca_las_dos_cosas(plantillas):
    cuerpo = plantillas["turismo-ultimo_aviso-email-tu"].cuerpo
    assert "anularemos la reserva" in cuerpo
    assert "no te reclamaremos el precio del viaje, solo los gastos de anulación" in cuerpo
    assert "vía judicial" not in cuerpo


def test_sin_pais_se_compone_con_el_texto_del_pais_predeterminado(espec):
    assert espec.pais_predeterminado == "es" and "es" in espec.textos_pais
    por_defecto = componer(espec, Filtros(sector="seguros")).plantillas
    espana = componer(espec, Filtros(sector="seguros"), pais="es").plantillas
    assert [p.cuerpo for p in por_defecto] == [p.cuerpo for p in espana]


@pytest.mark.parametrize("perfil", ["construccion", "energia-b2b", "tecnologia"])
def test_el_acuerdo_b2b_lo_reconoce_y_lo_firma_la_empresa_deudora(plantillas, perfil):
    cuerpo = plantillas[f"{perfil}-confirmacion_acuerdo-carta-usted"].cuerpo
    assert ("1. Deuda. {{ empresa_cliente }}, con NIF {{ id_fiscal_cliente }}, reconoce adeudar"
            if perfil == "construccion" else
            "1. Deuda. {{ empresa_cliente }} (NIF {{ id_fiscal_cliente }}) reconoce adeudar") in cuerpo
    assert "\nConforme, por {{ empresa_cliente }} (" in cuerpo
    assert "{{ nombre_cliente }} reconoce" not in cuerpo


@pytest.mark.parametrize("tipo", ["reclamacion_formal", "ultimo_aviso"])
@pytest.mark.parametrize("perfil, discrepancia, anexo", [
    ("construccion", "medición", "la certificación n.º {{ certificacion }}"),
    ("energia-b2b", "distribuidora", "el detalle de lecturas del periodo"),
    ("tecnologia", "incidencia", "{{ numero_factura }}, "),
])
def test_la_carta_formal_b2b_discute_y_documenta_en_terminos_de_su_sector(
        plantillas, tipo, perfil, discrepancia, anexo):
    for registro in ("tu", "usted"):
        cuerpo = plantillas[f"{perfil}-{tipo}-carta-{registro}"].cuerpo
        (linea_disputa,) = [linea for linea in cuerpo.split("\n") if "{{ email_contacto }}" in linea
                            and linea.startswith(("Si ", "¿"))]
        assert discrepancia in linea_disputa
        (adjuntos,) = [linea for linea in cuerpo.split("\n") if linea.startswith("Se adjuntan")]
        assert adjuntos.startswith("Se adjuntan la factura {{ numero_factura }}, ") and anexo in adjuntos
