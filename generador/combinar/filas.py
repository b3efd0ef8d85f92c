"""Lectura en flujo de la exportación de facturas (CSV UTF-8, columnas por variable canónica)."""

from __future__ import annotations

import codecs
import csv
import itertools
from collections.abc import Iterator
from pathlib import Path

from generador.decodificar import marca_bom
from generador.errores import ErrorCobro, describir_ausente

#: Columnas que toda exportación debe traer (nombres de variable canónicos).
OBLIGATORIAS = (
    "referencia", "nombre_cliente", "importe", "fecha_vencimiento", "sector", "audiencia",
    "canal", "registro",
)
#: Columnas que pueden faltar: ``audiencia``, ``canal`` y ``registro`` tienen valor por
#: defecto (la única audiencia del sector, ``--canal``, usted).
CON_DEFECTO = ("audiencia", "canal", "registro")
#: Columnas que no son variables de plantilla pero cobro entiende.
DE_CONTROL = ("sector", "audiencia", "canal", "registro", "pais", "moneda", "tipo",
              "email_cliente", "telefono_cliente", "content_sid")
#: Una celda más larga que esto no es un dato de factura: se rechaza la fila.
MAX_CELDA = 10_000
#: Un archivo con líneas físicas más largas que esto no es un CSV de facturas.
MAX_CAMPO_CSV = 1_000_000


#: Firmas de archivos que a veces se pasan por error en lugar del CSV (sin bytes nulos al
#: principio: sin esto, un PDF daba «faltan columnas obligatorias»).
_OTROS_FORMATOS = ((b"%PDF-", "un PDF"), (b"\x89PNG", "una imagen PNG"),
                   (b"\xff\xd8\xff", "una imagen JPEG"), (b"GIF8", "una imagen GIF"),
                   (b"\x1f\x8b", "un archivo comprimido (gzip)"), (b"{\\rtf", "un documento RTF"))


def abrir(ruta: Path) -> Iterator[str]:
    """Líneas del archivo como texto UTF-8 (con o sin BOM) o UTF-16/32 con BOM (la
    «Texto Unicode» de Excel), con un error claro, y con su número de línea, si no lo es."""
    try:
        archivo = open(ruta, "rb")  # noqa: SIM115 - se cierra al agotar el generador
    except OSError as exc:
        raise ErrorCobro(f"{ruta}: no se puede leer: {exc.strerror}") from None
    with archivo:
        inicio = archivo.read(8)
        if inicio.startswith(b"PK\x03\x04"):  # un ZIP: el .xlsx de Excel o el .ods de LibreOffice
            raise ErrorCobro(f"{ruta}: es un libro de hoja de cálculo (.xlsx u .ods), no un CSV; "
                             "ábrelo y guárdalo como «CSV UTF-8 (delimitado por comas)»")
        if inicio.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: el .xls de Excel 97-2003
            raise ErrorCobro(f"{ruta}: es un libro de Excel antiguo (.xls), no un CSV; ábrelo y "
                             "guárdalo como «CSV UTF-8 (delimitado por comas)»")
        formato = next((nombre for firma, nombre in _OTROS_FORMATOS if inicio.startswith(firma)), None)
        if formato is not None:
            raise ErrorCobro(f"{ruta}: es {formato}, no un CSV; indica el archivo exportado en CSV "
                             "(texto UTF-8, una fila por línea)")
        marca = marca_bom(inicio)
        if marca is not None and marca[2] != "UTF-8":  # UTF-16 o UTF-32
            bom, codificacion, nombre = marca
            archivo.seek(len(bom))
            yield from _lineas_unicode(ruta, archivo, codificacion, nombre)
            return
        archivo.seek(0)
        for numero, crudo in enumerate(archivo, 1):
            if numero == 1 and crudo.startswith(codecs.BOM_UTF8):
                crudo = crudo[len(codecs.BOM_UTF8):]
            if b"\x00" in crudo:  # antes que la codificación: un binario no es «otro texto»
                raise ErrorCobro(f"{ruta}:{numero}: el archivo contiene bytes nulos: es un binario, "
                                 "no un CSV de texto; indica la exportación en CSV")
            try:
                linea = crudo.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ErrorCobro(
                    f"{ruta}:{numero}: el archivo no es UTF-8 (byte 0x{crudo[exc.start]:02X} en la "
                    f"columna {exc.start + 1}); expórtalo como «CSV UTF-8» desde tu hoja de "
                    "cálculo o conviértelo con: iconv -f windows-1252 -t utf-8"
                ) from None
            yield linea


def _lineas_unicode(ruta: Path, archivo, codificacion: str, nombre: str) -> Iterator[str]:
    import io

    texto = io.TextIOWrapper(archivo, encoding=codificacion, newline="")
    numero = 0
    try:
        for numero, linea in enumerate(texto, 1):
            if "\x00" in linea:
                raise ErrorCobro(f"{ruta}:{numero}: el archivo contiene caracteres nulos: no es "
                                 "un CSV de texto")
            yield linea
    except UnicodeDecodeError:
        raise ErrorCobro(f"{ruta}:{numero + 1}: el archivo empieza como {nombre} "
                         "pero no lo es; expórtalo como «CSV UTF-8» desde tu hoja de cálculo"
                         ) from None
    finally:
        texto.detach()


#: Separadores que usan las hojas de cálculo al exportar: la coma, el punto y coma (Excel
#: en español, donde la coma es la de los decimales) y el tabulador («Texto Unicode»).
SEPARADORES = (",", ";", "\t")


