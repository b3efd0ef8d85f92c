"""Benchmark del catálogo: ``cobro sitio`` frente a mkdocs-material «a pelo».

Uso: ``python benchmarks/bench_sitio.py [--repeticiones N]``. En la misma ejecución y
alternando, construye (1) el sitio completo con el hook (cargar, componer, rellenar,
lint, páginas, índice) y (2) un sitio mkdocs-material con el mismo número de páginas
Markdown de relleno. Imprime la mediana de cada uno y la razón (presupuesto <= 1,5x), el
tamaño del índice de búsqueda (<= 2 MB) y el de una página de plantilla con sus recursos
propios (<= 300 KB).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
PRESUPUESTO_RAZON, PRESUPUESTO_INDICE, PRESUPUESTO_PAGINA = 1.5, 2 * 1024 * 1024, 300 * 1024

CONFIG_PELADO = """site_name: pelado
docs_dir: docs
site_dir: {salida}
theme:
  name: material
  language: es
  font: false
  features: [content.code.copy]
plugins: []
markdown_extensions: [toc, tables, admonition, attr_list, fenced_code]
"""


def _proceso(orden: list[str], cwd: Path) -> float:
    entorno = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    inicio = time.perf_counter()
    subprocess.run(orden, cwd=cwd, env=entorno, check=True, capture_output=True)
    return time.perf_counter() - inicio


def _pelado(tmp: Path, paginas: int) -> Path:
    docs = tmp / "pelado" / "docs"
    docs.mkdir(parents=True)
    parrafo = ("Le recordamos que el pago de la factura vence pronto. Puede pagar en línea o por "
               "transferencia; para cualquier duda, llámenos. ") * 6
    (docs / "index.md").write_text("# Inicio\n\n" + parrafo, encoding="utf-8")
    for i in range(paginas - 1):
        (docs / f"p{i:04d}.md").write_text(
            f"# Página {i}\n\n## Texto\n\n```text\n{parrafo}\n```\n\n## Ejemplo\n\n{parrafo}\n\n"
            f"| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    config = tmp / "pelado" / "mkdocs.yml"
    config.write_text(CONFIG_PELADO.format(salida=tmp / "pelado" / "site"), encoding="utf-8")
    return config


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=3)
    opciones = argumentos.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sitio-") as tmp_str:
        tmp = Path(tmp_str)
        salida = tmp / "site"
        cobro = [sys.executable, "-m", "generador", "sitio", "--salida", str(salida)]
        _proceso(cobro, RAIZ)  # calentamiento y recuento de páginas
        paginas = sum(1 for _ in salida.rglob("index.html"))
        config = _pelado(tmp, paginas)
        pelado = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]
        _proceso(pelado, config.parent)
        t_cobro, t_pelado = [], []
        for _ in range(opciones.repeticiones):
            t_cobro.append(_proceso(cobro, RAIZ))
            t_pelado.append(_proceso(pelado, config.parent))
        m_cobro, m_pelado = statistics.median(t_cobro), statistics.median(t_pelado)
        razon = m_cobro / m_pelado
        indice = (salida / "assets" / "cobro-indice.json").stat().st_size
        plantilla = next((salida / "plantillas").rglob("index.html"))
        propios = sum((salida / "assets" / n).stat().st_size for n in ("cobro.css", "cobro.js"))
        tema = sum(p.stat().st_size for p in (salida / "assets").rglob("*")
                   if p.suffix in (".css", ".js") and p.parent.name in ("stylesheets", "javascripts"))
        tam_pagina = plantilla.stat().st_size + propios
        print(f"páginas: {paginas}; repeticiones: {opciones.repeticiones}")
        print(f"cobro sitio        mediana {m_cobro:6.2f} s  {[f'{t:.2f}' for t in t_cobro]}")
        print(f"mkdocs-material    mediana {m_pelado:6.2f} s  {[f'{t:.2f}' for t in t_pelado]}")
        print(f"razón              {razon:.2f}x (presupuesto <= {PRESUPUESTO_RAZON}x) "
              f"{'OK' if razon <= PRESUPUESTO_RAZON else 'FUERA'}")
        print(f"índice de búsqueda {indice / 1024:.0f} KB (presupuesto <= 2048 KB) "
              f"{'OK' if indice <= PRESUPUESTO_INDICE else 'FUERA'}")
        html_kb = plantilla.stat().st_size / 1024
        print(f"página de plantilla {plantilla.relative_to(salida)}: HTML {html_kb:.0f} KB"
              f" + recursos propios {propios / 1024:.0f} KB = {tam_pagina / 1024:.0f} KB "
              "(presupuesto <= 300 KB) "
              f"{'OK' if tam_pagina <= PRESUPUESTO_PAGINA else 'FUERA'}; con el tema de Material: "
              f"{(tam_pagina + tema) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
