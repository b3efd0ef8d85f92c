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


_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(n: int) -> str:
    salida = ""
    while True:
        n, resto = divmod(n, 36)
        salida = _B36[resto] + salida
        if not n:
            return salida


#: Las cifras de :func:`codificar_posiciones`: caracteres ASCII visibles que no hay que
#: escapar en JSON ni en un <script> (sin ``"``, ``\\`` ni ``<``). Las 45 primeras cierran
#: un número; las 45 siguientes son sus cifras anteriores (base 45, la más significativa
#: primero): los números de menos de 45 ocupan un carácter y no hace falta separarlos.
CIFRAS = "".join(c for c in map(chr, range(33, 127)) if c not in '"\\<')[:90]
_BASE = 45


def _numero(n: int) -> str:
    salida = CIFRAS[n % _BASE]
    n //= _BASE
    while n:
        salida = CIFRAS[_BASE + n % _BASE] + salida
        n //= _BASE
    return salida


def _numeros(codigo: str) -> list[int]:
    salida, n = [], 0
    for caracter in codigo:
        cifra = CIFRAS.index(caracter)
        if cifra >= _BASE:
            n = n * _BASE + cifra - _BASE
        else:
            salida.append(n * _BASE + cifra)
            n = 0
    return salida


def codificar_posiciones(posiciones: list[int]) -> str:
    """Posiciones crecientes como tramos de posiciones seguidas, cada uno con uno o dos
    números (:data:`CIFRAS`, sin separadores): ``2 * hueco + 1`` y ``largo - 2`` si el tramo
    tiene más de una posición, o ``2 * hueco`` si tiene una. ``hueco`` es lo que se salta
    desde el final del tramo anterior. ``[0, 1, 2, 7]`` -> ``"'!("`` (1, 1 y 8)."""
    partes, anterior, i = [], -1, 0
    while i < len(posiciones):
        inicio = fin = posiciones[i]
        while i + 1 < len(posiciones) and posiciones[i + 1] == fin + 1:
            i += 1
            fin += 1
        hueco = inicio - anterior - 1
        partes.append(_numero(2 * hueco + 1) + _numero(fin - inicio - 1) if fin > inicio
                      else _numero(2 * hueco))
        anterior, i = fin, i + 1
    return "".join(partes)


def decodificar_posiciones(codigo: str) -> list[int]:
    salida, anterior = [], -1
    numeros = iter(_numeros(codigo))
    for n in numeros:
        inicio = anterior + 1 + n // 2
        anterior = inicio + (next(numeros) + 1 if n % 2 else 0)
        salida += range(inicio, anterior + 1)
    return salida


#: Las claves se guardan ordenadas en una sola cadena, cada una como cuántos caracteres
#: comparte con la anterior (una mayúscula: A = 0 ... Z = 25; las claves son [0-9a-z]) y
#: el resto.
_COMPARTE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def codificar_claves(lista: list[str]) -> str:
    partes, anterior = [], ""
    for c in lista:
        comun = min(_comun(anterior, c), len(_COMPARTE) - 1)
        partes.append(_COMPARTE[comun] + c[comun:])
        anterior = c
    return "".join(partes)


def decodificar_claves(codigo: str) -> list[str]:
    salida, anterior = [], ""
    for m in re.finditer(r"([A-Z])([0-9a-z]*)", codigo):
        anterior = anterior[: _COMPARTE.index(m[1])] + m[2]
        salida.append(anterior)
    return salida


#: lo que lleva el índice de cada documento para pintar su extracto (caracteres); el texto
#: más largo, para las búsquedas por frase, va en ``cobro-textos*.js`` y solo se descarga
#: al buscar una frase entre comillas
EXTRACTO = 140
SEPARADOR_TITULO = " · "
TEXTO_FRASES = 700


#: La línea «Asunto:» de una carta: lo de antes es el membrete, las direcciones y la fecha.
_ASUNTO_CARTA = re.compile(r"^Asunto:[ \t]*", re.M)


