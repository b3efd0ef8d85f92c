"""Canal llamada: un guion telefónico con ramas, estructurado en catalogo.json y legible en el
cuerpo de la plantilla; lo que oye un tercero o un buzón nunca revela la deuda y cada
prohibición cita la norma del país de la plantilla."""

from __future__ import annotations

import shutil

import pytest

from generador import llamada
from generador.cargar import cargar
from generador.errores import ErrorEspecificacion

RAMAS = ["promesa", "disputa", "dificultad", "tercero", "buzon"]


def _llamadas(manifiesto, pais=None):
    return [e for e in manifiesto["plantillas"]
            if e["canal"] == "llamada" and (pais is None or e["pais"] == pais)]


def test_cada_guion_tiene_saludo_motivo_despedida_y_las_cinco_ramas(catalogo_real):
    _, resultado, manifiesto = catalogo_real
    entradas = _llamadas(manifiesto)
    assert len(entradas) == 7 * 72  # 72 guiones en cada uno de los siete países
    for e in entradas:
        guion = e["llamada"]
        assert [s["clave"] for s in guion["secciones"]] == ["saludo", "motivo", "despedida"]
        assert [r["clave"] for r in guion["ramas"]] == RAMAS
        assert guion["ramas"][0]["registrar"][:2] == ["fecha prometida", "importe prometido"]
        cuerpo = resultado.ejemplos[e["id"]].cuerpo
        for i, rama in enumerate(guion["ramas"], 1):
            assert f"3.{i}. {rama['titulo']}" in cuerpo


def _deuda(espec):
    return llamada.variables_de_deuda(
        espec.variables, *(p.variables for s in espec.sectores.values() for p in s.perfiles.values()))


def test_las_variables_de_deuda_salen_del_modelo_de_variables(espec):
    deuda = _deuda(espec)
    # las de siempre, las que añadieron los tipos nuevos y las de los sectores
    assert {"importe", "fecha_vencimiento", "referencia", "numero_factura", "enlace_pago",
            "fecha_cesion", "fecha_primera_cuota", "importe_recibido", "nombre_agencia",
            "relacion_facturas", "fecha_suspension", "certificacion"} <= deuda
    # lo que sirve para devolver la llamada no es de la deuda
    assert not deuda & {"nombre", "nombre_cliente", "remitente", "empresa", "telefono_contacto",
                        "horario_contacto", "seguro", "plataforma"}
    assert deuda == {n for n, v in espec.todas_las_variables().items() if v.deuda}


def test_ni_el_tercero_ni_el_buzon_oyen_importe_fecha_o_referencia(catalogo_real, espec):
    _, resultado, manifiesto = catalogo_real
    deuda = _deuda(espec)
    for e in _llamadas(manifiesto):
        ramas = {r["clave"]: r for r in e["llamada"]["ramas"]}
        for clave in ("tercero", "buzon"):
            dicho = ramas[clave]["decir"]
            assert not any("{{ " + v + " }}" in dicho for v in deuda), e["id"]
        # y en el ejemplo relleno, el importe de esa plantilla no está en esas ramas
        cuerpo = resultado.ejemplos[e["id"]].cuerpo
        tercero = cuerpo.split("3.4. ")[1].split("3.5. ")[0]
        buzon = cuerpo.split("3.5. ")[1].split("\n4. ")[0]
        motivo = cuerpo.split("2. Motivo de la llamada\n")[1].split("\n")[0]
        importe = next(p for p in motivo.split() if any(c.isdigit() for c in p))
        assert importe not in tercero and importe not in buzon, e["id"]
        assert "deuda" not in buzon.split("Nota:")[0]


def test_las_prohibiciones_citan_la_norma_de_su_pais_y_solo_la_suya(catalogo_real):
    _, _, manifiesto = catalogo_real

    def nunca(pais):
        return {x["clave"]: x["fuente"] for x in _llamadas(manifiesto, pais)[0]["llamada"]["nunca"]["lista"]}

    us = nunca("us")
    assert us["terceros"] == "FDCPA, 15 U.S.C. 1692c(b)"
    assert us["horario"].startswith("FDCPA, 15 U.S.C. 1692c(a)(1): de 8:00 a 21:00")
    assert nunca("co")["horario"].startswith("Ley 2300 de 2023 (Colombia), art. 3")
    assert "motivo_impago" in nunca("co") and "motivo_impago" not in nunca("mx")
    assert nunca("es")["horario"] is None  # en España no hay horario legal general
    for pais in ("mx", "co", "pe", "cl", "ar", "es"):
        assert not any("U.S.C." in (f or "") for f in nunca(pais).values()), pais
    for pais in ("mx", "co", "pe", "cl", "ar", "us"):
        assert not any("Código Penal, art" in (f or "") and "Federal" not in f
                       for f in nunca(pais).values()), pais


