"""Benchmark del catálogo: ``cobro sitio`` frente a mkdocs-material «a pelo».

Uso: ``python benchmarks/bench_sitio.py [--repeticiones N] [--plana] [--pdf]``. En la misma ejecución y
alternando, construye (1) el sitio completo con el hook (cargar, componer, rellenar,
lint, páginas, índice, descargas) y dos sitios mkdocs-material «a pelo» con el mismo
número de páginas Markdown de relleno:

- **con navegación comparable** (la referencia del presupuesto): el ``nav`` del
  ``mkdocs.yml`` del catálogo con la misma forma (mismas entradas, títulos y secciones;
  ver :func:`nav_comparable`), cada página cambiada por una de relleno; las demás
  páginas existen pero no están en el menú, como las fichas del catálogo.
- **con navegación plana** (la referencia antigua, solo con ``--plana``): sin ``nav``,
  mkdocs pone las N páginas en el menú y cada página pinta N enlaces; eso hace la
  construcción pelada mucho más lenta (cuadrática: con los siete países, ~3.100 páginas,
  tarda minutos) y la comparación, injusta.

Con ``--pdf`` mide además una construcción con ``cobro sitio --pdf`` (el PDF de cada carta
con Chromium): su tiempo total y lo que dice tardar la impresión.

Imprime la mediana de cada uno y la razón frente a la navegación comparable
(presupuesto <= 2x), el tamaño del índice de búsqueda de un país (<= 300 KB, se carga al buscar) y el
peso de las páginas más pesadas (una ficha de plantilla y la galería) con los recursos
propios que cargan siempre (``cobro.css`` y ``cobro.js``; presupuesto <= 300 KB).
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
PRESUPUESTO_RAZON, PRESUPUESTO_PAGINA = 2.0, 300 * 1024

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


def config_mismo_tema(config: Path = RAIZ / "mkdocs.yml") -> str:
    """Como :data:`CONFIG_PELADO`, pero con el tema (funciones, paletas) y las extensiones
    de Markdown del ``mkdocs.yml`` del catálogo: sin su carpeta de plantillas propia (solo
    cambia la página 404), sin hooks y sin recursos propios."""
    import json

    import yaml

    datos = yaml.safe_load(config.read_text(encoding="utf-8"))
    tema = {k: v for k, v in datos["theme"].items() if k != "custom_dir"}
    return ("site_name: pelado\ndocs_dir: docs\nsite_dir: {salida}\nplugins: []\n"
            f"theme: {json.dumps(tema, ensure_ascii=False)}\n"
            f"markdown_extensions: {json.dumps(datos['markdown_extensions'], ensure_ascii=False)}\n")

def nav_comparable(config: Path = RAIZ / "mkdocs.yml") -> str:
    """El ``nav`` del ``mkdocs.yml`` del catálogo con la misma forma (las mismas entradas,
    títulos y secciones, en el mismo orden), cada página cambiada por una de relleno: el
    menú que pinta cada página pesa lo mismo en los dos sitios."""
    import json

    import yaml

    nav = yaml.safe_load(config.read_text(encoding="utf-8"))["nav"]
    contador = iter(range(10_000))

    def copiar(entrada):
        if isinstance(entrada, str):
            return "index.md" if entrada == "index.md" else f"p{next(contador):04d}.md"
        if isinstance(entrada, list):
            return [copiar(e) for e in entrada]
        return {titulo: copiar(valor) for titulo, valor in entrada.items()}

    # JSON es YAML válido: sin depender del estilo del volcado
    return ("validation:\n  omitted_files: info\nnav: "
            + json.dumps(copiar(nav), ensure_ascii=False) + "\n")


NAV_COMPARABLE = nav_comparable()


CPU: dict[str, list[float]] = {}


def _proceso(orden: list[str], cwd: Path, nombre: str = "", entorno_extra=None) -> float:
    """Tiempo real de la orden; su tiempo de CPU (usuario + sistema, con sus hijos) se
    guarda en ``CPU[nombre]``: con la máquina cargada por otros procesos, la CPU varía
    mucho menos que el tiempo real. ``entorno_extra``: variables añadidas (o una función
    que las da, llamada en cada ejecución)."""
    import resource

    extra = entorno_extra() if callable(entorno_extra) else (entorno_extra or {})
    entorno = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra}
    antes = resource.getrusage(resource.RUSAGE_CHILDREN)
    inicio = time.perf_counter()
    subprocess.run(orden, cwd=cwd, env=entorno, check=True, capture_output=True)
    real = time.perf_counter() - inicio
    despues = resource.getrusage(resource.RUSAGE_CHILDREN)
    if nombre:
        CPU.setdefault(nombre, []).append(
            despues.ru_utime - antes.ru_utime + despues.ru_stime - antes.ru_stime)
    return real


def _pelado(tmp: Path, paginas: int, nombre: str, nav: str, plantilla: str = CONFIG_PELADO) -> Path:
    docs = tmp / nombre / "docs"
    docs.mkdir(parents=True)
    parrafo = ("Le recordamos que el pago de la factura vence pronto. Puede pagar en línea o por "
               "transferencia; para cualquier duda, llámenos. ") * 6
    (docs / "index.md").write_text("# Inicio\n\n" + parrafo, encoding="utf-8")
    for i in range(paginas - 1):
        (docs / f"p{i:04d}.md").write_text(
            f"# Página {i}\n\n## Texto\n\n```text\n{parrafo}\n```\n\n## Ejemplo\n\n{parrafo}\n\n"
            f"| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    config = tmp / nombre / "mkdocs.yml"
    config.write_text(plantilla.replace("{salida}", str(tmp / nombre / "site")) + nav, encoding="utf-8")
    return config


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=3)
    argumentos.add_argument("--plana", action="store_true",
                            help="mide también la referencia antigua (navegación plana)")
    argumentos.add_argument("--pdf", action="store_true",
                            help="mide también 'cobro sitio --pdf' (una vez)")
    argumentos.add_argument("--tema-simple", action="store_true",
                            help="el pelado con el tema por defecto (solo content.code.copy), como "
                                 "en las medidas anteriores; por defecto, el mismo tema y las mismas "
                                 "extensiones que el catálogo")
    argumentos.add_argument("--frio", action="store_true",
                            help="mide también 'cobro sitio' con la caché vacía (una carpeta "
                                 "COBRO_CACHE_DIR nueva en cada ejecución)")
    opciones = argumentos.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sitio-") as tmp_str:
        tmp = Path(tmp_str)
        salida = tmp / "site"
        cobro = [sys.executable, "-m", "generador", "sitio", "--salida", str(salida)]
        _proceso(cobro, RAIZ)  # calentamiento y recuento de páginas
        paginas = sum(1 for _ in salida.rglob("index.html"))
        comparable = _pelado(tmp, paginas, "comparable", NAV_COMPARABLE,
                             CONFIG_PELADO if opciones.tema_simple else config_mismo_tema())
        ordenes = {
            "cobro": (cobro, RAIZ),
            "comparable": ([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(comparable)],
                           comparable.parent),
        }
        if opciones.frio:
            frias = iter(range(1000))
            ordenes["frio"] = ([*cobro[:-1], str(tmp / "site-frio")], RAIZ,
                               lambda: {"COBRO_CACHE_DIR": str(tmp / f"cache-{next(frias)}")})
        if opciones.plana:
            plano = _pelado(tmp, paginas, "plano", "")
            ordenes["plano"] = ([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plano)],
                                plano.parent)
        for nombre in ordenes:
            if nombre not in ("cobro", "frio"):
                _proceso(*ordenes[nombre])  # calentamiento
        tiempos: dict[str, list[float]] = {n: [] for n in ordenes}
        for _ in range(opciones.repeticiones):
            for nombre, (orden, cwd, *extra) in ordenes.items():
                tiempos[nombre].append(_proceso(orden, cwd, nombre, *extra))
        med = {n: statistics.median(t) for n, t in tiempos.items()}
        razon = med["cobro"] / med["comparable"]
        indices = {p.name: p.stat().st_size for p in (salida / "assets").glob("cobro-indice*.js")}
        base = indices.pop("cobro-indice.js")
        indice = base + max(indices.values(), default=0)  # lo que carga una búsqueda en un país
        propios = sum((salida / "assets" / n).stat().st_size for n in ("cobro.css", "cobro.js"))
        tema = sum(p.stat().st_size for p in (salida / "assets").rglob("*")
                   if p.suffix in (".css", ".js") and p.parent.name in ("stylesheets", "javascripts"))
        print(f"páginas: {paginas}; repeticiones: {opciones.repeticiones}")
        for nombre, rotulo in (("cobro", "cobro sitio"), ("frio", "cobro sitio, caché vacía"),
                               ("comparable", "material, nav comparable"),
                               ("plano", "material, nav plana")):
            if nombre not in med:
                continue
            print(f"{rotulo:26} mediana {med[nombre]:6.2f} s  {[f'{t:.2f}' for t in tiempos[nombre]]}"
                  f"  CPU {statistics.median(CPU[nombre]):6.2f} s")
        cpu = {n: statistics.median(t) for n, t in CPU.items()}
        print(f"razón (nav comparable)     {razon:.2f}x real, {cpu['cobro'] / cpu['comparable']:.2f}x CPU "
              f"(presupuesto <= {PRESUPUESTO_RAZON}x) {'OK' if razon <= PRESUPUESTO_RAZON else 'FUERA'}")
        pares = [(a / b, c / d) for a, b, c, d in zip(tiempos["cobro"], tiempos["comparable"],
                                                      CPU["cobro"], CPU["comparable"], strict=True)]
        print(f"razón por pareja (misma vuelta, mediana) {statistics.median(r for r, _ in pares):.2f}x "
              f"real, {statistics.median(c for _, c in pares):.2f}x CPU")
        if "frio" in med:
            print(f"razón (caché vacía)        {med['frio'] / med['comparable']:.2f}x real, "
                  f"{cpu['frio'] / cpu['comparable']:.2f}x CPU")
        if "plano" in med:
            print(f"razón (nav plana, antigua) {med['cobro'] / med['plano']:.2f}x real, "
                  f"{cpu['cobro'] / cpu['plano']:.2f}x CPU")
        textos = {p.name: p.stat().st_size for p in (salida / "assets").glob("cobro-textos*.js")}
        base_textos = textos.pop("cobro-textos.js", 0)
        print(f"índice de búsqueda de un país {indice / 1024:.0f} KB (común {base / 1024:.0f} KB + el "
              f"mayor de {len(indices)} por país; presupuesto <= 300 KB; se carga en la primera "
              f"búsqueda) {'OK' if indice <= PRESUPUESTO_PAGINA else 'FUERA'}; todos los países: "
              f"{(base + sum(indices.values())) / 1024:.0f} KB (solo con «Todos los países»); textos "
              f"para las frases (solo al buscar una frase entre comillas): "
              f"{(base_textos + max(textos.values(), default=0)) / 1024:.0f} KB")
        plantillas = sorted((salida / "plantillas").rglob("index.html"), key=lambda p: p.stat().st_size)
        galerias = sorted((salida / "catalogo").rglob("index.html"), key=lambda p: p.stat().st_size)
        for rotulo, pagina in (("ficha más pesada", plantillas[-1]), ("galería más pesada", galerias[-1])):
            tam = pagina.stat().st_size + propios
            print(f"{rotulo} {pagina.relative_to(salida)}: HTML {pagina.stat().st_size / 1024:.0f} KB"
                  f" + recursos propios {propios / 1024:.0f} KB = {tam / 1024:.0f} KB "
                  f"(presupuesto <= 300 KB) {'OK' if tam <= PRESUPUESTO_PAGINA else 'FUERA'}; "
                  f"con el tema de Material: {(tam + tema) / 1024:.0f} KB")
        if opciones.pdf:
            con_pdf = tmp / "site-pdf"
            orden = [*cobro[:-1], str(con_pdf), "--pdf"]
            entorno = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            inicio = time.perf_counter()
            r = subprocess.run(orden, cwd=RAIZ, env=entorno, check=True, capture_output=True, text=True)
            total = time.perf_counter() - inicio
            linea = next((x for x in r.stdout.splitlines() if "PDF" in x), "sin PDF: " + r.stderr[-300:])
            pdfs = sum(1 for _ in con_pdf.rglob("*.pdf"))
            print(f"cobro sitio --pdf: {total:.1f} s en total ({total - med['cobro']:+.1f} s frente a "
                  f"la mediana sin --pdf); {linea}; {pdfs} PDF")


if __name__ == "__main__":
    main()
