"""cobro plan: cada límite de cada país mueve (o quita) los contactos que lo romperían y dice por qué.

Las fechas se eligen para que una etapa caiga justo en el caso que se prueba: con la escalera
real (preaviso -5, vencimiento +1, primer recordatorio +7...), vencer el domingo 1 de marzo de
2026 pone el primer recordatorio en domingo 8 de marzo; vencer el jueves 12 de marzo pone el
preaviso en sábado 7 de marzo.
"""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from generador.errores import ErrorCobro
from generador.plan.planificar import planificar

D = dt.date


def _plan(espec, pais, codigo, vencimiento, **opciones):
    return planificar(espec, pais(codigo), vencimiento, **opciones)


def _uno(plan, tipo, canal):
    (contacto,) = [c for c in plan.contactos if c.tipo == tipo and c.canal == canal]
    return contacto


def test_la_escalera_sale_del_modelo(espec, pais):
    plan = _plan(espec, pais, "mx", D(2026, 3, 2), canales=["email"])
    esperado = [(e.nombre, D(2026, 3, 2) + dt.timedelta(days=e.dia))
                for e in sorted(espec.etapas.values(), key=lambda e: e.orden) if e.dia is not None]
    assert [(c.etapa, c.fecha_prevista) for c in plan.contactos] == esperado
    assert plan.sin_fecha == [e.nombre for e in sorted(espec.etapas.values(), key=lambda e: e.orden)
                              if e.dia is None]


# --- Colombia: Ley 2300 de 2023 art. 3 ---------------------------------------------------


def test_colombia_domingo_pasa_al_lunes_citando_la_ley(espec, pais):
    c = _uno(_plan(espec, pais, "co", D(2026, 3, 1), canales=["email"]), "recordatorio_amistoso", "email")
    assert c.fecha_prevista == D(2026, 3, 8) and c.fecha_prevista.weekday() == 6
    assert c.fecha == D(2026, 3, 9)
    assert c.motivo == ("domingo: Ley 2300 de 2023 art. 3 no permite contactar en domingo; "
                        "se pasa al lunes 9 de marzo")


def test_colombia_festivo_pasa_al_dia_siguiente(espec, pais):
    festivo = holidays.country_holidays("CO", language="es").get(D(2026, 3, 23))
    assert festivo == "Día de San José (observado)"
    c = _uno(_plan(espec, pais, "co", D(2026, 3, 28), canales=["email"]), "recordatorio_previo", "email")
    assert (c.fecha_prevista, c.fecha) == (D(2026, 3, 23), D(2026, 3, 24))
    assert c.motivo == (f"festivo ({festivo}): Ley 2300 de 2023 art. 3 no permite contactar en "
                        "festivos; se pasa al martes 24 de marzo")


def test_colombia_sabado_tiene_su_ventana_corta(espec, pais):
    c = _uno(_plan(espec, pais, "co", D(2026, 3, 12), canales=["email"]), "recordatorio_previo", "email")
    assert c.fecha == D(2026, 3, 7) and c.fecha.weekday() == 5
    assert c.como_dict()["desde"] == "08:00" and c.como_dict()["hasta"] == "15:00"
    assert c.motivo is None
    entre_semana = _uno(_plan(espec, pais, "co", D(2026, 3, 12), canales=["email"]),
                        "aviso_vencimiento", "email")
    assert (entre_semana.como_dict()["desde"], entre_semana.como_dict()["hasta"]) == ("07:00", "19:00")


def test_colombia_un_contacto_al_dia_y_un_canal_por_semana(espec, pais):
    plan = _plan(espec, pais, "co", D(2026, 3, 1), canales=["email", "sms"])
    fechas = sorted(c.fecha for c in plan.contactos)
    assert len(set(fechas)) == len(fechas), "dos contactos el mismo día"
    for c in plan.contactos:
        otros = {o.canal for o in plan.contactos if abs((o.fecha - c.fecha).days) < 7}
        assert otros == {c.canal}, c
    sms = _uno(plan, "seguimiento", "sms")
    assert (sms.fecha_prevista, sms.fecha) == (D(2026, 3, 16), D(2026, 3, 24))
    assert sms.motivo.startswith(
        "lunes 16 de marzo: Ley 2300 de 2023 art. 3 permite como máximo 1 contacto al día; "
        "martes 17 de marzo: Ley 2300 de 2023 art. 3 permite como máximo 1 canal distinto en 7 "
        "días seguidos;")
    assert sms.motivo.endswith("se pasa al martes 24 de marzo")
    preaviso_sms = [o for o in plan.omitidos if (o.tipo, o.canal) == ("recordatorio_previo", "sms")]
    assert len(preaviso_sms) == 1
    assert preaviso_sms[0].motivo.endswith(
        "no cabe antes del lunes 2 de marzo (cuando toca la etapa siguiente), así que no se envía")


