"""Coste de un SMS según GSM 03.38: codificación, septetos/unidades y segmentos.

Usa el códec de PyPI ``gsm0338`` para saber qué cabe en GSM-7 (alfabeto básico: un
septeto; tabla de extensión, p. ej. ``€ { } [ ] ~ \\ | ^``: dos septetos). Un solo
carácter fuera de GSM-7 (``á í ó ú``, ``…``, comillas tipográficas, ``º``) pasa el
mensaje entero a UCS-2.

Segmentos: GSM-7 160 septetos en un mensaje simple, 153 por parte si se concatena;
UCS-2 70 unidades o 67 por parte. Un par de escape no se parte entre segmentos, y en
UCS-2 tampoco un par sustituto.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import gsm0338  # noqa: F401  (registra el códec "gsm03.38")

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# Sustituciones de la variante GSM-7: puntuación tipográfica y letras sin equivalente.
_SUSTITUCIONES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u00ba": "o", "\u00aa": "a",
    "\u00b0": "o", "\u2022": "-", "\u00b7": "-",
}


@dataclass(frozen=True)
class AnalisisSms:
    """Coste de un texto como SMS."""

    codificacion: str
    caracteres: int
    unidades: int
    segmentos: int
    fuera_de_gsm7: tuple[str, ...] = field(default=())
    variante_gsm7: str | None = None
    segmentos_gsm7: int | None = None

    def como_dict(self) -> dict:
        datos = {
            "codificacion": self.codificacion,
            "caracteres": self.caracteres,
            "segmentos": self.segmentos,
        }
        if self.fuera_de_gsm7:
            datos["fuera_de_gsm7"] = list(self.fuera_de_gsm7)
            datos["segmentos_gsm7"] = self.segmentos_gsm7
        return datos


@lru_cache(maxsize=512)
def septetos(caracter: str) -> int:
    """Septetos que ocupa un carácter en GSM-7 (1 o 2), o 0 si no cabe."""
    try:
        return len(caracter.encode("gsm03.38"))
    except UnicodeEncodeError:
        return 0


def segmentos_gsm7(texto: str) -> tuple[int, int]:
    """Septetos y segmentos de un texto que ya cabe en GSM-7."""
    return _segmentos_gsm7(texto)


def _segmentar(pesos: list[int], uno: int, parte: int) -> tuple[int, int]:
    """Unidades y segmentos: cabe en uno con ``uno`` unidades; si no, partes de ``parte``
    unidades (la cabecera de concatenación ocupa el resto) sin partir un carácter."""
    total = sum(pesos)
    if total <= uno:
        return total, 1 if pesos else 0
    segmentos, ocupado = 1, 0
    for n in pesos:
        if ocupado + n > parte:
            segmentos += 1
            ocupado = 0
        ocupado += n
    return total, segmentos


def _segmentos_gsm7(texto: str) -> tuple[int, int]:
    return _segmentar([septetos(c) for c in texto], 160, 153)


def _segmentos_ucs2(texto: str) -> tuple[int, int]:
    return _segmentar([len(c.encode("utf-16-le")) // 2 for c in texto], 70, 67)


def a_gsm7(texto: str) -> str:
    """Versión del texto que cabe en GSM-7: quita tildes que GSM-7 no tiene y
    sustituye la puntuación tipográfica. Conserva é, ñ, ü, ¿, ¡ (que sí están)."""
    salida = []
    for c in texto:
        if septetos(c):
            salida.append(c)
            continue
        if c in _SUSTITUCIONES:
            salida.append(_SUSTITUCIONES[c])
            continue
        base = "".join(
            x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x)
        )
        if base and all(septetos(x) for x in base):
            salida.append(base)
        else:
            salida.append("?")
    return "".join(salida)


def analizar(texto: str) -> AnalisisSms:
    """Codificación, unidades y segmentos de ``texto``; si necesita UCS-2, qué caracteres
    lo fuerzan y cuánto costaría su variante GSM-7."""
    fuera = tuple(dict.fromkeys(c for c in texto if not septetos(c)))
    if not fuera:
        unidades, segmentos = _segmentos_gsm7(texto)
        return AnalisisSms(GSM7, len(texto), unidades, segmentos)
    unidades, segmentos = _segmentos_ucs2(texto)
    variante = a_gsm7(texto)
    _, segmentos_variante = _segmentos_gsm7(variante)
    return AnalisisSms(UCS2, len(texto), unidades, segmentos, fuera, variante, segmentos_variante)
