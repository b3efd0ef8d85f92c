"""Salidas de ``cobro lint``: texto, JSON (esquema versionado), SARIF 2.1.0 y GitHub.

Cada función recibe un :class:`Informe` y devuelve una cadena; quien llama decide dónde
escribirla. El texto lleva color solo si se pide (la CLI lo pide en un terminal).
"""

from __future__ import annotations

import json
from pathlib import Path

from generador import __version__
from generador.lint.esquema_reglas import FILTROS
from generador.lint.informe import VERSION_ESQUEMA_JSON, Hallazgo, Informe

FORMATOS = ("texto", "json", "sarif", "github")
URL_AYUDA = "https://cobro.example/reglas/"
_COLORES = {"error": "red", "aviso": "yellow", "sugerencia": "cyan"}
_NIVEL_SARIF = {"error": "error", "aviso": "warning", "sugerencia": "note"}
_NIVEL_GITHUB = {"error": "error", "aviso": "warning", "sugerencia": "notice"}


def _plural(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def resumen(informe: Informe) -> str:
    cuenta = informe.contar()
    archivos = _plural(len(informe.archivos), "archivo", "archivos")
    ilegibles = (f"; {_plural(len(informe.errores), 'archivo no se pudo', 'archivos no se pudieron')} "
                 "revisar (ver arriba)") if informe.errores else ""
    extra = ""
    if informe.corregidos:
        n = sum(c.correcciones for c in informe.corregidos)
        extra += (f"; {_plural(n, 'corrección aplicada', 'correcciones aplicadas')} en "
                  f"{_plural(len(informe.corregidos), 'archivo', 'archivos')}")
    if informe.en_linea_base:
        extra += f"; {_plural(informe.en_linea_base, 'hallazgo', 'hallazgos')} en la línea base (no cuentan)"
    if not informe.hallazgos:
        return f"Sin hallazgos en {archivos}{ilegibles}{extra}."
    partes = [
        _plural(cuenta["error"], "error", "errores"),
        _plural(cuenta["aviso"], "aviso", "avisos"),
        _plural(cuenta["sugerencia"], "sugerencia", "sugerencias"),
    ]
    return f"{partes[0]}, {partes[1]} y {partes[2]} en {archivos}{ilegibles}{extra}."


def texto(informe: Informe, color: bool = False) -> str:
    """``ruta:linea:columna: severidad CODIGO mensaje [nombre]`` y sus sugerencias."""
    import click

    lineas = []
    for h in informe.hallazgos:
        severidad = click.style(h.severidad, fg=_COLORES[h.severidad], bold=True) if color else h.severidad
        codigo = click.style(h.regla, bold=True) if color else h.regla
        lineas.append(f"{h.ruta}:{h.linea}:{h.columna}: {severidad} {codigo} {h.mensaje} [{h.nombre}]")
        for sugerencia in h.sugerencias:
            lineas.append(f"    en su lugar: {sugerencia}")
    lineas.append(resumen(informe))
    return "\n".join(lineas) + "\n"


def como_json(informe: Informe) -> str:
    """Esquema versionado (``version``); cada hallazgo con los campos del contrato."""
    por_archivo: dict[str, list[Hallazgo]] = {ruta: [] for ruta in informe.archivos}
    for h in informe.hallazgos:
        por_archivo.setdefault(h.ruta, []).append(h)
    datos = {
        "version": VERSION_ESQUEMA_JSON,
        "herramienta": {"nombre": "cobro", "version": __version__},
        "archivos": [
            {"ruta": ruta, "hallazgos": [h.como_dict() for h in hallazgos]}
            for ruta, hallazgos in por_archivo.items()
        ],
        "errores": [
            {"ruta": e.ruta, "linea": e.linea, "mensaje": e.mensaje} for e in informe.errores
        ],
        "avisos": list(informe.avisos),
        "reglas": [r.codigo for r in informe.reglas],
        "resumen": {"archivos": len(informe.archivos), **informe.contar()},
    }
    return json.dumps(datos, ensure_ascii=False, indent=2) + "\n"


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


def sarif(informe: Informe, reglas: list | None = None) -> str:
    """SARIF 2.1.0 para code scanning: describe las reglas que se aplicaron (las que
    registra el informe, o ``reglas`` si se dan), con sus filtros y su fuente legal."""
    descritas = list(informe.reglas if reglas is None else reglas)
    conocidas = {r.codigo for r in descritas}
    indice = {r.codigo: i for i, r in enumerate(descritas)}
    reglas_sarif = [
        {
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
        for r in descritas
    ]
    resultados = []
    for h in informe.hallazgos:
        resultado = {
            "ruleId": h.regla,
            "level": _NIVEL_SARIF[h.severidad],
            "message": {"text": h.mensaje},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(h.ruta)},
                    "region": {
                        "startLine": h.linea,
                        "startColumn": h.columna,
                        "endLine": h.fin_linea,
                        "endColumn": max(h.fin_columna, h.columna),
                    },
                }
            }],
            "properties": {"nombre": h.nombre, "categoria": h.categoria,
                           "sugerencias": list(h.sugerencias)},
        }
        if h.regla in conocidas:
            resultado["ruleIndex"] = indice[h.regla]
        resultados.append(resultado)
    documento = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cobro",
                "version": __version__,
                "informationUri": URL_AYUDA,
                "rules": reglas_sarif,
            }},
            "results": resultados,
            "invocations": [{
                "executionSuccessful": not informe.errores,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": str(e)}} for e in informe.errores
                ] + [{"level": "warning", "message": {"text": a}} for a in informe.avisos],
            }],
        }],
    }
    return json.dumps(documento, ensure_ascii=False, indent=2) + "\n"


def _escapar_dato(valor: str) -> str:
    return valor.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escapar_propiedad(valor: str) -> str:
    return _escapar_dato(valor).replace(":", "%3A").replace(",", "%2C")


def github(informe: Informe) -> str:
    """Anotaciones de GitHub Actions (``::error file=...::mensaje``)."""
    lineas = []
    for h in informe.hallazgos:
        propiedades = ",".join([
            f"file={_escapar_propiedad(h.ruta)}",
            f"line={h.linea}",
            f"col={h.columna}",
            f"endLine={h.fin_linea}",
            f"endColumn={h.fin_columna}",
            f"title={_escapar_propiedad(f'{h.regla} {h.nombre}')}",
        ])
        mensaje = h.mensaje + "".join(f"\nen su lugar: {s}" for s in h.sugerencias)
        lineas.append(f"::{_NIVEL_GITHUB[h.severidad]} {propiedades}::{_escapar_dato(mensaje)}")
    for e in informe.errores:
        lineas.append(f"::error file={_escapar_propiedad(e.ruta)}"
                      + (f",line={e.linea}" if e.linea else "") + f"::{_escapar_dato(e.mensaje)}")
    lineas.append(resumen(informe))
    return "\n".join(lineas) + "\n"
