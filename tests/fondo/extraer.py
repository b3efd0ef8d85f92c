"""Extrae el fondo de los catálogos de traducción (una función por formato).

Cada proyecto es una receta de :data:`RECETAS`: repositorio, commit y catálogos (ruta,
idioma, formato y, si el catálogo no trae el texto original, el catálogo inglés con el que se
descartan las cadenas sin traducir). Los catálogos se leen del repositorio con
``git --git-dir=<espejo> show <commit>:<ruta>``; la carpeta de espejos se da con
``FONDO_ESPEJOS`` (por omisión ``/work/.mirror``, con un ``owner+repo/repo`` por proyecto).

Uso::

    python tests/fondo/extraer.py owner/repo [owner/repo ...]   # regenera esos proyectos
    python tests/fondo/extraer.py --todo                        # regenera todos, en orden
    python tests/fondo/extraer.py --quitar-corpus               # sin espejos: quita lo que el
                                                                # corpus tenga ahora (proyectos
                                                                # y casi duplicados)

Cada proyecto se escribe en ``tests/fondo/<owner>-<repo>.jsonl``. Se quitan las cadenas de
menos de 6 palabras, las que no están en español, las repetidas (dentro del proyecto o ya
presentes en un proyecto anterior de :data:`RECETAS`) y las casi duplicadas de un texto de
``tests/corpus`` (de estas solo se imprimen la cuenta y sus claves, nunca el texto del corpus).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from cargar import (
    CARPETA,
    CORPUS,
    MIN_PALABRAS,
    Comparador,
    escribir_cuentas,
    palabras,
    repos_del_corpus,
    textos_corpus,
)
from particion import mitad_de

ESPEJOS = Path(os.environ.get("FONDO_ESPEJOS", "/work/.mirror"))


@dataclass
class Catalogo:
    ruta: str
    idioma: str
    formato: str  # po | json | xlf | php | yml | csv
    ingles: str | None = None  # catálogo inglés del mismo formato (claves -> texto original)
    claves: str | None = None  # si se da, solo las claves que casan con esta expresión regular


@dataclass
class Receta:
    """Un proyecto. Los catálogos se dan uno a uno (``catalogos``) o por un patrón sobre las
    rutas del commit (``patron``, expresión regular, menos las que casan con ``excluir``), todos
    de ``formato``; el idioma sale de la ruta (``es``, ``es_ES``, ``es-MX``...) y, si se da
    ``ingles`` (``(patrón, reemplazo)``), el catálogo inglés es la ruta con ese reemplazo."""

    proyecto: str  # owner/repo
    commit: str
    catalogos: list[Catalogo] = field(default_factory=list)
    patron: str | None = None
    excluir: str | None = None
    formato: str | None = None  # sin formato: la extensión de la ruta (po, json, yml...)
    ingles: tuple[str, str] | None = None
    idioma: str | None = None  # si la ruta no lo dice (``languages/espanol/``)

    def todos_los_catalogos(self) -> list[Catalogo]:
        if not self.patron:
            return self.catalogos
        salida = subprocess.run(
            ["git", f"--git-dir={espejo(self.proyecto)}", "ls-tree", "-r", "--name-only", self.commit],
            check=True, capture_output=True, text=True,
        )
        catalogos = list(self.catalogos)
        for ruta in salida.stdout.splitlines():
            if not re.search(self.patron, ruta) or (self.excluir and re.search(self.excluir, ruta)):
                continue
            en_ruta = re.search(r"(?<![a-z])es(?:[_-](?:[A-Z]{2}|419))?(?![a-zA-Z])", ruta)
            idioma = self.idioma or en_ruta.group(0)
            ingles = re.sub(self.ingles[0], self.ingles[1], ruta) if self.ingles else None
            formato = self.formato or ruta.rsplit(".", 1)[1]
            catalogos.append(Catalogo(ruta, idioma.replace("-", "_"), formato, ingles))
        return catalogos


def espejo(proyecto: str) -> Path:
    return ESPEJOS / proyecto.replace("/", "+") / "repo"


# --- Formatos: cada función recibe el contenido y devuelve pares (clave, texto) ---------------


def de_po(contenido: str) -> list[tuple[str, str]]:
    """``.po`` con polib: ``msgstr`` (y cada forma de plural); sin las entradas ``fuzzy`` ni
    las obsoletas, que no son traducciones en uso."""
    import polib

    pares = []
    for entrada in polib.pofile(contenido):
        if entrada.obsolete or "fuzzy" in entrada.flags:
            continue
        clave = entrada.msgid if not entrada.msgctxt else f"{entrada.msgctxt}\x04{entrada.msgid}"
        if entrada.msgstr:
            pares.append((clave, entrada.msgstr))
        for indice, texto in sorted(entrada.msgstr_plural.items()):
            if texto:
                pares.append((f"{clave}[{indice}]", texto))
    return pares


def _aplanar(datos, prefijo: str = "") -> list[tuple[str, str]]:
    pares = []
    if isinstance(datos, dict):
        for clave, valor in datos.items():
            pares.extend(_aplanar(valor, f"{prefijo}.{clave}" if prefijo else str(clave)))
    elif isinstance(datos, list):
        for i, valor in enumerate(datos):
            pares.extend(_aplanar(valor, f"{prefijo}[{i}]"))
    elif isinstance(datos, str):
        pares.append((prefijo, datos))
    return pares


def de_json(contenido: str) -> list[tuple[str, str]]:
    """JSON anidado: la clave es el camino con puntos (``a.b.c``)."""
    return [(k, v) for k, v in _aplanar(json.loads(contenido)) if not k.startswith("@metadata")]


def de_yml(contenido: str) -> list[tuple[str, str]]:
    """YAML anidado (Rails, Symfony): como JSON. La raíz de idioma (``es:``) queda en la clave."""
    import yaml

    return _aplanar(yaml.safe_load(contenido))


def de_xlf(contenido: str) -> list[tuple[str, str]]:
    """XLIFF 1.2 y 2.0: el ``target`` de cada unidad; la clave es ``resname``, o el ``id``, o
    el ``source``. El texto es el del elemento con sus etiquetas internas tal cual."""
    raiz = ET.fromstring(contenido.encode("utf-8"))
    pares = []
    for elemento in raiz.iter():
        etiqueta = elemento.tag.rsplit("}", 1)[-1]
        if etiqueta not in ("trans-unit", "unit", "segment"):
            continue
        fuente = objetivo = None
        for hijo in elemento:
            nombre = hijo.tag.rsplit("}", 1)[-1]
            if nombre == "source":
                fuente = _interior(hijo)
            elif nombre == "target":
                objetivo = _interior(hijo)
        if objetivo:
            clave = elemento.get("resname") or elemento.get("id") or fuente or ""
            pares.append((clave, objetivo))
    return pares


def _interior(elemento: ET.Element) -> str:
    partes = [elemento.text or ""]
    for hijo in elemento:
        partes.append(ET.tostring(hijo, encoding="unicode"))
    texto = "".join(partes)
    return re.sub(r' xmlns(:\w+)?="[^"]*"', "", texto)


_CADENA_PHP = r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\""""
_FIN_PHP = r"(?=\s*[,\]\)])"  # la cadena acaba ahí: sin concatenar con ``.``
_PAR_PHP = re.compile(rf"({_CADENA_PHP})\s*=>\s*({_CADENA_PHP}){_FIN_PHP}", re.S)
_ASIGNACION_PHP = re.compile(rf"\$\w+((?:\[(?:{_CADENA_PHP})\])+)\s*=\s*({_CADENA_PHP})\s*;", re.S)
_CONSTANTE_PHP = re.compile(rf"\bconst\s+(\w+)\s*=\s*({_CADENA_PHP})\s*;", re.S)
_DEFINE_PHP = re.compile(rf"\bdefine\(\s*({_CADENA_PHP})\s*,\s*({_CADENA_PHP})\s*\)\s*;", re.S)