def extracto_de_mensaje(asunto: str | None, cuerpo: str, canal: str) -> str:
    """El texto del que sale el extracto de un resultado: asunto y cuerpo en una línea. En
    una carta, desde su línea «Asunto:»: si no, los 140 caracteres del extracto eran siempre
    el membrete de la empresa y la dirección del cliente, iguales en todas las cartas."""
    if canal == "carta":
        m = _ASUNTO_CARTA.search(cuerpo)
        if m is not None:
            cuerpo = cuerpo[m.end():]
    return " ".join(((asunto or "") + " " + cuerpo).split())


@dataclass
class Indice:
    """Los documentos y su serialización compacta.

    Cada guion de índice (``cobro-indice.js`` y, con países, ``cobro-indice-<país>.js``)
    lleva sus documentos, cada uno una lista ``[t, u, x]`` o ``[t, u, x, c]`` o
    ``[t, u, x, c, kp]``: ``t`` el título, como posiciones en base 36 de sus trozos en la
    tabla ``trozos``; ``u`` la URL, como cuántos caracteres comparte con la anterior, en
    base 36, un espacio y el resto; ``x`` el principio del texto para el extracto; ``c`` la
    clase, como posición en ``trozos`` (``null`` si es «Plantilla»); ``kp`` las claves del
    tipo. El índice invertido son dos cadenas: ``claves``, todas las claves ordenadas
    (:func:`codificar_claves`), y ``posiciones``, las posiciones de los documentos que
    tiene cada una, en el mismo orden y separadas por espacios (:func:`codificar_posiciones`;
    las fichas van ordenadas por URL, así que las variantes de una plantilla quedan seguidas
    y sus posiciones forman tramos). Las claves del título no se guardan aparte:
    ``cobro.js`` las calcula del título con la misma función. El texto largo de cada
    documento va en ``cobro-textos*.js``, para las frases."""

    documentos: list[Documento] = field(default_factory=list)
    max_texto: int = TEXTO_FRASES

    def _parte(self, documentos: list[Documento]) -> tuple[dict, list[str]]:
        documentos = sorted(documentos, key=lambda d: d.url)
        docs, textos, posiciones, trozos = [], [], {}, {}
        anterior = ""
        for n, d in enumerate(documentos):
            titulo = dict.fromkeys(claves(d.titulo))
            tipo = [c for c in dict.fromkeys(claves(d.tipo)) if c not in titulo]
            texto = " ".join((d.extracto or d.texto)[: self.max_texto].split())
            # el título, como trozos de una tabla (se repiten: tipo, sector, canal...); la
            # URL, como lo que comparte con la anterior y el resto
            t = ".".join(_b36(trozos.setdefault(x, len(trozos)))
                         for x in d.titulo.split(SEPARADOR_TITULO))
            comun = _comun(anterior, d.url)
            doc: list = [t, f"{_b36(comun)} {d.url[comun:]}", _cortar(texto, EXTRACTO)]
            anterior = d.url
            if d.clase != "Plantilla" or tipo:
                doc.append(None if d.clase == "Plantilla" else trozos.setdefault(d.clase, len(trozos)))
            if tipo:
                doc.append(" ".join(tipo))
            docs.append(doc)
            textos.append(texto)
            for c in dict.fromkeys([*titulo, *tipo, *claves(d.texto)]):
                posiciones.setdefault(c, []).append(n)
        ordenadas = sorted(posiciones)
        return {"trozos": list(trozos), "docs": docs, "claves": codificar_claves(ordenadas),
                "posiciones": " ".join(codificar_posiciones(posiciones[c]) for c in ordenadas)}, textos

    def archivos(self, nombres: dict[str, str], predeterminado: str | None) -> dict[str, str]:
        """El índice partido por país: ``cobro-indice.js`` (las páginas sin país, los
        sinónimos y la lista de países) y un ``cobro-indice-<país>.js`` por país con sus
        plantillas, que ``cobro.js`` carga solo cuando se busca en ese país; sin países,
        ``cobro-indice.js`` lo lleva todo. Cada uno con su ``cobro-textos[-<país>].js``."""
        por_pais: dict[str, list[Documento]] = {}
        for d in self.documentos:
            if d.pais:
                por_pais.setdefault(d.pais, []).append(d)
        base, textos = self._parte([d for d in self.documentos if not d.pais])
        base.update({"version": 5, "sinonimos": sinonimos()})
        if por_pais:
            base.update({"predeterminado": predeterminado,
                         "paises": [[c, nombres.get(c, c.upper()), len(ds)] for c, ds in por_pais.items()]})
        salida = {"cobro-indice.js": "window.cobroIndice=" + _json(base) + ";\n",
                  "cobro-textos.js": _guion_pais("cobroTextos", "", textos)}
        for codigo, documentos in por_pais.items():
            parte, textos = self._parte(documentos)
            salida[f"cobro-indice-{codigo}.js"] = _guion_pais("cobroIndicePais", codigo, parte)
            salida[f"cobro-textos-{codigo}.js"] = _guion_pais("cobroTextos", codigo, textos)
        return salida