def test_el_texto_sin_fuente_lo_dice(catalogo_real):
    salida, _, manifiesto = catalogo_real
    e = next(x for x in _llamadas(manifiesto, "es") if x["tipo"] == "seguimiento")
    texto = (salida / e["ruta"]).read_text(encoding="utf-8")
    assert ("- Llamar fuera del horario que permite el país del cliente, en su hora local "
            "(buena práctica; ninguna norma del país lo dice así)") in texto


def test_el_guion_de_argentina_en_tu_va_con_voseo(catalogo_real):
    _, resultado, _ = catalogo_real
    ar = resultado.ejemplos["ar-turismo-seguimiento-llamada-tu"].cuerpo
    assert "¿Podés decirle a" in ar and "¿Puedes" not in ar


def test_cada_sector_dice_sus_ramas_y_su_buzon_nombra_su_departamento(espec):
    from generador.componer import Filtros, componer

    ramas = {}
    for p in componer(espec, Filtros(tipo="seguimiento", canal="llamada", registro="usted"),
                      pais="mx").plantillas:
        ramas[(p.sector, p.audiencia)] = {r["clave"]: r["decir"] for r in p.estructura["ramas"]}
    # lo que se discute y la salida real de cada sector
    assert "lectura" in ramas[("energia", "b2c")]["disputa"]
    assert "licencias" in ramas[("tecnologia", "b2b")]["disputa"]
    assert "mediciones de la certificación" in ramas[("construccion", "b2b")]["disputa"]
    assert "prima" in ramas[("seguros", "b2c")]["disputa"]
    assert "cambio de fechas" in ramas[("turismo", "b2c")]["disputa"]
    assert "fraccionar la prima" in ramas[("seguros", "b2c")]["dificultad"]
    assert "plan más ligero" in ramas[("tecnologia", "b2b")]["dificultad"]
    # el bono social es de España: fuera no se nombra
    assert "bono social" not in ramas[("energia", "b2c")]["dificultad"]
    assert "departamento de reservas" in ramas[("turismo", "b2c")]["buzon"]
    assert "administración de obras" in ramas[("construccion", "b2b")]["buzon"]
    for clave in ("promesa", "disputa", "dificultad", "tercero", "buzon"):
        textos = [r[clave] for r in ramas.values()]
        assert len(set(textos)) == len(textos), clave


def test_el_pais_del_sector_manda_sobre_su_texto_general(espec):
    from generador.componer import Filtros, componer

    def dificultad(pais):
        p, = componer(espec, Filtros(sector="energia", audiencia="b2c", tipo="seguimiento",
                                     canal="llamada", registro="tu"), pais=pais).plantillas
        return p.estructura["ramas"][2]["decir"]

    assert "te explico cómo pedir el bono social" in dificultad("es")
    assert "te explico qué ayudas hay para la factura" in dificultad("co")


def test_manda_la_rama_del_tipo_luego_la_del_sector_y_luego_la_comun(tmp_path, raiz):
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "sectores" / "turismo.yml"
    texto = ruta.read_text(encoding="utf-8")
    inicio = texto.index("      buzon:\n")
    fin = texto.index("      despedida:\n", inicio)
    ruta.write_text(texto[:inicio] + texto[fin:], encoding="utf-8")  # sin buzón propio
    from generador.componer import Filtros, componer

    espec = cargar(tmp_path)
    comun = espec.guion.ramas["buzon"].texto["usted"]
    por_tipo = {}
    for tipo in ("propuesta_plan_pagos", "seguimiento"):
        p, = componer(espec, Filtros(sector="turismo", tipo=tipo, canal="llamada",
                                     registro="usted")).plantillas
        por_tipo[tipo] = {r["clave"]: r["decir"] for r in p.estructura["ramas"]}
    sector = espec.sectores["turismo"].perfiles["b2c"].llamada
    assert por_tipo["seguimiento"]["buzon"] == comun  # el sector no lo escribe: el común
    assert por_tipo["seguimiento"]["promesa"] == sector["promesa"]["usted"]
    # la rama del tipo, con sus ranuras de sector resueltas (opciones y cierre de turismo)
    propuesta = espec.tipos["propuesta_plan_pagos"]
    turismo = espec.sectores["turismo"].perfiles["b2c"]
    esperado = propuesta.textos["llamada"].ramas["promesa"]["usted"]
    for ranura in ("opciones", "cierre"):
        esperado = esperado.replace(f"[[ {ranura} ]]", turismo.texto(propuesta, ranura, "usted"))
    assert por_tipo["propuesta_plan_pagos"]["promesa"] == esperado
    assert "terminen antes de la salida" in por_tipo["propuesta_plan_pagos"]["promesa"]


