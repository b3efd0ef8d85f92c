"""Un valor enorme (una celda de 200.000 caracteres, un nombre pegado por error) se nombra
recortado en el mensaje de error: el mensaje cabe en la pantalla y sigue diciendo qué hacer."""

from __future__ import annotations

from generador.errores import valor_desconocido


def test_un_valor_desconocido_enorme_se_recorta_con_su_longitud():
    mensaje = valor_desconocido("el canal", "x" * 200_000, ["email", "sms"])
    assert mensaje == (f"el canal '{'x' * 60}… (200.000 caracteres)' no existe; "
                       "valores posibles: email, sms")


def test_un_valor_corto_se_muestra_entero_con_su_sugerencia():
    assert valor_desconocido("el canal", "smss", ["email", "sms"]) == (
        "el canal 'smss' no existe; ¿quisiste decir 'sms'?")


def test_plan_comprobar_con_un_canal_enorme_da_un_mensaje_corto(cobro, tmp_path):
    ruta = tmp_path / "envios.csv"
    ruta.write_text("fecha,hora,canal\n2026-03-02,10:00," + "x" * 200_000 + "\n", encoding="utf-8")
    r = cobro("plan", "--pais", "es", "--comprobar", ruta)
    assert r.exit_code == 2
    assert f"envios.csv:2: canal: el canal '{'x' * 60}… (200.000 caracteres)' no existe" in r.output
    assert len(r.output) < 600
