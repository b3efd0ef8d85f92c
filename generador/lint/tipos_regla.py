"""Las clases de regla (``tipo:`` en YAML): cómo se aplica cada una a un mensaje.

La mayoría de las reglas son datos para una de estas clases genéricas:

- ``frases``: lista de frases con familias de palabras (tono, presión, terceros...);
- ``patron``: expresiones regulares propias, con tiempo máximo;
- ``elemento_requerido``: el mensaje debe llevar un elemento (o su marcador);
- ``metrica`` y ``comprobacion``: funciones de :mod:`generador.lint.metricas`;
- ``ortografia`` y ``gramatica``: revisores externos.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from time import perf_counter
from typing import Any

import regex

from generador.errores import ErrorCobro
from generador.lint import frases as frases_mod
from generador.lint import limite_regex
from generador.lint.busqueda_frases import Requisitos
from generador.lint.busqueda_frases import buscar as buscar_desde_inicio
from generador.lint.busqueda_frases import requisitos as requisitos_de_frase
from generador.lint.contexto import Contexto, Deteccion
from generador.lint.existencia import para_existencia
from generador.lint.limite_regex import sin_limite
from generador.lint.literales import Requisito, requisito
from generador.lint.marcos import (
    FraseLema,
    anulada,
    buscar_lema,
    compilar_lema,
    fichas_de,
    palabras_normalizadas,
)
from generador.lint.oraciones import FIN

TIEMPO_MAX_PATRON = 0.5


class PatronLento(Exception):
    """Una expresión regular de una regla superó su tiempo máximo."""


@dataclass
class Frase:
    """Una frase de una lista, con su sugerencia propia si la tiene."""

    texto: str
    sugerencia: str | None = None
    #: Contexto que la oración de la coincidencia **debe** tener (alguna de estas frases, antes
    #: o después): lo contrario de ``excepto_oracion``, para una sola frase de la regla
    #: («evitar+ ... reporte» solo con una urgencia inmediata: «pagando hoy»).
    requiere_oracion: tuple[str, ...] = ()
    #: Contexto que, en la oración de la coincidencia, anula **esta** frase (la salida que
    #: ofrece el aviso legítimo: «comuníquese para un acuerdo y evite un proceso judicial»).
    excepto_oracion: tuple[str, ...] = ()
    #: Contexto que, en **cualquier parte del mensaje**, anula esta frase: la etapa que el
    #: propio mensaje declara («intimación», «requerimiento formal», «cobro prejurídico»).
    excepto_mensaje: tuple[str, ...] = ()


class _Diferido:
    """Un valor guardado con ``pickle`` dentro de la caché de reglas y leído solo cuando
    hace falta (:meth:`cargar`)."""

    __slots__ = ("datos",)

    def __init__(self, datos: bytes) -> None:
        self.datos = datos

    @classmethod
    def de(cls, valor: Any) -> _Diferido:
        import pickle

        return cls(pickle.dumps(valor, protocol=pickle.HIGHEST_PROTOCOL))

    def cargar(self) -> Any:
        import pickle

        return pickle.loads(self.datos)

    @classmethod
    def de_elementos(cls, valores: list[Any]) -> _Diferido:
        """Una lista con cada elemento guardado aparte (``None`` tal cual): al cargarla, los
        elementos siguen siendo ``bytes`` hasta que :func:`_elemento` lee el que haga falta."""
        import pickle

        return cls.de([v if v is None or type(v) is bytes
                       else pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for v in valores])

    def __getstate__(self) -> bytes:
        return self.datos

    def __setstate__(self, datos: bytes) -> None:
        self.datos = datos


def _elemento(lista: list[Any], k: int) -> Any:
    """``lista[k]`` de una lista de :meth:`_Diferido.de_elementos`, leído la primera vez que
    se pide: de las decenas de frases de una regla, un lote de mensajes usa unas pocas."""
    valor = lista[k]
    if type(valor) is bytes:
        import pickle

        valor = lista[k] = pickle.loads(valor)
    return valor


#: Claves de contexto de una frase (en este orden, los campos de :class:`Frase`).
CONTEXTOS_FRASE = ("requiere_oracion", "excepto_oracion", "excepto_mensaje")


def _frases_de(datos: Any) -> list[Frase]:
    resultado = []
    for entrada in datos or []:
        if isinstance(entrada, dict):
            resultado.append(Frase(
                str(entrada.get("frase", "")), entrada.get("sugerencia"),
                *(tuple(str(f) for f in entrada.get(clave) or ()) for clave in CONTEXTOS_FRASE)))
        else:
            resultado.append(Frase(str(entrada)))
    return resultado


def _anclas(textos: list[str]) -> frases_mod.Anclas:
    """Las anclas de ``textos`` (:func:`generador.lint.frases.anclas`); si alguna frase no
    tiene palabra que sirva de ancla, una que no descarta nada."""
    try:
        return frases_mod.anclas(textos)
    except ValueError:
        return frases_mod.Anclas(frozenset(), {}, True)


def _tramos(patron: regex.Pattern[str] | None, texto: str) -> list[tuple[int, int]]:
    return [m.span() for m in patron.finditer(texto, concurrent=False)] if patron is not None else []


def _dentro(inicio: int, fin: int, tramos: list[tuple[int, int]], contiene: bool = False) -> bool:
    """Si algún tramo contiene ``[inicio, fin)`` (o, con ``contiene``, cabe dentro de él)."""
    if contiene:
        return any(inicio <= a and b <= fin for a, b in tramos)
    return any(a <= inicio and fin <= b for a, b in tramos)


def _oracion(texto: str, inicio: int, fin: int) -> tuple[int, int]:
    """Los límites de la oración que contiene ``texto[inicio:fin]`` (la acaban, como en
    ``excepto_oraciones``, «.», «!», «?» o «;» ante un espacio, y el salto de línea)."""
    desde = max(0, inicio - 600)
    cortes = [m.end() for m in FIN.finditer(texto, desde, inicio)]
    comienzo = cortes[-1] if cortes else desde
    siguiente = FIN.search(texto, fin, min(len(texto), fin + 600))
    return comienzo, siguiente.start() if siguiente else min(len(texto), fin + 600)


#: Atributos de :class:`TipoFrases` que solo hacen falta si alguna de sus frases casa.
_SOLO_SI_CASA = ("_excepto", "_contexto", "_lemas_excepto", "_lemas_contexto")


@dataclass
class TipoFrases:
    """Señala cada aparición de una frase de la lista, salvo dentro de una excepción."""

    frases: list[Frase]
    excepto: list[Frase] = field(default_factory=list)
    #: Contexto que, si aparece en la **oración** de la coincidencia (no hace falta que la
    #: contenga), la anula: la condición o el plazo de un aviso legítimo («si no recibimos el
    #: pago, el lunes remitiremos el expediente a nuestra asesoría jurídica»).
    excepto_oracion: list[Frase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lemas_contexto = [compilar_lema(f.texto) for f in self.excepto_oracion
                                if frases_mod.LEMA in f.texto]
        self._textos_contexto = [f.texto for f in self.excepto_oracion
                                 if frases_mod.LEMA not in f.texto]
        # Las frases con lemas (``quitar+``) se buscan palabra a palabra (marcos.py) con sus
        # formas ya calculadas al cargar: la caché de reglas las guarda y revisar un mensaje
        # no necesita el diccionario. Las demás, cada una con su expresión regular.
        self._lemas = [(i, compilar_lema(f.texto)) for i, f in enumerate(self.frases)
                       if frases_mod.LEMA in f.texto]
        self._indices = [i for i, f in enumerate(self.frases) if frases_mod.LEMA not in f.texto]
        self._textos = [self.frases[i].texto for i in self._indices]
        self._lemas_excepto = [compilar_lema(f.texto) for f in self.excepto
                               if frases_mod.LEMA in f.texto]
        self._textos_excepto = [f.texto for f in self.excepto if frases_mod.LEMA not in f.texto]
        # La palabra obligatoria de cada excepción y de cada contexto (como las de las
        # frases): si ninguna está en el mensaje, su expresión no puede casar.
        self._anclas_excepto = _anclas(self._textos_excepto)
        self._anclas_contexto = _anclas(self._textos_contexto)
        # Índices de anclas: por mensaje solo se miran las frases cuya palabra obligatoria
        # está en él (frases.Indice); las de lemas, por el ancla de cada FraseLema.
        self._indice = frases_mod.indice(self._textos)
        self._indice_lemas = _indice_lemas([fl for _, fl in self._lemas])

    @cached_property
    def _patrones(self) -> list[regex.Pattern[str] | None]:
        """La expresión de cada frase, compilada la primera vez que su ancla aparece: un
        mensaje limpio no paga la compilación de frases que nunca podrían casar."""
        return [None] * len(self._textos)

    def _patron_de(self, k: int) -> regex.Pattern[str]:
        patrones = self._patrones
        if isinstance(patrones, _Diferido):
            patrones = self.__dict__["_patrones"] = patrones.cargar()
        patron = _elemento(patrones, k)
        if patron is None:
            patron = patrones[k] = frases_mod.compilar_una(self._textos[k])
        return patron

    def _requisitos_de(self, k: int) -> Requisitos | None:
        """Lo que la frase ``k`` necesita del mensaje (:mod:`generador.lint.busqueda_frases`),
        calculado la primera vez que hace falta (no va a la caché de reglas)."""
        return _requisitos_en(self.__dict__, self._textos, k)

    def _frase_lema(self, j: int) -> tuple[int, Any]:
        """(índice de la frase, :class:`~generador.lint.marcos.FraseLema`) de la ``j``-ésima
        frase con lemas."""
        lemas = self._lemas
        if isinstance(lemas, _Diferido):
            lemas = self._lemas = lemas.cargar()
        return _elemento(lemas, j)

    def __getstate__(self) -> dict[str, Any]:
        # Las expresiones de cada frase y las formas de las frases con lemas son lo que más
        # pesa de la caché de reglas (~60 %): van aparte, y se leen la primera vez que un
        # mensaje tiene un ancla de esta regla (un lint de un archivo no lee casi ninguna);
        # y cada una por separado: un lote de mensajes usa unas pocas de cada regla.
        estado = dict(self.__dict__)
        estado.pop("_requisitos", None)
        for clave in ("_patrones", "_lemas"):
            if clave in estado and not isinstance(estado[clave], _Diferido):
                estado[clave] = _Diferido.de_elementos(estado[clave])
        # Las excepciones y los contextos solo se miran si una frase casa (casi nunca): sus
        # expresiones y sus frases con lemas, enteras aparte (leerlas costaba ~2 ms de cada
        # arranque).
        for clave in _SOLO_SI_CASA:
            if estado.get(clave) and not isinstance(estado[clave], _Diferido):
                estado[clave] = _Diferido.de(estado[clave])
        return estado

    def _leido(self, clave: str) -> Any:
        """El atributo ``clave`` de :data:`_SOLO_SI_CASA`, leído de la caché si hace falta."""
        valor = getattr(self, clave)
        if isinstance(valor, _Diferido):
            valor = self.__dict__[clave] = valor.cargar()
        return valor

    @cached_property
    def _excepto(self) -> regex.Pattern[str] | None:
        return frases_mod.compilar(self._textos_excepto) if self._textos_excepto else None

    @cached_property
    def _contexto(self) -> regex.Pattern[str] | None:
        return frases_mod.compilar(self._textos_contexto) if self._textos_contexto else None

    def precompilar(self) -> None:
        """Compila ya sus expresiones: la caché de reglas las guarda compiladas."""
        for k in range(len(self._textos)):
            self._patron_de(k)
        _ = self._excepto, self._contexto

    @classmethod
    def desde(cls, datos: dict[str, Any]) -> TipoFrases:
        return cls(_frases_de(datos.get("frases")), _frases_de(datos.get("excepto")),
                   _frases_de(datos.get("excepto_oracion")))

    def tramos(self, ctx: Contexto) -> list[tuple[int, int, int]]:
        """(inicio, fin, índice de la frase) de cada coincidencia, sin solaparse."""
        por_oracion = ctx.memo.get(TRAMOS_POR_ORACION)
        if por_oracion is not None and id(self) in por_oracion[0]:
            # ya buscadas oración a oración (generador.lint.frases_por_oracion): las mismas
            return por_oracion[1].get(id(self), [])
        tramos: list[tuple[int, int, int]] = []
        previas = ctx.memo.get(CANDIDATAS_PREFILTRO)
        if previas is not None and id(self) not in previas[0].filtradas:
            previas = None  # el prefiltro de ese mensaje no cubre esta regla
        if previas is not None:  # las del prefiltro (Prefiltro.posibles): las mismas
            candidatas = _ordenadas(previas[1].get(id(self), []))
        else:
            candidatas = ctx.candidatas(self._indice)
        if candidatas:
            indices = self._indices
            posibles, inicios = _posibles(self._requisitos_de, candidatas, ctx)
            if posibles:
                tramos.extend((a, b, indices[k]) for a, b, k in frases_mod.buscar_varias(
                    [(k, self._patron_de(k)) for k in posibles], ctx.plegado, inicios))
        if self._indice_lemas[1] or self._indice_lemas[2]:
            normalizadas = _normalizadas(ctx)
            for j in (_ordenadas(previas[2].get(id(self), [])) if previas is not None
                      else _lemas_candidatos(self._indice_lemas, normalizadas)):
                indice, frase = self._frase_lema(j)
                if frase.posible(normalizadas, ctx.comienzos):
                    tramos.extend((a, b, indice) for a, b in buscar_lema(frase, _fichas(ctx)))
        if len(tramos) < 2:
            return tramos
        tramos.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        resultado = [tramos[0]]
        for tramo in tramos[1:]:
            if tramo[0] >= resultado[-1][1]:
                resultado.append(tramo)
        return resultado

    def _excepciones(self, ctx: Contexto) -> list[tuple[int, int]]:
        # Sin el ancla de ninguna excepción en el mensaje, su expresión (una lista larga de
        # frases: ~50 µs por búsqueda) no casaría: ni se lee de la caché ni se busca.
        patron = self._leido("_excepto") if ctx.puede_casar(self._anclas_excepto) else None
        return _tramos_y_lemas(patron, self._leido("_lemas_excepto"), ctx)

    def _contextos(self, ctx: Contexto) -> list[tuple[int, int]]:
        patron = self._leido("_contexto") if ctx.puede_casar(self._anclas_contexto) else None
        return _tramos_y_lemas(patron, self._leido("_lemas_contexto"), ctx)

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        resultado = []
        excepciones: list[tuple[int, int]] | None = None
        contextos: list[tuple[int, int]] | None = None
        for inicio, fin, indice in self.tramos(ctx):
            if self.excepto:
                if excepciones is None:
                    excepciones = self._excepciones(ctx)
                if _dentro(inicio, fin, excepciones):
                    continue
            if self.excepto_oracion:
                if contextos is None:
                    contextos = self._contextos(ctx)
                if contextos and _dentro(*_oracion(ctx.plegado, inicio, fin), contextos,
                                         contiene=True):
                    continue
            if anulada(ctx.plegado, inicio, fin):
                continue  # "no le quitaremos la casa", "la ley prohíbe...", una cita
            frase = self.frases[indice]
            if frase.requiere_oracion and not self._con_contexto(ctx, indice, inicio, fin):
                continue
            if frase.excepto_oracion and self._con_contexto(ctx, indice, inicio, fin,
                                                            "excepto_oracion"):
                continue
            if frase.excepto_mensaje and self._con_contexto(ctx, indice, inicio, fin,
                                                            "excepto_mensaje"):
                continue
            sugerencias = (frase.sugerencia,) if frase.sugerencia else ()
            resultado.append(Deteccion(inicio, fin, sugerencias=sugerencias))
        return resultado

    def _con_contexto(self, ctx: Contexto, indice: int, inicio: int, fin: int,
                      clave: str = "requiere_oracion") -> bool:
        """Si la oración de la coincidencia (con ``excepto_mensaje``, el mensaje entero) tiene
        alguna frase de ``clave`` de la frase ``indice`` (compiladas la primera vez que hacen
        falta; solo se buscan cuando la frase ya casó, así que un mensaje limpio no paga nada)."""
        requeridos = self.__dict__.setdefault("_requeridos", {})
        if (indice, clave) not in requeridos:
            textos = getattr(self.frases[indice], clave)
            lemas = [compilar_lema(t) for t in textos if frases_mod.LEMA in t]
            simples = [t for t in textos if frases_mod.LEMA not in t]
            # Se compilan al revisar (no van en la caché de reglas): la de disco de regex las
            # guarda para el próximo arranque (la primera costaba ~3 ms en el primer mensaje).
            requeridos[indice, clave] = (frases_mod.compilar(simples, guardar=True) if simples
                                         else None, lemas)
        patron, lemas = requeridos[indice, clave]
        tramos = _tramos_y_lemas(patron, lemas, ctx)
        if clave == "excepto_mensaje":
            return bool(tramos)
        return bool(tramos) and _dentro(*_oracion(ctx.plegado, inicio, fin), tramos,
                                        contiene=True)


def _requisitos_en(atributos: dict[str, Any], textos: list[str], k: int) -> Requisitos | None:
    """Los :class:`~generador.lint.busqueda_frases.Requisitos` de ``textos[k]``, guardados en
    ``atributos["_requisitos"]`` (el ``__dict__`` de quien los pide)."""
    guardados = atributos.get("_requisitos")
    if guardados is None:
        guardados = atributos["_requisitos"] = {}
    if k not in guardados:
        guardados[k] = requisitos_de_frase(textos[k])
    return guardados[k]


def _posibles(requisitos_de: Any, candidatas: list[int], ctx: Contexto
              ) -> tuple[list[int], list[tuple[str, ...] | None]]:
    """De ``candidatas`` (en orden), las frases que pueden estar en el mensaje (a ninguna de
    sus palabras le falta su par en el texto) y, de cada una, por dónde buscarla: las demás
    no casarían, y quitarlas no cambia lo que encuentra :func:`frases.buscar_varias`."""
    posibles: list[int] = []
    inicios: list[tuple[str, ...] | None] = []
    palabras = ctx.palabras
    for k in candidatas:
        propios = requisitos_de(k)
        if propios is None:
            posibles.append(k)
            inicios.append(None)
        elif propios.posible(palabras, ctx):
            posibles.append(k)
            inicios.append(propios.inicios)
    return posibles, inicios


def _tramos_y_lemas(patron: regex.Pattern[str] | None, lemas: list[FraseLema],
                    ctx: Contexto) -> list[tuple[int, int]]:
    """Los tramos de ``patron`` (frases sin lemas) y de cada frase con lemas en ``ctx``."""
    tramos = _tramos(patron, ctx.plegado)
    if lemas:
        # como en TipoFrases.tramos: una frase a la que le falta alguna palabra no se busca
        normalizadas, comienzos = _normalizadas(ctx), ctx.comienzos
        palabras = None
        for frase in lemas:
            if frase.posible(normalizadas, comienzos):
                if palabras is None:
                    palabras = _fichas(ctx)
                tramos.extend(buscar_lema(frase, palabras))
    return tramos


def _fichas(ctx: Contexto) -> list[tuple[str, int, int, int]]:
    if "fichas" not in ctx.memo:
        ctx.memo["fichas"] = fichas_de(ctx.plegado)
    return ctx.memo["fichas"]


#: Índice de frases con lemas: palabra ancla -> posiciones, y las que no tienen ancla.
_IndiceLemas = tuple[dict[str, tuple[int, ...]], frozenset[str], tuple[int, ...]]


def _indice_lemas(frases: list[Any]) -> _IndiceLemas:
    """De cada palabra ancla (``FraseLema.ancla``), qué frases de ``frases`` la exigen."""
    por_palabra: dict[str, list[int]] = {}
    siempre = []
    for j, frase in enumerate(frases):
        if frase.ancla is None:
            siempre.append(j)
            continue
        for palabra in frase.ancla:
            por_palabra.setdefault(palabra, []).append(j)
    return ({p: tuple(v) for p, v in por_palabra.items()}, frozenset(por_palabra),
            tuple(siempre))


def _lemas_candidatos(indice: _IndiceLemas, normalizadas: frozenset[str]) -> list[int]:
    """Posiciones (en orden) de las frases con lemas cuyo ancla está en el texto."""
    por_palabra, claves, siempre = indice
    presentes = claves & normalizadas
    if not presentes:
        return list(siempre)
    encontradas = set(siempre)
    for palabra in presentes:
        encontradas.update(por_palabra[palabra])
    return sorted(encontradas)


def _normalizadas(ctx: Contexto) -> frozenset[str]:
    if "normalizadas" not in ctx.memo:
        ctx.memo["normalizadas"] = palabras_normalizadas(ctx.palabras)
    return ctx.memo["normalizadas"]


@dataclass
class TipoPatron:
    """Expresiones regulares propias (sin distinguir mayúsculas), con tiempo máximo."""

    patrones: list[str]
    excepto: list[Frase] = field(default_factory=list)
    requiere: list[Frase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._requiere = _Presencia([f.texto for f in self.requiere]) if self.requiere else None

    @cached_property
    def _compilados(self) -> list[regex.Pattern[str]]:
        return [regex.compile(p, regex.IGNORECASE, cache_pattern=False)
                for p in self.patrones]

    @cached_property
    def _excepto(self) -> regex.Pattern[str] | None:
        return frases_mod.compilar([f.texto for f in self.excepto]) if self.excepto else None

    @cached_property
    def _requisitos(self) -> list[Requisito | None]:
        """Lo que cada expresión necesita que esté en el texto (:mod:`generador.lint.literales`)."""
        return [requisito(p, regex.IGNORECASE) for p in self.patrones]

    def precompilar(self) -> None:
        _ = self._compilados, self._excepto, self._requisitos
        if self._requiere is not None:
            self._requiere.precompilar()
        self._cotas = limite_regex.cotas_de(self.patrones)

    def __setstate__(self, estado: dict[str, Any]) -> None:
        self.__dict__.update(estado)
        limite_regex.sembrar(estado.get("_cotas") or {})

    @classmethod
    def desde(cls, datos: dict[str, Any]) -> TipoPatron:
        return cls(
            [str(p) for p in datos.get("patrones") or []],
            _frases_de(datos.get("excepto")),
            _frases_de(datos.get("requiere")),
        )

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        if self._requiere is not None and not self._requiere.en(ctx):
            return []
        excepciones: list[tuple[int, int]] | None = None  # solo si algo casa
        resultado = []
        texto = ctx.tapado
        minusculas = None
        for patron, necesario in zip(self._compilados, self._requisitos, strict=True):
            if necesario is not None:
                if minusculas is None:
                    minusculas = _minusculas(ctx)
                if not necesario.posible(texto, minusculas):
                    continue  # le falta una palabra fija: no puede casar
            for inicio, fin in _buscar_con_limite(patron, texto):
                if fin <= inicio:
                    continue
                if excepciones is None:
                    excepciones = _tramos(self._excepto, ctx.plegado)
                if not _dentro(inicio, fin, excepciones):
                    resultado.append(Deteccion(inicio, fin))
        return resultado


def _minusculas(ctx: Contexto) -> str:
    if "minusculas" not in ctx.memo:
        ctx.memo["minusculas"] = ctx.tapado.lower()
    return ctx.memo["minusculas"]


def _buscar_con_limite(patron: regex.Pattern[str], texto: str) -> list[tuple[int, int]]:
    try:
        if sin_limite(patron.pattern, len(texto), patron.flags):
            return [m.span() for m in patron.finditer(texto, concurrent=False)]
        return [m.span() for m in patron.finditer(texto, concurrent=False,
                                                  timeout=TIEMPO_MAX_PATRON)]
    except TimeoutError:
        raise PatronLento(patron.pattern) from None


def _buscar(patron: regex.Pattern[str], texto: str) -> regex.Match[str] | None:
    """``patron.search(texto)``, con tiempo máximo solo si la expresión podría necesitarlo
    (:mod:`generador.lint.limite_regex`): vigilar el reloj cuesta ~10 µs por búsqueda."""
    if sin_limite(patron.pattern, len(texto), patron.flags):
        return patron.search(texto, concurrent=False)
    return patron.search(texto, concurrent=False, timeout=TIEMPO_MAX_PATRON)


class _Presencia:
    """¿Aparece alguna de estas frases? Las de una palabra se miran con conjuntos; las de
    lemas (``pagar+``), palabra a palabra."""

    def __init__(self, frases: list[str]) -> None:
        self.lemas = [compilar_lema(f) for f in frases if frases_mod.LEMA in f]
        self.indice_lemas = _indice_lemas(self.lemas)
        frases = [f for f in frases if frases_mod.LEMA not in f]
        self.exactas, self.familias, self.compuestas = frases_mod.simples(frases)
        self.indice = frases_mod.indice(self.compuestas)

    @cached_property
    def _patrones(self) -> list[regex.Pattern[str] | None]:
        return [None] * len(self.compuestas)

    def _patron_de(self, k: int) -> regex.Pattern[str]:
        patrones = self._patrones
        patron = patrones[k]
        if patron is None:
            patron = patrones[k] = frases_mod.compilar_una(self.compuestas[k])
        return patron

    def precompilar(self) -> None:
        for k in range(len(self.compuestas)):
            self._patron_de(k)

    def en(self, ctx: Contexto) -> bool:
        if not self.exactas.isdisjoint(ctx.palabras) or ctx.tiene_familia(self.familias):
            return True
        if self.lemas:
            normalizadas = _normalizadas(ctx)
            for j in _lemas_candidatos(self.indice_lemas, normalizadas):
                frase = self.lemas[j]
                if frase.posible(normalizadas, ctx.comienzos) and buscar_lema(frase, _fichas(ctx)):
                    return True
        if self.compuestas:
            texto = ctx.plegado
            posibles, inicios = _posibles(self._requisitos_de, ctx.candidatas(self.indice), ctx)
            for k, inicio in zip(posibles, inicios, strict=True):
                if buscar_desde_inicio(self._patron_de(k), inicio, texto) is not None:
                    return True
        return False

    def _requisitos_de(self, k: int) -> Requisitos | None:
        return _requisitos_en(self.__dict__, self.compuestas, k)


class _Orden:
    """Orden en que se prueban las expresiones de un elemento, aprendido al revisar.

    Por expresión se suman el tiempo de sus búsquedas y sus aciertos; cada
    :data:`_REORDENAR` búsquedas se ordenan por tiempo por acierto (``tiempo / (aciertos +
    1)``), de menos a más. Una expresión que aún no se ha probado cuenta 0 y pasa delante:
    así se prueba alguna vez. El resultado de :meth:`TipoElementoRequerido._alguno` no
    depende del orden; solo su coste."""

    __slots__ = ("aciertos", "busquedas", "indices", "tiempos")

    def __init__(self, n: int) -> None:
        self.indices: tuple[int, ...] = tuple(range(n))
        self.tiempos = [0.0] * n
        self.aciertos = [0] * n
        self.busquedas = 0

    def anotar(self, i: int, segundos: float, acierto: bool) -> None:
        self.tiempos[i] += segundos
        self.aciertos[i] += acierto
        self.busquedas += 1
        if self.busquedas % _REORDENAR == 0:
            tiempos, aciertos = self.tiempos, self.aciertos
            self.indices = tuple(sorted(range(len(tiempos)),
                                        key=lambda k: tiempos[k] / (aciertos[k] + 1)))


_REORDENAR = 64


def _tope_muestra(longitud: int) -> float:
    """Lo más que cuenta una búsqueda para :class:`_Orden` en un texto de ``longitud``
    caracteres: ~100 µs más 0,2 µs por carácter, varias veces lo que tarda de verdad (unos
    5-50 µs en un mensaje de 600 caracteres). Con la máquina cargada, el sistema puede
    parar el proceso milisegundos en medio de una búsqueda cualquiera; sin tope, esa parada
    se apuntaba a la expresión y la mandaba al final, y el elemento probaba primero otra
    más lenta (medido: el contacto, de ~20 a ~85 ms en 1.000 mensajes)."""
    return 100e-6 + 0.2e-6 * longitud


#: Canales en los que quien lee contesta en el mismo chat.
CANALES_CONVERSACION = frozenset({"whatsapp", "sms"})


@dataclass
class TipoElementoRequerido:
    """El mensaje debe llevar el elemento: en una plantilla basta su marcador."""

    elemento: str
    frases: list[Frase] = field(default_factory=list)
    patrones: list[str] = field(default_factory=list)
    #: Expresiones que prueban el elemento solo en una conversación (WhatsApp o SMS), donde
    #: quien lee contesta en el mismo chat: «¿cuándo puede pagar?».
    patrones_conversacion: list[str] = field(default_factory=list)
    #: Expresiones que, si aparecen en una oración, hacen que esa oración no pruebe el
    #: elemento: «hemos recibido su pago por transferencia» es un recibo, no una forma de pago.
    excepto_oraciones: list[str] = field(default_factory=list)
    #: Palabras de las que al menos una debe estar para buscar :attr:`excepto_oraciones`
    #: (las acelera: casi ningún mensaje es un recibo).
    excepto_requiere: list[Frase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._frases = _Presencia([f.texto for f in self.frases])
        self._conversacion = [regex.compile(p, regex.IGNORECASE, cache_pattern=False)
                              for p in self.patrones_conversacion]
        self._excepto = regex.compile(
            "|".join(f"(?:{p})" for p in self.excepto_oraciones), regex.IGNORECASE,
            cache_pattern=False) if self.excepto_oraciones else None
        self._excepto_requiere = _Presencia([f.texto for f in self.excepto_requiere]) \
            if self.excepto_requiere else None

    @cached_property
    def _compilados(self) -> list[regex.Pattern[str] | None]:
        """Cada expresión, compilada la primera vez que hace falta (ver :meth:`_alguno`)."""
        return [None] * len(self.patrones)

    def precompilar(self) -> None:
        self._frases.precompilar()
        if self._excepto_requiere is not None:
            self._excepto_requiere.precompilar()
        compilados = self.__dict__["_compilados"] = [None] * len(self.patrones)
        for i in range(len(self.patrones)):
            compilados[i] = self._compilar(i)
        self._cotas = limite_regex.cotas_de([p.pattern for p in compilados])

    def _compilar(self, i: int) -> regex.Pattern[str]:
        """La expresión ``i``, en su forma para saber solo si aparece (ver
        :mod:`generador.lint.existencia`)."""
        return regex.compile(para_existencia(self.patrones[i]), regex.IGNORECASE,
                             cache_pattern=False)

    def _alguno(self, texto: str) -> bool:
        """Si alguna expresión aparece en ``texto``.

        Se buscan una a una y se para en la primera que aparece: equivale a buscar su
        unión ``(?:p1)|(?:p2)|...`` (el cargador comprueba que se pueden unir), pero cada
        una conserva su prefijo literal y el motor salta a sus apariciones, en vez de
        probar todas las alternativas en cada posición (con las del remitente, 30 veces
        más rápido). Y una expresión que no hace falta no se compila.

        Como solo importa si *alguna* aparece, el orden no cambia el resultado; sí el
        coste: el del correo (sin prefijo literal) cuesta 5-10 veces lo que el del
        teléfono, y los dos aparecen en casi todos los mensajes. Así que se prueban
        primero las que, en lo revisado hasta ahora en este proceso, menos tiempo han
        costado por acierto (ver :class:`_Orden`)."""
        compilados = self._compilados
        if isinstance(compilados, _Diferido):
            compilados = self.__dict__["_compilados"] = compilados.cargar()
        orden = self.__dict__.get("_orden_busqueda")
        if orden is None:
            orden = self.__dict__["_orden_busqueda"] = _Orden(len(compilados))
        tope = _tope_muestra(len(texto))
        for i in orden.indices:
            patron = _elemento(compilados, i)
            if patron is None:
                patron = compilados[i] = self._compilar(i)
            inicio = perf_counter()
            encontrado = _buscar(patron, texto) is not None
            orden.anotar(i, min(perf_counter() - inicio, tope), encontrado)
            if encontrado:
                return True
        return False

    def __getstate__(self) -> dict[str, Any]:
        # El orden aprendido es de este proceso: no va a la caché de reglas. Las expresiones
        # van cada una aparte y se leen la primera vez que se prueban (como las de las
        # frases): casi siempre basta una del elemento, y de algunos (la forma de pago, la
        # identificación) lo encuentran antes sus frases y no se prueba ninguna.
        estado = dict(self.__dict__)
        estado.pop("_orden_busqueda", None)
        if "_compilados" in estado and not isinstance(estado["_compilados"], _Diferido):
            estado["_compilados"] = _Diferido.de_elementos(estado["_compilados"])
        return estado

    def __setstate__(self, estado: dict[str, Any]) -> None:
        self.__dict__.update(estado)
        limite_regex.sembrar(estado.get("_cotas") or {})

    @classmethod
    def desde(cls, datos: dict[str, Any]) -> TipoElementoRequerido:
        return cls(
            str(datos.get("elemento")),
            _frases_de(datos.get("frases")),
            [str(p) for p in datos.get("patrones") or []],
            [str(p) for p in datos.get("patrones_conversacion") or []],
            [str(p) for p in datos.get("excepto_oraciones") or []],
            _frases_de(datos.get("excepto_requiere")),
        )

    def _sin_excepciones(self, ctx: Contexto) -> Contexto:
        """``ctx`` con las oraciones de :attr:`excepto_oraciones` cubiertas de espacios (o
        el mismo ``ctx`` si no hay ninguna): lo que dicen no prueba el elemento."""
        tapado = ctx.tapado_sin_tildes
        tramos = [m.span() for m in self._excepto.finditer(tapado)]  # type: ignore[union-attr]
        if not tramos:
            return ctx
        partes = list(tapado)
        for inicio, fin in tramos:
            inicio = max((m.end() for m in FIN.finditer(tapado, 0, inicio)), default=0)
            fin_oracion = FIN.search(tapado, fin)
            fin = fin_oracion.start() if fin_oracion else len(tapado)
            partes[inicio:fin] = " " * (fin - inicio)
        return replace(ctx, texto="".join(partes), marcadores=[], memo={})

    def presente(self, ctx: Contexto) -> bool:
        if self.elemento == "asunto":
            return bool(ctx.asunto and ctx.asunto.strip())
        if ctx.modo == "plantilla" and ctx.tiene_marcador(self.elemento):
            return True
        if self._excepto is not None and (
                self._excepto_requiere is None or self._excepto_requiere.en(ctx)):
            ctx = self._sin_excepciones(ctx)
        if self._frases.en(ctx):
            return True
        # las expresiones buscan sin tildes (con mayúsculas): «contáctenos» es «contactenos»
        if self.patrones and self._alguno(ctx.tapado_sin_tildes):
            return True
        return ctx.canal in CANALES_CONVERSACION and any(
            _buscar(p, ctx.tapado_sin_tildes) is not None for p in self._conversacion)

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        try:
            if self.presente(ctx):
                return []
        except TimeoutError:
            raise PatronLento(self.elemento) from None
        inicio = ctx.inicio_cuerpo
        while inicio < len(ctx.texto) and ctx.texto[inicio].isspace():
            inicio += 1
        inicio = min(inicio, len(ctx.texto))
        return [Deteccion(inicio, inicio, {"elemento": self.elemento})]


@dataclass
class TipoRequiere(TipoElementoRequerido):
    """El mensaje debe decir algo (un aviso legal, un derecho): basta una de sus frases o
    expresiones. El hallazgo se sitúa al principio del cuerpo, como el de un elemento."""

    @classmethod
    def desde(cls, datos: dict[str, Any]) -> TipoRequiere:
        return cls("", _frases_de(datos.get("frases")), [str(p) for p in datos.get("patrones") or []])


@dataclass
class TipoFuncion:
    """Métrica o comprobación programada, con sus parámetros ya completos."""

    funcion: Any
    parametros: dict[str, Any]

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        return self.funcion(ctx, self.parametros)

    def precompilar(self) -> None:
        from generador.lint.metricas import PRECOMPILAR

        preparar = PRECOMPILAR.get(self.funcion)
        if preparar is not None:
            preparar(self.parametros)


class TipoOrtografia:
    """Ortografía con hunspell-es (módulo :mod:`generador.lint.ortografia`)."""

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        try:
            from generador.lint.ortografia import revisar_ortografia
        except ImportError:
            _avisar(ctx, "la revisión ortográfica aún no está instalada en este cobro; "
                    "se omite la regla de ortografía.")
            return []
        texto = ctx.tapado
        if ctx.tramo_remitente:  # quien envía es un nombre o una marca, no prosa
            inicio, fin = ctx.tramo_remitente
            texto = texto[:inicio] + " " * (fin - inicio) + texto[fin:]
        resultado = revisar_ortografia(texto, ctx.vocabulario)
        if not resultado.disponible:
            _avisar(ctx, resultado.aviso or "no hay diccionario español; se omite la ortografía.")
            return []
        if resultado.aviso:
            _avisar(ctx, resultado.aviso)
        return [_de_coincidencia(c) for c in resultado.coincidencias]


class TipoGramatica:
    """Gramática con LanguageTool; solo con ``--gramatica``."""

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        if not ctx.gramatica:
            return []
        try:
            from generador.lint.gramatica import revisar_gramatica
        except ImportError:
            raise ErrorCobro(
                "la revisión gramatical no está disponible en esta instalación de cobro; "
                "quita --gramatica o actualiza cobro."
            ) from None
        return [_de_coincidencia(c) for c in revisar_gramatica(ctx.tapado, ctx.url_languagetool)]


class TipoSupresion:
    """Hallazgos sobre supresiones en línea; los produce el motor, no el texto."""

    def revisar(self, ctx: Contexto) -> list[Deteccion]:
        return []


def _de_coincidencia(c: Any) -> Deteccion:
    valores = {"regla_externa": c.regla_externa} if c.regla_externa else {}
    return Deteccion(c.inicio, c.fin, valores, tuple(c.sugerencias), c.mensaje)


def _avisar(ctx: Contexto, aviso: str) -> None:
    if aviso not in ctx.avisos:
        ctx.avisos.append(aviso)


class Prefiltro:
    """Qué reglas de frases pueden casar en un mensaje, y cuáles de sus frases, con una sola
    consulta para todas.

    Junta los índices de anclas de todas las reglas ``frases`` de una lista (palabras
    exactas, comienzos y anclas de frases con lemas) en uno: por mensaje se cruzan sus
    palabras con él una vez y solo se revisan las reglas con alguna ancla presente; las
    demás no podrían casar (su :meth:`TipoFrases.tramos` saldría vacío). Las reglas con
    frases sin ancla (``siempre``) se revisan siempre.

    De paso, cada ancla presente dice qué frases de cada regla la exigen: las candidatas de
    cada regla (:meth:`Contexto.candidatas` y :func:`_lemas_candidatos`) salen de ese mismo
    cruce y se guardan en el contexto (:data:`CANDIDATAS_PREFILTRO`), en vez de cruzar las
    palabras del mensaje otra vez con el índice de cada regla."""

    def __init__(self, reglas: list[Any]) -> None:
        # ancla -> [(id del comprobador, índices de sus frases con esa ancla)]
        literales: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        comienzos: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        lemas: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        self.filtradas: set[int] = set()
        for regla in reglas:
            comprobador = regla.comprobador
            if type(comprobador) is not TipoFrases:
                continue
            indice, indice_lemas = comprobador._indice, comprobador._indice_lemas
            if indice.siempre or indice_lemas[2]:
                continue
            clave = id(comprobador)
            self.filtradas.add(clave)
            for palabra, frases in indice.literales.items():
                literales.setdefault(palabra, []).append((clave, frases))
            # Los comienzos de todas las longitudes en uno (uno de 5 letras nunca es igual a
            # uno de 6): un solo cruce con los comienzos del mensaje en vez de uno por longitud.
            for por_raiz in indice.prefijos.values():
                for raiz, frases in por_raiz.items():
                    comienzos.setdefault(raiz, []).append((clave, frases))
            for palabra, frases in indice_lemas[0].items():
                lemas.setdefault(palabra, []).append((clave, frases))
        self._literales, self._comienzos, self._lemas = literales, comienzos, lemas
        self._claves = frozenset(literales)
        self._claves_comienzos = frozenset(comienzos)
        self._claves_lemas = frozenset(lemas)

    def posibles(self, ctx: Contexto) -> set[int]:
        """``id`` de los comprobadores filtrados que tienen alguna ancla en el mensaje; sus
        frases candidatas quedan en ``ctx.memo[CANDIDATAS_PREFILTRO]``."""
        frases: dict[int, list[int]] = {}
        for anclas in map(self._literales.__getitem__, self._claves & ctx.palabras):
            for clave, indices in anclas:
                frases.setdefault(clave, []).extend(indices)
        if self._claves_comienzos:
            for anclas in map(self._comienzos.__getitem__, self._claves_comienzos & ctx.comienzos):
                for clave, indices in anclas:
                    frases.setdefault(clave, []).extend(indices)
        lemas: dict[int, list[int]] = {}
        if self._claves_lemas:
            for anclas in map(self._lemas.__getitem__, self._claves_lemas & _normalizadas(ctx)):
                for clave, indices in anclas:
                    lemas.setdefault(clave, []).extend(indices)
        ctx.memo[CANDIDATAS_PREFILTRO] = (self, frases, lemas)
        return frases.keys() | lemas.keys()


#: Clave de ``ctx.memo`` con las coincidencias de las reglas ``frases`` ya buscadas oración a
#: oración (:mod:`generador.lint.frases_por_oracion`): (ids cubiertos, {id: tramos}).
TRAMOS_POR_ORACION = "tramos_por_oracion"

#: Clave de ``ctx.memo`` con las frases candidatas de cada regla filtrada, del último
#: :meth:`Prefiltro.posibles` de ese mensaje: (prefiltro, {id: frases}, {id: frases con lemas}).
CANDIDATAS_PREFILTRO = "candidatas_prefiltro"


def _ordenadas(indices: list[int]) -> list[int]:
    """Las posiciones sin repetir y en orden (como :meth:`Contexto.candidatas`)."""
    return sorted(set(indices)) if len(indices) > 1 else indices
