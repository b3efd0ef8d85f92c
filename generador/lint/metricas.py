"""Métricas y comprobaciones programadas: lo que no cabe en una lista de frases.

Cada función recibe el :class:`~generador.lint.contexto.Contexto` y sus parámetros (ya
validados y con sus valores por defecto) y devuelve :class:`Deteccion` es. Se registran
en ``METRICAS`` y ``COMPROBACIONES`` junto con el esquema de sus parámetros, que el
cargador de reglas usa para validar ``parametros``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import regex

from generador.lint.contexto import Contexto, Deteccion
from generador.lint.esquema_reglas import Parametro
from generador.lint.frases import (
    Indice,
    anclas,
    buscar_varias,
    compilar,
    compilar_una,
    indice,
    patron_de_frase,
)
from generador.lint.normalizar import plegar
from generador.lint.silabas import activar_cache_disco  # noqa: F401 (la llama cobro lint)
from generador.lint.silabas import contar as _silabas
from generador.lint.silabas import cota as _cota_silabas
from generador.lint.silabas import palabras_textstat as _palabras_textstat

Funcion = Callable[[Contexto, dict[str, Any]], list[Deteccion]]

_PALABRA_MAYUSCULAS = regex.compile(r"(?<!\w)\p{Lu}[\p{Lu}\p{M}]+(?!\w)")
_HAY_MINUSCULA = regex.compile(r"\p{Ll}")


def mayusculas(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Órdenes y presión gritadas en mayúsculas ("PAGUE YA", "DEBE PAGAR HOY").

    Se señala un grupo de dos o más palabras seguidas en mayúsculas con alguna palabra de
    presión (``presion``). No es gritar: una sigla, una marca o un estado sueltos
    ("OKDINERO", "VENCIDA"); un nombre, una dirección, un título o un pie sin palabras de
    presión ("BUFETE DEL RIO", "AVISO DE PRIVACIDAD"); una etiqueta ("ATENCIÓN:"); un grupo
    con cifras ("RIO JORDAN #100").
    """
    texto = ctx.tapado
    excepto, presion = _conjuntos_mayusculas(p)
    if p.get("presion_todo_mayusculas") and not _HAY_MINUSCULA.search(texto) and len(
            _PALABRA_SMS.findall(texto)) >= p["min_palabras_todo_mayusculas"]:
        # un mensaje entero en mayúsculas (el SMS de una pasarela antigua, con su importe, su
        # fecha y dónde pagar): sin contraste, «PAGUE EN LÍNEA» no es un grito; solo lo es la
        # presión fuerte («PAGUE YA»). Una orden corta en mayúsculas («PAGUE HOY MISMO!») sí grita
        presion = _conjunto_plegado(p, "presion_todo_mayusculas")
    palabras = [
        m for m in _PALABRA_MAYUSCULAS.finditer(texto, concurrent=False)
        if m.group().upper() not in excepto
    ]
    grupos: list[list[regex.Match[str]]] = []
    for m in palabras:
        if grupos and not _HAY_MINUSCULA.search(texto, grupos[-1][-1].end(), m.start()) \
                and "\n" not in texto[grupos[-1][-1].end():m.start()]:
            grupos[-1].append(m)
        else:
            grupos.append([m])
    resultado = []
    for grupo in grupos:
        letras = sum(len(m.group()) for m in grupo)
        inicio, fin = grupo[0].start(), grupo[-1].end()
        de_presion = any(plegar(m.group()) in presion for m in grupo)
        if len(grupo) == 1 or not de_presion:
            continue  # una marca, un estado ("VENCIDA"), un nombre o un título, no un grito
        if letras < p["min_letras"] and not de_presion:
            continue
        if texto.startswith(":", fin) and len(grupo) <= 2:
            continue  # etiqueta: "ATENCIÓN:", "URGENTE:"
        if (_es_linea_entera(texto, inicio, fin) or _es_encabezado(texto, inicio)) and not (
            texto.startswith("!", fin) or any(plegar(m.group()) in _ORDENES for m in grupo)
        ):
            continue  # encabezado, pie, nombre o dirección en una línea propia ("ÚLTIMO AVISO")
        if _HAY_CIFRA.search(texto, inicio, fin) or texto[max(0, inicio - 1):inicio] == "#":
            continue  # dirección o referencia
        if not _dirigido(ctx.plegado, inicio, fin, {plegar(m.group()) for m in grupo} & presion,
                         p):
            continue  # urgencia sola («NOTIFICACIÓN URGENTE») o dicho de otro, no a quien debe
        resultado.append(Deteccion(inicio, fin))
    return resultado


