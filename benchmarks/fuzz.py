"""Fuzz de cobro: miles de entradas hostiles o descuidadas contra la CLI real.

Uso::

    PYTHONPATH=. python benchmarks/fuzz.py                 # 2.000 casos en proceso + 100 por CLI
    PYTHONPATH=. python benchmarks/fuzz.py --casos 20000 --cli 300 --semilla 7

Genera entradas para ``lint`` (bytes al azar con y sin BOM, front matter mutado, .eml
anidados, tokens enormes, configuraciones TOML rotas) y para ``generar`` y ``exportar``
(un árbol de especificaciones válido con un trozo hostil insertado en un punto al azar),
siempre con un archivo del usuario en la carpeta de salida. Cuenta:

- **trazas**: excepciones de Python que llegan al usuario (deben ser 0);
- **cuelgues**: casos que pasan de ``--limite`` segundos (deben ser 0);
- **archivos perdidos**: archivos del usuario que faltan o cambiaron (deben ser 0);
- **códigos**: cuántos casos salieron con cada código (solo se admiten 0, 1, 2 y 130).

Sale con 1 si hay alguna traza, cuelgue, pérdida o código no documentado. En CI corre la
prueba de propiedades (``tests/robustez/test_robustez_propiedades.py``), con semilla fija
y presupuesto acotado; este script es para buscar durante más tiempo.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RAIZ / "tests" / "generacion"))

CODIGOS_DOCUMENTADOS = {0, 1, 2, 130}

TROZOS_YAML = [
    "[", "]", "{", "}", ": ", "- ", "? ", "!!int ", "!!bool ", "!!float ", "!!timestamp ",
    "!!binary ", "!!set ", "!!python/object:os.system ", "&a ", "*a", "<<: *a", "2026-02-31",
    ".inf", "-.inf", ".nan", "1" + "0" * 400, "-1e308", "mucho", "ayer", "\n", "\n  ", "\t",
    "'", '"', "|", ">", "---", "...", "#", "\ufeff", "\x00", "é", "\u2028", "\r", "{{", "}}",
    "{% if x %}", "[[ frase ]]", "*|X|*", "=HYPERLINK(\"x\")", "@SUM(1)", "s" * 250,
]
TROZOS_TEXTO = [
    "Hola, Ana: ", "le recordamos ", "que la factura F-1 ", "de 120 € ", "vence el 5 de marzo. ",
    "Irá a la cárcel. ", "{{ importe }}", "*|NOMBRE|*", "%(x)s", "${a}", "http://ejemplo.es/x ",
    "ana@ejemplo.es ", "\n", "\r\n", "\t", "<p>", "</p>", "<script>", "&amp;", "&#0;", "\u0301",
    "\U0001F600", "\u200b", "<!-- cobro: desactiva TON001 motivo=\"x\" -->", "a" * 5000,
]


def _mutar(azar: random.Random, texto: str, trozos: list[str], veces: int) -> str:
    for _ in range(veces):
        i = azar.randrange(len(texto) + 1)
        operacion = azar.random()
        if operacion < 0.6:
            texto = texto[:i] + azar.choice(trozos) + texto[i:]
        elif operacion < 0.8 and texto:
            texto = texto[:i] + texto[i + azar.randrange(1, 20):]
        else:
            texto = texto[:i] + azar.choice(trozos) * azar.randrange(1, 3000) + texto[i:]
    return texto


def _codificar(azar: random.Random, texto: str) -> bytes:
    codificacion = azar.choice(["utf-8", "utf-8", "utf-8", "utf-16", "utf-32", "latin-1",
                                "utf-8-sig"])
    try:
        return texto.encode(codificacion)
    except UnicodeEncodeError:
        return texto.encode("utf-8", "surrogatepass")


# --- generadores de casos ------------------------------------------------------------------


def caso_lint(azar: random.Random, carpeta: Path) -> list[str]:
    tipo = azar.choice(["bytes", "front", "texto", "eml", "toml", "token", "html"])
    extension = {"eml": ".eml", "html": ".html"}.get(tipo, azar.choice([".txt", ".md", ""]))
    ruta = carpeta / f"entrada{extension}"
    if tipo == "bytes":
        datos = azar.choice([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + azar.randbytes(
            azar.randrange(0, 20000))
    elif tipo == "front":
        front = _mutar(azar, "canal: email\netapa: preaviso\nasunto: Aviso\n", TROZOS_YAML,
                       azar.randrange(1, 8))
        datos = _codificar(azar, f"---\n{front}\n---\n{''.join(TROZOS_TEXTO[:5])}")
    elif tipo == "texto":
        datos = _codificar(azar, _mutar(azar, "".join(TROZOS_TEXTO[:5]), TROZOS_TEXTO,
                                        azar.randrange(1, 30)))
    elif tipo == "html":
        datos = _codificar(azar, _mutar(azar, "<html><body><p>Hola</p></body></html>",
                                        TROZOS_TEXTO, azar.randrange(1, 30)))
    elif tipo == "eml":
        n = azar.choice([0, 1, 2, 5, 49, 51, 500, 3000])
        datos = ("From: a@b.es\nSubject: Aviso\nMIME-Version: 1.0\n"
                 + "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
                           for i in range(n))
                 + "Content-Type: text/plain\n\nHola, su factura vence.\n"
                 + "".join(f"--b{i}--\n" for i in reversed(range(n)))).encode()
    elif tipo == "toml":
        toml = _mutar(azar, 'reglas = ["tono"]\nvocabulario = ["Bizum"]\n[severidad]\n'
                            '"TON001" = "aviso"\n', ["[", "]", "{", "}", "=", '"', "\n", "tool = 5\n",
                                                  "\xf1", "ignorar = 1\n", "x" * 100], 6)
        (carpeta / azar.choice(["cobro.toml", "pyproject.toml"])).write_bytes(
            _codificar(azar, toml))
        datos = b"Hola, Ana: su factura vence el 5 de marzo."
    else:
        datos = (azar.choice(["a", "ab1", "Ñ", "x.y", "{{", "*|", "@"])
                 * azar.randrange(1000, 300_000)).encode()
    ruta.write_bytes(datos)
    return ["lint", "--sin-color", "--formato", azar.choice(["texto", "json", "sarif", "github"]),
            str(ruta)]


def caso_especificacion(azar: random.Random, carpeta: Path) -> list[str]:
    from arbol import SECTOR, TIPO, VARIABLES, escribir_arbol

    archivo, original = azar.choice([("sectores__turismo_yml", SECTOR),
                                     ("mensajes__variables_yml", VARIABLES),
                                     ("mensajes__tipos__recordatorio_previo_yml", TIPO)])
    specs = escribir_arbol(carpeta / "specs", **{
        archivo: _mutar(azar, original, TROZOS_YAML, azar.randrange(1, 4))})
    if azar.random() < 0.1:
        ruta = specs / "sectores" / "turismo.yml"
        ruta.write_bytes(_codificar(azar, ruta.read_text(encoding="utf-8")))
    salida = carpeta / "salida"
    salida.mkdir()
    (salida / "mio.txt").write_text("del usuario")
    orden = azar.choice([["generar"], ["exportar", "--formato", azar.choice(
        ["csv", "mailchimp", "docx", "json", "todos"])]])
    extra = azar.choice([[], ["--forzar"], ["--canal", "sms"], ["--locale", "es_MX"],
                         ["--canal", "carta"]])
    return [*orden, "--specs", str(specs), "--salida", str(salida), *extra]


def _archivos_del_usuario(carpeta: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in carpeta.rglob("mio.txt")}


# --- ejecución -------------------------------------------------------------------------------


class Resumen:
    def __init__(self) -> None:
        self.casos = 0
        self.trazas: list[tuple[list[str], str]] = []
        self.cuelgues: list[tuple[list[str], float]] = []
        self.perdidos: list[list[str]] = []
        self.codigos: collections.Counter[int] = collections.Counter()
        self.raros: list[tuple[list[str], int]] = []

    def fallos(self) -> int:
        return len(self.trazas) + len(self.cuelgues) + len(self.perdidos) + len(self.raros)


def _corto(args: list[str]) -> str:
    return " ".join(a if len(a) < 80 else a[:60] + "…" for a in args)


def en_proceso(casos: int, semilla: int, limite: float, resumen: Resumen,
               guardar: Path | None = None) -> None:
    from click.testing import CliRunner

    from generador.cli import cli
    from generador.lint import configuracion

    azar = random.Random(semilla)
    runner = CliRunner()
    for n in range(casos):
        with tempfile.TemporaryDirectory(prefix="cobro-fuzz-") as tmp:
            carpeta = Path(tmp)
            configuracion.limpiar_cache()
            args = (caso_lint if azar.random() < 0.7 else caso_especificacion)(azar, carpeta)
            antes = _archivos_del_usuario(carpeta)
            inicio = time.perf_counter()
            r = runner.invoke(cli, args, catch_exceptions=True)
            tiempo = time.perf_counter() - inicio
            resumen.casos += 1
            resumen.codigos[r.exit_code] += 1
            if r.exception is not None and not isinstance(r.exception, SystemExit):
                import traceback

                resumen.trazas.append((args, "".join(traceback.format_exception(r.exception))))
            elif r.exit_code not in CODIGOS_DOCUMENTADOS:
                resumen.raros.append((args, r.exit_code))
            if tiempo > limite:
                resumen.cuelgues.append((args, tiempo))
            despues = _archivos_del_usuario(carpeta)
            if any(despues.get(p) != datos for p, datos in antes.items()):
                resumen.perdidos.append(args)
            if guardar is not None and resumen.fallos() > len(list(guardar.glob("caso-*"))):
                shutil.copytree(carpeta, guardar / f"caso-{n}")
                (guardar / f"caso-{n}" / "orden.txt").write_text(" ".join(args))
        if (n + 1) % 500 == 0:
            print(f"  {n + 1} casos en proceso; fallos hasta ahora: {resumen.fallos()}", flush=True)


def por_cli(casos: int, semilla: int, limite: float, resumen: Resumen) -> None:
    azar = random.Random(semilla + 1)
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ)}
    for _ in range(casos):
        carpeta = Path(tempfile.mkdtemp(prefix="cobro-fuzz-cli-"))
        try:
            args = (caso_lint if azar.random() < 0.6 else caso_especificacion)(azar, carpeta)
            antes = _archivos_del_usuario(carpeta)
            inicio = time.perf_counter()
            try:
                r = subprocess.run([sys.executable, "-m", "generador", *args], capture_output=True,
                                   text=True, timeout=limite * 3, env=entorno, cwd=carpeta)
                codigo, stderr = r.returncode, r.stderr
            except subprocess.TimeoutExpired:
                codigo, stderr = -9, ""
            tiempo = time.perf_counter() - inicio
            resumen.casos += 1
            resumen.codigos[codigo] += 1
            if "Traceback (most recent call last)" in stderr:
                resumen.trazas.append((args, stderr[-3000:]))
            elif codigo not in CODIGOS_DOCUMENTADOS:
                resumen.raros.append((args, codigo))
            if tiempo > limite:
                resumen.cuelgues.append((args, tiempo))
            if any(_archivos_del_usuario(carpeta).get(p) != d for p, d in antes.items()):
                resumen.perdidos.append(args)
        finally:
            shutil.rmtree(carpeta, ignore_errors=True)


def main() -> int:
    analizador = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    analizador.add_argument("--casos", type=int, default=2000, help="casos en proceso")
    analizador.add_argument("--cli", type=int, default=100, help="casos por la CLI (subproceso)")
    analizador.add_argument("--semilla", type=int, default=20261130)
    analizador.add_argument("--limite", type=float, default=10.0,
                            help="segundos a partir de los que un caso cuenta como cuelgue")
    analizador.add_argument("--guardar", type=Path,
                            help="carpeta donde copiar las entradas de los casos que fallan")
    opciones = analizador.parse_args()
    if opciones.guardar:
        opciones.guardar.mkdir(parents=True, exist_ok=True)
    resumen = Resumen()
    inicio = time.perf_counter()
    en_proceso(opciones.casos, opciones.semilla, opciones.limite, resumen, opciones.guardar)
    por_cli(opciones.cli, opciones.semilla, opciones.limite, resumen)
    print(f"Entradas probadas: {resumen.casos} ({opciones.casos} en proceso, {opciones.cli} por "
          f"la CLI) en {time.perf_counter() - inicio:.0f} s, semilla {opciones.semilla}")
    print(f"Trazas: {len(resumen.trazas)}  Cuelgues (> {opciones.limite:g} s): "
          f"{len(resumen.cuelgues)}  Archivos perdidos: {len(resumen.perdidos)}  "
          f"Códigos no documentados: {len(resumen.raros)}")
    print("Códigos de salida: " + ", ".join(f"{c}: {n}" for c, n in sorted(resumen.codigos.items())))
    for args, traza in resumen.trazas[:5]:
        print(f"\nTRAZA  cobro {_corto(args)}\n{traza}")
    for args, tiempo in resumen.cuelgues[:5]:
        print(f"CUELGUE {tiempo:.1f} s  cobro {_corto(args)}")
    for args in resumen.perdidos[:5]:
        print(f"PERDIDO  cobro {_corto(args)}")
    for args, codigo in resumen.raros[:5]:
        print(f"CÓDIGO {codigo}  cobro {_corto(args)}")
    return 1 if resumen.fallos() else 0


if __name__ == "__main__":
    sys.exit(main())
