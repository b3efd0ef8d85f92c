"""Voseo: pasa a «vos» un texto escrito con «tú» (Argentina, registro tu).

Las formas son datos (``mensajes/voseo.yml``); aquí solo se aplican. Se eligió una tabla y no
un conjugador (no hay una biblioteca mantenida de conjugación del español en PyPI que conozca
el voseo rioplatense, y la tabla se revisa de un vistazo): el compositor la aplica al asunto y
al cuerpo de las plantillas del registro tu de un país con ``voseo: true``.

    tabla = voseo.tabla(espec.raiz)
    tabla.aplicar("Si puedes, llámanos.")   # 'Si podés, llamanos.'

Los marcadores ``{{ variable }}`` no se tocan: sus nombres no son formas verbales y las
sustituciones van por palabra completa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from generador.errores import ErrorCobro

ARCHIVO = Path("mensajes") / "voseo.yml"
_LETRA = "A-Za-zÁÉÍÓÚÜÑáéíóúüñ"
#: Donde un imperativo de tú no puede ser tercera persona: al empezar el texto, una línea, una
#: frase o una viñeta, o tras coma, punto y coma o dos puntos. Tras «y» u «o» solo en una frase
#: que ya tiene un imperativo de vos («escribinos o responde», «pagá en línea y guarda»),
#: porque en «el seguro paga y llama al taller» es tercera persona.
_CONTEXTO_IMPERATIVO = r"(?:^|(?<=[.!?¡¿:;,]\s)|(?<=^-\s))"
_CONTEXTO_Y_O = r"(?<=\b[yo]\s)"
_FRASE = re.compile(r"[^.!?\n]+")
_PALABRA = re.compile(f"[{_LETRA}]+")
_ENCLITICOS = ("nos", "me", "lo", "la", "los", "las", "te")


def _con_mayuscula(original: str, nuevo: str) -> str:
    if original[:1].isupper():
        return nuevo[:1].upper() + nuevo[1:]
    return nuevo


@dataclass(frozen=True)
class TablaVoseo:
    """Las tres tablas de ``mensajes/voseo.yml`` ya compiladas."""

    patrones: tuple[tuple[re.Pattern, str], ...]
    palabras: dict[str, str]
    imperativos: dict[str, str]
    sms: tuple[tuple[re.Pattern, str], ...] = ()

    # Una vez por tabla (cached_property escribe en el __dict__ de la instancia, también en
    # una dataclass congelada): cobro generar aplica la tabla a cientos de plantillas.
    @cached_property
    def _re_palabras(self) -> re.Pattern:
        return _alternativa(tuple(self.palabras), "")

    @cached_property
    def _re_imperativos(self) -> re.Pattern:
        return _alternativa(tuple(self.imperativos), _CONTEXTO_IMPERATIVO)

    @cached_property
    def _re_imperativos_y_o(self) -> re.Pattern:
        return _alternativa(tuple(self.imperativos), _CONTEXTO_Y_O)

    @cached_property
    def _imperativos_vos(self) -> frozenset[str]:
        return frozenset(self.imperativos.values()) | frozenset(
            v for v in self.palabras.values() if v.endswith(_ENCLITICOS))

    def _tras_y_o(self, frase: re.Match) -> str:
        texto = frase.group(0)
        palabras = {p.lower() for p in _PALABRA.findall(texto)}
        if not palabras & self._imperativos_vos:
            return texto
        return self._re_imperativos_y_o.sub(
            lambda m: _con_mayuscula(m.group(0), self.imperativos[m.group(0).lower()]), texto)

    def aplicar(self, texto: str, sms: bool = False) -> str:
        """El texto con voseo: primero los patrones, luego palabras e imperativos y, en un
        SMS (``sms=True``), las formas sin tilde que lo mantienen en GSM-7."""
        if not (self.patrones or self.palabras or self.imperativos):
            return texto
        for patron, reemplazo in self.patrones:
            texto = patron.sub(reemplazo, texto)
        texto = self._re_palabras.sub(
            lambda m: _con_mayuscula(m.group(0), self.palabras[m.group(0).lower()]), texto)
        texto = self._re_imperativos.sub(
            lambda m: _con_mayuscula(m.group(0), self.imperativos[m.group(0).lower()]), texto)
        texto = _FRASE.sub(self._tras_y_o, texto)
        if sms:
            for patron, reemplazo in self.sms:
                texto = patron.sub(reemplazo, texto)
        return texto

    def formas_tu(self) -> tuple[str, ...]:
        """Las formas de tú que la tabla conoce (para comprobar que no queda ninguna)."""
        return tuple(self.palabras) + tuple(self.imperativos)


@lru_cache(maxsize=32)
def _alternativa(formas: tuple[str, ...], contexto: str) -> re.Pattern:
    # las más largas primero, para que «escríbenos» no se quede en «escríbe»
    opciones = "|".join(re.escape(f) for f in sorted(formas, key=len, reverse=True))
    return re.compile(f"{contexto}(?<![{_LETRA}])(?i:{opciones})(?![{_LETRA}])", re.MULTILINE)


def desde_datos(datos: dict, archivo: str = str(ARCHIVO)) -> TablaVoseo:
    """Construye la tabla desde el YAML ya leído; un patrón inválido es un ErrorCobro."""
    palabras = {str(k).lower(): str(v) for k, v in (datos.get("palabras") or {}).items()}
    imperativos = {str(k).lower(): str(v) for k, v in (datos.get("imperativos") or {}).items()}
    return TablaVoseo(_patrones(datos, "patrones", archivo), palabras, imperativos,
                      _patrones(datos, "sms", archivo))


def _patrones(datos: dict, clave: str, archivo: str) -> tuple[tuple[re.Pattern, str], ...]:
    patrones = []
    for i, entrada in enumerate(datos.get(clave) or []):
        try:
            patrones.append((re.compile(entrada["de"]), str(entrada["a"])))
        except (re.error, KeyError, TypeError) as exc:
            from generador.lint.error_regex import explicar

            motivo = (f"expresión regular no válida: {explicar(exc, entrada['de'])}"
                      if isinstance(exc, re.error) else "no es un mapa con 'de' y 'a'")
            raise ErrorCobro(f"{archivo}: {clave}[{i}] no es válido ({motivo}); "
                             "cada entrada es {de: expresión regular, a: reemplazo}") from None
    return tuple(patrones)


@lru_cache(maxsize=4)
def _leer(ruta: str, _firma: tuple[int, int]) -> TablaVoseo:
    # El cargador de todas las especificaciones: errores de sintaxis en español, con línea y
    # columna, y los mismos límites de anidación, alias y tamaño.
    from generador.yaml_lineas import cargar_archivo

    datos, problemas = cargar_archivo(Path(ruta), ruta)
    if problemas:
        raise ErrorCobro("La tabla de voseo no se pudo leer; corrígela y vuelve a ejecutar:",
                         problemas)
    datos = datos or {}
    if not isinstance(datos, dict):
        raise ErrorCobro(f"{ruta}: se esperaba un mapa con patrones, palabras e imperativos")
    for clave in ("palabras", "imperativos"):
        if not isinstance(datos.get(clave) or {}, dict):
            raise ErrorCobro(f"{ruta}: '{clave}' debe ser un mapa «forma de tú: forma de vos» "
                             "(p. ej. puedes: podés)")
    for clave in ("patrones", "sms"):
        if not isinstance(datos.get(clave) or [], list):
            raise ErrorCobro(f"{ruta}: '{clave}' debe ser una lista de {{de: expresión regular, "
                             "a: reemplazo}")
    return desde_datos(datos, ruta)


def tabla(raiz: Path | str) -> TablaVoseo:
    """La tabla del árbol ``raiz``; sin ``mensajes/voseo.yml``, una tabla vacía."""
    ruta = Path(raiz) / ARCHIVO
    try:
        estado = ruta.stat()
    except OSError:
        return TablaVoseo((), {}, {})
    return _leer(str(ruta), (estado.st_size, estado.st_mtime_ns))


def aplicar(raiz: Path | str, texto: str, sms: bool = False) -> str:
    """Atajo: el texto con la tabla de ``raiz``."""
    return tabla(raiz).aplicar(texto, sms)
