"""Estimación *estricta* por fuente de los elementos obligatorios: solo cuentan las formas que
otras fuentes apoyan.

    python benchmarks/validacion_elementos.py [--corpus DIR] [--pliegues 5] [--json]
                                              [--sin-apoyo] [--fallos ELEMENTO]

Lo mismo que ``validacion_estricta.py`` hace con las frases de tono, para los seis elementos
(importe, fecha_vencimiento, opciones_pago, contacto, referencia, remitente). Para cada mensaje
y elemento se anotan **todas** las formas que lo dan por presente (la *clave*): el marcador de
plantilla (una sola clave para todas las sintaxis), cada frase y cada expresión de la regla
(``patron#N``), cada expresión de conversación. Las entradas de ``desarrollo`` se reparten en
pliegues por fuente (el dominio o el ``owner/repo``, como en ``validacion_cruzada.py``); una
clave está *apoyada* en el pliegue *k* si acierta (da el elemento por presente en un mensaje
que de verdad lo lleva) en algún mensaje de **otro** pliegue. En el pliegue *k*, un elemento
cuenta como presente solo si lo da alguna clave apoyada; si solo lo dan claves de ese pliegue
(formas escritas, seguramente, mirando esa fuente), se trata como no encontrado.

La medida es la de ``precision.py`` (``faltante.X``: positivo = el elemento falta): P, R y F1 por
elemento y F1 macro, normal (todas las claves) y estricta. La estricta es una cota por abajo de
lo que cabe esperar con mensajes de fuentes nuevas: dice dónde la detección se apoya en formas
de una sola fuente.

``--sin-apoyo`` lista, por elemento, las claves que solo aciertan en un pliegue; ``--fallos E``
lista los mensajes de desarrollo en que la estricta falla para el elemento E.

Solo se cargan entradas ``parte: desarrollo``: la parte ``prueba`` no se lee nunca aquí.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import precision  # noqa: E402
import validacion_cruzada as vc  # noqa: E402

#: elemento -> (presente según el motor, claves que lo dan por presente), del último mensaje.
_REGISTRO: dict[str, tuple[bool, frozenset[str]]] = {}


def claves(comprobador: Any, ctx: Any) -> frozenset[str]:
    """Todas las formas (claves) que dan el elemento de ``comprobador`` por presente en ``ctx``:
    las mismas comprobaciones que ``TipoElementoRequerido.presente``, sin parar en la primera."""
    from generador.lint import tipos_regla

    encontradas: set[str] = set()
    # los marcadores son una sola forma: su sintaxis se reconoce por la forma y su elemento
    # por el vocabulario del nombre, no por frases de una fuente
    if ctx.modo == "plantilla" and ctx.tiene_marcador(comprobador.elemento):
        encontradas.add("marcador")
    if comprobador._excepto is not None and (
            comprobador._excepto_requiere is None or comprobador._excepto_requiere.en(ctx)):
        ctx = comprobador._sin_excepciones(ctx)
    una_a_una = comprobador.__dict__.setdefault(
        "_presencias_sueltas", [tipos_regla._Presencia([f.texto]) for f in comprobador.frases])
    encontradas.update(f"frase:{f.texto}" for f, p in zip(comprobador.frases, una_a_una,
                                                          strict=True) if p.en(ctx))
    for i in range(len(comprobador.patrones)):
        if tipos_regla._buscar(comprobador._compilar(i), ctx.tapado_sin_tildes) is not None:
            encontradas.add(f"patron#{i}")
    if ctx.canal in tipos_regla.CANALES_CONVERSACION:
        encontradas.update(f"conversacion#{i}" for i, p in enumerate(comprobador._conversacion)
                           if tipos_regla._buscar(p, ctx.tapado_sin_tildes) is not None)
    return frozenset(encontradas)


def _instrumentar() -> None:
    from generador.lint import tipos_regla

    original = tipos_regla.TipoElementoRequerido.presente

    def presente(self, ctx):
        resultado = original(self, ctx)
        if self.elemento in precision.ELEMENTOS:
            _REGISTRO[self.elemento] = (resultado, claves(self, ctx))
        return resultado

    tipos_regla.TipoElementoRequerido.presente = presente


def _datos(entradas: list[dict]) -> list[tuple[dict, dict[str, tuple[bool, bool, frozenset[str]]]]]:
    """(entrada, {elemento: (falta de verdad, predicho que falta, claves)}) de cada entrada
    juzgada para elementos, con los elementos que su canal y modo exigen."""
    from generador.lint import entrada as lector
    from generador.lint.cargar_reglas import cargar as cargar_reglas
    from generador.lint.configuracion import Configuracion
    from generador.lint.motor import Motor, Opciones

    reglas = cargar_reglas().reglas
    config = Configuracion()
    resultado = []
    with tempfile.TemporaryDirectory(prefix="cobro-elementos-") as carpeta:
        ruta = Path(carpeta) / "mensaje"
        for e in entradas:
            faltantes = (e.get("etiquetas") or {}).get("faltantes")
            if faltantes is None:
                continue
            canal = e.get("canal")
            canal = None if canal in (None, "", "desconocido") else str(canal)
            modo = "mensaje" if e.get("modo") == "mensaje" else "plantilla"
            ruta.write_text(str(e.get("texto") or ""), encoding="utf-8")
            doc = lector.leer(str(ruta))
            _REGISTRO.clear()
            motor = Motor(Opciones(canal=canal, mensaje=modo == "mensaje"))
            hallazgos, _ = motor.revisar_documento(doc, config, reglas)
            categorias = {h.categoria for h in hallazgos}
            exigidos = precision._exigidos(reglas, motor.contexto(doc, config).canal, modo)
            por_elemento = {}
            for elemento in precision.ELEMENTOS:
                if elemento not in exigidos:
                    continue
                predicho = f"faltante.{elemento}" in categorias
                presente, cl = _REGISTRO.get(elemento, (not predicho, frozenset()))
                if presente == predicho:  # el motor no llamó a presente() o no coincide
                    raise RuntimeError(f"{e.get('id')}: {elemento} sin registro coherente")
                if presente != bool(cl):
                    raise RuntimeError(f"{e.get('id')}: {elemento}: claves {sorted(cl)} "
                                       f"no reproducen presente={presente}")
                por_elemento[elemento] = (elemento in faltantes, predicho, cl)
            resultado.append((e, por_elemento))
    return resultado


def medir(datos, pliegues: int) -> dict[str, Any]:
    pliegue_de = [vc.pliegue(vc.grupo_fuente(str(e.get("fuente") or "")), pliegues)
                  for e, _ in datos]
    # en qué pliegues acierta cada clave: el elemento está y la clave lo encuentra
    aciertos: dict[tuple[str, str], set[int]] = defaultdict(set)
    for (_, por_elemento), k in zip(datos, pliegue_de, strict=True):
        for elemento, (falta, _, cl) in por_elemento.items():
            if not falta:
                for clave in cl:
                    aciertos[(elemento, clave)].add(k)
    normal = {el: precision.Cuenta() for el in precision.ELEMENTOS}
    estricta = {el: precision.Cuenta() for el in precision.ELEMENTOS}
    fallos: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (e, por_elemento), k in zip(datos, pliegue_de, strict=True):
        for elemento, (falta, predicho, cl) in por_elemento.items():
            normal[elemento].anotar(falta, predicho)
            apoyadas = sorted(c for c in cl if aciertos.get((elemento, c), set()) - {k})
            predicho_estricto = not apoyadas
            estricta[elemento].anotar(falta, predicho_estricto)
            if falta != predicho_estricto:
                fallos[elemento].append({"id": e.get("id"), "pliegue": k,
                                         "falta": falta, "claves": sorted(cl)})
    def macro(cuentas):
        return sum(c.f1_macro() for c in cuentas.values()) / len(cuentas)
    sin_apoyo = {el: sorted(c for (e2, c), ks in aciertos.items() if e2 == el and len(ks) == 1)
                 for el in precision.ELEMENTOS}
    return {"normal": normal, "estricta": estricta, "macro_normal": macro(normal),
            "macro_estricta": macro(estricta), "sin_apoyo": sin_apoyo, "fallos": fallos,
            "claves_con_acierto": {el: sum(1 for (e2, _) in aciertos if e2 == el)
                                   for el in precision.ELEMENTOS}}


def describir(clave: str, reglas_por_elemento: dict[str, Any], elemento: str) -> str:
    """La clave con el principio de su expresión, para leerla."""
    if clave.startswith(("patron#", "conversacion#")):
        i = int(clave.split("#", 1)[1])
        comprobador = reglas_por_elemento.get(elemento)
        if comprobador is not None:
            lista = (comprobador.patrones if clave.startswith("patron#")
                     else comprobador.patrones_conversacion)
            return f"{clave} {lista[i][:90]}"
    return clave


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--corpus", type=Path, default=RAIZ / "tests" / "corpus")
    argumentos.add_argument("--pliegues", type=int, default=5)
    argumentos.add_argument("--json", action="store_true")
    argumentos.add_argument("--sin-apoyo", action="store_true")
    argumentos.add_argument("--fallos", choices=precision.ELEMENTOS, action="append")
    opciones = argumentos.parse_args(argv)
    entradas = precision.cargar(opciones.corpus, "desarrollo")  # nunca «prueba»
    _instrumentar()
    datos = _datos(entradas)
    r = medir(datos, opciones.pliegues)
    if opciones.json:
        print(json.dumps({
            "normal": {el: c.como_dict() for el, c in r["normal"].items()},
            "estricta": {el: c.como_dict() for el, c in r["estricta"].items()},
            "macro_normal": r["macro_normal"], "macro_estricta": r["macro_estricta"],
            "sin_apoyo": r["sin_apoyo"]}, indent=2, ensure_ascii=False))
        return 0
    from generador.lint.cargar_reglas import cargar as cargar_reglas
    comprobadores = {r2.comprobador.elemento: r2.comprobador for r2 in cargar_reglas().reglas
                     if r2.tipo == "elemento_requerido"}
    num = precision._num
    print(f"{len(datos)} mensajes de desarrollo juzgados para elementos, {opciones.pliegues} "
          "pliegues por fuente")
    print(f"{'faltante.':<22} {'P':>5} {'R':>5} {'F1':>5} | {'P':>5} {'R':>5} {'F1':>5}  "
          "(normal | estricta)   claves: con acierto / de un solo pliegue")
    for el in precision.ELEMENTOS:
        n, s = r["normal"][el], r["estricta"][el]
        print(f"{el:<22} {num(n.precision)} {num(n.recall)} {num(n.f1)} | "
              f"{num(s.precision)} {num(s.recall)} {num(s.f1)}  "
              f"{r['claves_con_acierto'][el]:>4} / {len(r['sin_apoyo'][el])}")
    print(f"{'F1 macro':<22} {'':>11} {r['macro_normal']:5.2f} | {'':>11} "
          f"{r['macro_estricta']:5.2f}")
    if opciones.sin_apoyo:
        for el, lista in r["sin_apoyo"].items():
            for clave in lista:
                print(f"  {el}: {describir(clave, comprobadores, el)}")
    for el in opciones.fallos or ():
        for f in r["fallos"].get(el, []):
            print(json.dumps(f, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
