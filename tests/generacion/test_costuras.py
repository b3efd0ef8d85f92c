"""Costuras visibles (issue 12): dentro de una plantilla, dos frases no empiezan igual
(«Si la discrepancia...» y otra vez «Si la discrepancia...»), porque se nota que son dos
ranuras pegadas. Las líneas de lista (datos, vías de pago) y los saludos no cuentan."""

from __future__ import annotations

import re
from collections import Counter

FRASE = re.compile(r"(?<=[.!?:])\s+|\n+")


def _comienzos_repetidos(cuerpo: str) -> list[str]:
    lineas = "\n".join(linea for linea in cuerpo.splitlines() if not linea.startswith("- "))
    frases = [f.strip() for f in FRASE.split(lineas) if len(f.strip()) > 15]
    comienzos = Counter(" ".join(f.lower().split()[:3]) for f in frases)
    return [c for c, n in comienzos.items()
            if n > 1 and not c.startswith(("{{", "estimad", "hola", "un saludo", "atentamente"))]


def test_ninguna_plantilla_escrita_repite_el_comienzo_de_una_frase(catalogo_real):
    salida, _, manifiesto = catalogo_real
    repetidas = {}
    for e in manifiesto["plantillas"]:
        if e["canal"] == "llamada":  # el guion repite a propósito «Gracias...» entre ramas
            continue
        cuerpo = (salida / e["ruta"]).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        if comienzos := _comienzos_repetidos(cuerpo):
            repetidas[e["id"]] = comienzos
    assert repetidas == {}


def test_la_comprobacion_encuentra_una_costura():
    cuerpo = ("Si la discrepancia es de usuarios, lo revisamos.\n"
              "Si la discrepancia es de una parte, paga el resto.\n- Si la lista no cuenta.")
    assert _comienzos_repetidos(cuerpo) == ["si la discrepancia"]
