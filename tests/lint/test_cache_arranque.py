"""El arranque rápido de ``cobro lint`` (reglas ya compiladas en la caché de disco y
veredictos ortográficos guardados) da exactamente los mismos hallazgos que un arranque en
frío, y una regla editada invalida la caché."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parents[2]

MENSAJES = {
    "bien.txt": (
        "Hola, Ana:\n\nTe escribimos para recordarte que la factura F-2026-0012, de 120,00 €, "
        "vence el 3 de marzo de 2026.\nPuedes pagar con tarjeta en https://pagos.ejemplo.es/f/1 "
        "o escribirnos a cobros@ejemplo.es.\n\nUn saludo,\nEl equipo de Nube Clara\n"
    ),
    "mal.txt": (
        "ÚLTIMO AVISO!!! Si no paga hoy le denunciaremos a la policía y avisaremos a su jefe.\n"
        "La facturra de 300 € sigue impagada. Es usted un moroso incobrable.\n"
    ),
    "sms.txt": "canal: sms\n---\nRecuerda: tu factura F-88 de 45 € vence mañana. Paga en "
               "https://pago.ejemplo.co/x. Nube Clara\n",
}


def _lint(carpeta: Path, cache: Path | None, *extra: str, cwd: Path = RAIZ) -> dict:
    entorno = {k: v for k, v in os.environ.items() if k not in ("COBRO_SIN_CACHE", "COBRO_CACHE_DIR")}
    entorno["PYTHONPATH"] = str(RAIZ)
    if cache is None:
        entorno["COBRO_SIN_CACHE"] = "1"
    else:
        entorno["COBRO_CACHE_DIR"] = str(cache)
    r = subprocess.run(
        [sys.executable, "-m", "generador", "lint", str(carpeta), "--formato", "json",
         "--falla-en", "error", *extra],
        capture_output=True, text=True, env=entorno, cwd=cwd,
    )
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def _hallazgos(informe: dict) -> list[dict]:
    return [h for archivo in informe["archivos"] for h in archivo["hallazgos"]]


@pytest.fixture
def mensajes(tmp_path: Path) -> Path:
    carpeta = tmp_path / "mensajes"
    carpeta.mkdir()
    for nombre, texto in MENSAJES.items():
        (carpeta / nombre).write_text(texto, encoding="utf-8")
    return carpeta


def test_arranque_con_cache_da_los_mismos_hallazgos_que_en_frio(mensajes, tmp_path):
    cache = tmp_path / "cache"
    frio = _lint(mensajes, None)
    primera = _lint(mensajes, cache)  # construye la caché de reglas y la de palabras
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pickle")) == [
        "modelo", "ortografia", "regex", "reglas", "tono"]
    caliente = _lint(mensajes, cache)  # arranca desde la caché
    assert primera == frio
    assert caliente == frio
    codigos = {h["regla"] for h in _hallazgos(frio)}
    # Lo que se comprueba de verdad: tono, elementos y ortografía, con sugerencias.
    assert {"ORT001", "FAL004"} <= codigos
    (ortografia,) = [h for h in _hallazgos(caliente) if h["regla"] == "ORT001"]
    assert ortografia["texto"] == "facturra"
    assert "factura" in ortografia["sugerencias"]


def _arbol(destino: Path) -> Path:
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, destino / carpeta)
    return destino


def test_editar_un_archivo_de_reglas_invalida_la_cache(mensajes, tmp_path):
    specs = _arbol(tmp_path / "specs")
    cache = tmp_path / "cache"
    antes = _lint(mensajes, cache, "--specs", str(specs))
    assert any(h["regla"] == "FAL004" for h in _hallazgos(antes))
    reglas = specs / "reglas" / "faltantes.yml"
    estado = reglas.stat()
    texto = reglas.read_text(encoding="utf-8")
    original = "falta un contacto:"
    assert original in texto
    # Mismo tamaño y misma fecha: solo el contenido dice que ha cambiado.
    reglas.write_text(texto.replace(original, "FALTA UN CONTACTO:", 1), encoding="utf-8")
    os.utime(reglas, ns=(estado.st_atime_ns, estado.st_mtime_ns))
    assert reglas.stat().st_size == estado.st_size
    despues = _lint(mensajes, cache, "--specs", str(specs))
    mensajes_fal004 = {h["mensaje"] for h in _hallazgos(despues) if h["regla"] == "FAL004"}
    assert mensajes_fal004 and all(m.startswith("FALTA UN CONTACTO:") for m in mensajes_fal004)
    assert despues == _lint(mensajes, None, "--specs", str(specs))


def test_la_cache_de_reglas_guarda_las_expresiones_compiladas(tmp_path, monkeypatch):
    """Con la caché al día, revisar un mensaje no compila ninguna expresión de las reglas."""
    monkeypatch.setenv("COBRO_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("COBRO_SIN_CACHE", raising=False)
    codigo = (
        "import regex, regex._main as m\n"
        "from generador.lint import motor, ortografia  # sus expresiones de módulo, aparte\n"
        "from generador.lint.motor import revisar_texto, Motor\n"
        "m0 = Motor(); reglas = m0.activas(__import__('generador.lint.configuracion', "
        "fromlist=['x']).Configuracion())\n"
        "compiladas = []\n"
        "orig = m._compile\n"
        "m._compile = lambda p, *a, **k: (compiladas.append(p), orig(p, *a, **k))[1]\n"
        "h = revisar_texto('Hola: tu factura de 20 € vence el 5 de mayo. Tel. 910 123 456.',"
        " reglas=reglas, canal='email')\n"
        "print(len(compiladas))\n"
    )
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
    subprocess.run([sys.executable, "-c", codigo], env=entorno, check=True, capture_output=True)
    r = subprocess.run([sys.executable, "-c", codigo], env=entorno, check=True,
                       capture_output=True, text=True)
    assert r.stdout.strip() == "0"


def test_con_las_palabras_ya_vistas_no_se_abre_el_diccionario(tmp_path):
    """La ortografía recuerda en disco el veredicto de cada palabra: un texto sin palabras
    nuevas no importa enchant; una palabra desconocida lo abre para dar sugerencias."""
    codigo = (
        "import sys\n"
        "from generador.lint import ortografia\n"
        "ortografia.activar_cache_disco()\n"
        "r = ortografia.revisar_ortografia(sys.argv[1])\n"
        "print('enchant' in sys.modules, [(c.inicio, c.fin, c.sugerencias) for c in r.coincidencias])\n"
    )
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "COBRO_CACHE_DIR": str(tmp_path)}
    entorno.pop("COBRO_SIN_CACHE", None)

    def revisar(texto: str) -> str:
        r = subprocess.run([sys.executable, "-c", codigo, texto], env=entorno, check=True,
                           capture_output=True, text=True)
        return r.stdout.strip()

    conocido = "Le recordamos que la factura vence mañana."
    primera = revisar(conocido)
    if primera.startswith("False"):
        pytest.skip("falta el diccionario hunspell-es")
    assert primera == "True []"  # en frío se abre el diccionario
    assert revisar(conocido) == "False []"  # con la caché, no
    nueva = revisar("Le recordamos que la facturra vence mañana.")
    # palabra nueva ("facturra", caracteres 21 a 29): se abre el diccionario para sugerir
    assert nueva == "True [(21, 29, ('facturar', 'factura', 'facturara'))]"


def test_las_expresiones_de_los_modulos_salen_de_la_cache(tmp_path):
    """Las expresiones que compilan los módulos del linter al importarse se guardan al salir y
    el siguiente arranque no vuelve a analizar ninguna; las de las reglas no van ahí (ya
    van compiladas en la caché de reglas)."""
    codigo = (
        "import regex._main as m\n"
        "analizadas = []\n"
        "orig = m._parse_pattern\n"
        "m._parse_pattern = lambda *a, **k: (analizadas.append(1), orig(*a, **k))[1]\n"
        "from generador.lint import motor, metricas, marcos, contexto\n"
        "print(len(analizadas))\n"
    )
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "COBRO_CACHE_DIR": str(tmp_path)}
    entorno.pop("COBRO_SIN_CACHE", None)

    def analizadas() -> int:
        r = subprocess.run([sys.executable, "-c", codigo], env=entorno, check=True,
                           capture_output=True, text=True)
        return int(r.stdout.strip())

    assert analizadas() > 10  # en frío se analizan todas
    (guardado,) = tmp_path.glob("regex-*.pickle")
    assert analizadas() == 0
    import pickle

    expresiones, _, _ = pickle.loads(guardado.read_bytes())
    assert r"[!¡]{2,}" in {clave[0] for clave in expresiones}  # de metricas.py
    assert all(len(clave[0]) <= 4000 for clave in expresiones)


def test_con_las_silabas_ya_contadas_no_se_importa_pyphen(tmp_path):
    """La legibilidad recuerda en disco las sílabas de cada palabra: un texto sin palabras
    nuevas no importa pyphen, y da el mismo índice."""
    codigo = (
        "import sys\n"
        "from generador.lint import metricas\n"
        "metricas.activar_cache_disco()\n"
        "i = metricas.fernandez_huerta(sys.argv[1])\n"
        "print('pyphen' in sys.modules, round(i, 6))\n"
    )
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "COBRO_CACHE_DIR": str(tmp_path)}
    entorno.pop("COBRO_SIN_CACHE", None)

    def medir(texto: str) -> tuple[str, str]:
        r = subprocess.run([sys.executable, "-c", codigo, texto], env=entorno, check=True,
                           capture_output=True, text=True)
        return tuple(r.stdout.split())

    texto = "Le recordamos que la factura de marzo vence mañana. Puede pagarla con tarjeta."
    importa, indice = medir(texto)
    assert importa == "True"  # en frío se cuentan con pyphen
    assert medir(texto) == ("False", indice)  # con la caché, ni se importa
    assert medir(texto + " Gracias, Ultramarinos Zaragozanos.")[0] == "True"  # palabras nuevas
