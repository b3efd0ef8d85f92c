"""cobro doctor: informe de componentes opcionales, con detección simulada y real."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generador import diagnostico
from generador.cli import cli
from generador.diagnostico import Componente

from .conftest import falta_componente
from .servidor_languagetool import servidor_languagetool


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def maquina_sin_nada(monkeypatch, tmp_path):
    """Una máquina sin ningún componente opcional."""
    monkeypatch.setattr(diagnostico, "detectar_ortografia", lambda: Componente(
        "Ortografía: hunspell-es vía pyenchant", "revisión ortográfica de 'cobro lint'", False,
        ("enchant no tiene ningún diccionario español.",),
        ("apt-get install hunspell-es libenchant-2-2",),
    ))
    monkeypatch.setattr(diagnostico, "version_java", lambda ejecutable=None: None)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    monkeypatch.delenv("COBRO_LANGUAGETOOL_URL", raising=False)
    monkeypatch.setattr(diagnostico, "RUTA_CHROMIUM", tmp_path / "chromium")
    monkeypatch.setattr(diagnostico.detectar_chromium, "__defaults__", (tmp_path / "chromium",))
    monkeypatch.setattr(diagnostico.importlib.util, "find_spec",
                        lambda nombre, *a: None if nombre == "playwright" else object())
    return tmp_path


@pytest.fixture
def maquina_completa(monkeypatch, tmp_path):
    """Una máquina con todo, simulado."""
    monkeypatch.setattr(diagnostico, "detectar_ortografia", lambda: Componente(
        "Ortografía: hunspell-es vía pyenchant", "revisión ortográfica de 'cobro lint'", True,
        ("diccionario es_ES (hunspell); 21 variantes de español instaladas.",),
    ))
    monkeypatch.setattr(diagnostico, "version_java",
                        lambda ejecutable=None: 'openjdk version "17.0.15" 2025-04-15')
    ltp = tmp_path / "ltp"
    (ltp / "LanguageTool-6.8").mkdir(parents=True)
    (ltp / "LanguageTool-6.8" / "languagetool-server.jar").write_bytes(b"")
    monkeypatch.setenv("LTP_PATH", str(ltp))
    monkeypatch.delenv("COBRO_LANGUAGETOOL_URL", raising=False)
    chromium = tmp_path / "chromium"
    chromium.write_text("#!/bin/sh\necho 'Chromium 1.2.3 prueba'\n")
    chromium.chmod(0o755)
    monkeypatch.setattr(diagnostico.detectar_chromium, "__defaults__", (chromium,))
    monkeypatch.setattr(diagnostico.importlib.metadata, "version", lambda nombre: "1.65.2")
    return tmp_path


def test_sin_nada_dice_como_obtener_cada_parte(runner, maquina_sin_nada):
    r = runner.invoke(cli, ["doctor"])
    assert r.exit_code == 0, r.output
    tmp = maquina_sin_nada
    assert r.output == f"""\
Componentes opcionales de cobro:

[FALTA] Ortografía: hunspell-es vía pyenchant (revisión ortográfica de 'cobro lint')
        enchant no tiene ningún diccionario español.
        Cómo obtenerlo:
          apt-get install hunspell-es libenchant-2-2

[FALTA] Gramática: LanguageTool ('cobro lint --gramatica')
        COBRO_LANGUAGETOOL_URL no está definida (ni se pasó una URL).
        Java: no está en el PATH.
        LanguageTool local: no descargado en {tmp / "ltp"}.
        Cómo obtenerlo:
          Servidor: export COBRO_LANGUAGETOOL_URL=http://localhost:8081 (o 'languagetool_url' en [tool.cobro] de pyproject.toml o cobro.toml).
          Local: apt-get install default-jre-headless
          Local: language-tool-python descarga LanguageTool la primera vez que se usa 'cobro lint --gramatica' sin URL (necesita conexión; carpeta: LTP_PATH).

[FALTA] Chromium (pruebas de navegador del sitio)
        no existe {tmp / "chromium"}.
        Cómo obtenerlo:
          apt-get install chromium

