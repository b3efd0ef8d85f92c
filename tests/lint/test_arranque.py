"""Atajos del arranque de ``cobro lint``: dan lo mismo que el camino largo.

- ``numeros.cifra`` formatea los enteros sin importar Babel, igual que Babel;
- ``resumen.resumen`` es el BLAKE2b de 32 bytes de ``hashlib`` (sin importar OpenSSL);
- ``recolector`` solo detiene y congela el recolector de ciclos entre ``permitir`` y
  ``retirar`` (la entrada del programa), y al retirar lo deja como estaba."""

from __future__ import annotations

import gc
import hashlib
import random

import pytest
from babel.numbers import format_decimal

from generador import recolector
from generador.numeros import cifra
from generador.resumen import resumen

VALORES = [0, 1, -1, 7, 999, 1000, -1000, 1201, 9999, 10000, 123456, 10**9, -999_999,
           *random.Random(3).sample(range(-10**12, 10**12), 300)]


@pytest.mark.parametrize("decimales", [0, 1, 2, 3])
def test_cifra_de_un_entero_es_la_de_babel(decimales):
    formato = "#,##0" + ("." + "#" * decimales if decimales else "")
    for valor in VALORES:
        babel = format_decimal(valor, format=formato, locale="es_ES").replace("\xa0", " ")
        assert cifra(valor, decimales) == babel, valor


def test_cifra_de_un_decimal_sigue_con_babel():
    assert cifra(0.5) == "0,5"
    assert cifra(1234.567, 2) == "1.234,57"
    assert cifra(3.0) == "3"


@pytest.mark.parametrize("datos", [b"", b"abc", "cobro · ñandú\n".encode(), bytes(range(256)) * 50])
def test_resumen_es_el_blake2b_de_hashlib(datos):
    assert resumen(datos) == hashlib.blake2b(datos, digest_size=32).hexdigest()
    assert resumen(datos + b".") != resumen(datos)  # un archivo editado da otra clave


@pytest.fixture
def recolector_limpio():
    recolector.retirar()
    assert gc.isenabled()
    yield
    recolector.retirar()
    assert gc.isenabled()


def test_sin_permitir_no_toca_el_recolector(recolector_limpio):
    congelados = gc.get_freeze_count()
    recolector.pausar()
    assert gc.isenabled() and not recolector.pausado()
    recolector.reanudar()
    assert gc.isenabled() and gc.get_freeze_count() == congelados


def test_pausa_congela_al_reanudar_y_retirar_lo_deja_como_estaba(recolector_limpio):
    recolector.permitir()
    recolector.pausar()
    assert not gc.isenabled() and recolector.pausado()
    recolector.reanudar()
    assert gc.isenabled() and not recolector.pausado()
    assert gc.get_freeze_count() > 0  # lo cargado al arrancar ya no se recorre
    recolector.reanudar()  # otra vez: sin efecto
    assert gc.isenabled()
    recolector.retirar()
    assert gc.get_freeze_count() == 0
    recolector.pausar()  # ya no está permitido
    assert gc.isenabled()


def test_una_orden_que_falla_antes_del_primer_archivo_no_deja_el_recolector_parado(
        recolector_limpio):
    recolector.permitir()
    recolector.pausar()
    recolector.retirar()  # cli.main lo hace siempre al terminar la orden
    assert gc.isenabled() and not recolector.pausado()
