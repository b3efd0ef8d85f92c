"""Configuración: ``[tool.cobro]`` en pyproject.toml o ``cobro.toml``, buscada hacia arriba."""

from __future__ import annotations

import json
import textwrap

from generador.errores import ruta_desde_aqui as aqui  # la ruta como se abre desde aquí


def _reglas(resultado) -> list[str]:
    return [h["regla"] for a in json.loads(resultado.stdout)["archivos"] for h in a["hallazgos"]]


def _arbol(tmp_path, config_nombre: str, config: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / config_nombre).write_text(textwrap.dedent(config), encoding="utf-8")
    carpeta = tmp_path / "mensajes" / "email"
    carpeta.mkdir(parents=True)
    ruta = carpeta / "m.txt"
    ruta.write_text("Si no paga, irá a la cárcel!!\n", encoding="utf-8")
    return ruta


def test_pyproject_hacia_arriba_selecciona_e_ignora(tmp_path, lint):
    ruta = _arbol(tmp_path, "pyproject.toml", """\
        [project]
        name = "x"

        [tool.cobro]
        reglas = ["tono"]
        ignorar = ["tono.agresivo.exclamaciones"]
        """)
    # la cárcel por una deuda es amenaza (TON001) y delito inventado (TON063, falso legal)
    assert sorted(_reglas(lint("--formato", "json", str(ruta)))) == ["TON001", "TON063"]