# --- Chile: Ley 19.496 art. 37 (Ley 21.320) -------------------------------------------------

CL = "Ley 19.496 (reformada por la Ley 21.320) art. 37"


def test_chile_dos_dias_entre_escritos(espec, pais):
    plan = _plan(espec, pais, "cl", D(2026, 3, 1), canales=["email", "sms"])
    sms = _uno(plan, "recordatorio_previo", "sms")
    assert (sms.fecha_prevista, sms.fecha) == (D(2026, 2, 24), D(2026, 2, 26))
    assert sms.motivo == (f"martes 24 de febrero: {CL} exige al menos 2 días entre dos contactos "
                          "por email, sms, carta o whatsapp; se pasa al jueves 26 de febrero")


def test_chile_como_maximo_dos_escritos_en_siete_dias(espec, pais):
    plan = _plan(espec, pais, "cl", D(2026, 3, 1), canales=["email", "sms"])
    email = _uno(plan, "aviso_vencimiento", "email")
    assert (email.fecha_prevista, email.fecha) == (D(2026, 3, 2), D(2026, 3, 3))
    assert email.motivo == (f"lunes 2 de marzo: {CL} permite como máximo 2 contactos por email, sms, "
                            "carta o whatsapp en 7 días seguidos; se pasa al martes 3 de marzo")
    for c in plan.contactos:
        en_semana = [o for o in plan.contactos if 0 <= (o.fecha - c.fecha).days < 7]
        assert len(en_semana) <= 2, c


def test_chile_sabado_si_domingo_no_como_recomendacion_para_escritos(espec, pais):
    sabado = _uno(_plan(espec, pais, "cl", D(2026, 3, 12), canales=["email"]), "recordatorio_previo", "email")
    assert sabado.fecha == D(2026, 3, 7) and sabado.motivo is None
    assert (sabado.como_dict()["desde"], sabado.como_dict()["hasta"]) == ("08:00", "20:00")
    plan = _plan(espec, pais, "cl", D(2026, 3, 1), canales=["email"])
    domingo = _uno(plan, "recordatorio_amistoso", "email")
    assert domingo.motivo == (
        "domingo: la recomendación de cobro «cl_horario_escritos» (sin ley que lo exija; "
        f"{CL}) desaconseja contactar en domingo; se pasa al lunes 9 de marzo")


# --- Perú: Ley 29571 art. 62 b --------------------------------------------------------------


def test_peru_sabado_y_domingo_pasan_al_lunes(espec, pais):
    c = _uno(_plan(espec, pais, "pe", D(2026, 3, 12), canales=["sms"]), "recordatorio_previo", "sms")
    assert (c.fecha_prevista, c.fecha) == (D(2026, 3, 7), D(2026, 3, 9))
    recomendacion = ("la recomendación de cobro «pe_horario_escritos» (sin ley que lo exija; "
                     "Ley 29571 art. 62 b)")
    assert c.motivo == (f"sábado: {recomendacion} desaconseja contactar en sábado; "
                        f"domingo: {recomendacion} desaconseja contactar en domingo; "
                        "se pasa al lunes 9 de marzo")


def test_peru_feriados_de_semana_santa(espec, pais):
    festivos = holidays.country_holidays("PE", language="es")
    assert festivos.get(D(2026, 4, 2)) == "Jueves Santo" and festivos.get(D(2026, 4, 3)) == "Viernes Santo"
    c = _uno(_plan(espec, pais, "pe", D(2026, 4, 7), canales=["email"]), "recordatorio_previo", "email")
    assert (c.fecha_prevista, c.fecha) == (D(2026, 4, 2), D(2026, 4, 6))
    assert c.motivo.startswith("festivo (Jueves Santo): la recomendación de cobro «pe_horario_escritos»")
    assert "festivo (Viernes Santo)" in c.motivo and c.motivo.endswith("se pasa al lunes 6 de abril")


# --- México: CONDUSEF 07:00-22:00 ----------------------------------------------------------


def test_mexico_no_excluye_domingos_y_la_ventana_es_de_7_a_22(espec, pais):
    c = _uno(_plan(espec, pais, "mx", D(2026, 3, 1), canales=["email"]), "recordatorio_amistoso", "email")
    assert c.fecha == D(2026, 3, 8) and c.fecha.weekday() == 6 and c.motivo is None
    assert (c.como_dict()["desde"], c.como_dict()["hasta"]) == ("07:00", "22:00")


# --- Estados Unidos: Regulation F -------------------------------------------------------


