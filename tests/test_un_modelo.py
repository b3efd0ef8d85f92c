"""Un solo modelo de dominio: solo el cargador lee el árbol de especificaciones.

El linter, los exportadores, el sitio y el servidor de lenguaje toman etapas, tipos,
canales, variables y países de :func:`generador.dominio.modelo`; ninguno abre por su cuenta
``mensajes/``, ``sectores/`` ni la tabla de países.
"""

from __future__ import annotations

import ast
from pathlib import Path

PAQUETE = Path(__file__).resolve().parents[1] / "generador"
CONSUMIDORES = ("lint", "exportar", "sitio", "lsp")
ARCHIVOS_DEL_ARBOL = ("mensajes", "sectores", "variables.yml", "etapas.yml", "canales.yml",
                      "paises.yml", "locales.yml")


def _literales(ruta: Path) -> list[tuple[int, str]]:
    arbol = ast.parse(ruta.read_text(encoding="utf-8"))
    documentacion = {
        id(n.body[0].value) for n in ast.walk(arbol)
        if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)
    }
    return [(n.lineno, n.value) for n in ast.walk(arbol)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in documentacion]


def test_ningun_consumidor_del_modelo_lee_el_arbol_por_su_cuenta():
    culpables = []
    for carpeta in CONSUMIDORES:
        for ruta in sorted((PAQUETE / carpeta).rglob("*.py")):
            for linea, texto in _literales(ruta):
                if texto in ARCHIVOS_DEL_ARBOL:  # una ruta construida, p. ej. raiz / "mensajes"
                    culpables.append(f"{ruta.relative_to(PAQUETE.parent)}:{linea}: {texto!r}")
    assert culpables == []


def test_etapas_y_tipos_no_estan_escritos_en_el_codigo_del_linter():
    from generador import dominio

    modelo = dominio.modelo_de_cobro()
    nombres = set(modelo.tipos) | {e for e in modelo.etapas if "_" in e}
    culpables = []
    for ruta in sorted((PAQUETE / "lint").rglob("*.py")):
        for linea, texto in _literales(ruta):
            if texto in nombres:
                culpables.append(f"{ruta.relative_to(PAQUETE.parent)}:{linea}: {texto!r}")
    assert culpables == []


def test_cada_fuente_legal_dice_su_fecha_de_lectura_una_sola_vez():
    """«...; leído 2026-11-30 en el texto consolidado del BOE» no lleva además «(texto leído el
    2026-11-30)»; una fuente que no la dice, sí."""
    from generador.dominio import modelo_de_cobro

    espec = modelo_de_cobro()
    vistas = 0
    for textos in espec.textos_pais.values():
        for clave, frase in textos.legal.items():
            if not frase.get("verificado") or not frase.get("fuente"):
                continue
            [fuente] = textos.fuentes([clave]) or [None]
            if fuente is None:
                continue
            vistas += 1
            ya_la_dice = str(frase["verificado"]) in frase["fuente"]
            assert ("(texto leído el " in fuente) is not ya_la_dice, fuente
    assert vistas > 0
