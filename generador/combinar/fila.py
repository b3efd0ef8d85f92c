"""El trabajo de una fila: elegir la plantilla, rellenarla y revisarla.

:func:`combinar_fila` es pura y serializable: recibe unos :class:`Ajustes` (datos simples,
sin objetos cargados) y una fila, y devuelve un :class:`ResultadoFila`. Cada proceso carga
la especificación, las plantillas y las reglas una sola vez, la primera vez que las
necesita (:func:`estado`), así que la misma función corre en este proceso o en los
trabajadores de un clúster Dask.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from generador.combinar import valores as v
from generador.combinar.filas import MAX_CELDA
from generador.concordancia import plural
from generador.errores import ErrorCobro, valor_desconocido

REGISTRO_POR_DEFECTO = "usted"
PLAZO_POR_DEFECTO = 10


@dataclass(frozen=True)
class Ajustes:
    """Lo que fija la orden para todas las filas (serializable, hashable)."""

    specs: str
    hoy: dt.date
    pais: str | None = None
    canal: str | None = None
    registro: str = REGISTRO_POR_DEFECTO
    plazo_dias: int = PLAZO_POR_DEFECTO
    datos: tuple[tuple[str, str], ...] = ()
    config: str | None = None
    revisar: bool = True
    #: SMS: si el mensaje relleno pasa a UCS-2 y supera los segmentos del canal, quitar a
    #: los valores de la fila (no al texto, que ya está en GSM-7) lo que GSM-7 no tiene
    sms_gsm7: bool = True
    #: ``--formato carta``: cada fila del canal carta sale además como carta HTML para
    #: imprimir (la del exportador ``carta``, en el papel de su país)
    cartas: bool = False


@dataclass
class ResultadoFila:
    """Lo que sale de una fila: el mensaje revisado, o por qué no lo hay."""

    fila: int
    referencia: str
    plantilla: str | None = None
    canal: str | None = None
    tipo: str | None = None
    etapa: str | None = None
    asunto: str | None = None
    cuerpo: str | None = None
    hallazgos: list[dict[str, Any]] = field(default_factory=list)
    destinatario: str | None = None
    #: para las cabeceras del .eml: quién escribe (empresa y email_contacto) y a quién
    remitente: tuple[str, str] | None = None
    nombre_cliente: str | None = None
    pais: str | None = None
    error: str | None = None
    #: todos los problemas de una fila con error, uno a uno (``error`` los resume)
    problemas: list[str] = field(default_factory=list)
    #: si falló por variables sin valor, cuáles (el resumen suma las que faltan en muchas filas)
    faltan: tuple[str, ...] = ()
    omitida: str | None = None
    #: SMS: codificación y segmentos del mensaje final y si se transliteraron valores
    sms: dict[str, Any] | None = None
    #: WhatsApp: el mensaje como texto libre (sin los botones de respuesta rápida, que solo
    #: existen en una plantilla aprobada), el ``Body`` de twilio.csv
    texto_libre: str | None = None
    #: WhatsApp con la columna ``content_sid``: la plantilla aprobada de Twilio (``HX...``) y
    #: sus variables numeradas (las de ``cobro exportar --formato twilio``) con esta fila
    contenido_twilio: tuple[str, dict[str, str]] | None = None
    #: ``--formato carta``: la carta HTML de una fila del canal carta
    carta_html: str | None = None

    @property
    def combinada(self) -> bool:
        return self.error is None and self.omitida is None

    def como_dict(self) -> dict[str, Any]:
        """La línea de ``mensajes.jsonl`` (filas combinadas) con los campos del contrato."""
        datos = {
            "fila": self.fila, "referencia": self.referencia, "plantilla": self.plantilla,
            "canal": self.canal, "tipo": self.tipo, "etapa": self.etapa, "pais": self.pais,
            "asunto": self.asunto, "cuerpo": self.cuerpo, "hallazgos": self.hallazgos,
        }
        if self.sms is not None:
            datos["sms"] = self.sms
        return datos

    @property
    def motivos(self) -> list[str]:
        """Los problemas de una fila con error, uno a uno (vacío si no tiene error)."""
        if self.error is None:
            return []
        return self.problemas or [self.error]

    def como_problema(self) -> dict[str, Any]:
        """La línea de ``no_combinadas.jsonl``: fila, referencia y motivo (todos los
        problemas en una frase); en las filas con error, además, ``problemas``: cada uno con
        su columna (``null`` si es de la fila entera) y su motivo."""
        datos: dict[str, Any] = {"fila": self.fila, "referencia": self.referencia,
                                 "motivo": self.error or self.omitida,
                                 "clase": "error" if self.error else "omitida"}
        if self.error is not None:
            datos["problemas"] = [{"columna": columna_del_motivo(m), "motivo": m}
                                  for m in self.motivos]
        return datos


class _Estado:
    """Lo que un proceso carga una vez: especificación, plantillas y reglas."""

    def __init__(self, ajustes: Ajustes) -> None:
        from generador import dominio

        self.ajustes = ajustes
        self.espec = dominio.modelo(ajustes.specs)
        if ajustes.pais is not None and ajustes.pais not in self.espec.paises:
            raise ErrorCobro(f"--pais: {valor_desconocido('el país', ajustes.pais, self.espec.paises)}")
        # Los valores por defecto de las filas, antes de leer ninguna: un --canal mal escrito
        # no es un error en cada fila (y --canal '' tampoco es «sin canal»).
        if ajustes.canal is not None and ajustes.canal not in self.espec.canales:
            raise ErrorCobro(f"--canal: {valor_desconocido('el canal', ajustes.canal, self.espec.canales)}")
        from generador.modelo import REGISTROS

        if ajustes.registro not in REGISTROS:
            raise ErrorCobro(f"--registro: {valor_desconocido('el registro', ajustes.registro, REGISTROS)}")
        escalonadas = [e for e in self.espec.etapas.values() if e.dia is not None]
        self.escalera = sorted(escalonadas, key=lambda e: e.dia)
        self.tipo_de_etapa: dict[str, str] = {}
        for tipo in self.espec.tipos.values():
            self.tipo_de_etapa.setdefault(tipo.etapa, tipo.nombre)
        self.variables = self.espec.todas_las_variables()
        self._plantillas: dict[tuple[str, ...], Any] = {}
        self._revisor = None

    def plantilla(self, sector: str, audiencia: str, tipo: str, canal: str, registro: str,
                  pais: str):
        """La plantilla del catálogo para la fila, con el texto de su país (vocabulario,
        vías de pago, frases legales y su fuente), la misma que ``cobro generar --pais``."""
        from generador.componer import Filtros, componer

        clave = (sector, audiencia, tipo, canal, registro, pais)
        if clave not in self._plantillas:
            if pais not in self.espec.textos_pais:
                raise v.ValorInvalido(
                    f"pais: {self.espec.paises[pais].nombre} ({pais}) todavía no tiene su texto "
                    f"(vocabulario, vías de pago, frases legales): crea mensajes/paises/{pais}.yml "
                    "como los de los demás países, o pon otro país en la columna pais")
            composicion = componer(self.espec, Filtros(sector, tipo, canal, registro, audiencia),
                                   pais=pais)
            if composicion.excluidas and not composicion.plantillas:
                motivo = composicion.excluidas[0].motivo
                raise v.ValorInvalido(f"la combinación {'/'.join(clave)} está excluida: {motivo}")
            self._plantillas[clave] = composicion.plantillas[0]
        return self._plantillas[clave]

    def revisor(self):
        if self._revisor is None:
            from generador.lint.motor import Motor, Opciones

            motor = Motor(Opciones(mensaje=True, config=Path(self.ajustes.config)
                                   if self.ajustes.config else None))
            config = motor.configuracion_de(str(Path.cwd() / "combinar"))
            self._revisor = (motor, config, motor.activas(config))
        return self._revisor


_ESTADOS: dict[Ajustes, _Estado] = {}


def estado(ajustes: Ajustes) -> _Estado:
    """El estado cargado de este proceso para ``ajustes`` (se carga la primera vez)."""
    if ajustes not in _ESTADOS:
        _ESTADOS.clear()
        _ESTADOS[ajustes] = _Estado(ajustes)
    return _ESTADOS[ajustes]


def combinar_fila(ajustes: Ajustes, numero: int, fila: dict[str, str]) -> ResultadoFila:
    """Combina una fila. Nunca lanza por culpa de la fila: el motivo va en el resultado.

    Un :class:`ErrorCobro` de carga (especificación o reglas mal escritas) sí se propaga:
    no es un problema de la fila sino de todo el trabajo."""
    resultado = ResultadoFila(fila=numero, referencia=fila.get("referencia", ""))
    try:
        _combinar(estado(ajustes), ajustes, fila, resultado)
    except FilaInvalida as exc:
        resultado.error, resultado.problemas = str(exc.args[0]), exc.motivos
    except v.ValorInvalido as exc:
        resultado.error = str(exc.args[0])
    except _NoToca as exc:
        resultado.omitida = str(exc.args[0])
    return resultado


class _NoToca(Exception):
    """La fila no necesita mensaje hoy (aún no vence lo bastante)."""


def _elegir(opciones, valor: str | None, que: str, columna: str) -> str:
    if not valor:
        raise v.ValorInvalido(f"{columna}: vacío; indica {que}")
    if valor not in opciones:
        raise v.ValorInvalido(f"{columna}: {valor_desconocido(que, valor, opciones)}")
    return valor


#: «columna: motivo»: la columna con que empieza el motivo de un problema de una fila.
_CON_COLUMNA = re.compile(r"([a-z_][a-z0-9_]*): ")
#: Columnas de valor obligatorio que se nombran si están vacías aunque no se sepa aún qué
#: plantilla toca (con la plantilla, lo dice «faltan valores para ...»).
_VALOR_OBLIGATORIO = {
    "importe": "escribe el importe pendiente de la factura (p. ej. 1234.50)",
    "nombre_cliente": "escribe el nombre del cliente al que va el mensaje",
}


def columna_del_motivo(motivo: str) -> str | None:
    """``"sector: el sector 'x' no existe..."`` -> ``"sector"``; ``None`` si el motivo no
    es de una columna (la fila entera, o varias columnas)."""
    encontrada = _CON_COLUMNA.match(motivo)
    return encontrada.group(1) if encontrada else None


def resumir(motivos: list[str]) -> str:
    """Un motivo tal cual; varios, numerados en una línea («3 problemas: 1) ... · 2) ...»)."""
    if len(motivos) == 1:
        return motivos[0]
    return f"{len(motivos)} problemas: " + " · ".join(
        f"{i}) {motivo}" for i, motivo in enumerate(motivos, 1))


class FilaInvalida(v.ValorInvalido):
    """Todos los problemas de una fila a la vez: quien corrige el CSV los ve todos en una
    pasada, no uno por ejecución. ``args[0]`` los resume; :attr:`motivos` los da uno a uno."""

    def __init__(self, motivos: list[str]) -> None:
        super().__init__(resumir(motivos))
        self.motivos = motivos


class _Problemas:
    """Junta los problemas de una fila en vez de parar en el primero."""

    def __init__(self) -> None:
        self.motivos: list[str] = []

    def anotar(self, motivo: str) -> None:
        self.motivos.append(motivo)

    def probar(self, funcion, *args):
        """``funcion(*args)``, o ``None`` si no vale (con su motivo anotado)."""
        try:
            return funcion(*args)
        except FilaInvalida as exc:
            self.motivos.extend(exc.motivos)
        except v.ValorInvalido as exc:
            self.anotar(str(exc.args[0]))
        return None

    def columnas(self) -> set[str]:
        return {c for c in map(columna_del_motivo, self.motivos) if c}


def _combinar(est: _Estado, ajustes: Ajustes, fila: dict[str, str], r: ResultadoFila) -> None:
    from generador.componer import id_con_pais
    from generador.rellenar import rellenar

    if "__sobran__" in fila:
        raise v.ValorInvalido(f"la fila tiene {fila['__sobran__']} columnas más que la cabecera; "
                              "revisa las comillas y los separadores")
    if "__faltan__" in fila:
        raise v.ValorInvalido(f"a la fila le faltan columnas: {fila['__faltan__']}")
    largas = [c for c, valor in fila.items() if len(valor) > MAX_CELDA]
    if largas:
        raise v.ValorInvalido(f"celdas demasiado largas en {', '.join(largas)} (más de "
                              f"{plural(MAX_CELDA, 'carácter', 'caracteres')}): no parecen datos "
                              "de una factura")
    espec = est.espec
    plantilla, pais, tipo, canal, datos = _validar(est, ajustes, fila, r)
    try:
        mensaje = rellenar(plantilla, datos)
        if canal == "sms":
            mensaje, datos, r.sms = _sms_en_presupuesto(
                plantilla, datos, mensaje, espec.canales[canal].max_segmentos, ajustes.sms_gsm7)
    except ErrorCobro as exc:
        raise v.ValorInvalido(str(exc)) from None
    r.plantilla = id_con_pais(pais, plantilla.id)  # el id del catálogo, como generar y el sitio
    r.canal, r.tipo, r.etapa, r.pais = canal, tipo, plantilla.etapa, pais
    r.asunto, r.cuerpo = mensaje.asunto, mensaje.cuerpo
    r.destinatario = fila.get("email_cliente" if canal == "email" else "telefono_cliente") or None
    r.remitente = (datos.get("empresa", ""), datos.get("email_contacto", ""))
    r.nombre_cliente = datos.get("nombre_cliente")
    if canal == "whatsapp" and plantilla.estructura:
        from generador.rellenar import rellenar_texto
        from generador.whatsapp import texto_libre

        r.texto_libre = rellenar_texto(texto_libre(plantilla.estructura), datos, plantilla.id)
    if ajustes.cartas and canal == "carta":
        from generador.exportar import carta

        r.carta_html = carta.documento(
            plantilla, datos, f"{espec.tipos[tipo].titulo} · {r.referencia}",
            getattr(espec.paises.get(pais), "papel", "A4"))
    if canal == "whatsapp" and fila.get("content_sid"):
        r.contenido_twilio = _contenido_twilio(fila["content_sid"], plantilla, datos)
    if ajustes.revisar:
        propios = [datos[n] for n in plantilla.variables]
        r.hallazgos = _revisar(est, r, plantilla, propios)


#: El SID de una plantilla de contenido de Twilio (Content API): «HX» y 32 cifras hexadecimales.
_CONTENT_SID = re.compile(r"HX[0-9a-fA-F]{32}")


def _contenido_twilio(sid: str, plantilla, datos: dict[str, str]) -> tuple[str, dict[str, str]]:
    """``(ContentSid, ContentVariables)`` de una fila de WhatsApp con ``content_sid``.

    Un mensaje que inicia la conversación (fuera de las 24 h siguientes al último mensaje
    del cliente) tiene que ser una plantilla aprobada enviada con ``ContentSid``; con
    ``Body`` Twilio lo rechaza (error 63016, https://www.twilio.com/docs/api/errors/63016,
    leído el 30-11-2026). Las variables van numeradas como en ``cobro exportar --formato
    twilio`` para la misma plantilla (su ``mapa_variables``), que es lo que se dio de alta."""
    from generador.exportar.twilio import numerar

    sid = sid.strip()
    if not _CONTENT_SID.fullmatch(sid):
        raise v.ValorInvalido(f"content_sid: '{sid[:40]}' no es el SID de una plantilla de "
                              "Twilio (HX y 32 cifras hexadecimales, p. ej. "
                              "HX0123456789abcdef0123456789abcdef)")
    estructura = plantilla.estructura or {"cuerpo": plantilla.cuerpo}
    cuerpo, mapa = numerar(estructura["cuerpo"])
    # Twilio rellena la plantilla aprobada tal cual: «de {{2}}.» con «S.L.» daría «S.L..».
    from generador.rellenar import sin_punto_doble

    return sid, {numero: sin_punto_doble(datos[variable], (cuerpo,),
                                         re.compile(r"\{\{" + numero + r"\}\}"))
                 for numero, variable in mapa.items()}


def _sms_en_presupuesto(plantilla, datos: dict[str, str], mensaje, maximo: int | None,
                        transliterar: bool):
    """El SMS final dentro de los segmentos del canal. El texto de las plantillas SMS está
    escrito en GSM-7; lo que lo pasa a UCS-2 (y de 2 a 4 segmentos) son los valores de la
    fila: «Núñez», «Ibáñez». Si el mensaje supera ``maximo``, se rellena con los valores
    transliterados (sin tildes que GSM-7 no tiene); el texto de la plantilla no se toca."""
    from generador import sms
    from generador.rellenar import rellenar

    analisis = sms.analizar(mensaje.cuerpo)
    transliterado = False
    if (transliterar and maximo and analisis.codificacion == sms.UCS2
            and analisis.segmentos > maximo):
        datos_gsm7 = {n: sms.a_gsm7(x) for n, x in datos.items()}
        otro = rellenar(plantilla, datos_gsm7)
        otro_analisis = sms.analizar(otro.cuerpo)
        if otro_analisis.segmentos < analisis.segmentos:
            mensaje, datos, analisis, transliterado = otro, datos_gsm7, otro_analisis, True
    resumen = {"codificacion": analisis.codificacion, "segmentos": analisis.segmentos,
               "valores_transliterados": transliterado}
    return mensaje, datos, resumen


def _audiencia(espec, sector: str, audiencia: str) -> str:
    perfiles = espec.sectores[sector].perfiles
    audiencia = audiencia or (next(iter(perfiles)) if len(perfiles) == 1 else "")
    if audiencia and audiencia not in perfiles and any(
            audiencia in otro.perfiles for otro in espec.sectores.values()):
        # «b2c» existe, pero no en este sector: decirlo, no «la audiencia 'b2c' no existe»
        raise v.ValorInvalido(f"audiencia: el sector '{sector}' no tiene la audiencia "
                              f"'{audiencia}'; tiene: {', '.join(sorted(perfiles))}")
    return _elegir(perfiles, audiencia, "la audiencia", "audiencia")


def _vencimiento(texto: str, pais: str | None) -> dt.date:
    if not texto:
        raise v.ValorInvalido("fecha_vencimiento: vacía; escribe la fecha de vencimiento de la "
                              "factura (AAAA-MM-DD, p. ej. 2026-03-05)")
    return _con_columna("fecha_vencimiento", lambda t: v.fecha(t, dia_primero=pais != "us"), texto)


def _validar(est: _Estado, ajustes: Ajustes, fila: dict[str, str], r: ResultadoFila):
    """Comprueba cada columna de la fila y lanza :class:`FilaInvalida` con todos sus
    problemas (una columna que depende de otra mala, como la audiencia de un sector que no
    existe, no se juzga). Devuelve la plantilla, el país, el tipo, el canal y los datos."""
    from generador.modelo import REGISTROS

    espec = est.espec
    p = _Problemas()
    if not r.referencia:
        p.anotar("referencia: vacía; cada fila necesita la referencia de su factura")
    sector = p.probar(_elegir, espec.sectores, fila.get("sector"), "el sector", "sector")
    audiencia = None if sector is None else p.probar(_audiencia, espec, sector,
                                                      fila.get("audiencia", ""))
    registro = p.probar(_elegir, REGISTROS, fila.get("registro") or ajustes.registro,
                        "el registro", "registro")
    pais = p.probar(_elegir, espec.paises, fila.get("pais") or ajustes.pais
                    or espec.pais_predeterminado, "el país", "pais")
    vencimiento = p.probar(_vencimiento, fila.get("fecha_vencimiento", ""), pais)
    tipo = fila.get("tipo") or None
    if tipo is None and vencimiento is not None:
        try:
            tipo = p.probar(_tipo_por_retraso, est, (ajustes.hoy - vencimiento).days)
        except _NoToca:
            if not p.motivos:
                raise  # aún no toca enviar nada: no se juzga lo demás
    if tipo is not None:
        tipo = p.probar(_elegir, espec.tipos, tipo, "el tipo", "tipo")
    canal = fila.get("canal") or ajustes.canal
    if not canal:
        p.anotar("canal: vacío; añade la columna canal o usa --canal")
        canal = None
    elif canal not in espec.canales:  # «fax» no es un canal de ningún tipo
        canal = p.probar(_elegir, espec.canales, canal, "el canal", "canal")
    elif tipo is not None and canal not in espec.tipos[tipo].canales:
        p.anotar(f"canal: el tipo {tipo} no se envía por '{canal}'; canales: "
                 f"{', '.join(espec.tipos[tipo].canales)}")
        canal = None
    datos = _datos(est, ajustes, fila, espec.paises[pais or espec.pais_predeterminado],
                   vencimiento, p)
    plantilla = None
    if None not in (sector, audiencia, registro, pais, tipo, canal):
        plantilla = p.probar(est.plantilla, sector, audiencia, tipo, canal, registro, pais)
    if plantilla is not None:
        malos = p.columnas()  # un valor ilegible ya tiene su motivo: no se repite
        faltan = [n for n in plantilla.variables if n not in datos and n not in malos]
        if faltan:
            r.faltan = tuple(faltan)
            p.anotar(f"faltan valores para {', '.join(faltan)}: añade esas columnas al CSV o "
                     "ponlos en --datos")
    else:
        # sin plantilla no se sabe qué valores pide, pero estos los piden casi todas
        sueltos = dict(ajustes.datos)
        for columna, que_hacer in _VALOR_OBLIGATORIO.items():
            if not fila.get(columna) and columna not in sueltos and columna not in p.columnas():
                p.anotar(f"{columna}: vacío; {que_hacer}")
    if p.motivos:
        raise FilaInvalida(p.motivos)
    return plantilla, pais, tipo, canal, datos


def _respecto_al_vencimiento(dia: int) -> str:
    """``-5`` -> «5 días antes del vencimiento» (no «a -5 días»)."""
    if dia == 0:
        return "el día del vencimiento"
    return f"{plural(abs(dia), 'día')} {'antes' if dia < 0 else 'después'} del vencimiento"


def _tipo_por_retraso(est: _Estado, dias: int) -> str:
    """El tipo del último peldaño de la escalera alcanzado a ``dias`` del vencimiento."""
    alcanzadas = [e for e in est.escalera if e.dia <= dias]
    if not alcanzadas:
        primera = est.escalera[0]
        raise _NoToca(
            f"vence dentro de {plural(-dias, 'día')}; la escalera empieza "
            f"{_respecto_al_vencimiento(primera.dia)} ({primera.titulo}): aún no toca enviar nada")
    etapa = alcanzadas[-1].nombre
    if etapa not in est.tipo_de_etapa:
        raise v.ValorInvalido(f"ningún tipo corresponde a la etapa {etapa}; indica la columna tipo")
    return est.tipo_de_etapa[etapa]


def _datos(est: _Estado, ajustes: Ajustes, fila: dict[str, str], pais,
           vencimiento: dt.date | None, p: _Problemas) -> dict[str, str]:
    """Los valores de la fila formateados como en su país; cada valor que no se puede leer
    queda anotado en ``p`` (y fuera de los datos)."""
    locale = pais.locale
    moneda = fila.get("moneda") or pais.moneda
    if len(moneda) != 3 or not moneda.isalpha():
        p.anotar(f"moneda: '{moneda}' no es un código ISO 4217 (EUR, MXN, COP...)")
        moneda = pais.moneda
    datos: dict[str, str] = {
        "lugar": pais.lugar,
        "fecha_carta": v.formatear_fecha(ajustes.hoy, locale),
        "fecha_limite": v.formatear_fecha(ajustes.hoy + dt.timedelta(days=ajustes.plazo_dias), locale),
    }
    crudos = {**dict(ajustes.datos), **{c: x for c, x in fila.items() if x}}
    if vencimiento is None:
        crudos.pop("fecha_vencimiento", None)  # su problema ya está anotado
    else:
        crudos["fecha_vencimiento"] = vencimiento.isoformat()
    for nombre, crudo in crudos.items():
        variable = est.variables.get(nombre)
        if variable is None:
            continue
        if variable.tipo == "importe":
            cantidad = p.probar(_con_columna, nombre, v.importe, crudo)
            if cantidad is not None:
                datos[nombre] = v.formatear_importe(cantidad, moneda.upper(), locale)
        elif variable.tipo == "fecha":
            fecha = p.probar(_con_columna, nombre,
                             lambda t: v.fecha(t, dia_primero=pais.codigo != "us"), crudo)
            if fecha is not None:
                datos[nombre] = v.formatear_fecha(fecha, locale)
        elif variable.tipo == "numero":
            cifra = p.probar(_con_columna, nombre, v.numero, crudo)
            if cifra is not None:
                datos[nombre] = v.formatear_numero(cifra, locale)
        else:
            datos[nombre] = crudo
    _derivados(datos, moneda.upper(), locale)
    return datos


def _derivados(datos: dict[str, str], moneda: str, locale: str) -> None:
    """Valores que se deducen de otros si la fila no los trae: el nombre de pila y el
    tratamiento del saludo (sin columna ``tratamiento``, el nombre completo: nunca un
    «Estimado/a»), la factura (la referencia de la fila), la empresa deudora (el cliente) y
    el desglose de las cartas formales (todo principal, sin intereses ni gastos)."""
    if "nombre_cliente" in datos:
        datos.setdefault("nombre", datos["nombre_cliente"].split()[0] if
                         datos["nombre_cliente"].split() else datos["nombre_cliente"])
        datos.setdefault("tratamiento", datos["nombre_cliente"])  # mejor con su columna
        datos.setdefault("empresa_cliente", datos["nombre_cliente"])
    if "referencia" in datos:
        datos.setdefault("numero_factura", datos["referencia"])
    if "importe" in datos:
        datos.setdefault("importe_principal", datos["importe"])
        for nombre in ("intereses", "gastos"):
            if nombre not in datos:
                datos[nombre] = v.formatear_importe(Decimal(0), moneda, locale)


def _con_columna(nombre: str, funcion, crudo: str):
    try:
        return funcion(crudo)
    except v.ValorInvalido as exc:
        raise v.ValorInvalido(f"{nombre}: {exc.args[0]}") from None


def _revisar(est: _Estado, r: ResultadoFila, plantilla, valores: list[str]) -> list[dict[str, Any]]:
    """Revisa el mensaje relleno como copia final. Los valores de la fila (nombres,
    direcciones, destinos) son datos, no redacción: la ortografía los acepta."""
    from generador.lint.motor import documento_de_texto

    motor, config, reglas = est.revisor()
    doc = documento_de_texto(r.cuerpo or "", r.asunto, ruta=f"fila {r.fila}")
    ctx = motor.contexto(doc, config)
    ctx.canal, ctx.etapa, ctx.tipo = r.canal, r.etapa, r.tipo
    ctx.registro, ctx.modo, ctx.pais = plantilla.registro, "mensaje", r.pais
    ctx.audiencia = plantilla.audiencia
    ctx.vocabulario = (*ctx.vocabulario, *(p for valor in valores for p in valor.split()))
    hallazgos, _ = motor.revisar_documento(doc, config, reglas, ctx)
    return [h.como_dict() for h in hallazgos]


def ajustes_como_dict(ajustes: Ajustes) -> dict[str, Any]:
    datos = asdict(ajustes)
    datos["hoy"] = ajustes.hoy.isoformat()
    return datos
