"""Formato de archivo de una plantilla: front matter YAML + cuerpo.

::

    ---
    id: turismo-recordatorio_previo-email-tu
    sector: turismo
    ...
    ---
    Hola {{ nombre_cliente }}:
    ...

Este módulo solo sabe leer y escribir ese formato; no importa nada pesado para que
``cobro lint`` arranque rápido.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

DELIMITADOR = "---"


@dataclass
class ArchivoPlantilla:
    """Un archivo de plantilla leído: metadatos, cuerpo y la línea (1-based) donde empieza."""

    metadatos: dict[str, Any] = field(default_factory=dict)
    cuerpo: str = ""
    linea_cuerpo: int = 1
    tiene_front_matter: bool = False


class FrontMatterInvalido(ValueError):
    """El front matter existe pero no es YAML válido o no es un mapa."""

    def __init__(self, mensaje: str, linea: int) -> None:
        super().__init__(mensaje)
        self.linea = linea


def separar(texto: str) -> ArchivoPlantilla:
    """Separa front matter y cuerpo. Sin front matter, todo es cuerpo.

    Lanza :class:`FrontMatterInvalido` si el bloque existe pero no se puede leer.
    """
    if texto.startswith("\ufeff"):
        texto = texto[1:]
    lineas = texto.split("\n")
    if not lineas or lineas[0].rstrip("\r") != DELIMITADOR:
        return ArchivoPlantilla(cuerpo=texto)
    for i in range(1, len(lineas)):
        if lineas[i].rstrip("\r") == DELIMITADOR:
            bloque = "\n".join(lineas[1:i])
            cuerpo = "\n".join(lineas[i + 1 :])
            metadatos = _cargar_yaml(bloque)
            return ArchivoPlantilla(metadatos, cuerpo, i + 2, True)
    raise FrontMatterInvalido(
        "el front matter empieza con '---' pero no tiene el '---' de cierre", 1
    )


def _cargar_yaml(bloque: str) -> dict[str, Any]:
    from generador.yaml_lineas import cargar_texto

    if not bloque.strip():
        return {}
    datos, problemas = cargar_texto(bloque, "")
    if problemas:
        p = problemas[0]
        mensaje = p.mensaje.replace("YAML no válido", "front matter no válido", 1)
        raise FrontMatterInvalido(mensaje, p.linea + 1 if p.linea else 1)
    if not isinstance(datos, dict):
        raise FrontMatterInvalido("el front matter debe ser un mapa clave: valor", 2)
    return simple(datos)


def simple(valor: Any) -> Any:
    """Mapas y listas del lector con líneas -> ``dict`` y ``list`` normales."""
    if isinstance(valor, dict):
        return {k: simple(v) for k, v in valor.items()}
    if isinstance(valor, list):
        return [simple(v) for v in valor]
    return valor


def unir(metadatos: dict[str, Any], cuerpo: str) -> str:
    """Escribe metadatos + cuerpo en el formato de archivo de plantilla."""
    if metadatos and all(isinstance(k, str) and _simple(v) for k, v in metadatos.items()):
        # Un mapa de textos y listas de textos (el front matter de siempre): en YAML de
        # bloque cada clave se escribe igual sola que junto a las demás, así que se vuelca
        # clave a clave y se recuerda (sector, tipo, canal, variables... se repiten en miles
        # de plantillas): el mismo texto que volcar el mapa entero, a una fracción del coste.
        bloque = "".join(_volcar_clave(k, tuple(v) if isinstance(v, list) else v)
                         for k, v in metadatos.items())
    else:
        bloque = _volcar(metadatos)
    if not cuerpo.endswith("\n"):
        cuerpo += "\n"
    return f"{DELIMITADOR}\n{bloque}{DELIMITADOR}\n{cuerpo}"


def _simple(valor: Any) -> bool:
    if isinstance(valor, str):
        return True
    return isinstance(valor, list) and all(isinstance(v, str) for v in valor)


def _volcar(datos: dict[str, Any]) -> str:
    import yaml

    return yaml.dump(
        datos, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
        sort_keys=False, default_flow_style=False, width=1000,
    )


@lru_cache(maxsize=4096)
def _volcar_clave(clave: str, valor: str | tuple[str, ...]) -> str:
    return _volcar({clave: list(valor) if isinstance(valor, tuple) else valor})
