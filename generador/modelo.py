"""El modelo de datos que comparten generador, linter, exportadores y sitio.

Vocabulario (DESIGN.md): una *plantilla* es sector x tipo x canal x registro (y audiencia);
un *tipo* es una clase de recordatorio; una *etapa* es un peldaño de la escalera de cobro;
un *canal* es email, sms, carta, whatsapp o llamada (guion telefónico); un *registro* es tu o
usted; una *variable* es un marcador canónico ``{{ nombre }}`` que rellena la herramienta del usuario.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTROS = ("tu", "usted")
#: Las ranuras que escribe cada sector por tipo (o el ``por_defecto`` del tipo).
RANURAS_SECTOR_BASE = ("apertura", "en_juego", "opciones", "cierre", "sms")
#: Ranuras que un tipo puede abrir al sector además de las cinco de ESQUEMA12 (issue 12,
#: profundidad por sector). El esqueleto que use una debe darle texto en su ``por_defecto``;
#: el sector que no la escribe recibe ese texto. ``linea_asunto``: el asunto (email y carta);
#: ``intro_pago``: la frase que presenta las vías de pago; ``sms_inicio``: la frase del SMS con
#: importe, referencia y fechas; ``disputa``: la vía para discrepar en las etapas formales;
#: ``adjuntos``: lo que acompaña al escrito formal; ``reconocimiento``, ``impago`` y ``firma``:
#: las cláusulas del acuerdo firmado (quién reconoce la deuda, qué pasa si falla una cuota,
#: quién firma); ``concepto``: qué se escribe en el concepto (detalle, comentario, memo) de la
#: transferencia, que el bloque de pago del país pide con ``[[ concepto ]]``; si ni el sector ni
#: el tipo lo dicen, vale el ``concepto`` del país para la audiencia. Así cada plantilla da una
#: sola instrucción sobre el concepto.
RANURAS_SECTOR_OPCIONALES = ("linea_asunto", "intro_pago", "sms_inicio", "disputa", "adjuntos",
                             "reconocimiento", "impago", "firma", "concepto")
RANURAS_SECTOR = (*RANURAS_SECTOR_BASE, *RANURAS_SECTOR_OPCIONALES)
CANALES = ("email", "sms", "carta", "whatsapp", "llamada")
#: Tamaños de papel de las cartas de un país (``papel:`` en mensajes/paises/<cc>.yml): A4
#: (ISO 216) o carta (US Letter, 8,5 × 11 pulgadas), con su nombre en CSS ``@page``.
PAPELES = ("A4", "carta")
PAPEL_CSS = {"A4": "A4", "carta": "letter"}
AUDIENCIAS = ("b2c", "b2b")
ELEMENTOS = (
    "importe",
    "fecha_vencimiento",
    "opciones_pago",
    "contacto",
    "referencia",
    "remitente",
    "nombre_cliente",
)
TIPOS_VARIABLE = ("texto", "importe", "fecha", "url", "email", "telefono", "iban", "numero")


@dataclass(frozen=True)
class Variable:
    """Un marcador canónico: ``{{ nombre }}``."""

    nombre: str
    descripcion: str
    tipo: str
    ejemplo: Any
    elemento: str | None = None
    archivo: str = ""
    linea: int = 0
    #: el valor revela la deuda (importe, fechas, referencias...): nunca en lo que oye un
    #: tercero o un buzón de voz (ver :func:`generador.llamada.variables_de_deuda`)
    deuda: bool = False
    #: otros nombres habituales (``iban`` para ``cuenta_pago``): la pista cuando un archivo del
    #: usuario usa uno de ellos (``cobro combinar --datos``)
    alias: tuple[str, ...] = ()
    #: el ejemplo de un país que no da el suyo (``ejemplos:`` de ``mensajes/paises/<cc>.yml``)
    #: cuando el de ``ejemplo`` es un dato del país predeterminado (su IBAN, su NIF, su
    #: teléfono): un valor neutro, nunca el dato de otro país; ``{lugar}`` es la ciudad del país
    ejemplo_neutro: str | None = None


@dataclass(frozen=True)
class Etapa:
    """Un peldaño de la escalera de cobro."""

    nombre: str
    titulo: str
    orden: int
    dia: int | None
    tono: str
    descripcion: str
    formal: bool = False
    dia_ejemplo: int | None = None  # etapas sin día: a qué día fechar los ejemplos
    plazo: int = 10  # días entre la carta y el plazo que da (fecha_limite) en los ejemplos


@dataclass(frozen=True)
class Boton:
    """Un botón de una plantilla de WhatsApp: respuesta rápida, enlace o teléfono."""

    tipo: str  # respuesta | url | telefono
    texto: str
    valor: str = ""  # la URL o el teléfono (vacío en las respuestas rápidas)
    linea: int = 0


@dataclass(frozen=True)
class TextoCanal:
    """El texto de un tipo para un canal: asunto (email, carta) y cuerpo, por registro.

    WhatsApp añade ``cabecera`` y ``pie`` (por registro, opcionales) y ``botones``; la
    llamada, ``ramas`` (rama del guion -> registro -> texto) que sustituyen las comunes de
    ``mensajes/llamada.yml`` para este tipo."""

    cuerpo: dict[str, str]
    asunto: dict[str, str] | None = None
    cabecera: dict[str, str] | None = None
    pie: dict[str, str] | None = None
    botones: tuple[Boton, ...] = ()
    ramas: dict[str, dict[str, str]] = field(default_factory=dict)
    linea: int = 0
    lineas: dict[str, int] = field(default_factory=dict)  # registro -> línea del cuerpo


@dataclass(frozen=True)
class Exclusion:
    """Una combinación que no tiene sentido, con su motivo."""

    motivo: str
    tipo: str | None = None
    canal: str | None = None
    registro: str | None = None
    audiencia: str | None = None
    sector: str | None = None
    archivo: str = ""
    #: Países en los que vale la exclusión (None: en todos). Sirve para un texto que cita la
    #: ley de un país y aún no tiene versión para los demás.
    paises: tuple[str, ...] | None = None

    def aplica(self, sector: str, audiencia: str, tipo: str, canal: str, registro: str,
               pais: str | None = None) -> bool:
        if self.paises is not None and pais not in self.paises:
            return False
        return all(
            esperado is None or esperado == real
            for esperado, real in (
                (self.sector, sector),
                (self.audiencia, audiencia),
                (self.tipo, tipo),
                (self.canal, canal),
                (self.registro, registro),
            )
        )


@dataclass(frozen=True)
class Tipo:
    """Una clase de recordatorio con sus textos por canal y registro."""

    nombre: str
    titulo: str
    proposito: str
    etapa: str
    tono: str
    textos: dict[str, TextoCanal]
    exclusiones: tuple[Exclusion, ...] = ()
    archivo: str = ""
    #: Texto de las ranuras de sector para los sectores que no escriben el suyo:
    #: ranura -> registro -> texto (vacío si el tipo no tiene ``por_defecto``).
    por_defecto: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def canales(self) -> tuple[str, ...]:
        return tuple(c for c in CANALES if c in self.textos)


@dataclass(frozen=True)
class Referencia:
    """Cómo llama un sector a lo que se cobra: reserva, póliza, factura, proyecto..."""

    nombre: str
    con_articulo: str
    con_de: str
    etiqueta: str


@dataclass(frozen=True)
class Perfil:
    """Un sector para una audiencia (b2c o b2b)."""

    audiencia: str
    descripcion: str
    referencia: Referencia
    en_juego: str
    #: tipo -> ranura (apertura, en_juego, opciones, cierre, sms) -> registro -> texto
    textos: dict[str, dict[str, dict[str, str]]]
    referencia_sms: Referencia | None = None
    variables: dict[str, Variable] = field(default_factory=dict)
    ejemplos: dict[str, Any] = field(default_factory=dict)
    exclusiones: tuple[Exclusion, ...] = ()
    #: tipo -> fuente de las afirmaciones legales de sus textos (ley, artículo, URL, fecha)
    fuentes: dict[str, str] = field(default_factory=dict)
    #: guion de llamada del sector: sección (saludo, ramas, despedida) -> registro -> texto
    llamada: dict[str, dict[str, str]] = field(default_factory=dict)
    #: lo mismo, solo para un país (vocabulario propio): país -> sección -> registro -> texto
    llamada_paises: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def texto(self, tipo: Tipo, ranura: str, registro: str) -> str:
        """El texto de una ranura: el del sector o, si no escribe esa ranura, el
        ``por_defecto`` del tipo."""
        propios = self.textos.get(tipo.nombre, {})
        if ranura in propios:
            return propios[ranura].get(registro, "")
        return tipo.por_defecto.get(ranura, {}).get(registro, "")

    def guion(self, registro: str, pais: str | None) -> dict[str, str]:
        """Las secciones del guion de llamada que escribe el sector (sección -> texto), con
        las del país encima; la sección que el sector no escribe sale del guion común."""
        propias = {s: t[registro] for s, t in self.llamada.items() if registro in t}
        for s, t in self.llamada_paises.get(pais or "", {}).items():
            if registro in t:
                propias[s] = t[registro]
        return propias


@dataclass(frozen=True)
class Sector:
    """Un sector con uno o varios perfiles de audiencia."""

    nombre: str
    titulo: str
    descripcion: str
    perfiles: dict[str, Perfil]
    archivo: str = ""

    @property
    def audiencias(self) -> tuple[str, ...]:
        return tuple(self.perfiles)


@dataclass(frozen=True)
class Canal:
    """La maqueta de un canal: dónde va el cuerpo del tipo y qué lo rodea."""

    nombre: str
    titulo: str
    maqueta: str
    max_segmentos: int | None = None
    envio: str = ""  # [[ envio ]]: línea de envío de las cartas de etapas formales
    destinatario: dict[str, str] = field(default_factory=dict)  # [[ destinatario ]] por audiencia
    #: SMS: valores largos y con tildes con los que se mide el peor caso (catalogo.json)
    peor_caso: dict[str, str] = field(default_factory=dict)
    #: WhatsApp: límites de la plataforma (cuerpo, cabecera, pie, boton, botones...)
    limites: dict[str, int] = field(default_factory=dict)
    categoria: str | None = None  # WhatsApp: categoría de la plantilla (UTILITY)


@dataclass(frozen=True)
class TextosPais:
    """El texto que cambia por país (``mensajes/paises/<cc>.yml``): vocabulario, vías de
    pago, frases legales por tipo, datos de ejemplo y voseo."""

    codigo: str
    vocabulario: dict[str, str]
    pago: dict[str, str]
    pago_sms: dict[str, str]
    legal: dict[str, dict[str, str]] = field(default_factory=dict)  # tipo -> tu/usted/fuente
    ejemplos: dict[str, Any] = field(default_factory=dict)
    voseo: bool = False
    archivo: str = ""
    #: {escala, decimales}: importes de ejemplo de los sectores en la moneda del país
    importes: dict[str, Any] = field(default_factory=dict)
    #: audiencia -> qué va en el concepto de la transferencia (``[[ concepto ]]``) cuando ni el
    #: sector ni el tipo lo dicen (b2c: la referencia; b2b: el número de factura)
    concepto: dict[str, str] = field(default_factory=dict)

    def claves_legal(self, tipo: str, audiencia: str | None = None) -> tuple[str, ...]:
        """Las frases que forman ``[[ pais.legal ]]`` de un tipo: la del tipo y, detrás, la de
        su audiencia (``<tipo>_b2b``, p. ej. el interés de demora legal entre empresas)."""
        claves = (tipo, f"{tipo}_{audiencia}") if audiencia else (tipo,)
        return tuple(c for c in claves if c in self.legal)

    def ranuras(self, registro: str, tipo: str, audiencia: str | None = None) -> dict[str, str]:
        """Los valores de las ranuras ``[[ pais.* ]]`` para un registro, un tipo y una
        audiencia."""
        valores = {f"pais.{k}": v for k, v in self.vocabulario.items()}
        valores["pais.pago"] = self.pago.get(registro, "").strip("\n")
        valores["pais.pago_sms"] = self.pago_sms.get(registro, "")
        # [[ concepto ]] del bloque de pago: lo del país para la audiencia (el sector o el tipo
        # lo concretan con su ranura concepto, que manda al componer)
        valores["concepto"] = self.concepto.get(audiencia or "b2c", "") or "{{ referencia }}"
        valores["pais.legal"] = " ".join(
            t for c in self.claves_legal(tipo, audiencia) if (t := self.legal[c].get(registro, "")))
        # [[ pais.legal.<clave> ]]: una frase legal con nombre propio, que un sector o un tipo
        # pide por su clave (p. ej. la suspensión de un suministro o el impago de una prima).
        for clave, frase in self.legal.items():
            valores[f"pais.legal.{clave}"] = frase.get(registro, "")
        return valores

    def fuentes(self, claves: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """Las fuentes (``fuente`` y, si la hay, ``nota``) de las frases legales ``claves``
        que tienen texto, sin repetir."""
        salida: list[str] = []
        for clave in claves:
            frase = self.legal.get(clave, {})
            if not (frase.get("tu") or frase.get("usted")) or not frase.get("fuente"):
                continue
            texto = frase["fuente"]
            # la fecha de lectura, si la fuente no la dice ya («...; leído 2026-11-30 en...»)
            if frase.get("verificado") and str(frase["verificado"]) not in texto:
                texto += f" (texto leído el {frase['verificado']})"
            if frase.get("nota"):
                texto += f" Nota: {frase['nota']}"
            if texto not in salida:
                salida.append(texto)
        return tuple(salida)


@dataclass(frozen=True)
class Locale:
    """Datos de un país para los ejemplos rellenos (de sus datos en mensajes/paises/<cc>.yml)."""

    codigo: str
    pais: str
    moneda: str
    lugar: str


@dataclass(frozen=True)
class Pais:
    """Un país: sus datos de ``mensajes/paises/<codigo>.yml`` (el archivo del país, que
    también lleva su texto: :class:`TextosPais`) y, si tiene ley, su paquete
    ``reglas/paises/<codigo>.yml``.

    ``contacto`` es la sección ``contacto:`` del paquete tal cual, con sus líneas
    (:class:`generador.yaml_lineas.Mapa`; ``None`` si el paquete no la tiene, ``{}`` si el
    país no tiene paquete): la valida y la usa ``cobro plan``. Las reglas del paquete las
    carga el linter.
    """

    codigo: str
    nombre: str
    locale: str
    moneda: str
    zona_horaria: str
    festivos: str
    lugar: str
    #: el papel de sus cartas: A4 o carta (US Letter); ver :data:`PAPELES`
    papel: str = "A4"
    contacto: dict[str, Any] | None = field(default_factory=dict, hash=False, compare=False)
    paquete: str = ""  # ruta del paquete de país, si lo hay
    linea_contacto: int = 0
    #: el archivo del país (``mensajes/paises/<codigo>.yml``) y la línea de cada dato, para
    #: los errores que se descubren al usarlo (p. ej. un festivo de una subdivisión)
    archivo: str = field(default="", compare=False)
    lineas: dict[str, int] = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Especificacion:
    """Un árbol de especificaciones ya cargado y validado: el modelo de dominio único.

    Etapas, tipos (con su etapa), canales, registros, variables (con su elemento y ejemplo;
    :meth:`todas_las_variables` incluye las de los sectores), sectores y países (con la
    sección ``contacto`` de su paquete). Lo toman el compositor, el linter, los
    exportadores, el planificador y el sitio; se obtiene con :func:`generador.dominio.modelo`.
    """

    raiz: Path
    etapas: dict[str, Etapa]
    variables: dict[str, Variable]
    tipos: dict[str, Tipo]
    sectores: dict[str, Sector]
    canales: dict[str, Canal]
    locales: dict[str, Locale]
    locale_predeterminado: str = "es_ES"
    paises: dict[str, Pais] = field(default_factory=dict)
    pais_predeterminado: str | None = None
    textos_pais: dict[str, TextosPais] = field(default_factory=dict)
    #: el guion común de las llamadas (``mensajes/llamada.yml``; None si no hay)
    guion: Any = None

    # -- vistas del modelo que usan el linter, el sitio y los exportadores ---------------

    @property
    def registros(self) -> tuple[str, ...]:
        return REGISTROS

    @property
    def audiencias(self) -> tuple[str, ...]:
        return AUDIENCIAS

    def etapa_de_tipo(self, tipo: str | None) -> str | None:
        """La etapa de un tipo (``None`` si el tipo no existe)."""
        return self.tipos[tipo].etapa if tipo in self.tipos else None

    def etapas_escalera(self) -> tuple[str, ...]:
        """Las etapas con día (los peldaños de la escalera), por orden."""
        return tuple(e.nombre for e in sorted(self.etapas.values(), key=lambda e: e.orden)
                     if e.dia is not None)

    def todas_las_variables(self) -> dict[str, Variable]:
        """Las variables canónicas y las de todos los sectores (con su elemento y ejemplo)."""
        todas = dict(self.variables)
        for sector in self.sectores.values():
            for perfil in sector.perfiles.values():
                for nombre, variable in perfil.variables.items():
                    todas.setdefault(nombre, variable)
        return todas

    def pais_de_locale(self, locale: str) -> Pais | None:
        return next((p for p in self.paises.values() if p.locale == locale), None)


@dataclass
class Plantilla:
    """Una plantilla canónica: texto plano con marcadores ``{{ variable }}`` y nada más."""

    id: str
    sector: str
    audiencia: str
    tipo: str
    etapa: str
    canal: str
    registro: str
    cuerpo: str
    variables: list[str]
    asunto: str | None = None
    titulo: str = ""
    variante_gsm7: str | None = None
    pais: str | None = None  # el país para el que se generó (cobro generar --pais)
    #: fuentes de las frases legales del país que lleva el texto (no van al front matter)
    fuentes_legales: tuple[str, ...] = ()
    #: WhatsApp y llamada: la plantilla como datos (componentes y botones; secciones, ramas
    #: y lo que nunca se dice). Va a catalogo.json, no al front matter.
    estructura: dict[str, Any] | None = None

    def metadatos(self) -> dict[str, Any]:
        """Front matter del archivo de plantilla (orden estable)."""
        datos: dict[str, Any] = {
            "id": self.id,
            "titulo": self.titulo,
            "sector": self.sector,
            "tipo": self.tipo,
            "etapa": self.etapa,
            "canal": self.canal,
            "registro": self.registro,
            "audiencia": self.audiencia,
        }
        if self.pais is not None:
            datos["pais"] = self.pais
        if self.asunto is not None:
            datos["asunto"] = self.asunto
        datos["variables"] = list(self.variables)
        if self.variante_gsm7 is not None:
            datos["variante_gsm7"] = self.variante_gsm7
        return datos


@dataclass
class Mensaje:
    """Una plantilla rellena con datos: lo que recibiría el cliente."""

    cuerpo: str
    asunto: str | None = None
