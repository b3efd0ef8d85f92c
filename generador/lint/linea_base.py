"""Línea base de ``cobro lint``: adoptar el linter sin arreglar antes todo lo que ya hay.

``cobro lint --linea-base cobro-base.json`` guarda los hallazgos de hoy (si el archivo no
existe) y, en las ejecuciones siguientes, solo cuentan los hallazgos nuevos. Un hallazgo
de la línea base se reconoce por su regla, su archivo y una huella del texto señalado
(no por la línea: añadir o quitar líneas no lo convierte en nuevo). Los que desaparecen
se informan para que ``--actualizar-linea-base`` los quite.

Formato (JSON versionado, rutas relativas a la carpeta del archivo de línea base)::

    {"version": 1, "herramienta": "cobro",
     "hallazgos": [{"ruta": "mensajes/aviso.txt", "regla": "TON007",
                    "huella": "3f2a...", "texto": "último aviso", "cuenta": 1}]}
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generador.errores import ErrorCobro
from generador.lint.informe import Hallazgo, Informe
from generador.lint.normalizar import plegar

VERSION = 1


def huella(regla: str, texto: str) -> str:
    """Huella del texto señalado: sin mayúsculas, tildes ni espacios de más."""
    normal = " ".join(plegar(texto).split())
    return hashlib.sha256(f"{regla}\0{normal}".encode()).hexdigest()[:16]


def _ruta_relativa(ruta: str, carpeta: Path) -> str:
    if ruta.startswith("<"):
        return ruta
    absoluta = Path(os.path.abspath(ruta))
    try:
        return absoluta.relative_to(carpeta).as_posix()
    except ValueError:
        return os.path.relpath(absoluta, carpeta).replace(os.sep, "/")


Clave = tuple[str, str, str]  # (ruta relativa, regla, huella)


@dataclass
class LineaBase:
    """Hallazgos aceptados: cuántos de cada (ruta, regla, huella)."""

    ruta: Path
    cuentas: Counter[Clave] = field(default_factory=Counter)
    textos: dict[Clave, str] = field(default_factory=dict)

    @property
    def carpeta(self) -> Path:
        return Path(os.path.abspath(self.ruta)).parent

    def clave(self, h: Hallazgo) -> Clave:
        return (_ruta_relativa(h.ruta, self.carpeta), h.regla, huella(h.regla, h.texto))

    @classmethod
    def leer(cls, ruta: Path) -> LineaBase:
        try:
            datos = json.loads(ruta.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ErrorCobro(f"{ruta}: no se puede leer la línea base ({exc.strerror or exc})") from None
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            from generador.errores import describir_json

            detalle = describir_json(exc)
            raise ErrorCobro(f"{ruta}: la línea base no es JSON válido ({detalle}); bórrala y "
                             "créala de nuevo con --linea-base") from None
        if not isinstance(datos, dict) or datos.get("version") != VERSION \
                or not isinstance(datos.get("hallazgos"), list):
            raise ErrorCobro(f"{ruta}: no es una línea base de cobro (versión {VERSION}); créala "
                             "de nuevo con --linea-base y --actualizar-linea-base")
        base = cls(ruta)
        for i, e in enumerate(datos["hallazgos"]):
            try:
                clave = (str(e["ruta"]), str(e["regla"]), str(e["huella"]))
                cuenta = int(e.get("cuenta", 1))
            except (KeyError, TypeError, ValueError):
                raise ErrorCobro(f"{ruta}: la entrada {i + 1} de la línea base está incompleta "
                                 "(necesita ruta, regla y huella)") from None
            base.cuentas[clave] += cuenta
            base.textos[clave] = str(e.get("texto", ""))
        return base

    @classmethod
    def de_hallazgos(cls, ruta: Path, hallazgos: list[Hallazgo]) -> LineaBase:
        base = cls(ruta)
        for h in hallazgos:
            clave = base.clave(h)
            base.cuentas[clave] += 1
            base.textos.setdefault(clave, h.texto.strip()[:80])
        return base

    def como_json(self) -> str:
        entradas = [
            {"ruta": r, "regla": g, "huella": f, "texto": self.textos.get((r, g, f), ""), "cuenta": n}
            for (r, g, f), n in sorted(self.cuentas.items())
        ]
        datos = {"version": VERSION, "herramienta": "cobro", "hallazgos": entradas}
        return json.dumps(datos, ensure_ascii=False, indent=2) + "\n"

    def escribir(self) -> None:
        from generador.escribir import reemplazar_archivo

        destino = Path(os.path.abspath(self.ruta))
        if not destino.parent.is_dir():
            raise ErrorCobro(f"{self.ruta}: la carpeta de la línea base no existe")
        try:
            reemplazar_archivo(destino, self.como_json().encode("utf-8"))
        except OSError as exc:
            raise ErrorCobro(f"{self.ruta}: no se puede escribir la línea base ({exc.strerror or exc})") \
                from None

    def filtrar(self, informe: Informe) -> None:
        """Quita del informe los hallazgos de la línea base y anota los que ya no aparecen.

        Solo se dan por resueltos los de archivos revisados en esta pasada.
        """
        pendientes = Counter(self.cuentas)
        nuevos = []
        for h in informe.hallazgos:
            clave = self.clave(h)
            if pendientes[clave] > 0:
                pendientes[clave] -= 1
                informe.en_linea_base += 1
            else:
                nuevos.append(h)
        informe.hallazgos = nuevos
        informe.recontar()
        revisados = {_ruta_relativa(r, self.carpeta) for r in informe.archivos}
        informe.resueltos_linea_base = [
            {"ruta": r, "regla": g, "texto": self.textos.get((r, g, f), ""), "cuenta": n}
            for (r, g, f), n in sorted(pendientes.items()) if n > 0 and r in revisados
        ]


def aplicar(informe: Informe, ruta: Path, actualizar: bool = False) -> str:
    """Aplica la línea base ``ruta`` al informe; la crea si no existe o si se pide actualizarla.

    Devuelve una frase para el usuario sobre lo que se hizo con el archivo (o "").
    """
    if actualizar or not ruta.exists():
        nueva = LineaBase.de_hallazgos(ruta, informe.hallazgos)
        creada = not ruta.exists()
        if not creada:  # lo de archivos que no se han revisado en esta pasada se conserva
            anterior = LineaBase.leer(ruta)
            revisados = {_ruta_relativa(r, nueva.carpeta) for r in informe.archivos}
            for clave, n in anterior.cuentas.items():
                if clave[0] not in revisados:
                    nueva.cuentas[clave] += n
                    nueva.textos.setdefault(clave, anterior.textos.get(clave, ""))
        nueva.escribir()
        n = sum(nueva.cuentas.values())
        nueva.filtrar(informe)
        que = "creada" if creada else "actualizada"
        return f"Línea base {que} en {ruta} con {n} hallazgo{'s' if n != 1 else ''}."
    LineaBase.leer(ruta).filtrar(informe)
    return ""
