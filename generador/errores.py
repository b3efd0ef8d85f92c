"""La única familia de excepciones de cobro y los problemas que reúnen.

Todo error que ve un usuario es un :class:`ErrorCobro` con un mensaje en español que
dice qué pasó, dónde (archivo, línea, clave) y qué hacer. La CLI los captura en un solo
sitio y los convierte en el código de salida 2.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problema:
    """Un problema concreto de una entrada, con su ubicación."""

    archivo: str
    linea: int
    clave: str
    mensaje: str

    def __str__(self) -> str:
        ubicacion = f"{self.archivo}:{self.linea}" if self.linea else self.archivo
        clave = f" {self.clave}:" if self.clave else ""
        return f"{ubicacion}:{clave} {self.mensaje}"


class ErrorCobro(Exception):
    """Error de uso, de configuración o de entrada. Código de salida 2."""

    codigo_salida = 2

    def __init__(self, mensaje: str, problemas: Iterable[Problema] = ()) -> None:
        super().__init__(mensaje)
        self.mensaje = mensaje
        self.problemas = sorted(set(problemas))

    def __str__(self) -> str:
        if not self.problemas:
            return self.mensaje
        lineas = [self.mensaje, *(str(p) for p in self.problemas)]
        return "\n".join(lineas)


class ErrorEspecificacion(ErrorCobro):
    """Uno o varios problemas en un árbol de especificaciones YAML (o en otros archivos
    de datos: ``sujeto`` dice cuáles)."""

    def __init__(self, problemas: Iterable[Problema],
                 sujeto: str = "La especificación tiene", raiz: Path | str | None = None) -> None:
        problemas = list(problemas)
        n = len(problemas)
        encabezado = (
            f"{sujeto} 1 problema; corrígelo y vuelve a ejecutar:"
            if n == 1
            else f"{sujeto} {n} problemas; corrígelos y vuelve a ejecutar:"
        )
        super().__init__(encabezado, problemas)
        #: El árbol al que son relativos los archivos de ``problemas`` (None: al directorio
        #: actual o absolutos).
        self.raiz = Path(raiz) if raiz is not None else None

    def __str__(self) -> str:
        if self.raiz is None:
            return super().__str__()
        return "\n".join([self.mensaje, *(str(p) for p in desde_aqui(self.problemas, self.raiz))])


def desde_aqui(problemas: Iterable[Problema], raiz: Path) -> list[Problema]:
    """Los problemas con su archivo como se abre desde el directorio actual. Con el árbol en
    el directorio actual, ``mensajes/variables.yml``; con ``--specs ../arbol``,
    ``../arbol/mensajes/variables.yml``; desde ``arbol/sectores/``,
    ``../mensajes/variables.yml``; lejos del árbol, la ruta absoluta. (Antes, siempre la
    ruta dentro del árbol, que desde donde está el usuario no existe o es otro archivo.)"""
    import dataclasses

    problemas = list(problemas)
    base = ruta_desde_aqui(raiz)
    if base == ".":
        return problemas
    return [dataclasses.replace(p, archivo=os.path.join(base, p.archivo))
            if not Path(p.archivo).is_absolute() else p for p in problemas]


def ruta_desde_aqui(ruta: Path | str) -> str:
    """``ruta`` como se abre desde el directorio actual: relativa si está cerca (como mucho
    dos ``..``), absoluta si está lejos (``.`` si es el propio directorio actual)."""
    try:
        actual, resuelta = Path.cwd().resolve(), Path(ruta).resolve()
    except OSError:
        return str(ruta)
    if resuelta == actual:
        return "."
    relativa = os.path.relpath(resuelta, actual)
    return relativa if relativa.split(os.sep).count("..") <= 2 else str(resuelta)


def quisiste_decir(valor: str, opciones: Iterable[str]) -> str:
    """Devuelve " ¿quisiste decir 'x'?" si hay una opción parecida, o cadena vacía."""
    opciones = list(opciones)
    # «ES» por «es», «Email» por «email»: la misma palabra en otras mayúsculas va primero
    # (difflib las ve distintas: con dos letras no sugería nada)
    iguales = [o for o in opciones if o.casefold() == valor.casefold() and o != valor]
    if iguales:
        return f" ¿quisiste decir '{iguales[0]}'?"
    import difflib  # solo con un error: no se paga al arrancar cada orden

    cercanas = difflib.get_close_matches(valor, opciones, n=2, cutoff=0.6)
    if not cercanas:
        return ""
    if len(cercanas) == 1:
        return f" ¿quisiste decir '{cercanas[0]}'?"
    return f" ¿quisiste decir '{cercanas[0]}' o '{cercanas[1]}'?"


#: Un valor más largo que esto se muestra recortado en los mensajes de error.
MAX_VALOR_MENSAJE = 80


def valor_desconocido(que: str, valor: str, opciones: Iterable[str]) -> str:
    """Mensaje uniforme para un nombre que no existe (un valor enorme, recortado: el mensaje
    debe caber en la pantalla y decir qué hacer)."""
    opciones = sorted(set(opciones))
    if len(valor) > MAX_VALOR_MENSAJE:
        valor = f"{valor[:60]}… ({len(valor):,} caracteres)".replace(",", ".")
        return f"{que} '{valor}' no existe; valores posibles: {', '.join(opciones)}"
    sugerencia = quisiste_decir(valor, opciones)
    if sugerencia:
        return f"{que} '{valor}' no existe;{sugerencia}"
    return f"{que} '{valor}' no existe; valores posibles: {', '.join(opciones)}"


_ERRNO_ES = {
    "ENOSPC": "no queda espacio en el disco",
    "EDQUOT": "se ha agotado la cuota de disco",
    "ENAMETOOLONG": "el nombre es demasiado largo para el sistema de archivos",
    "EACCES": "no hay permiso",
    "EPERM": "operación no permitida",
    "EROFS": "el sistema de archivos es de solo lectura",
    "ENOENT": "no existe",
    "EISDIR": "es una carpeta",
    "ENOTDIR": "una parte de la ruta no es una carpeta",
    "EEXIST": "ya existe",
    "ENOTEMPTY": "la carpeta no está vacía",
    "EMFILE": "hay demasiados archivos abiertos",
    "EIO": "error de entrada/salida del disco",
    "EXDEV": "está en otro sistema de archivos",
    "ELOOP": "hay demasiados enlaces simbólicos encadenados",
    "EBUSY": "está en uso",
    "EADDRINUSE": "el puerto ya está en uso (otro programa lo ocupa)",
    "EADDRNOTAVAIL": "esa dirección no está disponible en este equipo",
}


def describir_so(exc: OSError) -> str:
    """Un error del sistema operativo en español (sin la ruta), p. ej. "no queda espacio"."""
    import errno

    nombre = errno.errorcode.get(exc.errno or 0, "")
    return _ERRNO_ES.get(nombre, exc.strerror or str(exc))


#: Los motivos de ``json.JSONDecodeError`` (en inglés) en español.
_JSON = {
    "Expecting value": "se esperaba un valor",
    "Expecting property name enclosed in double quotes": "se esperaba un nombre entre comillas "
                                                         "dobles (¿sobra una coma?)",
    "Expecting ',' delimiter": "falta una coma",
    "Expecting ':' delimiter": "faltan los dos puntos después de un nombre",
    "Unterminated string starting at": "unas comillas se abren y no se cierran",
    "Invalid control character at": "hay un salto de línea o un tabulador dentro de un texto",
    "Invalid \\escape": "hay una barra invertida que no es un escape válido",
    "Invalid \\uXXXX escape": "hay un escape \\u incompleto",
    "Extra data": "sobra texto después del documento",
}


def describir_json(exc: Exception) -> str:
    """El motivo de un JSON que no se puede leer, en español y con su línea y columna."""
    import json

    if isinstance(exc, RecursionError):
        return "anidado en exceso"
    if isinstance(exc, UnicodeDecodeError):
        return "no está en UTF-8"
    if isinstance(exc, json.JSONDecodeError):
        motivo = next((es for en, es in _JSON.items() if exc.msg.startswith(en)), exc.msg)
        return f"línea {exc.lineno}, columna {exc.colno}: {motivo}"
    return str(exc)


def enlace_roto(ruta: str | os.PathLike[str]) -> str | None:
    """Si ``ruta`` (o una carpeta de su camino) es un enlace simbólico roto o en bucle, qué es
    y qué hacer, para escribir tras la ruta (``f"{ruta}: {motivo}"``); ``None`` si no lo es
    (p. ej. si simplemente no existe).

    Sin esto, un enlace roto se veía como «no existe» (el usuario ve el archivo con ``ls``) y
    uno en bucle acababa en una traza de Python."""
    import errno

    camino = os.fspath(ruta)
    try:
        os.stat(camino)
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ("es un enlace simbólico en bucle (apunta, directa o "
                    "indirectamente, a sí mismo); corrige el enlace ('ln -sfn DESTINO ENLACE'), "
                    "bórralo o indica la ruta real")
        if exc.errno != errno.ENOENT:
            return None
    # No existe: ¿es un enlace (o pasa por uno) cuyo destino falta?
    actual = ""
    for parte in _partes(camino):
        actual = os.path.join(actual, parte) if actual else parte
        if os.path.islink(actual) and not os.path.exists(actual):
            try:
                destino = os.readlink(actual)
            except OSError:
                destino = "?"
            quien = "" if os.path.normpath(actual) == os.path.normpath(camino) else (
                f"una carpeta de su camino, '{actual}', ")
            return (f"{quien}es un enlace simbólico roto: apunta a '{destino}', que no "
                    "existe; corrige el enlace ('ln -sfn DESTINO ENLACE'), bórralo o indica la "
                    "ruta real")
    return None


def _partes(camino: str) -> list[str]:
    """Los componentes de ``camino``, con la raíz en el primero si es absoluto."""
    cabeza, partes = camino, []
    while True:
        cabeza, cola = os.path.split(cabeza)
        if cola:
            partes.append(cola)
        else:
            if cabeza:
                partes.append(cabeza)
            break
    return partes[::-1]


def describir_ausente(ruta: str | os.PathLike[str]) -> str:
    """Por qué no se puede usar ``ruta``, que no existe: «no existe» o qué enlace está roto."""
    return enlace_roto(ruta) or "no existe"


#: Caracteres de control (C0, DEL y C1) que un archivo hostil podría colar en un mensaje (el
#: texto citado, un valor de una celda, el nombre del archivo): en una terminal, «ESC ]0;...»
#: cambia el título y otras secuencias mueven el cursor o borran la pantalla.
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


def visible(texto: str, lineas: bool = False) -> str:
    """``texto`` sin caracteres de control: cada uno como su escape (``\\x1b``), a la vista.
    Con ``lineas``, los saltos de línea se quedan (un mensaje de varias líneas)."""
    if texto.isprintable():
        return texto
    if lineas:
        return "\n".join(visible(linea) for linea in texto.split("\n"))
    return texto.translate(_CONTROL)
