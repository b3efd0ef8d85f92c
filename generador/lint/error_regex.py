"""El error de una expresión regular mal escrita, explicado en español.

Los módulos ``regex`` y ``re`` dan sus errores en inglés («missing ) at position 3»); quien
escribe una regla propia o una tabla de ``mensajes/`` los lee en español, con la posición.
"""

from __future__ import annotations

# Los mensajes de ``regex`` (y de ``re``, que comparte casi todos) por su comienzo.
_TRADUCCIONES: tuple[tuple[str, str], ...] = (
    ("missing )", "falta un ')' que cierre el paréntesis"),
    ("missing ), unterminated subpattern", "falta un ')' que cierre el paréntesis"),
    ("unbalanced parenthesis", "sobra un ')' sin su '('"),
    ("unterminated character set", "falta el ']' que cierre el conjunto de caracteres"),
    ("nothing to repeat", "un '*', '+', '?' o '{n}' no tiene nada delante que repetir"),
    ("multiple repeat", "dos repeticiones seguidas (p. ej. '**'); escapa el signo con '\\'"),
    ("bad escape (end of pattern)", "la expresión acaba en '\\' (escríbela '\\\\')"),
    ("bad escape", "secuencia de escape desconocida"),
    ("bad character range", "rango de caracteres al revés (p. ej. [z-a])"),
    ("min repeat greater than max repeat", "en {n,m}, n es mayor que m"),
    ("unknown property", "propiedad Unicode desconocida en \\p{...}"),
    ("unknown extension", "extensión (?...) desconocida"),
    ("duplicate group name", "dos grupos con el mismo nombre"),
    ("redefinition of group name", "dos grupos con el mismo nombre"),
    ("look-behind requires fixed-width pattern", "un (?<=...) de ancho variable"),
)


def explicar(exc: Exception, patron: str | None = None) -> str:
    """``exc`` (``regex.error`` o ``re.error``) en español, con la posición (contada desde 1)
    si se sabe; con ``patron``, una posición tras el último carácter se dice «al final»."""
    original = str(getattr(exc, "msg", None) or exc)
    texto = next((es for en, es in sorted(_TRADUCCIONES, key=lambda t: -len(t[0]))
                  if original.startswith(en)), None)
    if texto is None:
        texto = "sintaxis no válida"
    posicion = getattr(exc, "pos", None)
    if not isinstance(posicion, int):
        return texto
    if patron is not None and posicion >= len(patron):
        return f"{texto} (al final)"
    return f"{texto} (posición {posicion + 1})"
