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


def test_ni_el_tercero_ni_el_buzon_oyen_importe_fecha_o_referencia(catalogo_real, espec):
    _, resultado, manifiesto = catalogo_real
    for e in _llamadas(manifiesto):
        ramas = {r["clave"]: r for r in e["llamada"]["ramas"]}
        for clave in ("tercero", "buzon"):
            dicho = ramas[clave]["decir"]
            assert not any("{{ " + v + " }}" in dicho for v in llamada.VARIABLES_DE_DEUDA), e["id"]
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


def test_la_rama_de_dificultades_lleva_las_salidas_del_sector(espec):
    from generador.componer import Filtros, componer

    textos = {}
    for p in componer(espec, Filtros(tipo="seguimiento", canal="llamada", registro="usted")).plantillas:
        dificultad = p.estructura["ramas"][2]
        assert dificultad["clave"] == "dificultad"
        opciones = espec.sectores[p.sector].perfiles[p.audiencia].texto(
            espec.tipos["seguimiento"], "opciones", "usted")
        assert opciones.split(" ")[0] in dificultad["decir"]
        textos[(p.sector, p.audiencia)] = dificultad["decir"]
    assert len(set(textos.values())) == len(textos)


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
