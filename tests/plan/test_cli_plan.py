"""La orden ``cobro plan``: formatos, códigos de salida y un país nuevo solo con datos."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import holidays
import icalendar
import pytest

ZETALANDIA = """\
# Paquete de país: Zetalandia (zz), ficticio.
pais: zz

reglas: []

contacto:
  resumen: Solo martes y jueves por la mañana; un contacto cada tres días.
  horarios:
    - nombre: zz_martes_y_jueves
      descripcion: Solo martes y jueves de 10:00 a 13:30.
      caracter: ley
      confianza: alta
      dias:
        lunes: null
        martes: "10:00-13:30"
        miercoles: null
        jueves: "10:00-13:30"
        viernes: null
        sabado: null
        domingo: null
      excluye_festivos: true
      fuente: {ley: Ley Zeta 1, articulo: art. 9, url: "https://zeta.example/ley", verificado: 2026-11-30}
  limites:
    - nombre: zz_uno_cada_tres_dias
      descripcion: Como máximo un contacto en tres días seguidos.
      maximo: 1
      en_dias: 3
      caracter: ley
      confianza: media
      fuente: {ley: Ley Zeta 1, articulo: art. 10, url: "https://zeta.example/ley", verificado: 2026-11-30}
"""


ZETALANDIA_DATOS = """\
pais: zz
nombre: Zetalandia
locale: es_ES
moneda: EUR
zona_horaria: Europe/Paris
festivos: FR
lugar: Zeta
"""


def _con_zetalandia(arbol, ley: bool = True):
    """Un país nuevo: su archivo de mensajes/paises/ y, con ``ley``, su paquete de ley."""
    (arbol / "mensajes" / "paises" / "zz.yml").write_text(ZETALANDIA_DATOS, encoding="utf-8")
    if ley:
        (arbol / "reglas" / "paises" / "zz.yml").write_text(ZETALANDIA, encoding="utf-8")
    return arbol


def test_un_pais_nuevo_con_ley_es_su_archivo_y_su_paquete_de_ley(cobro, arbol):
    _con_zetalandia(arbol)
    r = cobro("plan", "--pais", "zz", "--vencimiento", "2026-05-01", "--specs", arbol, "-f", "json")
    assert r.exit_code == 0, r.output
    plan = json.loads(r.output)
    assert plan["pais"] == "zz" and plan["zona_horaria"] == "Europe/Paris"
    fechas = [dt.date.fromisoformat(c["fecha"]) for c in plan["contactos"]]
    festivos = holidays.country_holidays("FR")
    assert fechas and all(f.weekday() in (1, 3) and f not in festivos for f in fechas)
    assert all(b - a >= dt.timedelta(days=3) for a, b in itertools.pairwise(fechas))
    assert {(c["desde"], c["hasta"]) for c in plan["contactos"]} == {("10:00", "13:30")}
    # El preaviso (-5) cae el domingo 26 de abril: pasa al martes 28 citando la ley de Zetalandia.
    (preaviso, *_) = [c for c in plan["contactos"] if c["etapa"] == "preaviso"]
    assert preaviso["fecha"] == "2026-04-28"
    assert preaviso["motivo"] == ("domingo: Ley Zeta 1 art. 9 no permite contactar en domingo; "
                                  "lunes: Ley Zeta 1 art. 9 no permite contactar en lunes; "
                                  "se pasa al martes 28 de abril")


def test_un_pais_sin_paquete_de_ley_se_planifica_con_limites_prudentes_y_lo_avisa(cobro, arbol):
    """Solo su archivo de mensajes/paises/: el plan sale con los límites prudentes por defecto
    (días laborables de 09:00 a 20:00, sábados de 10:00 a 14:00, sin domingos ni festivos, uno
    al día y tres en siete días), sin citar ninguna ley, y avisa de que no hay límites legales."""
    _con_zetalandia(arbol, ley=False)
    aviso = ("Zetalandia (zz) no tiene paquete de ley (reglas/paises/zz.yml): no hay límites "
             "legales verificados para este país. El plan usa límites prudentes por defecto, que "
             "no son ninguna ley; comprueba la ley del país antes de contactar y, si la tiene, "
             "escríbela en ese archivo (ver sitio/guia/plan.md)")
    r = cobro("plan", "--pais", "zz", "--vencimiento", "2026-05-01", "--specs", arbol, "-f", "json")
    assert r.exit_code == 0, r.output
    assert r.stderr == f"Aviso: {aviso}\n"
    plan = json.loads(r.stdout)
    assert plan["aviso"] == aviso and plan["zona_horaria"] == "Europe/Paris"
    fechas = [dt.date.fromisoformat(c["fecha"]) for c in plan["contactos"]]
    festivos = holidays.country_holidays("FR")
    assert fechas and all(f.weekday() != 6 and f not in festivos for f in fechas)
    assert len(set(fechas)) == len(fechas)  # uno al día
    assert all(sum(a <= f < a + dt.timedelta(days=7) for f in fechas) <= 3 for a in fechas)
    assert {(c["desde"], c["hasta"]) for c in plan["contactos"]} <= {("09:00", "20:00"),
                                                                     ("10:00", "14:00")}
    # el preaviso (-5) cae en domingo y el primer recordatorio en el 8 de mayo, festivo en
    # Francia: se mueven citando el límite prudente, no una ley
    preaviso, _, _, _, recordatorio, *_ = plan["contactos"]
    assert (preaviso["fecha"], preaviso["motivo"]) == ("2026-04-27", (
        "domingo: el límite prudente «prudente_horario» (sin ley verificada en este país) "
        "desaconseja contactar en domingo; se pasa al lunes 27 de abril"))
    assert (recordatorio["etapa"], recordatorio["fecha"], recordatorio["motivo"]) == (
        "primer_recordatorio", "2026-05-09",
        "festivo (Victory Day): el límite prudente «prudente_horario» (sin ley verificada en este "
        "país) desaconseja contactar en festivos; se pasa al sábado 9 de mayo")
    texto = cobro("plan", "--pais", "zz", "--vencimiento", "2026-05-01", "--specs", arbol).stdout
    assert f"Aviso: {aviso}." in texto
    assert "Límites prudentes (sin fuente legal):" in texto and "Fuentes:" not in texto


def test_la_escalera_cambiada_en_yaml_cambia_el_plan(cobro, arbol):
    etapas = arbol / "mensajes" / "etapas.yml"
    etapas.write_text(etapas.read_text(encoding="utf-8").replace("dia: -5", "dia: -3"), encoding="utf-8")
    r = cobro("plan", "--pais", "mx", "--vencimiento", "2026-03-10", "--canales", "email",
              "--specs", arbol, "-f", "json")
    (preaviso,) = [c for c in json.loads(r.output)["contactos"] if c["etapa"] == "preaviso"]
    assert preaviso["fecha"] == "2026-03-07"


def test_json_tiene_el_formato_del_contrato(cobro):
    r = cobro("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--sector", "seguros",
              "--canales", "email", "-f", "json")
    assert r.exit_code == 0
    plan = json.loads(r.output)
    assert {"pais", "vencimiento", "contactos"} <= set(plan)
    assert (plan["pais"], plan["vencimiento"]) == ("co", "2026-03-01")
    for c in plan["contactos"]:
        assert list(c) == ["fecha", "desde", "hasta", "canal", "tipo", "etapa", "plantilla", "motivo"]
    movido = [c for c in plan["contactos"] if c["motivo"]]
    assert [c["fecha"] for c in movido] == ["2026-03-09"]
    assert movido[0]["plantilla"] == "co-seguros-recordatorio_amistoso-email-usted"


def test_ics_se_importa_con_un_parser_real(cobro):
    r = cobro("plan", "--pais", "us", "--vencimiento", "2026-03-01", "--zona-horaria",
              "America/Los_Angeles", "--canales", "email", "-f", "ics")
    assert r.exit_code == 0
    cal = icalendar.Calendar.from_ical(r.output)
    eventos = list(cal.walk("VEVENT"))
    json_plan = json.loads(cobro("plan", "--pais", "us", "--vencimiento", "2026-03-01",
                                 "--canales", "email", "-f", "json").output)
    assert len(eventos) == len(json_plan["contactos"]) > 0
    assert [z["TZID"] for z in cal.walk("VTIMEZONE")] == ["America/Los_Angeles"]
    primero = eventos[0]
    inicio, fin = primero.decoded("DTSTART"), primero.decoded("DTEND")
    assert str(inicio.tzinfo) == "America/Los_Angeles"
    assert (inicio.date().isoformat(), inicio.strftime("%H:%M"), fin.strftime("%H:%M")) == (
        json_plan["contactos"][0]["fecha"], "08:00", "21:00")
    # lo que lee una persona en su calendario: los títulos, no los nombres internos
    assert str(primero["SUMMARY"]) == "Cobro: Recordatorio previo al vencimiento por email (Preaviso)"
    sms = json.loads(cobro("plan", "--pais", "us", "--vencimiento", "2026-03-01", "--canales",
                           "sms", "-f", "json").output)["contactos"]
    assert sms  # y el JSON sigue con los nombres
    assert (sms[0]["tipo"], sms[0]["canal"]) == ("recordatorio_previo", "sms")
    assert "Plantilla: " in str(primero["DESCRIPTION"])
    assert len({str(e["UID"]) for e in eventos}) == len(eventos)


def test_texto_muestra_motivo_y_fuentes(cobro):
    r = cobro("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--canales", "email")
    assert r.exit_code == 0
    assert ("    movido: domingo: Ley 2300 de 2023 art. 3 no permite contactar en domingo; "
            "se pasa al lunes 9 de marzo") in r.output.splitlines()
    assert "co_horario_ley_2300 (ley, confianza alta): Ley 2300 de 2023 art. 3 · https://" in r.output


def test_comprobar_sale_con_1_si_hay_incumplimientos_y_0_si_no(cobro, tmp_path):
    malo = tmp_path / "malo.csv"
    malo.write_text("fecha,hora,canal\n2026-03-08,10:00,email\n", encoding="utf-8")
    r = cobro("plan", "--pais", "co", "--comprobar", malo)
    assert r.exit_code == 1
    assert r.output.splitlines()[0] == (
        f"{malo}:2: ERROR 2026-03-08 10:00 email: domingo: Ley 2300 de 2023 art. 3 no permite "
        "contactar en domingo [co_horario_ley_2300, ley, confianza alta]")
    r = cobro("plan", "--pais", "co", "--comprobar", malo, "-f", "json")
    datos = json.loads(r.output)
    assert r.exit_code == 1
    assert [(i["regla"], i["severidad"]) for i in datos["incumplimientos"]] == [
        ("co_horario_ley_2300", "error")]
    bueno = tmp_path / "bueno.csv"
    bueno.write_text("fecha,hora,canal\n2026-03-09,10:00,email\n", encoding="utf-8")
    r = cobro("plan", "--pais", "co", "--comprobar", bueno)
    assert r.exit_code == 0
    assert r.output == ("1 envío revisado: ninguno incumple los límites de Colombia.\n"
                        "Sin columna 'cliente': todos los envíos se cuentan como del mismo deudor.\n")


def test_una_recomendacion_o_una_norma_dudosa_es_un_aviso(cobro, tmp_path):
    registro = tmp_path / "envios.csv"
    registro.write_text("fecha,hora,canal\n2026-03-08,10:00,sms\n", encoding="utf-8")  # domingo
    for codigo, regla in (("es", "es_horario_recomendado, recomendación, confianza media"),
                          ("ar", "ar_caba_horario_ley_6171, ley, confianza media-baja")):
        r = cobro("plan", "--pais", codigo, "--comprobar", registro)
        assert r.exit_code == 1
        primera = r.output.splitlines()[0]
        assert primera.startswith(f"{registro}:2: AVISO 2026-03-08 10:00 sms: domingo: ")
        assert primera.endswith(f"[{regla}]")


def test_errores_de_uso_y_de_entrada_salen_con_2(cobro, arbol, tmp_path):
    casos = [
        (("--pais", "cx", "--vencimiento", "2026-03-01"),
         "el país 'cx' no existe; valores posibles: ar, cl, co, es, mx, pe, us"),
        (("--pais", "co", "--vencimiento", "2026-02-30"),
         "'2026-02-30': esa fecha no existe en el calendario (revisa el mes y el día)"),
        (("--pais", "co", "--vencimiento", "1-2-3"), "'1-2-3' no es una fecha AAAA-MM-DD"),
        (("--pais", "co"), "falta --vencimiento"),
        (("--pais", "co", "--comprobar", tmp_path / "no.csv"),
         "no.csv: no existe; indica el registro de envíos en CSV (fecha,hora,canal[,cliente]"),
        (("--pais", "co", "--vencimiento", "2026-03-01", "-f", "pdf"), "el formato 'pdf' no existe"),
        (("--pais", "co", "--comprobar", tmp_path / "x.csv", "-f", "ics"), "ics solo vale para el plan"),
    ]
    for args, mensaje in casos:
        r = cobro("plan", *args)
        assert r.exit_code == 2, args
        assert mensaje in r.output, (args, r.output)
    co = arbol / "reglas" / "paises" / "co.yml"
    co.write_text(co.read_text(encoding="utf-8").replace('sabado: "08:00-15:00"', 'sabado: "8 a 15"'),
                  encoding="utf-8")
    r = cobro("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--specs", arbol)
    assert r.exit_code == 2
    assert "reglas/paises/co.yml:" in r.output and "contacto.horarios[0].dias.sabado: '8 a 15'" in r.output
    cl = arbol / "reglas" / "paises" / "cl.yml"
    cl.write_text(cl.read_text(encoding="utf-8").replace("canales: [llamada, visita]",
                                                         "canales: [llamadas, visita]", 1),
                  encoding="utf-8")
    r = cobro("plan", "--pais", "cl", "--vencimiento", "2026-03-01", "--specs", arbol)
    assert r.exit_code == 2
    assert ("contacto.horarios[0].canales[0]: el canal 'llamadas' no existe; ¿quisiste decir "
            "'llamada'?") in r.output
    # sin paquete de ley ya no es un error: se planifica con límites prudentes y lo avisa
    (arbol / "reglas" / "paises" / "co.yml").unlink()
    r = cobro("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--specs", arbol)
    assert r.exit_code == 0 and "Aviso: Colombia (co) no tiene paquete de ley" in r.output


def test_una_combinacion_excluida_en_los_datos_no_entra_en_el_plan(cobro, arbol):
    sector = arbol / "sectores" / "construccion.yml"
    sector.write_text(sector.read_text(encoding="utf-8").replace(
        "    exclusiones:\n",
        "    exclusiones:\n      - tipo: recordatorio_previo\n        canal: sms\n"
        "        motivo: En obra, el preaviso va por escrito con su certificación.\n", 1),
        encoding="utf-8")
    r = cobro("plan", "--pais", "mx", "--vencimiento", "2026-03-02", "--sector", "construccion",
              "--specs", arbol, "-f", "json")
    assert r.exit_code == 0, r.output
    plan = json.loads(r.output)
    assert [(c["etapa"], c["canal"]) for c in plan["contactos"] if c["etapa"] == "preaviso"] == [
        ("preaviso", "email")]
    assert plan["omitidos"] == [{"tipo": "recordatorio_previo", "canal": "sms", "etapa": "preaviso",
                                 "motivo": "En obra, el preaviso va por escrito con su certificación."}]


def test_la_zona_horaria_del_ics_cubre_los_anos_del_plan_y_habla_espanol(cobro):
    """El VTIMEZONE lleva los cambios de hora de los años del plan (también pasado 2038) y
    ningún comentario en inglés de la biblioteca."""
    r = cobro("plan", "--pais", "cl", "--vencimiento", "2040-06-01", "--canales", "email",
              "-f", "ics")
    assert r.exit_code == 0
    [zona] = icalendar.Calendar.from_ical(r.output).walk("VTIMEZONE")
    assert str(zona["COMMENT"]) == "Cambios de hora del 2039-01-01 al 2042-01-01, los años del plan."
    inicios = sorted(sub.decoded("DTSTART").year for sub in zona.subcomponents)
    assert (inicios[0], inicios[-1]) == (2039, 2039)
    cambios = [fecha.dt.year for sub in zona.subcomponents if "RDATE" in sub
               for rdate in (sub["RDATE"] if isinstance(sub["RDATE"], list) else [sub["RDATE"]])
               for fecha in rdate.dts]
    assert set(cambios) == {2040, 2041}


def test_texto_dice_los_titulos_y_el_json_los_nombres(cobro):
    """Lo que lee una persona dice «Energía (B2B)», «SMS», «Primer recordatorio» y la fecha en
    letra (los títulos de sectores/*.yml y mensajes/); el JSON y la plantilla, sus nombres."""
    args = ("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--sector", "energia",
            "--audiencia", "b2b")
    texto = cobro(*args).output.splitlines()
    assert texto[0] == "Plan de cobro · Colombia (co) · vence el domingo 1 de marzo de 2026"
    assert texto[1] == ("Sector: Energía (B2B), registro usted; horas en America/Bogota "
                        "(la del deudor).")
    assert ("2026-03-24  07:00-19:00  SMS    Segundo recordatorio  "
            "co-energia-b2b-seguimiento-sms-usted") in texto
    assert any(linea.startswith("  Recordatorio previo al vencimiento por SMS (Preaviso): ")
               for linea in texto)
    assert "energia" not in " ".join(texto[:2])
    plan = json.loads(cobro(*args, "-f", "json").output)
    assert (plan["sector"], plan["audiencia"]) == ("energia", "b2b")
    assert {c["etapa"] for c in plan["contactos"]} >= {"primer_recordatorio", "ultimo_aviso"}


def test_el_calendario_se_llama_con_la_fecha_en_letra(cobro):
    import icalendar

    r = cobro("plan", "--pais", "co", "--vencimiento", "2026-03-01", "--canales", "email", "-f", "ics")
    cal = icalendar.Calendar.from_ical(r.output)
    assert str(cal["X-WR-CALNAME"]) == "Cobro Colombia · vence el 1 de marzo de 2026"


def test_un_codigo_de_festivos_que_holidays_no_conoce_se_explica_en_espanol(cobro, arbol, monkeypatch):
    _con_zetalandia(arbol)
    monkeypatch.chdir(arbol)  # el error nombra el archivo como se abre desde aquí
    datos = arbol / "mensajes" / "paises" / "zz.yml"
    datos.write_text(ZETALANDIA_DATOS.replace("festivos: FR", "festivos: QQ"), encoding="utf-8")
    r = cobro("plan", "--pais", "zz", "--vencimiento", "2026-05-01", "--specs", arbol)
    assert r.exit_code == 2
    assert r.output.splitlines()[1:] == [  # al cargar el país, no al planificar
        "mensajes/paises/zz.yml:6: festivos: la biblioteca holidays no conoce el país 'QQ'; "
        "usa un código ISO 3166 en mayúsculas (p. ej. UY, MX)"]


@pytest.mark.timeout(90)
def test_un_registro_de_veinte_mil_envios_del_mismo_deudor_se_revisa_entero(cobro, tmp_path):
    """Sin columna cliente todos los envíos son del mismo deudor: con miles en una semana,
    cada fila se comparaba con todas las anteriores (8.000 filas, dos minutos; 20.000, más de
    diez). Se guardan solo los envíos que pueden cambiar un resultado, y el informe es el mismo:
    cada envío de más en un día rompe «un contacto al día» y cada email tras los SMS de la
    semana, «un canal por semana» (benchmarks/bench_plan_comprobar.py mide el tiempo)."""
    registro = tmp_path / "envios.csv"
    registro.write_text("fecha,hora,canal\n" + "2026-03-02,10:00,sms\n" * 10_000
                        + "2026-03-03,10:00,email\n" * 10_000, encoding="utf-8")
    r = cobro("plan", "--pais", "co", "--comprobar", registro, "-f", "json")
    assert r.exit_code == 1
    incumplimientos = json.loads(r.stdout)["incumplimientos"]
    cuenta: dict[tuple[str, str], list[int]] = {}
    for i in incumplimientos:
        cuenta.setdefault((i["regla"], i["fecha"]), []).append(i["fila"])
    assert {clave: (len(filas), min(filas), max(filas)) for clave, filas in cuenta.items()} == {
        ("co_un_contacto_al_dia", "2026-03-02"): (9_999, 3, 10_001),
        ("co_un_contacto_al_dia", "2026-03-03"): (9_999, 10_003, 20_001),
        ("co_un_canal_por_semana", "2026-03-03"): (10_000, 10_002, 20_001),
    }