def test_cobro_toml_y_severidad(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", """\
        reglas = ["TON001", "TON012"]
        falla_en = "aviso"

        [severidad]
        TON001 = "sugerencia"
        "tono.agresivo" = "error"
        """)
    resultado = lint("--formato", "json", str(ruta))
    hallazgos = json.loads(resultado.stdout)["archivos"][0]["hallazgos"]
    assert {h["regla"]: h["severidad"] for h in hallazgos} == {"TON001": "sugerencia", "TON012": "error"}
    assert resultado.exit_code == 1


def test_la_cli_manda_sobre_la_seleccion_de_la_configuracion(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'reglas = ["TON001"]\n')
    assert _reglas(lint("--formato", "json", "--selecciona", "TON012", str(ruta))) == ["TON012"]


def test_clave_desconocida_es_error_2_con_sugerencia(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'ignora = ["TON001"]\n')
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: La configuración {aqui(tmp_path / 'cobro.toml')} tiene problemas:\n"
        f"{aqui(tmp_path / 'cobro.toml')}:1: clave 'ignora' desconocida; ¿quisiste decir 'ignorar'?\n"
    )


def test_cada_problema_de_la_configuracion_dice_su_linea(tmp_path, lint):
    """tomllib no da posiciones: la línea sale del texto, y en un pyproject.toml solo de
    [tool.cobro] (la clave 'ignorar' de otra herramienta no cuenta)."""
    ruta = _arbol(tmp_path, "pyproject.toml", '[project]\nname = "x"\n[tool.otra]\nignorar = 1\n'
                  '[tool.cobro]\npais = 3\nignorar = "TON001"\n\n[tool.cobro.severidad]\n'
                  'TON001 = "grave"\n')
    pyproject = aqui(tmp_path / "pyproject.toml")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: La configuración {pyproject} [tool.cobro] tiene problemas:\n"
        f"{pyproject}:6: 'pais' debe ser un código de país entre comillas, p. ej. \"mx\"\n"
        f"{pyproject}:7: 'ignorar' debe ser una lista de textos\n"
        f"{pyproject}:10: severidad 'grave' para 'TON001' no existe; usa error, aviso o "
        "sugerencia\n")


def test_umbral_y_severidad_que_no_son_texto_dicen_que_tipo_esperan(tmp_path, lint):
    """``falla_en = ["error"]`` decía «falla_en '['error']' no existe; ¿quisiste decir
    'error'?»: el problema es el tipo (una lista), no el nombre."""
    ruta = _arbol(tmp_path, "cobro.toml", 'falla_en = ["error"]\n[severidad]\nTON001 = 2\n')
    toml = aqui(tmp_path / "cobro.toml")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: La configuración {toml} tiene problemas:\n"
        f"{toml}:1: 'falla_en' debe ser un texto entre comillas: \"error\", \"aviso\" o "
        "\"sugerencia\"\n"
        f"{toml}:3: la severidad de 'TON001' debe ser un texto entre comillas: \"error\", "
        "\"aviso\" o \"sugerencia\"\n")


def test_un_toml_que_se_acaba_sin_cerrar_dice_la_ultima_linea(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'pais = "mx"\nignorar = ["TON001",\n')
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        f"Error: {aqui(tmp_path / 'cobro.toml')}:2: TOML no válido: el archivo se acaba sin un valor "
        "(¿una lista '[', una tabla '{' o unas comillas sin cerrar?); corrige el archivo de "
        "configuración\n")


def test_regla_desconocida_en_la_configuracion(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'ignorar = ["TON0012"]\n')
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    toml = aqui(tmp_path / "cobro.toml")
    assert f"la regla 'TON0012' (en {toml}) no existe; ¿quisiste decir" in resultado.stderr


def test_toml_roto(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'reglas = ["TON001"\n')
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith(
        f"Error: {aqui(tmp_path / 'cobro.toml')}:1: TOML no válido: una lista '[' no se cierra")


def test_pyproject_sin_seccion_cobro_se_salta(tmp_path, lint):
    ruta = _arbol(tmp_path, "cobro.toml", 'reglas = ["TON012"]\n')
    (ruta.parent / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert _reglas(lint("--formato", "json", str(ruta))) == ["TON012"]


def test_reglas_propias_desde_la_configuracion(tmp_path, lint):
    (tmp_path / "estilo").mkdir()
    (tmp_path / "estilo" / "propias.yml").write_text(textwrap.dedent("""\
        reglas:
          - codigo: EST001
            nombre: tono.estilo.querido
            categoria: tono.agresivo
            severidad: aviso
            tipo: frases
            mensaje: "evita '{texto}'"
            descripcion: Evita «querido».
            por_que: Demasiado familiar.
            incorrecto: "Querido cliente"
            correcto: "Hola"
            sugerencias: ["Hola"]
            frases: [querid*]
        """), encoding="utf-8")
    ruta = _arbol(tmp_path, "cobro.toml", 'reglas = ["EST001"]\nreglas_propias = ["estilo"]\n')
    ruta.write_text("Querida Ana:", encoding="utf-8")
    assert _reglas(lint("--formato", "json", str(ruta))) == ["EST001"]


# --- la ruta de la configuración en los errores, como se abre desde el directorio actual -----

def test_el_error_de_configuracion_da_la_ruta_relativa_al_directorio_actual(tmp_path, lint,
                                                                            monkeypatch):
    ruta = _arbol(tmp_path, "cobro.toml", 'ignora = ["TON001"]\n')
    monkeypatch.chdir(ruta.parent)  # mensajes/email: la configuración está dos carpetas arriba
    resultado = lint("m.txt")
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        "Error: La configuración ../../cobro.toml tiene problemas:\n"
        "../../cobro.toml:1: clave 'ignora' desconocida; ¿quisiste decir 'ignorar'?\n")


def test_el_toml_roto_y_la_tabla_tool_dan_la_ruta_relativa(tmp_path, lint, monkeypatch):
    ruta = _arbol(tmp_path, "cobro.toml", 'reglas = ["TON001"\n')
    monkeypatch.chdir(tmp_path)
    resultado = lint(str(ruta.relative_to(tmp_path)))
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith("Error: cobro.toml:1: TOML no válido: una lista '[' no se cierra")
    (tmp_path / "cobro.toml").unlink()
    (tmp_path / "pyproject.toml").write_text("[tool]\ncobro = 3\n", encoding="utf-8")
    resultado = lint(str(ruta.relative_to(tmp_path)))
    assert resultado.stderr == "Error: pyproject.toml [tool.cobro]: debe ser una tabla de claves\n"


def test_la_regla_desconocida_de_la_configuracion_da_la_ruta_relativa(tmp_path, lint, monkeypatch):
    ruta = _arbol(tmp_path, "cobro.toml", 'ignorar = ["TON0012"]\n')
    monkeypatch.chdir(tmp_path / "mensajes")
    resultado = lint(str(ruta))
    assert resultado.exit_code == 2
    assert "la regla 'TON0012' (en ../cobro.toml) no existe" in resultado.stderr


def test_lejos_del_directorio_actual_la_ruta_sigue_siendo_absoluta(tmp_path, lint, monkeypatch):
    ruta = _arbol(tmp_path, "cobro.toml", 'ignora = ["TON001"]\n')
    lejos = tmp_path / "a" / "b" / "c"
    lejos.mkdir(parents=True)
    monkeypatch.chdir(lejos)
    assert f"{aqui(tmp_path / 'cobro.toml')}:1: clave 'ignora'" in lint(str(ruta)).stderr


def test_tambien_vale_cobro_toml_oculto(tmp_path, lint):
    ruta = _arbol(tmp_path, ".cobro.toml", 'reglas = ["TON001"]\n')
    assert _reglas(lint("--formato", "json", str(ruta))) == ["TON001"]


def test_la_regla_desconocida_de_la_linea_de_ordenes_no_se_atribuye_a_la_configuracion(tmp_path, lint):
    # Con un cobro.toml válido al lado, el error de --selecciona o --ignora nombra la opción,
    # no el archivo de configuración (que no tiene la culpa).
    ruta = _arbol(tmp_path, "cobro.toml", 'ignorar = ["TON012"]\n')
    resultado = lint("--selecciona", "XYZ999", str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr == (
        "Error: la regla 'XYZ999' (en --selecciona) no existe; 'cobro reglas' lista las que hay\n")
    resultado = lint("--ignora", "TON0012", str(ruta))
    assert resultado.exit_code == 2
    assert resultado.stderr.startswith(
        "Error: la regla 'TON0012' (en --ignora) no existe; ¿quisiste decir 'TON012'")
    # El de la configuración sigue nombrando su archivo aunque también haya un --ignora.
    otro = _arbol(tmp_path / "otro", "cobro.toml", 'ignorar = ["TON0012"]\n')
    toml = aqui(tmp_path / "otro" / "cobro.toml")
    assert f"la regla 'TON0012' (en {toml}) no existe" in lint("--ignora", "TON012", str(otro)).stderr
