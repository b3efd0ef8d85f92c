"""Descargas de cada plantilla: el archivo canónico y, si existen, los de los exportadores.

El archivo canónico (front matter YAML + cuerpo) está siempre. Los exportadores
(``generador.exportar``) se llaman una vez por formato al construir el sitio; sus archivos
se publican bajo ``descargas/<formato>/`` y se enlazan desde la plantilla a la que
pertenecen.
"""

from __future__ import annotations

import importlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generador import archivo_plantilla
from generador.modelo import Especificacion, Plantilla


@dataclass(frozen=True)
class Descarga:
    """Un archivo descargable y dónde se publica dentro del sitio."""

    etiqueta: str
    src_uri: str
    contenido: bytes


def canonica(p: Plantilla) -> Descarga:
    """El archivo de plantilla canónico, tal como lo escribe ``cobro generar``."""
    texto = archivo_plantilla.unir(p.metadatos(), p.cuerpo)
    return Descarga("Plantilla canónica (.txt)", f"descargas/canonicas/{p.sector}/{p.id}.txt",
                    texto.encode("utf-8"))


def _formatos(modulo) -> list[str]:
    for nombre in ("FORMATOS", "formatos"):
        valor = getattr(modulo, nombre, None)
        if callable(valor):
            valor = valor()
        if valor:
            return [str(f) for f in valor]
    return []


def exportadas(espec: Especificacion, locale: str | None) -> dict[str, list[Descarga]]:
    """Archivos de los exportadores por id de plantilla; vacío si aún no existen."""
    try:
        modulo = importlib.import_module("generador.exportar")
    except ImportError:
        return {}
    exportar = getattr(modulo, "exportar", None)
    if not callable(exportar):
        return {}
    from generador.componer import Filtros

    por_plantilla: dict[str, list[Descarga]] = {}
    with tempfile.TemporaryDirectory(prefix="cobro-sitio-") as tmp:
        for formato in _formatos(modulo):
            salida = Path(tmp) / formato
            resultado = exportar(espec, formato, salida, Filtros(), locale, True)
            for plantilla_id, rutas in (getattr(resultado, "archivos", {}) or {}).items():
                for ruta in rutas:
                    ruta = Path(ruta)
                    relativa = ruta.relative_to(salida).as_posix() if ruta.is_relative_to(salida) \
                        else ruta.name
                    por_plantilla.setdefault(plantilla_id, []).append(Descarga(
                        f"{formato}: {ruta.name}", f"descargas/{formato}/{relativa}",
                        ruta.read_bytes()))
    return por_plantilla
