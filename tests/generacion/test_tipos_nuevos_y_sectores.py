"""Issue 12 (parte de sectores y tipos nuevos): lo que dicen las plantillas de energía,
tecnología y construcción, y cómo se comportan los ocho tipos nuevos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date

from generador.cargar import cargar
from generador.componer import componer
from generador.plan.limites import cargar_pais
from generador.plan.planificar import planificar
from generador.rellenar import datos_ejemplo

RAIZ = Path(__file__).resolve().parents[2]

NUEVOS = {
    "pago_parcial_recibido": "incidencia_cobro",
    "recibo_devuelto": "incidencia_cobro",
    "promesa_incumplida": "incidencia_cobro",
    "recordatorio_cuota": "plan_en_curso",
    "acuse_disputa": "disputa",
    "aviso_suspension_servicio": "suspension",
    "cesion_a_agencia": "cesion",
    "estado_de_cuenta": "estado_cuenta",
}


@pytest.fixture(scope="module")
def espec():
    return cargar(RAIZ)


@pytest.fixture(scope="module")
def plantillas(espec):
    return {p.id: p for p in componer(espec).plantillas}


def test_los_tipos_nuevos_tienen_su_etapa_sin_dia_y_no_entran_en_el_plan(espec):
    for tipo, etapa in NUEVOS.items():
        assert espec.tipos[tipo].etapa == etapa
        assert espec.etapas[etapa].dia is None
    assert espec.etapas["suspension"].formal and espec.etapas["cesion"].formal
    assert not espec.etapas["incidencia_cobro"].formal
    plan = planificar(espec, cargar_pais(RAIZ, "es"), dt.date(2027, 3, 1), sector="energia",
                      audiencia="b2c")
    assert {c.tipo for c in plan.contactos}.isdisjoint(NUEVOS)
    assert set(NUEVOS.values()) <= set(plan.sin_fecha)


def test_estado_de_cuenta_solo_para_empresas_con_motivo(plantillas, espec):
    ids = {i for i in plantillas if "-estado_de_cuenta-" in i}
    assert ids and all(i.split("-")[0] in ("energia", "tecnologia", "construccion") for i in ids)
    assert not any(i.startswith("energia-b2c-estado_de_cuenta") for i in ids)
    exclusion = next(e for e in espec.tipos["estado_de_cuenta"].exclusiones)
    assert exclusion.audiencia == "b2c" and "cuentas a pagar" in exclusion.motivo


def test_el_acuse_de_disputa_no_tiene_sms_y_deja_el_cobro_en_pausa(plantillas):
    assert not any(i.endswith(("acuse_disputa-sms-tu", "acuse_disputa-sms-usted"))
                   for i in plantillas)
    cuerpo = plantillas["energia-b2c-acuse_disputa-carta-usted"].cuerpo
    assert "no le reclamaremos esta factura ni iniciaremos ningún trámite" in cuerpo
    assert "le responderemos por escrito antes del {{ fecha_limite }}" in cuerpo


@pytest.mark.parametrize("registro", ["tu", "usted"])
def test_la_reclamacion_electrica_sirve_de_requerimiento_previo_a_la_suspension(
        plantillas, registro):
    for canal in ("carta", "email"):
        cuerpo = plantillas[f"energia-b2c-reclamacion_formal-{canal}-{registro}"].cuerpo
        assert "requerimiento fehaciente" in cuerpo
        assert "a partir del {{ fecha_suspension }}" in cuerpo
        assert "bono social" in cuerpo and "cuatro meses" in cuerpo
        assert "equipo médico" in cuerpo
        assert "no supone ninguna suspensión" not in cuerpo


def test_la_reclamacion_b2b_de_energia_no_anuncia_otro_requerimiento(plantillas):
    for registro in ("tu", "usted"):
        cuerpo = plantillas[f"energia-b2b-reclamacion_formal-carta-{registro}"].cuerpo
        assert "previo requerimiento" not in cuerpo
        assert "a partir del {{ fecha_suspension_b2b }}" in cuerpo
        assert "{{ numero_pedido }}" in cuerpo and "{{ id_fiscal_cliente }}" in cuerpo


def test_los_textos_legales_de_los_sectores_citan_su_fuente(espec):
    energia = espec.sectores["energia"].perfiles
    assert "RD 1955/2000" in energia["b2b"].fuentes["reclamacion_formal"]
    # Las cartas reguladas de b2c piden su ley al país ([[ pais.legal.energia_* ]]); en España,
    # el RD 897/2017, con su fuente.
    espana = espec.textos_pais["es"].legal
    for clave in ("energia_requerimiento", "energia_suspension", "energia_suspension_aviso"):
        assert "RD 897/2017" in espana[clave]["fuente"]
        assert "leído 2026-11-30" in espana[clave]["fuente"]


def test_el_traspaso_a_agencia_dice_quien_desde_cuando_y_donde_pagar(plantillas):
    cuerpo = plantillas["tecnologia-cesion_a_agencia-carta-usted"].cuerpo
    for trozo in ("a partir del {{ fecha_cesion }}, {{ nombre_agencia }} gestionará el cobro",
                  "{{ contacto_agencia }}", "Seguimos siendo su acreedor",
                  "derechos de acceso, rectificación, supresión, oposición y limitación",
                  "no realice pagos a ninguna otra cuenta",
                  "nunca recibe los datos que su equipo guarda en {{ plataforma }}"):
        assert trozo in cuerpo, trozo


def test_el_gran_importe_de_obra_se_trata_con_sobriedad(plantillas):
    textos = [p.cuerpo for i, p in plantillas.items() if i.startswith("construccion-")]
    for expresion in ("quizá", "entre tantas cosas", "despiste", "se le haya pasado"):
        assert not any(expresion in t.lower() for t in textos), expresion


def _fecha(texto: str) -> str:
    return format_date(dt.date.fromisoformat(texto), format="long", locale="es_ES")


@pytest.mark.parametrize(("sector", "audiencia", "tipo", "esperadas"), [
    # la promesa (28-dic) es anterior al mensaje que constata que no se cumplió
    ("energia", "b2c", "promesa_incumplida",
     {"fecha_promesa": "2026-12-28", "fecha_carta": "2026-12-30", "fecha_limite": "2027-01-09"}),
    # el recordatorio de una cuota sale cinco días antes de que venza
    ("tecnologia", "b2b", "recordatorio_cuota",
     {"fecha_carta": "2026-11-30", "fecha_vencimiento": "2026-12-05"}),
    # el aviso de traspaso llega antes de la fecha en que la agencia empieza
    ("construccion", "b2b", "cesion_a_agencia",
     {"fecha_carta": "2027-02-03", "fecha_cesion": "2027-02-22"}),
    # la suspensión eléctrica no puede ser anterior al plazo que da el aviso
    ("energia", "b2c", "aviso_suspension_servicio",
     {"fecha_carta": "2027-01-24", "fecha_limite": "2027-02-08",
      "fecha_suspension": "2027-03-15"}),
])
def test_los_ejemplos_de_los_tipos_nuevos_se_fechan_en_orden(espec, sector, audiencia, tipo,
                                                            esperadas):
    datos = datos_ejemplo(espec, "es_ES", sector, audiencia, tipo)
    assert {k: datos[k] for k in esperadas} == {k: _fecha(v) for k, v in esperadas.items()}