def _php(literal: str) -> str:
    cuerpo = literal[1:-1]
    if literal[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", cuerpo)
    escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), cuerpo)


def de_php(contenido: str) -> list[tuple[str, str]]:
    """Catálogos de idioma de PHP: ``'clave' => 'texto'``, ``$lang['a']['b'] = 'texto';``,
    ``const CLAVE = 'texto';`` y ``define('CLAVE', 'texto');``. Solo cadenas enteras: un valor
    concatenado (``'a' . CONSTANTE``) no se toma. Se deshacen los escapes de la cadena PHP
    (``\\'``, ``\\n`` en comillas dobles)."""
    sin_bloques = re.sub(r"/\*.*?\*/", "", contenido, flags=re.S)
    sin_comentarios = re.sub(r"^\s*(//|#).*$", "", sin_bloques, flags=re.M)
    pares = [(_php(c), _php(v)) for c, v in _PAR_PHP.findall(sin_comentarios)]
    for claves, valor in _ASIGNACION_PHP.findall(sin_comentarios):
        partes = re.findall(_CADENA_PHP, claves)
        pares.append((".".join(_php(p) for p in partes), _php(valor)))
    pares.extend((c, _php(v)) for c, v in _CONSTANTE_PHP.findall(sin_comentarios))
    pares.extend((_php(c), _php(v)) for c, v in _DEFINE_PHP.findall(sin_comentarios))
    return pares


