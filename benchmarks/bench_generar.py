"""Benchmark de ``cobro generar`` y ``cobro --help`` (proceso completo, mediana).

Presupuestos: ``cobro generar --pais es`` (el catálogo de un país, el mayor) <= 0,5 s
(issue 14) y todo el catálogo de todos los países (issue 12) <= 3 s; ``cobro --help`` <= 0,3 s.

Crear miles de archivos cuesta tiempo de *sistema* que no es de cobro y que en este disco
varía mucho (ext4 montado con ``discard``: tras borrar la salida anterior, crear 8.700
archivos pasa de 0,3 s a varios segundos de núcleo). Por eso, para cada medida:

- se dan por separado el tiempo de reloj y la CPU de usuario y de sistema;
- en la misma pasada, alternando, se mide un *suelo*: un proceso de Python que, tras el
  mismo ``rmtree`` de la salida, escribe los mismos archivos (mismas rutas y tamaños) en
  una carpeta temporal hermana nueva y la renombra a su sitio, como hace cobro; la
  proporción cobro / suelo (mediana de las proporciones de cada par) es lo que se compara
  entre versiones y máquinas;
- también un *suelo con hilos*: el mismo proceso, pero los archivos los crean
  ``COBRO_HILOS_ESCRITURA`` hilos (2 por defecto), cada carpeta siempre en el mismo hilo,
  como hace cobro; la proporción honesta de cobro (que escribe con hilos) es frente a este;
- se repite en ``/dev/shm`` (tmpfs, en memoria): la cifra sin la peculiaridad del disco;
- se comprueba que es lineal: CPU por plantilla con 1, 3 y 7 países;
- con ``--hilos``, además, cobro con 0 (todo en el hilo principal), 1 y 4 hilos de escritura
  (``--pais es``) y con 0 (todos los países), alternados en la misma pasada.

Uso: ``python benchmarks/bench_generar.py [repeticiones] [--solo-disco|--solo-shm] [--hilos]
[--solo-es|--solo-todos] [--sin-lineal]``.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from comun import comprobar, entorno_medida, fila, medir, pico_memoria_mb

COBRO = [sys.executable, "-m", "generador"]
PRESUPUESTO = 3.0
PRESUPUESTO_ES = 0.5  # issue 14: el catálogo de un país (España, el mayor)

#: ``cobro generar`` limitado a los ``k`` primeros países de la tabla (no hay una opción
#: para varios países; se recorta la lista que usaría la orden sin ``--pais``).
PRIMEROS_PAISES = """
import sys
from generador import generar as g
k, salida = int(sys.argv[1]), sys.argv[2]
original = g.paises_a_generar
g.paises_a_generar = lambda espec, pais, locale: original(espec, pais, locale)[:k]
from generador.cli import main
sys.argv = ["cobro", "generar", "--salida", salida]
main()
"""

#: El suelo: escribir los mismos archivos, en una temporal hermana que se renombra. Con
#: ``hilos`` como tercer argumento, los crean ``COBRO_HILOS_ESCRITURA`` hilos (2 por defecto),
#: cada carpeta siempre en el mismo hilo, como hace cobro; sin él, el hilo principal.
SUELO = """
import json, os, sys, tempfile
destino = sys.argv[1]
hilos = (int(os.environ.get("COBRO_HILOS_ESCRITURA", "2")) or 1) if sys.argv[3:] == ["hilos"] else 0
with open(sys.argv[2], encoding="utf-8") as f:
    archivos = json.load(f)
padre = os.path.dirname(destino)
trabajo = tempfile.mkdtemp(prefix=".suelo-", dir=padre)
def escribir(fisica, contenido):
    with open(fisica, "wb") as f:
        f.write(contenido)
if hilos:
    import queue, threading
    colas = [queue.SimpleQueue() for _ in range(hilos)]
    def trabajar(cola):
        while (tarea := cola.get()) is not None:
            escribir(*tarea)
    hs = [threading.Thread(target=trabajar, args=(c,)) for c in colas]
    for h in hs:
        h.start()
