"""Dónde está el árbol de especificaciones (``mensajes/``, ``sectores/``, ``reglas/``).

En el repositorio, el árbol está en la raíz (DESIGN.md fija ese diseño). Instalado con
``pip install .`` o desde una rueda, esas mismas carpetas viajan dentro del paquete como
datos (``generador/_datos/``, véase ``[tool.setuptools.package-dir]`` en pyproject.toml)
y se localizan con :mod:`importlib.resources`: cobro funciona desde cualquier carpeta.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

#: La raíz del repositorio cuando cobro se usa desde sus fuentes.
RAIZ_PROYECTO = Path(__file__).resolve().parents[1]
CARPETAS = ("mensajes", "sectores", "reglas")


def es_arbol(carpeta: Path) -> bool:
    """Si ``carpeta`` tiene ``mensajes/`` y ``sectores/``."""
    return (carpeta / "mensajes").is_dir() and (carpeta / "sectores").is_dir()


@lru_cache(maxsize=1)
def raiz_datos() -> Path:
    """El árbol que trae cobro: el empaquetado si está instalado, si no el del repositorio."""
    empaquetado = resources.files("generador").joinpath("_datos")
    if isinstance(empaquetado, Path) and es_arbol(empaquetado):
        return empaquetado
    return RAIZ_PROYECTO


def raiz_predeterminada() -> Path:
    """El árbol del usuario: el directorio actual si tiene ``mensajes/`` y ``sectores/``, o
    la primera carpeta hacia arriba que los tenga, sin salir del repositorio git (como busca
    ruff su configuración: ejecutar cobro desde ``sectores/`` o ``mensajes/paises/`` usa el
    mismo árbol que desde la raíz); si no hay ninguno, el que trae cobro."""
    actual = Path.cwd()
    for carpeta in (actual, *actual.parents):
        if es_arbol(carpeta):
            return carpeta
        if (carpeta / ".git").exists():
            break
    return raiz_datos()


def carpeta_reglas(raiz: Path | None = None) -> Path:
    """Las reglas de un árbol: ``raiz/reglas`` si existe; si no, las que trae cobro."""
    if raiz is not None and (Path(raiz) / "reglas").is_dir():
        return Path(raiz) / "reglas"
    return raiz_datos() / "reglas"
