"""La partición ajuste/reserva del fondo, hecha una vez por el proyecto (``owner/repo``).

Todas las cadenas de un proyecto caen en la misma mitad, así que la mitad ``reserva`` mide la
tasa de falsas alarmas sobre proyectos que nadie ha visto al ajustar. Uso:
``python tests/fondo/particion.py`` comprueba cada entrada y sale con 1 si alguna no tiene la
mitad que le toca.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

CARPETA = Path(__file__).parent
MITADES = ("ajuste", "reserva")


def mitad_de(proyecto: str) -> str:
    """``ajuste`` si el hash del proyecto en minúsculas es par, ``reserva`` si es impar."""
    valor = int(hashlib.sha256(proyecto.lower().encode("utf-8")).hexdigest(), 16)
    return "ajuste" if valor % 2 == 0 else "reserva"


def main() -> int:
    malas = 0
    for archivo in sorted(CARPETA.glob("*.jsonl")):
        for numero, linea in enumerate(archivo.read_text(encoding="utf-8").splitlines(), 1):
            entrada = json.loads(linea)
            toca = mitad_de(entrada["proyecto"])
            if entrada.get("mitad") != toca:
                malas += 1
                print(f"{archivo.name}:{numero}: mitad {entrada.get('mitad')!r}, le toca {toca!r}")
    return 1 if malas else 0


if __name__ == "__main__":
    sys.exit(main())
