"""El único cargador YAML de cobro para datos que escribe una persona.

Lo usan las especificaciones (``mensajes/``, ``sectores/``), el front matter de las
plantillas y los archivos de reglas. Sobre el ``SafeLoader`` de PyYAML (en C si está)
añade lo que una entrada hostil o descuidada necesita:

- **profundidad y alias acotados**: antes de construir nada se recorren los eventos del
  analizador (un recorrido plano, sin recursión) y se rechaza un documento con más de
  :data:`PROFUNDIDAD_MAX` niveles de anidación o más de :data:`ALIAS_MAX` alias. El
  compositor de PyYAML es recursivo: sin este límite, unos miles de ``[`` agotan la pila
  (``RecursionError`` con el cargador en Python, *segmentation fault* con el de C) y
  unos pocos alias encadenados («billion laughs») multiplican el trabajo de quien recorre
  los datos;
- **escalares con tipo comprobados**: una fecha imposible (``2026-02-31``) o una etiqueta
  explícita con un valor que no le corresponde (``!!int abc``, ``!!bool maybe``) es un
  error con su línea, no una excepción de Python;
- **claves repetidas**: en YAML la segunda gana en silencio; aquí es un error con su línea.

Los errores son ``yaml.MarkedYAMLError`` (con la línea del problema), así que quien ya
traduce errores de sintaxis los muestra igual.
"""

from __future__ import annotations

import yaml

#: Niveles de anidación admitidos. Una especificación usa 6 u 7; una regla, 5.
PROFUNDIDAD_MAX = 64
#: Alias (``*ancla``) admitidos por documento. Las especificaciones no usan ninguno.
ALIAS_MAX = 100

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EXCEPCIONES_ESCALAR = (ValueError, TypeError, KeyError, OverflowError, AttributeError,
                        IndexError)


class ErrorEstructura(yaml.MarkedYAMLError):
    """Documento demasiado anidado o con demasiados alias."""


def comprobar_estructura(texto: str) -> None:
    """Lanza :class:`ErrorEstructura` si ``texto`` pasa de los límites de anidación o alias.

    Solo analiza (sin construir objetos), de forma iterativa: coste lineal y pila constante.
    Los errores de sintaxis se dejan para la carga, que los explica mejor.
    """
    profundidad = 0
    alias = 0
    try:
        for evento in yaml.parse(texto, Loader=_Base):
            if isinstance(evento, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                profundidad += 1
                if profundidad > PROFUNDIDAD_MAX:
                    raise ErrorEstructura(
                        None, None,
                        f"está anidado a más de {PROFUNDIDAD_MAX} niveles; una especificación, "
                        "un front matter o una regla no necesitan tantos: simplifica la estructura",
                        evento.start_mark,
                    )
            elif isinstance(evento, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                profundidad -= 1
            elif isinstance(evento, yaml.AliasEvent):
                alias += 1
                if alias > ALIAS_MAX:
                    raise ErrorEstructura(
                        None, None,
                        f"tiene más de {ALIAS_MAX} alias (*nombre); escribe los valores "
                        "sin alias",
                        evento.start_mark,
                    )
    except ErrorEstructura:
        raise
    except yaml.YAMLError:
        return


def _describir(nodo: yaml.Node) -> str:
    valor = str(getattr(nodo, "value", ""))
    return valor if len(valor) <= 40 else valor[:40] + "…"


class CargadorSeguro(_Base):  # type: ignore[misc, valid-type]
    """``SafeLoader`` que convierte los escalares imposibles y las claves repetidas en
    errores de YAML con línea. Úsalo después de :func:`comprobar_estructura`."""

    def construct_object(self, node, deep=False):  # type: ignore[override]
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except _EXCEPCIONES_ESCALAR:
            valor = _describir(node)
            if node.tag == "tag:yaml.org,2002:timestamp":
                mensaje = (f"'{valor}' no es una fecha que exista; escribe una fecha real "
                           "(AAAA-MM-DD) o, si es un texto, ponlo entre comillas")
            else:
                etiqueta = node.tag.replace("tag:yaml.org,2002:", "!!")
                mensaje = (f"'{valor}' no es un valor válido para {etiqueta}; corrige el valor "
                           "o quita la etiqueta")
            raise yaml.constructor.ConstructorError(None, None, mensaje, node.start_mark) from None

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        if isinstance(node, yaml.MappingNode):
            vistas: set[tuple[str, str]] = set()
            for nodo_clave, _ in node.value:
                if not isinstance(nodo_clave, yaml.ScalarNode) or nodo_clave.tag.endswith(":merge"):
                    continue
                clave = (nodo_clave.tag, nodo_clave.value)
                if clave in vistas:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"la clave '{_describir(nodo_clave)}' está repetida",
                        nodo_clave.start_mark,
                    )
                vistas.add(clave)
        return super().construct_mapping(node, deep=deep)
