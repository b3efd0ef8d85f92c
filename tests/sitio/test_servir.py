"""``cobro sitio --servir``: un puerto ocupado se dice en español y antes de construir."""

from __future__ import annotations

import socket

import pytest

from generador.errores import ErrorCobro
from generador.sitio.servir import comprobar_puerto, servidor


@pytest.fixture
def ocupado():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        yield s.getsockname()[1]


def test_puerto_ocupado_en_espanol(ocupado, tmp_path):
    esperado = (f"no se puede servir en 127.0.0.1:{ocupado}: el puerto ya está en uso (otro "
                "programa lo ocupa); elige otro con --puerto (p. ej. --puerto 8001)")
    with pytest.raises(ErrorCobro) as exc:
        comprobar_puerto(ocupado)
    assert str(exc.value) == esperado
    with pytest.raises(ErrorCobro) as exc:
        servidor(tmp_path, ocupado)
    assert str(exc.value) == esperado


def test_la_orden_falla_antes_de_construir(cobro, ocupado, tmp_path):
    salida = tmp_path / "site"
    r = cobro("sitio", "--salida", salida, "--servir", "--puerto", ocupado)
    assert r.exit_code == 2
    assert r.output == (f"Error: no se puede servir en 127.0.0.1:{ocupado}: el puerto ya está en "
                        "uso (otro programa lo ocupa); elige otro con --puerto (p. ej. --puerto "
                        "8001)\n")
    assert not salida.exists()


def test_un_puerto_libre_pasa(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        libre = s.getsockname()[1]
    comprobar_puerto(libre)  # no lanza
    http = servidor(tmp_path, libre)
    assert http.server_address[1] == libre
    http.server_close()
