"""Correcciones automáticas de ``cobro lint --corregir`` (y de las acciones del editor).

Cada regla dice en su YAML si se corrige y cómo (``correccion: {tipo, segura}``); aquí
hay una función por *tipo* de corrección, nunca por frase ni por regla:

- ``mayusculas``: pasa a minúsculas las palabras del tramo (salvo siglas) y conserva la
  mayúscula inicial de una oración;
- ``exclamaciones``: deja un solo signo donde había varios (``!!!`` -> ``!``);
- ``gsm7``: cambia la puntuación tipográfica que obliga a enviar el SMS en UCS-2 por su
  equivalente GSM-7 (``…`` -> ``...``, comillas curvas -> rectas); nunca quita tildes,
  porque la palabra quedaría mal escrita;
- ``sustitucion``: cambia el tramo por la única sugerencia del hallazgo;
- ``reescritura``: cambia la oración entera por la primera sugerencia de la regla en el
  registro del mensaje (tú o usted). Puede cambiar el sentido: solo con
  ``--corregir-inseguro``.

Garantías: ninguna corrección toca un marcador, el front matter, un comentario ni un
tramo que no sale tal cual del archivo (entidades HTML, partes codificadas de un .eml);
después de corregir se vuelve a revisar y se descarta toda corrección que añada un
hallazgo nuevo.
"""

from __future__ import annotations

import bisect
import difflib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import regex

from generador.lint import entrada
from generador.lint.contexto import Contexto
from generador.lint.documento import Documento
from generador.lint.informe import Hallazgo
from generador.lint.oraciones import FIN_CORREGIR, cierra_en
from generador.lint.regla import Regla

SEGURAS = "seguras"
INSEGURAS = "inseguras"


@dataclass(frozen=True)
class Edicion:
    """Cambiar ``fuente[inicio:fin]`` por ``nuevo``; la propone el hallazgo de ``regla``."""

    inicio: int
    fin: int
    nuevo: str
    regla: str
    segura: bool
    titulo: str = ""


@dataclass
class Resultado:
    """Lo que queda de un documento tras corregirlo (o al ver qué se corregiría)."""

    ruta: str
    original: str
    corregido: str
    aplicadas: list[Edicion] = field(default_factory=list)
    hallazgos: list[Hallazgo] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)
    descartadas: int = 0

    @property
    def cambia(self) -> bool:
        return self.corregido != self.original

    def diff(self) -> str:
        """Diferencias en formato unificado (``a/ruta`` -> ``b/ruta``)."""
        return "".join(difflib.unified_diff(
            self.original.splitlines(keepends=True), self.corregido.splitlines(keepends=True),
            f"a/{self.ruta}", f"b/{self.ruta}",
        ))


# -- cada tipo de corrección: tramos del texto revisado -> (inicio, fin, nuevo) ----------

_PALABRA = regex.compile(r"\w+")


def _empieza_oracion(texto: str, i: int) -> bool:
    """Si en ``i`` empieza una oración: tras un salto de línea o tras «. », «! », «: »..."""
    if texto[i - 1] in "\r\n":
        return True
    return texto[i - 1] in " \t" and i >= 2 and (texto[i - 2] == ":" or cierra_en(texto, i - 2))
_APERTURA = "¡¿\"'«(“‘"


def _inicio_de_oracion(texto: str, posicion: int) -> bool:
    """Si ``posicion`` va en mayúscula al pasar a minúsculas: empieza una oración (nada antes
    salvo signos de apertura y espacios) o sigue a una abreviatura («SRA. GARCÍA» pasa a
    «Sra. García»: lo que sigue a un tratamiento suele ser un nombre propio)."""
    i = posicion - 1
    while i >= 0 and (texto[i] in _APERTURA or texto[i] in " \t"):
        i -= 1
    return i < 0 or texto[i] in ".!?…\r\n:"


