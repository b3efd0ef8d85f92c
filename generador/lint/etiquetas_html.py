"""Qué es una etiqueta de HTML y qué es un hueco entre ángulos (``<nombre de tu negocio>``).

Lo usan el lector de HTML (:mod:`generador.lint.entrada`), que no quita los huecos como si
fuesen etiquetas, y :mod:`generador.lint.marcadores`, que los reconoce como marcadores.
"""

from __future__ import annotations

import re

#: Las etiquetas de HTML (y las de SVG y de Outlook que van en los correos): ``<p>``, ``<br/>``,
#: ``<a href=...>`` son HTML; ``<nombre de tu negocio>``, ``<IMPORTE>``, ``<tu empresa>``, no.
ETIQUETAS_HTML = frozenset({
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base",
    "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas",
    "caption", "center", "circle", "cite", "code", "col", "colgroup", "data", "datalist", "dd",
    "defs", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
    "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "g", "h1",
    "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe",
    "image", "img", "input", "ins", "kbd", "label", "legend", "li", "line", "link", "main", "map",
    "mark", "marquee", "math", "menu", "meta", "meter", "nav", "nobr", "noscript", "object", "ol",
    "optgroup", "option", "output", "p", "param", "path", "picture", "polygon", "pre", "progress",
    "q", "rect", "rp", "rt", "ruby", "s", "samp", "script", "search", "section", "select",
    "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg",
    "table", "tbody", "td", "template", "text", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "tt", "u", "ul", "use", "var", "video", "wbr", "xml",
})
#: La forma de un hueco entre ángulos: palabras, sin atributos (``=``), barras, ``@`` ni ``:``
#: (``<ana@correo.es>``, ``<https://...>``, ``<o:p>``). Si es un hueco o una etiqueta lo dice
#: :func:`es_hueco` (una lista de etiquetas dentro de la expresión la haría larga de analizar
#: en cada arranque: no cabría en la caché de expresiones).
ANGULARES = r"<(?:\p{L}[\p{L}\p{N} _.'’-]{0,60}?)\s*>"
_PRIMERA = re.compile(r"[^\W_]+")  # letras y cifras: «h1» es una etiqueta


def es_hueco(contenido: str) -> bool:
    """Si lo que va entre ``<`` y ``>`` (con la forma de :data:`ANGULARES`) es un hueco de
    plantilla y no una etiqueta de HTML: su primera palabra no es una etiqueta."""
    primera = _PRIMERA.match(contenido.strip())
    return primera is not None and primera.group().lower() not in ETIQUETAS_HTML
