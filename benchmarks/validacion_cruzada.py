"""Validación cruzada por fuente sobre la parte ``desarrollo`` del corpus real.

    python benchmarks/validacion_cruzada.py [--corpus DIR] [--pliegues 5] [--json]

Las reglas no se entrenan, así que no hay modelo que reajustar en cada pliegue: lo que esta
medida aporta es una estimación honesta de cómo generaliza un cambio. Las entradas de
``desarrollo`` se reparten en ``--pliegues`` grupos **por fuente** (dominio de la URL, o
``owner/repo`` en las fuentes de código), de modo que todos los mensajes de una misma fuente
caen en el mismo pliegue. Para cada pliegue se informa P/R de tono, recall por categoría y F1
macro de elementos; la dispersión entre pliegues (mínimo y media) dice si una mejora viene de
una sola fuente (la que se miró al escribir la regla) o se sostiene en las demás.

Al cambiar una regla: compare el recall **mínimo** y la media de los pliegues antes y después;
una mejora que solo sube el pliegue de la fuente que inspiró la regla es sobreajuste.

Solo se cargan entradas ``parte: desarrollo``: la parte ``prueba`` no se lee nunca aquí.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path
from urllib.parse import urlsplit

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import precision  # noqa: E402


def grupo_fuente(fuente: str) -> str:
    """El grupo de una fuente: dominio de una URL (sin ``www.``) u ``owner/repo`` de código."""
    fuente = (fuente or "").strip()
    if "://" in fuente:
        host = urlsplit(fuente).netloc.lower()
        return host[4:] if host.startswith("www.") else host
    return fuente.split(":", 1)[0].lower() or "desconocida"


def pliegue(grupo: str, pliegues: int) -> int:
    return int(hashlib.sha256(grupo.encode("utf-8")).hexdigest(), 16) % pliegues


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--corpus", type=Path, default=RAIZ / "tests" / "corpus")
    argumentos.add_argument("--pliegues", type=int, default=5)
    argumentos.add_argument("--json", action="store_true", help="Resultados en JSON.")
    opciones = argumentos.parse_args(argv)
    if not opciones.corpus.is_dir():
        print(f"no existe la carpeta del corpus: {opciones.corpus}", file=sys.stderr)
        return 2
    entradas = precision.cargar(opciones.corpus, "desarrollo")  # nunca «prueba»
    por_pliegue: dict[int, list[dict]] = {i: [] for i in range(opciones.pliegues)}
    grupos: dict[int, set[str]] = {i: set() for i in range(opciones.pliegues)}
    for entrada in entradas:
        grupo = grupo_fuente(str(entrada.get("fuente") or ""))
        i = pliegue(grupo, opciones.pliegues)
        por_pliegue[i].append(entrada)
        grupos[i].add(grupo)
    filas = []
    for i, lote in por_pliegue.items():
        r = precision.evaluar(lote)
        filas.append({
            "pliegue": i, "mensajes": r.mensajes, "grupos": len(grupos[i]),
            "abusivos": r.tono.vp + r.tono.fn,
            "tono_precision": r.tono.precision, "tono_recall": r.tono.recall,
            "recall_por_categoria": {c.split(".", 1)[1]: v.recall
                                     for c, v in r.por_categoria.items()},
            "elementos_f1_macro": r.f1_macro_elementos,
            "f1_por_elemento": {e: c.f1_macro() for e, c in r.elementos.items()},
        })
    recalls = [f["tono_recall"] for f in filas if f["tono_recall"] is not None]
    f1s = [f["elementos_f1_macro"] for f in filas]
    resumen = {
        "tono_recall_min": min(recalls) if recalls else None,
        "tono_recall_media": statistics.mean(recalls) if recalls else None,
        "elementos_f1_min": min(f1s), "elementos_f1_media": statistics.mean(f1s),
        "f1_por_elemento": {
            e: {"min": min(f["f1_por_elemento"][e] for f in filas),
                "media": statistics.mean(f["f1_por_elemento"][e] for f in filas)}
            for e in precision.ELEMENTOS},
    }
    if opciones.json:
        print(json.dumps({"pliegues": filas, "resumen": resumen}, indent=2, ensure_ascii=False))
        return 0
    num = precision._num
    cats = [c.split(".", 1)[1][:8] for c in precision.CATEGORIAS_TONO]
    print(f"{'pliegue':>7} {'msj':>4} {'grp':>4} {'abus':>4} {'P':>5} {'R':>5} "
          + " ".join(f"{c:>8}" for c in cats) + f" {'F1elem':>6}")
    for f in filas:
        print(f"{f['pliegue']:>7} {f['mensajes']:>4} {f['grupos']:>4} {f['abusivos']:>4} "
              f"{num(f['tono_precision'])} {num(f['tono_recall'])} "
              + " ".join(f"{num(v):>8}" for v in f["recall_por_categoria"].values())
              + f" {f['elementos_f1_macro']:6.2f}")
    print(f"tono recall: mínimo {num(resumen['tono_recall_min'])}, media "
          f"{num(resumen['tono_recall_media'])}; elementos F1 macro: mínimo "
          f"{resumen['elementos_f1_min']:.2f}, media {resumen['elementos_f1_media']:.2f}")
    print("F1 por elemento (mínimo / media de los pliegues): " + "; ".join(
        f"{e} {v['min']:.2f}/{v['media']:.2f}" for e, v in resumen["f1_por_elemento"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