def _mayusculas(texto: str, h: Hallazgo, regla: Regla, ctx: Contexto) -> list[tuple[int, int, str]]:
    parametros = getattr(regla.comprobador, "parametros", {}) or {}
    from generador.lint.metricas import SIGLAS

    siglas = {s.upper() for s in parametros.get("excepto", SIGLAS)}
    resultado = []
    for m in _PALABRA.finditer(texto, h.inicio, h.fin):
        palabra = m.group()
        if palabra.upper() in siglas or not palabra.isupper():
            continue
        nueva = palabra.lower()
        if _inicio_de_oracion(texto, m.start()):
            nueva = nueva[0].upper() + nueva[1:]
        resultado.append((m.start(), m.end(), nueva))
    return resultado


def _exclamaciones(texto: str, h: Hallazgo, regla: Regla, ctx: Contexto) -> list[tuple[int, int, str]]:
    tramo = texto[h.inicio:h.fin]
    if len(tramo) < 2 or set(tramo) - set("!¡"):
        return []
    return [(h.inicio, h.fin, tramo[0])]


def _sustituciones_gsm7() -> dict[str, str]:
    """Puntuación tipográfica -> GSM-7; las letras (º, ª, tildes) no: cambiarían la palabra."""
    from generador.sms import _SUSTITUCIONES, septetos

    return {c: r for c, r in _SUSTITUCIONES.items()
            if not any(x.isalpha() for x in r) and all(septetos(x) for x in r)}


def _gsm7(texto: str, h: Hallazgo, regla: Regla, ctx: Contexto) -> list[tuple[int, int, str]]:
    tabla = _sustituciones_gsm7()
    return [(i, i + 1, tabla[c]) for i in range(ctx.inicio_cuerpo, len(texto))
            if (c := texto[i]) in tabla]


def _sustitucion(texto: str, h: Hallazgo, regla: Regla, ctx: Contexto) -> list[tuple[int, int, str]]:
    if len(h.sugerencias) != 1 or h.fin <= h.inicio:
        return []
    nuevo = h.sugerencias[0]
    original = texto[h.inicio:h.fin]
    if original[:1].isupper() and nuevo[:1].islower():
        nuevo = nuevo[0].upper() + nuevo[1:]
    return [(h.inicio, h.fin, nuevo)]


def _reescritura(texto: str, h: Hallazgo, regla: Regla, ctx: Contexto) -> list[tuple[int, int, str]]:
    if isinstance(regla.sugerencias, dict) and ctx.registro_efectivo is None:
        return []  # sin saber si el mensaje trata de tú o de usted, no se elige por el autor
    sugerencias = h.sugerencias or regla.sugerencias_para(ctx.registro_efectivo)
    if not sugerencias or h.fin <= h.inicio:
        return []
    inicio = h.inicio
    while inicio > ctx.inicio_cuerpo and not _empieza_oracion(texto, inicio):
        inicio -= 1
    while inicio < h.inicio and texto[inicio] in " \t":
        inicio += 1
    fin_linea = texto.find("\n", h.fin)
    fin_linea = len(texto) if fin_linea < 0 else fin_linea
    m = FIN_CORREGIR.search(texto, h.fin, fin_linea)
    fin = fin_linea if m is None else m.end()
    nuevo = sugerencias[0].strip()
    previo = texto[ctx.inicio_cuerpo:inicio].rstrip(" \t")
    if previo.endswith((":", ",", ";")) and nuevo[1:2].islower():
        nuevo = nuevo[0].lower() + nuevo[1:]  # sigue a «Hola, Ana:» en la misma línea
    if m is None and nuevo.endswith(".") and texto[inicio:fin].rstrip()[-1:] not in ".!?…":
        nuevo = nuevo[:-1]  # la oración no terminaba en punto (un encabezado, una línea suelta)
    return [(inicio, fin, nuevo)]


CORRECTORES = {
    "mayusculas": _mayusculas,
    "exclamaciones": _exclamaciones,
    "gsm7": _gsm7,
    "sustitucion": _sustitucion,
    "reescritura": _reescritura,
}

_TITULOS = {
    "mayusculas": "Pasar a minúsculas",
    "exclamaciones": "Dejar un solo signo",
    "gsm7": "Usar la puntuación GSM-7",
    "sustitucion": "Sustituir por «{nuevo}»",
    "reescritura": "Reescribir la oración (revisa el sentido)",
}


# -- del texto revisado a la fuente ------------------------------------------------------

