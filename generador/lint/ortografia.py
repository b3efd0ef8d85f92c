"""Revisión ortográfica con el diccionario ``hunspell-es`` a través de pyenchant.

El diccionario es opcional: si falta, :func:`revisar_ortografia` devuelve un resultado con
``disponible=False`` y un único aviso que dice cómo instalarlo, y el resto del linter sigue.

Además del diccionario se aceptan las palabras del vocabulario del proyecto
(``reglas/vocabulario.txt``: medios de pago, siglas, anglicismos habituales y formas que
hunspell-es no reconoce) y las que pase quien llama (el vocabulario de la configuración).

Rendimiento: el diccionario se carga una vez por proceso y el resultado de cada palabra se
guarda, de modo que un texto largo con palabras repetidas cuesta poco más que tokenizarlo.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from generador.arbol import raiz_datos
from generador.lint.coincidencia import Coincidencia
from generador.lint.oraciones import abreviaturas

#: Orden de preferencia de los diccionarios de hunspell-es.
IDIOMAS_PREFERIDOS = ("es_ES", "es")

#: Archivo con el vocabulario propio del proyecto (una palabra o expresión por línea).
#: El vocabulario que trae cobro (en el repositorio o, instalado, en los datos del paquete).
RUTA_VOCABULARIO = raiz_datos() / "reglas" / "vocabulario.txt"

AVISO_SIN_DICCIONARIO = (
    "No se revisó la ortografía: falta el diccionario español de hunspell "
    "(o la biblioteca enchant). Instálalo con "
    "'apt-get install hunspell-es libenchant-2-2' y vuelve a ejecutar; "
    "'cobro doctor' comprueba si quedó disponible."
)

MAX_SUGERENCIAS = 3
#: Palabras desconocidas que se informan por texto. Más que esto no ayuda a nadie (¿es un
#: texto en español?) y cuesta tiempo: un archivo de 1 MB de «x.yx.y...» daba 300.000.
MAX_COINCIDENCIAS = 200
#: Palabras nuevas por texto para las que se piden sugerencias. Cada sugerencia de hunspell
#: cuesta ~25 ms; el tope acota el tiempo de un texto con muchas palabras desconocidas. Es
#: por texto, no por proceso: un proceso largo (el servidor LSP, una batería de pruebas, un
#: lote de miles de mensajes) sigue sugiriendo en cada texto, y el resultado de un texto no
#: depende de lo que se revisó antes (las ya calculadas se recuerdan, con tope de memoria).
MAX_PALABRAS_CON_SUGERENCIAS = 10
_MAX_SUGERENCIAS_GUARDADAS = 20_000
_MAX_CACHE = 200_000

# Tramos que no son prosa y no se revisan: URL, correos, dominios sueltos y marcadores de
# plantilla de las sintaxis más comunes ({{ x }}, {% x %}, *|X|*, %(x)s, ${x}).
#
# Tiempo lineal: cada patrón empieza en un punto fijo (un prefijo literal o el principio
# de una palabra, comprobado con una mirada atrás) y sus repeticiones tienen un tope, de
# modo que ningún intento recorre el resto del texto. Con ``[\w.+-]+@`` sin anclar, un
# token de 40.000 letras costaba 40.000 intentos de 40.000 pasos (7 s). Los correos y los
# dominios solo se buscan si el texto tiene '@' o '.', y los patrones con prefijo literal
# van aparte para que el motor salte directamente a sus apariciones.
_NO_PROSA = regex.compile(
    r"""
      (?:https?://|ftp://|www\.)\S+
    | \{\{[^\n]{0,200}?\}\} | \{%[^\n]{0,200}?%\} | \*\|[^\n]{0,100}?\|\*
    | %\([^)\n]{0,100}\)[sdif] | \$\{[^}\n]{0,100}\}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_CORREO = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,8}")
_DOMINIO = regex.compile(
    r"(?<![\w.-])[\w-]{1,63}+(?:\.[\w-]{1,63}+){0,8}\.(?:com|es|mx|co|ar|cl|pe|org|net|io|app|info)\b"
    r"(?:/\S*)?",
    regex.IGNORECASE,
)

