"""Esquema declarativo de un archivo de reglas (``reglas/*.yml``).

Cada campo dice su tipo, si es obligatorio, qué valores admite y para qué sirve; el
cargador (:mod:`generador.lint.cargar_reglas`) lo recorre y junta todos los problemas
con su ``archivo:linea`` antes de parar. ``cobro reglas`` y la documentación leen las
descripciones de aquí.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generador.lint.etapas import CATEGORIAS, ELEMENTOS, MODOS, SEVERIDADES

PATRON_CODIGO = r"^[A-Z]{3}[0-9]{3}$"
PATRON_NOMBRE = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"


@dataclass(frozen=True)
class Campo:
    """Un campo de una regla."""

    tipo: str  # "texto", "lista", "mapa", "ejemplos", "sugerencias", "numero", "logico"
    descripcion: str
    requerido: bool = False
    valores: tuple[str, ...] = ()
    patron: str | None = None
    formato: str = ""  # cómo se escribe, para el mensaje de error
    dimension: str = ""  # valores tomados del modelo (canal, etapa, tipo, pais...)


@dataclass(frozen=True)
class Filtro:
    """Un filtro de regla: cuándo se aplica según una dimensión del mensaje.

    Es la única lista de filtros: la recorren el esquema (claves admitidas y sus valores,
    que salen del modelo), el cargador, :meth:`Regla.aplica`, ``cobro reglas``, el sitio
    y SARIF. Añadir una dimensión es añadir una línea aquí (y el campo en el contexto).
    """

    clave: str  # en el YAML de la regla
    dimension: str  # en el contexto, el front matter y los ejemplos
    excluye: bool  # excepto_*: nunca en estos valores
    etiqueta: str  # para ``cobro reglas CODIGO`` y el sitio
    descripcion: str


FILTROS: tuple[Filtro, ...] = (
    Filtro("canales", "canal", False, "canales",
           "Solo en estos canales (con canal desconocido, solo si los lista todos)."),
    Filtro("etapas", "etapa", False, "solo en etapas",
           "Solo en estas etapas (si la etapa no se conoce, no se aplica)."),
    Filtro("excepto_etapas", "etapa", True, "salvo en etapas", "Nunca en estas etapas."),
    Filtro("tipos", "tipo", False, "solo en tipos",
           "Solo en estos tipos de recordatorio (si el tipo no se conoce, no se aplica)."),
    Filtro("excepto_tipos", "tipo", True, "salvo en tipos", "Nunca en estos tipos."),
    Filtro("registros", "registro", False, "registros", "Solo en estos registros (tu, usted)."),
    Filtro("audiencias", "audiencia", False, "audiencias",
           "Solo para estas audiencias (b2c, b2b; si no se conoce, no se aplica)."),
    Filtro("paises", "pais", False, "países",
           "Solo en estos países (cobro lint --pais o 'pais' en la configuración o el front "
           "matter; si no se conoce, no se aplica). En reglas/paises/<cc>.yml es implícito."),
    Filtro("modos", "modo", False, "modos", "Solo en estos modos (plantilla, mensaje)."),
)
DIMENSIONES: tuple[str, ...] = tuple(dict.fromkeys(f.dimension for f in FILTROS))


COMUNES: dict[str, Campo] = {
    "codigo": Campo("texto", "Código estable: familia de tres letras y número (TON001).",
                    requerido=True, patron=PATRON_CODIGO,
                    formato="tres mayúsculas y tres cifras, p. ej. TON001"),
    "nombre": Campo("texto", "Nombre legible con puntos, bajo su categoría (tono.amenaza.penal).",
                    requerido=True, patron=PATRON_NOMBRE,
                    formato="minúsculas separadas por puntos, p. ej. tono.amenaza.penal"),
    "categoria": Campo("texto", "Una de las categorías fijas del contrato.", requerido=True,
                       valores=CATEGORIAS),
    "severidad": Campo("texto", "error, aviso o sugerencia.", requerido=True, valores=SEVERIDADES),
    "correccion": Campo("correccion", "Si y cómo la corrige --corregir: {tipo: ninguna, mayusculas, "
                        "exclamaciones, gsm7, sustitucion o reescritura, segura: true|false}."),
    "tipo": Campo("texto", "Clase de regla: frases, patron, elemento_requerido, requiere, "
                  "metrica, comprobacion, ortografia, gramatica o supresion.", requerido=True),
    "mensaje": Campo("texto", "Lo que ve el usuario en cada hallazgo; admite {texto} "
                     "(el tramo señalado) y {ejemplo_importe} (un importe de ejemplo en la "
                     "moneda y el formato del país con que se revisa).",
                     requerido=True),
    "descripcion": Campo("texto", "Qué hace la regla.", requerido=True),
    "por_que": Campo("texto", "Por qué importa.", requerido=True),
    "incorrecto": Campo("ejemplos", "Ejemplo(s) que la regla debe señalar.", requerido=True),
    "correcto": Campo("ejemplos", "Ejemplo(s) que la regla debe aceptar.", requerido=True),
    "referencia": Campo("texto", "Ley, artículo o consejo de la semilla en que se apoya."),
    "sugerencias": Campo("sugerencias", "Alternativas respetuosas: lista, o mapa tu/usted."),
    "alias": Campo("lista", "Códigos o nombres antiguos que siguen valiendo."),
    "url": Campo("texto", "Dirección de la fuente legal (obligatoria en los paquetes de país)."),
    "verificado": Campo("fecha", "Fecha AAAA-MM-DD en que se leyó la fuente (obligatoria en "
                        "los paquetes de país)."),
    **{f.clave: Campo("lista", f.descripcion,
                      valores=MODOS if f.dimension == "modo" else (),
                      dimension="" if f.dimension == "modo" else f.dimension)
       for f in FILTROS},
}

#: Campos obligatorios de más en una regla de un paquete de país.
REQUERIDOS_PAIS = ("referencia", "url", "verificado")

POR_TIPO: dict[str, dict[str, Campo]] = {
    "frases": {
        "frases": Campo("frases", "Frases que señalar (familias con *, alternativas con |, "
                        "huecos con ...); cada una puede llevar su propia sugerencia.",
                        requerido=True),
        "excepto": Campo("frases", "Frases que, si contienen la coincidencia, la anulan."),
        "excepto_oracion": Campo(
            "frases", "Contexto que, si aparece en la misma oración que la coincidencia, la "
            "anula (la condición o el plazo de un aviso legítimo)."),
    },
    "patron": {
        "patrones": Campo("lista", "Expresiones regulares (módulo regex), sin distinguir "
                          "mayúsculas; se cortan si tardan demasiado.", requerido=True),
        "excepto": Campo("frases", "Frases que, si contienen la coincidencia, la anulan."),
        "requiere": Campo("frases", "Palabras de las que al menos una debe estar en el texto "
                          "para ejecutar las expresiones (las acelera)."),
    },
    "elemento_requerido": {
        "elemento": Campo("texto", "Elemento que el mensaje debe llevar.", requerido=True,
                          valores=ELEMENTOS),
        "frases": Campo("frases", "Palabras que prueban que el elemento está."),
        "patrones": Campo("lista", "Expresiones regulares que prueban que el elemento está."),
        "patrones_conversacion": Campo(
            "lista", "Expresiones que prueban el elemento solo en WhatsApp o SMS, donde se "
            "contesta en el mismo chat."),
        "excepto_oraciones": Campo(
            "lista", "Expresiones que, si aparecen en una oración, hacen que esa oración no "
            "pruebe el elemento (un recibo de pago no ofrece formas de pago)."),
        "excepto_requiere": Campo(
            "frases", "Palabras de las que al menos una debe estar en el texto para buscar "
            "excepto_oraciones (las acelera)."),
    },
    "requiere": {
        "frases": Campo("frases", "Frases de las que al menos una debe estar en el mensaje "
                        "(p. ej. el aviso que exige una ley)."),
        "patrones": Campo("lista", "Expresiones regulares de las que al menos una debe casar."),
    },
    "metrica": {
        "metrica": Campo("texto", "Qué se mide.", requerido=True),
        "parametros": Campo("mapa", "Umbrales y listas de la métrica."),
    },
    "comprobacion": {
        "comprobacion": Campo("texto", "Comprobación programada que se aplica.", requerido=True),
        "parametros": Campo("mapa", "Parámetros de la comprobación."),
    },
    "ortografia": {},
    "gramatica": {},
    "supresion": {},
}

#: Campos admitidos en un ejemplo escrito como mapa.
CAMPOS_EJEMPLO = {
    "texto": Campo("texto", "El mensaje.", requerido=True),
    "asunto": Campo("texto", "Asunto (email)."),
    **{d: Campo("texto", f"{d.capitalize()} del ejemplo.",
                valores=MODOS if d == "modo" else (), dimension="" if d == "modo" else d)
       for d in DIMENSIONES},
    "corregido": Campo("texto", "El texto tras aplicar la corrección de la regla (ejemplos incorrectos)."),
    "senala": Campo("texto", "El tramo exacto que la regla debe señalar (ejemplos incorrectos)."),
}


@dataclass(frozen=True)
class Parametro:
    """Un parámetro de una métrica o comprobación."""

    tipo: str  # "numero", "lista", "texto"
    descripcion: str
    defecto: object = None


@dataclass
class Esquemas:
    """Parámetros válidos de cada métrica y comprobación programada."""

    metricas: dict[str, dict[str, Parametro]] = field(default_factory=dict)
    comprobaciones: dict[str, dict[str, Parametro]] = field(default_factory=dict)
