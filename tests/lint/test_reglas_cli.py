"""``cobro reglas`` lista las reglas y explica una."""

from __future__ import annotations


def test_lista_todas(cobro, reglamento):
    resultado = cobro("reglas")
    assert resultado.exit_code == 0
    for regla in reglamento.reglas:
        assert regla.codigo in resultado.stdout
    assert resultado.stdout.rstrip().endswith("'cobro reglas CODIGO' explica una.")


def test_explica_una(cobro):
    resultado = cobro("reglas", "TON010")
    assert resultado.exit_code == 0
    salida = resultado.stdout
    assert salida.startswith(
        "TON010 tono.consecuencia_prematura.legal (categoría tono.consecuencia_prematura, aviso)\n"
    )
    for seccion in ("Qué hace:", "Por qué:", "Cuándo se aplica:", "Incorrecto:", "Correcto:",
                    "Referencia:"):
        assert seccion in salida


def test_por_nombre(cobro):
    assert cobro("reglas", "tono.amenaza.penal").stdout.startswith("TON001 ")


def test_codigo_desconocido_sugiere_y_sale_con_2(cobro):
    resultado = cobro("reglas", "TON0013")
    assert resultado.exit_code == 2
    assert resultado.stderr == "Error: la regla 'TON0013' no existe; ¿quisiste decir 'TON013' o 'TON003'?\n"


def test_json_para_la_documentacion(cobro, reglamento):
    import json

    datos = json.loads(cobro("reglas", "--formato", "json").stdout)
    assert [d["codigo"] for d in datos] == [r.codigo for r in reglamento.reglas]
    (ton001,) = json.loads(cobro("reglas", "TON001", "--formato", "json").stdout)
    assert ton001["incorrecto"][0]["texto"].startswith("Si no paga")
    assert {"por_que", "referencia", "sugerencias", "etapas"} <= set(ton001)


def test_en_un_terminal_la_descripcion_cabe_en_su_ancho(capsys, reglamento):
    """Por una tubería, una línea por regla (para scripts); en un terminal, la descripción se
    parte en líneas que caben en su ancho, y debajo de la regla si no queda sitio al lado."""
    from generador.comandos.reglas import _listar

    fal004 = next(r for r in reglamento.reglas if r.codigo == "FAL004")
    for columnas in (80, 100, 240):
        _listar([fal004], None, columnas)
        lineas = capsys.readouterr().out.splitlines()
        assert max(len(linea) for linea in lineas) <= columnas, columnas
        assert lineas[0].startswith("FAL004  aviso       -  todos  faltante.contacto")
        cuerpo = " ".join(linea.strip() for linea in lineas[:-2])  # sin la leyenda y el total
        assert " ".join(fal004.descripcion.split()) in cuerpo
    _listar([fal004], None, None)
    salida = capsys.readouterr().out.splitlines()
    assert salida[0].endswith(" ".join(fal004.descripcion.split()))
    assert salida[-1] == "1 regla. 'cobro reglas CODIGO' explica una."


def test_la_explicacion_no_repite_la_categoria_cuando_es_el_nombre(cobro):
    """«FAL001 faltante.importe (error)»; la categoría solo se dice si el nombre es más fino."""
    assert cobro("reglas", "FAL001").output.splitlines()[0] == "FAL001 faltante.importe (error)"
    assert cobro("reglas", "TON001").output.splitlines()[0] == (
        "TON001 tono.amenaza.penal (categoría tono.amenaza, error)")
