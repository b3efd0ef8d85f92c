"""Diagnóstico de los componentes opcionales de cobro (lo que usa ``cobro doctor``).

Cada función ``detectar_*`` mira la máquina y devuelve un :class:`Componente`: si está, qué
se encontró y, si falta, cómo conseguirlo. No imprimen nada; la orden solo presenta.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

RUTA_CHROMIUM = Path("/usr/bin/chromium")
VARIABLE_URL = "COBRO_LANGUAGETOOL_URL"
VARIABLE_LTP = "LTP_PATH"
ESPERA_URL = 3.0


@dataclass(frozen=True)
class Componente:
    """Estado de un componente opcional."""

    nombre: str
    para_que: str
    presente: bool
    detalles: tuple[str, ...] = ()
    como_obtener: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diagnostico:
    """Resultado de ``cobro doctor``."""

    componentes: tuple[Componente, ...]

    @property
    def faltan(self) -> tuple[Componente, ...]:
        return tuple(c for c in self.componentes if not c.presente)


# --- ortografía -----------------------------------------------------------------------

def detectar_ortografia() -> Componente:
    nombre = "Ortografía: hunspell-es vía pyenchant"
    para_que = "revisión ortográfica de 'cobro lint'"
    instalar = "apt-get install hunspell-es libenchant-2-2"
    try:
        import enchant
    except ImportError:
        return Componente(nombre, para_que, False, ("pyenchant no está instalado.",),
                          ("pip install pyenchant", instalar))
    except OSError:
        return Componente(nombre, para_que, False,
                          ("pyenchant no encuentra la biblioteca enchant.",), (instalar,))
    from generador.lint.ortografia import cargar_diccionario

    dic = cargar_diccionario()
    if dic is None:
        return Componente(nombre, para_que, False,
                          ("enchant no tiene ningún diccionario español.",), (instalar,))
    espanoles = sorted(e for e in enchant.list_languages() if e == "es" or e.startswith("es_"))
    return Componente(nombre, para_que, True, (
        f"diccionario {dic.etiqueta} ({dic.proveedor}); "
        f"{len(espanoles)} variantes de español instaladas.",
    ))


# --- gramática: Java, LanguageTool local y servidor -----------------------------------

def version_java(ejecutable: str | None = None) -> str | None:
    """Primera línea de ``java -version`` o ``None`` si no hay Java."""
    java = ejecutable or shutil.which("java")
    if not java:
        return None
    try:
        proceso = subprocess.run([java, "-version"], capture_output=True, text=True,
                                 timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    salida = (proceso.stderr or proceso.stdout).strip().splitlines()
    return salida[0].strip() if salida else "versión desconocida"


def carpeta_language_tool() -> Path:
    """Dónde guarda language-tool-python la descarga de LanguageTool."""
    valor = os.environ.get(VARIABLE_LTP)
    return Path(valor) if valor else Path.home() / ".cache" / "language_tool_python"


def language_tool_descargado(carpeta: Path) -> Path | None:
    """El ``languagetool-server.jar`` descargado, si lo hay."""
    if not carpeta.is_dir():
        return None
    for jar in sorted(carpeta.glob("*/languagetool-server.jar")):
        return jar
    return None


def _motivo_red(exc: BaseException, espera: float) -> str:
    motivo = getattr(exc, "reason", exc)
    if isinstance(motivo, ConnectionRefusedError):
        return "conexión rechazada"
    if isinstance(motivo, TimeoutError) or "timed out" in str(motivo):
        from generador.numeros import segundos

        return f"sin respuesta en {segundos(espera)}"
    if isinstance(motivo, socket.gaierror):
        return "no se encuentra el nombre del servidor"
    return str(motivo)


def comprobar_servidor(url: str, espera: float = ESPERA_URL) -> tuple[bool, str]:
    """Pregunta a un servidor de LanguageTool por sus idiomas; (responde, explicación)."""
    from generador.lint.gramatica import normalizar_url

    destino = normalizar_url(url) + "v2/languages"
    try:
        with urllib.request.urlopen(destino, timeout=espera) as respuesta:
            idiomas = json.loads(respuesta.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        return False, f"responde con HTTP {exc.code} en {destino}; ¿es un servidor LanguageTool?"
    except (urllib.error.URLError, OSError) as exc:
        return False, f"no responde ({_motivo_red(exc, espera)})."
    except ValueError:
        return False, f"{destino} no devuelve JSON; ¿es un servidor LanguageTool?"
    codigos = {str(i.get("code")) for i in idiomas if isinstance(i, dict)}
    if "es" not in codigos:
        return False, "responde, pero no ofrece español (es)."
    return True, f"responde; ofrece {len(idiomas)} idiomas, español incluido."


def detectar_gramatica(url: str | None = None) -> Componente:
    """LanguageTool: servidor en URL o servidor local (Java + descarga de LanguageTool)."""
    nombre = "Gramática: LanguageTool"
    para_que = "'cobro lint --gramatica'"
    detalles: list[str] = []

    servidor_ok = False
    if url:
        servidor_ok, explicacion = comprobar_servidor(url)
        detalles.append(f"Servidor {url}: {explicacion}")
    else:
        detalles.append(f"{VARIABLE_URL} no está definida (ni se pasó una URL).")

    java = version_java()
    detalles.append(f"Java: {java}." if java else "Java: no está en el PATH.")
    carpeta = carpeta_language_tool()
    jar = language_tool_descargado(carpeta)
    detalles.append(
        f"LanguageTool local: {jar.parent.name} en {carpeta}." if jar
        else f"LanguageTool local: no descargado en {carpeta}."
    )
    local_ok = bool(java and jar)
    presente = servidor_ok or local_ok
    como: list[str] = []
    if not presente:
        como.append(
            f"Servidor: export {VARIABLE_URL}=http://localhost:8081 "
            "(o 'languagetool_url' en [tool.cobro] de pyproject.toml o cobro.toml)."
        )
        if not java:
            como.append("Local: apt-get install default-jre-headless")
        if not jar:
            como.append(
                "Local: language-tool-python descarga LanguageTool la primera vez que se usa "
                f"'cobro lint --gramatica' sin URL (necesita conexión; carpeta: {VARIABLE_LTP})."
            )
    return Componente(nombre, para_que, presente, tuple(detalles), tuple(como))


# --- navegador ------------------------------------------------------------------------

def detectar_chromium(ruta: Path = RUTA_CHROMIUM) -> Componente:
    nombre = "Chromium"
    para_que = "pruebas de navegador del sitio"
    if not (ruta.is_file() and os.access(ruta, os.X_OK)):
        return Componente(nombre, para_que, False, (f"no existe {ruta}.",),
                          ("apt-get install chromium",))
    try:
        proceso = subprocess.run([str(ruta), "--version"], capture_output=True, text=True,
                                 timeout=20, check=False)
        version = proceso.stdout.strip() or "versión desconocida"
    except (OSError, subprocess.TimeoutExpired):
        version = "versión desconocida"
    return Componente(nombre, para_que, True, (f"{ruta}: {version}",))


def detectar_playwright() -> Componente:
    nombre = "Playwright"
    para_que = "pruebas de navegador del sitio, con el Chromium de Debian"
    if importlib.util.find_spec("playwright") is None:
        return Componente(nombre, para_que, False, ("no está instalado.",), (
            "pip install playwright  (no ejecutes 'playwright install': "
            "las pruebas usan /usr/bin/chromium)",
        ))
    try:
        version = importlib.metadata.version("playwright")
    except importlib.metadata.PackageNotFoundError:
        version = "versión desconocida"
    return Componente(nombre, para_que, True, (f"playwright {version}.",))


def diagnosticar(url_languagetool: str | None = None) -> Diagnostico:
    """Revisa todos los componentes opcionales."""
    return Diagnostico((
        detectar_ortografia(),
        detectar_gramatica(url_languagetool),
        detectar_chromium(),
        detectar_playwright(),
    ))