[FALTA] Playwright (pruebas de navegador del sitio, con el Chromium de Debian)
        no está instalado.
        Cómo obtenerlo:
          pip install playwright  (no ejecutes 'playwright install': las pruebas usan /usr/bin/chromium)

Disponibles 0 de 4. Lo que falta es opcional: el resto de cobro funciona sin ello.
"""  # noqa: E501


def test_estricto_sale_con_1_si_falta_algo(runner, maquina_sin_nada):
    r = runner.invoke(cli, ["doctor", "--estricto"])
    assert r.exit_code == 1
    assert "Traceback" not in r.output


def test_con_todo(runner, maquina_completa):
    for args in (["doctor"], ["doctor", "--estricto"]):
        r = runner.invoke(cli, args)
        assert r.exit_code == 0, r.output
    tmp = maquina_completa
    assert r.output == f"""\
Componentes opcionales de cobro:

[OK   ] Ortografía: hunspell-es vía pyenchant (revisión ortográfica de 'cobro lint')
        diccionario es_ES (hunspell); 21 variantes de español instaladas.

[OK   ] Gramática: LanguageTool ('cobro lint --gramatica')
        COBRO_LANGUAGETOOL_URL no está definida (ni se pasó una URL).
        Java: openjdk version "17.0.15" 2025-04-15.
        LanguageTool local: LanguageTool-6.8 en {tmp / "ltp"}.

[OK   ] Chromium (pruebas de navegador del sitio)
        {tmp / "chromium"}: Chromium 1.2.3 prueba

[OK   ] Playwright (pruebas de navegador del sitio, con el Chromium de Debian)
        playwright 1.65.2.

Disponibles 4 de 4.
"""


def test_servidor_languagetool_por_variable_de_entorno(runner, maquina_sin_nada, monkeypatch):
    with servidor_languagetool() as lt:
        monkeypatch.setenv("COBRO_LANGUAGETOOL_URL", lt.url)
        r = runner.invoke(cli, ["doctor"])
    assert r.exit_code == 0
    assert "[OK   ] Gramática: LanguageTool" in r.output
    assert f"Servidor {lt.url}: responde; ofrece 3 idiomas, español incluido." in r.output


def test_servidor_languagetool_que_no_responde(runner, maquina_sin_nada):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        puerto = s.getsockname()[1]
    url = f"http://127.0.0.1:{puerto}"
    r = runner.invoke(cli, ["doctor", "--languagetool-url", url, "--estricto"])
    assert r.exit_code == 1
    assert f"Servidor {url}: no responde (conexión rechazada)." in r.output


def test_deteccion_real_no_falla():
    """Sobre la máquina real: el informe se construye y nombra las cuatro partes."""
    d = diagnostico.diagnosticar()
    assert [c.nombre.split(":")[0] for c in d.componentes] == [
        "Ortografía", "Gramática", "Chromium", "Playwright",
    ]
    for c in d.componentes:
        assert c.presente or c.como_obtener


def test_deteccion_real_de_hunspell_es():
    c = diagnostico.detectar_ortografia()
    if not c.presente:
        falta_componente("falta hunspell-es ('apt-get install hunspell-es libenchant-2-2')")
    assert c.detalles[0].startswith("diccionario es")


def test_deteccion_real_de_chromium_y_playwright():
    chromium = diagnostico.detectar_chromium()
    if not chromium.presente:
        falta_componente("falta /usr/bin/chromium ('apt-get install chromium')")
    assert "Chromium" in chromium.detalles[0]
    if not diagnostico.detectar_playwright().presente:
        falta_componente("falta playwright ('pip install playwright')")


def test_language_tool_descargado(tmp_path: Path):
    assert diagnostico.language_tool_descargado(tmp_path / "no") is None
    (tmp_path / "LanguageTool-6.8").mkdir()
    assert diagnostico.language_tool_descargado(tmp_path) is None
    (tmp_path / "LanguageTool-6.8" / "languagetool-server.jar").write_bytes(b"")
    assert diagnostico.language_tool_descargado(tmp_path).parent.name == "LanguageTool-6.8"
