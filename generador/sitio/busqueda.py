"""Índice de búsqueda propio: sin tildes, sin plurales, con raíces y sinónimos.

La búsqueda de Material (lunr) no encuentra "poliza" si el texto dice "póliza" ni
"facturas" si dice "factura". Aquí cada palabra se reduce a una *clave*:

1. ``plegar``: minúsculas y sin diacríticos (á→a, ü→u, ñ→n), carácter a carácter, de modo
   que el texto plegado tiene la misma longitud que el original (sirve para resaltar).
2. ``raiz``: un lematizador ligero de plurales del español, aplicado hasta que no cambia:
   ``-ces`` → ``-z`` (luces → luz); ``-es`` tras l, n, r, d, j, s, y, z se quita
   (acciones → accion, meses → mes); ``-s`` tras vocal se quita (facturas → factura).
   Como singular y plural acaban en la misma clave (interés/intereses → inter), basta
   con aplicar la *misma* función al indexar y al buscar.
3. ``clave``: lematización ligera del español al estilo de Savoy (la que usa
   SpanishLightStemmer de Lucene): tras quitar el plural, una vocal final de género o
   número (``-a``, ``-o``, ``-e``) se quita en palabras de cinco letras o más, de modo que
   vencida, vencido, vencidas y vencidos comparten clave (vencid).
4. Sinónimos de la colección (``sinonimos.yml``, datos): cada grupo se guarda en el índice
   como claves y la consulta acepta cualquiera de ellas.

``assets/cobro.js`` implementa exactamente las mismas dos funciones para la consulta; una
prueba en el navegador comprueba que ambas dan las mismas claves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

PALABRA = re.compile(r"[0-9a-z]+")
_TRAS_ES = set("lnrdjsyz")
_VOCALES = set("aeiou")
MIN_RAIZ = 3


class _Pliegue(dict):
    """Tabla de ``str.translate``: cada carácter, a su minúscula sin diacríticos (un solo
    carácter: la longitud se conserva). Se rellena según aparecen los caracteres."""

    def __missing__(self, codigo: int) -> str:
        self[codigo] = unicodedata.normalize("NFD", chr(codigo).lower())[0]
        return self[codigo]


_PLIEGUE = _Pliegue()


def plegar(texto: str) -> str:
    """Minúsculas sin diacríticos, conservando la longitud (un carácter por carácter)."""
    if texto.isascii():
        return texto.lower()
    return texto.translate(_PLIEGUE)


def _un_paso(palabra: str) -> str:
    if len(palabra) <= MIN_RAIZ or not palabra.endswith("s"):
        return palabra
    if palabra.endswith("ces") and len(palabra) - 3 >= MIN_RAIZ - 1:
        return palabra[:-3] + "z"
    if palabra.endswith("es") and palabra[-3] in _TRAS_ES and len(palabra) - 2 >= MIN_RAIZ:
        return palabra[:-2]
    if palabra[-2] in _VOCALES:
        return palabra[:-1]
    return palabra


def raiz(palabra: str) -> str:
    """Clave de una palabra ya plegada: sin marcas de plural (hasta punto fijo)."""
    while True:
        siguiente = _un_paso(palabra)
        if siguiente == palabra:
            return palabra
        palabra = siguiente


@lru_cache(maxsize=65536)
def clave(palabra: str) -> str:
    """Clave de una palabra ya plegada: sin plural y sin la vocal final de género."""
    palabra = raiz(palabra)
    if len(palabra) >= 5 and palabra[-1] in "aoe":
        return palabra[:-1]
    return palabra


def claves(texto: str) -> list[str]:
    """Claves de búsqueda de un texto, en orden y con repeticiones."""
    return [clave(p) for p in PALABRA.findall(plegar(texto))]


SINONIMOS = Path(__file__).with_name("sinonimos.yml")


def sinonimos(ruta: Path = SINONIMOS) -> list[list[str]]:
    """Los grupos de sinónimos, cada uno como sus claves (sin repetir)."""
    import yaml

    datos = yaml.safe_load(ruta.read_text(encoding="utf-8")) or {}
    grupos = []
    for grupo in datos.get("grupos", []):
        grupos.append(list(dict.fromkeys(c for palabra in grupo for c in claves(palabra))))
    return grupos


class _TextoPlano(HTMLParser):
    """Texto visible de un fragmento HTML (sin los enlaces ¶ de los títulos)."""

    _SALTOS = frozenset({"p", "li", "tr", "td", "th", "table", "ul", "ol", "h1", "h2", "h3",
                         "h4", "h5", "h6", "pre", "br", "div", "dd", "dt", "blockquote",
                         "section", "figure"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.partes: list[str] = []
        self._omitir = 0

    def handle_starttag(self, tag, attrs):
        clases = dict(attrs).get("class") or ""
        if tag in ("script", "style", "svg") or "headerlink" in clases or self._omitir:
            self._omitir += 1
        if tag in self._SALTOS:
            self.partes.append(" ")

    def handle_endtag(self, tag):
        if self._omitir:
            self._omitir -= 1

    def handle_data(self, data):
        if not self._omitir:
            self.partes.append(data)


def texto_plano(html: str) -> str:
    """El texto de un fragmento HTML con los espacios normalizados."""
    lector = _TextoPlano()
    lector.feed(html)
    lector.close()
    return " ".join("".join(lector.partes).split())


@dataclass
class Documento:
    """Una página en el índice."""

    titulo: str
    url: str
    clase: str
    texto: str
    tipo: str = ""
    extracto: str = ""
    pais: str | None = None  # las plantillas: su país (el índice se parte por país)


@dataclass
class Indice:
    """Los documentos y su serialización compacta."""

    documentos: list[Documento] = field(default_factory=list)
    max_texto: int = 700  # el extracto: lo que se ve del cuerpo del mensaje

    def como_dict(self, documentos: list[Documento] | None = None) -> dict:
        """``t`` título, ``u`` URL, ``c`` clase, ``x`` texto para extractos y frases,
        ``kt``/``kp``/``k`` claves del título, del tipo y del resto, ``p`` país."""
        docs = []
        for d in self.documentos if documentos is None else documentos:
            titulo = list(dict.fromkeys(claves(d.titulo)))
            tipo = [c for c in dict.fromkeys(claves(d.tipo)) if c not in set(titulo)]
            vistas = set(titulo) | set(tipo)
            cuerpo = [c for c in dict.fromkeys(claves(d.texto)) if c not in vistas]
            doc = {"t": d.titulo, "u": d.url, "c": d.clase,
                   "x": (d.extracto or d.texto)[: self.max_texto],
                   "kt": " ".join(titulo), "k": " ".join(cuerpo)}
            if tipo:
                doc["kp"] = " ".join(tipo)
            if d.pais:
                doc["p"] = d.pais
            docs.append(doc)
        if documentos is not None:
            return {"docs": docs}
        return {"version": 2, "docs": docs, "sinonimos": sinonimos()}

    def archivos(self, nombres: dict[str, str], predeterminado: str | None) -> dict[str, str]:
        """El índice partido por país: ``cobro-indice.js`` (las páginas sin país, los
        sinónimos y la lista de países) y un ``cobro-indice-<país>.js`` por país con sus
        plantillas, que ``cobro.js`` carga solo cuando se busca en ese país. Sin países,
        un solo archivo con todo."""
        import json

        por_pais: dict[str, list[Documento]] = {}
        for d in self.documentos:
            if d.pais:
                por_pais.setdefault(d.pais, []).append(d)
        if not por_pais:
            return {"cobro-indice.js": self.como_js()}
        comunes = [d for d in self.documentos if not d.pais]
        base = self.como_dict(comunes)
        base.update({"version": 3, "sinonimos": sinonimos(), "predeterminado": predeterminado,
                     "paises": [[c, nombres.get(c, c.upper()), len(ds)] for c, ds in por_pais.items()]})
        salida = {"cobro-indice.js": "window.cobroIndice=" + _json(base) + ";\n"}
        for codigo, documentos in por_pais.items():
            salida[f"cobro-indice-{codigo}.js"] = (
                "(window.cobroIndicePais=window.cobroIndicePais||{})[" + json.dumps(codigo) + "]="
                + _json(self.como_dict(documentos)) + ";\n")
        return salida

    def como_js(self) -> str:
        """El índice como guion (``window.cobroIndice = ...``): se carga con ``<script>``
        y funciona también al abrir el sitio desde el disco (``file://``)."""

        return "window.cobroIndice=" + _json(self.como_dict()) + ";\n"


def _json(datos) -> str:
    import json

    return json.dumps(datos, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