def _a_fuente(doc: Documento, inicio: int, fin: int) -> tuple[int, int] | None:
    """Tramo de la fuente que es, carácter a carácter, ``doc.texto[inicio:fin]``; o None."""
    if fin <= inicio or inicio < doc.inicio_cuerpo or not doc.tramos:
        return None
    i = max(0, bisect.bisect_right([t.t_ini for t in doc.tramos], inicio) - 1)
    tramo = doc.tramos[i]
    if not tramo.exacto or not (tramo.t_ini <= inicio and fin <= tramo.t_fin):
        return None
    f_ini = tramo.f_ini + inicio - tramo.t_ini
    f_fin = f_ini + (fin - inicio)
    if doc.fuente[f_ini:f_fin] != doc.texto[inicio:fin]:
        return None
    return f_ini, f_fin


def _toca_marcador(ctx: Contexto, inicio: int, fin: int) -> bool:
    return any(m.inicio < fin and inicio < m.fin for m in ctx.marcadores)


def ediciones(
    doc: Documento, ctx: Contexto, hallazgos: list[Hallazgo], reglas: dict[str, Regla],
    inseguras: bool = False,
) -> list[Edicion]:
    """Las correcciones que proponen ``hallazgos`` (solo seguras, salvo ``inseguras``)."""
    resultado: list[Edicion] = []
    vistos: set[tuple[int, int]] = set()
    reescritas: set[tuple[str, str]] = set()
    for h in hallazgos:
        regla = reglas.get(h.regla)
        if regla is None or not regla.correccion.corrige:
            continue
        if not regla.correccion.segura and not inseguras:
            continue
        corrector = CORRECTORES.get(regla.correccion.tipo)
        if corrector is None:
            continue
        for inicio, fin, nuevo in corrector(doc.texto, h, regla, ctx):
            if (inicio, fin) in vistos or _toca_marcador(ctx, inicio, fin):
                continue
            vistos.add((inicio, fin))
            if regla.correccion.tipo == "reescritura":
                if (regla.codigo, nuevo) in reescritas:
                    # la misma alternativa ya sustituye otra oración: esta sobra
                    nuevo = ""
                    while inicio > 0 and doc.texto[inicio - 1] in " \t":
                        inicio -= 1
                reescritas.add((regla.codigo, nuevo))
            if ctx.texto[inicio:fin] != doc.texto[inicio:fin]:
                continue  # dentro de un comentario (tapado en el contexto)
            tramo = _a_fuente(doc, inicio, fin)
            if tramo is None or doc.fuente[tramo[0]:tramo[1]] == nuevo:
                continue
            titulo = _TITULOS[regla.correccion.tipo].format(nuevo=nuevo)
            resultado.append(Edicion(*tramo, nuevo, regla.codigo, regla.correccion.segura, titulo))
    return resultado


def aplicar(fuente: str, cambios: list[Edicion]) -> tuple[str, list[Edicion]]:
    """Aplica las ediciones que no se solapan (gana la primera); devuelve texto y aplicadas."""
    aplicadas: list[Edicion] = []
    for e in sorted(cambios, key=lambda e: (e.inicio, e.fin)):
        if aplicadas and e.inicio < aplicadas[-1].fin:
            continue
        aplicadas.append(e)
    partes, anterior = [], 0
    for e in aplicadas:
        partes.append(fuente[anterior:e.inicio])
        partes.append(e.nuevo)
        anterior = e.fin
    partes.append(fuente[anterior:])
    return "".join(partes), aplicadas


# -- un documento entero -------------------------------------------------------------------

def _extension(ruta: str) -> str:
    return "" if ruta.startswith("<") else Path(ruta).suffix.lower()


def _cuentas(hallazgos: list[Hallazgo]) -> Counter[str]:
    return Counter(h.regla for h in hallazgos)


def _aumenta(antes: Counter[str], despues: Counter[str]) -> bool:
    return any(n > antes.get(regla, 0) for regla, n in despues.items())


