"""Precisión del linter sobre el corpus de mensajes reales (``tests/corpus``).

    python benchmarks/precision.py [--corpus DIR] [--parte desarrollo|prueba|ambas] [--ronda N] [--json]

Cada entrada del corpus (formato en ``tests/corpus/LEEME.md``) se revisa con el motor del
linter, en el mismo proceso y como lo haría ``cobro lint``:

- modo ``mensaje`` (``--mensaje``) si la entrada es ``modo: mensaje``; plantilla si no;
- el canal de la entrada (``desconocido`` -> sin canal); etapa y tipo desconocidos.

Definiciones (fijas; el umbral de ``tests/corpus/umbrales.yml`` se compara con ellas):

- **tono, binario por mensaje**: positivo real = la entrada tiene alguna etiqueta ``tono.*``;
  positivo predicho = algún hallazgo cuya ``categoria`` empieza por ``tono.``. Precisión,
  exhaustividad (recall) y F1 sobre todos los mensajes de la parte.
- **tono, por categoría**: para cada categoría ``tono.X``, positivo real = la etiqueta está;
  predicho = algún hallazgo de esa categoría exacta.
- **elementos**: solo entradas con ``faltantes`` distinto de ``null``. Para cada elemento
  (importe, fecha_vencimiento, opciones_pago, contacto, referencia, remitente) que el canal
  exige (la regla ``faltante.<elemento>`` se aplica a ese canal y modo), positivo real = el
  elemento está en ``faltantes``; predicho = algún hallazgo ``faltante.<elemento>``.
  P/R/F1 por elemento y F1 macro (media de los F1 de los seis elementos).

**prueba sin proyectos compartidos**: además de la parte ``prueba`` entera se informa la
misma medida sobre las entradas de ``prueba`` cuyo *proyecto* no aparece en ninguna entrada de
``desarrollo`` (:func:`proyecto`: ``owner/repo`` para código, el dominio para páginas web).
Es la cifra más honrada: dos plantillas del mismo programa o dos notas del mismo diario se
parecen aunque vengan de archivos o páginas distintos.

Con P, R o F1 sin casos (0/0) se informa ``-`` y, para la media macro, el F1 vale 1 si no
hubo ni positivos reales ni predichos (nada que acertar ni que fallar), 0 si no.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))

ELEMENTOS = ("importe", "fecha_vencimiento", "opciones_pago", "contacto", "referencia", "remitente")
CATEGORIAS_TONO = (
    "tono.amenaza", "tono.agresivo", "tono.humillacion", "tono.terceros", "tono.falso_legal",
    "tono.consecuencia_prematura",
)
PARTES = ("desarrollo", "prueba")
NOMBRE_SIN_COMPARTIDOS = "prueba sin proyectos compartidos"


@dataclass
class Cuenta:
    """Verdaderos positivos, falsos positivos y falsos negativos de una medida."""

    vp: int = 0
    fp: int = 0
    fn: int = 0
    vn: int = 0

    def anotar(self, real: bool, predicho: bool) -> None:
        if real and predicho:
            self.vp += 1
        elif predicho:
            self.fp += 1
        elif real:
            self.fn += 1
        else:
            self.vn += 1

    @property
    def precision(self) -> float | None:
        return self.vp / (self.vp + self.fp) if self.vp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.vp / (self.vp + self.fn) if self.vp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def f1_macro(self) -> float:
        """F1 para la media macro: 1 si no hubo nada que acertar ni se predijo nada."""
        if self.vp + self.fp + self.fn == 0:
            return 1.0
        return self.f1 or 0.0

    def como_dict(self) -> dict[str, Any]:
        return {"vp": self.vp, "fp": self.fp, "fn": self.fn, "vn": self.vn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Resultado:
    """Las medidas de una parte del corpus."""

    mensajes: int = 0
    tono: Cuenta = field(default_factory=Cuenta)
    por_categoria: dict[str, Cuenta] = field(
        default_factory=lambda: {c: Cuenta() for c in CATEGORIAS_TONO})
    elementos: dict[str, Cuenta] = field(default_factory=lambda: {e: Cuenta() for e in ELEMENTOS})
    con_elementos: int = 0
    errores: list[tuple[str, str]] = field(default_factory=list)  # (id, qué falló)
    fallos: list[dict[str, Any]] = field(default_factory=list)  # detalle por entrada

    @property
    def f1_macro_elementos(self) -> float:
        return sum(c.f1_macro() for c in self.elementos.values()) / len(self.elementos)

    def como_dict(self) -> dict[str, Any]:
        return {
            "mensajes": self.mensajes,
            "tono": self.tono.como_dict(),
            "tono_por_categoria": {c: v.como_dict() for c, v in self.por_categoria.items()},
            "elementos": {e: v.como_dict() for e, v in self.elementos.items()},
            "elementos_mensajes": self.con_elementos,
            "elementos_f1_macro": self.f1_macro_elementos,
        }


def cargar(carpeta: Path, parte: str) -> list[dict[str, Any]]:
    """Entradas del corpus de la ``parte`` pedida (``ambas`` = las dos).

    Se filtra antes de hacer nada más con ellas: quien ajusta reglas pide ``desarrollo``
    y nunca ve las de ``prueba``.
    """
    import yaml

    partes = PARTES if parte == "ambas" else (parte,)
    resultado: list[dict[str, Any]] = []
    cargador = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for archivo in sorted(carpeta.glob("*.yml")):
        if archivo.name == "umbrales.yml":
            continue
        datos = yaml.load(archivo.read_text(encoding="utf-8"), Loader=cargador) or []
        if not isinstance(datos, list):
            continue
        resultado.extend(e for e in datos if isinstance(e, dict) and e.get("parte") in partes)
    return resultado


def proyecto(fuente: str) -> str:
    """El proyecto de una fuente: ``owner/repo`` si es código, el dominio si es una URL.

    Las URL pierden el esquema, el puerto y un ``www.``, ``m.`` o ``amp.`` inicial (la misma
    web servida en móvil o AMP); el código, la ruta y el commit (``owner/repo:ruta@commit``).
    """
    from urllib.parse import urlsplit

    fuente = str(fuente or "").strip()
    if "://" in fuente:
        dominio = (urlsplit(fuente).hostname or "").lower()
        for prefijo in ("www.", "m.", "amp."):
            if dominio.startswith(prefijo):
                dominio = dominio[len(prefijo):]
                break
        return dominio
    return fuente.split(":", 1)[0].split("@", 1)[0].strip().lower()


def sin_proyectos_compartidos(prueba: list[dict[str, Any]],
                              desarrollo: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Las entradas de ``prueba`` cuyo proyecto no aparece en ninguna de ``desarrollo``."""
    vistos = {proyecto(e.get("fuente", "")) for e in desarrollo}
    return [e for e in prueba if proyecto(e.get("fuente", "")) not in vistos]


