"""La partición desarrollo/prueba del corpus real, hecha una vez por la fuente.

Todos los mensajes de una fuente caen en la misma parte. Uso:
``python tests/corpus/particion.py`` comprueba cada entrada y sale con 1 si alguna no
tiene la parte que le toca.
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
    malas = [e for e in entradas() if e.get("parte") != parte_de(str(e.get("fuente", "")))]
    for e in malas:
        print(f"{e['_archivo']}: {e.get('id')}: parte {e.get('parte')!r}, le toca {parte_de(e['fuente'])!r}")
    return 1 if malas else 0


if __name__ == "__main__":
    sys.exit(main())