#: Un token más largo que esto no es una palabra (la más larga del DRAE tiene 23 letras):
#: es un código, un hash o un bloque base64 pegado, y no se revisa.
LARGO_MAX_PALABRA = 40

# Una palabra: letras (con sus marcas combinantes), dígitos y guion bajo; el apóstrofo o el
# guion separan palabras. Las que llevan dígitos o guion bajo se descartan después.
_PALABRA = regex.compile(r"[\p{L}\p{M}\p{Nd}_]+")


@dataclass(frozen=True)
class ResultadoOrtografia:
    """Resultado de revisar la ortografía de un texto."""

    disponible: bool
    aviso: str | None = None
    coincidencias: list[Coincidencia] = field(default_factory=list)
    diccionario: str | None = None


class _Diccionario:
    """Diccionario de enchant con caché por palabra (compartido en el proceso).

    Con ``abrir`` (la caché de disco de :func:`activar_cache_disco`), ``dic`` puede ser
    ``None``: el diccionario se abre la primera vez que hace falta una palabra que la caché
    no conoce o una sugerencia, y un mensaje de palabras ya vistas no lo abre nunca."""

    def __init__(self, dic: object, etiqueta: str, proveedor: str,
                 abrir: Callable[[], object] | None = None,
                 conocidas: dict[str, bool] | None = None) -> None:
        self._dic = dic
        self._abrir = abrir
        self.etiqueta = etiqueta
        self.proveedor = proveedor
        self._correctas: dict[str, bool] = dict(conocidas or {})
        self._sugerencias: dict[str, tuple[str, ...]] = {}
        self._cerrojo = threading.Lock()
        #: Veredictos calculados en este proceso (los que la caché de disco no tenía).
        self.nuevas = 0
        #: Por vocabulario aceptado, el veredicto de cada palabra tal como aparece (ver
        #: :func:`_veredicto`): miles de mensajes repiten las mismas palabras.
        self.veredictos: dict[frozenset[str], dict[str, str]] = {}
        #: Por vocabulario, las palabras (tal como aparecen) que no se señalan: un texto
        #: cuyas palabras están todas aquí no tiene nada que informar.
        self.correctas: dict[frozenset[str], set[str]] = {}

    def _enchant(self) -> object:
        if self._dic is None and self._abrir is not None:
            self._dic = self._abrir()
        return self._dic

    def _en_diccionario(self, palabra: str) -> bool:
        with self._cerrojo:
            dic = self._enchant()
            return dic is not None and bool(dic.check(palabra))  # type: ignore[attr-defined]

    def correcta(self, palabra: str) -> bool:
        """Si el diccionario acepta la palabra o es una forma verbal con enclíticos."""
        try:
            return self._correctas[palabra]
        except KeyError:
            pass
        ok = self._en_diccionario(palabra) or forma_con_encliticos(
            palabra.lower(), self._en_diccionario
        )
        if len(self._correctas) >= _MAX_CACHE:
            self._correctas.clear()
        self._correctas[palabra] = ok
        self.nuevas += 1
        return ok

    def sugerencias(self, palabra: str, nuevas_permitidas: bool = True) -> tuple[str, ...]:
        """Hasta tres sugerencias; ninguna para nombres propios o pasado el tope."""
        try:
            return self._sugerencias[palabra]
        except KeyError:
            pass
        if palabra[0].isupper() or not nuevas_permitidas:
            # Con mayúscula inicial suele ser un nombre propio o una marca: las sugerencias
            # del diccionario ("Hoopiz" -> "Hospicio") no ayudan y cuestan tiempo.
            return ()
        with self._cerrojo:
            dic = self._enchant()
            crudas = dic.suggest(palabra) if dic is not None else []  # type: ignore[attr-defined]
        vistas: list[str] = []
        for s in crudas:
            if s != palabra and s not in vistas:
                vistas.append(s)
            if len(vistas) == MAX_SUGERENCIAS:
                break
        if len(self._sugerencias) >= _MAX_SUGERENCIAS_GUARDADAS:
            self._sugerencias.clear()
        self._sugerencias[palabra] = tuple(vistas)
        return self._sugerencias[palabra]

    def conoce_sugerencias(self, palabra: str) -> bool:
        return palabra in self._sugerencias


