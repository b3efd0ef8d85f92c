"""Salidas de ``cobro lint``: texto, JSON (esquema versionado), SARIF 2.1.0 y GitHub.

Cada función recibe un :class:`Informe` y devuelve una cadena; quien llama decide dónde
escribirla. El texto lleva color solo si se pide (la CLI lo pide en un terminal).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO

from generador import __version__
from generador.concordancia import plural
from generador.errores import visible
from generador.lint.esquema_reglas import FILTROS
from generador.lint.informe import VERSION_ESQUEMA_JSON, Hallazgo, Informe, ResultadoArchivo

FORMATOS = ("texto", "json", "jsonl", "sarif", "github")
URL_AYUDA = "https://cobro.example/reglas/"
_COLORES = {"error": "red", "aviso": "yellow", "sugerencia": "cyan"}
_NIVEL_SARIF = {"error": "error", "aviso": "warning", "sugerencia": "note"}
_NIVEL_GITHUB = {"error": "error", "aviso": "warning", "sugerencia": "notice"}


def resumen(informe: Informe) -> str:
    cuenta = informe.contar()
    archivos = plural(informe.n_archivos, "archivo", "archivos")
    ilegibles = (f"; {plural(len(informe.errores), 'archivo no se pudo', 'archivos no se pudieron')} "
                 "revisar (el motivo, debajo)") if informe.errores else ""
    extra = ""
    if informe.corregidos:
        n = sum(c.correcciones for c in informe.corregidos)
        extra += (f"; {plural(n, 'corrección aplicada', 'correcciones aplicadas')} en "
                  f"{plural(len(informe.corregidos), 'archivo', 'archivos')}")
    if informe.en_linea_base:
        extra += f"; {plural(informe.en_linea_base, 'hallazgo', 'hallazgos')} en la línea base (no cuentan)"
    if informe.vacios:
        extra += (f"; {plural(informe.vacios, 'archivo vacío', 'archivos vacíos')}, sin mensaje que "
                  "revisar")
    if not informe.total_hallazgos:
        return f"Sin hallazgos en {archivos}{ilegibles}{extra}."
    partes = [
        plural(cuenta["error"], "error", "errores"),
        plural(cuenta["aviso"], "aviso", "avisos"),
        plural(cuenta["sugerencia"], "sugerencia", "sugerencias"),
    ]
    return f"{partes[0]}, {partes[1]} y {partes[2]} en {archivos}{ilegibles}{extra}."


def _json(valor, nivel: int) -> str:
    """``json.dumps(valor, indent=2)`` tal como quedaría anidado a ``nivel`` de profundidad."""
    import json  # solo en los formatos JSON: el de texto no lo importa al arrancar

    return json.dumps(valor, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * nivel)


class Escritor:
    """Escribe un informe en flujo: :meth:`archivo` por cada archivo revisado, en orden, y
    :meth:`terminar` al final (cuando el informe ya tiene sus cuentas, errores y avisos).

    Ningún escritor guarda los hallazgos: la memoria no crece con el número de archivos."""

    def __init__(self, salida: IO[str], informe: Informe, reglas: list | None = None,
                 color: bool = False) -> None:
        self.salida = salida
        self.informe = informe
        self.reglas = list(reglas or [])
        self.color = color

    def empezar(self) -> None:
        """Lo que va antes del primer archivo."""

    def archivo(self, resultado: ResultadoArchivo) -> None:  # pragma: no cover - abstracto
        raise NotImplementedError

    def terminar(self) -> None:
        """Lo que va después del último archivo."""


class EscritorTexto(Escritor):
    """``ruta:linea:columna: severidad CODIGO mensaje [nombre]`` y sus sugerencias."""

    def archivo(self, resultado: ResultadoArchivo) -> None:
        import click

        for h in resultado.hallazgos:
            severidad = (click.style(h.severidad, fg=_COLORES[h.severidad], bold=True)
                         if self.color else h.severidad)
            codigo = click.style(h.regla, bold=True) if self.color else h.regla
            self.salida.write(f"{visible(h.ruta)}:{h.linea}:{h.columna}: {severidad} {codigo} "
                              f"{visible(h.mensaje)} [{h.nombre}]\n")
            for sugerencia in h.sugerencias:
                self.salida.write(f"    en su lugar: {visible(sugerencia)}\n")

    def terminar(self) -> None:
        self.salida.write(resumen(self.informe) + "\n")


class EscritorJsonl(Escritor):
    """Una línea JSON por hallazgo (los campos del contrato más ``ruta``), según se encuentra."""

    def archivo(self, resultado: ResultadoArchivo) -> None:
        import json

        for h in resultado.hallazgos:
            datos = {"ruta": h.ruta, **h.como_dict()}
            self.salida.write(json.dumps(datos, ensure_ascii=False, separators=(",", ":")) + "\n")


class EscritorJson(Escritor):
    """Esquema versionado (``version``); cada hallazgo con los campos del contrato."""

    def empezar(self) -> None:
        herramienta = {"nombre": "cobro", "version": __version__}
        self.salida.write(f'{{\n  "version": {VERSION_ESQUEMA_JSON},\n'
                          f'  "herramienta": {_json(herramienta, 1)},\n  "archivos": [')
        self._primero = True

    def archivo(self, resultado: ResultadoArchivo) -> None:
        if resultado.error is not None:
            return
        datos = {"ruta": resultado.ruta, "hallazgos": [h.como_dict() for h in resultado.hallazgos]}
        self.salida.write(("\n    " if self._primero else ",\n    ") + _json(datos, 2))
        self._primero = False

    def terminar(self) -> None:
        informe = self.informe
        errores = [{"ruta": e.ruta, "linea": e.linea, "mensaje": e.mensaje} for e in informe.errores]
        resumen_json = {"archivos": informe.n_archivos, **informe.contar()}
        avisos = list(informe.avisos)
        self.salida.write(("]" if self._primero else "\n  ]")
                          + f',\n  "errores": {_json(errores, 1)},\n  "avisos": {_json(avisos, 1)}'
                          + f',\n  "reglas": {_json([r.codigo for r in informe.reglas], 1)}'
                          + f',\n  "resumen": {_json(resumen_json, 1)}\n}}\n')


def _uri(ruta: str) -> str:
    """Ruta relativa al directorio actual si cae dentro (lo que espera code scanning)."""
    if ruta.startswith("<"):
        return ruta.strip("<>")
    camino = Path(ruta)
    if camino.is_absolute():
        try:
            camino = camino.relative_to(Path.cwd())
        except ValueError:
            return camino.as_uri()
    return camino.as_posix().removeprefix("./")


def _regla_sarif(r) -> dict:
    return {
        "id": r.codigo,
        "name": r.nombre,
        "shortDescription": {"text": r.descripcion.strip()},
        "fullDescription": {"text": r.por_que.strip()},
        "help": {"text": f"{r.descripcion.strip()}\n\nPor qué: {r.por_que.strip()}"
                 + (f"\n\nReferencia: {r.referencia}" if r.referencia else "")},
        "helpUri": f"{URL_AYUDA}{r.codigo}/",
        "defaultConfiguration": {"level": _NIVEL_SARIF[r.severidad]},
        "properties": {
            "categoria": r.categoria, "tags": [r.categoria, *r.paises],
            **{f.clave: list(r.filtros[f.clave]) for f in FILTROS if r.filtros.get(f.clave)},
            **({"url": r.url} if r.url else {}),
            **({"verificado": r.verificado} if r.verificado else {}),
        },
    }


class EscritorSarif(Escritor):
    """SARIF 2.1.0 para code scanning: describe las reglas que se aplicaron (las que
    registra el informe al terminar, o ``reglas`` si se dan), con sus filtros y su fuente
    legal, y cada resultado apunta a la suya con ``ruleIndex``.

    Qué reglas se aplicaron solo se sabe al final, así que los resultados esperan en un
    temporal en disco (uno por línea) y se copian detrás de la descripción de las reglas:
    la memoria no crece con el número de hallazgos."""

    def empezar(self) -> None:
        import tempfile

        self._espera = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115

    def archivo(self, resultado: ResultadoArchivo) -> None:
        import json

        for h in resultado.hallazgos:
            datos = {
                "ruleId": h.regla,
                "level": _NIVEL_SARIF[h.severidad],
                "message": {"text": h.mensaje},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(h.ruta)},
                    "region": {"startLine": h.linea, "startColumn": h.columna,
                               "endLine": h.fin_linea, "endColumn": max(h.fin_columna, h.columna)},
                }}],
                "properties": {"nombre": h.nombre, "categoria": h.categoria,
                               "sugerencias": list(h.sugerencias)},
            }
            self._espera.write(json.dumps(datos, ensure_ascii=False) + "\n")

    def terminar(self) -> None:
        import json

        informe = self.informe
        descritas = self.reglas or informe.reglas
        indice = {r.codigo: i for i, r in enumerate(descritas)}
        herramienta = {"driver": {
            "name": "cobro", "version": __version__, "informationUri": URL_AYUDA,
            "rules": [_regla_sarif(r) for r in descritas],
        }}
        self.salida.write('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n'
                          '  "version": "2.1.0",\n  "runs": [\n    {\n'
                          f'      "tool": {_json(herramienta, 3)},\n      "results": [')
        primero = True
        with self._espera:
            self._espera.seek(0)
            for linea in self._espera:
                datos = json.loads(linea)
                if datos["ruleId"] in indice:
                    datos["ruleIndex"] = indice[datos["ruleId"]]
                self.salida.write(("\n        " if primero else ",\n        ") + _json(datos, 4))
                primero = False
        invocaciones = [{
            "executionSuccessful": not informe.errores,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": str(e)}} for e in informe.errores
            ] + [{"level": "warning", "message": {"text": a}} for a in informe.avisos],
        }]
        self.salida.write(("]" if primero else "\n      ]")
                          + f',\n      "invocations": {_json(invocaciones, 3)}\n    }}\n  ]\n}}\n')


def _escapar_dato(valor: str) -> str:
    valor = valor.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(valor)


def _escapar_propiedad(valor: str) -> str:
    return _escapar_dato(valor).replace(":", "%3A").replace(",", "%2C")


class EscritorGithub(Escritor):
    """Anotaciones de GitHub Actions (``::error file=...::mensaje``)."""

    def archivo(self, resultado: ResultadoArchivo) -> None:
        if resultado.vacio:
            for aviso in resultado.avisos:
                self.salida.write(f"::warning file={_escapar_propiedad(resultado.ruta)},"
                                  f"title=archivo vacío::{_escapar_dato(aviso)}\n")
        for h in resultado.hallazgos:
            propiedades = ",".join([
                f"file={_escapar_propiedad(h.ruta)}",
                f"line={h.linea}",
                f"col={h.columna}",
                f"endLine={h.fin_linea}",
                f"endColumn={h.fin_columna}",
                f"title={_escapar_propiedad(f'{h.regla} {h.nombre}')}",
            ])
            mensaje = h.mensaje + "".join(f"\nen su lugar: {s}" for s in h.sugerencias)
            self.salida.write(f"::{_NIVEL_GITHUB[h.severidad]} {propiedades}::{_escapar_dato(mensaje)}\n")

    def terminar(self) -> None:
        for e in self.informe.errores:
            self.salida.write(f"::error file={_escapar_propiedad(e.ruta)}"
                              + (f",line={e.linea}" if e.linea else "") + f"::{_escapar_dato(e.mensaje)}\n")
        self.salida.write(resumen(self.informe) + "\n")


ESCRITORES: dict[str, type[Escritor]] = {
    "texto": EscritorTexto, "json": EscritorJson, "jsonl": EscritorJsonl,
    "sarif": EscritorSarif, "github": EscritorGithub,
}


def _por_archivo(informe: Informe) -> list[ResultadoArchivo]:
    grupos: dict[str, list[Hallazgo]] = {ruta: [] for ruta in informe.archivos}
    for h in informe.hallazgos:
        grupos.setdefault(h.ruta, []).append(h)
    return [ResultadoArchivo(ruta, hallazgos) for ruta, hallazgos in grupos.items()]


def escribir(formato: str, informe: Informe, reglas: list | None = None, color: bool = False) -> str:
    """Un informe ya completo (con sus hallazgos) como cadena, en ``formato``."""
    salida = io.StringIO()
    escritor = ESCRITORES[formato](salida, informe, reglas, color)
    escritor.empezar()
    for resultado in _por_archivo(informe):
        escritor.archivo(resultado)
    escritor.terminar()
    return salida.getvalue()


def texto(informe: Informe, color: bool = False) -> str:
    return escribir("texto", informe, color=color)


def como_json(informe: Informe) -> str:
    return escribir("json", informe)


def sarif(informe: Informe, reglas: list | None = None) -> str:
    return escribir("sarif", informe, reglas)


def github(informe: Informe) -> str:
    return escribir("github", informe)
