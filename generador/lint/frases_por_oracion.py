"""Las coincidencias de las reglas de frases, oración a oración y recordadas.

Los mensajes de un equipo se repiten mucho: son plantillas rellenadas, y de un mensaje a
otro solo cambian unas pocas oraciones (la del importe y la fecha, el nombre del saludo).
Las coincidencias de una regla ``frases`` (:meth:`TipoFrases.tramos`, antes de mirar
excepciones, negaciones o el contexto del mensaje) solo dependen de la oración en la que
están, así que se calculan una vez por oración distinta y se recuerdan.

Por qué no cambia nada:

- Las oraciones son los trozos entre los cortes de :data:`generador.lint.marcos._CORTE`
  sobre el texto plegado del mensaje entero («.» que no es de abreviatura, «!», «?», «;»,
  «¡», «¿» y las líneas en blanco), los mismos que separan las oraciones de
  :func:`~generador.lint.marcos.fichas_de`.
- Una frase con lemas (:func:`~generador.lint.marcos.buscar_lema`) solo casa dentro de una
  oración de ``fichas_de``: aquí, las fichas de cada trozo van todas en la oración 0.
- Una frase sin lemas (:func:`~generador.lint.frases.compilar_una`) casa con palabras y
  separadores que nunca son «. ! ? ; ¡ ¿» ni una línea en blanco, así que no cruza un corte
  si sus palabras no llevan esos signos (las que los llevan, «s.a.», dejan su regla fuera:
  :func:`por_oracion`). En los bordes de un trozo, ``(?<!\\w)`` y ``(?!\\w)`` ven lo mismo
  que en el mensaje (un corte nunca es una letra ni una cifra).
- Las candidatas de cada trozo (:class:`~generador.lint.tipos_regla.Prefiltro`, las palabras
  de :class:`~generador.lint.busqueda_frases.Requisitos`) son condiciones necesarias: con
  las palabras del trozo descartan lo mismo que no puede casar en él.

- Las cifras se cambian por «0» antes de buscar (:data:`_CIFRAS`): un «0» casa donde casaría
  la cifra, y así la oración del importe o de la fecha es la misma en todas las facturas.

Así que las coincidencias en el mensaje son las de sus trozos, en orden y desplazadas.
Lo demás de la regla (excepciones, negación, oración, mensaje) se sigue mirando en el
mensaje entero, y solo si algo casó.

La memoria tiene tope (:data:`TOPE`, LRU) y los trozos largos (:data:`MAX_TROZO`) no se
guardan: no crece con el número de mensajes (``benchmarks/bench_memoria_lint.py``).
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from itertools import count
from typing import Any

import regex

from generador.lint.contexto import Contexto
from generador.lint.frases import HUECO, expandir
from generador.lint.marcos import _CORTE, _TOKEN, Fichas
from generador.lint.normalizar import plegar
from generador.lint.tipos_regla import Prefiltro, TipoFrases

#: Oraciones distintas recordadas (las de todas las combinaciones de reglas juntas). Un lote
#: de plantillas de un equipo repite unas cientos; 4.096 de ~60 caracteres son ~2 MB.
TOPE = 4096
#: Un trozo más largo que esto no se guarda (un texto pegado sin puntos no llena la memoria).
MAX_TROZO = 1000
_SIGNO_CORTE = regex.compile(r"[.!?;¡¿]")
#: El hueco «...» de una frase (una ficha entera), que no es un signo.
_HUECO = regex.compile(rf"(?<!\S){regex.escape(HUECO)}(?!\S)")
_CIFRA = regex.compile(r"\d")
#: Cada cifra ASCII, como «0». Para una frase sin cifras (:func:`por_oracion`) da igual: una
#: cifra y un «0» son los dos ``\w`` (para los límites, ``\w*`` y los huecos), ninguna
#: palabra, comienzo ni base de palabra con cifras es de una frase, y ``str.find`` de una
#: palabra sin cifras las encuentra en los mismos sitios. Las coincidencias caen en las
#: mismas posiciones.
_CIFRAS = str.maketrans("123456789", "000000000")


def por_oracion(comprobador: Any) -> bool:
    """Si las coincidencias de esta regla ``frases`` nunca cruzan un corte de oración ni
    dependen de qué cifra hay: ninguna de sus frases sin lemas lleva «. ! ? ; ¡ ¿» en sus
    palabras (las frases con lemas no salen de su oración: ``buscar_lema``) y ninguna frase
    lleva cifras (ver :data:`_CIFRAS`). Se calcula una vez por regla."""
    guardado = comprobador.__dict__.get("_por_oracion")
    if guardado is None:
        textos = plegar("\n".join(expandir(t) for t in comprobador._textos))
        guardado = comprobador.__dict__["_por_oracion"] = (
            _SIGNO_CORTE.search(_HUECO.sub(" ", textos)) is None
            and _CIFRA.search("\n".join(f.texto for f in comprobador.frases)) is None)
    return guardado


def preparar_por_oracion(reglas: list[Any]) -> FrasesPorOracion:
    """El :class:`FrasesPorOracion` de las reglas ``frases`` de ``reglas``, compartido por
    todas las combinaciones de contexto que tienen las mismas.

    Un lote de ``cobro combinar`` ve cientos de combinaciones (sector, tipo, canal, país...),
    pero muy pocos conjuntos distintos de reglas de frases: uno por combinación preparaba su
    prefiltro (~9 ms y ~2 MB cada uno) y partía la memoria de oraciones en cientos de trozos."""
    propias = [r for r in reglas if type(r.comprobador) is TipoFrases
               and por_oracion(r.comprobador)]
    resto = len(propias) < sum(type(r.comprobador) is TipoFrases for r in reglas)
    clave = (resto, *(id(r.comprobador) for r in propias))
    with _CERROJO:
        guardado = _COMPARTIDOS.get(clave)
        if guardado is not None and all(
                a is b for a, b in zip(guardado.comprobadores, (r.comprobador for r in propias),
                                       strict=True)):
            return guardado
        if len(_COMPARTIDOS) >= MAX_COMPARTIDOS:
            _COMPARTIDOS.clear()
        nuevo = _COMPARTIDOS[clave] = FrasesPorOracion(propias, resto)
        return nuevo


class FrasesPorOracion:
    """Unas reglas ``frases`` que se pueden revisar por oración, con su prefiltro (se
    obtiene con :func:`frases_por_oracion`, uno por conjunto de reglas)."""

    def __init__(self, propias: list[Any], resto: bool) -> None:
        self.comprobadores = [r.comprobador for r in propias]
        self.cubiertas = frozenset(id(c) for c in self.comprobadores)
        self.prefiltro = Prefiltro(propias)
        self.numero = next(_NUMEROS)  # su parte de la memoria común (no se repite, como id)
        #: si queda alguna regla de frases que no se busca por oración
        self.resto = resto

    def tramos(self, mensaje: Contexto) -> dict[int, list[tuple[int, int, int]]]:
        """De cada regla cubierta con alguna coincidencia en el mensaje, sus coincidencias
        como las daría :meth:`TipoFrases.tramos`."""
        # Las oraciones, en orden, con sus cifras como «0»: un importe, una fecha o una
        # referencia distintos no hacen otra oración (ver :data:`_CIFRAS`). Los cortes son
        # los mismos que con las cifras de verdad: de una cifra, ``_CORTE`` solo mira que lo
        # sea (``[0-9]``, tras una abreviatura) o que sea ``\w``.
        plegado = mensaje.plegado.translate(_CIFRAS)
        trozos = _CORTE.split(plegado, concurrent=False)
        memoria = _MEMORIA
        buscar, usar = memoria.get, memoria.move_to_end
        numero = self.numero
        propios: list[tuple | None] = []
        faltan: list[int] = []
        con_tramos = False
        for texto in trozos:
            clave = (numero, texto)
            valor = buscar(clave)
            if valor is None:
                faltan.append(len(propios))
            else:
                try:  # noqa: SIM105 - suppress() es un with por oración: más lento
                    usar(clave)
                except KeyError:  # otro hilo (un trabajador de Dask) acaba de sacarla
                    pass
                con_tramos = con_tramos or bool(valor)
            propios.append(valor)
        inicios: list[int] | None = None
        if faltan:
            if 2 * sum(len(trozos[j]) for j in faltan) >= len(plegado):
                # Más de la mitad del mensaje sin ver (un mensaje que no sale de una
                # plantilla, o el primero): se busca en el mensaje mismo, como sin memoria, y
                # se reparte; preparar un texto aparte con las que faltan costaría más.
                todos = self._repartir(mensaje, plegado, len(trozos))
                calculados = [todos[j] for j in faltan]
            else:
                calculados = self._calcular([trozos[j] for j in faltan])
            for j, valor in zip(faltan, calculados, strict=True):
                propios[j] = valor
                con_tramos = con_tramos or bool(valor)
                texto = trozos[j]
                if len(texto) <= MAX_TROZO:
                    memoria[numero, texto] = valor
                    while len(memoria) > TOPE:
                        try:
                            memoria.popitem(last=False)  # la menos usada
                        except KeyError:  # otro hilo la vació
                            break
        por_regla: dict[int, list[tuple[int, int, int]]] = {}
        if not con_tramos:
            return por_regla  # casi todos los mensajes: ninguna frase casa
        if inicios is None:  # dónde empieza cada oración: solo si hay algo que situar
            inicios = _inicios(plegado)
        for desplazamiento, valor in zip(inicios, propios, strict=True):
            for clave, tramos in valor:  # type: ignore[union-attr]
                lista = por_regla.get(clave)
                if lista is None:
                    lista = por_regla[clave] = []
                lista.extend((a + desplazamiento, b + desplazamiento, k) for a, b, k in tramos)
        return por_regla

    def _calcular(self, textos: list[str]) -> list[tuple]:
        """Las coincidencias de cada regla en cada uno de ``textos`` (oraciones del mensaje):
        por texto, ((id, tramos), ...). Se buscan todos de una vez, separados por una línea
        en blanco (ninguna frase la cruza) y cada uno con sus fichas en su propia oración."""
        palabras: list[str] = []
        oraciones: list[int] = []
        inicios: list[int] = []
        posicion = 0
        for j, texto in enumerate(textos):
            propias = _TOKEN.findall(texto, concurrent=False)
            palabras += propias
            oraciones += [j] * len(propias)
            inicios.append(posicion)
            posicion += len(texto) + len(_SEPARADOR)
        junto = _SEPARADOR.join(textos)
        ctx = Contexto(texto=junto, marcadores=[])
        atributos = ctx.__dict__
        atributos["plegado"] = atributos["tapado"] = junto  # ya es el texto plegado
        atributos["_lista_palabras"] = palabras
        ctx.memo["fichas"] = Fichas(junto, palabras, oraciones)
        return self._repartir(ctx, inicios, len(textos)) if palabras else [()] * len(textos)

    def _repartir(self, ctx: Contexto, inicios: list[int] | str, n: int) -> list[tuple]:
        """Las coincidencias de cada regla en ``ctx``, repartidas entre los ``n`` trozos que
        empiezan en ``inicios`` (sin que ninguna cruce de uno a otro; o, si es un texto, los
        de ``_CORTE.split`` de ese texto, calculados solo si algo casa): por trozo, ((id,
        tramos relativos al trozo), ...)."""
        resultado: list[list[tuple[int, list]]] | None = None
        posibles = self.prefiltro.posibles(ctx)
        filtradas = self.prefiltro.filtradas
        for comprobador in self.comprobadores:
            clave = id(comprobador)
            if clave in posibles or clave not in filtradas:
                ultimo = -1
                tramos = comprobador.tramos(ctx)
                if tramos and resultado is None:
                    resultado = [[] for _ in range(n)]
                    if isinstance(inicios, str):
                        inicios = _inicios(inicios)
                for a, b, k in tramos:
                    j = bisect_right(inicios, a) - 1
                    if j != ultimo:
                        resultado[j].append((clave, []))
                        ultimo = j
                    desde = inicios[j]
                    resultado[j][-1][1].append((a - desde, b - desde, k))
        if resultado is None:
            return [()] * n  # casi siempre: nada casa
        return [tuple((clave, tuple(tramos)) for clave, tramos in r) for r in resultado]


def _inicios(plegado: str) -> list[int]:
    """Dónde empieza cada trozo de ``_CORTE.split(plegado)`` (tras el corte anterior)."""
    return [0, *(corte.end() for corte in _CORTE.finditer(plegado, concurrent=False))]


#: Entre dos oraciones buscadas a la vez: una línea en blanco, que ninguna frase cruza.
_SEPARADOR = "\n\n"
_NUMEROS = count()
#: Conjuntos de reglas de frases distintos que se guardan preparados (en la práctica, unos
#: pocos: los del tipo de mensaje, el canal y el país).
MAX_COMPARTIDOS = 64
_COMPARTIDOS: dict[tuple, FrasesPorOracion] = {}
_CERROJO = threading.Lock()
#: (número de :class:`FrasesPorOracion`, oración) -> ((id, tramos), ...), la menos usada
#: primero.
_MEMORIA: OrderedDict[tuple[int, str], tuple] = OrderedDict()
