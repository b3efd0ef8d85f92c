"""cobro plan --comprobar: cada envío del registro de un equipo contra los límites del país."""

from __future__ import annotations

import pytest

from generador.errores import ErrorCobro, ErrorEspecificacion
from generador.plan.comprobar import comprobar


def _csv(tmp_path, texto: str, nombre: str = "envios.csv"):
    ruta = tmp_path / nombre
    ruta.write_text(texto, encoding="utf-8")
    return ruta


def _hallazgos(resultado):
    return [(i.fila, i.exigencia.nombre, i.mensaje) for i in resultado.incumplimientos]


def test_peru_llamada_en_sabado_y_fuera_de_hora(espec, pais, tmp_path):
    ruta = _csv(tmp_path, "fecha,hora,canal\n"
                          "2026-03-07,10:00,llamada\n"     # sábado
                          "2026-03-09,20:30,llamada\n"     # lunes, tarde
                          "2026-03-10,09:00,llamada\n")    # bien
    r = comprobar(espec, pais("pe"), ruta)
    assert _hallazgos(r) == [
        (2, "pe_horario_llamadas_visitas", "sábado: Ley 29571 art. 62 b no permite contactar en sábado"),
        (3, "pe_horario_llamadas_visitas",
         "a las 20:30: Ley 29571 art. 62 b permite contactar el lunes solo de 07:00 a 20:00"),
    ]
    assert r.filas == 3


def test_colombia_festivo_domingo_y_frecuencia_por_cliente(espec, pais, tmp_path):
    ruta = _csv(tmp_path, "fecha,hora,canal,cliente\n"
                          "2026-03-02,09:00,email,A\n"
                          "2026-03-02,11:00,email,A\n"    # segundo contacto del día
                          "2026-03-02,11:00,email,B\n"    # otro cliente: bien
                          "2026-03-05,09:00,sms,A\n"      # otro canal en la misma semana
                          "2026-03-15,09:00,email,B\n"    # domingo
                          "2026-03-23,09:00,email,B\n")   # San José (observado)
    r = comprobar(espec, pais("co"), ruta)
    assert _hallazgos(r) == [
        (3, "co_un_contacto_al_dia",
         "lunes 2 de marzo: Ley 2300 de 2023 art. 3 permite como máximo 1 contacto al día"),
        (5, "co_un_canal_por_semana",
         "jueves 5 de marzo: Ley 2300 de 2023 art. 3 permite como máximo 1 canal distinto en 7 "
         "días seguidos"),
        (6, "co_horario_ley_2300", "domingo: Ley 2300 de 2023 art. 3 no permite contactar en domingo"),
        (7, "co_horario_ley_2300",
         "festivo (Día de San José (observado)): Ley 2300 de 2023 art. 3 no permite contactar en festivos"),
    ]
    assert (r.clientes, r.con_cliente) == (2, True)
    detalle = r.incumplimientos[0].como_dict()
    assert detalle["ley"] == "Ley 2300 de 2023" and detalle["articulo"] == "art. 3"
    assert detalle["url"].startswith("https://") and detalle["cliente"] == "A"


def test_chile_una_llamada_por_semana_y_escritos_separados(espec, pais, tmp_path):
    ruta = _csv(tmp_path, "fecha,hora,canal\n"
                          "2026-03-02,10:00,llamada\n"
                          "2026-03-06,10:00,llamada\n"    # segunda llamada en 7 días
                          "2026-03-02,12:00,email\n"
                          "2026-03-03,12:00,sms\n"        # a un día del email
                          "2026-03-05,12:00,carta\n")     # tercer escrito en 7 días
    r = comprobar(espec, pais("cl"), ruta)
    cl = "Ley 19.496 (reformada por la Ley 21.320) art. 37"
    assert _hallazgos(r) == [
        (3, "cl_una_llamada_o_visita_por_semana",
         f"viernes 6 de marzo: {cl} permite como máximo 1 contacto por llamada o visita en 7 días seguidos"),
        (5, "cl_dos_dias_entre_escritos",
         f"martes 3 de marzo: {cl} exige al menos 2 días entre dos contactos por email, sms, carta o "
         "whatsapp"),
        (6, "cl_dos_escritos_por_semana",
         f"jueves 5 de marzo: {cl} permite como máximo 2 contactos por email, sms, carta o whatsapp "
         "en 7 días seguidos"),
    ]


