"""Los ejemplos de una regla como prueba: ``incorrecto`` da un hallazgo suyo y ``correcto``
ninguno (``cobro reglas --comprobar``).

Es la misma comprobación que hacen las pruebas de cobro con sus reglas
(``tests/lint/test_ejemplos_reglas.py``), para quien escribe reglas propias: un ejemplo
``incorrecto`` que la regla no señala es una regla que no hace lo que dice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Tipos que necesitan un programa externo (hunspell, LanguageTool): no se comprueban aquí.
SIN_COMPROBAR = frozenset({"ortografia", "gramatica"})


@dataclass(frozen=True)
class Fallo:
    archivo: str
    linea: int
    codigo: str
    problema: str

    def __str__(self) -> str:
        return f"{self.archivo}:{self.linea}: {self.codigo}: {self.problema}"


@dataclass(frozen=True)
class Comprobacion:
    reglas: int
    ejemplos: int
    fallos: tuple[Fallo, ...]


def comprobar(reglas: Iterable, todas: Sequence) -> Comprobacion:
    """Ejecuta los ejemplos de ``reglas`` con el reglamento entero ``todas``."""
    from generador.lint.motor import revisar_texto

    fallos: list[Fallo] = []
    n_reglas = n_ejemplos = 0
    for regla in reglas:
        if regla.tipo in SIN_COMPROBAR:
            continue
        n_reglas += 1
        for clase, ejemplos in (("incorrecto", regla.incorrecto), ("correcto", regla.correcto)):
            for ejemplo in ejemplos:
                n_ejemplos += 1
                hallazgos = revisar_texto(ejemplo.texto, reglas=todas, asunto=ejemplo.asunto,
                                          **ejemplo.contexto())
                propios = [h for h in hallazgos if h.regla == regla.codigo]
                problema = None
                if clase == "incorrecto" and not propios:
                    problema = f"su ejemplo incorrecto no da ningún hallazgo: {ejemplo.texto!r}"
                elif (clase == "incorrecto" and ejemplo.senala is not None
                      and ejemplo.senala not in [h.texto for h in propios]):
                    problema = (f"en su ejemplo incorrecto {ejemplo.texto!r} debería señalar "
                                f"{ejemplo.senala!r}; señala {[h.texto for h in propios]}")
                elif clase == "correcto" and propios:
                    problema = (f"su ejemplo correcto da un hallazgo en "
                                f"{propios[0].texto!r}: {ejemplo.texto!r}")
                if problema:
                    fallos.append(Fallo(regla.archivo, regla.linea, regla.codigo, problema))
    return Comprobacion(n_reglas, n_ejemplos, tuple(fallos))
