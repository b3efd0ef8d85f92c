"""Descargas de cada plantilla: el archivo canónico y, si existen, los de los exportadores.

El archivo canónico (front matter YAML + cuerpo) está siempre. Los exportadores
(``generador.exportar``) se llaman una vez por formato al construir el sitio; sus archivos
se publican bajo ``descargas/<formato>/`` y se enlazan desde la plantilla a la que
pertenecen.
"""

from __future__ import annotations

import contextlib
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


CANONICAS = "canonicas"


def ruta_canonica(p: Plantilla) -> str:
    """Dónde va el archivo canónico dentro de la carpeta de su país (o de ``descargas/``
    sin países)."""
    return f"{CANONICAS}/{p.sector}/{p.id}.txt"


def canonica(p: Plantilla) -> Descarga:
    """El enlace al archivo de plantilla canónico (``descargas/[<país>/]canonicas/...``).
    El archivo, tal como lo escribe ``cobro generar``, lo escribe el proceso de los
    exportadores (:func:`_escribir_canonicas`), que lo guarda en su caché con lo demás:
    una construcción sin cambios no vuelve a convertir a YAML ni a escribir 4.000
    archivos pequeños en el proceso que maqueta."""
    pais = f"{p.pais}/" if p.pais else ""
    return Descarga("Plantilla canónica (.txt)", f"descargas/{pais}{ruta_canonica(p)}")


def _escribir_canonicas(destino: Path, plantillas: list) -> None:
    for p in plantillas:
        ruta = destino / ruta_canonica(p)
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_bytes(archivo_plantilla.unir(p.metadatos(), p.cuerpo).encode("utf-8"))


def _clave(raiz_specs: str, codigo: str | None, locale: str, plantillas: list, pdf: bool) -> str:
    """Clave de la caché de lo exportado para un país: el texto y los metadatos de sus
    plantillas, el árbol (de donde salen los datos de ejemplo), los módulos que exportan y
    rellenan, el locale y si lleva PDF."""
    import hashlib

    from generador.lint import cache_reglas

    raiz = Path(raiz_specs)
    codigo_fuente = Path(__file__).resolve().parents[1]
    from generador import dominio

    archivos = dominio.archivos(raiz)
    modulos = sorted([*(codigo_fuente / "exportar").glob("*.py"), codigo_fuente / "rellenar.py",
                      codigo_fuente / "ejemplos_pais.py", codigo_fuente / "archivo_plantilla.py",
                      Path(__file__).with_name("pdf.py"), Path(__file__)])
    huella = hashlib.sha256(repr([(p.metadatos(), p.cuerpo) for p in plantillas]).encode()).hexdigest()
    return cache_reglas._clave(archivos, modulos, extra=f"descargas:{raiz}:{codigo}:{locale}:{pdf}:{huella}")


MAX_POR_PAIS = 3


def _enlazar(origen: Path, destino: Path) -> None:
    """Copia un árbol con enlaces duros (mismo disco: sin copiar datos); si no, copia."""
    import os
    import shutil

    try:
        shutil.copytree(origen, destino, copy_function=os.link, dirs_exist_ok=True)
    except OSError:
        shutil.copytree(origen, destino, dirs_exist_ok=True)


