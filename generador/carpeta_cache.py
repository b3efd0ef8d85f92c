"""La carpeta de la caché de disco de cobro (sin importar nada pesado: la usa el arranque).

``COBRO_CACHE_DIR`` la elige; si no, ``$XDG_CACHE_HOME/cobro`` o ``~/.cache/cobro``.
"""

from __future__ import annotations

import os
from pathlib import Path


def carpeta() -> Path:
    if os.environ.get("COBRO_CACHE_DIR"):
        return Path(os.environ["COBRO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cobro"
