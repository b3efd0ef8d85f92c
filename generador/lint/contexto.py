"""Lo que una regla sabe de un mensaje al revisarlo."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from typing import Any

import regex

from generador.lint.frases import MAX_PREFIJO, Anclas, Indice
from generador.lint.marcadores import Marcador, tapar
from generador.lint.memo import MemoPalabra
from generador.lint.normalizar import desenmascarar, plegar, quitar_tildes

_PALABRA = regex.compile(r"\w+")
#: Palabras que delatan el registro: se cuentan en la lista de palabras del texto plegado.
_TU = frozenset({"tu", "tus", "te", "ti", "contigo", "tienes", "puedes"})
_USTED = frozenset({"usted", "ud", "le", "su", "sus", "tiene", "puede"})


def _comienzos_de(palabra: str) -> tuple[str, ...]:
    """Los comienzos de ``palabra``, recordados en :data:`_comienzos_recordados` (los de los
    códigos con cifras, aparte y solo los últimos: ver :mod:`generador.lint.memo`)."""
    return _comienzos_recordados[palabra]


def _comienzos(palabra: str) -> tuple[str, ...]:
    return tuple(map(palabra.__getitem__, _CORTES[:len(palabra)]))


_CORTES = tuple(slice(0, k) for k in range(1, MAX_PREFIJO + 1))


#: El catálogo entero tiene unas 2.700 palabras distintas: 16.384 caben de sobra.
_comienzos_recordados = MemoPalabra(_comienzos, 16384)


@lru_cache(maxsize=256)
def _truncadas(raices: frozenset[str]) -> frozenset[str]:
    return frozenset(r[:MAX_PREFIJO] for r in raices)


@dataclass
class Deteccion:
    """Lo que devuelve una regla: un tramo del texto revisado y datos para el mensaje."""

    inicio: int
    fin: int
    valores: dict[str, Any] = field(default_factory=dict)
    sugerencias: tuple[str, ...] = ()
    mensaje: str | None = None  # sustituye al mensaje de la regla (revisores externos)


@dataclass
class Contexto:
    """Un mensaje listo para revisar.

    ``texto`` es lo revisable (asunto + cuerpo, sin etiquetas HTML); ``tapado`` es el
    mismo texto con los marcadores cubiertos de espacios y ``plegado`` su versión en
    minúsculas y sin tildes. Los tres tienen la misma longitud.
    """

    texto: str
    marcadores: list[Marcador]
    canal: str | None = None
    etapa: str | None = None
    tipo: str | None = None
    registro: str | None = None
    modo: str = "plantilla"
    audiencia: str | None = None
    pais: str | None = None
    asunto: str | None = None
    inicio_cuerpo: int = 0
    tramo_remitente: tuple[int, int] | None = None
    vocabulario: tuple[str, ...] = ()
    url_languagetool: str | None = None
    gramatica: bool = False
    avisos: list[str] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)
    modelo: Any = None  # la Especificacion del árbol en uso (variables, países...)

    @cached_property
    def tapado(self) -> str:
        return tapar(self.texto, self.marcadores)

    @cached_property
    def tapado_sin_tildes(self) -> str:
        """``tapado`` sin tildes en las vocales (con sus mayúsculas y su ñ): donde buscan
        los elementos obligatorios, que aciertan así con o sin tildes (ver
        :func:`generador.lint.normalizar.quitar_tildes`)."""
        return quitar_tildes(self.tapado)

    @cached_property
    def plegado(self) -> str:
        # Sin tildes ni mayúsculas y con la escritura de SMS deshecha ("rataaa", "3stafador",
        # "kasa"), siempre con la misma longitud que el texto: ver normalizar.desenmascarar.
        return desenmascarar(plegar(self.tapado))

    @cached_property
    def registro_efectivo(self) -> str | None:
        """El registro declarado o, si no lo hay, el que domina en el texto."""
        if self.registro:
            return self.registro
        # Cuántas palabras del texto son de tú y cuántas de usted: lo mismo que contar con
        # findall las de una expresión (?<!\w)(?:tu|tus|...)(?!\w), sin recorrer el texto.
        lista = self._lista_palabras
        tu = sum(map(_TU.__contains__, lista))
        usted = sum(map(_USTED.__contains__, lista))
        if tu == usted:
            return None
        return "tu" if tu > usted else "usted"

    @cached_property
    def _lista_palabras(self) -> list[str]:
        """Las palabras del texto plegado (las de :data:`_PALABRA`), en orden y con repeticiones."""
        # concurrent=False: sin soltar el GIL en cada palabra (un tercio de lo que costaba)
        return _PALABRA.findall(self.plegado, concurrent=False)

    @cached_property
    def palabras(self) -> frozenset[str]:
        """Palabras distintas del texto plegado."""
        return frozenset(self._lista_palabras)

    @cached_property
    def comienzos(self) -> frozenset[str]:
        """Los comienzos (de 1 a ``MAX_PREFIJO`` letras) de las palabras del texto."""
        # Por palabra, recordados: los mensajes de un lote repiten casi todo su vocabulario.
        return frozenset(chain.from_iterable(map(_comienzos_recordados.__getitem__, self.palabras)))

    def tiene_familia(self, familias: dict[int, frozenset[str]]) -> bool:
        """Si alguna palabra del texto empieza por una de estas raíces."""
        for longitud, raices in familias.items():
            if longitud <= MAX_PREFIJO:
                if not raices.isdisjoint(self.comienzos):
                    return True
            elif not _truncadas(raices).isdisjoint(self.comienzos):
                # candidata por sus primeras letras: se confirma con la palabra entera
                largas = tuple(raices)
                if any(p.startswith(largas) for p in self.palabras):
                    return True
        return False

    def puede_casar(self, anclas: Anclas) -> bool:
        """Falso si ninguna frase con estas anclas puede aparecer en el texto."""
        return (
            anclas.siempre
            or not anclas.literales.isdisjoint(self.palabras)
            or self.tiene_familia(anclas.prefijos)
        )

    def candidatas(self, indice: Indice) -> list[int]:
        """Las frases del índice cuyo ancla está en el texto, en orden (las demás no
        pueden casar en él)."""
        encontradas: list[int] = list(indice.siempre)
        for palabra in indice.claves & self.palabras:
            encontradas.extend(indice.literales[palabra])
        if indice.claves_prefijos:
            comienzos = self.comienzos
            for longitud, raices in indice.claves_prefijos:
                for raiz in raices & comienzos:
                    encontradas.extend(indice.prefijos[longitud][raiz])
        if len(encontradas) < 2:
            return encontradas
        return sorted(set(encontradas))

    def tiene_marcador(self, elemento: str) -> bool:
        return any(m.elemento == elemento for m in self.marcadores)