_cargado: _Diccionario | None = None
_intentado = False
_cerrojo_carga = threading.Lock()


def cargar_diccionario() -> _Diccionario | None:
    """Carga (una vez por proceso) el diccionario español; ``None`` si no está instalado.

    Con la caché de disco activa (:func:`activar_cache_disco`) y al día, devuelve un
    diccionario perezoso con los veredictos ya conocidos: no importa enchant hasta que
    aparece una palabra nueva."""
    global _cargado, _intentado
    if _intentado:
        return _cargado
    with _cerrojo_carga:
        if not _intentado:
            _cargado = _desde_disco() if _disco is not None else None
            if _cargado is None:
                _cargado = _abrir_diccionario()
            _intentado = True
    return _cargado


# -- caché de disco de palabras ya revisadas ------------------------------------------
#
# ``cobro lint`` sobre un archivo pagaba ~35 ms por importar enchant y abrir hunspell-es,
# más que todo el resto de la revisión. Los veredictos (palabra -> correcta o no) solo
# dependen del diccionario, así que se guardan en disco al terminar, en la carpeta de la
# caché de reglas, con una clave que cambia si cambian los archivos del diccionario, la
# configuración de enchant o las versiones de Python y de cobro. Las sugerencias no se
# guardan: una palabra desconocida abre el diccionario como antes.

#: Carpetas donde enchant busca los diccionarios de hunspell (y la configuración propia).
_CARPETAS_HUNSPELL = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
                      "~/.config/enchant", "~/.config/enchant/hunspell")
_MAX_CONOCIDAS_DISCO = 100_000
_disco: Path | None = None  # el archivo de la caché, cuando está activa


def _clave_disco() -> str:
    import os
    import sys

    from generador import __version__
    from generador.resumen import clave

    partes = [sys.version, __version__, *IDIOMAS_PREFERIDOS,
              *(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("ENCHANT"))]
    for carpeta in _CARPETAS_HUNSPELL:
        try:
            with os.scandir(os.path.expanduser(carpeta)) as entradas:
                for e in sorted(entradas, key=lambda e: e.name):
                    if e.name.startswith("es") or e.name.endswith((".ordering", ".conf")):
                        estado = e.stat()
                        partes.append(f"{e.path}:{estado.st_size}:{estado.st_mtime_ns}")
        except OSError:
            continue
    return clave(partes)


def activar_cache_disco() -> None:
    """Que este proceso lea y, al terminar, guarde los veredictos en disco (``cobro lint``).

    No hace nada con ``COBRO_SIN_CACHE``. Las funciones de este módulo llamadas desde
    código no la usan salvo que se active: su resultado es el mismo, solo cambia el tiempo."""
    global _disco
    import atexit
    import os

    from generador.lint import cache_reglas

    if os.environ.get("COBRO_SIN_CACHE") or _disco is not None:
        return
    _disco = cache_reglas.carpeta() / f"ortografia-{_clave_disco()}.pickle"
    atexit.register(_guardar_disco)


def _desde_disco() -> _Diccionario | None:
    import pickle

    try:
        with open(_disco, "rb") as archivo:  # type: ignore[arg-type]
            datos = pickle.load(archivo)
        etiqueta, proveedor, conocidas = datos["etiqueta"], datos["proveedor"], datos["conocidas"]
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError,
            AttributeError, ImportError):
        return None
    return _Diccionario(None, etiqueta, proveedor, abrir=_abrir_enchant, conocidas=conocidas)


