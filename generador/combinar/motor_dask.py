"""``cobro combinar --motor dask``: la misma función por fila, repartida con Dask.

El CSV se lee como un ``dask.dataframe`` en particiones (por bloques de bytes); cada
partición se combina en un trabajador con :func:`~generador.combinar.fila.combinar_fila`
(la misma que usa el motor local) y los resultados vuelven en orden al proceso que
escribe, con un número acotado de particiones en vuelo: la memoria del conductor no crece
con el número de filas.

Un clúster de varias máquinas es el mismo código con ``--planificador tcp://host:8786``
(``dask scheduler`` en una máquina y ``dask worker tcp://host:8786`` en las demás, todas
con cobro instalado y el CSV accesible en la misma ruta o en un almacenamiento compartido
que entienda fsspec, p. ej. ``s3://``).
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from generador.combinar.fila import Ajustes, ResultadoFila, combinar_fila
from generador.errores import ErrorCobro, describir_so
from generador.numeros import segundos

#: Tamaño de cada partición del CSV.
BLOQUE = "1MB"
#: Segundos que se espera al planificador de --planificador antes de decir que no contesta.
ESPERA_PLANIFICADOR = 10
#: Marca que pone el lector en una fila con más columnas que la cabecera.
_SOBRAN = "\x00cobro:sobran"


def combinar_particion(ajustes: Ajustes, primera_fila: int, particion) -> list[ResultadoFila]:
    """Combina una partición (``pandas.DataFrame``); ``primera_fila`` es el número de la
    primera de sus filas en el archivo (la cabecera es la 1)."""
    columnas = [str(c).strip().lower() for c in particion.columns]  # como el lector local
    resultados = []
    for desplazamiento, valores in enumerate(particion.itertuples(index=False, name=None)):
        celdas = ["" if x is None else str(x).strip() for x in valores]
        if not any(celdas):
            continue
        fila = dict(zip(columnas, celdas, strict=True))
        if celdas[-1] == _SOBRAN.strip():
            fila = dict(zip(columnas[:-1], celdas[:-1], strict=True))
            fila["__sobran__"] = "1 o más"
        resultados.append(combinar_fila(ajustes, primera_fila + desplazamiento, fila))
    return resultados


def _linea_mala(columnas: int, campos: list[str]) -> list[str]:
    """Una fila con más campos que la cabecera no se descarta: se marca para que la
    función por fila la señale, igual que el motor local."""
    return [*campos[: columnas - 1], _SOBRAN]


def _leer(ruta: Path, columnas: int, bloque: str, sep: str = ","):
    import dask.dataframe as dd

    return dd.read_csv(
        str(ruta), sep=sep, dtype=str, keep_default_na=False, na_filter=False, skip_blank_lines=False,
        blocksize=bloque, encoding="utf-8-sig", engine="python",
        on_bad_lines=partial(_linea_mala, columnas),
    )


def _conectar(Client, planificador: str):
    """El cliente del planificador de ``--planificador``; si no se puede, un ErrorCobro que lo
    dice (antes: una traza por una dirección mal escrita, o «no se pudo escribir la salida:
    Timed out trying to connect...» si el planificador no contestaba)."""
    ejemplo = "escribe tcp://servidor:puerto (p. ej. tcp://planificador.local:8786)"
    try:
        return Client(planificador, timeout=ESPERA_PLANIFICADOR)
    except ValueError:
        raise ErrorCobro(f"--planificador: '{planificador[:80]}' no es la dirección de un "
                         f"planificador de Dask; {ejemplo}") from None
    except OSError as exc:
        # distributed avisa con un OSError sin errno («Timed out trying to connect...»)
        motivo = describir_so(exc) if exc.errno else f"no contestó en {segundos(ESPERA_PLANIFICADOR)}"
        raise ErrorCobro(f"--planificador: no se pudo conectar con el planificador de Dask en "
                         f"{planificador[:80]} ({motivo}); comprueba que 'dask scheduler' está "
                         "en marcha en esa dirección y que el puerto es el suyo, o quita "
                         "--planificador para usar un clúster local. No se ha escrito nada."
                         ) from None


def resultados_dask(ruta: Path, ajustes: Ajustes, planificador: str | None = None,
                    bloque: str = BLOQUE, en_vuelo: int | None = None) -> Iterator[ResultadoFila]:
    """Los resultados de todas las filas, en el orden del archivo."""
    try:
        import dask
        from dask import delayed
        from distributed import Client, LocalCluster
    except ImportError:
        raise ErrorCobro(
            "--motor dask necesita Dask: pip install 'cobro[dask]' (o dask[dataframe] y "
            "distributed)") from None
    from generador.combinar.filas import separador
    from generador.decodificar import marca_bom

    with open(ruta, "rb") as archivo:
        marca = marca_bom(archivo.read(4))
        if marca is not None and marca[2] != "UTF-8":
            raise ErrorCobro(f"{ruta}: con --motor dask el CSV debe estar en UTF-8 (Dask lo "
                             "parte por bytes); expórtalo como «CSV UTF-8» o usa --motor local")
    with open(ruta, encoding="utf-8-sig", newline="") as archivo:
        sep = separador(archivo.readline())
        archivo.seek(0)
        columnas = len(next(csv.reader(archivo, delimiter=sep), []))
    df = _leer(ruta, columnas, bloque, sep)
    dask.config.set({"dataframe.convert-string": False})
    if planificador:
        cliente = _conectar(Client, planificador)
        cluster = None
    else:
        nucleos = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        # Los avisos internos de Dask (latidos lentos en una máquina cargada) no son del
        # usuario: solo se muestran sus errores graves.
        cluster = LocalCluster(n_workers=max(1, nucleos or 1), threads_per_worker=1,
                               processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL)
        cliente = Client(cluster)
    try:
        longitudes = cliente.compute(df.map_partitions(len)).result().tolist()
        inicios = [2]
        for n in longitudes[:-1]:
            inicios.append(inicios[-1] + n)
        particiones = df.to_delayed()
        tope = en_vuelo or 2 * max(1, len(cliente.scheduler_info().get("workers", {})) or 1)
        pendientes = []
        siguiente = 0
        while siguiente < len(particiones) or pendientes:
            while siguiente < len(particiones) and len(pendientes) < tope:
                tarea = delayed(combinar_particion)(ajustes, inicios[siguiente], particiones[siguiente])
                pendientes.append(cliente.compute(tarea))
                siguiente += 1
            futuro = pendientes.pop(0)
            yield from futuro.result()
            futuro.release()
    finally:
        cliente.close()
        if cluster is not None:
            cluster.close()