def test_estados_unidos_siete_llamadas_en_siete_dias_y_tras_conversacion(espec, pais, tmp_path):
    filas = [f"2026-03-0{d},10:00,llamada,no" for d in range(2, 9)]   # 7 intentos: bien
    filas.append("2026-03-08,15:00,llamada,si")                        # 8.º en 7 días
    filas.append("2026-03-12,10:00,llamada,no")                        # 4 días tras conversación
    filas.append("2026-03-16,07:30,email,no")                          # antes de las 8
    r = comprobar(espec, pais("us"), _csv(tmp_path, "fecha,hora,canal,conversacion\n" + "\n".join(filas)))
    assert _hallazgos(r) == [
        (9, "us_siete_llamadas_en_siete_dias",
         "domingo 8 de marzo: Regulation F (12 CFR 1006) § 1006.14(b)(2)(i)(A) permite como máximo "
         "7 contactos por llamada en 7 días seguidos"),
        (10, "us_siete_dias_tras_conversacion",
         "jueves 12 de marzo: Regulation F (12 CFR 1006) § 1006.14(b)(2)(i)(B) prohíbe contactar por "
         "llamada en los 7 días siguientes a una conversación"),
        (11, "us_horario_reg_f",
         "a las 07:30: Regulation F (12 CFR 1006) / FDCPA 15 U.S.C. 1692c(a)(1) § 1006.6(b)(1)(i) "
         "permite contactar el lunes solo de 08:00 a 21:00"),
    ]


def test_una_hora_con_desfase_se_pasa_a_la_hora_del_deudor(espec, pais, tmp_path):
    # 01:30 UTC del 2 de marzo son las 20:30 del 1 de marzo (domingo) en Bogotá.
    ruta = _csv(tmp_path, "fecha,hora,canal\n2026-03-02,01:30Z,email\n2026-03-02,14:00Z,email\n")
    r = comprobar(espec, pais("co"), ruta)
    assert [(i.fila, i.envio.fecha.isoformat(), i.envio.hora.strftime("%H:%M"), i.exigencia.nombre)
            for i in r.incumplimientos] == [(2, "2026-03-01", "20:30", "co_horario_ley_2300")]
    assert r.incumplimientos[0].mensaje.startswith("domingo: Ley 2300 de 2023 art. 3")


def test_mexico_un_registro_limpio_no_tiene_incumplimientos(espec, pais, tmp_path):
    ruta = _csv(tmp_path, "fecha;hora;canal\n2026-03-08;21:59;sms\n2026-03-08;07:00;email\n")
    r = comprobar(espec, pais("mx"), ruta)
    assert (r.filas, r.incumplimientos) == (2, [])


def test_fechas_y_horas_como_las_exporta_una_hoja_de_calculo(espec, pais, tmp_path):
    """Las mismas fechas que cobro combinar: DD/MM/AAAA es día/mes salvo en Estados Unidos,
    donde es ambigua; y 9:30 vale por 09:30."""
    ruta = _csv(tmp_path, "fecha;hora;canal;cliente\n02/03/2026;9:30;sms;A\n2026-03-02;10:00;sms;A\n")
    [incumplimiento] = comprobar(espec, pais("co"), ruta).incumplimientos
    assert (incumplimiento.fila, incumplimiento.envio.fecha.isoformat(),
            incumplimiento.envio.hora.isoformat()) == (3, "2026-03-02", "10:00:00")
    with pytest.raises(ErrorEspecificacion) as exc:
        comprobar(espec, pais("us"), ruta)
    assert [str(p) for p in exc.value.problemas] == [
        f"{ruta}:2: fecha: fecha ambigua '02/03/2026': en este país el día y el mes pueden ir "
        "en cualquier orden; usa AAAA-MM-DD"]


def test_filas_malas_se_reportan_todas_con_su_linea(espec, pais, tmp_path):
    ruta = _csv(tmp_path, "fecha,hora,canal\n"
                          "2026-03-02,09:00,email\n"
                          "2026-02-30,9h,emial\n"
                          "\n"
                          "2026-03-04,09:00,sms,de más\n")
    with pytest.raises(ErrorEspecificacion) as exc:
        comprobar(espec, pais("co"), ruta)
    assert [str(p) for p in exc.value.problemas] == [
        f"{ruta}:3: canal: el canal 'emial' no existe; ¿quisiste decir 'email'?",
        f"{ruta}:3: fecha: fecha no válida '2026-02-30': ese día no existe",
        f"{ruta}:3: hora: '9h' no es una hora HH:MM (p. ej. 09:30, o 14:30Z con desfase)",
        f"{ruta}:5: tiene más campos que la cabecera (3); ¿un separador ',' de más?",
    ]
    assert str(exc.value).startswith("El registro de envíos tiene 4 problemas")


