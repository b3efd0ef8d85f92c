"""Carga YAML conservando la línea de cada clave y de cada elemento de lista.

Los mapas se cargan como :class:`Mapa` (un ``dict`` con ``.linea`` y ``.lineas``) y las
listas como :class:`Lista` (una ``list`` con ``.linea`` y ``.lineas``), de modo que cada
problema de una especificación puede citarse como ``archivo:linea: clave: problema``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generador.decodificar import ErrorDecodificacion, decodificar
from generador.errores import Problema, describir_so

if TYPE_CHECKING:
    import yaml

# PyYAML se importa solo al cargar un YAML: ``cobro lint`` con la caché al día recupera
# modelo y reglas (con sus Mapa y Lista) sin leer ningún YAML y se ahorra ~9 ms.

#: Tamaño máximo de un archivo YAML de datos (una especificación ocupa unos pocos KB).
LIMITE_BYTES = 2 * 1024 * 1024


class Mapa(dict):
    """``dict`` que recuerda su línea y la de cada clave (1-based)."""

    linea: int = 0
    lineas: dict[Any, int]

    def linea_de(self, clave: Any) -> int:
        return self.lineas.get(clave, self.linea)


class Lista(list):
    """``list`` que recuerda su línea y la de cada elemento (1-based)."""

    linea: int = 0
    lineas: list[int]

    def linea_de(self, indice: int) -> int:
        return self.lineas[indice] if indice < len(self.lineas) else self.linea


@lru_cache(maxsize=2)
def _cargador(textos: bool = False) -> type:
    """El cargador seguro que construye :class:`Mapa` y :class:`Lista` (se crea una vez).

    Con ``textos``, un valor sin comillas es siempre el texto que se escribió: YAML 1.1 lee
    ``9:00`` como 540 (sexagesimal), ``0123`` como 83 (octal) y ``yes`` como ``True``, y un
    archivo de datos no debe cambiar así un horario, una cuenta o el nombre de una empresa."""
    import yaml

    from generador.yaml_seguro import CargadorSeguro

    class _Cargador(CargadorSeguro):
        pass

    if textos:
        _Cargador.yaml_implicit_resolvers = {}  # sin int, float, bool, null ni fechas

    _Cargador.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapa)
    _Cargador.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _lista)
    return _Cargador


def _mapa(cargador: Any, nodo: yaml.MappingNode) -> Mapa:
    import yaml

    cargador.flatten_mapping(nodo)
    resultado = Mapa()
    resultado.linea = nodo.start_mark.line + 1
    resultado.lineas = {}
    for nodo_clave, nodo_valor in nodo.value:
        clave = cargador.construct_object(nodo_clave, deep=True)
        if not isinstance(clave, (str, int, float, bool)) and clave is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "una clave debe ser un texto", nodo_clave.start_mark
            )
        if clave in resultado:
            raise yaml.constructor.ConstructorError(
                None, None, f"la clave '{clave}' está repetida", nodo_clave.start_mark
            )
        resultado[clave] = cargador.construct_object(nodo_valor, deep=True)
        resultado.lineas[clave] = nodo_clave.start_mark.line + 1
    return resultado


def _lista(cargador: Any, nodo: yaml.SequenceNode) -> Lista:
    resultado = Lista(cargador.construct_object(hijo, deep=True) for hijo in nodo.value)
    resultado.linea = nodo.start_mark.line + 1
    resultado.lineas = [hijo.start_mark.line + 1 for hijo in nodo.value]
    return resultado


def cargar_texto(texto: str, archivo: str, textos: bool = False) -> tuple[Any, list[Problema]]:
    """Carga un documento YAML. Devuelve (datos, problemas); datos es None si no se pudo.
    Con ``textos``, cada valor sin comillas se lee como el texto escrito (:func:`_cargador`)."""
    import yaml

    from generador.yaml_seguro import comprobar_estructura

    try:
        comprobar_estructura(texto)
        return yaml.load(texto, Loader=_cargador(textos)), []
    except yaml.MarkedYAMLError as exc:
        marca = exc.problem_mark or exc.context_mark
        linea = marca.line + 1 if marca else 0
        columna = f" en la columna {marca.column + 1}" if marca else ""
        problema = exc.problem or exc.context or "YAML no válido"
        return None, [Problema(archivo, linea, "", f"YAML no válido{columna}: "
                               f"{_traducir(problema)}{_donde_empieza(exc)}")]
    except yaml.reader.ReaderError as exc:
        return None, [Problema(archivo, 0, "", (
            f"YAML no válido: hay un carácter de control (#x{exc.character:04x}) en la posición "
            f"{exc.position + 1}; quítalo (¿es un archivo binario o pegado de otro programa?)")
            if isinstance(exc.character, int) else "YAML no válido: hay bytes que no son texto")]
    except yaml.YAMLError:  # pragma: no cover - errores sin marca
        return None, [Problema(archivo, 0, "", "YAML no válido: revisa la sintaxis del archivo")]
    except RecursionError:  # pragma: no cover - comprobar_estructura lo evita
        return None, [Problema(archivo, 0, "", "YAML no válido: demasiado anidado")]


def cargar_archivo(ruta: Path, nombre: str | None = None,
                   textos: bool = False) -> tuple[Any, list[Problema]]:
    """Lee y carga un archivo YAML como texto UTF-8, con mensajes claros si no se puede."""
    nombre = nombre or str(ruta)
    try:
        if ruta.stat().st_size > LIMITE_BYTES:
            return None, [Problema(
                nombre, 0, "",
                f"pesa más de {LIMITE_BYTES // (1024 * 1024)} MB; un archivo de datos de cobro "
                "ocupa unos pocos KB: divídelo o revisa que sea el archivo correcto",
            )]
        crudo = ruta.read_bytes()
    except OSError as exc:
        return None, [Problema(nombre, 0, "", f"no se pudo leer: {describir_so(exc)}")]
    try:
        texto = decodificar(crudo, "YAML")
    except ErrorDecodificacion as exc:
        return None, [Problema(nombre, exc.linea, "", exc.mensaje)]
    return cargar_texto(texto, nombre, textos)


#: Textos que comparten varios mensajes de PyYAML y de libyaml (dicen lo mismo con otras
#: palabras).
_FALTA_VALOR = "falta un valor (¿una lista o un mapa sin cerrar, o una coma de más?)"
_ANCLA_DOBLE = "hay dos anclas (&nombre) con el mismo nombre"
_ESCAPE = ("un escape \\x, \\u o \\U entre comillas dobles no tiene sus cifras hexadecimales; "
           "usa comillas simples")
_SANGRIA_BLOQUE = "el indicador de sangría de un bloque | o > va de 1 a 9"
_COMILLA_SEPARADOR = "una comilla no se cierra antes de '---'"
_NOMBRE_ANCLA = "un ancla (&) o un alias (*) necesita un nombre de letras o cifras"
_FUSION = "una fusión '<<' necesita un mapa"
_FUERA_DE_LUGAR = "hay texto fuera de lugar al principio de un documento"
_SOBRA_TEXTO = "sobra texto al final de la línea"

_TRADUCCIONES = {
    "could not find expected ':'": "falta ':' después de una clave",
    "mapping values are not allowed": "aquí no puede ir un valor de mapa (¿falta una comilla?)",
    "found character '\\t' that cannot start any token": "hay un tabulador; usa espacios",
    "expected <block end>, but found '<block mapping start>'": "la sangría no cuadra",
    "found undefined alias": "alias no definido",
    "did not find expected key": "se esperaba una clave (revisa la sangría y los ':')",
    "did not find expected '-' indicator": "se esperaba un elemento de lista '- ' (revisa la sangría)",
    "found unhashable key": "una clave no puede ser una lista ni un mapa",
    "did not find expected ',' or ']'": "una lista entre corchetes no se cierra: falta ',' o ']'",
    "expected ',' or ']'": "una lista entre corchetes no se cierra: falta ',' o ']'",
    "did not find expected ',' or '}'": "un mapa entre llaves no se cierra: falta ',' o '}'",
    "expected ',' or '}'": "un mapa entre llaves no se cierra: falta ',' o '}'",
    "found unconstructable recursive node": "un alias se contiene a sí mismo",
    "found unknown escape character": "hay una barra invertida que no es un escape válido entre "
                                      "comillas dobles; usa comillas simples",
    "found character '@' that cannot start any token": "un valor no puede empezar por '@': "
                                                       "ponlo entre comillas",
    "found character '`' that cannot start any token": "un valor no puede empezar por '`': "
                                                       "ponlo entre comillas",
    "found character": "hay un carácter que no puede empezar un valor: ponlo entre comillas",
    "but found another document": "hay más de un documento (---): deja solo uno",
    "expected a single document": "hay más de un documento (---): deja solo uno",
    "could not determine a constructor for the tag": "etiqueta de tipo no permitida (!!...): "
                                                     "quítala",
    "expected <document start>": _FUERA_DE_LUGAR,
    "expected a comment or a line break": _SOBRA_TEXTO,
    "sequence entries are not allowed here": "aquí no puede empezar una lista '- ' (revisa la "
                                             "sangría)",
    "mapping keys are not allowed here": "aquí no puede ir una clave '? ' (revisa la sangría)",
    "expected the node content": _FALTA_VALOR,
    "did not find expected node content": _FALTA_VALOR,
    "found duplicate anchor": _ANCLA_DOBLE,
    "found undefined tag handle": "etiqueta de tipo no permitida (!...): quítala",
    "found non-specific tag": "etiqueta de tipo no permitida (!): quítala",
    "expected escape sequence of": _ESCAPE,
    "expected indentation indicator": _SANGRIA_BLOQUE,
    "expected chomping or indentation indicators": "tras | o > solo pueden ir +, - o una cifra",
    "found unexpected document separator": _COMILLA_SEPARADOR,
    "found unexpected document indicator": _COMILLA_SEPARADOR,
    "expected alphabetic or numeric character": _NOMBRE_ANCLA,
    "expected a mapping for merging": _FUSION,
    "expected a mapping or list of mappings for merging": _FUSION,
    "expected '<document start>'": _FUERA_DE_LUGAR,
    "did not find expected <document start>": _FUERA_DE_LUGAR,
    "did not find expected hexdecimal number": _ESCAPE,
    "found an indentation indicator equal to 0": _SANGRIA_BLOQUE,
    "second occurrence": _ANCLA_DOBLE,
    "did not find expected comment or line break": _SOBRA_TEXTO,
    "did not find expected alphabetic or numeric character": _NOMBRE_ANCLA,
}


def _donde_empieza(exc) -> str:
    """Para una lista, un mapa o unas comillas que no se cierran, PyYAML se queja donde
    esperaba el cierre (a veces al final del documento); la línea donde se abren es la que
    hay que mirar. La línea del problema sigue siendo la de PyYAML."""
    contexto, marca, problema = exc.context or "", exc.context_mark, exc.problem_mark
    if (marca is None or problema is None or marca.line == problema.line
            or not contexto.startswith(("while parsing a flow", "while scanning a quoted",
                                        "while scanning a double-quoted",
                                        "while scanning a single-quoted"))):
        return ""
    # relativa: quien carga un front matter suma a las líneas su propio desplazamiento
    arriba = problema.line - marca.line
    return " (se abre en la línea anterior)" if arriba == 1 else f" (se abre {arriba} líneas más arriba)"


def _traducir(problema: str) -> str:
    for ingles, espanol in _TRADUCCIONES.items():
        if problema.startswith(ingles):
            return espanol
    if problema.startswith("expected <block end>"):
        return "la sangría no cuadra"
    if problema.startswith("while scanning") or problema.startswith("found unexpected end"):
        return "una comilla o un bloque no se cierra"
    if re.search(r"\b(?:found|expected|could|not|the|while|but)\b", problema):  # de PyYAML, en inglés
        return ("la sintaxis no es válida en ese punto: revisa la sangría, las comillas y los "
                "':' de esa línea")
    return problema