creadas = set()
for ruta, tamano in archivos:
    fisica = os.path.join(trabajo, ruta)
    carpeta = os.path.dirname(fisica)
    if carpeta not in creadas:
        os.makedirs(carpeta, exist_ok=True)
        creadas.add(carpeta)
    if hilos:
        colas[hash(carpeta) % hilos].put((fisica, b"x" * tamano))
    else:
        escribir(fisica, b"x" * tamano)
if hilos:
    for c in colas:
        c.put(None)
    for h in hs:
        h.join()
os.rename(trabajo, destino)
"""


def una(orden: list[str], preparar, env: dict | None = None) -> tuple[float, float, float]:
    """(reloj, usuario, sistema) de una ejecución de ``orden`` tras ``preparar()``."""
    preparar()
    antes = resource.getrusage(resource.RUSAGE_CHILDREN)
    inicio = time.perf_counter()
    r = subprocess.run(orden, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env=entorno_medida(env))
    reloj = time.perf_counter() - inicio
    if r.returncode != 0:
        sys.exit(f"falla ({r.returncode}): {' '.join(orden)}\n{r.stderr.decode()[-2000:]}")
    despues = resource.getrusage(resource.RUSAGE_CHILDREN)
    return reloj, despues.ru_utime - antes.ru_utime, despues.ru_stime - antes.ru_stime


def inventario(carpeta: Path) -> list[tuple[str, int]]:
    return sorted((p.relative_to(carpeta).as_posix(), p.stat().st_size)
                  for p in carpeta.rglob("*") if p.is_file())


def comparar(nombre: str, orden_de, base: Path, repeticiones: int,
             presupuesto: float | None = None, variantes_hilos: tuple[int, ...] = ()) -> dict:
    """Alterna cobro, el suelo y el suelo con hilos (mismos archivos) ``repeticiones``
    veces en ``base``; y cobro con cada número de hilos de ``variantes_hilos``."""
    salida = base / "s"

    def limpiar() -> None:
        shutil.rmtree(salida, ignore_errors=True)

    orden = orden_de(salida)
    limpiar()
    una(orden, lambda: None)  # calienta y da el inventario del suelo
    archivos = inventario(salida)
    lista = base / "inventario.json"
    lista.write_text(json.dumps(archivos), encoding="utf-8")
    suelo = [sys.executable, "-c", SUELO, str(salida), str(lista)]
    suelo_hilos = [*suelo, "hilos"]
    casos = {"cobro": (orden, None), "suelo": (suelo, None), "suelo con hilos": (suelo_hilos, None)}
    if variantes_hilos:
        for n in variantes_hilos:
            casos[f"cobro, {n} hilos de escritura"] = (orden, {"COBRO_HILOS_ESCRITURA": str(n)})
    medidas: dict[str, list[tuple[float, float, float]]] = {k: [] for k in casos}
    for _ in range(repeticiones):
        for clave, (o, env) in casos.items():
            medidas[clave].append(una(o, limpiar, env))
    limpiar()
    lista.unlink()

    def medianas(clave: str) -> list[float]:
        return [statistics.median(x[i] for x in medidas[clave]) for i in range(3)]

    def proporcion(a: str, b: str, cpu: bool = False) -> float:
        if cpu:
            return statistics.median((x[1] + x[2]) / (y[1] + y[2])
                                     for x, y in zip(medidas[a], medidas[b], strict=True))
        return statistics.median(x[0] / y[0] for x, y in zip(medidas[a], medidas[b], strict=True))

    m = medianas("cobro")
    estado = "" if presupuesto is None else ("OK" if m[0] <= presupuesto else "SUPERA")
    limite = "" if presupuesto is None else f" (presupuesto {presupuesto:.2f} s) {estado}"
    print(f"{nombre:<44} {len(archivos):5d} arch.  reloj {m[0]:6.3f} s  usuario {m[1]:6.3f}  "
          f"sistema {m[2]:6.3f}{limite}")
    for clave in casos:
        if clave == "cobro":
            continue
        x = medianas(clave)
        print(f"{'  ' + clave:<44} {'':11} reloj {x[0]:6.3f} s  usuario {x[1]:6.3f}  "
              f"sistema {x[2]:6.3f}   cobro / esto: reloj {proporcion('cobro', clave):5.2f} x"
              f"  CPU {proporcion('cobro', clave, True):5.2f} x")
    s = medianas("suelo")
    return {"reloj": m[0], "usuario": m[1], "sistema": m[2], "archivos": len(archivos),
            "suelo": s, "proporcion": proporcion("cobro", "suelo"),
            "proporcion_hilos": proporcion("cobro", "suelo con hilos")}


def main() -> None:
    argumentos = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeticiones = int(argumentos[0]) if argumentos else 7
    lugares = [("disco", Path(tempfile.gettempdir()))]
    if Path("/dev/shm").is_dir() and os.access("/dev/shm", os.W_OK):
        lugares.append(("tmpfs /dev/shm", Path("/dev/shm")))
    if "--solo-disco" in sys.argv:
        lugares = lugares[:1]
    if "--solo-shm" in sys.argv:
        lugares = lugares[1:]
    comprobar([*COBRO, "--help"])
    print(f"cobro generar: {repeticiones} repeticiones alternas con el suelo, medianas; carga "
          f"media al empezar {os.getloadavg()[0]:.1f} en {os.cpu_count()} núcleos\n")
    for lugar, padre in lugares:
        print(f"== {lugar} ({padre})")
        base = Path(tempfile.mkdtemp(prefix="bench-generar-", dir=padre))
        try:
            hilos = "--hilos" in sys.argv
            if "--solo-todos" not in sys.argv:
                comparar("cobro generar --pais es",
                         lambda s: [*COBRO, "generar", "--pais", "es", "--salida", str(s)],
                         base, repeticiones, PRESUPUESTO_ES, (0, 1, 4) if hilos else ())
            if "--solo-es" in sys.argv:
                continue
            todos = comparar("cobro generar (todos los países)",
                             lambda s: [*COBRO, "generar", "--salida", str(s)],
                             base, repeticiones, PRESUPUESTO, (0,) if hilos else ())
            if "--sin-lineal" in sys.argv:
                continue
            por_k = {}
            for k in (1, 3):
                por_k[k] = comparar(f"cobro generar ({k} primeros países)",
                                    lambda s, k=k: [sys.executable, "-c", PRIMEROS_PAISES,
                                                    str(k), str(s)],
                                    base, repeticiones)
            por_k[7] = todos
            print("  lineal: CPU de usuario por archivo escrito (sin el arranque de --help)")
            ayuda_cpu = statistics.median(sum(una([*COBRO, "--help"], lambda: None)[1:])
                                          for _ in range(repeticiones))
            for k, r in por_k.items():
                por = (r["usuario"] - ayuda_cpu) / r["archivos"] * 1000
                print(f"    {k} países: {r['archivos']:5d} archivos, {por:.3f} ms/archivo")
            if lugar == "disco":
                memoria = pico_memoria_mb([*COBRO, "generar", "--salida", str(base / "m")])
                print(f"{'  pico de memoria de cobro generar (todos)':<44} {memoria:7.1f} MB")
                catalogo = json.loads((base / "m/catalogo.json").read_text(encoding="utf-8"))
                por_pais: dict[str, int] = {}
                for entrada in catalogo["plantillas"]:
                    clave = entrada.get("pais") or "-"
                    por_pais[clave] = por_pais.get(clave, 0) + 1
                print("  plantillas por país:", ", ".join(f"{c} {n}" for c, n in por_pais.items()))
        finally:
            shutil.rmtree(base, ignore_errors=True)
        print()
    ayuda, _ = medir([*COBRO, "--help"], repeticiones)
    python, _ = medir([sys.executable, "-c", "pass"], repeticiones)
    print(fila("cobro --help", ayuda, 0.3))
    print(fila("python -c pass (arranque del intérprete)", python))


if __name__ == "__main__":
    main()