def _guardar_disco() -> None:
    """Guarda los veredictos del proceso si hay alguno nuevo (escritura atómica)."""
    from generador.lint import cache_reglas

    dic = _cargado
    if _disco is None or dic is None or not dic.nuevas:
        return
    conocidas = dict(dic._correctas)
    if len(conocidas) > _MAX_CONOCIDAS_DISCO:
        return
    cache_reglas.guardar(_disco, {"etiqueta": dic.etiqueta, "proveedor": dic.proveedor,
                                  "conocidas": conocidas})


def _abrir_enchant() -> object:
    """El diccionario de enchant de la etiqueta que dice la caché de disco (o ``None``)."""
    global _cargado
    abierto = _abrir_diccionario()
    if abierto is None:
        return None
    if _cargado is not None and abierto.etiqueta != _cargado.etiqueta:
        return None  # la caché no casa con lo instalado: no se mezclan diccionarios
    return abierto._dic


def _abrir_diccionario() -> _Diccionario | None:
    try:
        import enchant  # importación perezosa: solo quien revisa ortografía la paga
    except (ImportError, OSError):
        # ImportError: falta pyenchant; OSError: pyenchant no encuentra libenchant.
        return None
    try:
        disponibles = set(enchant.list_languages())
    except Exception:  # un enchant roto equivale a no tenerlo
        return None
    candidatos = [e for e in IDIOMAS_PREFERIDOS if e in disponibles]
    candidatos += sorted(e for e in disponibles if e.startswith("es_") and e not in candidatos)
    for etiqueta in candidatos:
        try:
            dic = enchant.Dict(etiqueta)
        except Exception:  # se prueba el siguiente
            continue
        return _Diccionario(dic, etiqueta, dic.provider.name)
    return None


def _olvidar_diccionario() -> None:
    """Olvida el diccionario cargado y la caché de disco (para las pruebas)."""
    global _cargado, _intentado, _disco
    with _cerrojo_carga:
        _cargado = None
        _intentado = False
        _disco = None


_CLITICOS = ("les", "los", "las", "nos", "le", "lo", "la", "me", "te", "se", "os")
_CLITICOS_SEGUNDOS = frozenset({"lo", "la", "los", "las", "le", "les"})
_CLITICOS_PRIMEROS = ("nos", "se", "me", "te", "os")
_SIN_TILDE = str.maketrans("áéíóú", "aeiou")
_TILDES = frozenset("áéíóú")


def _raices(palabra: str) -> Iterator[tuple[str, int]]:
    """Posibles (raíz, número de pronombres) de una palabra con pronombres pospuestos."""
    for segundo in _CLITICOS:
        if not palabra.endswith(segundo):
            continue
        raiz = palabra[: -len(segundo)]
        yield raiz, 1
        if segundo in _CLITICOS_SEGUNDOS:
            for primero in _CLITICOS_PRIMEROS:
                if raiz.endswith(primero):
                    yield raiz[: -len(primero)], 2


def forma_con_encliticos(palabra: str, en_diccionario: Callable[[str], bool]) -> bool:
    """Reconoce infinitivos, gerundios e imperativos con pronombres pospuestos.

    hunspell-es no trae todas las combinaciones ("recordarle", "recordándole",
    "indíquenos", "regularícela", "enviárselo"). Se aceptan solo si la raíz está en el
    diccionario y la tilde sigue la norma:

    - infinitivo + un pronombre, sin tilde: recordar + le;
    - infinitivo + dos pronombres, con tilde en la última vocal: enviár + selo;
    - gerundio o imperativo + pronombres, con una tilde que desaparece en la raíz:
      recordándo + le -> recordando, indíque + nos -> indique.
    """
    for raiz, n in _raices(palabra):
        if len(raiz) < 3:
            continue
        tildes = sum(1 for c in raiz if c in _TILDES)
        if raiz.endswith(("ar", "er", "ir")):
            if n == 1 and tildes == 0 and en_diccionario(raiz):
                return True
            continue
        if tildes != 1:
            continue
        llana = raiz.translate(_SIN_TILDE)
        if raiz.endswith(("ár", "ér", "ír")):
            if n == 2 and en_diccionario(llana):
                return True
            continue
        if llana[-1] in "aeioun" and en_diccionario(llana):
            return True
    return False


