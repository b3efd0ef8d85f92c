"""Huella de los hallazgos de ``cobro lint`` y de la salida de ``cobro generar``.

Guarda para una optimización: lo que encuentra el linter y lo que escribe el generador no
deben cambiar ni un byte. Escribe en ``SALIDA`` (un archivo de texto):

- los hallazgos (``--formato jsonl``, rutas relativas) de los textos de la parte
  ``desarrollo`` del corpus real, agrupados por canal, modo y país (cada grupo con sus
  opciones ``--canal``, ``--mensaje`` y ``--pais``);
- la lista de archivos de ``cobro generar`` (todo el catálogo) con su sha256, y los
  hallazgos de ``cobro lint`` sobre esas plantillas;
- los hallazgos sobre los 1.000 mensajes de ``bench_lint.py``, con y sin ortografía.

Uso: ``python benchmarks/huella_hallazgos.py SALIDA`` antes y después de un cambio, y
``diff`` de los dos archivos.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

AQUI = Path(__file__).resolve().parent
sys.path.insert(0, str(AQUI))
sys.path.insert(0, str(AQUI.parent / "tests" / "corpus"))

from bench_lint import generar_mensajes  # noqa: E402
from particion import entradas  # noqa: E402

COBRO = [sys.executable, "-m", "generador"]
PAISES = {"ar", "cl", "co", "es", "mx", "pe", "us"}


def lint(carpeta: Path, *opciones: str) -> str:
    r = subprocess.run([*COBRO, "lint", ".", "--formato", "jsonl", *opciones],
                       cwd=carpeta, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"cobro lint falla ({r.returncode}) en {carpeta}: {r.stderr[-2000:]}")
    return r.stdout


def main() -> None:
    destino = Path(sys.argv[1])
    partes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cobro-huella-") as nombre:
        base = Path(nombre)
        grupos: dict[tuple, list[dict]] = {}
        for e in entradas():
            if e.get("parte") != "desarrollo":
                continue
            clave = (str(e.get("canal") or "desconocido"), str(e.get("modo")),
                     str(e.get("pais") or "-"))
            grupos.setdefault(clave, []).append(e)
        for (canal, modo, pais), lista in sorted(grupos.items()):
            carpeta = base / "corpus" / f"{canal}-{modo}-{pais}"
            carpeta.mkdir(parents=True)
            for e in lista:
                (carpeta / f"{e['id']}.txt").write_text(e["texto"], encoding="utf-8")
            opciones = []
            if canal in ("email", "sms", "carta"):
                opciones += ["--canal", canal]
            if modo == "mensaje":
                opciones.append("--mensaje")
            if pais in PAISES:
                opciones += ["--pais", pais]
            partes.append(f"## corpus {canal} {modo} {pais} {' '.join(opciones)}\n")
            partes.append(lint(carpeta, *opciones))
        catalogo = base / "catalogo"
        r = subprocess.run([*COBRO, "generar", "--salida", str(catalogo)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"cobro generar falla: {r.stderr[-2000:]}")
        partes.append("## generar: archivos\n")
        for ruta in sorted(p for p in catalogo.rglob("*") if p.is_file()):
            huella = hashlib.sha256(ruta.read_bytes()).hexdigest()[:16]
            partes.append(f"{ruta.relative_to(catalogo)} {oct(ruta.stat().st_mode & 0o777)} "
                          f"{huella}\n")
        partes.append("## generar: lint de las plantillas\n")
        partes.append(lint(catalogo / "plantillas"))
        mensajes = base / "mensajes"
        mensajes.mkdir()
        generar_mensajes(mensajes)
        partes.append("## bench_lint: 1.000 mensajes\n")
        partes.append(lint(mensajes))
        partes.append("## bench_lint: 1.000 mensajes, --mensaje, sin ortografía\n")
        partes.append(lint(mensajes, "--mensaje", "--ignora", "ortografia"))
    destino.write_text("".join(partes), encoding="utf-8")
    lineas = sum(p.count("\n") for p in partes)
    print(f"{destino}: {lineas} líneas")


if __name__ == "__main__":
    main()
