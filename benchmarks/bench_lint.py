"""Benchmark de ``cobro lint``: 1.000 mensajes cortos (~0,5 MB), proceso completo.

Mide (mediana de varias ejecuciones) ``cobro lint`` con todas las reglas sin conexión
salvo la ortografía, con ortografía, sobre un solo archivo, y el pico de memoria; y, en la
misma pasada y sobre los mismos archivos, proselint (PyPI) y textlint con un diccionario
prh (npm), si se pueden instalar. Imprime una tabla con presupuestos y proporciones.

Como la máquina puede estar cargada, también mide una pasada *desnuda* (un proceso de
Python que lee los 1.000 archivos y les pasa una docena de expresiones regulares) y da la
proporción cobro / pasada desnuda, que no depende de la carga: es la cifra que se compara
entre versiones.

    python benchmarks/bench_lint.py [--repeticiones 5] [--sin-pares]

proselint se instala con pip en un entorno temporal; textlint y textlint-rule-prh con npm
en ``benchmarks/node_modules`` (ignorado por git). Si no hay red, esas filas se omiten.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from comun import comprobar, fila, medir, pico_memoria_mb
from comun import pares as alternar

AQUI = Path(__file__).resolve().parent
PRESUPUESTOS = {"sin_ortografia": 0.5, "con_ortografia": 1.0, "un_archivo": 0.15, "memoria": 150.0}

NOMBRES = ["Ana", "Luis", "Marta Giménez", "Jorge", "Elena Ruiz", "Sofía", "Carlos", "Lucía"]
EMPRESAS = [
    "Viajes Altamar", "Seguros Brisa", "Energía Norte", "Nube Clara", "Construcciones Albada",
]
MEDIOS_TU = [
    "Puedes pagar por transferencia al IBAN ES91 2100 0418 4502 0005 1332 o con Bizum.",
    "Puedes pagar con tarjeta en https://pagos.ejemplo.es/f/{ref}, en un par de minutos.",
    "Puedes pagar por SPEI o en cualquier tienda OXXO con la referencia {ref}.",
]
MEDIOS_USTED = [
    "Puede pagar por transferencia al IBAN ES91 2100 0418 4502 0005 1332 o con Bizum.",
    "Puede pagar con tarjeta en https://pagos.ejemplo.es/f/{ref}, en un par de minutos.",
    "Puede pagar con PSE o Nequi desde su banca en línea, con la referencia {ref}.",
]
CUERPOS_TU = [
    "te escribimos para recordarte que la factura {ref}, de {importe}, vence el {fecha}.",
    "la factura {ref}, de {importe}, venció el {fecha} y todavía no nos consta el pago.",
    "queremos recordarte que tu reserva {ref} tiene un pago pendiente de {importe} "
    "antes del {fecha}.",
]
CUERPOS_USTED = [
    "le escribimos para recordarle que la factura {ref}, de {importe}, vence el {fecha}.",
    "la póliza {ref} tiene un recibo pendiente de {importe} desde el {fecha}.",
    "le recordamos que el proyecto {ref} tiene una certificación pendiente de {importe} "
    "con vencimiento el {fecha}.",
]
MALOS = [
    "ÚLTIMO AVISO!!! Si no paga hoy mismo le denunciaremos a la policía y avisaremos a su jefe.",
    "Procederemos al embargo inmediato de su nómina. Es usted un moroso incobrable.",
    "Debería darle vergüenza: por enésima vez le recordamos lo que debe.",
]
CIERRES_TU = [
    "Si ya la has pagado, gracias y disculpa la molestia. Si tienes cualquier duda o necesitas "
    "más plazo, escríbenos a cobros@ejemplo.es o llámanos al 910 123 456 y lo vemos juntos.",
]
CIERRES_USTED = [
    "Si ya la ha pagado, le rogamos que disculpe la molestia. Para cualquier consulta o si "
    "necesita más plazo, llámenos al 910 123 456 o escríbanos a cobros@ejemplo.es.",
]


def generar_mensajes(carpeta: Path, n: int = 1000, semilla: int = 4) -> int:
    """Escribe ``n`` mensajes cortos en ``carpeta``; devuelve los bytes escritos."""
    azar = random.Random(semilla)
    total = 0
    for i in range(n):
        tu = azar.random() < 0.5
        datos = {
            "ref": f"F-2026-{azar.randint(1, 9999):04d}",
            "importe": azar.choice([
                f"{azar.randint(20, 9000)},{azar.randint(0, 99):02d} €",
                f"${azar.randint(100, 90000):,}.00 MXN",
                f"S/ {azar.randint(20, 900)}.00",
            ]),
            "fecha": f"{azar.randint(1, 28)} de {azar.choice(['marzo', 'abril', 'mayo', 'junio'])} de 2026",
        }
        saludo = f"Hola, {azar.choice(NOMBRES)}:" if tu else f"Estimado/a {azar.choice(NOMBRES)}:"
        cuerpo = azar.choice(CUERPOS_TU if tu else CUERPOS_USTED).format(**datos)
        medio = azar.choice(MEDIOS_TU if tu else MEDIOS_USTED).format(**datos)
        partes = [saludo, "", cuerpo[0].upper() + cuerpo[1:], medio,
                  azar.choice(CIERRES_TU if tu else CIERRES_USTED)]
        if i % 10 == 0:
            partes.insert(3, azar.choice(MALOS))
        partes.append(
            "Recuerda que puedes consultar tus facturas y pagos en el área de clientes."
            if tu else "Le recordamos que puede consultar sus facturas y pagos en el área de clientes."
        )
        partes += ["", "Un saludo,", f"El equipo de {azar.choice(EMPRESAS)}"]
        texto = "\n".join(partes) + "\n"
        ruta = carpeta / f"mensaje_{i:04d}.txt"
        ruta.write_text(texto, encoding="utf-8")
        total += len(texto.encode("utf-8"))
    return total


PRH = """version: 1
rules:
  - expected: podremos iniciar las acciones legales que correspondan
    patterns: [/embargo inmediato/, /embargaremos/]
  - expected: le recordamos
    patterns: [/por enésima vez/]
  - expected: (sin amenazas penales)
    patterns: [/denuncia penal/, /cárcel/, /prisión/, /policía/]
  - expected: (sin terceros)
    patterns: [/avisaremos a su jefe/, /a su familia/]
  - expected: (sin insultos)
    patterns: [/moroso incobrable/, /sinvergüenza/]
  - expected: aviso
    patterns: [/ÚLTIMO AVISO/]
  - expected: "!"
    patterns: [/!!+/]
  - expected: (sin culpa)
    patterns: [/debería darle vergüenza/]
