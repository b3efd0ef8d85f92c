"""Extrae el fondo de los catálogos de traducción (una función por formato).

Cada proyecto es una receta de :data:`RECETAS`: repositorio, commit y catálogos (ruta,
idioma, formato y, si el catálogo no trae el texto original, el catálogo inglés con el que se
descartan las cadenas sin traducir). Los catálogos se leen del repositorio con
``git --git-dir=<espejo> show <commit>:<ruta>``; la carpeta de espejos se da con
``FONDO_ESPEJOS`` (por omisión ``/work/.mirror``, con un ``owner+repo/repo`` por proyecto).

Uso::

    python tests/fondo/extraer.py owner/repo [owner/repo ...]   # regenera esos proyectos
    python tests/fondo/extraer.py --todo                        # regenera todos, en orden

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

from cargar import CARPETA, MIN_PALABRAS, Comparador, palabras, textos_corpus
from particion import mitad_de

ESPEJOS = Path(os.environ.get("FONDO_ESPEJOS", "/work/.mirror"))


@dataclass
class Catalogo:
    ruta: str
    idioma: str
    formato: str  # po | json | xlf | php | yml | csv
    ingles: str | None = None  # catálogo inglés del mismo formato (claves -> texto original)


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
    formato: str | None = None
    ingles: tuple[str, str] | None = None

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
            idioma = re.search(r"(?<![a-z])es(?:[_-](?:[A-Z]{2}|419))?(?![a-z])", ruta).group(0)
            ingles = re.sub(self.ingles[0], self.ingles[1], ruta) if self.ingles else None
            catalogos.append(Catalogo(ruta, idioma.replace("-", "_"), self.formato, ingles))
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
_PAR_PHP = re.compile(rf"({_CADENA_PHP})\s*=>\s*({_CADENA_PHP})", re.S)
_ASIGNACION_PHP = re.compile(rf"\$\w+((?:\[(?:{_CADENA_PHP})\])+)\s*=\s*({_CADENA_PHP})\s*;", re.S)


def _php(literal: str) -> str:
    cuerpo = literal[1:-1]
    if literal[0] == "'":
        return re.sub(r"\\([\\'])", r"\1", cuerpo)
    escapes = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "$": "$"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), cuerpo)


def de_php(contenido: str) -> list[tuple[str, str]]:
    """Arrays de idioma de PHP: ``'clave' => 'texto'`` y ``$lang['a']['b'] = 'texto';``.
    Se deshacen los escapes de la cadena PHP (``\\'``, ``\\n`` en comillas dobles)."""
    sin_comentarios = re.sub(r"^\s*(//|#).*$", "", contenido, flags=re.M)
    pares = [(_php(c), _php(v)) for c, v in _PAR_PHP.findall(sin_comentarios)]
    for claves, valor in _ASIGNACION_PHP.findall(sin_comentarios):
        partes = re.findall(_CADENA_PHP, claves)
        pares.append((".".join(_php(p) for p in partes), _php(valor)))
    return pares


def de_csv(contenido: str) -> list[tuple[str, str]]:
    """CSV de traducciones (``original,traducción[,contexto]``, el de frappe)."""
    pares = []
    for fila in csv.reader(io.StringIO(contenido)):
        if len(fila) >= 2 and fila[1].strip():
            clave = fila[0] if len(fila) < 3 or not fila[2] else f"{fila[2]}\x04{fila[0]}"
            pares.append((clave, fila[1]))
    return pares


FORMATOS = {"po": de_po, "json": de_json, "yml": de_yml, "xlf": de_xlf, "php": de_php, "csv": de_csv}

# --- Filtros -------------------------------------------------------------------------------

_ES = {"de", "la", "el", "los", "las", "que", "en", "por", "para", "su", "sus", "se", "un",
       "una", "del", "al", "con", "es", "está", "ha", "han", "usted", "este", "esta", "como",
       "o", "y", "lo", "le", "si", "más", "cuando", "puede", "pueden", "debe", "no"}
_EN = {"the", "and", "to", "of", "your", "you", "is", "for", "this", "that", "with", "are",
       "be", "will", "has", "have", "an", "it", "from", "please", "can", "not", "been"}


def es_espanol(texto: str) -> bool:
    """Heurística de palabras vacías: más palabras vacías españolas que inglesas (y alguna).
    Descarta las cadenas sin traducir que algunos catálogos JSON/PHP dejan en inglés."""
    sin_etiquetas = re.sub(r"<[^>]*>|\{\{.*?\}\}|\{[^}]*\}|%\w+|:\w+", " ", texto.lower())
    trozos = re.findall(r"[a-záéíóúñü]+", sin_etiquetas)
    es = sum(t in _ES for t in trozos)
    en = sum(t in _EN for t in trozos)
    return es > 0 and es > en


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


def escribir(proyecto: str, entradas: list[dict]) -> Path:
    destino = CARPETA / nombre_archivo(proyecto)
    lineas = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entradas)
    temporal = destino.with_suffix(".tmp")
    temporal.write_text(lineas, encoding="utf-8")
    temporal.replace(destino)
    return destino


def main(argumentos: list[str]) -> int:
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
            escribir(receta.proyecto, entradas)
            quitadas = cuentas.pop("quitadas_corpus")
            print(f"{receta.proyecto}: {len(entradas)} entradas ({mitad_de(receta.proyecto)}); {cuentas}")
            for clave in quitadas:
                print(f"  casi duplicada del corpus, quitada: {clave[:120]!r}")
        elif archivo.exists():  # un proyecto anterior ya escrito: sus textos cuentan como vistos
            for linea in archivo.read_text(encoding="utf-8").splitlines():
                vistos.add(json.loads(linea)["texto"])
    return 0


# --- Recetas, en el orden en que se añadieron (el orden decide qué repetición se queda) ------

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
           patron=r"/i18n/es(_\w+)?\.po$", formato="po"),
    Receta("opensourcepos/opensourcepos", "9ee530e454005ff4b6d712b896f40ec23cee9228",
           patron=r"^app/Language/es-(ES|MX)/\w+\.php$", formato="php",
           ingles=(r"/es-(ES|MX)/", "/en/")),
]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
