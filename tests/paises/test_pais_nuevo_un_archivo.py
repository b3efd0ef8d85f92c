"""Especificación: un país nuevo es UN archivo, ``mensajes/paises/<cc>.yml``.

En una copia del árbol real se añade Uruguay escribiendo solo ``mensajes/paises/uy.yml``
(sus datos y su texto, sin ninguna frase legal: nadie ha leído aún su ley) y nada más: ni una
línea en otra tabla, ni paquete de ley en ``reglas/paises/``. Con eso, de punta a punta:

- ``cobro generar --pais uy`` escribe sus plantillas, con los importes en pesos uruguayos y el
  formato de es_UY;
- ``cobro lint --pais uy`` revisa y avisa de que no hay reglas de ley de Uruguay;
- ``cobro plan --pais uy`` da los contactos en la hora de Montevideo, sin festivos uruguayos, con
  límites prudentes que dice que no son ninguna ley;
- los filtros de las reglas (``FILTROS``) y el sitio lo incluyen, porque salen del modelo, y
  sus páginas del sitio avisan, como lint y plan, de que no tiene reglas de ley verificadas.

Uruguay no está en el catálogo real: sin sus textos legales con fuentes verificadas no se añade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import holidays
import pais_uruguay
import pytest
import yaml
from babel.numbers import format_currency
from click.testing import CliRunner

RAIZ = Path(__file__).resolve().parents[2]

#: Frases legales de Uruguay: ninguna (vacías), porque no se ha leído su ley; así el país se
#: genera sin afirmar nada legal. Las claves, las que piden las plantillas del árbol real.
CLAVES_LEGALES = tuple(yaml.safe_load(
    (RAIZ / "mensajes" / "paises" / "es.yml").read_text(encoding="utf-8"))["legal"])

URUGUAY = pais_uruguay.con_texto(CLAVES_LEGALES)

SECTOR = "construccion"
NBSP = "\xa0"


def _cobro(*args) -> tuple[int, str, str]:
    from generador.cli import cli

    r = CliRunner().invoke(cli, [str(a) for a in args], prog_name="cobro", catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def arbol(tmp_path_factory) -> Path:
    """Copia del árbol real más un solo archivo nuevo: mensajes/paises/uy.yml."""
    specs = tmp_path_factory.mktemp("uruguay") / "specs"
    for carpeta in ("mensajes", "sectores", "reglas"):
        shutil.copytree(RAIZ / carpeta, specs / carpeta)
    antes = {p.relative_to(specs) for p in specs.rglob("*") if p.is_file()}
    (specs / "mensajes" / "paises" / "uy.yml").write_text(URUGUAY, encoding="utf-8")
    despues = {p.relative_to(specs) for p in specs.rglob("*") if p.is_file()}
    assert despues - antes == {Path("mensajes/paises/uy.yml")}
    assert not (specs / "reglas" / "paises" / "uy.yml").exists()
    return specs


@pytest.fixture(scope="module")
def catalogo(arbol, tmp_path_factory) -> Path:
    salida = tmp_path_factory.mktemp("catalogo_uy") / "salida"
    codigo, stdout, stderr = _cobro("generar", "--specs", arbol, "--pais", "uy", "--sector", SECTOR,
                                    "--salida", salida)
    assert codigo == 0, stdout + stderr
    assert "(es_UY, Uruguay)" in stdout
    return salida


def test_el_modelo_tiene_a_uruguay_con_sus_datos_y_sin_paquete_de_ley(arbol):
    from generador import dominio

    modelo = dominio.modelo(arbol)
    uy = modelo.paises["uy"]
    assert (uy.nombre, uy.locale, uy.moneda, uy.zona_horaria, uy.festivos, uy.lugar, uy.papel) == (
        "Uruguay", "es_UY", "UYU", "America/Montevideo", "UY", "Montevideo", "A4")
    assert (uy.archivo, uy.paquete) == ("mensajes/paises/uy.yml", "")
    # el orden de mensajes/paises.yml no lo nombra: va después de los que sí nombra
    assert list(modelo.paises) == ["mx", "co", "pe", "cl", "ar", "es", "us", "uy"]
    assert modelo.textos_pais["uy"].vocabulario["id_fiscal"] == "RUT"
    assert modelo.locales["es_UY"].moneda == "UYU"


def test_generar_escribe_sus_plantillas_con_importes_en_pesos_uruguayos(catalogo):
    plantillas = sorted((catalogo / "plantillas" / "uy" / SECTOR).glob("*.txt"))
    assert plantillas and all(p.name.startswith(f"uy-{SECTOR}-") for p in plantillas)
    manifiesto = json.loads((catalogo / "catalogo.json").read_text(encoding="utf-8"))
    assert (manifiesto["pais"], manifiesto["locale"]) == ("uy", "es_UY")
    assert {e["pais"] for e in manifiesto["plantillas"]} == {"uy"}
    assert len(manifiesto["plantillas"]) == len(plantillas)
    ejemplo = (catalogo / "ejemplos" / "uy" / SECTOR /
               f"uy-{SECTOR}-aviso_vencimiento-email-usted.txt").read_text(encoding="utf-8")
    importe = format_currency(48320.80, "UYU", locale="es_UY")  # el importe de ejemplo del sector
    assert importe == "$\xa048.320,80"  # Babel: signo, espacio duro, miles con punto, coma
    assert f"- importe: {importe.replace(NBSP, ' ')}\n" in ejemplo  # el ejemplo, espacio normal
    assert "€" not in ejemplo and "EUR" not in ejemplo
    assert "- vencimiento: 5 de diciembre de 2026\n" in ejemplo  # fecha larga de es_UY
    assert "- por transferencia a la cuenta " in ejemplo  # las vías de pago de su archivo


#: Datos de ejemplo de España (los del árbol, escritos para el país predeterminado) que un país
#: sin ``ejemplos:`` propios no debe heredar: IBAN, NIF, direcciones, teléfonos, burofax, S.L.
DATOS_DE_ESPANA = ("ES91 2100", "B12345678", "B46123456", "A86543210", "Madrid", "Coslada",
                   "910 ", "900 555", "burofax", "S.L.")


def test_sin_ejemplos_propios_los_datos_de_ejemplo_son_neutros_y_no_de_otro_pais(catalogo):
    """uy.yml no trae ``ejemplos:``: donde el árbol pone un dato de España, Uruguay lleva uno
    neutro (cuenta, RUT y teléfono en ceros, direcciones en su ciudad), nunca el español."""
    carpeta = catalogo / "ejemplos" / "uy" / SECTOR
    todos = "\n".join(p.read_text(encoding="utf-8") for p in carpeta.glob("*.txt"))
    assert [dato for dato in DATOS_DE_ESPANA if dato in todos] == []
    carta = (carpeta / f"uy-{SECTOR}-reclamacion_formal-carta-usted.txt").read_text(encoding="utf-8")
    lineas = carta.splitlines()
    assert {"RUT 000000000", "Calle Principal 100, Montevideo",
            "Avenida Central 40, Montevideo"} <= set(lineas)
    assert any(linea.startswith("- por transferencia a la cuenta 0000 0000 0000 0000, con ")
               for linea in lineas)
    assert "Tel. 000 000 000 · " in carta


def test_lint_revisa_con_pais_uy_y_avisa_de_que_no_tiene_ley(arbol, catalogo):
    ejemplo = (catalogo / "ejemplos" / "uy" / SECTOR /
               f"uy-{SECTOR}-aviso_vencimiento-email-usted.txt")
    aviso = ("el país 'uy' no tiene reglas de ley (falta reglas/paises/uy.yml en el árbol de "
             "especificaciones): se revisa sin las reglas legales de ese país; añade ese archivo "
             "(ver reglas/LEEME.md)")
    codigo, stdout, _ = _cobro("lint", "--specs", arbol, "--pais", "uy", "-f", "json", ejemplo)
    assert codigo == 0
    informe = json.loads(stdout)
    assert informe["avisos"] == [aviso]
    assert informe["errores"] == [] and informe["archivos"][0]["hallazgos"] == []
    # y una errata en un importe se sigue encontrando en Uruguay
    roto = ejemplo.with_name("roto.txt")
    roto.write_text("Hola, Ana: su factura F-1 de $ vence el 5 de diciembre.\n", encoding="utf-8")
    codigo, stdout, _ = _cobro("lint", "--specs", arbol, "--pais", "uy", "-f", "json", roto)
    hallazgos = json.loads(stdout)["archivos"][0]["hallazgos"]
    (falta,) = [h for h in hallazgos if h["regla"] == "FAL001"]  # falta el importe
    # y el ejemplo del mensaje va en pesos uruguayos, como los escribe es_UY (no en euros)
    importe = format_currency(1234.50, "UYU", locale="es_UY").replace(NBSP, " ")
    assert importe == "$ 1.234,50"
    assert falta["mensaje"] == ("falta el importe: di cuánto hay que pagar "
                                f"(p. ej. {importe} o {{{{ importe }}}})")


def test_plan_da_contactos_en_la_hora_de_montevideo_sin_festivos_uruguayos(arbol):
    codigo, stdout, stderr = _cobro("plan", "--specs", arbol, "--pais", "uy", "--vencimiento",
                                    "2026-12-15", "--sector", SECTOR, "-f", "json")
    assert codigo == 0, stdout + stderr
    plan = json.loads(stdout)
    assert (plan["pais"], plan["zona_horaria"]) == ("uy", "America/Montevideo")
    assert plan["aviso"].startswith("Uruguay (uy) no tiene paquete de ley (reglas/paises/uy.yml): "
                                    "no hay límites legales verificados para este país.")
    assert stderr == f"Aviso: {plan['aviso']}\n"
    fechas = [dt.date.fromisoformat(c["fecha"]) for c in plan["contactos"]]
    festivos = holidays.country_holidays("UY", years=(2026, 2027))
    assert fechas and not [f for f in fechas if f in festivos or f.weekday() == 6]
    # el segundo recordatorio por carta caería en Año Nuevo (festivo en Uruguay): se mueve
    movidos = [c["motivo"] for c in plan["contactos"] if c["motivo"] and "festivo" in c["motivo"]]
    assert any("festivo (Año Nuevo)" in m for m in movidos), movidos
    assert all("límite prudente" in c["motivo"] for c in plan["contactos"] if c["motivo"])
    texto = _cobro("plan", "--specs", arbol, "--pais", "uy", "--vencimiento", "2026-12-15",
                   "--sector", SECTOR)[1]
    assert "horas en America/Montevideo (la del deudor)" in texto
    assert "Límites prudentes (sin fuente legal):" in texto and "Fuentes:" not in texto


def test_los_filtros_de_las_reglas_admiten_uruguay(arbol):
    """Los valores de los filtros de FILTROS salen del modelo: ``paises: [uy]`` vale en una
    regla de este árbol, y ``cobro reglas --pais uy`` da las reglas comunes."""
    from generador import dominio
    from generador.lint.cargar_reglas import Vocabulario
    from generador.lint.esquema_reglas import FILTROS

    (filtro,) = [f for f in FILTROS if f.clave == "paises"]
    assert "uy" in Vocabulario.de(dominio.modelo(arbol)).admitidos[filtro.dimension]
    codigo, stdout, stderr = _cobro("reglas", "--specs", arbol, "--pais", "uy", "-f", "json")
    assert codigo == 0, stderr
    assert {tuple(r["paises"]) for r in json.loads(stdout)} == {()}  # ninguna de ley ajena


@pytest.fixture(scope="module")
def sitio(arbol, tmp_path_factory):
    """El sitio de España y Uruguay (un sector) construido con el árbol con Uruguay: su
    resultado y su carpeta."""
    from generador.sitio.construir import construir_sitio

    salida = tmp_path_factory.mktemp("sitio_uy") / "site"
    with contextlib.chdir(arbol):
        return construir_sitio(salida, specs=arbol, paises=["es", "uy"], sectores=[SECTOR]), salida


def test_el_sitio_incluye_a_uruguay_en_la_faceta_de_paises(sitio, catalogo):
    sitio, salida = sitio
    html = (salida / "catalogo" / "index.html").read_text(encoding="utf-8")
    nav = re.search(r"<nav [^>]*data-cobro-paises-galeria.*?</nav>", html, re.S).group(0)
    cuentas = dict(re.findall(r'data-pais="([a-z]+)"[^>]*>([^<]*?)\s*<span', nav))
    assert cuentas == {"es": "España", "uy": "Uruguay"}
    ficha = salida / "plantillas" / SECTOR / f"uy-{SECTOR}-aviso_vencimiento-email-usted"
    assert "Uruguay" in (ficha / "index.html").read_text(encoding="utf-8")
    generadas = len(list((catalogo / "plantillas" / "uy" / SECTOR).glob("*.txt")))
    assert len(list((salida / "plantillas" / SECTOR).glob("uy-*"))) == generadas
    assert sitio.avisos == []


AVISO_SIN_LEY = ("No hay reglas de ley verificadas para este país; los límites de contacto son "
                 "prudentes, no legales.")


def test_las_paginas_de_uruguay_avisan_de_que_no_tiene_ley_y_las_de_espana_no(
        sitio):
    """Como ``cobro lint`` y ``cobro plan``: quien copia una plantilla de Uruguay del sitio lee
    que no hay ley verificada detrás; en las de España (con paquete de ley) no sale."""
    _, salida = sitio

    def aviso(pagina: Path) -> str | None:
        encontrado = re.search(r'<div class="admonition warning cobro-sin-ley" '
                               r'data-cobro-sin-ley="([a-z]+)">(.*?)</div>',
                               pagina.read_text(encoding="utf-8"), re.S)
        if encontrado is None:
            return None
        return encontrado.group(1) + ": " + re.sub(r"<[^>]+>", "", encontrado.group(2))

    ficha = f"{SECTOR}-aviso_vencimiento-email-usted"
    paginas_uy = [salida / "catalogo" / "uy" / "index.html",
                  salida / "plantillas" / SECTOR / f"uy-{ficha}" / "index.html"]
    for pagina in paginas_uy:
        texto = aviso(pagina)
        assert texto is not None, pagina
        assert texto.startswith("uy: Uruguay: sin reglas de ley verificadas" + AVISO_SIN_LEY)
        assert "reglas/paises/uy.yml" in texto and "Comprueba la ley de Uruguay" in texto
    paginas_es = [salida / "catalogo" / "index.html",
                  salida / "plantillas" / SECTOR / f"es-{ficha}" / "index.html"]
    assert [aviso(p) for p in paginas_es] == [None, None]
