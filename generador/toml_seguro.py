"""El único lector TOML de cobro (``cobro.toml`` y ``[tool.cobro]`` de pyproject.toml).

Sobre ``tomllib`` añade: tamaño acotado, decodificación común (UTF-8, con BOM o sin ella;
binario y otras codificaciones son un error con su línea), anidación acotada (``tomllib``
es recursivo: unos miles de ``[`` agotan la pila) y mensajes en español con la línea.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from generador.decodificar import ErrorDecodificacion, decodificar
from generador.errores import ErrorCobro, describir_so, ruta_desde_aqui

#: Un archivo de configuración ocupa unas líneas; 1 MB ya no lo es.
LIMITE_BYTES = 1024 * 1024
#: Niveles de ``[`` / ``{`` anidados admitidos en un valor.
PROFUNDIDAD_MAX = 32

_POSICION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_AL_FINAL = re.compile(r"\s*\(at end of document\)$")
_TRADUCCIONES = {
    "Invalid value": "valor no válido",
    "Invalid statement": "instrucción no válida (¿falta '=' o unas comillas?)",
    "Expected '=' after a key in a key/value pair": "falta '=' después de la clave",
    "Cannot overwrite a value": "la clave está repetida",
    "Cannot declare": "la tabla está declarada dos veces",
    "Unclosed array": "una lista '[' no se cierra",
    "Unclosed inline table": "una tabla '{' no se cierra",
    "Unterminated string": "unas comillas no se cierran",
    "Illegal character": "hay un carácter no permitido",
    "Invalid date or datetime": "fecha no válida",
    "Expected newline or end of document after a statement": "falta un salto de línea después del valor",
    "Expected ']' at the end of a table declaration": "falta ']' al final del nombre de la tabla "
                                                      "(p. ej. [tool.cobro])",
    "Expected ']]' at the end of an array declaration": "falta ']]' al final del nombre de la "
                                                        "lista de tablas",
    "Cannot mutate immutable namespace": "la tabla ya se definió en línea ({...}) y no se "
                                         "puede ampliar",
    "Cannot redefine namespace": "la tabla ya está definida",
    "Duplicate inline table key": "la clave está repetida dentro de la tabla {...}",
    "Escaped character is not a Unicode scalar value": "un escape \\u o \\U no es un carácter "
                                                       "válido",
    "Found invalid character": "hay un carácter no permitido",
    "Invalid hex value": "un escape \\u o \\U tiene cifras hexadecimales no válidas",
    "Invalid initial character for a key part": "una clave empieza por un carácter no "
                                                "permitido (¿falta entrecomillarla?)",
    "Unescaped '\\' in a string": "hay una barra invertida '\\' sin escapar en un texto "
                                   "(escribe '\\\\' o usa comillas simples)",
}


def _traducir(mensaje: str, lineas: int = 0) -> tuple[str, int]:
    """El motivo en español y su línea; ``lineas``, las del archivo (tomllib dice «al final
    del documento» cuando algo abierto no se cierra)."""
    linea = 0
    m = _POSICION.search(mensaje)
    if m:
        linea = int(m.group(1))
        mensaje = mensaje[: m.start()]
    final = _AL_FINAL.search(mensaje)
    if final:
        mensaje = mensaje[: final.start()]
        linea = max(1, lineas)
        if mensaje.startswith("Invalid value"):
            return ("el archivo se acaba sin un valor (¿una lista '[', una tabla '{' o unas "
                    "comillas sin cerrar?)"), linea
    if mensaje.startswith("Illegal character '\\n'"):
        return "unas comillas no se cierran antes del final de la línea", linea
    for ingles, espanol in _TRADUCCIONES.items():
        if mensaje.startswith(ingles):
            return espanol, linea
    if mensaje.startswith("Expected "):  # lo que no se cierra (p. ej. unas comillas triples)
        return f"falta {mensaje.removeprefix('Expected ')} antes del final", linea
    return "no se puede leer en este punto", linea  # nunca el motivo de tomllib en inglés


def _profundidad_excesiva(texto: str) -> int:
    """Línea donde la anidación de ``[``/``{`` (fuera de comillas y comentarios) pasa del
    límite, o 0. Un recorrido lineal y aproximado: basta para no llamar a ``tomllib`` con
    algo que le agotaría la pila."""
    nivel = 0
    linea = 1
    comillas = ""
    comentario = False
    for c in texto:
        if c == "\n":
            linea += 1
            comentario = False
            if comillas in ('"', "'"):
                comillas = ""
            continue
        if comentario:
            continue
        if comillas:
            if c == comillas:
                comillas = ""
            continue
        if c in "\"'":
            comillas = c
        elif c == "#":
            comentario = True
        elif c in "[{":
            nivel += 1
            if nivel > PROFUNDIDAD_MAX:
                return linea
        elif c in "]}":
            nivel = max(0, nivel - 1)
    return 0


def leer(ruta: Path) -> dict[str, Any]:
    """Datos de un archivo TOML; :class:`ErrorCobro` con archivo, línea y qué hacer."""
    que_hacer = "corrige el archivo de configuración"
    mostrada = ruta_desde_aqui(ruta)
    try:
        if ruta.stat().st_size > LIMITE_BYTES:
            raise ErrorCobro(f"{mostrada}: pesa más de 1 MB; un archivo de configuración ocupa "
                             f"unas líneas: revisa que sea el archivo correcto")
        crudo = ruta.read_bytes()
    except OSError as exc:
        raise ErrorCobro(f"{mostrada}: no se puede leer la configuración ({describir_so(exc)})") from None
    try:
        texto = decodificar(crudo, "TOML")
    except ErrorDecodificacion as exc:
        donde = f"{mostrada}:{exc.linea}" if exc.linea else mostrada
        raise ErrorCobro(f"{donde}: {exc.mensaje}") from None
    linea = _profundidad_excesiva(texto)
    if linea:
        raise ErrorCobro(f"{mostrada}:{linea}: TOML no válido: listas o tablas anidadas a más de "
                         f"{PROFUNDIDAD_MAX} niveles; {que_hacer}")
    try:
        return tomllib.loads(texto)
    except tomllib.TOMLDecodeError as exc:
        mensaje, linea = _traducir(str(exc), texto.count("\n") + (not texto.endswith("\n")))
        donde = f"{mostrada}:{linea}" if linea else mostrada
        raise ErrorCobro(f"{donde}: TOML no válido: {mensaje}; {que_hacer}") from None
    except RecursionError:  # pragma: no cover - _profundidad_excesiva lo evita
        raise ErrorCobro(f"{mostrada}: TOML no válido: demasiado anidado; {que_hacer}") from None


_CABECERA = re.compile(r"^\s*\[\s*([^\]]*?)\s*\]")
_CLAVE = re.compile(r"""^\s*["']?([A-Za-z0-9_.-]+)["']?\s*=""")


def lineas_de_claves(ruta: Path, prefijo: str = "") -> dict[str, int]:
    """La línea de cada clave (la primera vez que aparece) en el texto de ``ruta``:
    ``tomllib`` no da posiciones. Con ``prefijo`` (``"tool.cobro"`` en un pyproject.toml),
    solo las de esa tabla y sus subtablas (``[tool.cobro.severidad]``), sin el prefijo.
    Para señalar la línea de un valor ya leído que no vale; si el archivo no se puede leer,
    un diccionario vacío."""
    try:
        texto = decodificar(ruta.read_bytes(), "TOML")
    except (OSError, ErrorDecodificacion):
        return {}
    lineas: dict[str, int] = {}
    tabla = ""
    for numero, linea in enumerate(texto.splitlines(), 1):
        cabecera = _CABECERA.match(linea)
        if cabecera:
            tabla = cabecera.group(1).strip("[] ").replace('"', "")
            if prefijo and tabla.startswith(prefijo + "."):
                lineas.setdefault(tabla[len(prefijo) + 1:].split(".")[0], numero)
            elif not prefijo and tabla:
                lineas.setdefault(tabla.split(".")[0], numero)
            continue
        if prefijo and tabla != prefijo and not tabla.startswith(prefijo + "."):
            continue
        clave = _CLAVE.match(linea)
        if clave:
            for parte in clave.group(1).split("."):
                lineas.setdefault(parte, numero)
    return lineas