def de_csv(contenido: str) -> list[tuple[str, str]]:
    """CSV de traducciones (``original,traducción[,contexto...]``: frappe, Magento). Las
    columnas de contexto (``module,Magento_Sales``) van delante de la clave, unidas por ``:``."""
    pares = []
    for fila in csv.reader(io.StringIO(contenido)):
        if len(fila) >= 2 and fila[1].strip():
            contexto = ":".join(c for c in fila[2:] if c)
            pares.append((f"{contexto}\x04{fila[0]}" if contexto else fila[0], fila[1]))
    return pares


def de_android(contenido: str) -> list[tuple[str, str]]:
    """``res/values-es/strings.xml`` de Android: ``<string>``, los ``<item>`` de ``<plurals>``
    y ``<string-array>``. Se deshacen los escapes de Android (``\\'``, ``\\"``, ``\\n``, ``\\@``,
    ``\\?``) y las comillas que envuelven la cadena entera; las etiquetas internas quedan tal cual."""
    escapes = {"n": "\n", "t": "\t", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}

    def texto(elemento: ET.Element) -> str:
        crudo = _interior(elemento).strip()
        if len(crudo) >= 2 and crudo[0] == crudo[-1] == '"':
            crudo = crudo[1:-1]
        return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), crudo)

    pares = []
    for elemento in ET.fromstring(contenido.encode("utf-8")):
        nombre = elemento.get("name", "")
        if elemento.tag == "string":
            pares.append((nombre, texto(elemento)))
        elif elemento.tag in ("plurals", "string-array"):
            for i, item in enumerate(elemento.iter("item")):
                pares.append((f"{nombre}[{item.get('quantity', i)}]", texto(item)))
    return pares


FORMATOS = {
    "android": de_android, "po": de_po, "json": de_json, "yml": de_yml, "xlf": de_xlf, "php": de_php,
    "csv": de_csv,
}

# --- Filtros -------------------------------------------------------------------------------

_ES = {"de", "la", "el", "los", "las", "que", "en", "por", "para", "su", "sus", "se", "un",
       "una", "del", "al", "con", "es", "está", "ha", "han", "usted", "este", "esta", "como",
       "o", "y", "lo", "le", "si", "más", "cuando", "puede", "pueden", "debe", "no"}
#: Palabras que el catalán tiene y el español no (y al revés): los catálogos de proyectos con el
#: catalán como idioma original (Som Energia) dejan a veces cadenas sin traducir.
_CA = {"amb", "els", "les", "per", "aquest", "aquesta", "aquests", "és", "pel", "pels", "als",
       "seu", "seva", "vostè", "heu", "hem", "però", "també", "fins", "més", "cal", "sigui",
       "hi", "dels", "perquè", "podeu", "teniu", "factures", "dades", "gràcies"}
