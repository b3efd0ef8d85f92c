"""La cola de ``cobro lint`` con varios procesos (``motor.partir``): los últimos archivos van
en trozos que toma el primer proceso libre. El resultado es el mismo, en el mismo orden, que
con un solo proceso, aunque un hijo muera con un trozo a medias."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generador.lint import motor
from generador.lint.motor import COLA_MAX, TROZO, partir, repartir

RAIZ = Path(__file__).resolve().parents[2]
AMENAZA = "Si no paga hoy, irá a la cárcel. Importe: 120 €. Vence el 5 de marzo.\n"
LIMPIO = "Hola, Ana: te recordamos la factura F-{i} de 120 € que vence el 5 de marzo.\n"


@pytest.mark.parametrize("n", [0, 1, 9, 10, 29, 150, 999, 1280, 5000])
@pytest.mark.parametrize("procesos", [1, 2, 3])
def test_tramos_y_cola_son_los_trabajos_en_orden(n, procesos):
    trabajos = list(range(n))
    tramos, trozos = partir(trabajos, procesos)
    assert [t for parte in [*tramos, *trozos] for t in parte] == trabajos
    cola = [t for trozo in trozos for t in trozo]
    assert len(cola) == (0 if procesos == 1 else min(n // 10, COLA_MAX))
    assert all(1 <= len(trozo) <= TROZO for trozo in trozos)
    assert len(trozos) <= 255  # cada trozo es un byte en la tubería de turnos
    assert tramos == repartir(trabajos[:n - len(cola)], procesos)


def test_con_mil_archivos_la_cola_son_los_99_ultimos_en_trozos_de_cuatro():
    tramos, trozos = partir(list(range(999)), 2)
    assert [len(t) for t in tramos] == [441, 459]
    assert [len(t) for t in trozos] == [4] * 24 + [3]
    assert trozos[0][0] == 900 and trozos[-1][-1] == 998


def _carpeta(tmp_path: Path, n: int) -> Path:
    carpeta = tmp_path / "mensajes"
    carpeta.mkdir()
    for i in range(n):
        texto = AMENAZA if i % 3 == 0 else LIMPIO.format(i=i)
        (carpeta / f"m{i:03d}.txt").write_text(texto, encoding="utf-8")
    return carpeta


def _lint(carpeta: Path, procesos: str, cache: Path) -> subprocess.CompletedProcess:
    entorno = {k: v for k, v in os.environ.items() if k != "COBRO_SIN_CACHE"}
    entorno.update(PYTHONPATH=str(RAIZ), COBRO_CACHE_DIR=str(cache), COBRO_PROCESOS=procesos)
    return subprocess.run([sys.executable, "-m", "generador", "lint", str(carpeta), "--formato",
                           "jsonl", "--ignora", "ortografia"],
                          capture_output=True, text=True, env=entorno)


def test_el_programa_con_varios_procesos_da_lo_mismo_que_con_uno(tmp_path):
    """Por ``python -m generador`` (con el recolector en pausa al arrancar y la cola)."""
    carpeta = _carpeta(tmp_path, 61)  # cola de 6 archivos: dos trozos
    uno = _lint(carpeta, "1", tmp_path / "cache")
    assert uno.returncode == 1, uno.stderr
    for procesos in ("2", "3"):
        varios = _lint(carpeta, procesos, tmp_path / "cache")
        assert (varios.returncode, varios.stdout, varios.stderr) == (1, uno.stdout, uno.stderr)
    hallazgos = [json.loads(linea) for linea in uno.stdout.splitlines()]
    carcel = [Path(h["ruta"]).name for h in hallazgos if h["regla"] == "TON001"]
    assert carcel == [f"m{i:03d}.txt" for i in range(0, 61, 3)]  # en orden, la cola también
    rutas = [h["ruta"] for h in hallazgos]
    assert rutas == sorted(rutas)


def test_si_un_hijo_muere_con_un_trozo_a_medias_se_revisa_aqui(tmp_path, cobro, monkeypatch):
    carpeta = _carpeta(tmp_path, 40)  # cola: m037-m039, un trozo; tramos fijos: m001-m036
    monkeypatch.setenv("COBRO_PROCESOS", "1")
    esperado = cobro("lint", "--formato", "jsonl", "--ignora", "ortografia", str(carpeta)).stdout
    padre = os.getpid()
    revisar = motor._revisar_uno
    tomados = tmp_path / "tomados"

    def leidos() -> list[str]:
        return tomados.read_text(encoding="utf-8").splitlines() if tomados.exists() else []

    def revisar_o_morir(motor_, ruta, config):
        if os.getpid() != padre:
            with open(tomados, "a", encoding="utf-8") as registro:
                registro.write(Path(ruta).name + "\n")
            if ruta.endswith("m038.txt"):
                os._exit(3)  # el hijo muere a mitad del trozo de la cola
        elif ruta.endswith("m002.txt"):  # el padre espera a que el hijo tome el trozo y muera
            for _ in range(3000):
                if "m038.txt" in leidos():
                    break
                time.sleep(0.01)
        return revisar(motor_, ruta, config)

    monkeypatch.setattr(motor, "_revisar_uno", revisar_o_morir)
    monkeypatch.setattr(motor, "EXTRA_PADRE", -0.9)  # tramo fijo del hijo: dos archivos
    monkeypatch.setenv("COBRO_PROCESOS", "2")
    varios = cobro("lint", "--formato", "jsonl", "--ignora", "ortografia", str(carpeta))
    assert leidos() == ["m035.txt", "m036.txt", "m037.txt", "m038.txt"]
    assert varios.stdout == esperado


def _hijos(pid: int) -> list[int]:
    """Los procesos cuyo padre es ``pid`` (de /proc)."""
    hijos = []
    for entrada in os.listdir("/proc"):
        if entrada.isdigit():
            try:
                with open(f"/proc/{entrada}/stat", encoding="utf-8") as estado:
                    campos = estado.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(campos[1]) == pid:
                hijos.append(int(entrada))
    return hijos


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="necesita /proc")
@pytest.mark.timeout(120)
def test_ctrl_c_al_padre_para_tambien_al_hijo(tmp_path):
    """Aunque la señal solo llegue al proceso que escribe (``kill -INT``), el hijo no sigue
    revisando: sale con el mensaje en español, sin traza, y no deja ningún proceso."""
    import signal

    carpeta = tmp_path / "mensajes"
    carpeta.mkdir()
    for i in range(3000):
        (carpeta / f"m{i:04d}.txt").write_text(AMENAZA, encoding="utf-8")
    entorno = {k: v for k, v in os.environ.items() if k != "COBRO_SIN_CACHE"}
    entorno.update(PYTHONPATH=str(RAIZ), COBRO_CACHE_DIR=str(tmp_path / "cache"),
                   COBRO_PROCESOS="2")
    proceso = subprocess.Popen([sys.executable, "-m", "generador", "lint", str(carpeta),
                                "--formato", "jsonl", "--ignora", "ortografia"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=entorno)
    proceso.stdout.readline()  # ya revisa
    hijos = []
    for _ in range(2000):
        hijos = _hijos(proceso.pid)
        if hijos:
            break
        time.sleep(0.005)
    assert hijos, "no llegó a bifurcar"
    proceso.send_signal(signal.SIGINT)
    _, errores = proceso.communicate(timeout=60)
    assert proceso.returncode == 130
    assert "Interrumpido (Ctrl-C): la revisión se detuvo" in errores.decode()
    assert "Traceback" not in errores.decode()
    for hijo in hijos:
        with pytest.raises(ProcessLookupError):
            os.kill(hijo, 0)  # ni vivo ni sin recoger