def _exportar_todo(raiz_specs: str, lotes: list, carpeta: str,
                   pdf: bool = False) -> tuple[dict[str, list[str]], dict]:
    """En un proceso aparte: exporta cada país (``lotes``: país, locale y plantillas) a
    ``carpeta/<país>/`` y, con ``pdf``, imprime las cartas a PDF. Devuelve, por plantilla,
    las rutas relativas (``<país>/<formato>/...``) de sus archivos, y la medida del PDF.

    Lo exportado de cada país se guarda en la caché de cobro (``~/.cache/cobro``, ver
    :mod:`generador.lint.cache_reglas`) con enlaces duros: si nada de lo que lo determina
    ha cambiado, la siguiente construcción lo enlaza en vez de exportarlo otra vez
    (``COBRO_SIN_CACHE=1`` lo evita)."""
    import json
    import os
    import shutil

    from generador import dominio
    from generador.exportar import exportar
    from generador.lint import cache_reglas

    raiz = Path(carpeta)
    espec = dominio.modelo(raiz_specs)
    rutas: dict[str, list[str]] = {}
    con_cache = not os.environ.get("COBRO_SIN_CACHE")
    cache = cache_reglas.carpeta() / "sitio-descargas"
    nuevos = []
    desde_cache = 0
    if pdf:  # sin Chromium no vale lo guardado con PDF (se exporta, se avisa y no se guarda)
        from generador.sitio import pdf as modulo_pdf

        pdf = modulo_pdf.disponible()[0] is not None or "sin-chromium"
    for codigo, locale, plantillas in lotes:
        if not plantillas:
            continue
        destino = raiz / codigo if codigo else raiz
        guardado = cache / f"{codigo or '_'}-{_clave(raiz_specs, codigo, locale, plantillas, pdf)}"
        if con_cache and (guardado / "rutas.json").is_file():
            try:
                propias = json.loads((guardado / "rutas.json").read_text(encoding="utf-8"))
                _enlazar(guardado / "archivos", destino)
                if not all((destino / r).is_file() for rs in propias.values() for r in rs):
                    raise OSError("caché incompleta")  # otra construcción la estaba cambiando
            except (OSError, ValueError):
                pass  # una caché ilegible: se exporta de nuevo encima
            else:
                desde_cache += 1
                with contextlib.suppress(OSError):
                    os.utime(guardado)  # usada: de las últimas en borrarse
                for pid, relativas in propias.items():
                    rutas[pid] = [(destino / r).relative_to(raiz).as_posix() for r in relativas]
                continue
        resultado = exportar(espec, "todos", destino, None, locale, True, plantillas=plantillas)
        for pid, archivos in resultado.archivos.items():
            rutas[pid] = [Path(r).relative_to(raiz).as_posix() for r in archivos]
        _escribir_canonicas(destino, plantillas)  # sin ruta en ``rutas``: su enlace va aparte
        nuevos.append((destino, guardado, [p.id for p in plantillas]))
    medida: dict = {}
    if pdf:
        exportadas = {pid for _, _, ids in nuevos for pid in ids}
        cartas = {pid: raiz / r for pid, relativas in rutas.items() if pid in exportadas
                  for r in relativas if r.endswith(".html") and "/carta/" in f"/{r}"}
        hechos, medida = modulo_pdf.imprimir(cartas)
        for pid, ruta in hechos.items():
            rutas[pid].append(ruta.relative_to(raiz).as_posix())
        previos = sum(1 for relativas in rutas.values() for r in relativas if r.endswith(".pdf"))
        medida["de_cache"] = previos - len(hechos)
        if medida.get("aviso"):
            nuevos = []  # sin PDF: no se guarda como si lo llevara
    if con_cache:
        for destino, guardado, ids in nuevos:
            temporal = guardado.with_name(f"{guardado.name}.{os.getpid()}.tmp")
            try:
                # de cada país quedan las MAX_POR_PAIS más recientes (un catálogo parcial
                # de las pruebas no echa al completo)
                previos = sorted((c for c in cache.glob(f"{guardado.name.split('-', 1)[0]}-*")
                                  if not c.name.endswith(".tmp")), key=cache_reglas.fecha)
                for viejo in previos[:-(MAX_POR_PAIS - 1)]:
                    shutil.rmtree(viejo, ignore_errors=True)
                _enlazar(destino, temporal / "archivos")
                (temporal / "rutas.json").write_text(json.dumps(
                    {pid: [(raiz / r).relative_to(destino).as_posix() for r in rutas.get(pid, [])]
                     for pid in ids}), encoding="utf-8")
                temporal.replace(guardado)
            except OSError:
                shutil.rmtree(temporal, ignore_errors=True)
    medida["paises_de_cache"] = desde_cache
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

    def terminada(self) -> bool:
        return self._futuro.done()

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