"""


PASADA_DESNUDA = r"""
import pathlib, re, sys
patrones = [re.compile(p, re.I) for p in (
    r"\bfactura\b", r"\d+[.,]\d{2}", r"@", r"https?://\S+", r"\b\d{1,2} de \w+",
    r"\bembarg\w*", r"\bc[aá]rcel\b", r"\bjefe\b", r"[A-ZÁÉÍÓÚÑ]{4,}", r"!!",
    r"\busted\b", r"\bte\b")]
n = 0
for ruta in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    texto = ruta.read_text(encoding="utf-8")
    n += sum(1 for p in patrones for _ in p.finditer(texto))
print(n)
"""


def preparar_textlint() -> list[str] | None:
    """Instala textlint + textlint-rule-prh en benchmarks/node_modules; devuelve la orden."""
    if shutil.which("npm") is None:
        return None
    binario = AQUI / "node_modules" / ".bin" / "textlint"
    if not binario.exists():
        r = subprocess.run(
            ["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(AQUI),
             "textlint", "textlint-rule-prh"],
            capture_output=True, text=True,
        )
        if r.returncode != 0 or not binario.exists():
            print(f"(textlint no se pudo instalar: {r.stderr.strip()[-300:]})")
            return None
    prh = AQUI / "node_modules" / ".cobro-prh.yml"
    prh.write_text(PRH, encoding="utf-8")
    config = AQUI / "node_modules" / ".cobro-textlintrc.json"
    config.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(prh)]}}}), encoding="utf-8")
    return [str(binario), "--config", str(config)]


def preparar_proselint(temporal: Path) -> list[str] | None:
    """Instala proselint con pip en un entorno virtual temporal; devuelve la orden."""
    entorno = temporal / "venv-proselint"
    venv.create(entorno, with_pip=True)
    pip = entorno / "bin" / "pip"
    r = subprocess.run([str(pip), "install", "-q", "proselint"], capture_output=True, text=True)
    binario = entorno / "bin" / "proselint"
    if r.returncode != 0 or not binario.exists():
        print(f"(proselint no se pudo instalar: {r.stderr.strip()[-300:]})")
        return None
    return [str(binario), "check"]


def _funciona(orden: list[str]) -> bool:
    """Si la herramienta par se ejecuta de verdad (0 o 1); si no, no se mide un error."""
    r = subprocess.run(orden, capture_output=True, text=True)
    if r.returncode in (0, 1):
        return True
    print(f"(se omite {Path(orden[0]).name}: sale con {r.returncode}: {r.stderr.strip()[-200:]})")
    return False


def codigos_del_modelo() -> list[str]:
    """Los códigos de las reglas de la señal aprendida que existen hoy (ignorar un código que no
    existe es un error de uso: si se retira una, la fila sigue midiendo lo que hay)."""
    from generador.lint.cargar_reglas import cargar

    return [r.codigo for r in cargar().reglas
            if r.tipo == "comprobacion" and r.nombre.endswith(".modelo")]


def main() -> None:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeticiones", type=int, default=5)
    argumentos.add_argument("--sin-pares", action="store_true",
                            help="No instala ni mide proselint ni textlint.")
    opciones = argumentos.parse_args()
    cobro = [sys.executable, "-m", "generador"]
    with tempfile.TemporaryDirectory(prefix="cobro-bench-lint-") as nombre:
        temporal = Path(nombre)
        carpeta = temporal / "mensajes"
        carpeta.mkdir()
        tamano = generar_mensajes(carpeta)
        archivos = sorted(str(p) for p in carpeta.glob("*.txt"))
        print(f"1.000 mensajes, {tamano / 1e6:.2f} MB, en {carpeta}\n")
        sin_ort = [*cobro, "lint", str(carpeta), "--ignora", "ortografia"]
        con_ort = [*cobro, "lint", str(carpeta)]
        uno = [*cobro, "lint", archivos[0]]
        for orden in (sin_ort, con_ort, uno):
            comprobar(orden)
        filas = []
        desnuda = [sys.executable, "-c", PASADA_DESNUDA, str(carpeta)]
        # cobro y la pasada desnuda se alternan: la carga de la máquina compartida les
        # afecta por igual, y la proporción de cada par es comparable entre ejecuciones.
        sin = alternar(sin_ort, desnuda, opciones.repeticiones)
        t_sin, t_desnuda = sin["reloj"], sin["suelo_reloj"]
        filas.append(fila("cobro lint, sin ortografía (1.000 mensajes)", t_sin,
                          PRESUPUESTOS["sin_ortografia"]))
        # Coste de la señal de tono aprendida (TON020-TON024, modelo_tono.py): la misma orden
        # con y sin esas reglas, alternadas; presupuesto: menos de un 5 % más.
        sin_modelo = [*sin_ort, "--ignora", ",".join(codigos_del_modelo())]
        modelo = alternar(sin_ort, sin_modelo, opciones.repeticiones)
        con = alternar(con_ort, desnuda, opciones.repeticiones)
        t_con = con["reloj"]
        filas.append(fila("cobro lint, con ortografía (1.000 mensajes)", t_con,
                          PRESUPUESTOS["con_ortografia"]))
        vacio = [sys.executable, "-c", "pass"]
        solo = alternar(uno, vacio, opciones.repeticiones)
        filas.append(fila("cobro lint, un archivo", solo["reloj"], PRESUPUESTOS["un_archivo"]))
        filas.append(fila("pasada desnuda: leer + 12 regex (1.000 mensajes)", t_desnuda))
        filas.append(f"{'proporción cobro sin ortografía / pasada desnuda':<48} "
                     f"{sin['proporcion_reloj']:7.1f} x reloj (presupuesto 3,0 x)  "
                     f"{'OK' if sin['proporcion_reloj'] <= 3 else 'SUPERA'}; "
                     f"{sin['proporcion_cpu']:.1f} x CPU (mediana de los pares)")
        filas.append(f"{'con / sin señal de tono aprendida (TON020-024)':<48} "
                     f"{modelo['proporcion_reloj']:7.3f} x reloj (presupuesto 1,05 x)  "
                     f"{'OK' if modelo['proporcion_reloj'] <= 1.05 else 'SUPERA'}; "
                     f"{modelo['proporcion_cpu']:.3f} x CPU")
        filas.append(f"{'proporción con ortografía / pasada desnuda':<48} "
                     f"{con['proporcion_reloj']:7.1f} x reloj; {con['proporcion_cpu']:.1f} x CPU")
        # El presupuesto de un archivo (0,15 s) es absoluto y vale con la máquina libre; con
        # carga, la proporción con el arranque de Python (python -c pass) es la que se compara.
        filas.append(f"{'proporción un archivo / python -c pass':<48} "
                     f"{solo['proporcion_reloj']:7.1f} x reloj; {solo['proporcion_cpu']:.1f} x CPU "
                     f"(0,15 s con la máquina libre son ~4,4 x)")
        filas.append(f"{'CPU (usuario + sistema), mediana':<48} sin ortografía {sin['cpu']:.3f} s"
                     f" ({sin['usuario']:.3f} + {sin['sistema']:.3f}); con {con['cpu']:.3f} s; "
                     f"un archivo {solo['cpu']:.3f} s; pasada desnuda {sin['suelo_cpu']:.3f} s; "
                     f"python -c pass {solo['suelo_cpu']:.3f} s")
        memoria = max(pico_memoria_mb(sin_ort), pico_memoria_mb(con_ort))
        estado = "OK" if memoria <= PRESUPUESTOS["memoria"] else "SUPERA"
        filas.append(f"{'pico de memoria (RSS)':<48} {memoria:7.1f} MB  (presupuesto "
                     f"{PRESUPUESTOS['memoria']:.0f} MB)  {estado}")
        pares = []
        if not opciones.sin_pares:
            textlint = preparar_textlint()
            if textlint and _funciona([*textlint, *archivos[:3]]):
                t, _ = medir([*textlint, *archivos], opciones.repeticiones)
                pares.append(("textlint + prh", t))
            proselint = preparar_proselint(temporal)
            if proselint and _funciona([*proselint, *archivos[:3]]):
                t, _ = medir([*proselint, *archivos], max(3, opciones.repeticiones // 2))
                pares.append(("proselint", t))
        print(f"{'medida':<48} {'mediana':>9}")
        print("-" * 90)
        for f in filas:
            print(f)
        for nombre_par, t in pares:
            print(f"{nombre_par + ' (mismos 1.000 archivos)':<48} {t:7.3f} s  "
                  f"cobro sin ortografía es {t / t_sin:.1f}x más rápido; con ortografía {t / t_con:.1f}x")
        print(f"\nCPU: {os.cpu_count()} núcleos; Python {sys.version.split()[0]}; carga media "
              f"{os.getloadavg()[0]:.1f} al terminar")


if __name__ == "__main__":
    main()
