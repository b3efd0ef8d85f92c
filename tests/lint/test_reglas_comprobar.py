"""``cobro reglas --comprobar``: los ejemplos de una regla propia son su prueba.

Quien añade una regla con ``--reglas-propias`` escribe un ejemplo ``incorrecto`` y uno
``correcto``; sin esta orden nada comprobaba que la regla señale el primero y no el segundo
(las pruebas de cobro solo ejecutan los ejemplos de sus propias reglas).
"""

from __future__ import annotations

REGLAS = """\
reglas:
  - codigo: SAL001
    nombre: tono.salud.historial
    categoria: tono.humillacion
    severidad: aviso
    tipo: frases
    mensaje: "menciona el historial clínico: '{texto}'"
    descripcion: Señala que un cobro mencione el historial clínico.
    por_que: Es un dato de salud.
    referencia: Política interna, 2026
    frases: [historial clinico]
    incorrecto: "Según su historial clínico, debe 30 euros."
    correcto: "Tiene pendiente la factura F-1."
    sugerencias:
      tu: ["Tienes pendiente la factura {{ referencia }}."]
      usted: ["Tiene pendiente la factura {{ referencia }}."]
  - codigo: SAL002
    nombre: tono.salud.numero_historia
    categoria: tono.terceros
    severidad: aviso
    tipo: patron
    mensaje: "número de historia clínica: '{texto}'"
    descripcion: Señala un número de historia clínica.
    por_que: Identifica al paciente.
    referencia: Política interna, 2026
    patrones: ['\\bHC-\\d{6}\\b']
    incorrecto: {texto: "Paciente HC-123456: pago pendiente.", senala: HC-123456}
    correcto: "Factura F-1: pago pendiente."
"""


def _reglas(tmp_path, texto=REGLAS):
    ruta = tmp_path / "propias.yml"
    ruta.write_text(texto, encoding="utf-8")
    return ruta


def test_los_ejemplos_de_las_reglas_propias_se_cumplen(tmp_path, cobro):
    r = cobro("reglas", "--comprobar", "--reglas-propias", _reglas(tmp_path))
    assert r.exit_code == 0, r.output
    assert r.output == "Los 4 ejemplos de 2 reglas se cumplen.\n"


def test_un_ejemplo_incorrecto_que_la_regla_no_senala_sale_con_1(tmp_path, cobro):
    ruta = _reglas(tmp_path, REGLAS.replace("Paciente HC-123456", "Paciente HC-12345"))
    r = cobro("reglas", "--comprobar", "--reglas-propias", ruta)
    assert r.exit_code == 1
    assert r.output == (
        f"{ruta}:17: SAL002: su ejemplo incorrecto no da ningún hallazgo: "
        "'Paciente HC-12345: pago pendiente.'\n"
        "4 ejemplos de 2 reglas: 1 no se cumple.\n")


def test_un_ejemplo_correcto_con_hallazgo_y_un_senala_equivocado(tmp_path, cobro):
    ruta = _reglas(tmp_path, REGLAS.replace(
        'correcto: "Tiene pendiente la factura F-1."',
        'correcto: "Su historial clinico no importa."').replace(
        "senala: HC-123456", "senala: Paciente"))
    r = cobro("reglas", "--comprobar", "--reglas-propias", ruta, "SAL001")
    assert r.exit_code == 1
    assert r.output == (
        f"{ruta}:2: SAL001: su ejemplo correcto da un hallazgo en 'historial clinico': "
        "'Su historial clinico no importa.'\n"
        "2 ejemplos de 1 regla: 1 no se cumple.\n")
    r = cobro("reglas", "--comprobar", "--reglas-propias", ruta, "SAL002")
    assert r.exit_code == 1
    assert r.output == (
        f"{ruta}:17: SAL002: en su ejemplo incorrecto 'Paciente HC-123456: pago pendiente.' "
        "debería señalar 'Paciente'; señala ['HC-123456']\n"
        "2 ejemplos de 1 regla: 1 no se cumple.\n")


def test_cobro_reglas_lee_las_reglas_propias_de_la_configuracion(tmp_path, cobro, monkeypatch):
    # cobro lint aplica las reglas de [tool.cobro] reglas_propias; cobro reglas las explica y
    # las comprueba igual, sin repetir la ruta
    (tmp_path / "estilo").mkdir()
    _reglas(tmp_path / "estilo")
    (tmp_path / "pyproject.toml").write_text('[tool.cobro]\nreglas_propias = ["estilo"]\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = cobro("reglas", "SAL001")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("SAL001 tono.salud.historial (categoría tono.humillacion, aviso)\n")
    r = cobro("reglas", "--comprobar")
    assert (r.exit_code, r.output) == (0, "Los 4 ejemplos de 2 reglas se cumplen.\n")
