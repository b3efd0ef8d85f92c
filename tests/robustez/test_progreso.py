"""La línea de progreso de las órdenes largas: solo en una terminal, solo pasado
``ESPERA``, borrada antes de cada línea de resultados y al terminar."""

from __future__ import annotations

import io

from generador import progreso
from generador.progreso import Progreso


class Reloj:
    def __init__(self) -> None:
        self.ahora = 0.0

    def __call__(self) -> float:
        return self.ahora


def test_tras_la_espera_pinta_cuantos_van_y_los_borra_antes_de_cada_resultado():
    reloj, terminal, salida = Reloj(), io.StringIO(), io.StringIO()
    p = Progreso(4354, prefijo="cobro lint", terminal=terminal, activo=True, reloj=reloj)
    envuelta = p.envolver(salida)
    p.avanzar()  # aún dentro de la espera: nada
    assert terminal.getvalue() == ""
    reloj.ahora = progreso.ESPERA
    p.avanzar(1199)
    assert terminal.getvalue() == "\r\033[Kcobro lint: 1.200 de 4.354 archivos revisados…"
    envuelta.write("a.txt:1:1: aviso TON012 ...\n")  # un hallazgo: la línea se borra antes
    assert terminal.getvalue().endswith("\r\033[K") and salida.getvalue() == "a.txt:1:1: aviso TON012 ...\n"
    reloj.ahora += progreso.INTERVALO
    p.avanzar()
    assert terminal.getvalue().endswith("cobro lint: 1.201 de 4.354 archivos revisados…")
    p.terminar()
    assert terminal.getvalue().endswith("\r\033[K")


def test_no_repinta_mas_de_una_vez_por_intervalo():
    reloj, terminal = Reloj(), io.StringIO()
    p = Progreso(100, terminal=terminal, activo=True, reloj=reloj)
    reloj.ahora = progreso.ESPERA
    for _ in range(50):
        p.avanzar()
    assert terminal.getvalue().count("archivos revisados") == 1


def test_fuera_de_una_terminal_o_con_un_solo_archivo_no_escribe_nada():
    reloj, terminal, salida = Reloj(), io.StringIO(), io.StringIO()  # StringIO no es una terminal
    p = Progreso(4354, terminal=terminal, reloj=reloj)
    assert p.envolver(salida) is salida
    reloj.ahora = 10.0
    p.avanzar(4354)
    p.terminar()
    uno = Progreso(1, terminal=terminal, activo=True, reloj=reloj)
    uno.avanzar()
    assert terminal.getvalue() == ""


def test_cobro_lint_fuera_de_una_terminal_no_mezcla_el_progreso(cobro, tmp_path):
    for i in range(3):
        (tmp_path / f"m{i}.txt").write_text("Pague ya!!\n", encoding="utf-8")
    r = cobro("lint", "--ignora", "faltante", str(tmp_path))
    assert "archivos revisados" not in r.output
    assert r.output.count("TON012") == 3


def test_sin_total_como_en_combinar_dice_cuantas_van_y_a_que_ritmo():
    reloj, terminal = Reloj(), io.StringIO()
    p = Progreso(None, "filas", prefijo="combinando", terminal=terminal, activo=True, reloj=reloj)
    reloj.ahora = 4.0
    p.ir(1400)
    assert terminal.getvalue() == "\r\033[Kcombinando: 1.400 filas (350 filas/s)…"
    p.terminar()
    assert terminal.getvalue().endswith("\r\033[K")