@pytest.mark.parametrize(("seccion", "texto", "esperado"), [
    ("tercero", "Dile que mire la factura {{ numero_factura }}.", "no puede llevar {{ numero_factura }}"),
    ("buzon", "Hola, es por lo del {{ fecha_cesion }}.", "no puede llevar {{ fecha_cesion }}"),
    ("buzon", "Hola. [[ opciones ]]", "no puede llevar la ranura [[ opciones ]]"),
])
def test_un_sector_cuyo_tercero_o_buzon_revela_la_deuda_no_carga(tmp_path, raiz, seccion, texto,
                                                                  esperado):
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "sectores" / "seguros.yml"
    original = ruta.read_text(encoding="utf-8")
    inicio = original.index(f"      {seccion}:\n        tu: ")
    linea = original[inicio:].split("\n")[1]
    ruta.write_text(original.replace(linea, f'        tu: "{texto}"', 1), encoding="utf-8")
    with pytest.raises(ErrorEspecificacion) as error:
        cargar(tmp_path)
    problemas = [p for p in error.value.problemas if p.clave.endswith(f"llamada.{seccion}.tu")]
    assert [(p.archivo, p.clave) for p in problemas] == [
        ("sectores/seguros.yml", f"audiencias.b2c.llamada.{seccion}.tu")]
    assert esperado in problemas[0].mensaje
    assert original.count("\n", 0, inicio) + 2 == problemas[0].linea


def test_una_variable_nueva_de_deuda_queda_cubierta_al_declararla(tmp_path, raiz):
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "sectores" / "tecnologia.yml"
    texto = ruta.read_text(encoding="utf-8")
    # «licencias» no es de la deuda; marcada con deuda: true, ya no puede ir en el buzón
    texto = texto.replace("      licencias:\n", "      licencias:\n        deuda: true\n", 1)
    texto = texto.replace("Quería comentarte una cosa;", "Es por tus {{ licencias }} licencias;", 1)
    ruta.write_text(texto, encoding="utf-8")
    with pytest.raises(ErrorEspecificacion) as error:
        cargar(tmp_path)
    assert [(p.clave, p.mensaje.split(" (")[0]) for p in error.value.problemas] == [
        ("audiencias.b2b.llamada.buzon.tu",
         "la rama 'buzon' la oye quien quizá no es el titular: no puede llevar {{ licencias }} "
         "ni ningún dato de la deuda")]


def test_un_pais_desconocido_en_el_guion_del_sector_se_dice(tmp_path, raiz):
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "sectores" / "energia.yml"
    ruta.write_text(ruta.read_text(encoding="utf-8").replace("        es:\n          dificultad:",
                                                            "        ez:\n          dificultad:", 1),
                    encoding="utf-8")
    with pytest.raises(ErrorEspecificacion) as error:
        cargar(tmp_path)
    assert [p.clave for p in error.value.problemas] == ["audiencias.b2c.llamada.paises.ez"]
    assert "'ez'" in error.value.problemas[0].mensaje


def test_un_tipo_cuya_rama_de_tercero_menciona_el_importe_no_carga(tmp_path, raiz):
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "mensajes" / "tipos" / "propuesta_plan_pagos.yml"
    texto = ruta.read_text(encoding="utf-8")
    texto = texto.replace("    ramas:\n", "    ramas:\n      tercero:\n"
                          "        tu: Dile que debe {{ importe }}.\n"
                          "        usted: Dígale que debe {{ importe }}.\n", 1)
    ruta.write_text(texto, encoding="utf-8")
    with pytest.raises(ErrorEspecificacion) as error:
        cargar(tmp_path)
    problemas = [p for p in error.value.problemas if "tercero" in p.clave]
    assert [(p.archivo, p.clave) for p in problemas] == [
        ("mensajes/tipos/propuesta_plan_pagos.yml", "canales.llamada.ramas.tercero.tu"),
        ("mensajes/tipos/propuesta_plan_pagos.yml", "canales.llamada.ramas.tercero.usted"),
    ]
    assert problemas[0].mensaje.startswith(
        "la rama 'tercero' la oye quien quizá no es el titular: no puede llevar {{ importe }}")
    assert texto.splitlines()[problemas[0].linea - 1].strip().startswith("tu: Dile que debe")