_CORTE_ORACION = regex.compile(r"[.!?;¡¿]|\n[^\S\n]*\n")


def _oracion(plegado: str, inicio: int, fin: int) -> set[str]:
    """Las palabras de la oración (hasta ``. ! ? ;`` o una línea en blanco) que contiene el
    tramo ``inicio:fin``. Un salto de línea solo no corta: las cartas parten sus oraciones."""
    desde = max(0, inicio - 300)
    cortes = list(_CORTE_ORACION.finditer(plegado, desde, inicio))
    desde = cortes[-1].end() if cortes else desde
    despues = _CORTE_ORACION.search(plegado, fin, min(len(plegado), fin + 300))
    hasta = despues.start() if despues else min(len(plegado), fin + 300)
    return set(regex.findall(r"\w+", plegado[desde:hasta]))


def _dirigido(plegado: str, inicio: int, fin: int, de_presion: set[str],
              p: dict[str, Any]) -> bool:
    """Si la presión del tramo va dirigida a quien debe (issue 10, precisión de agresivo).

    Con ``urgencia`` en los parámetros, un tramo cuya única presión es una palabra de
    urgencia («URGENTE», «ÚLTIMO», «INMEDIATO») no basta: en un aviso tardío es el nombre del
    aviso, no un grito. Con ``destinatario``, la oración del tramo tiene que hablarle a quien
    debe (segunda persona, usted, su, una orden: «PAGUE», «DEBES»); la presión dicha de un
    tercero o de la empresa («EL JUZGADO ORDENÓ EL EMBARGO DEL INMUEBLE») no es agresión a quien
    lee. Sin esos parámetros, todo tramo con presión cuenta, como antes."""
    urgencia = _conjunto_plegado(p, "urgencia") if p.get("urgencia") else frozenset()
    if urgencia and de_presion and de_presion <= urgencia:
        return False
    if not p.get("destinatario"):
        return True
    return not _conjunto_plegado(p, "destinatario").isdisjoint(_oracion(plegado, inicio, fin))


def _conjunto_plegado(p: dict[str, Any], clave: str) -> frozenset[str]:
    """Las palabras de la lista ``p[clave]``, plegadas, calculadas una vez por regla."""
    guardado = p.get("_" + clave)
    if guardado is None or guardado[0] != tuple(p[clave]):
        guardado = p["_" + clave] = (tuple(p[clave]), frozenset(plegar(s) for s in p[clave]))
    return guardado[1]