def _normalizar(palabra: str) -> str:
    return palabra.casefold()


def _palabras_de(entradas: Iterable[str]) -> set[str]:
    """Palabras aceptadas a partir de entradas que pueden ser expresiones ("Mercado Pago")."""
    aceptadas: set[str] = set()
    for entrada in entradas:
        for m in _PALABRA.finditer(entrada):
            aceptadas.add(_normalizar(m.group()))
    return aceptadas


@lru_cache(maxsize=1)
def vocabulario_proyecto() -> frozenset[str]:
    """Palabras de ``reglas/vocabulario.txt`` normalizadas (minúsculas, sin ``#`` ni vacías)."""
    try:
        lineas = RUTA_VOCABULARIO.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return frozenset()
    entradas = (linea.split("#", 1)[0].strip() for linea in lineas)
    return frozenset(_palabras_de(e for e in entradas if e))


def _se_omite(palabra: str) -> bool:
    """Tokens que no se revisan.

    Letras sueltas, tokens de más de :data:`LARGO_MAX_PALABRA` letras, palabras con dígitos
    o guion bajo (códigos, identificadores), siglas en
    mayúsculas (IBAN, SPEI) y marcas con mayúsculas internas (PayPal, CaixaBank).
    """
    if len(palabra) < 2 or len(palabra) > LARGO_MAX_PALABRA:
        return True
    if any(c.isdigit() or c == "_" for c in palabra):
        return True
    return palabra.isupper() or not palabra[1:].islower()


def _enmascarar(texto: str) -> list[tuple[int, int]]:
    """Tramos del texto que no son prosa (URL, correos, marcadores), ordenados y unidos."""
    tramos = [m.span() for m in _NO_PROSA.finditer(texto)]
    if "@" in texto:
        tramos += [m.span() for m in _CORREO.finditer(texto)]
    if "." in texto:
        tramos += [m.span() for m in _DOMINIO.finditer(texto)]
    tramos.sort()
    unidos: list[tuple[int, int]] = []
    for inicio, fin in tramos:
        if unidos and inicio <= unidos[-1][1]:
            unidos[-1] = (unidos[-1][0], max(unidos[-1][1], fin))
        else:
            unidos.append((inicio, fin))
    return unidos


_CORRECTA = ""


def _veredicto(palabra: str, dic: _Diccionario, aceptadas: frozenset[str]) -> str:
    """``_CORRECTA`` si la palabra no se señala; si no, la palabra tal como se informa."""
    if _se_omite(palabra):
        return _CORRECTA
    if not palabra.isascii():
        palabra = unicodedata.normalize("NFC", palabra)
    if dic.correcta(palabra) or _normalizar(palabra) in aceptadas:
        return _CORRECTA
    return palabra


#: Tratamiento o saludo que precede a un nombre de persona: «Estimada Camila», «Sra. Quispe».
_ANTES_DE_NOMBRE = regex.compile(
    r"(?:\b(?:estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|hola|buen[oa]s?\s+(?:días|tardes|noches)"
    r"|señor(?:it)?a?|don|doña)|\b(?:sr|sra|srta|dr|dra|lic|ing|d|dña)\.)\s+$",
    regex.IGNORECASE,
)


def _abreviatura_o_nombre(texto: str, inicio: int, fin: int) -> bool:
    """Una abreviatura con su punto (``reglas/abreviaturas.txt``: «ref.», «Av.») o un nombre
    con mayúscula tras un tratamiento o un saludo («Estimada Camila», «Sr. Quispe»)."""
    palabra = texto[inicio:fin]
    if texto[fin:fin + 1] == ".":
        abrev = abreviaturas()
        clave = palabra.casefold()
        if clave in abrev.nunca_cierran or clave in abrev.pueden_cerrar:
            return True
    if palabra[:1].isupper():
        return _ANTES_DE_NOMBRE.search(texto, max(0, inicio - 30), inicio) is not None
    return False


