"""HTML de email a partir de una plantilla canónica.

El cuerpo canónico es texto plano: párrafos separados por líneas en blanco, líneas que
empiezan por ``- `` como elementos de lista y el bloque de firma al final. De ahí sale un
HTML de email:

- responsive (una columna de 600 px como máximo que se estrecha en móvil),
- accesible (``lang="es"``, tablas de maquetación con ``role="presentation"``, texto real,
  contraste alto: #1f2933 sobre blanco, 15:1; la firma #4a5560, 7,4:1),
- con estilos en línea y legible sin imágenes (no usa ninguna).

Cada destino pasa dos funciones: cómo escribir un literal (ya escapado para HTML y para su
sintaxis) y cómo escribir una variable (la forma que escapa HTML en ese destino).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from generador.exportar.base import Trozo, traducir

Literal = Callable[[str, Trozo | None, Trozo | None], str]
Variable = Callable[[str], str]

_BLANCO = re.compile(r"\n[ \t]*\n")
_ENTIDADES = {"{": "&#123;", "}": "&#125;", "\\": "&#92;", "|": "&#124;", "*": "&#42;",
              "$": "&#36;", "%": "&#37;"}
_ESPECIALES = re.compile("[" + re.escape("".join(_ENTIDADES)) + "]")

FUENTE = "font-family:Arial,Helvetica,sans-serif;"
COLOR_TEXTO = "#1f2933"
COLOR_FIRMA = "#4a5560"


def escapar_html(texto: str) -> str:
    """Escapa un literal para HTML y además las llaves, barras, ``*``, ``|``, ``$`` y ``%``
    como referencias numéricas: se ven igual y ningún motor de plantillas las lee como
    sintaxis."""
    return _ESPECIALES.sub(lambda m: _ENTIDADES[m.group(0)], html.escape(texto, quote=True))


def literal_html(texto: str, _anterior: Trozo | None = None, _siguiente: Trozo | None = None) -> str:
    return escapar_html(texto)


@dataclass(frozen=True)
class Bloque:
    """Un bloque del cuerpo: párrafo (líneas) o lista (elementos), y si es la firma."""

    tipo: str
    lineas: tuple[str, ...]
    firma: bool = False


def bloques(cuerpo: str) -> list[Bloque]:
    """Divide un cuerpo canónico en párrafos y listas; el último párrafo es la firma."""
    resultado: list[Bloque] = []
    for trozo in _BLANCO.split(cuerpo.strip("\n")):
        actual: list[str] = []
        tipo = None
        for linea in trozo.split("\n"):
            es_item = linea.startswith("- ")
            nuevo = "lista" if es_item else "parrafo"
            if tipo is not None and nuevo != tipo:
                resultado.append(Bloque(tipo, tuple(actual)))
                actual = []
            tipo = nuevo
            actual.append(linea[2:] if es_item else linea)
        if tipo is not None:
            resultado.append(Bloque(tipo, tuple(actual)))
    if len(resultado) > 1 and resultado[-1].tipo == "parrafo":
        resultado[-1] = Bloque("parrafo", resultado[-1].lineas, firma=True)
    return resultado


def _bloque_html(bloque: Bloque, literal: Literal, variable: Variable) -> str:
    lineas = [traducir(linea, literal, variable) for linea in bloque.lineas]
    if bloque.tipo == "lista":
        items = "".join(
            f'<li style="margin:0 0 6px 0;">{linea}</li>\n' for linea in lineas
        )
        return (f'<ul style="margin:0 0 16px 0;padding:0 0 0 22px;{FUENTE}font-size:16px;'
                f'line-height:1.5;color:{COLOR_TEXTO};">\n{items}</ul>\n')
    if bloque.firma:
        return (f'<p style="margin:24px 0 0 0;{FUENTE}font-size:14px;line-height:1.5;'
                f'color:{COLOR_FIRMA};">' + "<br>\n".join(lineas) + "</p>\n")
    return (f'<p style="margin:0 0 16px 0;{FUENTE}font-size:16px;line-height:1.5;'
            f'color:{COLOR_TEXTO};">' + "<br>\n".join(lineas) + "</p>\n")


def documento(asunto: str | None, cuerpo: str, literal: Literal, variable: Variable) -> str:
    """El HTML completo del email, con los marcadores en la sintaxis del destino."""
    titulo = traducir(asunto, literal, variable) if asunto else ""
    contenido = "".join(_bloque_html(b, literal, variable) for b in bloques(cuerpo))
    return f"""<!DOCTYPE html>
<html lang="es" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<title>{titulo}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
 style="border-collapse:collapse;background-color:#f3f4f6;">
<tr>
<td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"
 style="border-collapse:collapse;width:100%;max-width:600px;background-color:#ffffff;
 border:1px solid #d9dde3;">
<tr>
<td style="padding:28px 24px;{FUENTE}font-size:16px;line-height:1.5;color:{COLOR_TEXTO};text-align:left;">
{contenido}</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
"""


def relleno(asunto: str | None, cuerpo: str, datos: dict[str, str]) -> str:
    """El mismo HTML con los valores ya puestos (escapados): el ejemplo relleno en HTML."""
    return documento(asunto, cuerpo, literal_html, lambda n: html.escape(datos[n], quote=True))
