"""Validación cruzada *estricta* por fuente: solo cuentan las frases que otras fuentes apoyan.

    python benchmarks/validacion_estricta.py [--corpus DIR] [--pliegues 5] [--json] [--sin-apoyo]

``validacion_cruzada.py`` mide cada pliegue con todas las reglas, también las frases que se
escribieron mirando ese mismo pliegue: no estima bien cómo le irá al linter con textos nuevos.
Aquí se simula que cada pliegue no se vio al escribir las reglas: para juzgar el pliegue *k*
solo cuentan los hallazgos de tono cuya **frase** (o regla, en las reglas de patrón y de
métrica) acierta en algún mensaje abusivo de los **otros** pliegues. Una frase que solo casa
con textos de una fuente es, probablemente, una frase copiada de esa fuente: en el pliegue de
esa fuente no cuenta. Una frase de familia (``quitar+ ... casa+``) que acierta en varias
fuentes sí cuenta en todas. Es una cota por abajo de la exhaustividad con textos nuevos.

``--sin-apoyo`` lista las frases que solo aciertan en un pliegue (candidatas a generalizar).

La precisión por categoría cuenta, en cada pliegue, los mensajes en que una clave apoyada de esa
categoría señala sin que la etiqueta esté (también los abusivos de otra categoría).

Las reglas de la señal aprendida (TON020-TON024) cuentan aquí como una clave más, pero
el modelo se entrenó con todos los pliegues: en esta tabla sus aciertos son de dentro de la
muestra. Su aporte real a textos no vistos es la tabla de ``benchmarks/entrenar_tono.py``, que
reentrena el modelo sin el pliegue que mide.

Solo se cargan entradas ``parte: desarrollo``: la parte ``prueba`` no se lee nunca aquí.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import precision  # noqa: E402
import validacion_cruzada as vc  # noqa: E402

#: (id del comprobador de la regla, inicio, fin) -> frase: dos reglas que señalan el mismo
#: tramo (TON004 y TON019 en «te voy a quemar en redes») guardan cada una su frase.
_REGISTRO: dict[tuple[int, int, int], str] = {}


def _instrumentar() -> None:
    """Anota, por tramo, qué frase de qué regla produjo cada detección de tipo frases."""
    from generador.lint import tipos_regla

    original = tipos_regla.TipoFrases.revisar

    def revisar(self, ctx):
        detecciones = original(self, ctx)
        if detecciones:
            tramos = {(a, b): i for a, b, i in self.tramos(ctx)}
            for d in detecciones:
                indice = tramos.get((d.inicio, d.fin))
                if indice is not None:
                    _REGISTRO[(id(self), d.inicio, d.fin)] = self.frases[indice].texto
        return detecciones

    tipos_regla.TipoFrases.revisar = revisar


def _hallazgos(entradas: list[dict]) -> list[tuple[dict, list[tuple[str, str]]]]:
    """(entrada, [(categoría, clave de frase)]) de cada entrada."""
    from generador.lint import entrada as lector
    from generador.lint.cargar_reglas import cargar as cargar_reglas
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, Opciones

    reglas = cargar_reglas().reglas
    comprobador = {r.codigo: id(r.comprobador) for r in reglas}
    config = Configuracion()
    resultado = []
    with tempfile.TemporaryDirectory(prefix="cobro-estricta-") as carpeta:
        ruta = Path(carpeta) / "mensaje"
        for e in entradas:
            canal = e.get("canal")
            canal = None if canal in (None, "", "desconocido") else str(canal)
            ruta.write_text(str(e.get("texto") or ""), encoding="utf-8")
            doc = lector.leer(str(ruta))
            _REGISTRO.clear()
            motor = Motor(Opciones(canal=canal, mensaje=e.get("modo") == "mensaje"))
            hallazgos, _ = motor.revisar_documento(doc, config, reglas)
            pares = []
            for h in hallazgos:
                if not h.categoria.startswith("tono."):
                    continue
                frase = _REGISTRO.get((comprobador.get(h.regla, 0), h.inicio, h.fin))
                pares.append((h.categoria, f"{h.regla}: {frase}" if frase else h.regla))
            resultado.append((e, pares))
    return resultado


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--corpus", type=Path, default=RAIZ / "tests" / "corpus")
    argumentos.add_argument("--pliegues", type=int, default=5)
    argumentos.add_argument("--json", action="store_true")
    argumentos.add_argument("--sin-apoyo", action="store_true")
    opciones = argumentos.parse_args(argv)
    entradas = precision.cargar(opciones.corpus, "desarrollo")  # nunca «prueba»
    _instrumentar()
    datos = _hallazgos(entradas)
    pliegue_de = [vc.pliegue(vc.grupo_fuente(str(e.get("fuente") or "")), opciones.pliegues)
                  for e, _ in datos]
    # en qué pliegues acierta cada clave (mensaje abusivo con esa categoría)
    aciertos: dict[str, set[int]] = defaultdict(set)
    for (e, pares), k in zip(datos, pliegue_de, strict=True):
        reales = set((e.get("etiquetas") or {}).get("tono") or [])
        for categoria, clave in pares:
            if any(categoria == r or categoria.startswith(r + ".") for r in reales):
                aciertos[clave].add(k)
    filas = []
    #: por categoría, sumadas sobre los pliegues (P y R de la categoría en textos no vistos)
    global_cat = {c: precision.Cuenta() for c in precision.CATEGORIAS_TONO}
    for k in range(opciones.pliegues):
        cuenta = precision.Cuenta()
        por_cat = {c: precision.Cuenta() for c in precision.CATEGORIAS_TONO}
        for (e, pares), p in zip(datos, pliegue_de, strict=True):
            if p != k:
                continue
            apoyadas = {c for c, clave in pares if aciertos.get(clave, set()) - {k}}
            reales = set((e.get("etiquetas") or {}).get("tono") or [])
            cuenta.anotar(bool(reales), bool(apoyadas))
            for c, v in por_cat.items():
                predicha = any(x == c or x.startswith(c + ".") for x in apoyadas)
                v.anotar(c in reales, predicha)
                global_cat[c].anotar(c in reales, predicha)
        filas.append({"pliegue": k, "tono_precision": cuenta.precision,
                      "tono_recall": cuenta.recall, "abusivos": cuenta.vp + cuenta.fn,
                      "recall_por_categoria": {c.split(".", 1)[1]: v.recall
                                               for c, v in por_cat.items()},
                      "vp": cuenta.vp, "fn": cuenta.fn, "fp": cuenta.fp})
    vp = sum(f["vp"] for f in filas)
    fn = sum(f["fn"] for f in filas)
    fp = sum(f["fp"] for f in filas)
    resumen = {"tono_recall_global": vp / (vp + fn) if vp + fn else None,
               "tono_precision_global": vp / (vp + fp) if vp + fp else None,
               "tono_recall_min": min(f["tono_recall"] for f in filas if f["tono_recall"] is not None)}
    resumen["por_categoria"] = {c.split(".", 1)[1]: {"precision": v.precision, "recall": v.recall,
                                                     "vp": v.vp, "fp": v.fp, "fn": v.fn}
                                for c, v in global_cat.items()}
    sin_apoyo = sorted(c for c, ks in aciertos.items() if len(ks) == 1)
    if opciones.json:
        print(json.dumps({"pliegues": filas, "resumen": resumen, "sin_apoyo": sin_apoyo},
                         indent=2, ensure_ascii=False))
        return 0
    num = precision._num
    cats = [c.split(".", 1)[1][:8] for c in precision.CATEGORIAS_TONO]
    print(f"{'pliegue':>7} {'abus':>4} {'P':>5} {'R':>5} " + " ".join(f"{c:>8}" for c in cats))
    for f in filas:
        print(f"{f['pliegue']:>7} {f['abusivos']:>4} {num(f['tono_precision'])} "
              f"{num(f['tono_recall'])} "
              + " ".join(f"{num(v):>8}" for v in f["recall_por_categoria"].values()))
    print(f"estricta: tono P {num(resumen['tono_precision_global'])} R "
          f"{num(resumen['tono_recall_global'])} (mínimo por pliegue "
          f"{num(resumen['tono_recall_min'])}); frases que aciertan en un solo pliegue: "
          f"{len(sin_apoyo)} de {len(aciertos)}")
    print("por categoría (todos los pliegues): " + "; ".join(
        f"{c} P {num(v['precision'])} R {num(v['recall'])}"
        for c, v in resumen["por_categoria"].items()))
    if opciones.sin_apoyo:
        for clave in sin_apoyo:
            print("  " + clave)
    return 0


if __name__ == "__main__":
    sys.exit(main())
