"""Adaptador entre el sitio y el linter (``generador/lint/``).

Para cada plantilla el sitio muestra qué reglas se aplicaron y qué hallazgos hubo. Se usa
el motor del linter con el reglamento de la carpeta de reglas del árbol publicado y el
contexto de la plantilla (canal, etapa, tipo, registro). Si el linter no se puede
importar, la revisión dice que no está disponible en lugar de inventarse un resultado.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generador.modelo import Plantilla


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


def reglamento(carpeta: Path) -> Any:
    """Las reglas de ``carpeta`` con el cargador del linter (valida el YAML)."""
    from generador.lint import cargar_reglas

    if carpeta.resolve() == cargar_reglas.DIRECTORIO_REGLAS.resolve():
        return cargar_reglas.cargar()
    return cargar_reglas.cargar([carpeta], incluir_propias=False)


class Revisor:
    """Revisa plantillas con un reglamento ya cargado."""

    def __init__(self, carpeta_reglas: Path) -> None:
        from generador.lint.configuracion import Configuracion
        from generador.lint.motor import Motor, documento_de_texto

        self.motor = Motor()
        self.config = Configuracion()
        self.reglas = reglamento(carpeta_reglas).reglas
        self._documento = documento_de_texto

    def revisar(self, p: Plantilla) -> Revision:
        doc = self._documento(p.cuerpo, p.asunto, ruta=f"{p.id}.txt")
        ctx = self.motor.contexto(doc, self.config)
        ctx.canal, ctx.etapa, ctx.tipo, ctx.registro = p.canal, p.etapa, p.tipo, p.registro
        aplicables = [r for r in self.reglas if r.tipo != "supresion" and r.aplica(ctx)]
        hallazgos, avisos = self.motor.revisar_documento(doc, self.config, self.reglas, ctx)
        omitidas = {}
        for r in aplicables:
            if r.tipo == "gramatica" and not ctx.gramatica:
                omitidas[r.codigo] = ("LanguageTool no se consultó al construir: solo corre con "
                                      "--gramatica y un servidor alcanzable")
            elif r.tipo == "ortografia" and avisos:
                omitidas[r.codigo] = "; ".join(avisos)
        return Revision([r.codigo for r in aplicables if r.codigo not in omitidas], [
            Hallazgo(h.regla, h.severidad, h.mensaje, h.linea) for h in hallazgos], omitidas)