def revisar_ortografia(texto: str, vocabulario: Iterable[str] = ()) -> ResultadoOrtografia:
    """Revisa la ortografía de ``texto`` y devuelve una coincidencia por palabra desconocida.

    ``vocabulario`` añade palabras o expresiones aceptadas (por ejemplo, las de
    ``[tool.cobro] vocabulario``) al vocabulario del proyecto. Las comparaciones con el
    vocabulario no distinguen mayúsculas. Los desplazamientos apuntan a ``texto``.
    """
    dic = cargar_diccionario()
    if dic is None:
        return ResultadoOrtografia(disponible=False, aviso=AVISO_SIN_DICCIONARIO)

    aceptadas = vocabulario_proyecto()
    extra = _palabras_de(vocabulario)
    if extra:
        aceptadas = aceptadas | extra

    vistas = dic.veredictos.get(aceptadas)
    if vistas is None or len(vistas) > _MAX_CACHE:
        if len(dic.veredictos) > 8:
            dic.veredictos.clear()
            dic.correctas.clear()
        vistas = dic.veredictos[aceptadas] = {}
        dic.correctas[aceptadas] = set()
    correctas = dic.correctas.setdefault(aceptadas, set())
    # Camino rápido: si todas las palabras del texto (también las de URL y marcadores, que
    # no se informarían) son correctas, no hay nada que informar y no hace falta buscar
    # los tramos que no son prosa ni recorrer el texto palabra a palabra. Es el caso de
    # casi todos los mensajes de un lote, que repiten vocabulario.
    limpio = True
    for palabra in set(_PALABRA.findall(texto, concurrent=False)) - correctas:
        veredicto = vistas.get(palabra)
        if veredicto is None:
            veredicto = vistas[palabra] = _veredicto(palabra, dic, aceptadas)
        if veredicto:  # se señalaría (si no está en un tramo que no es prosa)
            limpio = False
            break
        correctas.add(palabra)
    if limpio:
        return ResultadoOrtografia(disponible=True, coincidencias=[], diccionario=dic.etiqueta)

    omitir = _enmascarar(texto)
    i_omitir = 0
    coincidencias: list[Coincidencia] = []
    nuevas = 0  # sugerencias calculadas en este texto (las recordadas no cuentan)
    for m in _PALABRA.finditer(texto, concurrent=False):
        inicio, fin = m.span()
        while i_omitir < len(omitir) and omitir[i_omitir][1] <= inicio:
            i_omitir += 1
        if i_omitir < len(omitir) and omitir[i_omitir][0] < fin:
            continue  # dentro de una URL, un correo o un marcador
        palabra = m.group()
        # Un veredicto por palabra distinta: un texto largo, y un lote de mensajes, repiten
        # mucho las mismas.
        veredicto = vistas.get(palabra)
        if veredicto is None:
            veredicto = vistas[palabra] = _veredicto(palabra, dic, aceptadas)
        if not veredicto:  # _CORRECTA
            continue
        if _abreviatura_o_nombre(texto, inicio, fin):
            continue
        palabra = veredicto
        if len(coincidencias) >= MAX_COINCIDENCIAS:
            return ResultadoOrtografia(
                disponible=True, coincidencias=coincidencias, diccionario=dic.etiqueta,
                aviso=(f"la ortografía se cortó en {MAX_COINCIDENCIAS} palabras desconocidas "
                       "en un mismo texto; ¿está en español? Revisa las primeras y vuelve a "
                       "ejecutar"),
            )
        if not dic.conoce_sugerencias(palabra):
            nuevas += 1
        coincidencias.append(
            Coincidencia(
                inicio=inicio,
                fin=fin,
                mensaje=(
                    f"'{palabra}' no está en el diccionario. Si es correcta (una marca, un "
                    "nombre propio), añádela a 'vocabulario' en [tool.cobro]."
                ),
                sugerencias=dic.sugerencias(palabra, nuevas <= MAX_PALABRAS_CON_SUGERENCIAS),
            )
        )
    return ResultadoOrtografia(
        disponible=True, coincidencias=coincidencias, diccionario=dic.etiqueta
    )
