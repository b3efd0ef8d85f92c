"""Descargas de cada plantilla: el archivo canónico y, si existen, los de los exportadores.

El archivo canónico (front matter YAML + cuerpo) está siempre. Los exportadores
(``generador.exportar``) se llaman una vez por formato al construir el sitio; sus archivos
se publican bajo ``descargas/<formato>/`` y se enlazan desde la plantilla a la que
pertenecen.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from generador import archivo_plantilla
from generador.modelo import Plantilla


@dataclass(frozen=True)
class Descarga:
    """Un archivo descargable y dónde se publica dentro del sitio: o su contenido, o la
    carpeta donde lo dejó el exportador (``origen``)."""

    etiqueta: str
    src_uri: str
    contenido: bytes | None = None
    origen: Path | None = None


def canonica(p: Plantilla) -> Descarga:
    """El archivo de plantilla canónico, tal como lo escribe ``cobro generar``."""
    texto = archivo_plantilla.unir(p.metadatos(), p.cuerpo)
    return Descarga("Plantilla canónica (.txt)", f"descargas/canonicas/{p.sector}/{p.id}.txt",
                    texto.encode("utf-8"))


def _exportar_todo(raiz_specs: str, locale: str, carpeta: str) -> dict[str, list[str]]:
    """En un proceso aparte: exporta todo a ``carpeta`` y devuelve, por plantilla, las
    rutas relativas (``<formato>/...``) de sus archivos."""
    from generador import dominio
    from generador.exportar import exportar

    raiz = Path(carpeta)
    resultado = exportar(dominio.modelo(raiz_specs), "todos", raiz, None, locale, True)
    return {
        pid: [Path(r).relative_to(raiz).as_posix() for r in rutas]
        for pid, rutas in resultado.archivos.items()
    }


class Exportacion:
    """Los exportadores, en un proceso aparte mientras el sitio revisa y maqueta.

    Con dos núcleos, exportar (~1,5 s) se solapa con el linter, el relleno y la
    construcción de las páginas; ``descargas()`` espera al resultado solo cuando hace falta.
    """

    def __init__(self, raiz_specs: Path, locale: str) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.carpeta = Path(tempfile.mkdtemp(prefix="cobro-descargas-"))
        contexto = multiprocessing.get_context("fork")
        self._ejecutor = ProcessPoolExecutor(max_workers=1, mp_context=contexto)
        self._futuro = self._ejecutor.submit(
            _exportar_todo, str(raiz_specs), locale, str(self.carpeta))

    def descargas(self) -> dict[str, list[Descarga]]:
        """Descargas por id de plantilla (espera a que termine la exportación)."""
        try:
            rutas = self._futuro.result()
        finally:
            self._ejecutor.shutdown()
        return {
            pid: [Descarga(f"{r.split('/', 1)[0]}: {Path(r).name}", f"descargas/{r}",
                           origen=self.carpeta) for r in relativas]
            for pid, relativas in rutas.items()
        }

    def limpiar(self) -> None:
        import shutil

        shutil.rmtree(self.carpeta, ignore_errors=True)
