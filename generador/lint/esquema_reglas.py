"""Esquema declarativo de un archivo de reglas (``reglas/*.yml``).

Cada campo dice su tipo, si es obligatorio, qué valores admite y para qué sirve; el
cargador (:mod:`generador.lint.cargar_reglas`) lo recorre y junta todos los problemas
con su ``archivo:linea`` antes de parar. ``cobro reglas`` y la documentación leen las
descripciones de aquí.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generador.lint.etapas import CANALES, CATEGORIAS, ELEMENTOS, ETAPAS, MODOS, SEVERIDADES, TIPOS

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
    "tipo": Campo("texto", "Clase de regla: frases, patron, elemento_requerido, metrica, "
                  "comprobacion, ortografia, gramatica o supresion.", requerido=True),
    "mensaje": Campo("texto", "Lo que ve el usuario en cada hallazgo; admite {texto}.",
                     requerido=True),
    "descripcion": Campo("texto", "Qué hace la regla.", requerido=True),
    "por_que": Campo("texto", "Por qué importa.", requerido=True),
    "incorrecto": Campo("ejemplos", "Ejemplo(s) que la regla debe señalar.", requerido=True),
    "correcto": Campo("ejemplos", "Ejemplo(s) que la regla debe aceptar.", requerido=True),
    "referencia": Campo("texto", "Ley, artículo o consejo de la semilla en que se apoya."),
    "sugerencias": Campo("sugerencias", "Alternativas respetuosas: lista, o mapa tu/usted."),
    "alias": Campo("lista", "Códigos o nombres antiguos que siguen valiendo."),
    "canales": Campo("lista", "Solo en estos canales.", valores=CANALES),
    "etapas": Campo("lista", "Solo en estas etapas (si la etapa no se conoce, no se aplica).",
                    valores=ETAPAS),
    "excepto_etapas": Campo("lista", "Nunca en estas etapas.", valores=ETAPAS),
    "tipos": Campo("lista", "Solo en estos tipos de recordatorio.", valores=TIPOS),
    "excepto_tipos": Campo("lista", "Nunca en estos tipos.", valores=TIPOS),
    "modos": Campo("lista", "Solo en estos modos (plantilla, mensaje).", valores=MODOS),
}

POR_TIPO: dict[str, dict[str, Campo]] = {
    "frases": {
        "frases": Campo("frases", "Frases que señalar (familias con *, alternativas con |, "
                        "huecos con ...); cada una puede llevar su propia sugerencia.",
                        requerido=True),
        "excepto": Campo("frases", "Frases que, si contienen la coincidencia, la anulan."),
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
    "canal": Campo("texto", "Canal del ejemplo.", valores=CANALES),
    "etapa": Campo("texto", "Etapa del ejemplo.", valores=ETAPAS),
    "tipo": Campo("texto", "Tipo del ejemplo.", valores=TIPOS),
    "registro": Campo("texto", "tu o usted.", valores=("tu", "usted")),
    "modo": Campo("texto", "plantilla o mensaje.", valores=MODOS),
    "corregido": Campo("texto", "El texto tras aplicar la corrección de la regla (ejemplos incorrectos)."),
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
