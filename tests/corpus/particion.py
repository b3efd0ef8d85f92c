"""La partición desarrollo/prueba del corpus real, hecha una vez por la fuente.

Todos los mensajes de una fuente caen en la misma parte. Uso:
``python tests/corpus/particion.py`` comprueba cada entrada y sale con 1 si alguna no
tiene la parte que le toca.

Regla general: ``prueba`` para el 30 % de las fuentes, por el hash de la fuente.
Regla de la ronda 3 (entradas con ``ronda: 3``, ver ``LEEME.md``): nadie que ajuste reglas
las ha visto, así que sus fuentes van a ``prueba`` hasta que ``prueba`` llegue al 35 % del
corpus de las rondas 1 a 3; las que sobran, por el hash como siempre.
Regla de la ronda 4 (entradas con ``ronda: 4``): sus fuentes, en orden de hash, van a
``prueba`` mientras las entradas de la ronda 4 en ``prueba`` sean menos de la mitad de las
entradas de la ronda 4; el resto, a ``desarrollo``. Ninguna entrada anterior cambia de parte.
Regla de la ronda 5 (entradas con ``ronda: 5``): la misma que la de la ronda 4, pero contada
solo sobre las entradas de la ronda 5 (mitad a ``prueba`` por orden de hash de la fuente, el
resto a ``desarrollo``). Las rondas 4 y 5 no cuentan la una para la otra ni para el 35 % de la
ronda 3, así que ninguna entrada anterior cambia de parte.
Regla de la ronda 6 (entradas con ``ronda: 6``, en ``ronda6_*.yml``): la misma, contada solo
sobre las entradas de la ronda 6; tampoco cuenta para ninguna ronda anterior.
Regla de la ronda 7 (entradas con ``ronda: 7``, en ``ronda7_*.yml``): la misma, contada solo
sobre las entradas de la ronda 7; no cuenta para ninguna ronda anterior (la 6 está cerrada).
Regla de la ronda 8 (entradas con ``ronda: 8``, en ``ronda8_*.yml``): la misma, contada solo
sobre las entradas de la ronda 8; no cuenta para ninguna ronda anterior (la 7 está cerrada).
Regla de la ronda 9 (entradas con ``ronda: 9``, en ``ronda9_*.yml``): la misma, contada solo
sobre las entradas de la ronda 9; no cuenta para ninguna ronda anterior (la 8 está cerrada).
Regla de la ronda 10 (entradas con ``ronda: 10``, en ``ronda10_*.yml``): la misma, contada solo
sobre las entradas de la ronda 10; no cuenta para ninguna ronda anterior (la 9 está cerrada).
Regla de la ronda 11 (entradas con ``ronda: 11``, en ``ronda11_*.yml``): la misma, contada solo
sobre las entradas de la ronda 11; no cuenta para ninguna ronda anterior (la 10 está cerrada).
Regla de la ronda 12 (entradas con ``ronda: 12``, en ``ronda12_*.yml``): la misma, contada solo
sobre las entradas de la ronda 12; no cuenta para ninguna ronda anterior (la 11 está cerrada).
Regla de la ronda 13 (entradas con ``ronda: 13``, en ``ronda13_*.yml``): la misma, contada solo
sobre las entradas de la ronda 13; no cuenta para ninguna ronda anterior (la 12 está cerrada).
Regla de la ronda 14 (entradas con ``ronda: 14``, en ``ronda14_*.yml``): la misma, contada solo
sobre las entradas de la ronda 14; no cuenta para ninguna ronda anterior (la 13 está cerrada).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

CARPETA = Path(__file__).parent


def fuente_base(fuente: str) -> str:
    """La fuente sin fragmento ni consulta: los mensajes de una página van juntos."""
    return fuente.split("#", 1)[0].split("?", 1)[0].strip()


def parte_de(fuente: str) -> str:
    """``prueba`` para el 30 % de las fuentes (por su hash), ``desarrollo`` para el resto."""
    valor = int(hashlib.sha256(fuente_base(fuente).encode("utf-8")).hexdigest(), 16)
    return "prueba" if valor % 10 < 3 else "desarrollo"


UMBRAL_RONDA3 = 0.35  # parte de prueba mínima del corpus de las rondas 1 a 3 tras la ronda 3
#: Rondas que llenan su propia mitad (ver :func:`_partes_por_mitad`): ronda -> parte de prueba
#: de sus entradas. Cada ronda cuenta solo las suyas, así que ninguna mueve una entrada anterior.
#: Una ronda nueva es una línea aquí (y su sección en LEEME.md), escrita antes de su primer dato.
RONDAS_POR_MITAD = {4: 0.5, 5: 0.5, 6: 0.5, 7: 0.5, 8: 0.5, 9: 0.5, 10: 0.5, 11: 0.5, 12: 0.5,
                    13: 0.5, 14: 0.5}


def _hash(fuente: str) -> int:
    return int(hashlib.sha256(fuente_base(fuente).encode("utf-8")).hexdigest(), 16)


def partes_esperadas(todas: list[dict]) -> dict[int, str]:
    """La parte que toca a cada entrada (por su posición en ``todas``).

    Las entradas sin ``ronda`` 3 ni una de :data:`RONDAS_POR_MITAD` siguen la regla general
    (:func:`parte_de`). Las de la ronda 3 se agrupan por fuente; los grupos, en orden de su
    hash (orden fijo que no depende del archivo ni del orden en que se añadieron), van a
    ``prueba`` mientras la parte de prueba sea menor que ``UMBRAL_RONDA3`` del corpus de las
    rondas 1 a 3; los demás, por el hash. Las de :data:`RONDAS_POR_MITAD` no cuentan para esa
    cuenta (así no mueven ninguna entrada anterior) y cada ronda llena su propia mitad con
    :func:`_partes_por_mitad`, contando solo sus propias entradas.
    """
    esperadas: dict[int, str] = {}
    grupos: dict[str, list[int]] = {}
    por_mitad: dict[int, list[int]] = {ronda: [] for ronda in RONDAS_POR_MITAD}
    for i, e in enumerate(todas):
        fuente = str(e.get("fuente", ""))
        ronda = e.get("ronda")
        if ronda in por_mitad:
            por_mitad[ronda].append(i)
        elif ronda == 3:
            grupos.setdefault(fuente_base(fuente), []).append(i)
        else:
            esperadas[i] = parte_de(fuente)
    en_prueba = sum(1 for p in esperadas.values() if p == "prueba")
    total = len(todas) - sum(map(len, por_mitad.values()))
    for base in sorted(grupos, key=_hash):
        indices = grupos[base]
        parte = "prueba" if en_prueba < UMBRAL_RONDA3 * total else parte_de(base)
        for i in indices:
            esperadas[i] = parte
        if parte == "prueba":
            en_prueba += len(indices)
    for ronda, indices in por_mitad.items():
        esperadas.update(_partes_por_mitad(todas, indices, RONDAS_POR_MITAD[ronda]))
    return esperadas


def _partes_por_mitad(todas: list[dict], indices: list[int], umbral: float) -> dict[int, str]:
    """Una ronda de :data:`RONDAS_POR_MITAD`: grupos por fuente, en orden de hash, a ``prueba``
    hasta la mitad de la ronda.

    Un grupo entra en ``prueba`` si, antes de añadirlo, las entradas de la ronda (``indices``)
    en ``prueba`` son menos que ``umbral`` de las entradas de la ronda; si no, va a
    ``desarrollo``.
    """
    grupos: dict[str, list[int]] = {}
    for i in indices:
        grupos.setdefault(fuente_base(str(todas[i].get("fuente", ""))), []).append(i)
    partes: dict[int, str] = {}
    en_prueba = 0
    for base in sorted(grupos, key=_hash):
        parte = "prueba" if en_prueba < umbral * len(indices) else "desarrollo"
        for i in grupos[base]:
            partes[i] = parte
        if parte == "prueba":
            en_prueba += len(grupos[base])
    return partes


def entradas(carpeta: Path = CARPETA) -> list[dict]:
    """Todas las entradas del corpus, en orden de archivo."""
    todas: list[dict] = []
    for archivo in sorted(carpeta.glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        if not isinstance(datos, list):
            continue  # umbrales.yml y otros archivos de configuración, no mensajes
        for entrada in datos:
            entrada["_archivo"] = archivo.name
            todas.append(entrada)
    return todas


def main() -> int:
    todas = entradas()
    esperadas = partes_esperadas(todas)
    malas = [(e, esperadas[i]) for i, e in enumerate(todas) if e.get("parte") != esperadas[i]]
    for e, toca in malas:
        print(f"{e['_archivo']}: {e.get('id')}: parte {e.get('parte')!r}, le toca {toca!r}")
    return 1 if malas else 0


if __name__ == "__main__":
    sys.exit(main())