def corregir_documento(
    motor, doc: Documento, config, inseguras: bool = False, solo: set[str] | None = None,
) -> Resultado:
    """Corrige ``doc`` en memoria y lo vuelve a revisar; nada se escribe aquí.

    ``solo``: aplica solo las correcciones de estas reglas (se revisa con todas).
    Si el conjunto de correcciones añade algún hallazgo (p. ej. una reescritura que mete un
    marcador en un mensaje final), se prueban una a una y solo se quedan las inocuas.
    """
    reglas = motor.activas(config)
    ctx = motor.contexto(doc, config)
    hallazgos, avisos = motor.revisar_documento(doc, config, reglas, ctx)
    resultado = Resultado(doc.ruta, doc.fuente, doc.fuente, [], hallazgos, avisos)
    corregibles = {r.codigo: r for r in reglas if solo is None or r.codigo in solo}
    propuestas = ediciones(doc, ctx, hallazgos, corregibles, inseguras)
    if propuestas and _extension(doc.ruta) == ".eml":
        # Un .eml no se reescribe (sus partes pueden ir codificadas), pero quien pidió
        # --corregir ve hallazgos corregibles: decir por qué no se tocan, no «nada que corregir».
        n = len(propuestas)
        resultado.avisos = [*avisos, f"{doc.ruta}: los .eml no se corrigen automáticamente "
                            f"({n} correcci{'ones' if n != 1 else 'ón'} posible{'s' if n != 1 else ''}); "
                            "corrige el mensaje en su origen (o en un .txt, .md o .html) y "
                            "vuelve a exportarlo"]
        return resultado
    if not propuestas:
        return resultado
    antes = _cuentas(hallazgos)

    def probar(cambios: list[Edicion]) -> tuple[str, list[Edicion], list[Hallazgo], list[str]]:
        texto, aplicadas = aplicar(doc.fuente, cambios)
        nuevo = entrada.desde_fuente(doc.ruta, texto, _extension(doc.ruta))
        despues, avisos_nuevos = motor.revisar_documento(nuevo, config, reglas)
        return texto, aplicadas, despues, avisos_nuevos

    texto, aplicadas, despues, avisos = probar(propuestas)
    sin_solapes = len(aplicadas)
    if _aumenta(antes, _cuentas(despues)):
        buenas: list[Edicion] = []
        texto, aplicadas, despues = doc.fuente, [], hallazgos
        for e in sorted(propuestas, key=lambda e: (e.inicio, e.fin)):
            if buenas and e.inicio < buenas[-1].fin:
                continue
            t, a, d, av = probar([*buenas, e])
            if not _aumenta(antes, _cuentas(d)):
                buenas.append(e)
                texto, aplicadas, despues, avisos = t, a, d, av
    resultado.corregido = texto
    resultado.aplicadas = aplicadas
    resultado.hallazgos = despues
    resultado.avisos = avisos
    resultado.descartadas = sin_solapes - len(aplicadas)
    return resultado


# -- escribir conservando codificación y finales de línea ----------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def codificar_como(original: bytes, texto: str) -> bytes:
    """``texto`` en la codificación de ``original`` (con su BOM si lo llevaba)."""
    for bom, codificacion in _BOMS:
        if original.startswith(bom):
            return bom + texto.encode(codificacion)
    return texto.encode("utf-8")


def escribir(resultado: Resultado) -> None:
    """Escribe el archivo corregido de forma atómica, si no cambió desde que se leyó."""
    from generador.errores import ErrorCobro
    from generador.escribir import reemplazar_archivo

    ruta = resultado.ruta
    try:
        original = Path(ruta).read_bytes()
        if entrada.decodificar(ruta, original) != resultado.original:
            raise entrada.ErrorEntrada(ruta, "el archivo cambió mientras se revisaba y no se ha "
                                       "corregido; vuelve a ejecutar cobro lint --corregir")
        reemplazar_archivo(Path(ruta), codificar_como(original, resultado.corregido))
    except ErrorCobro as exc:
        raise entrada.ErrorEntrada(ruta, str(exc)) from None
    except OSError as exc:
        raise entrada.ErrorEntrada(ruta, f"no se puede escribir la corrección "
                                   f"({exc.strerror or exc}); el archivo queda como estaba") from None


def se_puede_escribir(ruta: str) -> bool:
    return ruta != entrada.STDIN and not ruta.startswith("<") and os.path.isfile(ruta)
