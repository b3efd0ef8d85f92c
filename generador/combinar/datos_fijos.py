"""``--datos``: los valores que no cambian de una fila a otra (empresa, remitente, contacto,
formas de pago), en un archivo YAML plano ``variable: valor``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generador.errores import ErrorCobro, Problema, describir_ausente, quisiste_decir

if TYPE_CHECKING:
    from generador.modelo import Variable


def leer(ruta: Path, variables: dict[str, Variable]) -> tuple[tuple[str, str], ...]:
    """Pares ``(variable, valor)`` validados: cada clave es una variable canónica y cada
    valor un texto, un número o una fecha. Se lee con el cargador seguro de cobro (límites
    de tamaño y anidación, claves repetidas) y cada problema lleva su línea."""
    from generador.yaml_lineas import cargar_archivo

    if not ruta.is_file():
        raise ErrorCobro(f"--datos: '{ruta}': {describir_ausente(ruta)}")
    # Cada valor, el texto escrito (como una celda del CSV): «9:00» no es 540 ni «0123» es 83.
    datos, problemas = cargar_archivo(ruta, textos=True)
    if problemas:
        raise ErrorCobro(f"--datos: '{ruta}' no se puede leer:", problemas)
    if datos is None:
        return ()
    if not isinstance(datos, dict):
        raise ErrorCobro(f"{ruta}:1: se esperaba un mapa 'variable: valor' (empresa: Ejemplo S.L.)")
    # nombres antiguos o habituales de cada variable (su «alias» en mensajes/variables.yml)
    canonica = {a: nombre for nombre, v in variables.items() for a in v.alias}
    pares = []
    for clave, valor in datos.items():
        clave, linea = str(clave), datos.linea_de(clave)
        if clave not in variables:
            pista = (f" usa '{canonica[clave]}'" if clave in canonica
                     else quisiste_decir(clave, variables) or " 'cobro generar' las documenta")
            problemas.append(Problema(str(ruta), linea, clave, "no es una variable canónica;" + pista))
        elif isinstance(valor, (dict, list)) or valor is None:
            problemas.append(Problema(str(ruta), linea, clave,
                                      "el valor debe ser un texto, un número o una fecha"))
        elif not str(valor).strip() or str(valor).strip() in ("~", "null", "Null", "NULL"):
            problemas.append(Problema(str(ruta), linea, clave,
                                      "está vacío; escribe el valor o quita la línea"))
        else:
            pares.append((clave, str(valor)))
    if problemas:
        n = len(problemas)
        raise ErrorCobro(f"--datos: '{ruta}' tiene {n} {'problema' if n == 1 else 'problemas'}:",
                         problemas)
    return tuple(pares)
