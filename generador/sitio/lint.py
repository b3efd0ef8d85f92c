"""Adaptador entre el sitio y el linter (``generador/lint/``).

Para cada plantilla el sitio muestra qué reglas se aplicaron y qué hallazgos hubo. No
reimplementa nada: usa :meth:`generador.lint.motor.Motor.revisar_plantilla` con el modelo
del árbol publicado y un reglamento cargado una sola vez (que también da las fichas de
las páginas de reglas).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generador.modelo import Especificacion, Plantilla


@dataclass(frozen=True)
class Hallazgo:
    """Un hallazgo tal como lo muestra la página de la plantilla."""

    regla: str
    severidad: str
    mensaje: str
    linea: int = 0


@dataclass
class Revision:
    """Resultado de revisar una plantilla."""

    reglas: list[str] = field(default_factory=list)
    hallazgos: list[Hallazgo] = field(default_factory=list)
    # Reglas que aplicaban pero no se ejecutaron al construir, con el motivo (del informe
    # del linter: la gramática solo corre con --gramatica; la ortografía avisa si falta
    # el diccionario).
    omitidas: dict[str, str] = field(default_factory=dict)


def reglamento(espec: Especificacion, carpeta: Path | None = None) -> Any:
    """Las reglas del árbol de ``espec`` (o las de ``carpeta``), validadas contra su modelo."""
    from generador.lint import cargar_reglas

    if carpeta is None or carpeta.resolve() == cargar_reglas.carpeta_de(espec).resolve():
        return cargar_reglas.cargar(modelo=espec)
    return cargar_reglas.cargar([carpeta], incluir_propias=False, modelo=espec)


class Revisor:
    """Revisa plantillas con el motor del linter y un reglamento ya cargado."""

    def __init__(self, espec: Especificacion, reglamento_cargado: Any) -> None:
        from generador.lint.motor import Motor, Opciones

        self.motor = Motor(Opciones(specs=espec.raiz))
        self.motor.modelo = espec  # el mismo modelo que compuso las plantillas
        self.reglas = reglamento_cargado.reglas

    def revisar(self, p: Plantilla) -> Revision:
        aplicadas, hallazgos = self.motor.revisar_plantilla(p, self.reglas)
        # La gramática (LanguageTool) solo corre si el motor la tiene activada (--gramatica);
        # el sitio no la activa, así que esas reglas aplicaban pero no se ejecutaron.
        omitidas = {
            r.codigo: ("LanguageTool no se consultó al construir: solo corre con --gramatica "
                       "y un servidor alcanzable")
            for r in aplicadas if r.tipo == "gramatica" and not self.motor.opciones.gramatica}
        return Revision([r.codigo for r in aplicadas if r.codigo not in omitidas], [
            Hallazgo(h.regla, h.severidad, h.mensaje, h.linea) for h in hallazgos], omitidas)


MAX_REVISIONES = 40_000  # unas 10 construcciones completas distintas
MAX_ARCHIVOS = 6


def revisar_todas(espec: Especificacion, reglamento_cargado: Any, plantillas: list[Plantilla],
                  raiz_reglas: Path | None = None) -> list[Revision]:
    """La revisión de cada plantilla, con caché en disco (la de :mod:`generador.lint.cache_reglas`).

    Revisar las ~3.000 plantillas de los siete países cuesta unos 6 s de CPU; casi siempre
    son las mismas que en la construcción anterior. La clave de la caché es la de las reglas
    (sus archivos y los módulos del linter), los archivos del árbol (mensajes/ y sectores/,
    de donde salen las variables y el vocabulario), si hay diccionario de ortografía y el
    texto y las dimensiones de cada plantilla: si algo cambia, esa plantilla se revisa de
    nuevo. ``COBRO_SIN_CACHE=1`` la desactiva."""
    import hashlib
    import os
    import pickle

    from generador.lint import cache_reglas

    revisor = Revisor(espec, reglamento_cargado)
    if os.environ.get("COBRO_SIN_CACHE"):
        return [revisor.revisar(p) for p in plantillas]
    from generador.lint.ortografia import RUTA_VOCABULARIO, cargar_diccionario

    raiz = Path(espec.raiz)
    from generador import dominio
    from generador.arbol import carpeta_reglas

    archivos = [*dominio.archivos(raiz), RUTA_VOCABULARIO,
                *sorted(Path(raiz_reglas or carpeta_reglas(raiz)).glob("**/*.yml"))]
    clave = cache_reglas._clave(archivos, extra=f"sitio-revision:{raiz}:{raiz_reglas}:"
                                f"{cargar_diccionario() is not None}")
    ruta = cache_reglas.carpeta() / f"sitio-revisiones-{clave}.pickle"
    try:
        with open(ruta, "rb") as archivo:
            guardadas: dict[str, Revision] = pickle.load(archivo)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
            ValueError):
        guardadas = {}
    nuevas: dict[str, Revision] = {}
    salida = []
    faltaban = False
    for p in plantillas:
        huella = hashlib.sha256(repr((p.id, p.pais, p.sector, p.audiencia, p.tipo, p.etapa, p.canal,
                                      p.registro, p.asunto, p.cuerpo)).encode()).hexdigest()
        revision = guardadas.get(huella)
        if revision is None:
            revision, faltaban = revisor.revisar(p), True
        nuevas[huella] = revision
        salida.append(revision)
    if faltaban:
        # Se suman a las guardadas (un catálogo parcial y el completo comparten entradas),
        # con un tope; de otras claves (reglas o árbol distintos) quedan las más recientes.
        guardadas.update(nuevas)
        nuevas = dict(list(guardadas.items())[-MAX_REVISIONES:])
        try:
            otras = sorted(ruta.parent.glob("sitio-revisiones-*.pickle"), key=cache_reglas.fecha)
            for vieja in otras[:-MAX_ARCHIVOS]:
                vieja.unlink(missing_ok=True)
        except OSError:
            pass
        cache_reglas.guardar(ruta, nuevas)
    return salida
