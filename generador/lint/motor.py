"""El motor del linter: lee entradas, aplica las reglas activas y devuelve un ``Informe``.

Funciones puras: nada de aquí escribe en pantalla ni sale del proceso; la orden
``cobro lint`` formatea el informe y decide el código de salida con él.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import regex

from generador import recolector
from generador.errores import ErrorCobro, quisiste_decir, ruta_desde_aqui
from generador.lint import cargar_reglas, configuracion, entrada, marcadores, supresion
from generador.lint.configuracion import Configuracion
from generador.lint.contexto import Contexto, Deteccion
from generador.lint.documento import Documento
from generador.lint.esquema_reglas import DIMENSIONES
from generador.lint.frases_por_oracion import FrasesPorOracion, preparar_por_oracion
from generador.lint.informe import ArchivoCorregido, ErrorArchivo, Hallazgo, Informe, ResultadoArchivo
from generador.lint.regla import Regla
from generador.lint.tipos_regla import (
    TIEMPO_MAX_PATRON,
    TRAMOS_POR_ORACION,
    PatronLento,
    Prefiltro,
)

VARIABLE_URL_LT = "COBRO_LANGUAGETOOL_URL"


class ReglaLenta(ErrorCobro):
    """Una regla que superó el tiempo máximo con un documento: ``cobro lint`` lo da como
    error de ese archivo (código de salida 2) y sigue con los demás."""

    def __init__(self, ruta: str, mensaje: str) -> None:
        super().__init__(mensaje)
        self.ruta = ruta


@dataclass
class Opciones:
    """Lo que se pide al linter desde la CLI (o desde código)."""

    canal: str | None = None
    etapa: str | None = None
    tipo: str | None = None
    registro: str | None = None
    mensaje: bool = False
    falla_en: str | None = None
    gramatica: bool = False
    selecciona: list[str] = field(default_factory=list)
    ignora: list[str] = field(default_factory=list)
    reglas_propias: list[Path] = field(default_factory=list)
    config: Path | None = None
    languagetool_url: str | None = None
    pais: str | None = None
    specs: Path | None = None  # árbol de especificaciones (por defecto, el actual o el de cobro)
    corregir: str | None = None  # None, "seguras" o "inseguras" (--corregir-inseguro)
    escribir_correcciones: bool = True  # False con --diff


#: Hallazgos de una misma regla en un documento. Un mensaje real no tiene tantos; un
#: archivo de 1 MB de «*|*|*|...» daba 290.000 y tardaba segundos solo en describirlos.
MAX_HALLAZGOS_POR_REGLA = 500


def coincide(regla: Regla, selector: str) -> bool:
    """Si ``selector`` (código, nombre, alias, familia o categoría) designa a ``regla``."""
    s = selector.strip()
    if s in regla.identificadores() or s.upper() == regla.familia:
        return True
    if regla.nombre.startswith(s + ".") or regla.categoria == s:
        return True
    return regla.categoria.startswith(s + ".")


class _Aplicables(list):
    """Las reglas que se aplican a una combinación de contexto (:meth:`Motor._aplicables`),
    con lo que el bucle de :meth:`Motor.revisar_documento` pide de cada una ya a mano: su
    código y, por regla, (regla, su ``comprobador.revisar``, ``id`` del comprobador)."""

    def __init__(self, reglas) -> None:
        super().__init__(reglas)
        self.codigos = tuple(r.codigo for r in self)
        self.revisores = tuple((r, r.comprobador.revisar, id(r.comprobador)) for r in self)
        self._por_oracion: FrasesPorOracion | None = None

    @property
    def por_oracion(self) -> FrasesPorOracion:
        """Sus reglas ``frases`` que se buscan oración a oración
        (:mod:`generador.lint.frases_por_oracion`), preparadas la primera vez."""
        if self._por_oracion is None:
            self._por_oracion = preparar_por_oracion(self)
        return self._por_oracion


class Motor:
    """Aplica reglas a documentos; recuerda reglamentos y configuraciones ya cargados."""

    def __init__(self, opciones: Opciones | None = None) -> None:
        self.opciones = opciones or Opciones()
        self._reglamentos: dict[tuple[Path, ...], cargar_reglas.Reglamento] = {}
        self._activas: dict[tuple[int, int], list[Regla]] = {}
        self._config_por_carpeta: dict[str, Configuracion] = {}
        self._config_explicita: Configuracion | None = None
        #: Códigos de las reglas que se han aplicado a algún documento.
        self.aplicadas: set[str] = set()
        self._por_contexto: dict[tuple, tuple[list[Regla], _Aplicables]] = {}
        self._prefiltros: dict[int, tuple[list[Regla], Prefiltro]] = {}
        self._documentos = 0

    # -- modelo, reglas y configuración ---------------------------------------------

    @cached_property
    def modelo(self):
        """El modelo del árbol (etapas, tipos, canales, variables, países)."""
        from generador import dominio

        return dominio.modelo(self.opciones.specs)

    def validos(self, dimension: str) -> tuple[str, ...]:
        from generador import dominio

        return dominio.valores(self.modelo, dimension)

    def configuracion_de(self, ruta: str) -> Configuracion:
        if self.opciones.config is not None:
            if self._config_explicita is None:
                self._config_explicita = configuracion.leer(self.opciones.config)
            return self._config_explicita
        carpeta = os.getcwd() if ruta == entrada.STDIN else os.path.dirname(ruta) or "."
        if carpeta not in self._config_por_carpeta:
            self._config_por_carpeta[carpeta] = configuracion.buscar(Path(carpeta))
        return self._config_por_carpeta[carpeta]

    def reglamento(self, config: Configuracion) -> cargar_reglas.Reglamento:
        extra = tuple(config.reglas_propias) + tuple(self.opciones.reglas_propias)
        if extra not in self._reglamentos:
            self._reglamentos[extra] = cargar_reglas.cargar(extra, modelo=self.modelo)
        return self._reglamentos[extra]

    def activas(self, config: Configuracion) -> list[Regla]:
        reglamento = self.reglamento(config)
        clave = (id(reglamento), id(config))
        if clave in self._activas:
            return self._activas[clave]
        # Sin repetidos: una lista de 100.000 entradas iguales cuesta lo que una.
        seleccion = list(dict.fromkeys(s.strip() for s in self.opciones.selecciona or config.reglas))
        ignorar = list(dict.fromkeys(s.strip() for s in [*config.ignorar, *self.opciones.ignora]))
        en_config = f" (en {ruta_desde_aqui(config.origen)})" if config.origen else ""
        # Cada selector dice de dónde viene: la opción de la línea de órdenes o la configuración.
        procedencia = {s.strip(): en_config for s in (*config.reglas, *config.ignorar, *config.severidad)}
        if config.origen:  # con un archivo de configuración, decir cuál de los dos fue
            procedencia.update({s.strip(): " (en --selecciona)" for s in self.opciones.selecciona or ()})
            procedencia.update({s.strip(): " (en --ignora)" for s in self.opciones.ignora})
        for selector in (*seleccion, *ignorar, *config.severidad):
            if not any(coincide(r, selector) for r in reglamento.reglas):
                origen = procedencia.get(selector, en_config)
                sugerencia = quisiste_decir(selector, reglamento.identificadores())
                raise ErrorCobro(
                    f"la regla '{selector}'{origen} no existe;"
                    + (sugerencia or " 'cobro reglas' lista las que hay")
                )
        reglas = [
            r for r in reglamento.reglas
            if (not seleccion or any(coincide(r, s) for s in seleccion))
            and not any(coincide(r, s) for s in ignorar)
        ]
        self._activas[clave] = reglas
        return reglas

    def severidad(self, regla: Regla, config: Configuracion) -> str:
        severidad = regla.severidad
        for selector, valor in config.severidad.items():
            if coincide(regla, selector):
                severidad = valor
        return severidad

    # -- revisión ----------------------------------------------------------------------

    def pais_de(self, config: Configuracion) -> str | None:
        """El país de ``--pais`` o, si no se dio, el de la configuración (validado)."""
        pais = self.opciones.pais or config.pais
        if pais is not None and pais not in self.modelo.paises:
            origen = (f" (en {ruta_desde_aqui(config.origen)})"
                      if not self.opciones.pais and config.origen else "")
            raise ErrorCobro(
                f"el país '{pais}'{origen} no existe;"
                + (quisiste_decir(pais, self.modelo.paises)
                   or f" países: {', '.join(self.modelo.paises)}")
            )
        return pais

    def aviso_sin_ley(self, pais: str | None, config: Configuracion) -> str | None:
        """El aviso para un país que existe pero no tiene reglas de ley (sin
        reglas/paises/<cc>.yml): se revisaría sin ellas sin que nadie lo supiera."""
        if not pais or any(pais in r.paises for r in self.reglamento(config).reglas):
            return None
        return (f"el país '{pais}' no tiene reglas de ley (falta reglas/paises/{pais}.yml "
                "en el árbol de especificaciones): se revisa sin las reglas legales de ese "
                "país; añade ese archivo (ver reglas/LEEME.md)")

    def contexto(self, doc: Documento, config: Configuracion) -> Contexto:
        por_defecto = {
            "canal": self.opciones.canal or doc.canal_implicito, "tipo": self.opciones.tipo,
            "etapa": self.opciones.etapa, "registro": self.opciones.registro,
            "audiencia": None, "pais": self.pais_de(config),
        }
        meta = doc.metadatos
        # Sin metadatos (casi todos los mensajes) no hay nada que validar.
        valores, malos = {}, []
        for d in DIMENSIONES:
            if d == "modo":
                continue
            valor = None
            if meta.get(d) not in (None, ""):
                try:
                    valor = _valor_meta(doc, d, self.validos(d))
                except entrada.ErrorEntrada as exc:
                    malos.append(exc)
            valores[d] = valor or por_defecto[d]
        if malos:  # todos los valores del front matter que no existen, de una vez
            primero = malos[0]
            if len(malos) > 1:
                primero.mensaje += ("" if primero.mensaje.endswith("?") else ".") + (
                    " También en el front matter: ") + "; ".join(
                    f"línea {e.linea}: {e.mensaje}" for e in malos[1:])
                primero.args = (primero.mensaje,)
            raise primero
        valores["etapa"] = valores["etapa"] or self.modelo.etapa_de_tipo(valores["tipo"])
        texto = supresion.tapar_comentarios(doc.texto)
        url = (self.opciones.languagetool_url or config.languagetool_url
               or os.environ.get(VARIABLE_URL_LT) or None)
        ctx = Contexto(
            texto=texto,
            marcadores=marcadores.buscar(texto, self.modelo),
            **valores,
            modo="mensaje" if self.opciones.mensaje or meta.get("modo") == "mensaje" else "plantilla",
            asunto=doc.asunto,
            inicio_cuerpo=doc.inicio_cuerpo,
            tramo_remitente=doc.tramo_remitente,
            vocabulario=tuple(config.vocabulario),
            url_languagetool=url,
            gramatica=self.opciones.gramatica,
            modelo=self.modelo,
        )
        if valores["pais"] != por_defecto["pais"]:  # el país del encabezado del documento
            aviso = self.aviso_sin_ley(valores["pais"], config)
            if aviso:
                ctx.avisos.append(aviso)
        return ctx

    def revisar_plantilla(
        self, plantilla: Any, reglas: list[Regla] | None = None, config: Configuracion | None = None,
    ) -> tuple[list[Regla], list[Hallazgo]]:
        """Revisa una plantilla canónica del modelo con su contexto (canal, etapa, tipo,
        registro, audiencia y país): devuelve las reglas que se aplicaron y los hallazgos."""
        config = config or Configuracion()
        reglas = self.activas(config) if reglas is None else reglas
        doc = documento_de_texto(plantilla.cuerpo, plantilla.asunto, ruta=f"{plantilla.id}.txt")
        ctx = self.contexto(doc, config)
        for dimension in DIMENSIONES:
            valor = getattr(plantilla, dimension, None)
            if valor:
                setattr(ctx, dimension, valor)
        aplicadas = [r for r in reglas if r.tipo != "supresion" and _aplica(r, ctx, config)]
        hallazgos, _ = self.revisar_documento(doc, config, reglas, ctx)
        return aplicadas, hallazgos

    def revisar_documento(
        self, doc: Documento, config: Configuracion | None = None,
        reglas: list[Regla] | None = None, ctx: Contexto | None = None,
    ) -> tuple[list[Hallazgo], list[str]]:
        """Hallazgos de un documento (ya con supresiones aplicadas) y avisos generales."""
        config = config or Configuracion()
        reglas = self.activas(config) if reglas is None else reglas
        ctx = ctx or self.contexto(doc, config)
        hallazgos: list[Hallazgo] = []
        # El prefiltro común se construye a partir del segundo documento: con uno solo (un
        # ``cobro lint`` de un archivo) cuesta más de lo que ahorra.
        self._documentos += 1
        aplicables = self._aplicables(reglas, ctx, config)
        prefiltro = None
        cubiertas: frozenset[int] = frozenset()
        if self._documentos > 1:
            # Las coincidencias de las reglas de frases, oración a oración y recordadas (los
            # mensajes de un lote repiten casi todas sus oraciones): una regla sin ninguna no
            # se revisa, como las que descarta el prefiltro. El prefiltro común, solo si
            # queda alguna regla de frases que no se busca por oración.
            por_oracion = aplicables.por_oracion
            cubiertas = por_oracion.cubiertas
            encontradas = por_oracion.tramos(ctx)
            ctx.memo[TRAMOS_POR_ORACION] = (cubiertas, encontradas)
            if por_oracion.resto:
                prefiltro = self._prefiltro(reglas)
        filtradas = prefiltro.filtradas if prefiltro is not None else ()
        posibles: set[int] | None = None
        for regla, revisar, clave in aplicables.revisores:
            if clave in cubiertas:
                if clave not in encontradas:
                    continue  # ninguna de sus frases está en el mensaje
            elif clave in filtradas:
                if posibles is None:
                    posibles = prefiltro.posibles(ctx)
                if clave not in posibles:
                    continue  # ninguna de sus frases puede aparecer en este mensaje
            try:
                detecciones = revisar(ctx)  # Regla.revisar, sin la llamada de más
            except PatronLento:
                from generador.numeros import segundos

                # las aplicadas hasta esta, como si se hubieran anotado una a una
                self.aplicadas.update(aplicables.codigos[:aplicables.index(regla) + 1])
                raise ReglaLenta(
                    doc.ruta,
                    f"{regla.archivo}:{regla.linea}: la regla {regla.codigo} tardó más de "
                    f"{segundos(TIEMPO_MAX_PATRON)} en '{doc.ruta}' y se ha cortado. Si el documento "
                    "no es un mensaje corriente (una palabra o una línea enorme, datos pegados), "
                    f"revísalo o sáltate esa regla con --ignora {regla.codigo}; si la regla es "
                    "tuya, simplifica su expresión regular (evita repeticiones anidadas como (a+)+)"
                ) from None
            if len(detecciones) > MAX_HALLAZGOS_POR_REGLA:
                aviso = (f"{doc.ruta}: la regla {regla.codigo} da {len(detecciones)} hallazgos; se "
                         f"muestran los {MAX_HALLAZGOS_POR_REGLA} primeros (¿es un mensaje?)")
                ctx.avisos.append(aviso)
                detecciones = detecciones[:MAX_HALLAZGOS_POR_REGLA]
            if not detecciones:
                continue
            severidad = self.severidad(regla, config)
            for deteccion in detecciones:
                hallazgos.append(_hallazgo(doc, ctx, regla, severidad, deteccion))
        self.aplicadas.update(aplicables.codigos)
        hallazgos = self._aplicar_supresiones(doc, config, hallazgos, reglas)
        return hallazgos, ctx.avisos

    def preparar_lote(self) -> None:
        """Prepara ya lo que se usa desde el segundo documento (las reglas de frases por
        oración de cada combinación de contexto vista): antes de bifurcar, para que cada
        proceso no lo prepare otra vez."""
        for _, aplicables in self._por_contexto.values():
            _ = aplicables.por_oracion

    def _prefiltro(self, reglas: list[Regla]) -> Prefiltro:
        """El :class:`~generador.lint.tipos_regla.Prefiltro` de ``reglas`` (uno por lista)."""
        guardado = self._prefiltros.get(id(reglas))
        if guardado is None or guardado[0] is not reglas:
            if len(self._prefiltros) > 64:
                self._prefiltros.clear()
            guardado = self._prefiltros[id(reglas)] = (reglas, Prefiltro(reglas))
        return guardado[1]

    def _aplicables(self, reglas: list[Regla], ctx: Contexto,
                    config: Configuracion | None = None) -> _Aplicables:
        """Las reglas de ``reglas`` (sin las de supresión) que aplican a ``ctx``.

        Solo dependen de las dimensiones del contexto (:data:`DIMENSIONES`: canal, etapa,
        tipo, país...): en un lote de mensajes se repiten pocas combinaciones y se calculan
        una vez por cada una."""
        config = config or Configuracion()
        elementos_por_canal = config.elementos_por_canal
        por_canal = (tuple(sorted((c, tuple(v)) for c, v in elementos_por_canal.items()))
                     if elementos_por_canal else ())
        clave = (id(reglas), por_canal, *(getattr(ctx, d, None) for d in DIMENSIONES))
        guardado = self._por_contexto.get(clave)
        if guardado is None or guardado[0] is not reglas:
            if len(self._por_contexto) > 256:
                self._por_contexto.clear()
            guardado = self._por_contexto[clave] = (reglas, _Aplicables(
                r for r in reglas if r.tipo != "supresion" and _aplica(r, ctx, config)))
        return guardado[1]

    def _aplicar_supresiones(
        self, doc: Documento, config: Configuracion, hallazgos: list[Hallazgo], reglas: list[Regla]
    ) -> list[Hallazgo]:
        supresiones = supresion.buscar(doc.fuente, doc.linea_columna)
        if not supresiones:
            return hallazgos
        todas = self.reglamento(config).reglas
        por_nombre = {r.nombre: r for r in reglas}
        restantes = []
        for h in hallazgos:
            regla = next((r for r in todas if r.codigo == h.regla), None)
            suprimido = False
            for s in supresiones:
                if s.motivo is None or s.orden not in supresion.ORDENES:
                    continue
                if s.lineas and h.linea not in s.lineas:
                    continue
                if regla is not None and any(coincide(regla, i) for i in s.identificadores):
                    s.usada = suprimido = True
            if not suprimido:
                restantes.append(h)
        for s in supresiones:
            problema = self._problema_supresion(s, todas)
            if problema is None:
                continue
            nombre, mensaje = problema
            regla = por_nombre.get(nombre)
            if regla is None:
                continue
            linea, columna, fin_linea, fin_columna = _posicion_fuente(doc, s.inicio, s.fin)
            restantes.append(Hallazgo(
                doc.ruta, regla.codigo, regla.nombre, regla.categoria,
                self.severidad(regla, config), mensaje, linea, columna, fin_linea,
                fin_columna, doc.fuente[s.inicio:s.fin], (),
            ))
        return restantes

    @staticmethod
    def _problema_supresion(s: supresion.Supresion, todas: list[Regla]) -> tuple[str, str] | None:
        """(nombre de la regla de supresión, mensaje) si la supresión tiene un problema."""
        if s.orden not in supresion.ORDENES:
            return ("supresion.desconocida", f"orden '{s.orden}' desconocida;"
                    + (quisiste_decir(s.orden, supresion.ORDENES) or " usa 'desactiva'"))
        desconocidos = [i for i in s.identificadores if not any(coincide(r, i) for r in todas)]
        if not s.identificadores or desconocidos:
            que = ", ".join(desconocidos) if desconocidos else "(ninguna)"
            pista = quisiste_decir(desconocidos[0], [r.codigo for r in todas]) if desconocidos else ""
            return ("supresion.desconocida", f"la supresión nombra reglas que no existen: {que};"
                    + (pista or " indica un código como TON001"))
        if s.motivo is None:
            return ("supresion.sin_motivo",
                    'la supresión necesita un motivo: añade motivo="por qué se desactiva"')
        if not s.usada:
            return ("supresion.sin_uso",
                    f"la supresión de {', '.join(s.identificadores)} no suprime nada; quítala")
        return None


# Un tipo, una etapa o un país se añaden con un YAML en el árbol de especificaciones: quien
# revisa lo que generó con su árbol sin --specs ve «no existe» y necesita saber por qué.
_PISTA_ARBOL = {
    clave: (f" (si {que} está en tu árbol de especificaciones, pasa --specs CARPETA "
            "o ejecuta cobro dentro de esa carpeta)")
    for clave, que in (("tipo", "el tipo"), ("etapa", "la etapa"), ("pais", "el país"))
}


def _valor_meta(doc: Documento, clave: str, validos: tuple[str, ...]) -> str | None:
    valor = doc.metadatos.get(clave)
    if valor is None or valor == "":
        return None
    valor = str(valor)
    if valor not in validos:
        m = regex.search(rf"^{clave}\s*:", doc.fuente, regex.MULTILINE)
        linea = doc.linea_columna(m.start())[0] if m else 0
        raise entrada.ErrorEntrada(
            doc.ruta,
            f"{clave}: '{valor}' no existe;"
            + (quisiste_decir(valor, validos) or f" valores posibles: {', '.join(validos)}")
            + _PISTA_ARBOL.get(clave, ""),
            linea,
        )
    return valor


def _posicion_fuente(doc: Documento, inicio: int, fin: int) -> tuple[int, int, int, int]:
    linea, columna = doc.linea_columna(inicio)
    fin_linea, fin_columna = doc.linea_columna(max(inicio, fin - 1))
    return linea, columna, fin_linea, fin_columna + (1 if fin > inicio else 0)


_CAMPO_MENSAJE = regex.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}(?!\})")


def _formatear(plantilla: str, valores: dict[str, Any]) -> str:
    """Sustituye ``{campo}`` por su valor; deja intactos ``{{ marcadores }}`` y campos sin valor."""
    return _CAMPO_MENSAJE.sub(
        lambda m: str(valores[m.group(1)]) if m.group(1) in valores else m.group(), plantilla
    )


def _del_contexto(plantilla: str, ctx: Contexto) -> dict[str, str]:
    """Los campos de un mensaje que dependen del país con que se revisa: ``{ejemplo_importe}``
    es «p. ej.» y un importe en su moneda y su locale (``$24,690.00`` en México) o, sin país,
    «la cifra con su moneda»: nunca el formato de otro país."""
    if "{ejemplo_importe}" not in plantilla:
        return {}
    from generador.ejemplos_pais import importe_de_muestra

    muestra = importe_de_muestra(ctx.modelo, ctx.pais) if ctx.modelo is not None else None
    return {"ejemplo_importe": f"p. ej. {muestra}" if muestra else "la cifra con su moneda"}


def _hallazgo(doc: Documento, ctx: Contexto, regla: Regla, severidad: str, d: Deteccion) -> Hallazgo:
    inicio = max(0, min(d.inicio, len(ctx.texto)))
    fin = max(inicio, min(d.fin, len(ctx.texto)))
    texto = doc.texto[inicio:fin]
    if d.mensaje:
        mensaje = d.mensaje
    else:
        valores = {"texto": texto.strip(), **_del_contexto(regla.mensaje, ctx), **d.valores}
        mensaje = _formatear(regla.mensaje, valores)
    sugerencias = d.sugerencias or regla.sugerencias_para(ctx.registro_efectivo)
    linea, columna, fin_linea, fin_columna = doc.posicion(inicio, fin)
    return Hallazgo(
        doc.ruta, regla.codigo, regla.nombre, regla.categoria, severidad, mensaje,
        linea, columna, fin_linea, fin_columna, texto, tuple(s for s in sugerencias if s),
        inicio, fin,
    )


#: A partir de cuántos archivos merece la pena repartir el trabajo entre procesos.
#: Medido con ``benchmarks/bench_paralelo.py`` en 2 núcleos (README, «Benchmarks»): con la
#: máquina libre, 2 procesos dan 1,28x con 150 mensajes, 1,65x con 1.000 y 1,80x con 3.000;
#: con otros dos procesos gastando CPU (carga ~2,3), aún 1,10x a 1,65x; con la máquina muy
#: cargada (carga media 9-15 en 2 núcleos) no compensaba (0,6x a 1,2x). Por eso se bifurca
#: desde 150 archivos salvo que la carga media llegue al doble de los núcleos.
UMBRAL_PARALELO = 150
VARIABLE_PROCESOS = "COBRO_PROCESOS"


def _corregir(motor: Motor, doc: Documento, config: Configuracion):
    """Corrige un documento (``--corregir``): sus hallazgos y avisos finales, y lo cambiado."""
    from generador.lint import corregir

    opciones = motor.opciones
    resultado = corregir.corregir_documento(motor, doc, config, opciones.corregir == corregir.INSEGURAS)
    if not resultado.cambia:
        return resultado.hallazgos, resultado.avisos, None
    if opciones.escribir_correcciones:
        if not corregir.se_puede_escribir(doc.ruta):
            raise entrada.ErrorEntrada(doc.ruta, "--corregir no puede escribir en la entrada "
                                       "estándar; usa --diff para ver las correcciones")
        corregir.escribir(resultado)
    corregido = ArchivoCorregido(
        doc.ruta, len(resultado.aplicadas), tuple(sorted({e.regla for e in resultado.aplicadas})),
        resultado.descartadas, "" if opciones.escribir_correcciones else resultado.diff(),
    )
    return resultado.hallazgos, resultado.avisos, corregido


def _revisar_uno(motor: Motor, ruta: str, config: Configuracion) -> ResultadoArchivo:
    """Un archivo revisado (y corregido, si se pidió), con sus hallazgos ordenados, o el
    error que impidió revisarlo."""
    corregido = None
    try:
        doc = entrada.leer(ruta)
        if not doc.texto.strip():  # vacío: un aviso, no «falta el importe, la fecha...»
            return ResultadoArchivo.de_vacio(doc.ruta, doc.fuente)
        if motor.opciones.corregir:
            hallazgos, avisos, corregido = _corregir(motor, doc, config)
        else:
            hallazgos, avisos = motor.revisar_documento(doc, config, motor.activas(config))
    except entrada.ErrorEntrada as exc:
        return ResultadoArchivo(exc.ruta, error=ErrorArchivo(exc.ruta, exc.mensaje, exc.linea))
    except ReglaLenta as exc:  # ese archivo no se revisa; los demás, sí
        return ResultadoArchivo(exc.ruta, error=ErrorArchivo(exc.ruta, str(exc)))
    hallazgos.sort(key=Hallazgo.clave_orden)
    return ResultadoArchivo(doc.ruta, hallazgos, avisos=list(avisos), corregido=corregido)


def _procesos(n_archivos: int, opciones: Opciones) -> int:
    """Cuántos procesos usar: uno salvo muchos archivos, ``fork`` disponible y sin hilos vivos."""
    import threading

    if not hasattr(os, "fork") or threading.active_count() > 1 or opciones.gramatica:
        return 1  # bifurcar con hilos vivos puede bloquearse; la gramática va por red
    pedido = os.environ.get(VARIABLE_PROCESOS, "")
    if pedido.isdigit() and int(pedido) > 0:
        return int(pedido)
    if n_archivos < UMBRAL_PARALELO:
        return 1
    try:
        nucleos = len(os.sched_getaffinity(0))
    except AttributeError:
        nucleos = os.cpu_count() or 1
    try:
        carga = os.getloadavg()[0]
    except (AttributeError, OSError):
        carga = 0.0
    if carga >= 2 * nucleos:
        return 1  # máquina saturada: otro proceso solo compite por la misma CPU
    return max(1, min(nucleos, 4, n_archivos // (UMBRAL_PARALELO // 2)))


_FIN = "fin"
_TROZO = "trozo"

#: Parte de cada archivo que le cuesta de más a este proceso al repartir: además de revisar
#: su tramo, escribe la salida de todos y lee los resultados de los hijos (~12 µs por archivo
#: frente a ~550 µs de revisarlo, medido con ``benchmarks/bench_lint.py``; los hijos solo los
#: guardan, ~2 µs). Con un tramo algo menor, todos terminan a la vez.
EXTRA_PADRE = 0.02


def repartir(trabajos: list, procesos: int) -> list[list]:
    """``trabajos`` en tramos seguidos (en orden, sin repetir ni perder ninguno): el primero,
    el de este proceso, con :data:`EXTRA_PADRE` menos por cada hijo; los siguientes, uno por
    hijo, iguales (como mucho uno de diferencia). Ninguno queda vacío (con pocos trabajos,
    hay menos hijos)."""
    n = len(trabajos)
    hijos = max(0, min(procesos - 1, n - 1))
    if not hijos:
        return [list(trabajos)]
    propio = min(n - hijos, max(1, round(n * (1 - EXTRA_PADRE * hijos) / (hijos + 1))))
    tramos = [list(trabajos[:propio])]
    resto, inicio = n - propio, propio
    for k in range(hijos):
        tamano = resto // hijos + (1 if k < resto % hijos else 0)
        tramos.append(list(trabajos[inicio:inicio + tamano]))
        inicio += tamano
    return tramos


#: Los últimos archivos (como mucho :data:`COLA_MAX`, y no más de uno de cada diez) no se
#: reparten de antemano: van en trozos de :data:`TROZO` que toma el primer proceso que
#: queda libre. Los tramos fijos casi nunca tardan lo mismo (otro programa que ocupa un
#: núcleo un momento, mensajes más largos en un tramo): en una máquina con otros procesos,
#: uno terminaba 10-40 ms antes que el otro y esperaba. Los resultados de la cola que
#: revisa este proceso se guardan en memoria hasta su turno (como mucho COLA_MAX).
COLA_MAX = 128
TROZO = 4


def partir(trabajos: list, procesos: int) -> tuple[list[list], list[list]]:
    """(tramos fijos, trozos de la cola): los tramos de :func:`repartir` con el principio de
    ``trabajos`` y la cola en trozos, en orden; juntos son ``trabajos`` sin repetir ninguno."""
    n_cola = min(len(trabajos) // 10, COLA_MAX) if procesos > 1 else 0
    fijos, cola = trabajos[:len(trabajos) - n_cola], trabajos[len(trabajos) - n_cola:]
    return repartir(fijos, procesos), [cola[i:i + TROZO] for i in range(0, len(cola), TROZO)]


def _turno(turnos: int) -> int | None:
    """El siguiente trozo de la cola que nadie ha tomado (``None`` si no quedan)."""
    dato = os.read(turnos, 1)
    return dato[0] if dato else None


def _en_paralelo(motor: Motor, trabajos: list[tuple[str, Configuracion]],
                 procesos: int) -> Iterator[ResultadoArchivo]:
    """Reparte los archivos entre este proceso y ``procesos - 1`` hijos bifurcados.

    Cada hijo hereda reglas y configuración ya cargadas (``fork``) y va dejando sus
    resultados, uno a uno, en un archivo temporal anónimo; este proceso revisa su tramo y
    luego lee los de los hijos en orden. Los trozos de la cola (:func:`partir`) se toman de
    una tubería (un byte por trozo: leerlo es quedárselo). Nada se acumula en memoria salvo
    la cola, y si un hijo falla, lo que no llegó a escribir se revisa aquí: nunca se pierde
    un archivo."""
    import pickle
    import tempfile

    # El primer archivo se revisa antes de bifurcar: lo que carga (diccionario de
    # sílabas, expresiones compiladas) lo heredan los hijos en vez de cargarlo cada uno.
    yield _revisar_uno(motor, *trabajos[0])
    motor.preparar_lote()
    tramos, trozos = partir(trabajos[1:], procesos)
    turnos, dar_turnos = os.pipe()
    os.write(dar_turnos, bytes(range(len(trozos))))  # como mucho 32 bytes: no se bloquea
    os.close(dar_turnos)
    hijos = []
    vivos: set[int] = set()  # hijos aún sin recoger: si algo corta la revisión, se paran
    try:
        for tramo in tramos[1:]:
            volcado = tempfile.TemporaryFile()  # noqa: SIM115 - se cierra al leerlo
            # El hijo cierra su extremo de la tubería en cuanto ha escrito todo: este proceso
            # lee sus resultados sin esperar a que el sistema termine de desmontarlo (~2 ms).
            # Si el hijo muere antes, el extremo se cierra igual y lo que falte se revisa aquí.
            listo, avisar = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - proceso hijo
                codigo = 1
                padre = os.getppid()  # si deja de serlo (murió o salió), el hijo no sigue
                try:
                    for ruta, config in tramo:
                        _seguir_si_vive(padre)
                        pickle.dump(_revisar_uno(motor, ruta, config), volcado)
                    while (k := _turno(turnos)) is not None:
                        _seguir_si_vive(padre)
                        pickle.dump((_TROZO, k, [_revisar_uno(motor, ruta, config)
                                                 for ruta, config in trozos[k]]), volcado)
                    pickle.dump((_FIN, set(motor.aplicadas)), volcado)
                    volcado.flush()
                    codigo = 0
                except ErrorCobro as exc:
                    pickle.dump(exc, volcado)
                    volcado.flush()
                    codigo = 0
                finally:
                    os.close(avisar)
                    os._exit(codigo)
            vivos.add(pid)
            os.close(avisar)
            hijos.append((pid, volcado, tramo, listo))
        for ruta, config in tramos[0]:
            yield _revisar_uno(motor, ruta, config)
        cola: dict[int, list[ResultadoArchivo]] = {}
        try:
            while (k := _turno(turnos)) is not None:
                cola[k] = [_revisar_uno(motor, ruta, config) for ruta, config in trozos[k]]
        finally:
            os.close(turnos)
        for pid, volcado, tramo, listo in hijos:
            try:
                while os.read(listo, 1):
                    pass
            finally:
                os.close(listo)
            hechos = 0
            with volcado:
                volcado.seek(0)
                while True:
                    try:
                        objeto = pickle.load(volcado)
                    except (EOFError, pickle.UnpicklingError):
                        break
                    if isinstance(objeto, tuple) and objeto[0] == _FIN:
                        motor.aplicadas.update(objeto[1])  # las reglas que aplicó el hijo
                        break
                    if isinstance(objeto, tuple) and objeto[0] == _TROZO:
                        cola[objeto[1]] = objeto[2]
                        continue
                    if isinstance(objeto, ErrorCobro):
                        raise objeto
                    hechos += 1
                    yield objeto
            os.waitpid(pid, 0)
            vivos.discard(pid)
            for ruta, config in tramo[hechos:]:
                yield _revisar_uno(motor, ruta, config)
        for k, trozo in enumerate(trozos):
            resultados = cola.pop(k, None)  # si el hijo que lo tomó falló, se revisa aquí
            yield from (resultados if resultados is not None
                        else (_revisar_uno(motor, ruta, config) for ruta, config in trozo))
    finally:
        # Ctrl-C, una tubería de salida cerrada o un error: ningún hijo sigue trabajando
        # (ni queda sin recoger) cuando este proceso sale.
        _parar(vivos)


def _seguir_si_vive(padre: int) -> None:  # pragma: no cover - proceso hijo
    """En un hijo: si el proceso que lo creó ya no está (Ctrl-C, lo mataron), sale sin más."""
    if os.getppid() != padre:
        os._exit(1)


def _parar(pids: set[int]) -> None:
    """Para y recoge los procesos hijos ``pids`` (los que ya terminaron, solo los recoge)."""
    import contextlib
    import signal

    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
    pids.clear()


class Revision:
    """Una pasada del linter, en flujo: se itera archivo a archivo.

    Al crearla se expanden las rutas y se cargan (y validan) configuración y reglas, así
    que un error de uso sale antes de escribir nada. Al iterarla se va llenando
    :attr:`informe` (cuentas, errores y avisos; con ``guardar`` también los hallazgos)."""

    def __init__(self, argumentos: list[str], opciones: Opciones | None = None,
                 guardar: bool = False) -> None:
        self.opciones = opciones or Opciones()
        self.motor = Motor(self.opciones)
        if not argumentos:
            raise ErrorCobro("no se indicó nada que revisar; pasa archivos, carpetas, globs o '-'")
        rutas, errores = entrada.expandir(argumentos)
        if not rutas and not errores:
            raise ErrorCobro(
                "no se encontró ningún archivo que revisar (se buscan .txt, .md, .html, .eml y "
                "plantillas); pasa los archivos uno a uno si tienen otra extensión"
            )
        self.informe = Informe(errores=[ErrorArchivo(e.ruta, e.mensaje, e.linea) for e in errores],
                               guardar=guardar)
        self.trabajos = [(ruta, self.motor.configuracion_de(ruta)) for ruta in rutas]
        activas: dict[str, Regla] = {}
        falla_en = self.opciones.falla_en
        # Una vez por configuración distinta (en una carpeta, todos los archivos comparten
        # la misma): con 1.000 archivos eran 1.000 vueltas iguales antes de revisar nada.
        configs = list({id(c): c for _, c in self.trabajos}.values()) or [
            self.motor.configuracion_de(".")]
        for config in configs:
            aviso = self.motor.aviso_sin_ley(self.motor.pais_de(config), config)
            if aviso and aviso not in self.informe.avisos:
                self.informe.avisos.append(aviso)
            activas.update((r.codigo, r) for r in self.motor.activas(config))
            falla_en = falla_en or config.falla_en
        #: Las reglas activas de esta pasada; al terminar, ``informe.reglas`` dice cuáles se
        #: aplicaron de verdad (con los filtros de canal, etapa, país...).
        self.reglas: list[Regla] = [r for _, r in sorted(activas.items())]
        self.informe.falla_en = falla_en or "error"
        self.informe.reglas_activas = len(activas)

    def __iter__(self) -> Iterator[ResultadoArchivo]:
        trabajos = self.trabajos
        procesos = 1 if any(r == entrada.STDIN for r, _ in trabajos) else _procesos(
            len(trabajos), self.opciones)
        resultados = (
            _en_paralelo(self.motor, trabajos, procesos) if procesos > 1 and len(trabajos) > 1
            else (_revisar_uno(self.motor, ruta, config) for ruta, config in trabajos)
        )
        for resultado in resultados:
            # Tras el primer archivo (y antes de bifurcar), lo cargado al arrancar ya no
            # cambia: el recolector vuelve a funcionar sin recorrerlo (ver recolector.py).
            recolector.reanudar()
            self.informe.anotar(resultado)
            yield resultado
        recolector.reanudar()
        # Las reglas que de verdad se aplicaron y las de supresión, que miran todos los
        # documentos: las describen SARIF, el JSON y el sitio sin volver a cargarlas.
        aplicadas = self.motor.aplicadas
        self.informe.reglas = [r for r in self.reglas if r.codigo in aplicadas or r.tipo == "supresion"]


def revisar_rutas(argumentos: list[str], opciones: Opciones | None = None) -> Informe:
    """Revisa archivos, carpetas, globs o ``-`` y devuelve el informe completo (con todos
    los hallazgos en memoria; para muchos archivos, itera una :class:`Revision`)."""
    revision = Revision(argumentos, opciones, guardar=True)
    for _ in revision:
        pass
    revision.informe.ordenar()
    return revision.informe


def documento_de_texto(texto: str, asunto: str | None = None, ruta: str = "<texto>") -> Documento:
    """Un documento en memoria (para ejemplos de reglas, pruebas y uso programático)."""
    doc = Documento(ruta=ruta, fuente=texto)
    if asunto is not None:
        doc.asunto = asunto
        doc.agregar(asunto, 0, exacto=False)
        doc.agregar("\n\n", 0, exacto=False)
        doc.inicio_cuerpo = len(doc.texto)
    doc.agregar(texto, 0)
    if asunto is None:
        doc.asunto = entrada.asunto_en_texto(doc.texto, 0)
    return doc


def revisar_texto(
    texto: str, *, reglas: list[Regla] | None = None, asunto: str | None = None,
    opciones: Opciones | None = None, **contexto: Any,
) -> list[Hallazgo]:
    """Revisa un texto en memoria. ``contexto`` admite canal, etapa, tipo, registro y modo."""
    opciones = opciones or Opciones()
    motor = Motor(opciones)
    doc = documento_de_texto(texto, asunto)
    config = Configuracion()
    ctx = motor.contexto(doc, config)
    for clave, valor in contexto.items():
        if valor is not None:
            setattr(ctx, clave, valor)
    if "etapa" not in contexto and ctx.etapa is None and ctx.tipo:
        ctx.etapa = motor.modelo.etapa_de_tipo(ctx.tipo)
    hallazgos, _ = motor.revisar_documento(doc, config, reglas, ctx)
    return hallazgos


def _aplica(regla: Regla, ctx: Contexto, config: Configuracion) -> bool:
    """Si la regla se aplica al mensaje. En un canal con ``elementos_por_canal`` en la
    configuración, las reglas de elemento obligatorio siguen esa lista (exigen los elementos
    listados aunque la regla no nombre el canal, y ningún otro); el resto de filtros vale igual."""
    elementos = config.elementos_por_canal.get(ctx.canal or "")
    elemento = getattr(regla.comprobador, "elemento", None)
    if elementos is None or regla.tipo != "elemento_requerido" or elemento is None:
        return regla.aplica(ctx)
    return elemento in elementos and regla.aplica(ctx, sin=("canal",))
