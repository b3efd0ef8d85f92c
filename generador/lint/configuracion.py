"""Configuración del linter: ``[tool.cobro]`` en pyproject.toml o ``cobro.toml``.

Se busca desde la carpeta de cada archivo hacia arriba; vale la primera que aparezca.
Claves (todas opcionales)::

    [tool.cobro]
    reglas = ["tono", "faltante", "FMT001"]   # solo estas (códigos, nombres, familias)
    ignorar = ["formato.legibilidad"]          # todas menos estas
    vocabulario = ["Cobrafácil", "Nequi"]      # palabras que la ortografía acepta
    languagetool_url = "http://localhost:8081"
    reglas_propias = ["estilo/reglas"]         # carpetas de reglas .yml propias
    falla_en = "aviso"                         # umbral por defecto de --falla-en
    pais = "mx"                                # país de los mensajes (reglas de su ley)

    [tool.cobro.elementos_por_canal]           # elementos obligatorios en un canal
    sms = ["importe", "fecha_vencimiento", "remitente", "contacto"]
    whatsapp = ["importe", "referencia", "contacto", "remitente"]

    [tool.cobro.severidad]
    "tono.presion" = "error"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generador.errores import ErrorCobro, quisiste_decir, ruta_desde_aqui
from generador.lint.etapas import SEVERIDADES

CLAVES = {
    "reglas": "Solo estas reglas: códigos, nombres, familias (TON) o categorías (tono).",
    "ignorar": "Todas las reglas menos estas.",
    "severidad": "Mapa regla -> error | aviso | sugerencia.",
    "vocabulario": "Palabras que la ortografía debe aceptar.",
    "languagetool_url": "URL de un servidor LanguageTool para --gramatica.",
    "reglas_propias": "Carpetas o archivos de reglas propias, relativos a la configuración.",
    "falla_en": "Umbral por defecto de --falla-en.",
    "pais": "País de los mensajes (mx, co, pe, cl, ar, es, us...): activa las reglas de su ley.",
    "elementos_por_canal": "Mapa canal -> elementos obligatorios en ese canal (importe, "
                           "contacto, referencia...): se exigen esos y ningún otro.",
}


@dataclass
class Configuracion:
    """Lo que dice un archivo de configuración (o los valores por defecto)."""

    origen: Path | None = None
    reglas: list[str] = field(default_factory=list)
    ignorar: list[str] = field(default_factory=list)
    severidad: dict[str, str] = field(default_factory=dict)
    vocabulario: list[str] = field(default_factory=list)
    languagetool_url: str | None = None
    reglas_propias: list[Path] = field(default_factory=list)
    falla_en: str | None = None
    pais: str | None = None
    #: canal -> elementos que se exigen en él (sustituye a los canales de las reglas de elemento)
    elementos_por_canal: dict[str, list[str]] = field(default_factory=dict)


_CACHE: dict[Path, Configuracion] = {}


def buscar(desde: Path) -> Configuracion:
    """La configuración que rige para un archivo de la carpeta ``desde``."""
    desde = desde.resolve()
    vistos = []
    carpeta: Path | None = desde
    encontrada = Configuracion()
    while carpeta is not None:
        if carpeta in _CACHE:
            encontrada = _CACHE[carpeta]
            break
        vistos.append(carpeta)
        candidata = _leer_carpeta(carpeta)
        if candidata is not None:
            encontrada = candidata
            break
        carpeta = carpeta.parent if carpeta.parent != carpeta else None
    for c in vistos:
        _CACHE[c] = encontrada
    return encontrada


def _leer_carpeta(carpeta: Path) -> Configuracion | None:
    for nombre in ("cobro.toml", ".cobro.toml"):  # la oculta, como .ruff.toml de ruff
        propia = carpeta / nombre
        if propia.is_file():
            return leer(propia)
    pyproject = carpeta / "pyproject.toml"
    if pyproject.is_file():
        datos = _toml(pyproject)
        seccion = _seccion_cobro(datos, pyproject)
        if seccion is not None:
            return _desde_datos(seccion, pyproject, "[tool.cobro]")
    return None


def leer(ruta: Path) -> Configuracion:
    """Lee un archivo de configuración concreto (``--config``)."""
    datos = _toml(ruta)
    if ruta.name == "pyproject.toml":
        seccion = _seccion_cobro(datos, ruta)
        return _desde_datos({} if seccion is None else seccion, ruta, "[tool.cobro]")
    seccion = _seccion_cobro(datos, ruta)
    if seccion is not None:
        datos = seccion
    return _desde_datos(datos, ruta, "")


def _toml(ruta: Path) -> dict[str, Any]:
    from generador.toml_seguro import leer as leer_toml

    return leer_toml(ruta)


def _seccion_cobro(datos: dict[str, Any], ruta: Path) -> Any:
    """``[tool.cobro]`` de un pyproject.toml (None si no está); error claro si ``tool``
    no es una tabla."""
    tool = datos.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ErrorCobro(f"{ruta_desde_aqui(ruta)}: 'tool' debe ser una tabla ([tool]), no un valor; "
                         "corrige el archivo")
    return tool.get("cobro")


def _desde_datos(datos: Any, ruta: Path, seccion: str) -> Configuracion:
    mostrada = ruta_desde_aqui(ruta)
    donde = f"{mostrada}{' ' + seccion if seccion else ''}"
    if not isinstance(datos, dict):
        raise ErrorCobro(f"{donde}: debe ser una tabla de claves")
    problemas = []
    for clave in datos:
        if clave not in CLAVES:
            problemas.append((clave, f"clave '{clave}' desconocida;"
                             + (quisiste_decir(clave, CLAVES) or f" se admiten: {', '.join(CLAVES)}")))
    for clave in ("reglas", "ignorar", "vocabulario", "reglas_propias"):
        valor = datos.get(clave, [])
        if not isinstance(valor, list) or not all(isinstance(v, str) for v in valor):
            problemas.append((clave, f"'{clave}' debe ser una lista de textos"))
    severidad = datos.get("severidad", {})
    if not isinstance(severidad, dict):
        problemas.append(("severidad", "'severidad' debe ser una tabla regla = \"error|aviso|sugerencia\""))
        severidad = {}
    for regla, valor in severidad.items():
        if not isinstance(valor, str):
            problemas.append((regla, f"la severidad de '{regla}' debe ser un texto entre comillas: "
                              "\"error\", \"aviso\" o \"sugerencia\""))
        elif valor not in SEVERIDADES:
            sugerencia = quisiste_decir(str(valor), SEVERIDADES) or " usa error, aviso o sugerencia"
            problemas.append((regla, f"severidad '{valor}' para '{regla}' no existe;{sugerencia}"))
    falla_en = datos.get("falla_en")
    if falla_en is not None and not isinstance(falla_en, str):
        problemas.append(("falla_en", "'falla_en' debe ser un texto entre comillas: \"error\", "
                          "\"aviso\" o \"sugerencia\""))
    elif falla_en is not None and falla_en not in SEVERIDADES:
        problemas.append(("falla_en", f"falla_en '{falla_en}' no existe;"
                          + (quisiste_decir(str(falla_en), SEVERIDADES) or " usa error, aviso o sugerencia")))
    url = datos.get("languagetool_url")
    if url is not None and not isinstance(url, str):
        problemas.append(("languagetool_url", "'languagetool_url' debe ser un texto (http://servidor:puerto)"))
    pais = datos.get("pais")
    if pais is not None and not isinstance(pais, str):
        problemas.append(("pais", "'pais' debe ser un código de país entre comillas, p. ej. \"mx\""))
    problemas += [("elementos_por_canal", p)
                  for p in _problemas_elementos(datos.get("elementos_por_canal", {}))]
    if problemas:
        from generador.toml_seguro import lineas_de_claves

        lineas = lineas_de_claves(ruta, "tool.cobro" if seccion else "")
        raise ErrorCobro(f"La configuración {donde} tiene problemas:\n" + "\n".join(
            f"{mostrada}:{lineas[clave]}: {p}" if clave in lineas else f"{mostrada}: {p}"
            for clave, p in sorted(problemas, key=lambda c_p: lineas.get(c_p[0], 0))))
    return Configuracion(
        origen=ruta,
        reglas=list(datos.get("reglas", [])),
        ignorar=list(datos.get("ignorar", [])),
        severidad=dict(severidad),
        vocabulario=list(datos.get("vocabulario", [])),
        languagetool_url=url,
        reglas_propias=[(ruta.parent / p) for p in datos.get("reglas_propias", [])],
        falla_en=falla_en,
        pais=pais,
        elementos_por_canal={c: list(v) for c, v in datos.get("elementos_por_canal", {}).items()}
        if isinstance(datos.get("elementos_por_canal"), dict) else {},
    )


def _problemas_elementos(valor: Any) -> list[str]:
    from generador.lint.etapas import CANALES, ELEMENTOS

    if not isinstance(valor, dict):
        return ["'elementos_por_canal' debe ser una tabla canal = [\"importe\", \"contacto\", ...]"]
    problemas = []
    for canal, elementos in valor.items():
        if canal not in CANALES:
            problemas.append(f"elementos_por_canal: canal '{canal}' desconocido;"
                             + (quisiste_decir(canal, CANALES) or f" se admiten: {', '.join(CANALES)}"))
        if not isinstance(elementos, list) or not all(isinstance(e, str) for e in elementos):
            problemas.append(f"elementos_por_canal.{canal} debe ser una lista de elementos")
            continue
        for e in elementos:
            if e not in ELEMENTOS:
                problemas.append(f"elementos_por_canal.{canal}: elemento '{e}' desconocido;"
                                 + (quisiste_decir(e, ELEMENTOS) or f" se admiten: {', '.join(ELEMENTOS)}"))
    return problemas


def limpiar_cache() -> None:
    """Olvida las configuraciones leídas (para pruebas)."""
    _CACHE.clear()
