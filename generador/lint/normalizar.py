"""Normalización para comparar español sin distinguir mayúsculas ni tildes.

``plegar`` devuelve un texto de la *misma longitud* que el original: cada carácter se
sustituye por exactamente un carácter (minúscula y sin tilde). Así un desplazamiento
hallado en el texto plegado vale tal cual en el original. La ñ se conserva: no es una
tilde sino otra letra ("año" no es "ano").
"""

from __future__ import annotations

import re
import unicodedata


class _TablaPlegado(dict):
    """Tabla para ``str.translate`` que calcula y recuerda cada carácter nuevo."""

    def __missing__(self, codigo: int) -> str:
        caracter = chr(codigo)
        self[codigo] = resultado = _plegar_caracter(caracter)
        return resultado


def _plegar_caracter(caracter: str) -> str:
    if caracter in "ñÑ":
        return "ñ"
    minuscula = caracter.lower()
    if len(minuscula) != 1:
        minuscula = caracter
    descompuesto = unicodedata.normalize("NFD", minuscula)
    base = "".join(c for c in descompuesto if not unicodedata.combining(c))
    if len(base) == 1:
        return base
    return minuscula if len(minuscula) == 1 else caracter


_TABLA = _TablaPlegado()


def plegar(texto: str) -> str:
    """Minúsculas y sin tildes, conservando la longitud (y por tanto los desplazamientos).

    Es ``texto.translate(_TABLA)``, pero ``translate`` mira la tabla carácter a carácter y
    un mensaje en español es casi todo ASCII: se pasa a minúsculas entero (en C) y la tabla
    solo se consulta en los tramos que no son ASCII. Vale si ``lower()`` no alarga ningún
    carácter (İ -> i + punto) y no hay Σ (su minúscula depende de lo que la rodea): entonces
    cada carácter pasa a su propia minúscula, y plegar la minúscula da lo mismo que plegar
    el original (lo comprueba ``tests/lint/test_atajos_equivalentes.py`` con todo Unicode)."""
    minusculas = texto.lower()
    if len(minusculas) != len(texto) or "Σ" in texto:
        return texto.translate(_TABLA)
    if minusculas.isascii():
        return minusculas
    if _TABLA_LATIN1 is not None:
        # Casi todo mensaje en español cabe en Latin-1 (las tildes, la ñ, ¿ ¡): entonces la
        # tabla se aplica a los bytes, en C y sin llamar a Python por cada tramo con tilde.
        # Con un carácter de fuera (€, comillas tipográficas, emojis), como siempre.
        try:
            octetos = minusculas.encode("latin-1")
        except UnicodeEncodeError:
            pass
        else:
            return octetos.translate(_TABLA_LATIN1).decode("latin-1")
    return _NO_ASCII.sub(_plegar_tramo, minusculas)


_NO_ASCII = re.compile(r"[^\x00-\x7f]+")


def _tabla_latin1() -> bytes | None:
    """La tabla de plegar para ``bytes.translate`` de los 256 caracteres de Latin-1 (los
    ASCII, tal cual, como en :func:`plegar`), o ``None`` si alguno se plegara fuera de
    Latin-1 (no pasa: lo comprueba ``tests/lint/test_atajos_equivalentes.py``)."""
    tabla = bytearray(range(256))
    for codigo in range(128, 256):
        plegado = _plegar_caracter(chr(codigo))
        if len(plegado) != 1 or ord(plegado) > 255:
            return None
        tabla[codigo] = ord(plegado)
    return bytes(tabla)


_TABLA_LATIN1 = _tabla_latin1()


def _plegar_tramo(m: re.Match[str]) -> str:
    return m.group().translate(_TABLA)


#: Una vocal con tilde o diéresis dentro de la palabra, y la misma sin ella. La del final se
#: queda: «pagó» no es «pago», «está» no es «esta»; ahí la tilde cambia el sentido y las
#: expresiones la escriben.
_TILDE_DENTRO = re.compile(r"[áéíóúüàèìòùÁÉÍÓÚÜÀÈÌÒÙ](?=[^\W\d_])")
_SIN_TILDE = dict(zip("áéíóúüàèìòùÁÉÍÓÚÜÀÈÌÒÙ", "aeiouuaeiouAEIOUUAEIOU", strict=True))
#: Una tanda de signos de énfasis de WhatsApp y Markdown (ver :func:`_sin_enfasis`).
_SIGNOS_ENFASIS = re.compile(r"[*_~]+")


def _sin_tilde(m: re.Match[str]) -> str:
    return _SIN_TILDE[m.group()]


def _sin_enfasis(texto: str) -> str:
    """``texto`` con los signos de énfasis pegados a una palabra cambiados por espacios:
    «*Tienda Sol*», «_Créditos Sur_», «**Nota**», «~antes~». No los de una máscara
    («****1234») ni los de un nombre de variable («numero_factura»): van junto a cifras o
    entre letras."""
    def cambiar(m: re.Match[str]) -> str:
        antes = texto[m.start() - 1] if m.start() else " "
        despues = texto[m.end()] if m.end() < len(texto) else " "
        abre = not antes.isalnum() and despues.isalpha()
        cierra = (antes.isalpha() or antes in ".!?)") and not despues.isalnum()
        return " " * len(m.group()) if abre or cierra else m.group()
    return _SIGNOS_ENFASIS.sub(cambiar, texto)


