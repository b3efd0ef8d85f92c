"""Lectura en flujo de la exportación de facturas (CSV UTF-8, columnas por variable canónica)."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from pathlib import Path

from generador.errores import ErrorCobro

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
              "email_cliente", "telefono_cliente")
#: Una celda más larga que esto no es un dato de factura: se rechaza la fila.
MAX_CELDA = 10_000
#: Un archivo con líneas físicas más largas que esto no es un CSV de facturas.
MAX_CAMPO_CSV = 1_000_000


def abrir(ruta: Path) -> Iterator[str]:
    """Líneas del archivo como texto UTF-8 (con o sin BOM), con un error claro, y con su
    número de línea, si no lo es."""
    try:
        archivo = open(ruta, "rb")  # noqa: SIM115 - se cierra al agotar el generador
    except OSError as exc:
        raise ErrorCobro(f"{ruta}: no se puede leer: {exc.strerror}") from None
    with archivo:
        for numero, crudo in enumerate(archivo, 1):
            if numero == 1 and crudo.startswith(codecs.BOM_UTF8):
                crudo = crudo[len(codecs.BOM_UTF8):]
            try:
                linea = crudo.decode("utf-8")
            except UnicodeDecodeError:
                raise ErrorCobro(
                    f"{ruta}:{numero}: el archivo no es UTF-8; expórtalo como «CSV UTF-8» "
                    "desde tu hoja de cálculo o conviértelo con: iconv -f latin1 -t utf-8"
                ) from None
            if "\x00" in linea:
                raise ErrorCobro(f"{ruta}:{numero}: el archivo contiene bytes nulos: no es un CSV de texto")
            yield linea


Filas = Iterator[tuple[int, dict[str, str]]]


def leer(ruta: Path | str, obligatorias: tuple[str, ...] = OBLIGATORIAS) -> tuple[list[str], Filas]:
    """Cabecera y un iterador de ``(número de fila, valores)``; la fila 1 es la cabecera.

    La cabecera se valida ya (columnas que faltan o repetidas): un archivo que no sirve se
    rechaza antes de escribir nada."""
    ruta = Path(ruta)
    if ruta.is_dir():
        raise ErrorCobro(f"{ruta}: es una carpeta; indica el archivo CSV de facturas")
    if not ruta.exists():
        raise ErrorCobro(f"{ruta}: no existe; indica la exportación de facturas en CSV")
    csv.field_size_limit(MAX_CAMPO_CSV)
    lineas = abrir(ruta)
    lector = csv.reader(lineas, strict=True)
    try:
        cabecera = next(lector)
    except StopIteration:
        raise ErrorCobro(f"{ruta}: está vacío; la primera fila debe ser la cabecera "
                         f"({', '.join(OBLIGATORIAS)})") from None
    except csv.Error as exc:
        raise ErrorCobro(f"{ruta}:1: la cabecera no es CSV válido: {exc}") from None
    cabecera = [c.strip() for c in cabecera]
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
        while True:
            try:
                valores = next(lector)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ErrorCobro(f"{ruta}:{lector.line_num}: CSV mal formado: {exc}; revisa "
                                 "las comillas de esa fila") from None
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