_SOLO_ES = {"los", "las", "y", "con", "para", "por", "su", "sus", "usted", "está", "más",
            "pero", "hasta", "este", "esta", "cuando", "puede", "debe", "se", "también", "datos"}
_EN = {"the", "and", "to", "of", "your", "you", "is", "for", "this", "that", "with", "are",
       "be", "will", "has", "have", "an", "it", "from", "please", "can", "not", "been"}


def es_espanol(texto: str) -> bool:
    """Heurística de palabras vacías: más palabras vacías españolas que inglesas (y alguna), y
    no más palabras solo catalanas que solo españolas. Descarta las cadenas sin traducir que
    algunos catálogos dejan en inglés o en catalán."""
    sin_etiquetas = re.sub(r"<[^>]*>|\{\{.*?\}\}|\{[^}]*\}|%\w+|:\w+", " ", texto.lower())
    trozos = re.findall(r"[a-záéíóúñü]+", sin_etiquetas)
    es = sum(t in _ES for t in trozos)
    en = sum(t in _EN for t in trozos)
    ca = sum(t in _CA for t in trozos)
    solo_es = sum(t in _SOLO_ES for t in trozos)
    return es > 0 and es > en and not (ca and ca >= solo_es)


def leer(receta: Receta, ruta: str) -> str:
    salida = subprocess.run(
        ["git", f"--git-dir={espejo(receta.proyecto)}", "show", f"{receta.commit}:{ruta}"],
        check=True, capture_output=True,
    )
    return salida.stdout.decode("utf-8-sig")


def nombre_archivo(proyecto: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", proyecto.lower()).strip("-") + ".jsonl"


def extraer(receta: Receta, vistos: set[str], comparador: Comparador) -> tuple[list[dict], dict]:
    """Las entradas de un proyecto y las cuentas de lo descartado."""
    cuentas = {"leidas": 0, "cortas": 0, "no_espanol": 0, "repetidas": 0, "corpus": 0}
    quitadas: list[str] = []
    entradas = []
    mitad = mitad_de(receta.proyecto)
    for catalogo in receta.todos_los_catalogos():
        pares = FORMATOS[catalogo.formato](leer(receta, catalogo.ruta))
        originales = {}
        if catalogo.ingles:
            originales = dict(FORMATOS[catalogo.formato](leer(receta, catalogo.ingles)))
        for clave, texto in pares:
            if catalogo.claves and not re.search(catalogo.claves, clave):
                continue
            cuentas["leidas"] += 1
            if palabras(texto) < MIN_PALABRAS:
                cuentas["cortas"] += 1
                continue
            if originales.get(clave) == texto or not es_espanol(texto):
                cuentas["no_espanol"] += 1
                continue
            if texto in vistos:
                cuentas["repetidas"] += 1
                continue
            vistos.add(texto)
            if comparador.casi_duplicado(texto):
                cuentas["corpus"] += 1
                quitadas.append(clave)
                continue
            entradas.append({
                "texto": texto,
                "fuente": f"{receta.proyecto}:{catalogo.ruta}@{receta.commit}",
                "clave": clave,
                "proyecto": receta.proyecto,
                "idioma": catalogo.idioma,
                "mitad": mitad,
            })
    cuentas["quitadas_corpus"] = quitadas
    return entradas, cuentas


def escribir(proyecto: str, entradas: list[dict], carpeta: Path = CARPETA) -> Path:
    destino = carpeta / nombre_archivo(proyecto)
    lineas = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entradas)
    temporal = destino.with_suffix(".tmp")
    temporal.write_text(lineas, encoding="utf-8")
    temporal.replace(destino)
    return destino