def _fuentes_desarrollo(carpeta: Path) -> list[dict[str, Any]]:
    """Solo la fuente de cada entrada de ``desarrollo`` (para saber qué proyectos se vieron)."""
    return [{"fuente": e.get("fuente", "")} for e in cargar(carpeta, "desarrollo")]


def _exigidos(reglas: list[Any], canal: str | None, modo: str) -> set[str]:
    """Elementos cuya regla ``faltante.<elemento>`` se aplica a este canal y modo."""
    from generador.lint.contexto import Contexto

    ctx = Contexto(texto="", marcadores=[], canal=canal, modo=modo)
    return {
        r.categoria.split(".", 1)[1] for r in reglas
        if r.categoria.startswith("faltante.") and r.categoria.split(".", 1)[1] in ELEMENTOS
        and r.aplica(ctx)
    }


def evaluar(entradas: list[dict[str, Any]], detalle: bool = False) -> Resultado:
    """Revisa cada entrada y cuenta aciertos y fallos según las definiciones del módulo.

    Cada texto se lee como lo leería ``cobro lint -`` (entrada estándar): si parece HTML se
    le quitan las etiquetas; un «Asunto:» en la primera línea es el asunto.
    """
    import tempfile

    from generador.lint import entrada as lector
    from generador.lint.cargar_reglas import cargar as cargar_reglas
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, Opciones

    reglas = cargar_reglas().reglas
    config = Configuracion()
    resultado = Resultado()
    with tempfile.TemporaryDirectory(prefix="cobro-precision-") as carpeta:
        ruta = Path(carpeta) / "mensaje"
        for entrada in entradas:
            _evaluar_una(entrada, ruta, lector, Motor, Opciones, config, reglas, resultado, detalle)
    return resultado


