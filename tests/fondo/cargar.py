"""Carga el fondo (``tests/fondo/*.jsonl``) y las medidas comunes que usan la extracción y la
prueba: cuenta de palabras, normalización y casi duplicados frente a ``tests/corpus``.

Uso: ``cargar()`` (todo), ``cargar("ajuste")`` o ``cargar("reserva")``. Este módulo no está en
un paquete: se importa por ruta (ver ``tests/lint/test_fondo_datos.py``) o con
``sys.path.insert(0, "tests/fondo")``.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

CARPETA = Path(__file__).parent
CORPUS = CARPETA.parent / "corpus"
CAMPOS = ("texto", "fuente", "clave", "proyecto", "idioma", "mitad")
MIN_PALABRAS = 6
UMBRAL_RAZON = 0.8  # SequenceMatcher sobre el texto normalizado
UMBRAL_CONTENIDO = 0.9  # parte de las palabras de uno que están, en orden, en el otro

#: Vocabulario de cobro: raíces sin tildes, buscadas al principio de palabra del texto normalizado.
VOCABULARIO_COBRO = (
    "pago", "pagar", "vencid", "vencimiento", "factura", "deuda", "adeud", "saldo", "cobr",
    "recordatorio", "suspend", "suspension", "mora", "moros", "reclamacion", "plazo", "cargo",
    "recargo", "interes", "embargo", "abogad", "juridic", "judicial", "reporte", "buro",
    "impag", "atrasad",
)
_COBRO = re.compile(r"\b(?:" + "|".join(VOCABULARIO_COBRO) + r")")
_ETIQUETA = re.compile(r"<[^>]*>")
_PALABRA = re.compile(r"\w+")


@dataclass(frozen=True)
class Entrada:
    texto: str
    fuente: str
    clave: str
    proyecto: str
    idioma: str
    mitad: str
    archivo: str  # nombre del .jsonl
    linea: int


def palabras(texto: str) -> int:
    """Palabras del texto: fragmentos separados por espacios con alguna letra o cifra, sin
    contar las etiquetas HTML (``<br>``); un marcador (``%s``, ``{0}``) cuenta como palabra."""
    sin_etiquetas = _ETIQUETA.sub(" ", texto)
    return sum(1 for trozo in sin_etiquetas.split() if _PALABRA.search(trozo) or "%" in trozo)


def normalizar(texto: str) -> str:
    """Minúsculas, sin tildes ni diacríticos, espacios simples."""
    descompuesto = unicodedata.normalize("NFKD", texto.lower())
    sin_tildes = "".join(c for c in descompuesto if not unicodedata.combining(c))
    return " ".join(sin_tildes.split())


def tiene_vocabulario_cobro(texto: str) -> bool:
    return bool(_COBRO.search(normalizar(texto)))


def cargar(mitad: str | None = None, carpeta: Path = CARPETA) -> list[Entrada]:
    """Todas las entradas del fondo (o solo las de ``mitad``), en orden de archivo y línea."""
    entradas: list[Entrada] = []
    for archivo in sorted(carpeta.glob("*.jsonl")):
        for numero, linea in enumerate(archivo.read_text(encoding="utf-8").splitlines(), 1):
            datos = json.loads(linea)
            entrada = Entrada(**{c: datos[c] for c in CAMPOS}, archivo=archivo.name, linea=numero)
            if mitad is None or entrada.mitad == mitad:
                entradas.append(entrada)
    return entradas


def repos_del_corpus(carpeta: Path = CORPUS) -> set[str]:
    """``owner/repo`` (en minúsculas) de cada fuente de GitHub del corpus: solo se leen las
    fuentes, nunca los textos."""
    import yaml

    repos = set()
    patron = re.compile(
        r"^(?:https?://(?:www\.)?github\.com/|https?://raw\.githubusercontent\.com/)?"
        r"([\w.-]+/[\w.-]+?)(?:\.git)?(?::|/|@|$)"
    )
    for archivo in sorted(carpeta.glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        for entrada in datos if isinstance(datos, list) else []:
            fuente = str(entrada.get("fuente", ""))
            coincide = patron.match(fuente)
            if coincide and ("github" in fuente or re.match(r"^[\w.-]+/[\w.-]+:", fuente)):
                repos.add(coincide.group(1).lower())
    return repos


def textos_corpus(carpeta: Path = CORPUS) -> list[str]:
    """Los textos de ``tests/corpus/*.yml``, normalizados, solo para comparar (nunca se
    muestran: la parte ``prueba`` no se lee)."""
    import yaml

    textos = []
    for archivo in sorted(carpeta.glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        if isinstance(datos, list):
            textos.extend(normalizar(str(e.get("texto", ""))) for e in datos if e.get("texto"))
    return textos


class Comparador:
    """¿Es un texto casi duplicado de alguno del corpus?

    Casi duplicado: razón de ``SequenceMatcher`` >= 0.8 sobre el texto normalizado, o el 90 %
    o más de las palabras de uno de los dos contenidas, en orden, en el otro (bloques comunes
    de ``SequenceMatcher`` sobre las listas de palabras, sin puntuación, divididos por las palabras del más
    corto). Para ir rápido, solo se compara con los textos del corpus de longitud compatible
    (la razón) o que comparten al menos la mitad de las palabras distintas del más corto
    (el contenido), según un índice de palabras.
    """

    def __init__(self, textos: list[str]):
        self.textos = textos
        self.palabras = [_PALABRA.findall(t) for t in textos]
        self.conjuntos = [set(p) for p in self.palabras]
        self.tamanos = [len(c) for c in self.conjuntos]
        self.indice: dict[str, list[int]] = {}
        for i, conjunto in enumerate(self.conjuntos):
            for palabra in conjunto:
                self.indice.setdefault(palabra, []).append(i)

    def _candidatos(self, conjunto: set[str]) -> Counter[int]:
        """Cuántas palabras distintas comparte el texto con cada texto del corpus (``Counter``
        cuenta en C: es lo que más tiempo lleva)."""
        return Counter(chain.from_iterable(self.indice.get(palabra, ()) for palabra in conjunto))

    def casi_duplicado(self, texto: str) -> bool:
        norm = normalizar(texto)
        lista = _PALABRA.findall(norm)
        conjunto = set(lista)
        if not conjunto:
            return False
        n = len(conjunto)
        tamanos = self.tamanos
        candidatos = [
            (i, k) for i, k in self._candidatos(conjunto).items() if 2 * k >= n or 2 * k >= tamanos[i]
        ]
        for i, comunes in candidatos:
            otro = self.textos[i]
            corto = min(n, tamanos[i])
            a, b = len(norm), len(otro)
            parecidos = 2 * min(a, b) / (a + b) >= UMBRAL_RAZON
            razon = difflib.SequenceMatcher(None, norm, otro, autojunk=False).ratio if parecidos else None
            if razon and razon() >= UMBRAL_RAZON:
                return True
            if comunes >= UMBRAL_CONTENIDO * corto:
                otras = self.palabras[i]
                emparejador = difflib.SequenceMatcher(None, lista, otras, autojunk=False)
                iguales = sum(bloque.size for bloque in emparejador.get_matching_blocks())
                if iguales >= UMBRAL_CONTENIDO * min(len(lista), len(otras)):
                    return True
        return False


INICIO_CUENTAS = "<!-- cuentas: las escribe extraer.py; no editar a mano -->"
FIN_CUENTAS = "<!-- /cuentas -->"


def escribir_cuentas(carpeta: Path = CARPETA) -> None:
    """Rehace la tabla de cuentas de ``LEEME.md`` (entre las marcas) con los datos actuales."""
    leeme = carpeta / "LEEME.md"
    texto = leeme.read_text(encoding="utf-8")
    antes, resto = texto.split(INICIO_CUENTAS, 1)
    despues = resto.split(FIN_CUENTAS, 1)[1]
    nuevo = f"{antes}{INICIO_CUENTAS}\n{cuentas(cargar(carpeta=carpeta))}\n{FIN_CUENTAS}{despues}"
    temporal = leeme.with_suffix(".tmp")
    temporal.write_text(nuevo, encoding="utf-8")
    temporal.replace(leeme)


def cuentas(entradas: list[Entrada]) -> str:
    """La tabla de cuentas de LEEME.md (por proyecto y mitad, con y sin vocabulario de cobro)."""
    filas = {}
    for e in entradas:
        fila = filas.setdefault(e.proyecto, [e.mitad, e.fuente.rsplit("@", 1)[1][:12], 0, 0])
        fila[2 if tiene_vocabulario_cobro(e.texto) else 3] += 1
    lineas = ["| proyecto | commit | mitad | con vocabulario de cobro | sin | total |",
              "| --- | --- | --- | ---: | ---: | ---: |"]
    for proyecto, (mitad, commit, con, sin) in sorted(filas.items(), key=lambda f: (f[1][0], f[0].lower())):
        lineas.append(f"| {proyecto} | {commit} | {mitad} | {con} | {sin} | {con + sin} |")
    for mitad in ("ajuste", "reserva", None):
        grupo = [f for f in filas.values() if mitad in (None, f[0])]
        con, sin = sum(f[2] for f in grupo), sum(f[3] for f in grupo)
        nombre = f"**{mitad or 'total'}** ({len(grupo)} proyectos)"
        lineas.append(f"| {nombre} | | | {con} | {sin} | {con + sin} |")
    return "\n".join(lineas)


if __name__ == "__main__":
    print(cuentas(cargar()))