def _conjuntos_mayusculas(p: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Siglas (en mayúsculas) y palabras de presión (plegadas) de los parámetros, calculadas
    una vez por regla y no en cada mensaje."""
    clave = (tuple(p["excepto"]), tuple(p["presion"]))
    guardado = p.get("_conjuntos")
    if guardado is None or guardado[0] != clave:
        guardado = p["_conjuntos"] = (clave, (frozenset(s.upper() for s in p["excepto"]),
                                              frozenset(plegar(s) for s in p["presion"])))
    return guardado[1]


_HAY_CIFRA = regex.compile(r"\d")


_FIN_DE_ORACION = frozenset(".!?,;")


def _es_encabezado(texto: str, inicio: int) -> bool:
    """Si ``inicio`` cae en un título: la primera línea con texto del mensaje (o una línea
    Markdown ``#``), corta, sin puntuación de oración al final y seguida de una línea en
    blanco ("ÚLTIMO AVISO - Factura {factura}", "# AVISO DE COBRO")."""
    linea_ini = texto.rfind("\n", 0, inicio) + 1
    linea_fin = texto.find("\n", inicio)
    linea_fin = len(texto) if linea_fin < 0 else linea_fin
    linea = texto[linea_ini:linea_fin].strip()
    if not linea or linea[-1] in _FIN_DE_ORACION or len(linea.split()) > 12:
        return False
    if linea.startswith("#"):
        return True
    if texto[:linea_ini].strip():
        return False  # no es la primera línea con texto
    siguiente = texto.find("\n", linea_fin + 1)
    return linea_fin >= len(texto) or not texto[linea_fin + 1:(
        len(texto) if siguiente < 0 else siguiente)].strip()


def _es_linea_entera(texto: str, inicio: int, fin: int) -> bool:
    linea_ini = texto.rfind("\n", 0, inicio) + 1
    linea_fin = texto.find("\n", fin)
    linea_fin = len(texto) if linea_fin < 0 else linea_fin
    return not _HAY_MINUSCULA.search(texto, linea_ini, linea_fin)


_EXCLAMACIONES = regex.compile(r"[!¡]{2,}")


def exclamaciones(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Signos de exclamación repetidos (``!!``, ``¡¡``), salvo en un agradecimiento o un
    saludo ("¡¡Gracias!!", "¡¡Bienvenido!!"): ahí expresan alegría, no enfado."""
    texto = ctx.tapado
    if "!!" not in texto and "¡¡" not in texto and "!¡" not in texto and "¡!" not in texto:
        return []
    positivas = _compilado_alegres(p)
    resultado = []
    for m in _EXCLAMACIONES.finditer(texto):
        if len(m.group()) <= p["max_seguidas"]:
            continue
        frase = _exclamacion_de(ctx.plegado, m)
        if positivas is not None and positivas.search(frase):
            continue
        palabras = set(regex.findall(r"\w+", frase))
        if p.get("presion") and len(m.group()) == 2 and not (
                palabras & _conjunto_plegado(p, "presion")):
            continue  # un recordatorio o un saludo con «!!» («¡¡tu cuota vence mañana!!»)
        if _es_titulo(ctx.plegado, m) and not (palabras & _PRESION):
            continue  # un título ("¡¡Tu factura vence mañana!!" en su propia línea)
        if p.get("presion") and len(m.group()) == 2 and not _dirigido(
                ctx.plegado, m.start(), m.end(), palabras & _conjunto_plegado(p, "presion"), p):
            continue  # «¡¡URGENTE!!» o la exclamación que no habla a quien debe
        resultado.append(Deteccion(m.start(), m.end()))
    return resultado


def _es_titulo(plegado: str, m: regex.Match[str]) -> bool:
    """Si la exclamación ocupa sola su línea, corta, como un encabezado."""
    ini = plegado.rfind("\n", 0, m.start()) + 1
    fin = plegado.find("\n", m.end())
    linea = plegado[ini:fin if fin >= 0 else len(plegado)].strip()
    return 0 < len(linea.split()) <= 8 and linea[0] == "¡" and linea[-1] == "!"


def _exclamacion_de(plegado: str, m: regex.Match[str]) -> str:
    """La exclamación que abren o cierran los signos de ``m``."""
    if m.group().startswith("¡"):
        fin = plegado.find("!", m.end())
        return plegado[m.start():fin if fin >= 0 else m.end() + 60]
    inicio = plegado.rfind("¡", 0, m.start())
    corte = max(plegado.rfind(c, 0, m.start()) for c in ".!?\n")
    return plegado[max(inicio, corte, m.start() - 60, 0):m.end()]


def _compilado_alegres(p: dict[str, Any]) -> regex.Pattern[str] | None:
    """La expresión de las exclamaciones alegres, guardada en los parámetros de la regla
    (así va compilada en la caché de reglas)."""
    clave = tuple(p["excepto"])
    guardado = p.get("_alegres")
    if guardado is None or guardado[0] != clave:
        guardado = p["_alegres"] = (clave, compilar(list(clave)) if clave else None)
    return guardado[1]


def _precompilar_exclamaciones(p: dict[str, Any]) -> None:
    _compilado_alegres(p)


def legibilidad(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Índice de Fernández-Huerta del cuerpo (textstat en español)."""
    cuerpo = ctx.tapado[ctx.inicio_cuerpo:]
    if len(cuerpo.split()) < p["min_palabras"]:
        return []
    cota = _indice_con_cota(cuerpo)
    if cota is not None and cota >= p["umbral"]:
        return []  # ni con el máximo de sílabas posible baja del umbral: no hay hallazgo
    indice = fernandez_huerta(cuerpo)
    if indice >= p["umbral"]:
        return []
    inicio = _primer_caracter(ctx.tapado, ctx.inicio_cuerpo)
    return [Deteccion(inicio, inicio, {"indice": f"{indice:.0f}", "umbral": p["umbral"]})]


def fernandez_huerta(texto: str) -> float:
    """Fernández-Huerta con las mismas cuentas que ``textstat.fernandez_huerta``.

    206,84 − 60 × sílabas/palabra − 1,02 × palabras/frase, con la tokenización de
    textstat (quita la puntuación salvo los apóstrofos de contracción) y sus sílabas
    (``textstat.syllable_count``, pyphen en español). Aquí las sílabas se cuentan palabra a
    palabra y se recuerdan: en miles de mensajes que repiten vocabulario cuesta mucho menos
    y el resultado es idéntico (lo comprueba ``tests/lint/test_legibilidad.py``).
    """
    palabras = _palabras_textstat(texto)
    if not palabras:
        return 0.0
    frases = _frases_textstat(texto)
    silabas = sum(map(_silabas, _minusculas_textstat(texto, palabras)))
    por_frase = len(palabras) / frases if frases else 0.0
    if not silabas or not por_frase:
        return 0.0
    return 206.84 - 60 * (silabas / len(palabras)) - 1.02 * por_frase


# Las mismas expresiones que textstat (count_sentences); las palabras, como sus sílabas, en
# :mod:`generador.lint.silabas`.
_FRASE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def _minusculas_textstat(texto: str, palabras: list[str]) -> list[str]:
    """``_palabras_textstat(texto.lower())``, con ``palabras = _palabras_textstat(texto)``.

    Sin apóstrofos (el suelto depende de la letra que sigue, y esa cambia al pasar a
    minúsculas), sin Σ (su minúscula depende de lo que la rodea) y si ``lower()`` no alarga
    ningún carácter (İ -> i + punto), pasar a minúsculas y quitar la puntuación se pueden
    hacer en cualquier orden: ningún carácter entra o sale de la puntuación al pasarlo a
    minúscula (lo comprueba ``tests/lint/test_atajos_equivalentes.py`` con todo Unicode).
    Así se quita la puntuación una vez y no dos."""
    if "'" in texto or "Σ" in texto or len(texto.lower()) != len(texto):
        return _palabras_textstat(texto.lower())
    return " ".join(palabras).lower().split()


def _frases_textstat(texto: str) -> int:
    if not texto:
        return 0
    frases = _FRASE.findall(texto)
    cortas = sum(1 for f in frases if _corta(f))
    return max(1, len(frases) - cortas)


def _corta(frase: str) -> bool:
    """``len(_palabras_textstat(frase)) <= 2``, sin quitar la puntuación si no hace falta:
    quitarla no crea palabras (como mucho borra las que solo son puntuación), así que con
    dos trozos o menos es corta, y con tres trozos alfanuméricos (que no se borran), no."""
    trozos = frase.split()
    if len(trozos) <= 2:
        return True
    if sum(map(str.isalnum, trozos)) >= 3:
        return False
    return len(_palabras_textstat(frase)) <= 2


def _indice_con_cota(texto: str) -> float | None:
    """Una cota inferior del índice de :func:`fernandez_huerta`, sin dividir palabras nuevas.

    Las sílabas de las palabras ya contadas se saben; las de una palabra nueva (en un lote,
    casi siempre una referencia, una URL o un nombre propio de ese mensaje) se acotan: pyphen
    solo corta entre la segunda letra y la antepenúltima, así que una palabra de ``n``
    letras tiene como mucho ``max(1, n - 2)`` sílabas. Con más sílabas el índice baja, así
    que si ya con la cota no queda por debajo del umbral, el índice exacto tampoco: no hay
    hallazgo y no hace falta dividir nada. ``None`` si no se puede acotar."""
    minusculas = texto.lower()
    if "'" in texto or "Σ" in texto or len(minusculas) != len(texto):
        palabras = _palabras_textstat(texto)
        minusculas_textstat = _minusculas_textstat(texto, palabras)
    else:
        # Sin esos casos, quitar la puntuación y pasar a minúsculas conmutan (ver
        # _minusculas_textstat): las palabras en minúsculas son las del texto en minúsculas,
        # y tantas como las del texto; basta quitar la puntuación una vez.
        palabras = minusculas_textstat = _palabras_textstat(minusculas)
    if not palabras:
        return None
    frases = _frases_textstat(texto)
    por_frase = len(palabras) / frases if frases else 0.0
    if not por_frase:
        return None
    silabas = _cota_silabas(minusculas_textstat)
    if not silabas:
        return None
    return 206.84 - 60 * (silabas / len(palabras)) - 1.02 * por_frase


def _primer_caracter(texto: str, desde: int) -> int:
    for i in range(desde, len(texto)):
        if not texto[i].isspace():
            return i
    return min(desde, len(texto))


_SIN_EJEMPLO = "xxxxxxxx"
_EJEMPLOS: dict[tuple[int, str | None], tuple[Any, dict[str, str], dict[str, str]]] = {}


def _ejemplos(ctx: Contexto) -> tuple[dict[str, str], dict[str, str]]:
    """Valores de ejemplo del modelo (por variable y por elemento), formateados con el
    locale del país del mensaje: con ellos se estima el coste de un SMS de plantilla."""
    from generador import dominio
    from generador.rellenar import datos_ejemplo

    modelo = ctx.modelo or dominio.modelo()
    pais = modelo.paises.get(ctx.pais) if ctx.pais else None
    locale = pais.locale if pais else modelo.locale_predeterminado
    clave = (id(modelo), locale)
    guardado = _EJEMPLOS.get(clave)
    if guardado is None or guardado[0] is not modelo:
        por_variable = datos_ejemplo(modelo, locale)
        por_elemento: dict[str, str] = {}
        for nombre, variable in modelo.todas_las_variables().items():
            if variable.elemento and nombre in por_variable:
                por_elemento.setdefault(variable.elemento, por_variable[nombre])
        guardado = _EJEMPLOS[clave] = (modelo, por_variable, por_elemento)
    return guardado[1], guardado[2]


def _texto_sms(ctx: Contexto) -> str:
    texto = ctx.texto[ctx.inicio_cuerpo:].strip()
    if ctx.modo == "mensaje" or not ctx.marcadores:
        return texto
    partes, anterior = [], ctx.inicio_cuerpo
    cuerpo = ctx.texto
    por_variable, por_elemento = _ejemplos(ctx)
    for m in ctx.marcadores:
        if m.inicio < ctx.inicio_cuerpo:
            continue
        partes.append(cuerpo[anterior:m.inicio])
        partes.append(por_variable.get(m.nombre.strip().lower())
                      or por_elemento.get(m.elemento or "", _SIN_EJEMPLO))
        anterior = m.fin
    partes.append(cuerpo[anterior:])
    return "".join(partes).strip()


def _analisis_sms(ctx: Contexto):
    if "sms" not in ctx.memo:
        from generador.sms import analizar

        ctx.memo["sms"] = analizar(_texto_sms(ctx))
    return ctx.memo["sms"]


def sms_codificacion(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Caracteres que obligan a enviar el SMS en UCS-2, y lo que costaría en GSM-7."""
    analisis = _analisis_sms(ctx)
    if not analisis.fuera_de_gsm7 or analisis.segmentos <= (analisis.segmentos_gsm7 or 0):
        return []
    primero = analisis.fuera_de_gsm7[0]
    inicio = ctx.tapado.find(primero, ctx.inicio_cuerpo)
    inicio = max(inicio, ctx.inicio_cuerpo) if inicio >= 0 else ctx.inicio_cuerpo
    valores = {
        "caracteres": " ".join(analisis.fuera_de_gsm7),
        "segmentos": analisis.segmentos,
        "segmentos_gsm7": analisis.segmentos_gsm7,
        "longitud": analisis.caracteres,
    }
    fin = inicio + len(primero) if ctx.tapado.startswith(primero, inicio) else inicio
    return [Deteccion(inicio, fin, valores, sugerencias=_cambios_gsm7(ctx, analisis.fuera_de_gsm7))]


_PALABRA_SMS = regex.compile(r"\w+")


def _cambios_gsm7(ctx: Contexto, fuera: tuple[str, ...]) -> tuple[str, ...]:
    """Qué cambiar para que el SMS quepa en GSM-7, sin faltas de ortografía.

    La puntuación tipográfica tiene equivalente (… -> ..., “ ” -> "); una tilde no: quitarla
    ("poliza", "vencio") es una falta. Se dicen las palabras que hay que sustituir por otras.
    """
    from generador.sms import _SUSTITUCIONES

    cuerpo = ctx.tapado[ctx.inicio_cuerpo:]
    signos = [c for c in fuera if c in _SUSTITUCIONES]
    letras = set(fuera) - set(signos)
    palabras = list(dict.fromkeys(
        m.group() for m in _PALABRA_SMS.finditer(cuerpo, concurrent=False)
        if letras & set(m.group())
    ))
    sugerencias = []
    if signos:
        cambios = ", ".join(f"«{c}» por «{_SUSTITUCIONES[c].strip() or 'un espacio'}»" for c in signos)
        sugerencias.append(f"Cambia {cambios}.")
    if palabras:
        lista = ", ".join(f"«{p}»" for p in palabras[:8])
        sugerencias.append(
            f"Sustituye por otras palabras sin tilde {lista} (quitar solo la tilde sería "
            "una falta de ortografía), o acepta el coste de UCS-2."
        )
    return tuple(sugerencias)


def sms_segmentos(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """SMS que ocupa más segmentos de los admitidos."""
    analisis = _analisis_sms(ctx)
    if analisis.segmentos <= p["max_segmentos"]:
        return []
    inicio = _primer_caracter(ctx.tapado, ctx.inicio_cuerpo)
    valores = {
        "segmentos": analisis.segmentos,
        "max_segmentos": p["max_segmentos"],
        "codificacion": analisis.codificacion,
        "longitud": analisis.caracteres,
    }
    return [Deteccion(inicio, inicio, valores)]


def registro_mixto(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Mezcla de tú y usted en un mismo mensaje (o la forma contraria a la declarada)."""
    # Con el registro declarado solo interesan las formas contrarias.
    if ctx.registro == "tu":
        hay_tu, hay_usted = False, ctx.puede_casar(p["_anclas_usted"])
    elif ctx.registro == "usted":
        hay_tu, hay_usted = ctx.puede_casar(p["_anclas_tu"]), False
    else:
        hay_tu = ctx.puede_casar(p["_anclas_tu"])
        hay_usted = hay_tu and ctx.puede_casar(p["_anclas_usted"])
        if not (hay_tu and hay_usted):
            return []
    tu = _tramos_de(p, "tu", ctx) if hay_tu else []
    usted = _tramos_de(p, "usted", ctx) if hay_usted else []
    if ctx.registro in ("tu", "usted"):
        contrarias = usted if ctx.registro == "tu" else tu
        forma = "usted" if ctx.registro == "tu" else "tú"
        otra = "tú" if ctx.registro == "tu" else "usted"
        return [
            Deteccion(i, f, {"forma": forma, "otra": otra, "declarado": True})
            for i, f in contrarias[: p["max_hallazgos"]]
        ]
    if not tu or not usted:
        return []
    # Se señala la forma minoritaria; a igualdad, la que aparece después.
    if len(tu) < len(usted) or (len(tu) == len(usted) and tu[0][0] > usted[0][0]):
        minoria, forma, otra, mayoria = tu, "tú", "usted", usted
    else:
        minoria, forma, otra, mayoria = usted, "usted", "tú", tu
    ejemplo = ctx.texto[mayoria[0][0]:mayoria[0][1]]
    return [
        Deteccion(i, f, {"forma": forma, "otra": otra, "ejemplo_otra": ejemplo})
        for i, f in minoria[: p["max_hallazgos"]]
    ]


def _tramos_de(p: dict[str, Any], forma: str, ctx: Contexto) -> list[tuple[int, int]]:
    """Los tramos de las frases de ``forma`` en el mensaje, como ``finditer`` de su unión
    (:func:`generador.lint.frases.buscar_varias`), buscando solo las frases cuya palabra
    obligatoria está en el mensaje."""
    indice_frases, patrones = _por_frase(p, forma)
    candidatas = ctx.candidatas(indice_frases)
    if not candidatas:
        return []
    lista = []
    for k in candidatas:
        if patrones[k] is None:
            patrones[k] = compilar_una(p[forma][k])
        lista.append((k, patrones[k]))
    return [(a, b) for a, b, _ in buscar_varias(lista, ctx.plegado)]


def _por_frase(p: dict[str, Any], forma: str) -> tuple[Indice, list[regex.Pattern[str] | None]]:
    clave = f"_por_frase_{forma}"
    frases = tuple(p[forma])
    guardado = p.get(clave)
    if guardado is None or guardado[0] != frases:
        guardado = p[clave] = (frases, indice(list(frases)), [None] * len(frases))
    return guardado[1], guardado[2]


def _precompilar_registro(p: dict[str, Any]) -> None:
    for forma in ("tu", "usted"):
        _, patrones = _por_frase(p, forma)
        for k, frase in enumerate(p[forma]):
            if patrones[k] is None:
                patrones[k] = compilar_una(frase)


def _precompilar_mayusculas(p: dict[str, Any]) -> None:
    _conjuntos_mayusculas(p)


#: Lo que cada función compila o calcula de sus parámetros antes de guardar las reglas en la
#: caché (``TipoFuncion.precompilar``): así no se compila en el primer mensaje.
PRECOMPILAR: dict[Any, Callable[[dict[str, Any]], None]] = {
    registro_mixto: _precompilar_registro,
    exclamaciones: _precompilar_exclamaciones,
    mayusculas: _precompilar_mayusculas,
}


def _preparar_registro(p: dict[str, Any]) -> None:
    for forma in ("tu", "usted"):
        for frase in p[forma]:
            patron_de_frase(frase)  # valida al cargar; se compila al primer uso
    p["_anclas_tu"] = anclas(list(p["tu"]), primera=True)
    p["_anclas_usted"] = anclas(list(p["usted"]), primera=True)


def marcador_sin_rellenar(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Cualquier marcador que quede en un mensaje final."""
    return [
        Deteccion(m.inicio, m.fin, {"nombre": m.nombre}) for m in ctx.marcadores
    ]


_RESTOS = regex.compile(r"\{\{|\}\}|\{%|%\}|\*\||\|\*|\$\{")


def marcador_mal_cerrado(ctx: Contexto, p: dict[str, Any]) -> list[Deteccion]:
    """Restos de marcador sin abrir o sin cerrar (``{{ importe }``)."""
    return [Deteccion(m.start(), m.end()) for m in _RESTOS.finditer(ctx.tapado)]


SIGLAS = [
    "IBAN", "BIC", "SWIFT", "SPEI", "OXXO", "CLABE", "CBU", "CVU", "PSE", "NIF", "CIF", "NIE",
    "RFC", "RUT", "RUC", "NIT", "CUIT", "CURP", "DNI", "IVA", "IGV", "CUPS", "ASNEF", "EUR",
    "USD", "MXN", "COP", "ARS", "CLP", "PEN", "UYU", "PDF", "URL", "SMS", "WEB", "SEPA",
    "S.L", "S.A", "SL", "SA", "SAS", "SRL", "LTDA", "CV", "DE", "UF", "UIT", "PYME", "CEO",
    "OK", "FAQ", "TPV", "ATM", "BBVA", "CAIXABANK", "SANTANDER", "CONDUSEF", "PROFECO",
    "SERNAC", "INDECOPI", "AEPD", "LOPDGDD", "RGPD", "GDPR", "ID", "PIN", "QR", "WIFI",
]

#: Palabras que, en mayúsculas, son presión y no un nombre o un encabezado.
PRESION = [
    "pague", "paga", "pagues", "liquide", "liquida", "ya", "hoy", "inmediato", "inmediata",
    "inmediatamente", "ultimo", "ultima", "debe", "debes", "moroso", "morosa", "exigimos",
    "obligatorio", "urgente",
]
_ORDENES = frozenset({"pague", "paga", "pagues", "liquide", "liquida", "debe", "debes",
                      "exigimos"})
_PRESION = frozenset(PRESION) | {"paga", "pagar", "pague", "ahora"}
#: Exclamaciones alegres: "¡¡Gracias!!" no es un grito.
ALEGRES = [
    "gracias", "muchas gracias", "felicidades", "felicitaciones", "enhorabuena",
    "bienvenido*|bienvenida*", "feliz*", "genial", "estupendo", "excelente", "perfecto",
    "buenas noticias",
]

_URGENCIA = Parametro(
    "lista", "Palabras de urgencia (plegadas) que por sí solas no hacen de un tramo una "
    "agresión: si toda la presión del tramo es de esta lista, no se señala.", [])
_DESTINATARIO = Parametro(
    "lista", "Si se da: la oración del tramo debe llevar alguna de estas palabras (plegadas) "
    "que le hablan a quien debe (tú, usted, su, una orden); si no, no se señala.", [])

#: nombre -> (función, parámetros admitidos, preparación opcional)
METRICAS: dict[str, tuple[Funcion, dict[str, Parametro], Callable | None]] = {
    "mayusculas": (mayusculas, {
        "min_letras": Parametro("numero", "Letras mínimas de un grupo de palabras en mayúsculas.", 8),
        "min_letras_palabra": Parametro("numero", "Letras mínimas de una palabra de presión "
                                        "suelta (PAGUE, URGENTE).", 5),
        "excepto": Parametro("lista", "Siglas que no cuentan como gritar.", SIGLAS),
        "presion": Parametro("lista", "Palabras de presión: en mayúsculas siempre cuentan como "
                             "gritar, aunque vayan solas o en una línea propia.", PRESION),
        "presion_todo_mayusculas": Parametro(
            "lista", "Si se da: cuando todo el mensaje está en mayúsculas (sin contraste) y tiene "
            "al menos min_palabras_todo_mayusculas palabras, solo estas palabras de presión "
            "hacen de un grupo un grito.", []),
        "min_palabras_todo_mayusculas": Parametro(
            "numero", "Palabras mínimas de un mensaje entero en mayúsculas para que se lea como "
            "un estilo (un SMS de pasarela) y no como un grito.", 10),
        "urgencia": _URGENCIA,
        "destinatario": _DESTINATARIO,
    }, None),
    "exclamaciones": (exclamaciones, {
        "max_seguidas": Parametro("numero", "Signos seguidos admitidos.", 1),
        "excepto": Parametro("lista", "Frases de una exclamación alegre (agradecimiento, "
                             "saludo) en la que se admiten signos repetidos.", ALEGRES),
        "presion": Parametro("lista", "Si se da, solo se señala la exclamación con dos signos "
                             "que lleva alguna de estas palabras (plegadas); tres o más "
                             "signos se señalan siempre.", []),
        "urgencia": _URGENCIA,
        "destinatario": _DESTINATARIO,
    }, None),
    "legibilidad": (legibilidad, {
        "umbral": Parametro("numero", "Índice de Fernández-Huerta mínimo.", 45),
        "min_palabras": Parametro("numero", "Palabras mínimas para medir.", 40),
    }, None),
    "sms_codificacion": (sms_codificacion, {}, None),
    "sms_segmentos": (sms_segmentos, {
        "max_segmentos": Parametro("numero", "Segmentos admitidos.", 3),
    }, None),
}

def _metricas_whatsapp() -> None:
    from generador.lint.whatsapp import METRICAS as DE_WHATSAPP

    METRICAS.update(DE_WHATSAPP)


_metricas_whatsapp()

COMPROBACIONES: dict[str, tuple[Funcion, dict[str, Parametro], Callable | None]] = {
    "registro_mixto": (registro_mixto, {
        "tu": Parametro("lista", "Frases que delatan el tuteo.", []),
        "usted": Parametro("lista", "Frases que delatan el usted.", []),
        "max_hallazgos": Parametro("numero", "Hallazgos como mucho por mensaje.", 3),
    }, _preparar_registro),
    "marcador_sin_rellenar": (marcador_sin_rellenar, {}, None),
    "marcador_mal_cerrado": (marcador_mal_cerrado, {}, None),
}


def _comprobacion_modelo_tono() -> None:
    """La señal de tono aprendida (:mod:`generador.lint.modelo_tono`)."""
    from generador.lint.modelo_tono import PARAMETROS, modelo_tono

    COMPROBACIONES["modelo_tono"] = (modelo_tono, PARAMETROS, None)


_comprobacion_modelo_tono()