def _evaluar_una(entrada, ruta, lector, Motor, Opciones, config, reglas, resultado, detalle):
    texto = str(entrada.get("texto") or "")
    etiquetas = entrada.get("etiquetas") or {}
    canal = entrada.get("canal")
    canal = None if canal in (None, "", "desconocido") else str(canal)
    modo = "mensaje" if entrada.get("modo") == "mensaje" else "plantilla"
    try:
        ruta.write_text(texto, encoding="utf-8")
        doc = lector.leer(str(ruta))
        motor = Motor(Opciones(canal=canal, mensaje=modo == "mensaje"))
        hallazgos, _ = motor.revisar_documento(doc, config, reglas)
        canal = motor.contexto(doc, config).canal
    except Exception as exc:  # una entrada rota no para la medida: se informa
        resultado.errores.append((str(entrada.get("id")), f"{type(exc).__name__}: {exc}"))
        return
    resultado.mensajes += 1
    categorias = {h.categoria for h in hallazgos}
    tono_real = set(etiquetas.get("tono") or [])
    tono_pred = {c for c in categorias if c.startswith("tono.")}
    resultado.tono.anotar(bool(tono_real), bool(tono_pred))
    for categoria, cuenta in resultado.por_categoria.items():
        cuenta.anotar(categoria in tono_real,
                      any(c == categoria or c.startswith(categoria + ".") for c in tono_pred))
    fallo: dict[str, Any] = {}
    if bool(tono_real) != bool(tono_pred):
        fallo["tono"] = {"real": sorted(tono_real), "predicho": sorted(tono_pred)}
    faltantes = etiquetas.get("faltantes")
    if faltantes is not None:
        resultado.con_elementos += 1
        exigidos = _exigidos(reglas, canal, modo)
        for elemento in ELEMENTOS:
            if elemento not in exigidos:
                continue
            real = elemento in faltantes
            predicho = f"faltante.{elemento}" in categorias
            resultado.elementos[elemento].anotar(real, predicho)
            if real != predicho:
                fallo.setdefault("elementos", []).append(
                    f"{elemento}: {'falta' if real else 'está'} y se predijo "
                    f"{'falta' if predicho else 'está'}")
    if detalle and fallo:
        fallo["id"] = entrada.get("id")
        fallo["hallazgos"] = [f"{h.regla} {h.categoria} '{h.texto}'" for h in hallazgos
                              if h.categoria.startswith(("tono.", "faltante."))]
        resultado.fallos.append(fallo)



def _num(valor: float | None) -> str:
    return "    -" if valor is None else f"{valor:5.2f}"


def informe(nombre: str, r: Resultado) -> str:
    lineas = [f"== {nombre}: {r.mensajes} mensajes ({r.con_elementos} con elementos juzgados)"]
    lineas.append(f"{'medida':<34} {'P':>5} {'R':>5} {'F1':>5}   vp  fp  fn")
    def fila(etiqueta: str, c: Cuenta) -> str:
        return (f"{etiqueta:<34} {_num(c.precision)} {_num(c.recall)} {_num(c.f1)}  "
                f"{c.vp:3d} {c.fp:3d} {c.fn:3d}")
    lineas.append(fila("tono (binario)", r.tono))
    for categoria, cuenta in r.por_categoria.items():
        lineas.append(fila(f"  {categoria}", cuenta))
    for elemento, cuenta in r.elementos.items():
        lineas.append(fila(f"faltante.{elemento}", cuenta))
    lineas.append(f"{'elementos: F1 macro':<34} {r.f1_macro_elementos:17.2f}")
    for ident, error in r.errores:
        lineas.append(f"ERROR en {ident}: {error}")
    return "\n".join(lineas)


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--corpus", type=Path, default=RAIZ / "tests" / "corpus")
    argumentos.add_argument("--parte", choices=(*PARTES, "ambas"), default="desarrollo")
    argumentos.add_argument("--json", action="store_true", help="Resultados en JSON.")
    argumentos.add_argument("--fallos", action="store_true",
                            help="Lista las entradas mal juzgadas (solo de la parte pedida).")
    argumentos.add_argument("--ronda", type=int, action="append", default=None,
                            help="Solo las entradas de esa ronda (se puede repetir): mide una "
                                 "tanda de datos nuevos antes y después de un cambio.")
    opciones = argumentos.parse_args(argv)
    if not opciones.corpus.is_dir():
        print(f"no existe la carpeta del corpus: {opciones.corpus}", file=sys.stderr)
        return 2
    partes = PARTES if opciones.parte == "ambas" else (opciones.parte,)
    resultados = {}
    rondas = set(opciones.ronda or ())

    def de_la_ronda(entradas: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [e for e in entradas if not rondas or e.get("ronda") in rondas]

    for parte in partes:
        resultados[parte] = evaluar(de_la_ronda(cargar(opciones.corpus, parte)),
                                    detalle=opciones.fallos)
    if "prueba" in partes:
        solas = sin_proyectos_compartidos(de_la_ronda(cargar(opciones.corpus, "prueba")),
                                          _fuentes_desarrollo(opciones.corpus))
        resultados[NOMBRE_SIN_COMPARTIDOS] = evaluar(solas, detalle=opciones.fallos)
    if opciones.json:
        print(json.dumps({p: r.como_dict() for p, r in resultados.items()}, indent=2,
                         ensure_ascii=False))
    else:
        for parte, r in resultados.items():
            print(informe(parte, r))
            for fallo in r.fallos:
                print(json.dumps(fallo, ensure_ascii=False))
            print()
    return 1 if any(r.errores for r in resultados.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
