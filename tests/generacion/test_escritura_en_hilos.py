"""La carpeta de salida con hilos de escritura (``cobro generar``): los mismos archivos que
escribiendo en el hilo principal, y un fallo de un hilo deja la salida anterior intacta."""

from __future__ import annotations

import errno
import json
import os

import pytest

from generador import carpeta_salida
from generador.carpeta_salida import MARCA, Salida
from generador.errores import ErrorCobro
from generador.generar import json_indentado

ARCHIVOS = {f"{carpeta}/{sector}/f{i:03d}.txt": f"{carpeta} {sector} {i} ñ\n" * (i % 7 + 1)
            for carpeta in ("plantillas", "ejemplos") for sector in ("turismo", "energia", "seguros")
            for i in range(40)}


def _arbol(raiz) -> dict[str, str]:
    return {p.relative_to(raiz).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(raiz.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("hilos", [0, 1, 2, 4])
def test_los_mismos_archivos_con_y_sin_hilos(tmp_path, hilos):
    salida = tmp_path / "s"
    with Salida(salida, hilos=hilos) as carpeta:
        for ruta, texto in ARCHIVOS.items():
            assert carpeta.escribir(ruta, texto) == salida / ruta
    arbol = _arbol(salida)
    marca = json.loads(arbol.pop(MARCA))
    assert arbol == ARCHIVOS
    assert marca["archivos"] == sorted(ARCHIVOS)
    assert carpeta.escritos == set(ARCHIVOS)
    assert [p.name for p in tmp_path.iterdir()] == ["s"]  # ni temporal ni restos


def test_hilos_por_defecto_de_cobro_hilos_escritura(monkeypatch):
    monkeypatch.setenv("COBRO_HILOS_ESCRITURA", "3")
    assert carpeta_salida._hilos_por_defecto() == 3
    monkeypatch.setenv("COBRO_HILOS_ESCRITURA", "no")
    assert carpeta_salida._hilos_por_defecto() == 2
    monkeypatch.delenv("COBRO_HILOS_ESCRITURA")
    assert carpeta_salida._hilos_por_defecto() == 2


def _falla_en(monkeypatch, nombre: str) -> None:
    """``os.open`` de carpeta_salida falla con ENOSPC al crear ``nombre`` (en un hilo)."""
    abrir = os.open

    class Os:
        def __getattr__(self, atributo):
            return getattr(os, atributo)

        def open(self, ruta, banderas, *args):
            if os.path.basename(ruta) == nombre:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(ruta))
            return abrir(ruta, banderas, *args)

    monkeypatch.setattr(carpeta_salida, "os", Os())


def test_un_fallo_en_un_hilo_deja_la_salida_anterior(tmp_path, monkeypatch):
    salida = tmp_path / "s"
    with Salida(salida, hilos=2) as carpeta:
        carpeta.escribir("plantillas/a.txt", "anterior\n")
    _falla_en(monkeypatch, "f010.txt")
    with pytest.raises(ErrorCobro) as error, Salida(salida, hilos=2) as carpeta:
        for ruta, texto in ARCHIVOS.items():
            carpeta.escribir(ruta, texto)
    mensaje = str(error.value)
    assert mensaje.startswith(f"--salida '{salida}': no se pudo escribir la salida: no queda "
                              f"espacio en el disco ({salida}/")
    assert "/f010.txt); la carpeta de salida anterior sigue intacta." in mensaje
    assert ".cobro-tmp-" not in mensaje
    assert _arbol(salida) == {"plantillas/a.txt": "anterior\n", MARCA: (salida / MARCA).read_text()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]


def test_un_error_que_no_es_de_disco_en_un_hilo_tampoco_publica_una_salida_incompleta(
        tmp_path, monkeypatch):
    salida = tmp_path / "s"
    with Salida(salida, hilos=2) as carpeta:
        carpeta.escribir("plantillas/a.txt", "anterior\n")
    escribir = carpeta_salida._escribir_archivo

    def sin_memoria(fisica, datos):
        if fisica.name == "f010.txt":
            raise MemoryError("sin memoria")
        escribir(fisica, datos)

    monkeypatch.setattr(carpeta_salida, "_escribir_archivo", sin_memoria)
    with pytest.raises(ErrorCobro) as error, Salida(salida, hilos=2) as carpeta:
        for ruta, texto in ARCHIVOS.items():
            carpeta.escribir(ruta, texto)
    assert "MemoryError: sin memoria" in str(error.value)
    assert "la carpeta de salida anterior sigue intacta" in str(error.value)
    assert _arbol(salida) == {"plantillas/a.txt": "anterior\n", MARCA: (salida / MARCA).read_text()}


def test_una_excepcion_de_la_orden_para_los_hilos_y_no_deja_nada(tmp_path):
    salida = tmp_path / "nueva"
    with pytest.raises(KeyboardInterrupt), Salida(salida, hilos=2) as carpeta:
        for i, (ruta, texto) in enumerate(ARCHIVOS.items()):
            if i == 100:
                raise KeyboardInterrupt
            carpeta.escribir(ruta, texto)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("datos", [
    {"version": 1, "total": 0, "plantillas": [], "excluidas": [], "locale": None},
    {"pais": "mx", "sms": {"segmentos": 2, "codificacion": "GSM-7"},
     "texto": "Línea\tcon «comillas», \"dobles\", \\ barra, \x01 control y emoji 💶",
     "lista": [[], {}, ["a", 1, None, True, False]], "negativo": -3},
])
def test_el_manifiesto_tiene_los_bytes_de_json_con_sangria(datos):
    assert json_indentado(datos) == (json.dumps(datos, ensure_ascii=False, indent=2)
                                     + "\n").encode("utf-8")


def test_el_manifiesto_con_claves_que_no_son_texto_usa_json():
    datos = {1: "uno", "b": [2]}
    assert json_indentado(datos) == (json.dumps(datos, ensure_ascii=False, indent=2)
                                     + "\n").encode("utf-8")