def test_componer_y_texto_del_guion_como_funciones():
    guion = llamada.Guion(
        saludo=llamada.Seccion("saludo", "Saludo", {"tu": "Hola, soy {{ remitente }}."}),
        motivo=llamada.Seccion("motivo", "Motivo"),
        ramas={r: llamada.Seccion(r, r.title(), {"tu": f"Texto de {r}."}) for r in RAMAS},
        despedida=llamada.Seccion("despedida", "Adiós", {"tu": "Gracias."}),
        titulo_nunca="Nunca",
        nunca=(llamada.Prohibicion("terceros", "Hablar con terceros", {"us": "FDCPA 1692c(b)"}),
               llamada.Prohibicion("solo_co", "Algo", {}, ("co",))),
        sin_fuente="buena práctica",
    )
    estructura = llamada.componer(guion, "Te llamo por {{ importe }}.", "tu", "us", str,
                                  {"buzon": {"tu": "Mensaje neutro."}}, "Prueba")
    assert [r["decir"] for r in estructura["ramas"]] == [
        "Texto de promesa.", "Texto de disputa.", "Texto de dificultad.", "Texto de tercero.",
        "Mensaje neutro."]
    assert estructura["nunca"]["lista"] == [
        {"clave": "terceros", "texto": "Hablar con terceros", "fuente": "FDCPA 1692c(b)"}]
    texto = llamada.texto(estructura)
    assert texto.startswith("Guion de llamada: Prueba\n\n1. Saludo\n«Hola, soy {{ remitente }}.»")
    assert texto.endswith("Nunca\n- Hablar con terceros (FDCPA 1692c(b))")


def test_por_telefono_nada_de_sms_ni_de_este_mensaje_y_en_ee_uu_una_baja_hablada(catalogo_real):
    _, resultado, manifiesto = catalogo_real
    import re

    escrito = re.compile(r"\b(respónd[ae]nos BAJA|SMS|este (correo|email|mensaje)|esta carta)\b",
                         re.IGNORECASE)
    for e in _llamadas(manifiesto):
        guion = e["llamada"]
        for s in (*guion["secciones"], *guion["ramas"]):
            if s["clave"] == "buzon":  # el buzón sí es un mensaje (de voz)
                continue
            assert not escrito.search(s["decir"]), (e["id"], s["clave"], s["decir"])
    us = resultado.ejemplos["us-seguros-ultimo_aviso-llamada-usted"].cuerpo
    assert ("Y si prefiere que no le llamemos más, dígamelo ahora y lo anoto; si desea que "
            "dejemos de contactarle del todo, pídanoslo por escrito a") in us
    e = next(x for x in _llamadas(manifiesto, "us") if x["id"] == "us-seguros-ultimo_aviso-llamada-usted")
    assert any("15 U.S.C. 1692c(c)" in f and "1006.14(h)" in f for f in e["fuentes_legales"])
    nunca = {x["clave"]: x["fuente"] for x in e["llamada"]["nunca"]["lista"]}
    assert nunca["no_llamar"].startswith("12 CFR 1006.14(h)")


def test_el_vocabulario_del_pago_en_la_llamada_cambia_por_pais(espec):
    from generador.componer import Filtros, componer

    def rama(pais, clave, registro="tu"):
        p, = componer(espec, Filtros(sector="energia", audiencia="b2c", tipo="seguimiento",
                                     canal="llamada", registro=registro), pais=pais).plantillas
        return next(r["decir"] for r in p.estructura["ramas"] if r["clave"] == clave)

    assert "Si la tienes domiciliada" in rama("es", "promesa")
    assert "Si tenés el débito automático activado" in rama("ar", "promesa")  # con voseo
    assert "Si la tienes domiciliada" in rama("mx", "promesa")  # en México también se domicilia
    assert "pago automático (PAC)" in rama("cl", "promesa", "usted")
    assert "esta boleta queda en pausa" in rama("cl", "disputa", "usted")
    assert "boleta" not in rama("pe", "disputa", "usted")