def separador(cabecera: str) -> str:
    """El separador de la cabecera: el que la parte en más columnas (la coma si empatan)."""
    def columnas(sep: str) -> int:
        try:
            return len(next(csv.reader([cabecera], delimiter=sep)))
        except (csv.Error, StopIteration):
            return 0

    return max(SEPARADORES, key=columnas)


def _error_csv(exc: csv.Error) -> str:
    """El motivo de un ``csv.Error`` en español."""
    texto = str(exc)
    if texto.startswith("unexpected end of data"):
        return "unas comillas se abren y no se cierran"
    if "expected after" in texto:
        return "después de unas comillas de cierre debe venir el separador o el fin de la línea"
    if texto.startswith("field larger than field limit"):
        return f"un campo pasa de {MAX_CAMPO_CSV:,} caracteres".replace(",", ".")
    if "NUL" in texto:
        return "hay un carácter nulo"
    return f"error del lector de CSV ({texto})"


Filas = Iterator[tuple[int, dict[str, str]]]


class Tabla:
    """Un CSV abierto en flujo: su separador, su cabecera y sus registros.

    El único lector de CSV de cobro (``cobro combinar`` y ``cobro plan --comprobar``): UTF-8
    con o sin BOM o UTF-16/32 con BOM; coma, punto y coma o tabulador; comillas estrictas
    (unas comillas sin cerrar son un error con su línea, no un campo que se traga el resto
    del archivo) y campos de hasta :data:`MAX_CAMPO_CSV` caracteres."""

    def __init__(self, ruta: Path, que: str, vacio: str) -> None:
        if ruta.is_dir():
            raise ErrorCobro(f"{ruta}: es una carpeta; indica {que}")
        if not ruta.exists():
            raise ErrorCobro(f"{ruta}: {describir_ausente(ruta)}; indica {que}")
        csv.field_size_limit(MAX_CAMPO_CSV)
        self.ruta = ruta
        lineas = abrir(ruta)
        primera = next(lineas, None)
        if primera is None:
            raise ErrorCobro(f"{ruta}: {vacio}")
        if not primera.strip():
            if any(linea.strip() for linea in lineas):
                raise ErrorCobro(f"{ruta}:1: la primera línea está en blanco; la cabecera debe ir "
                                 "en la primera línea: borra las líneas en blanco de arriba")
            raise ErrorCobro(f"{ruta}: {vacio}")
        self.separador = separador(primera)
        self._lector = csv.reader(itertools.chain([primera], lineas), strict=True,
                                  delimiter=self.separador)
        try:
            cabecera = next(self._lector)
        except csv.Error as exc:
            raise ErrorCobro(f"{ruta}:1: la cabecera no es CSV válido: {_error_csv(exc)}") from None
        # «Referencia», «IMPORTE»: las hojas de cálculo ponen mayúsculas; la columna es la misma.
        self.cabecera = [c.strip().lower() for c in cabecera]

    @property
    def linea(self) -> int:
        """La línea física en que acaba el último registro leído."""
        return self._lector.line_num

    def registros(self) -> Iterator[list[str]]:
        """Los registros tras la cabecera (también los vacíos, como ``[]``)."""
        while True:
            try:
                valores = next(self._lector)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ErrorCobro(f"{self.ruta}:{self._lector.line_num}: CSV mal formado: "
                                 f"{_error_csv(exc)}; revisa las comillas de esa fila") from None
            yield valores


def leer(ruta: Path | str, obligatorias: tuple[str, ...] = OBLIGATORIAS) -> tuple[list[str], Filas]:
    """Cabecera y un iterador de ``(número de fila, valores)``; la fila 1 es la cabecera.

    La cabecera se valida ya (columnas que faltan o repetidas): un archivo que no sirve se
    rechaza antes de escribir nada."""
    tabla = Tabla(Path(ruta), "la exportación de facturas en CSV",
                  f"está vacío; la primera fila debe ser la cabecera ({', '.join(OBLIGATORIAS)})")
    ruta = tabla.ruta
    cabecera = tabla.cabecera
    repetidas = sorted({c for c in cabecera if cabecera.count(c) > 1})
    if repetidas:
        raise ErrorCobro(f"{ruta}:1: columnas repetidas en la cabecera: {', '.join(repetidas)}")
    faltan = [c for c in obligatorias if c not in cabecera and c not in CON_DEFECTO]
    if faltan:
        raise ErrorCobro(
            f"{ruta}:1: faltan columnas obligatorias: {', '.join(faltan)}; la cabecera debe "
            f"nombrar las variables canónicas ({', '.join(OBLIGATORIAS)}; opcionales: pais, "
            "moneda, numero_factura, tipo y cualquier otra variable)"
        )

    def filas() -> Filas:
        numero = 1
        for valores in tabla.registros():
            numero += 1
            if not any(v.strip() for v in valores):
                continue  # línea en blanco
            yield numero, _fila(cabecera, valores)

    return cabecera, filas()


def _fila(cabecera: list[str], valores: list[str]) -> dict[str, str]:
    fila = {c: v.strip() for c, v in zip(cabecera, valores, strict=False)}
    if len(valores) > len(cabecera):
        fila["__sobran__"] = str(len(valores) - len(cabecera))
    elif len(valores) < len(cabecera):
        fila["__faltan__"] = ", ".join(cabecera[len(valores):])
    return fila
