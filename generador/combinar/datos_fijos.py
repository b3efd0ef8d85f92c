"""``--datos``: los valores que no cambian de una fila a otra (empresa, remitente, contacto,
formas de pago), en un archivo YAML plano ``variable: valor``."""

from __future__ import annotations

from pathlib import Path

from generador.errores import ErrorCobro, Problema, quisiste_decir

#: Un archivo de datos fijos más grande que esto no es una ficha de empresa.
MAX_BYTES = 1_000_000


def leer(ruta: Path, variables: dict) -> tuple[tuple[str, str], ...]:
    """Pares ``(variable, valor)`` validados: cada clave es una variable canónica y cada
    valor un texto, un número o una fecha."""
    import yaml

    try:
        if ruta.stat().st_size > MAX_BYTES:
            raise ErrorCobro(f"--datos: '{ruta}' pesa más de 1 MB; solo debe tener los datos fijos")
        texto = ruta.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ErrorCobro(f"--datos: '{ruta}' no existe") from None
    except UnicodeDecodeError:
        raise ErrorCobro(f"--datos: '{ruta}' no es UTF-8; guárdalo como UTF-8") from None
    except OSError as exc:
        raise ErrorCobro(f"--datos: no se puede leer '{ruta}': {exc.strerror}") from None
    try:
        datos = yaml.safe_load(texto)
    except yaml.YAMLError as exc:
        marca = getattr(exc, "problem_mark", None)
        linea = marca.line + 1 if marca else 0
        raise ErrorCobro(f"{ruta}:{linea}: YAML mal formado: {getattr(exc, 'problem', exc)}") from None
    except RecursionError:
        raise ErrorCobro(f"{ruta}: anidamiento demasiado profundo; usa pares variable: valor") from None
    if datos is None:
        return ()
    if not isinstance(datos, dict):
        raise ErrorCobro(f"{ruta}:1: se esperaba un mapa 'variable: valor' (empresa: Ejemplo S.L.)")
    problemas = []
    pares = []
    for clave, valor in datos.items():
        clave = str(clave)
        if clave not in variables:
            pista = quisiste_decir(clave, variables) or " 'cobro generar' las documenta"
            problemas.append(Problema(str(ruta), 0, clave, "no es una variable canónica;" + pista))
        elif isinstance(valor, (dict, list)) or valor is None:
            problemas.append(Problema(str(ruta), 0, clave,
                                      "el valor debe ser un texto, un número o una fecha"))
        else:
            pares.append((clave, str(valor)))
    if problemas:
        raise ErrorCobro(f"--datos: '{ruta}' tiene {len(problemas)} problema(s):", problemas)
    return tuple(pares)
