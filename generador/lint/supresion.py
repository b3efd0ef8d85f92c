"""Supresión en línea: ``<!-- cobro: desactiva CODIGO motivo="..." -->``.

- ``desactiva`` vale para todo el mensaje (un recordatorio es corto).
- ``desactiva-linea`` vale para la línea del comentario o, si va solo en su línea, para
  la siguiente línea con texto.

Se admiten varios códigos o nombres separados por comas. El motivo es obligatorio; una
supresión que no suprime nada se señala (como el ``# noqa`` sin uso de ruff).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_COMENTARIO = regex.compile(r"<!--\s*cobro\s*:\s*(?P<orden>[\w-]+)(?P<resto>.*?)-->", regex.DOTALL)
_MOTIVO = regex.compile(r"""motivo\s*=\s*(?:"(?P<a>[^"]*)"|'(?P<b>[^']*)')""")
ORDENES = ("desactiva", "desactiva-linea")


@dataclass
class Supresion:
    """Una supresión leída del archivo."""

    inicio: int  # desplazamiento en la fuente
    fin: int
    orden: str
    identificadores: list[str]
    motivo: str | None
    lineas: tuple[int, ...] = ()  # líneas a las que se aplica; vacío = todo el mensaje
    usada: bool = False


def buscar(fuente: str, linea_columna) -> list[Supresion]:
    """Supresiones de ``fuente``; ``linea_columna`` convierte un desplazamiento en (línea, col)."""
    if "cobro" not in fuente:
        return []
    resultado = []
    for m in _COMENTARIO.finditer(fuente):
        resto = m.group("resto")
        motivo_m = _MOTIVO.search(resto)
        motivo = None
        if motivo_m is not None:
            motivo = (motivo_m.group("a") if motivo_m.group("a") is not None else motivo_m.group("b")).strip()
            resto = resto[: motivo_m.start()] + resto[motivo_m.end():]
        identificadores = [i for i in regex.split(r"[\s,]+", resto.strip()) if i]
        orden = m.group("orden")
        lineas: tuple[int, ...] = ()
        if orden == "desactiva-linea":
            linea, _ = linea_columna(m.start())
            inicio_linea = fuente.rfind("\n", 0, m.start()) + 1
            fin_linea = fuente.find("\n", m.end())
            fin_linea = len(fuente) if fin_linea < 0 else fin_linea
            solo = not (fuente[inicio_linea:m.start()].strip() or fuente[m.end():fin_linea].strip())
            if solo:
                siguiente = linea + 1
                resto_texto = fuente[fin_linea + 1:].split("\n")
                for desplazamiento, contenido in enumerate(resto_texto):
                    if contenido.strip():
                        siguiente = linea + 1 + desplazamiento
                        break
                lineas = (siguiente,)
            else:
                lineas = (linea,)
        resultado.append(Supresion(m.start(), m.end(), orden, identificadores, motivo or None, lineas))
    return resultado


def tapar_comentarios(texto: str) -> str:
    """Cubre con espacios los comentarios HTML, para que su contenido no se revise."""
    if "<!--" not in texto:
        return texto
    return regex.sub(r"<!--.*?-->", lambda m: regex.sub(r"[^\n]", " ", m.group()), texto,
                     flags=regex.DOTALL)