@pytest.mark.parametrize(("contenido", "mensaje"), [
    (b"", "est\u00e1 vac\u00edo"),
    (b"dia,hora,canal\n", "le falta la columna fecha en la cabecera (tiene: dia, hora, canal)"),
    (b"fecha,hora,canal\n2026-03-02,09:00,sms\xff\n", "envios.csv:2: el archivo no es UTF-8 (byte "
                                                       "0xFF en la columna 21)"),
    (b"fecha,hora,canal\x00\n",
     "envios.csv:1: el archivo contiene bytes nulos: es un binario, no un CSV de texto"),
])
def test_un_registro_ilegible_es_un_error_de_entrada(espec, pais, tmp_path, contenido, mensaje):
    ruta = tmp_path / "envios.csv"
    ruta.write_bytes(contenido)
    with pytest.raises(ErrorCobro) as exc:
        comprobar(espec, pais("co"), ruta)
    assert mensaje in str(exc.value)


def test_el_texto_unicode_de_excel_se_lee_como_el_csv_utf8(espec, pais, tmp_path):
    """UTF-16 con BOM y tabuladores (el «Texto Unicode» de Excel) da lo mismo que UTF-8."""
    texto = "fecha,hora,canal,cliente\n2026-03-02,10:00,sms,A\n2026-03-02,11:00,sms,A\n"
    utf8, utf16 = tmp_path / "utf8.csv", tmp_path / "utf16.csv"
    utf8.write_text(texto, encoding="utf-8")
    utf16.write_bytes(texto.replace(",", "\t").encode("utf-16"))
    uno, otro = comprobar(espec, pais("co"), utf8), comprobar(espec, pais("co"), utf16)
    assert [i.resumen() for i in otro.incumplimientos] == [i.resumen() for i in uno.incumplimientos]
    assert len(uno.incumplimientos) == 1


PAISES = ("mx", "co", "pe", "cl", "ar", "es", "us")


def _primer_dia(desde, condicion):
    import datetime as dt

    dia = desde
    while not condicion(dia):
        dia += dt.timedelta(days=1)
    return dia


@pytest.mark.parametrize("codigo", PAISES)
def test_cada_dia_hora_y_festivo_vedados_de_cada_pais_se_reportan_con_su_cita(espec, pais, tmp_path,
                                                                           codigo):
    """Para cada horario del paquete: un envío en cada día sin ventana, otro un minuto antes de
    que se abra la ventana y otro en el primer festivo laborable del año (si los excluye)."""
    import datetime as dt

    import holidays

    from generador.plan.limites import DIAS_LEGIBLES

    p = pais(codigo)
    festivos = holidays.country_holidays(p.festivos, years=2026)
    for h in p.reglas_contacto.horarios:
        canal = (h.canales or ("email",))[0]
        filas, esperados = [], []
        for n, ventana in enumerate(h.dias):
            dia = _primer_dia(dt.date(2026, 6, 1), lambda d, n=n: d.weekday() == n and d not in festivos)
            if ventana is None:
                filas.append(f"{dia},10:00,{canal}")
                esperados.append(f"{DIAS_LEGIBLES[n]}: {h.cita()}")
            elif ventana.desde > dt.time(0, 0):
                antes = (dt.datetime.combine(dia, ventana.desde) - dt.timedelta(minutes=1)).time()
                filas.append(f"{dia},{antes:%H:%M},{canal}")
                esperados.append(f"a las {antes:%H:%M}: {h.cita()}")
        if h.excluye_festivos:
            dia = _primer_dia(dt.date(2026, 1, 1), lambda d, h=h: d in festivos and h.dias[d.weekday()])
            filas.append(f"{dia},{h.dias[dia.weekday()].desde:%H:%M},{canal}")
            esperados.append("festivo (")
        ruta = tmp_path / f"{h.nombre}.csv"
        ruta.write_text("fecha,hora,canal,cliente\n" + "\n".join(
            f"{f},{i}" for i, f in enumerate(filas)) + "\n", encoding="utf-8")
        r = comprobar(espec, p, ruta)
        propios = [i for i in r.incumplimientos if i.exigencia.nombre == h.nombre]
        assert [i.fila for i in propios] == list(range(2, len(filas) + 2)), h.nombre
        for incumplimiento, inicio in zip(propios, esperados, strict=True):
            assert incumplimiento.mensaje.startswith(inicio), (h.nombre, incumplimiento.mensaje)