def quitar_corpus(carpeta: Path = CARPETA, corpus: Path = CORPUS) -> int:
    """Quita de los ``.jsonl`` ya escritos las entradas de proyectos que ahora están en el corpus
    y las casi duplicadas de un texto del corpus actual (para reconciliar el fondo cuando el
    corpus crece, sin necesidad de los espejos). Imprime cuentas y claves, nunca textos del
    corpus; rehace la tabla de cuentas de LEEME.md."""
    excluidos = repos_del_corpus(corpus)
    comparador = Comparador(textos_corpus(corpus))
    for archivo in sorted(carpeta.glob("*.jsonl")):
        entradas = [json.loads(linea) for linea in archivo.read_text(encoding="utf-8").splitlines()]
        if entradas and entradas[0]["proyecto"].lower() in excluidos:
            print(f"{archivo.name}: su proyecto está en el corpus; se quitan sus {len(entradas)} entradas")
            archivo.unlink()
            continue
        duplicadas = [comparador.casi_duplicado(e["texto"]) for e in entradas]
        quedan = [e for e, duplicada in zip(entradas, duplicadas, strict=True) if not duplicada]
        if len(quedan) < len(entradas):
            quitadas = [e["clave"] for e, duplicada in zip(entradas, duplicadas, strict=True) if duplicada]
            print(f"{archivo.name}: {len(entradas) - len(quedan)} casi duplicadas del corpus: {quitadas}")
            if quedan:
                escribir(quedan[0]["proyecto"], quedan, carpeta)
            else:
                archivo.unlink()
    escribir_cuentas(carpeta)
    return 0


def main(argumentos: list[str]) -> int:
    if "--quitar-corpus" in argumentos:
        return quitar_corpus()
    pedidos = {p.lower() for p in argumentos if not p.startswith("--")}
    todo = "--todo" in argumentos
    conocidos = {r.proyecto.lower() for r in RECETAS}
    if not todo and (not pedidos or pedidos - conocidos):
        print(f"proyectos sin receta: {sorted(pedidos - conocidos)}; uso: extraer.py owner/repo | --todo")
        return 2
    comparador = Comparador(textos_corpus())
    vistos: set[str] = set()
    for receta in RECETAS:
        archivo = CARPETA / nombre_archivo(receta.proyecto)
        if todo or receta.proyecto.lower() in pedidos:
            entradas, cuentas = extraer(receta, vistos, comparador)
            if entradas:
                escribir(receta.proyecto, entradas)
            quitadas = cuentas.pop("quitadas_corpus")
            print(f"{receta.proyecto}: {len(entradas)} entradas ({mitad_de(receta.proyecto)}); {cuentas}")
            for clave in quitadas:
                print(f"  casi duplicada del corpus, quitada: {clave[:120]!r}")
        elif archivo.exists():  # un proyecto anterior ya escrito: sus textos cuentan como vistos
            for linea in archivo.read_text(encoding="utf-8").splitlines():
                vistos.add(json.loads(linea)["texto"])
    escribir_cuentas()
    return 0


# --- Recetas, en el orden en que se añadieron (el orden decide qué repetición se queda) ------

#: Los catálogos .po en español de los módulos de un repositorio de la OCA (Odoo) o de uno de
#: Tryton: todos los módulos del repositorio, con el mismo formato.
PO_ODOO = {"patron": r"/i18n/es(_\w+)?\.po$", "formato": "po"}
PO_TRYTON = {"patron": r"^locale/es(_\w+)?\.po$", "formato": "po"}

