"""Los errores de una regla propia se leen en español y nombran la clave que falla.

Una expresión regular mal escrita en ``patrones:`` se explica en español con su posición (antes,
el texto en inglés del módulo ``regex``: «missing ) at position 3»); un ``nombre:`` repetido
se atribuye a ``nombre``, no a ``codigo``. Lo mismo, por la línea de órdenes, con exit 2.
"""

from __future__ import annotations

import re

import pytest
import regex

from generador.lint.cargar_reglas import ErrorReglas, cargar
from generador.lint.error_regex import explicar

REGLA_PATRON = """\
reglas:
  - codigo: SAL002
    nombre: tono.salud.numero_historia
    categoria: tono.terceros
    severidad: aviso
    tipo: patron
    mensaje: "número de historia clínica: '{texto}'"
    descripcion: Señala un número de historia clínica.
    por_que: Identifica al paciente; la factura basta.
    referencia: Política interna, 2026
    patrones:
      - '\\bHC-\\d{6}\\b'
      - '(HC'
    incorrecto: "Paciente HC-123456: tiene un pago pendiente."
    correcto: "Factura F-1: tiene un pago pendiente."
"""


def _problemas(tmp_path, texto: str) -> list[str]:
    ruta = tmp_path / "propias.yml"
    ruta.write_text(texto, encoding="utf-8")
    with pytest.raises(ErrorReglas) as exc:
        cargar([ruta])
    return [f"{p.linea}:{p.clave}:{p.mensaje}" for p in exc.value.problemas]


def test_una_expresion_sin_cerrar_se_explica_en_espanol_con_su_linea(tmp_path):
    assert _problemas(tmp_path, REGLA_PATRON) == [
        "13:patrones:expresión regular no válida '(HC': falta un ')' que cierre el paréntesis "
        "(al final) (regla SAL002)"]


@pytest.mark.parametrize(("patron", "explicacion"), [
    ("HC)", "sobra un ')' sin su '(' (posición 3)"),
    ("*a", "un '*', '+', '?' o '{n}' no tiene nada delante que repetir (posición 1)"),
    ("[abc", "falta el ']' que cierre el conjunto de caracteres (al final)"),
    ("[z-a]", "rango de caracteres al revés (p. ej. [z-a]) (posición 5)"),
    ("a{2,1}", "en {n,m}, n es mayor que m (posición 3)"),
])
def test_los_errores_de_regex_mas_comunes_en_espanol(patron, explicacion):
    with pytest.raises(regex.error) as exc:
        regex.compile(patron, regex.IGNORECASE)
    assert explicar(exc.value, patron) == explicacion


def test_un_error_sin_traduccion_no_deja_ingles():
    with pytest.raises(re.error) as exc:
        re.compile("(?<=a+)b")
    assert explicar(exc.value) == "un (?<=...) de ancho variable"
    assert explicar(re.error("some new message", "ab", 1)) == "sintaxis no válida (posición 2)"


def test_un_nombre_repetido_se_atribuye_a_la_clave_nombre(tmp_path):
    dos = REGLA_PATRON.replace("      - '(HC'\n", "") + REGLA_PATRON.replace(
        "reglas:\n", "").replace("SAL002", "SAL003").replace("      - '(HC'\n", "")
    assert _problemas(tmp_path, dos) == [
        "15:nombre:'tono.salud.numero_historia' ya lo usa la regla SAL002 "
        f"({tmp_path / 'propias.yml'}:2)"]


def test_por_la_linea_de_ordenes_sale_con_2_y_archivo_linea(tmp_path, cobro):
    (tmp_path / "reglas").mkdir()
    (tmp_path / "reglas" / "salud.yml").write_text(REGLA_PATRON, encoding="utf-8")
    mensaje = tmp_path / "m.txt"
    mensaje.write_text("Hola.\n", encoding="utf-8")
    r = cobro("lint", "--reglas-propias", tmp_path / "reglas", mensaje)
    assert r.exit_code == 2
    assert (f"{tmp_path / 'reglas' / 'salud.yml'}:13: patrones: expresión regular no válida "
            "'(HC': falta un ')' que cierre el paréntesis (al final) (regla SAL002)") in r.output


def test_un_patron_de_voseo_mal_escrito_se_explica_en_espanol():
    from generador.errores import ErrorCobro
    from generador.voseo import desde_datos

    with pytest.raises(ErrorCobro) as exc:
        desde_datos({"patrones": [{"de": r"\bhas sido\b", "a": "fuiste"},
                                  {"de": r"(has hecho", "a": "hiciste"}]}, "mensajes/voseo.yml")
    assert str(exc.value) == (
        "mensajes/voseo.yml: patrones[1] no es válido (expresión regular no válida: falta un ')' "
        "que cierre el paréntesis (posición 1)); cada entrada es {de: expresión regular, a: "
        "reemplazo}")
    with pytest.raises(ErrorCobro) as exc:
        desde_datos({"patrones": ["has sido"]}, "mensajes/voseo.yml")
    assert str(exc.value) == (
        "mensajes/voseo.yml: patrones[0] no es válido (no es un mapa con 'de' y 'a'); cada "
        "entrada es {de: expresión regular, a: reemplazo}")


REGLA_FILTRADA = """\
reglas:
  - codigo: PRO001
    nombre: tono.propia.prueba
    categoria: tono.agresivo
    severidad: aviso
    tipo: frases
    mensaje: "no digas '{texto}'"
    descripcion: Prueba.
    por_que: Prueba.
    frases: [deuda pendiente]
    %s: [%s]
    incorrecto: "Tu deuda pendiente."
    correcto: "Tu factura."
"""


@pytest.mark.parametrize(("filtro", "valor", "que"), [
    ("tipos", "mi_tipo", "ese tipo"), ("excepto_etapas", "mi_etapa", "esa etapa"),
    ("paises", "uy", "ese país"), ("canales", "fax", "ese canal"),
])
def test_un_filtro_con_un_valor_de_otro_arbol_dice_que_se_pase_specs(tmp_path, filtro, valor, que):
    """Una regla para un tipo o un país que solo existen en el árbol del usuario, cargada con
    el árbol de cobro (sin --specs): el error dice cómo usar el suyo."""
    [problema] = _problemas(tmp_path, REGLA_FILTRADA % (filtro, valor))
    assert problema.startswith(f"11:{filtro}[0]:'{valor}' no es válido;")
    assert problema.endswith(
        f"; si {que} está en tu árbol de especificaciones, pasa --specs CARPETA o ejecuta cobro "
        "dentro de esa carpeta (regla PRO001)")


def test_un_valor_mal_escrito_de_un_filtro_fijo_no_lleva_la_pista(tmp_path):
    [problema] = _problemas(tmp_path, REGLA_FILTRADA % ("registros", "vos"))
    assert problema.startswith("11:registros[0]:'vos' no es válido;")
    assert "--specs" not in problema
