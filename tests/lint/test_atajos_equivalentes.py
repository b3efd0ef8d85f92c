"""Los atajos de velocidad del linter dan exactamente lo mismo que la definición directa.

Cada atajo (memorias por palabra, búsquedas partidas, recuentos sin pasar dos veces por el
texto) se compara con la forma simple de calcular lo mismo, en casos escogidos y en textos
generados con hypothesis."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generador.lint import contexto, marcos, normalizar
from generador.lint.memo import MemoPalabra

#: La expresión única que ``_sospechoso`` parte en tres búsquedas.
SOSPECHA = re.compile(r"([a-zñ])\1\1|[a-zñ][013457]|[013457][a-zñ]|(?<![\w])k[aou]")

PLEGADOS = st.text(alphabet="akouñ013457 9x-_.\n", max_size=40)


def test_sospechoso_en_casos_escogidos():
    casos = {
        "rataaa": True, "3stafador": True, "m0roso": True, "kasa": True, "la kasa": True,
        "pago de 2026": False, "ref f-2026-0418": False, "iban es91 2100": False,
        "bakala": False, "ka": True, "_ka": False, "a1": True, "1a": True, "a9": False,
        "ññññ": True, "aa": False, "": False,
    }
    for texto, esperado in casos.items():
        assert normalizar._sospechoso(texto) is esperado, texto
        assert (SOSPECHA.search(texto) is not None) is esperado, texto


@settings(max_examples=400, deadline=None)
@given(PLEGADOS)
def test_sospechoso_equivale_a_la_expresion_unica(texto):
    assert normalizar._sospechoso(texto) == (SOSPECHA.search(texto) is not None)


def test_memo_palabra_recuerda_y_separa_los_codigos():
    llamadas = []

    def doble(palabra):
        llamadas.append(palabra)
        return palabra * 2

    memo = MemoPalabra(doble, tope=3, tope_codigos=2)
    assert [memo[p] for p in ("ab", "ab", "f0001", "f0001")] == ["abab", "abab", "f0001f0001",
                                                                   "f0001f0001"]
    assert llamadas == ["ab", "f0001"]  # cada una se calcula una vez
    assert dict(memo) == {"ab": "abab"}  # los códigos no van a la memoria principal
    assert memo.codigos == {"f0001": "f0001f0001"}
    for p in ("f0002", "f0003", "f0004"):
        memo[p]
    assert len(memo.codigos) <= 2  # con tope: al llenarse se vacía
    for p in ("cd", "ef", "gh"):
        memo[p]
    assert len(memo) <= 3 and memo["gh"] == "ghgh"


def _bases_directas(palabra):
    resultado = []
    for clitico in marcos._CLITICOS_FINALES:
        if palabra.endswith(clitico) and len(palabra) - len(clitico) >= 3:
            base = palabra[: -len(clitico)]
            resultado.append(base)
            for otro in marcos._CLITICOS_FINALES:
                if base.endswith(otro) and len(base) - len(otro) >= 3:
                    resultado.append(base[: -len(otro)])
    return tuple(resultado)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeilmnorst0ñ", max_size=12))
def test_bases_y_comienzos_como_la_definicion(palabra):
    assert marcos.bases(palabra) == _bases_directas(palabra)
    assert contexto._comienzos_de(palabra) == tuple(
        palabra[:k] for k in range(1, min(len(palabra), contexto.MAX_PREFIJO) + 1))


def test_bases_de_ejemplos():
    assert marcos.bases("quitarsela") == ("quitarse", "quitar")
    assert marcos.bases("embargarles") == ("embargar",)
    assert marcos.bases("factura") == ()
    assert marcos.bases("2026") == ()
    assert marcos.palabras_normalizadas(frozenset({"quitarle", "casa"})) == frozenset(
        {"quitarle", "quitar", "casa"})


def test_leer_bytes_lee_entero_aunque_el_tamano_mienta(tmp_path, monkeypatch):
    """Se lee lo que mide el archivo y un byte más; si trae más (ha crecido, o su tamaño no
    se sabe, como en /proc), se sigue leyendo hasta el tope, como antes."""
    from generador.lint import entrada

    ruta = tmp_path / "m.txt"
    ruta.write_bytes(b"Hola, Ana: la factura vence el 5 de marzo.\n" * 10)
    assert entrada.leer_bytes(str(ruta)) == ruta.read_bytes()
    monkeypatch.setattr(entrada.os.path, "getsize", lambda _ruta: 3)  # dice menos de lo que hay
    assert entrada.leer_bytes(str(ruta)) == ruta.read_bytes()
    monkeypatch.setattr(entrada, "LIMITE_BYTES", 100)
    assert entrada.leer_bytes(str(ruta)) == ruta.read_bytes()[:101]  # nunca más del tope + 1


# --- modelo de tono: fichas y direcciones ------------------------------------------------

TROZOS_TONO = st.sampled_from([
    "pague", "ya", "f0001", "2026", "a1b", " ", "  ", "   ", "\n", "\n\n", ".", "..", "!", "?",
    ";", "¡", "¿", "|", ",", "-", "ñ", "www.ejemplo.es", "https://pagos.es/f/1", "x@y.es",
    "cobros@ejemplo.es", "a.b+c@d-e.com.mx", "@", "\t", "\u00ad", "é",
])
TEXTOS_TONO = st.lists(TROZOS_TONO, max_size=30).map("".join)


def _fichas_directas(plegado):
    from generador.lint import modelo_tono as m

    texto = plegado
    if "://" in texto or "www." in texto:
        texto = m._URL.sub(" ", texto)
    if "@" in texto:
        texto = m._CORREO.sub(" ", texto)
    if m._CIFRA.search(texto):
        texto = m._NUMERO.sub("0", texto)
    return m._FICHA.findall(m._FINES.sub(" | ", texto))


@settings(max_examples=500, deadline=None)
@given(TEXTOS_TONO)
def test_fichas_del_modelo_de_tono_como_la_definicion(texto):
    from generador.lint import modelo_tono as m

    assert m._fichas(texto) == _fichas_directas(texto)
    relleno = lambda c: m.RELLENO * len(c.group())  # noqa: E731
    sin_correos = m._CORREO.sub(relleno, m._URL.sub(relleno, texto) if (
        "://" in texto or "www." in texto) else texto)
    assert m._sin_direcciones(texto) == sin_correos


def test_fichas_del_modelo_de_tono_en_un_mensaje():
    from generador.lint import modelo_tono as m

    texto = "hola, ana:\n\nla factura f-2026-0042 vence ya. escribe a cobros@ejemplo.es   o paga!"
    assert m._fichas(texto) == ["hola", "ana", "|", "la", "factura", "f", "0", "0", "vence", "ya",
                                "|", "escribe", "a", "|", "o", "paga", "|"]
    assert m._fichas(texto) == _fichas_directas(texto)


# --- fichas de las frases con lemas ---------------------------------------------------------

TROZOS_FRASE = st.sampled_from([
    "no", "le", "quitaremos", "quitarsela", "la", "casa", "f0001", " ", ",", ".", "!", "?", ";",
    "¡", "¿", "\n", "\n\n", "\n \n", "  ", "ñ", "_", "-", "\u00ad",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(TROZOS_FRASE, max_size=30).map("".join))
def test_fichas_de_como_oracion_a_oracion(plegado):
    """Las palabras de todo el texto, con su oración y sus bases, son las de partirlo en
    oraciones y buscar las palabras de cada una (la definición)."""
    palabras, oraciones = [], []
    for k, oracion in enumerate(marcos._CORTE.split(plegado)):
        propias = marcos._TOKEN.findall(oracion)
        palabras += propias
        oraciones += [k] * len(propias)
    fichas = marcos.fichas_de(plegado)
    assert fichas.palabras == palabras
    assert fichas.oraciones == oraciones
    assert fichas.bases == [_bases_directas(p) for p in palabras]


# --- legibilidad: palabras en minúsculas sin quitar la puntuación dos veces -----------------

def test_ningun_caracter_entra_o_sale_de_la_puntuacion_al_pasarlo_a_minuscula():
    """La condición de ``metricas._minusculas_textstat``, comprobada en todo Unicode."""
    from generador.lint.silabas import _PUNTUACION

    distintos = []
    for codigo in range(0x110000):
        if 0xD800 <= codigo < 0xE000:
            continue
        c = chr(codigo)
        minuscula = c.lower()
        if len(minuscula) != 1:
            continue  # İ -> i + punto: ese texto va por el camino largo
        if ((_PUNTUACION.fullmatch(c) is None) != (_PUNTUACION.fullmatch(minuscula) is None)
                or c.isspace() != minuscula.isspace()):
            distintos.append(c)
    assert distintos == []


TROZOS_LEGIBLES = st.sampled_from([
    "Hola", "ANA", "Pague", " ", "  ", "\n", ".", ",", "!", "¿", "-", "'", "don't", "İstanbul",
    "ΟΔΟΣ", "Σ-", "ẞ", "É", "ñ", "2026", "F-2026", "€", "\u00a0", "ǅ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(TROZOS_LEGIBLES, max_size=25).map("".join))
def test_minusculas_textstat_como_la_definicion(texto):
    from generador.lint import metricas

    palabras = metricas._palabras_textstat(texto)
    assert metricas._minusculas_textstat(texto, palabras) == metricas._palabras_textstat(
        texto.lower())


def _cota_por_definicion(texto):
    from generador.lint import metricas, silabas

    palabras = metricas._palabras_textstat(texto)
    frases = metricas._frases_textstat(texto)
    if not palabras or not frases:
        return None
    cota = silabas.cota(metricas._palabras_textstat(texto.lower()))
    if not cota:
        return None
    return 206.84 - 60 * (cota / len(palabras)) - 1.02 * (len(palabras) / frases)


@settings(max_examples=400, deadline=None)
@given(st.lists(TROZOS_LEGIBLES, max_size=25).map("".join))
def test_cota_de_legibilidad_como_la_definicion(texto):
    """La cota de ``metricas._indice_con_cota`` quita la puntuación una sola vez, del texto en
    minúsculas, si no hay apóstrofos, Σ ni minúsculas más largas; sale lo mismo."""
    from generador.lint import metricas

    assert metricas._indice_con_cota(texto) == _cota_por_definicion(texto)


@given(st.text(alphabet="ab.tx/ ", max_size=8).filter(lambda n: "/" not in n and n not in ("", ".", "..")))
def test_extension_como_pathlib(nombre):
    from pathlib import Path

    from generador.lint import entrada

    assert entrada._extension(nombre) == Path(nombre).suffix


def test_en_trozos_con_un_vocabulario_ya_grande_suma_lo_mismo():
    """Las palabras nuevas se buscan contra lo ya guardado sin recorrer todo el vocabulario
    del lote; el resultado es la suma directa de los pesos de sus trozos."""
    from generador.lint import modelo_tono as m

    pesos = m._Pesos({"sesgo": 0.0, "pesos": {"c:<pa": 0.5, "c:pag": 0.25, "c:ue>": -1.0,
                                              "p:pague": 2.0}})
    pesos.en_trozos({f"palabra{i}" for i in range(5000)})  # un lote ya visto
    palabras = {"pague", "ya", "palabra7"}
    directa = sum(pesos.c.get(t, 0.0) for p in palabras for t in m.trozos(p))
    cuantos = sum(len(m.trozos(p)) for p in palabras)
    for _ in range(2):  # la primera vez se calculan las nuevas; la segunda, de lo guardado
        suma, n = pesos.en_trozos(palabras)
        assert n == cuantos
        assert abs(suma - directa) < 1e-12
        assert suma == 0.25  # «pague»: <pa + pag + ue> = -0,25; «palabra7»: <pa = 0,5


def test_plegar_una_minuscula_da_lo_mismo_que_plegar_el_original_en_todo_unicode():
    # El atajo de normalizar.plegar pasa el texto a minúsculas antes de la tabla.
    distintos = []
    for codigo in range(0x110000):
        caracter = chr(codigo)
        minuscula = caracter.lower()
        if minuscula == caracter or len(minuscula) != 1 or caracter == "Σ":
            continue
        if normalizar._plegar_caracter(minuscula) != normalizar._plegar_caracter(caracter):
            distintos.append(caracter)
    assert distintos == []


def test_plegar_en_casos_escogidos():
    casos = {
        "Ésta ÚLTIMA Factura, Ñandú": "esta ultima factura, ñandu",
        "İstanbul": "Istanbul",  # lower() alarga la İ: se pliega carácter a carácter
        "ΣΟΦΙΑΣ σ": "σοφιασ σ",  # sin la sigma final de lower()
        "K Å ﬁ": "k a ﬁ", "pago de 1.234,50 €": "pago de 1.234,50 €", "": "",
    }
    for texto, esperado in casos.items():
        assert normalizar.plegar(texto) == esperado == texto.translate(normalizar._TABLA)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_plegar_equivale_a_la_tabla_caracter_a_caracter(texto):
    assert normalizar.plegar(texto) == texto.translate(normalizar._TABLA)


def test_plegar_con_la_tabla_de_latin1_da_lo_mismo_que_la_tabla_de_siempre():
    # El atajo de Latin-1 existe (ningún carácter de Latin-1 se pliega fuera) y, con cada
    # uno de sus 256 caracteres, solo o entre letras, da lo mismo que la tabla.
    assert normalizar._TABLA_LATIN1 is not None
    for codigo in range(256):
        caracter = chr(codigo)
        for texto in (caracter, f"Añ{caracter}Z", f"{caracter.upper()}é"):
            assert normalizar.plegar(texto) == texto.translate(normalizar._TABLA), texto
    # con un carácter de fuera de Latin-1, por el camino de siempre
    assert normalizar.plegar("Ésta € «Ñ»") == "esta € «ñ»"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x17F), max_size=60))
def test_plegar_latin1_equivale_a_la_tabla(texto):
    assert normalizar.plegar(texto) == texto.translate(normalizar._TABLA)
