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


def _exportar_todo(raiz_specs: str, lotes: list, carpeta: str,
                   pdf: bool = False) -> tuple[dict[str, list[str]], dict]:
    """En un proceso aparte: exporta cada país (``lotes``: país, locale y plantillas) a
    ``carpeta/<país>/`` y, con ``pdf``, imprime las cartas a PDF. Devuelve, por plantilla,
    las rutas relativas (``<país>/<formato>/...``) de sus archivos, y la medida del PDF."""
    from generador import dominio
    from generador.exportar import exportar

    raiz = Path(carpeta)
    espec = dominio.modelo(raiz_specs)
    rutas: dict[str, list[str]] = {}
    for codigo, locale, plantillas in lotes:
        if not plantillas:
            continue
        destino = raiz / codigo if codigo else raiz
        resultado = exportar(espec, "todos", destino, None, locale, True, plantillas=plantillas)
        for pid, archivos in resultado.archivos.items():
            rutas[pid] = [Path(r).relative_to(raiz).as_posix() for r in archivos]
    medida: dict = {}
    if pdf:
        from generador.sitio import pdf as modulo_pdf

        cartas = {pid: raiz / r for pid, relativas in rutas.items() for r in relativas
                  if r.endswith(".html") and "/carta/" in f"/{r}"}
        hechos, medida = modulo_pdf.imprimir(cartas)
        for pid, ruta in hechos.items():
            rutas[pid].append(ruta.relative_to(raiz).as_posix())
    return rutas, medida


def _formato(relativa: str) -> str:
    """El formato de una ruta ``[<país>/]<formato>/...`` (el país son dos letras)."""
    partes = relativa.split("/")
    return partes[1] if len(partes) > 2 and len(partes[0]) == 2 else partes[0]


class Exportacion:
    """Los exportadores, en un proceso aparte mientras el sitio revisa y maqueta.

    Con dos núcleos, exportar se solapa con el linter, el relleno y la construcción de las
    páginas; ``descargas()`` espera al resultado solo cuando hace falta. Con ``pdf``, el
    mismo proceso imprime después cada carta a PDF con Chromium (:mod:`.pdf`).
    """

    def __init__(self, raiz_specs: Path, lotes: list, pdf: bool = False,
                 junto_a: Path | None = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Junto a la carpeta del sitio (el mismo disco): al acabar, sus carpetas se mueven
        # dentro del sitio con un rename, sin copiar ni borrar miles de archivos.
        if junto_a is not None:
            junto_a.mkdir(parents=True, exist_ok=True)
        self.carpeta = Path(tempfile.mkdtemp(prefix=".cobro-descargas-", dir=junto_a))
        self.medida_pdf: dict = {}
        contexto = multiprocessing.get_context("fork")
        self._ejecutor = ProcessPoolExecutor(max_workers=1, mp_context=contexto)
        self._futuro = self._ejecutor.submit(
            _exportar_todo, str(raiz_specs), lotes, str(self.carpeta), pdf)

    def descargas(self) -> dict[str, list[Descarga]]:
        """Descargas por id de plantilla (espera a que termine la exportación)."""
        try:
            rutas, self.medida_pdf = self._futuro.result()
        finally:
            self._ejecutor.shutdown()
        return {
            pid: [Descarga(f"{_formato(r)}: {Path(r).name}", f"descargas/{r}",
                           origen=self.carpeta) for r in relativas]
            for pid, relativas in rutas.items()
        }

    def mover_a(self, destino: Path) -> None:
        """Mueve lo exportado a ``destino`` (``<sitio>/descargas``): un rename por carpeta."""
        import shutil

        destino.mkdir(parents=True, exist_ok=True)
        for hijo in self.carpeta.iterdir():
            final = destino / hijo.name
            if final.exists():  # no pasa: las canónicas van en su propia carpeta
                continue
            try:
                hijo.replace(final)
            except OSError:  # otro disco
                shutil.move(str(hijo), str(final))

    def limpiar(self) -> None:
        import shutil

        shutil.rmtree(self.carpeta, ignore_errors=True)
