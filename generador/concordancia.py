"""Concordancia de número en los mensajes para el usuario: «1 plantilla», «2 plantillas»."""

from __future__ import annotations


def plural(n: int, uno: str, varios: str | None = None) -> str:
    """El número con el sustantivo concordado. Sin ``varios``, el plural regular (vocal +
    s; consonante + es)."""
    if varios is None:
        varios = uno + ("s" if uno[-1] in "aeiouáéó" else "es")
    from generador.numeros import cifra

    return f"{cifra(n)} {uno if n == 1 else varios}"
