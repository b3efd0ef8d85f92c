"""Propiedades (hypothesis, semilla fija y presupuesto acotado para CI): ningún archivo de
entrada, front matter ni especificación produce otra cosa que un resultado o un error de
cobro con mensaje en español; lo que se lee, el linter lo revisa entero y sus posiciones
caen dentro del texto. Para buscar durante más tiempo: ``benchmarks/fuzz.py``."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generador.errores import ErrorCobro
from generador.lint import entrada
from generador.lint.motor import Motor, Opciones

MOTOR = Motor(Opciones())

AJUSTES = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Trozos de YAML y de texto que suelen romper lectores: anidación, etiquetas con tipo,
# alias, claves repetidas, fechas imposibles, tabuladores, BOM, NUL, comillas sin cerrar.
YAML = st.sampled_from([
    "[", "]", "{", "}", ": ", "- ", "? ", "!!int ", "!!bool ", "!!float ", "!!timestamp ",
    "!!binary ", "!!set ", "!!omap ", "!!python/object:os.system ", "&a ", "*a", "<<: *a",
    "2026-02-31", "2026-02-03", ".inf", "-.inf", ".nan", "1e400", "0x1F", "~", "null", "yes",
    "\n", "\n  ", "\t", "'", '"', "|", ">", "---", "...", "%YAML 1.1\n", "#", "\ufeff", "\x00",
    "canal", "etapa", "tipo", "registro", "asunto", "importe", "fecha", "é", "\u2028", "\r",
])
FRAGMENTOS = st.lists(st.one_of(YAML, st.text(max_size=8)), max_size=40).map("".join)
ANIDADOS = st.integers(min_value=1, max_value=3000).map(lambda n: "x: " + "[" * n + "]" * n)
# Repeticiones largas de un trozo (así halló benchmarks/fuzz.py el '{{{{…' que tumbaba Jinja).
REPETIDOS = st.tuples(st.sampled_from(["{", "[", "{{", "{%", "*|", "-", "\n  "]),
                      st.integers(min_value=1, max_value=3000)).map(lambda t: t[0] * t[1])
BOMS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"])
CODIFICACIONES = st.sampled_from(["utf-8", "utf-16", "utf-32", "latin-1", "utf-8-sig"])


def _leer(tmp_path, nombre: str, datos: bytes):
    ruta = tmp_path / nombre
    ruta.write_bytes(datos)
    try:
        documento = entrada.leer(str(ruta))
    except entrada.ErrorEntrada as exc:
        assert exc.mensaje and exc.linea >= 0
        return None
    assert isinstance(documento.texto, str)
    hallazgos, _avisos = MOTOR.revisar_documento(documento)
    for h in hallazgos:
        assert 0 <= h.inicio <= h.fin <= len(documento.texto)
        assert h.linea >= 1 and h.columna >= 1
    return documento


@AJUSTES
@given(front=st.one_of(FRAGMENTOS, ANIDADOS), cuerpo=st.text(max_size=200),
       codificacion=CODIFICACIONES, extension=st.sampled_from([".md", ".txt", ".html", ""]))
def test_cualquier_front_matter_se_lee_o_se_explica(tmp_path, front, cuerpo, codificacion,
                                                     extension):
    texto = f"---\n{front}\n---\n{cuerpo}"
    try:
        datos = texto.encode(codificacion)
    except UnicodeEncodeError:
        datos = texto.encode("utf-8")
    documento = _leer(tmp_path, f"plantilla{extension}", datos)
    if documento is not None:
        assert isinstance(documento.metadatos, dict)


@AJUSTES
@given(bom=BOMS, datos=st.binary(max_size=3000), extension=st.sampled_from([".txt", ".eml", ".md"]))
def test_cualquier_secuencia_de_bytes_se_lee_o_se_explica(tmp_path, bom, datos, extension):
    _leer(tmp_path, f"mensaje{extension}", bom + datos)


@AJUSTES
@given(partes=st.integers(min_value=0, max_value=120), cuerpo=st.text(max_size=100))
def test_cualquier_eml_anidado_se_lee_o_se_explica(tmp_path, partes, cuerpo):
    eml = ("From: a@b.es\nSubject: Aviso\nMIME-Version: 1.0\n"
           + "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'
                     for i in range(partes))
           + f"Content-Type: text/plain\n\n{cuerpo}\n"
           + "".join(f"--b{i}--\n" for i in reversed(range(partes))))
    documento = _leer(tmp_path, "correo.eml", eml.encode("utf-8", "surrogatepass"))
    assert documento is not None or partes > entrada.LIMITE_PARTES_EML


@AJUSTES
@given(posicion=st.floats(min_value=0, max_value=1),
       trozo=st.one_of(FRAGMENTOS, ANIDADOS, REPETIDOS),
       archivo=st.sampled_from(["sectores/turismo.yml", "mensajes/variables.yml",
                                "mensajes/tipos/recordatorio_previo.yml"]))
def test_cualquier_especificacion_se_carga_o_se_explica(tmp_path_factory, posicion, trozo, archivo):
    from arbol import SECTOR, TIPO, VARIABLES, escribir_arbol

    from generador.cargar import cargar
    from generador.componer import componer
    from generador.rellenar import Relleno

    original = {"sectores/turismo.yml": SECTOR, "mensajes/variables.yml": VARIABLES,
                "mensajes/tipos/recordatorio_previo.yml": TIPO}[archivo]
    corte = int(len(original) * posicion)
    clave = archivo.replace("/", "__").replace(".yml", "_yml")
    raiz = escribir_arbol(tmp_path_factory.mktemp("specs"),
                          **{clave: original[:corte] + trozo + original[corte:]})
    try:
        espec = cargar(raiz)
        relleno = Relleno(espec)
        for plantilla in componer(espec).plantillas:
            mensaje = relleno.ejemplo(plantilla)
            assert "∞" not in mensaje.cuerpo and "NaN" not in mensaje.cuerpo
    except ErrorCobro as exc:
        texto = str(exc)
        assert texto and "Traceback" not in texto
