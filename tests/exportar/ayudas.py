"""Ayudas de las pruebas de exportación: componer, rellenar y leer HTML como texto."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from generador.exportar.base import SEPARADOR


def casos(espec, canal: str | None = None):
    """(plantilla, datos de ejemplo, mensaje relleno) de cada plantilla del árbol, con el país
    y el id que les da una exportación sin --pais (la del país predeterminado)."""
    from generador.componer import componer, id_con_pais
    from generador.exportar import pais_de_exportacion
    from generador.rellenar import datos_ejemplo, rellenar

    pais, locale = pais_de_exportacion(espec, None, None)
    for p in componer(espec, None, pais).plantillas:
        if canal is not None and p.canal != canal:
            continue
        p.pais, p.id = pais, id_con_pais(pais, p.id)
        datos = datos_ejemplo(espec, locale, p.sector, p.audiencia, p.tipo)
        yield p, datos, rellenar(p, datos)


def exportado(espec, formato: str, salida: Path, **opciones):
    from generador.exportar import exportar

    return exportar(espec, formato, salida, **opciones)


def leer_json(ruta: Path):
    return json.loads(ruta.read_text(encoding="utf-8"))


def archivo_de(resultado, plantilla_id: str, sufijo: str) -> Path:
    return next(r for r in resultado.archivos[plantilla_id] if r.name.endswith(sufijo))


def sin_separador(texto: str) -> str:
    return texto.replace(SEPARADOR, "")


class _Texto(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.partes: list[str] = []
        self.ignorar = 0
        self.etiquetas: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.etiquetas.append(tag)
        if tag in ("style", "title", "script"):
            self.ignorar += 1
        if tag in ("br", "p", "li"):
            self.partes.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.ignorar -= 1

    def handle_data(self, data):
        if not self.ignorar:
            self.partes.append(data)


def texto_visible(html: str) -> str:
    """El texto que ve el lector (sin estilos ni título), con los espacios normalizados."""
    lector = _Texto()
    lector.feed(html)
    lector.close()
    return " ".join("".join(lector.partes).split())


def etiquetas_html(html: str) -> list[str]:
    lector = _Texto()
    lector.feed(html)
    lector.close()
    return lector.etiquetas


def visible_esperado(texto: str) -> str:
    """El texto relleno como se verá en HTML: las líneas «- » son elementos de lista."""
    lineas = [linea[2:] if linea.startswith("- ") else linea for linea in texto.split("\n")]
    return " ".join("\n".join(lineas).split())


# Etiquetas que produce nuestro HTML; cualquier otra vendría de texto mal escapado.
ETIQUETAS_PERMITIDAS = {"html", "head", "meta", "title", "style", "body", "table", "tr", "td",
                        "p", "br", "ul", "li", "main", "header", "section", "span"}