def quitar_tildes(texto: str) -> str:
    """``texto`` sin tildes dentro de las palabras ni signos de énfasis, con sus mayúsculas,
    su ñ, las tildes del final de palabra y la misma longitud.

    Para las expresiones que distinguen mayúsculas (un nombre propio, una marca) y tienen
    que encontrar igual «contáctenos» que «contactenos» y «con *Tienda Sol*» que «con Tienda
    Sol»: escritas sin tildes (o con ``[aá]``) y sin contar con el énfasis, aciertan en todas
    las formas. El énfasis pasa a espacios (:func:`_sin_enfasis`)."""
    if "*" in texto or "_" in texto or "~" in texto:
        texto = _sin_enfasis(texto)
    if texto.isascii():
        return texto
    return _TILDE_DENTRO.sub(_sin_tilde, texto)


# --- Escritura de SMS/WhatsApp --------------------------------------------------------------
#: Letras repetidas tres o más veces ("rataaa", "embargarrr"), cifras dentro de una palabra
#: ("3stafador", "m0roso") o una k inicial ("kasa"). Solo si aparece algo así se reescribe
#: el texto plegado. Son tres búsquedas en vez de una expresión con las cuatro alternativas
#: (``([a-zñ])\1\1|[a-zñ][013457]|[013457][a-zñ]|(?<![\w])k[aou]``): cada una empieza por
#: algo que el motor salta deprisa, y la de la k solo si hay alguna; 4 veces más rápido.
_TRIPLE = re.compile(r"([a-zñ])\1\1")
_LETRA_Y_CIFRA = re.compile(r"[013457](?:(?<=[a-zñ][013457])|[a-zñ])")
_K_SOSPECHOSA = re.compile(r"(?<![\w])k[aou]")


def _sospechoso(plegado: str) -> bool:
    """Si ``plegado`` puede tener escritura de SMS que :func:`desenmascarar` deshace."""
    return (_TRIPLE.search(plegado) is not None
            or ("k" in plegado and _K_SOSPECHOSA.search(plegado) is not None)
            or _LETRA_Y_CIFRA.search(plegado) is not None)

_REPETIDAS = re.compile(r"([a-zñ])\1{2,}")
_PALABRA_CON_CIFRAS = re.compile(r"(?<![\w])(?=\w*[a-zñ])(?=\w*[013457])[a-zñ013457]+(?![\w])")
_CIFRA_A_LETRA = str.maketrans("013457", "oieast")
_K_INICIAL = re.compile(r"(?<![\w])k(?=[aou])")
#: Relleno que no es letra (no alarga ni parte palabras vecinas): ocupa el sitio de lo quitado.
RELLENO = "\u00ad"


def desenmascarar(plegado: str) -> str:
    """Deshace, sin cambiar la longitud, la escritura típica de SMS y WhatsApp.

    - letras repetidas: una tanda de 3 o más se queda en una ("rataaa" -> "rata"), o en dos
      si es r o l dentro de la palabra ("perrrro" -> "perro", "callllate" -> "callate");
      el sitio sobrante se rellena al final de la palabra con :data:`RELLENO` (guion
      blando: no es letra), así que los desplazamientos de las demás palabras no cambian;
    - cifras dentro de una palabra con letras: 0->o, 1->i, 3->e, 4->a, 5->s, 7->t
      ("3stafador", "m0roso"); un número solo o un código ("FAC01") no se toca;
    - "k" inicial ante a, o, u -> "c" ("kasa", "kobrar").

    Sin nada sospechoso devuelve el mismo texto (el caso de casi todos los mensajes).
    """
    if not _sospechoso(plegado):
        return plegado
    texto = _K_INICIAL.sub("c", plegado)
    texto = _PALABRA_CON_CIFRAS.sub(_cifras_a_letras, texto)
    if _REPETIDAS.search(texto):
        texto = re.sub(r"\w+", _colapsar_palabra, texto)
    return texto


def _cifras_a_letras(m: re.Match[str]) -> str:
    """"3stafador" -> "estafador"; no toca códigos ("FAC01", "A1B2C3", "covid19")."""
    palabra = m.group()
    cifras = sum(c.isdigit() for c in palabra)
    letras = len(palabra) - cifras
    if letras < 4 or cifras * 2 > letras or palabra[-2:].isdigit():
        return palabra
    return palabra.translate(_CIFRA_A_LETRA)


def _colapsar_palabra(m: re.Match[str]) -> str:
    palabra = m.group()
    if not _REPETIDAS.search(palabra):
        return palabra

    def tanda(t: re.Match[str]) -> str:
        letra = t.group(1)
        final = t.end() == len(palabra)
        return letra * (2 if letra in "rl" and not final else 1)

    corta = _REPETIDAS.sub(tanda, palabra)
    return corta + RELLENO * (len(palabra) - len(corta))
