"""``cobro generar`` como función: compone, rellena ejemplos y escribe el catálogo."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from generador import __version__, archivo_plantilla, sms
from generador.componer import Composicion, Filtros, componer
from generador.escribir import CarpetaSalida
from generador.modelo import Especificacion, Mensaje, Plantilla
from generador.rellenar import Relleno

VERSION_MANIFIESTO = 1


@dataclass
class Generacion:
    """Resultado de generar: qué se compuso, qué se escribió y dónde."""

    salida: Path
    composicion: Composicion
    ejemplos: dict[str, Mensaje] = field(default_factory=dict)
    manifiesto: Path | None = None
    locale: str = ""

    @property
    def plantillas(self) -> list[Plantilla]:
        return self.composicion.plantillas


def ruta_plantilla(p: Plantilla) -> str:
    return f"plantillas/{p.sector}/{p.id}.txt"


def ruta_ejemplo(p: Plantilla) -> str:
    return f"ejemplos/{p.sector}/{p.id}.txt"


def texto_ejemplo(mensaje: Mensaje) -> str:
    """Un mensaje relleno como archivo de texto (el asunto en la primera línea)."""
    if mensaje.asunto is not None:
        return f"Asunto: {mensaje.asunto}\n\n{mensaje.cuerpo}\n"
    return f"{mensaje.cuerpo}\n"


def entrada_manifiesto(p: Plantilla, ejemplo: Mensaje) -> dict:
    entrada = {**p.metadatos(), "ruta": ruta_plantilla(p), "ejemplo": ruta_ejemplo(p)}
    if p.canal == "sms":
        entrada["sms"] = sms.analizar(ejemplo.cuerpo).como_dict()
    return entrada


def generar(espec: Especificacion, salida: Path | str, filtros: Filtros | None = None,
            locale: str | None = None, forzar: bool = False) -> Generacion:
    """Compone y escribe plantillas canónicas, ejemplos rellenos y ``catalogo.json``."""
    composicion = componer(espec, filtros)
    if not composicion.plantillas:
        from generador.sin_coincidencias import error_sin_plantillas

        raise error_sin_plantillas(filtros, composicion.excluidas)
    relleno = Relleno(espec, locale)  # valida el locale antes de tocar la salida
    codigo = relleno.locale
    with CarpetaSalida(salida, forzar=forzar, protegidas=[espec.raiz]) as carpeta:
        resultado = Generacion(carpeta.ruta, composicion, locale=codigo)
        entradas = []
        for p in composicion.plantillas:
            ejemplo = relleno.ejemplo(p)
            resultado.ejemplos[p.id] = ejemplo
            carpeta.escribir(ruta_plantilla(p), archivo_plantilla.unir(p.metadatos(), p.cuerpo))
            carpeta.escribir(ruta_ejemplo(p), texto_ejemplo(ejemplo))
            entradas.append(entrada_manifiesto(p, ejemplo))
        manifiesto = {
            "version": VERSION_MANIFIESTO,
            "generador": f"cobro {__version__}",
            "locale": codigo,
            "total": len(entradas),
            "plantillas": entradas,
            "excluidas": [vars(e) for e in composicion.excluidas],
        }
        resultado.manifiesto = carpeta.escribir(
            "catalogo.json", json.dumps(manifiesto, ensure_ascii=False, indent=2) + "\n"
        )
    return resultado