RECETAS: list[Receta] = [
    Receta("FOSSBilling/locale", "fa626e5966304fa0ca79b59985f36a01c412dc9f", [
        Catalogo("es_ES/LC_MESSAGES/messages.po", "es_ES", "po"),
    ]),
    Receta("openMF/community-app", "cf49d574c9f4a7f8567074671c791f5a67462a8e", [
        Catalogo("app/global-translations/locale-es.json", "es", "json",
                 "app/global-translations/locale-en.json"),
    ]),
    Receta("openMF/web-app", "7ab980c2bac798c23a2d747dbd943c28dade699a", [
        Catalogo("src/assets/translations/es-MX.json", "es_MX", "json", "src/assets/translations/en-US.json"),
        Catalogo("src/assets/translations/es-CL.json", "es_CL", "json", "src/assets/translations/en-US.json"),
    ]),
    Receta("crater-invoice/crater", "05d5ce26fdd8d9466009163444e944259bc0cc2a", [
        Catalogo("resources/scripts/locales/es.json", "es", "json", "resources/scripts/locales/en.json"),
    ]),
    Receta("kimai/kimai", "1f421c276badbf9eeff40852de305a1e4c1e829f", [
        Catalogo("translations/messages.es.xlf", "es", "xlf"),
        Catalogo("translations/email.es.xlf", "es", "xlf"),
        Catalogo("translations/flashmessages.es.xlf", "es", "xlf"),
        Catalogo("translations/invoice-calculator.es.xlf", "es", "xlf"),
        Catalogo("translations/invoice-renderer.es.xlf", "es", "xlf"),
        Catalogo("translations/validators.es.xlf", "es", "xlf"),
        Catalogo("translations/system-configuration.es.xlf", "es", "xlf"),
        Catalogo("translations/reporting.es.xlf", "es", "xlf"),
        Catalogo("translations/teams.es.xlf", "es", "xlf"),
        Catalogo("translations/wizard.es.xlf", "es", "xlf"),
        Catalogo("translations/plugins.es.xlf", "es", "xlf"),
    ]),
    Receta("frappe/lending", "3f2cbc13dcd0a6583e3adda6f862a1c8caa2eeff", [
        Catalogo("lending/translations/es.csv", "es", "csv"),
        Catalogo("lending/translations/es-PE.csv", "es_PE", "csv"),
    ]),
    Receta("Sylius/Sylius", "3466cbab1098367b7107e756714f9390bf5e4bf6",
           patron=r"/translations/\w+\.es\.yml$", formato="yml"),
    Receta("spree-contrib/spree_i18n", "38ac26569130f3e872467c47898cdf3f698dd844",
           patron=r"^config/locales/es(-\w+)?\.yml$", formato="yml"),
    Receta("OCA/l10n-spain", "2ffc60e53c05330b3fada7c4f927b37abe3eab42",
           patron=r"/i18n/es(_\w+)?\.po$", excluir=r"toponyms|location_nuts|cnae", formato="po"),
    Receta("OCA/account-payment", "a0b8603618df653afe5a2efe604a3da74e8375b1",
           **PO_ODOO),
    Receta("opensourcepos/opensourcepos", "9ee530e454005ff4b6d712b896f40ec23cee9228",
           patron=r"^app/Language/es-(ES|MX)/\w+\.php$", formato="php",
           ingles=(r"/es-(ES|MX)/", "/en/")),
    Receta("OCA/contract", "3468e83815d10a84a39221273dcffafa506527da",
           **PO_ODOO),
    Receta("OCA/account-invoicing", "f2919bcf736d5933f21d037f090618ed515aff10",
           **PO_ODOO),
    Receta("saleor/saleor-dashboard", "f5a84f3afb4f9b25cd0ff75434dfb5b70ea3c282", [
        Catalogo("locale/es.json", "es", "json", "locale/defaultMessages.json", claves=r"\.string$"),
        Catalogo("locale/es_CO.json", "es_CO", "json", "locale/defaultMessages.json", claves=r"\.string$"),
    ]),
    Receta("firefly-iii/firefly-iii", "a95b82b14cb01b6e40491f2a94c53b47b71766e7", [
        Catalogo("resources/assets/v1/src/locales/es.json", "es", "json",
                 "resources/assets/v1/src/locales/en.json"),
        Catalogo("resources/locales/es_ES/locales.json", "es_ES", "json",
                 "resources/locales/en_US/locales.json"),
    ]),
    Receta("OCA/bank-payment", "1bd30ec7f9b8ee195da3a5bd0ffa45e69724aefb",
           **PO_ODOO),
    Receta("OCA/account-financial-reporting", "ac9f16d0857cc7fd3e1b177be0a3377372daadad",
           **PO_ODOO),
    Receta("tryton/account_dunning", "222b5989b37e05e1efe5c0dee2469b6084893d46",
           **PO_TRYTON),
    Receta("mageplaza/magento-2-spanish-language-pack", "83a0c3cec86804115ca4beed3b0aea0be1b2fd58", [
        Catalogo("es_ES.csv", "es_ES", "csv"),
    ]),
    Receta("thelia/thelia", "87d276393c262b04757189b73d623bf6f3cf7cee", [
        Catalogo("core/lib/Thelia/Config/I18n/es_ES.php", "es_ES", "php"),
        Catalogo("setup/I18n/es_ES.php", "es_ES", "php"),
    ]),
    Receta("francoisjacquet/rosariosis", "b69514270182b351c7e3200db8f1930366392e03",
           patron=r"^locale/es_ES\.utf8/LC_MESSAGES/\w+\.po$", formato="po"),
    Receta("Attendize/Attendize", "9289acbab1583898fd85aeee66c7b613d8971deb",
           patron=r"^resources/lang/es/\w+\.php$", formato="php", ingles=(r"/es/", "/en/")),
    Receta("OCA/account-financial-tools", "778562e078dea4a4cbf872632eea8aabc3c445eb",
           **PO_ODOO),
    Receta("GibbonEdu/i18n", "5c157da200b172bbb93c475bcd7d954bb589a261",
           patron=r"^es_\w+/LC_MESSAGES/gibbon\.po$", formato="po"),
    Receta("Paymenter/Paymenter", "ce12be75183182f4ce2f49cbf9fa12a4fc2e9834",
           patron=r"(^|/)lang/es/\w+\.php$", formato="php", ingles=(r"/es/", "/en/")),
    Receta("openMF/mifos-mobile", "77c81191403fdad74fdc60f8e589be785f37453d",
           patron=r"/res/values-es/strings\.xml$", formato="android", ingles=(r"values-es", "values")),
    Receta("ingadhoc/account-payment", "6a8126b87cf48b2e94b867e6fcd05645a5292c79",
           **PO_ODOO),
    Receta("btcpayserver/btcpayserver", "03345c2886a58ea4d2f603cb6554b2e3f5d690a4", [
        Catalogo("BTCPayServer/wwwroot/locales/checkout/es-ES.json", "es_ES", "json",
                 "BTCPayServer/wwwroot/locales/checkout/en.json"),
    ]),
    Receta("openMF/android-client", "48a70d2751f07eec8f65aca828847bb660007a4a",
           patron=r"^mifosng-android/src/main/res/values-es/strings\.xml$", formato="android",
           ingles=(r"values-es", "values")),
    Receta("closemarketing/Spanish-translation-for-WHMCS", "230588a958d797b5ea2d39935a45ad959d712380", [
        Catalogo("lang/spanish.php", "es_ES", "php", "original/english.php"),
    ]),
    Receta("raiwa/Phoenix-Cart-Spanish-language-idioma-espanol", "0eb7d451e5a539b0d0122ed29975cd77e29304a2",
           patron=r"(^|/)languages/espanol(\.php$|/.*\.php$)", formato="php", idioma="es"),
    Receta("quaderno/quaderno-woocommerce", "d2099f55b3a351e70745284fe0638aeb0ec25cdf", [
        Catalogo("languages/woocommerce-es_ES.po", "es_ES", "po"),
    ]),
    Receta("tryton/account_invoice", "236b2ed7e27133aa47956cb11071b311e92d8177",
           **PO_TRYTON),
    Receta("tryton/account", "fd54e0ae4a32c57076cca0c89272439cdc0de25c",
           **PO_TRYTON),
    Receta("tryton/sale", "0b09b5c44f0df0a3c8425944b27107ed1168b636",
           **PO_TRYTON),
    Receta("tryton/account_payment", "f0fd635f40c8fdd75ef5e15deb142a3e29163a09",
           **PO_TRYTON),
    Receta("tryton/sale_subscription", "c4ee4292ef5ed4abca13c9bd49e7309c0285e412",
           **PO_TRYTON),
    Receta("tryton/account_dunning_fee", "8f5d7065200c05c618ad6ec30c6415ffa61397b5",
           **PO_TRYTON),
    Receta("Som-Energia/openerp_som_addons", "bea26c96c5f739d956e781e02d16d211a0267942",
           patron=r"(/i18n/es_ES|_es_ES)\.po$", formato="po"),
    Receta("Som-Energia/webforms-ui", "d10c7802908fc5038c3175a30d59ee702428d455", [
        Catalogo("src/i18n/locale-es.json", "es", "json", "src/i18n/locale-ca.json"),
    ]),
    Receta("gisce/poweremail", "03c12c12f41485bb06b49e560666d693b6446061", [
        Catalogo("i18n/es_ES.po", "es_ES", "po"),
    ]),
    Receta("OCA/sale-workflow", "e6216dd598bb0e9e9a979dfa580c34d6a3f35261",
           **PO_ODOO),
    Receta("OCA/pos", "5a2bd27cb627202374ccdd31bbc5f12e71c2de86",
           **PO_ODOO),
    Receta("OCA/account-invoice-reporting", "ffeb2f25efbbbff2996a974a9378327d32eb081d",
           **PO_ODOO),
    Receta("OCA/e-commerce", "f45330dcaf5b1d289b4be047094bbf1e1b685b1b",
           **PO_ODOO),
    Receta("frappe/hrms", "80f17c99aee38116c0bd4b794845ebe5290d083c", [
        Catalogo("hrms/locale/es.po", "es", "po"),
    ]),
    Receta("ledgersmb/LedgerSMB", "2c5787978bf51159f673f11912ddbc0c66cfad9b",
           patron=r"^(locale/po/es(_[A-Z]{2})?\.po|UI/src/locales/es(_[A-Z]{2})?\.json)$", formato=None),
    Receta("HiEventsDev/hi.events", "11310bfd221849fe2243dc3cb0b0f196d0c9e2b2", [
        Catalogo("frontend/src/locales/es.po", "es", "po"),
        Catalogo("backend/lang/es.json", "es", "json"),
    ]),
    Receta("OCA/account-reconcile", "6e856dc49c2f20db2310aca0af7956b401361a40",
           **PO_ODOO),
    Receta("OCA/l10n-chile", "e23a2659ef09ba6a933c03e5b853203ae6d8c9c0",
           **PO_ODOO),
    Receta("OCA/membership", "9d3ea6d84fad8e171346e4d17840ad173d9ba878",
           **PO_ODOO),
    Receta("ingadhoc/account-invoicing", "7087200cdc35c80814d96c4f12e725c3eefd2707",
           **PO_ODOO),
    Receta("aimeos/ai-client-html", "98a618682e45ef451f6af5ca6d1963781a5666f8",
           patron=r"^i18n/(code/)?es(_[A-Z]{2})?\.po$", formato="po"),
    Receta("Blair2004/NexoPOS", "7eb7393762f5713bc7cb8dead9228e5fbe7581da", [
        Catalogo("lang/es.json", "es", "json"),
    ]),
    Receta("shopware/SwagLanguagePack", "1711b01c01d13fdd292a5250dff5a049cad91041",
           patron=r"(^|[/.])es-ES\.json$", formato="json"),
    Receta("aimeos/ai-admin-jqadm", "d46f65dc40eae2ffb25192b189857641ce3d8c17",
           patron=r"^i18n/(code/)?es(_[A-Z]{2})?\.po$", formato="po"),
    Receta("bigcapitalhq/bigcapital", "af80afcf598377d50c819661fa7ae56e19893d2e", [
        Catalogo("packages/webapp/src/lang/es/index.json", "es", "json",
                 "packages/webapp/src/lang/en/index.json"),
    ]),
]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