def test_estados_unidos_ventana_de_8_a_21_en_la_zona_del_consumidor(espec, pais):
    plan = _plan(espec, pais, "us", D(2026, 3, 1), canales=["sms"], zona_horaria="America/Los_Angeles")
    assert plan.zona_horaria == "America/Los_Angeles"
    assert {(c.como_dict()["desde"], c.como_dict()["hasta"]) for c in plan.contactos} == {("08:00", "21:00")}
    assert all(c.motivo is None for c in plan.contactos)  # sin días vedados ni límites para SMS


# --- España: sin ley; recomendación prudente ---------------------------------------------------


def test_espana_domingo_y_un_contacto_al_dia_son_recomendaciones(espec, pais):
    plan = _plan(espec, pais, "es", D(2026, 3, 1), canales=["email", "sms"])
    domingo = _uno(plan, "recordatorio_amistoso", "email")
    assert domingo.motivo == (
        "domingo: la recomendación de cobro «es_horario_recomendado» (sin ley que lo exija; Código "
        "Penal (delito de acoso) art. 172 ter) desaconseja contactar en domingo; se pasa al lunes 9 de marzo")
    sms = _uno(plan, "recordatorio_previo", "sms")
    assert (sms.fecha_prevista, sms.fecha) == (D(2026, 2, 24), D(2026, 2, 25))
    assert "recomienda como máximo 1 contacto al día" in sms.motivo


# --- Argentina: CABA Ley 6171 (confianza baja) ------------------------------------------------


def test_argentina_sabado_solo_de_10_a_12(espec, pais):
    c = _uno(_plan(espec, pais, "ar", D(2026, 3, 12), canales=["sms"]), "recordatorio_previo", "sms")
    assert c.fecha == D(2026, 3, 7) and c.motivo is None
    assert (c.como_dict()["desde"], c.como_dict()["hasta"]) == ("10:00", "12:00")


# --- Opciones -------------------------------------------------------------------------------


def test_plantilla_es_el_id_del_catalogo_con_su_pais(espec, pais):
    from generador.componer import Filtros, componer, id_con_pais

    plan = _plan(espec, pais, "mx", D(2026, 3, 1), sector="energia", audiencia="b2b", registro="tu")
    filtros = Filtros(sector="energia", audiencia="b2b", registro="tu")
    ids = {id_con_pais("mx", p.id) for p in componer(espec, filtros).plantillas}
    assert plan.contactos and {c.plantilla for c in plan.contactos} <= ids
    assert _uno(plan, "aviso_vencimiento", "sms").plantilla == "mx-energia-b2b-aviso_vencimiento-sms-tu"


def test_los_festivos_regionales_con_subdivision(espec, pais):
    madrid = holidays.country_holidays("ES", subdiv="MD", language="es").get(D(2026, 5, 2))
    assert madrid == "Fiesta de la Comunidad de Madrid"
    sin_region = _uno(_plan(espec, pais, "es", D(2026, 5, 7), canales=["email"]), "recordatorio_previo",
                      "email")
    assert (sin_region.fecha_prevista, sin_region.fecha) == (D(2026, 5, 2), D(2026, 5, 2))  # sábado
    con_region = _uno(_plan(espec, pais, "es", D(2026, 5, 7), canales=["email"], subdivision="MD"),
                      "recordatorio_previo", "email")
    assert con_region.fecha == D(2026, 5, 4)
    assert con_region.motivo.startswith(f"festivo ({madrid}): la recomendación de cobro")
    with pytest.raises(ErrorCobro) as exc:
        _plan(espec, pais, "es", D(2026, 5, 7), subdivision="MDD")
    assert str(exc.value).startswith(
        "--subdivision: la región de España (ES) 'MDD' no existe; ¿quisiste decir 'MD'")


@pytest.mark.parametrize(("opciones", "mensaje"), [
    ({"canales": ["emial"]}, "--canales: el canal 'emial' no existe; ¿quisiste decir 'email'?"),
    ({"sector": "segurso"}, "--sector: el sector 'segurso' no existe; ¿quisiste decir 'seguros'?"),
    ({"registro": "vos"}, "--registro: el registro 'vos' no existe; valores posibles: tu, usted"),
    ({"zona_horaria": "America/Bogotá"}, "--zona-horaria: la zona horaria 'America/Bogotá' no existe"),
    ({"subdivision": "BOG"},
     "--subdivision: Colombia (CO) no tiene festivos regionales en la biblioteca holidays"),
])
def test_opciones_malas_dan_un_error_claro(espec, pais, opciones, mensaje):
    with pytest.raises(ErrorCobro) as exc:
        _plan(espec, pais, "co", D(2026, 3, 1), **opciones)
    assert str(exc.value).startswith(mensaje)