def _comun(a: str, b: str) -> int:
    """Cuántos caracteres iniciales comparten ``a`` y ``b``."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _cortar(texto: str, largo: int) -> str:
    """El principio de ``texto`` sin partir una palabra, con «…» si sigue."""
    if len(texto) <= largo:
        return texto
    corte = texto.rfind(" ", 0, largo)
    return texto[: corte if corte > largo // 2 else largo] + "…"


def _guion_pais(variable: str, codigo: str, datos) -> str:
    import json

    return (f"(window.{variable}=window.{variable}||{{}})[" + json.dumps(codigo) + "]="
            + _json(datos) + ";\n")


def leer(carpeta: Path, pais: str | None = None) -> dict:
    """Lee un índice publicado (``cobro-indice.js`` o, con ``pais``, el de ese país) con
    su guion de textos y devuelve sus documentos con todos los campos, como los ve
    ``cobro.js``: ``t``, ``u``, ``c``, ``x`` (el texto largo), ``kt`` (claves del título),
    ``kp`` (del tipo), ``k`` (las demás) y ``p`` (país). Para las pruebas y el benchmark."""
    import json

    def datos(nombre: str):
        texto = (carpeta / nombre).read_text(encoding="utf-8")
        inicio = texto.find("]=")
        inicio = inicio + 2 if inicio >= 0 and texto.startswith("(") else texto.index("=") + 1
        return json.loads(texto[inicio:].removesuffix(";\n"))

    sufijo = f"-{pais}" if pais else ""
    indice = datos(f"cobro-indice{sufijo}.js")
    textos = datos(f"cobro-textos{sufijo}.js")
    por_doc: list[list[str]] = [[] for _ in indice["docs"]]
    codigos = indice["posiciones"].split(" ") if indice["claves"] else []
    for c, codigo in zip(decodificar_claves(indice["claves"]), codigos, strict=True):
        for n in decodificar_posiciones(codigo):
            por_doc[n].append(c)
    anterior = ""
    trozos = indice["trozos"]
    for n, lista in enumerate(indice["docs"]):
        t, u, _, *resto = lista
        clase, kp = [*resto, None, None][:2]
        d = indice["docs"][n] = {"t": SEPARADOR_TITULO.join(trozos[int(i, 36)] for i in t.split("."))}
        comun, _, resto_url = u.partition(" ")
        d["u"] = anterior = anterior[: int(comun, 36)] + resto_url
        d["c"] = "Plantilla" if clase is None else trozos[clase]
        if kp:
            d["kp"] = kp
        d["x"] = textos[n]
        titulo = list(dict.fromkeys(claves(d["t"])))
        tipo = d.get("kp", "").split()
        d["kt"] = " ".join(titulo)
        d["k"] = " ".join(c for c in por_doc[n] if c not in titulo and c not in tipo)
        if pais:
            d["p"] = pais
    return indice


def _json(datos) -> str:
    import json

    return json.dumps(datos, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
