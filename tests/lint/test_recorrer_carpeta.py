"""Recorrer una carpeta con ``os.scandir`` da los mismos archivos, en el mismo orden, que
con ``os.walk`` y un ``os.path.isfile`` por archivo (la forma directa)."""

from __future__ import annotations

import os
from pathlib import Path

from generador.lint import entrada


def _con_walk(carpeta: Path) -> list[str]:
    encontrados = []
    for raiz, carpetas, archivos in os.walk(carpeta):
        carpetas[:] = sorted(c for c in carpetas
                             if c not in entrada._CARPETAS_IGNORADAS and not c.startswith("."))
        for nombre in sorted(archivos):
            ruta = os.path.join(raiz, nombre)
            if entrada._extension(nombre).lower() in entrada.EXTENSIONES and os.path.isfile(ruta):
                encontrados.append(ruta)
    return encontrados


def test_mismos_archivos_y_orden_que_os_walk(tmp_path):
    raiz = tmp_path / "arbol"
    for relativa in ("b.txt", "a.TXT", "c.md", "nota.pdf", "z/uno.txt", "z/y/dos.html",
                     "a1/tres.eml", ".oculta/no.txt", "node_modules/no.txt", "A/mayus.txt"):
        ruta = raiz / relativa
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text("Hola\n", encoding="utf-8")
    os.mkfifo(raiz / "cola.txt")  # no es un archivo normal: no se revisa
    (raiz / "enlace.txt").symlink_to(raiz / "b.txt")  # enlace a un archivo: sí
    (raiz / "enlace_carpeta").symlink_to(raiz / "z", target_is_directory=True)  # no se sigue
    (raiz / "roto.txt").symlink_to(raiz / "no_existe.txt")  # enlace roto: no
    esperado = _con_walk(raiz)
    assert entrada._recorrer(raiz) == esperado
    nombres = [os.path.relpath(r, raiz) for r in esperado]
    assert nombres == ["a.TXT", "b.txt", "c.md", "enlace.txt", "A/mayus.txt", "a1/tres.eml",
                       "z/uno.txt", "z/y/dos.html"]
