"""``benchmarks/validacion_elementos.py`` con datos sintéticos: qué formas encuentra cada
elemento y cuándo una forma cuenta en la estimación estricta (no lee el corpus)."""

from __future__ import annotations

import pytest

from generador.lint.cargar_reglas import cargar as cargar_reglas
from generador.lint.configuracion import Configuracion
from generador.lint.motor import Motor, Opciones, documento_de_texto

from .corpus_sintetico import RAIZ, cargar

ve = cargar("validacion_elementos", RAIZ / "benchmarks" / "validacion_elementos.py")
precision = ve.precision


def _comprobador(elemento: str):
    return next(r.comprobador for r in cargar_reglas().reglas
                if r.tipo == "elemento_requerido" and r.comprobador.elemento == elemento)


def _contexto(texto: str, canal: str, modo: str):
    motor = Motor(Opciones(canal=canal, mensaje=modo == "mensaje"))
    ctx = motor.contexto(documento_de_texto(texto), Configuracion())
    ctx.modo = modo
    return ctx


@pytest.mark.parametrize(("elemento", "canal", "modo", "texto", "esperadas"), [
    ("remitente", "email", "mensaje", "Tu saldo vence hoy.", set()),
    ("remitente", "email", "plantilla", "Tu saldo vence hoy.\n\n{{ empresa }}", {"marcador"}),
    ("opciones_pago", "email", "mensaje", "Paga con Bizum.", {"frase:bizum"}),
    ("contacto", "email", "mensaje", "Contacte con nosotros.", set()),
])
def test_claves_reproducen_la_presencia(elemento, canal, modo, texto, esperadas):
    comprobador = _comprobador(elemento)
    ctx = _contexto(texto, canal, modo)
    claves = ve.claves(comprobador, ctx)
    assert claves == esperadas
    assert comprobador.presente(ctx) == bool(claves)


def _dato(fuente: str, falta: bool, claves: set[str], predicho: bool | None = None):
    """Una entrada juzgada solo para el remitente, con las formas que lo encontraron."""
    predicho = (not claves) if predicho is None else predicho
    return ({"id": fuente, "fuente": fuente},
            {"remitente": (falta, predicho, frozenset(claves))})


def _pliegue(fuente: str, pliegues: int) -> int:
    return ve.vc.pliegue(ve.vc.grupo_fuente(fuente), pliegues)


def test_una_forma_de_una_sola_fuente_no_cuenta_en_su_pliegue():
    # dos fuentes en pliegues distintos; «patron#1» solo acierta en la primera
    fuentes = [f"https://fuente{i}.example/x" for i in range(40)]
    a = fuentes[0]
    b = next(f for f in fuentes if _pliegue(f, 5) != _pliegue(a, 5))
    datos = [
        _dato(a, False, {"patron#1", "patron#2"}),  # la encuentran dos formas
        _dato(a, False, {"patron#1"}),              # solo la forma de esta fuente
        _dato(b, False, {"patron#2"}),              # «patron#2» acierta también aquí
    ]
    r = ve.medir(datos, 5)
    normal, estricta = r["normal"]["remitente"], r["estricta"]["remitente"]
    assert (normal.vp, normal.fp, normal.fn, normal.vn) == (0, 0, 0, 3)
    # en el pliegue de «a», «patron#2» está apoyada por «b», «patron#1» no
    assert (estricta.vp, estricta.fp, estricta.fn, estricta.vn) == (0, 1, 0, 2)
    assert [f["id"] for f in r["fallos"]["remitente"]] == [a]
    assert r["sin_apoyo"]["remitente"] == ["patron#1"]


def test_una_falsa_presencia_no_apoya_una_forma():
    fuentes = [f"https://otra{i}.example/x" for i in range(40)]
    a = fuentes[0]
    b = next(f for f in fuentes if _pliegue(f, 5) != _pliegue(a, 5))
    # en «b» el remitente falta y «patron#3» lo da por presente: no es un acierto
    datos = [_dato(a, False, {"patron#3"}), _dato(b, True, {"patron#3"})]
    r = ve.medir(datos, 5)
    estricta = r["estricta"]["remitente"]
    assert (estricta.vp, estricta.fp, estricta.fn, estricta.vn) == (0, 1, 1, 0)
