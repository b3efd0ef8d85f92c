"""``--datos``: un YAML plano de valores comunes; cada problema dice archivo, línea y qué hacer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generador import dominio
from generador.combinar import datos_fijos
from generador.errores import ErrorCobro


@pytest.fixture(scope="module")
def variables():
    return dominio.modelo().todas_las_variables()


def _problemas(tmp_path, variables, texto: str) -> list[tuple[int, str]]:
    ruta = tmp_path / "fijos.yml"
    ruta.write_text(texto, encoding="utf-8")
    with pytest.raises(ErrorCobro) as exc:
        datos_fijos.leer(ruta, variables)
    return [(p.linea, p.mensaje) for p in exc.value.problemas]


def test_un_archivo_correcto_da_pares_variable_valor(tmp_path, variables):
    ruta = tmp_path / "fijos.yml"
    ruta.write_text("empresa: Ejemplo S.L.\ntelefono_contacto: 910 000 000\n", encoding="utf-8")
    assert datos_fijos.leer(ruta, variables) == (("empresa", "Ejemplo S.L."),
                                                  ("telefono_contacto", "910 000 000"))


def test_un_nombre_antiguo_apunta_a_la_variable_canonica_con_su_linea(tmp_path, variables):
    assert _problemas(tmp_path, variables, "empresa: E\niban: ES12\n") == [
        (2, "no es una variable canónica; usa 'cuenta_pago'")]


@pytest.mark.parametrize(("antiguo", "canonica"), [
    ("clabe", "cuenta_pago"), ("cbu", "cuenta_pago"), ("telefono", "telefono_contacto"),
    ("email", "email_contacto"), ("correo", "email_contacto"),
])
def test_cada_alias_de_variables_yml_da_su_variable(tmp_path, variables, antiguo, canonica):
    assert variables[canonica].alias and antiguo in variables[canonica].alias
    assert _problemas(tmp_path, variables, f"{antiguo}: x\n") == [
        (1, f"no es una variable canónica; usa '{canonica}'")]


def test_los_alias_son_datos_del_modelo_y_no_del_codigo(tmp_path, variables):
    propias = dict(variables)
    propias["telefono_contacto"] = replace(variables["telefono_contacto"], alias=("movil",))
    assert _problemas(tmp_path, propias, "movil: 600\ntelefono: 600\n") == [
        (1, "no es una variable canónica; usa 'telefono_contacto'"),
        (2, "no es una variable canónica; ¿quisiste decir 'telefono_contacto'?")]


@pytest.mark.parametrize(("alias", "motivo"), [
    ("[empresa]", "'empresa' ya es el nombre de una variable; quítalo de alias"),
    ("[iban]", "'iban' ya es alias de 'cuenta_pago'; déjalo en una sola"),
])
def test_un_alias_ambiguo_en_variables_yml_se_explica(tmp_path, alias, motivo):
    import shutil

    from generador.cargar import cargar
    from generador.errores import ErrorEspecificacion

    raiz = Path(__file__).resolve().parents[2]
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(raiz / carpeta, tmp_path / carpeta)
    ruta = tmp_path / "mensajes" / "variables.yml"
    texto = ruta.read_text(encoding="utf-8")
    ruta.write_text(texto.replace("    alias: [telefono]\n", f"    alias: {alias}\n"),
                    encoding="utf-8")
    with pytest.raises(ErrorEspecificacion) as exc:
        cargar(tmp_path)
    assert [(p.clave, p.mensaje) for p in exc.value.problemas] == [
        ("variables.telefono_contacto.alias", motivo)]


def test_un_valor_que_no_es_texto_se_senala_en_su_linea(tmp_path, variables):
    assert _problemas(tmp_path, variables, "empresa: E\nremitente:\n  - a\n") == [
        (2, "el valor debe ser un texto, un número o una fecha")]


@pytest.mark.parametrize(("texto", "linea", "motivo"), [
    ("empresa: [a\n", 2, "una lista entre corchetes no se cierra"),
    ("empresa: a\nempresa: b\n", 2, "la clave 'empresa' está repetida"),
    ("empresa: &x [*x]\n", 1, "un alias se contiene a sí mismo"),
    ("empresa: !!python/object:os.system x\n", 1, "etiqueta de tipo no permitida"),
    ("empresa: @Ejemplo\n", 1, "ponlo entre comillas"),
])
def test_el_yaml_mal_escrito_se_explica_en_espanol_con_su_linea(tmp_path, variables, texto, linea, motivo):
    [(n, mensaje)] = _problemas(tmp_path, variables, texto)
    assert n == linea
    assert motivo in mensaje
    assert "found" not in mensaje and "expected" not in mensaje


def test_cada_valor_es_el_texto_escrito_sin_conversiones_de_yaml(tmp_path, variables):
    """YAML 1.1 leería «9:00» como 540 (sexagesimal), «0123» como 83 (octal), «yes» como True
    y «1e3» como 1000.0: en un archivo de datos, el valor es lo que se escribió."""
    ruta = tmp_path / "fijos.yml"
    ruta.write_text("empresa: yes\nhorario_contacto: 9:00\ncuenta_pago: 0123\n"
                    "telefono_contacto: 0910123456\ncargo: 2026-01-01\nremitente: 1e3\n",
                    encoding="utf-8")
    assert datos_fijos.leer(ruta, variables) == (
        ("empresa", "yes"), ("horario_contacto", "9:00"), ("cuenta_pago", "0123"),
        ("telefono_contacto", "0910123456"), ("cargo", "2026-01-01"), ("remitente", "1e3"))


@pytest.mark.parametrize("vacio", ["", "~", "null", "''"])
def test_un_valor_vacio_se_senala_en_su_linea(tmp_path, variables, vacio):
    assert _problemas(tmp_path, variables, f"empresa: E\nremitente: {vacio}\n") == [
        (2, "está vacío; escribe el valor o quita la línea")]
