"""En el navegador: la página de una plantilla de WhatsApp muestra la burbuja del chat con sus
botones y «Tus datos» la vuelve a rellenar; la de una llamada, el guion con las ramas
desplegables y lo que nunca se dice.

Construye un sitio pequeño con el árbol de prueba del sitio más un canal whatsapp (en
recordatorio_previo) y un guion de llamada (en ultimo_aviso), con el guion común real.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import ARBOL, abrir_pestana, servido

pytestmark = pytest.mark.navegador

RAIZ = Path(__file__).resolve().parents[2]

CANALES = """\
  whatsapp:
    titulo: WhatsApp
    categoria: UTILITY
    maqueta: "[[ cuerpo ]]"
  llamada:
    titulo: Llamada
    maqueta: "[[ cuerpo ]]"
"""
WHATSAPP = """\
  whatsapp:
    cuerpo:
      tu: >-
        Hola, {{ nombre_cliente }}, te escribimos de {{ empresa }}. El pago de {{ importe }}
        vence el {{ fecha_vencimiento }}. Paga en {{ enlace_pago }}. ¿Dudas? Llama al
        {{ telefono_contacto }}. Gracias.
      usted: >-
        Hola, {{ nombre_cliente }}. Le escribimos de {{ empresa }}. El pago de {{ importe }}
        vence el {{ fecha_vencimiento }}. Puede pagar en {{ enlace_pago }}. Consultas:
        {{ telefono_contacto }}. Gracias.
    botones:
      - {tipo: respuesta, texto: Ya he pagado}
      - {tipo: respuesta, texto: Tengo una duda}
"""
LLAMADA = """\
  llamada:
    cuerpo:
      tu: >-
        Te llamo por el pago [[ referencia.con_de ]] {{ referencia }}, de {{ importe }}, que
        venció el {{ fecha_vencimiento }}. ¿Lo dejamos resuelto? Puedes pagar en {{ enlace_pago }}.
      usted: >-
        Le llamo por el pago [[ referencia.con_de ]] {{ referencia }}, de {{ importe }}, que
        venció el {{ fecha_vencimiento }}. ¿Lo dejamos resuelto? Puede pagar en {{ enlace_pago }}.
"""
VARIABLES = """\
  nombre: {descripcion: Nombre de pila., tipo: texto, ejemplo: Marta, elemento: nombre_cliente}
  horario_contacto: {descripcion: Horario., tipo: texto, ejemplo: "de 9:00 a 18:00"}
"""


def _anadir_al_final_de_canales(ruta: Path, bloque: str) -> None:
    lineas = ruta.read_text(encoding="utf-8").split("\n")
    inicio = lineas.index("canales:")
    fin = next((i for i in range(inicio + 1, len(lineas))
                if lineas[i] and not lineas[i].startswith((" ", "#"))), len(lineas))
    while fin > inicio + 1 and not lineas[fin - 1].strip():
        fin -= 1
    lineas[fin:fin] = bloque.rstrip("\n").split("\n")
    ruta.write_text("\n".join(lineas) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def url_canales(tmp_path_factory):
    from generador.sitio.construir import construir_sitio

    arbol = tmp_path_factory.mktemp("arbol") / "arbol"
    shutil.copytree(ARBOL, arbol)
    mensajes = arbol / "mensajes"
    (mensajes / "canales.yml").write_text(
        (mensajes / "canales.yml").read_text(encoding="utf-8").rstrip("\n") + "\n" + CANALES,
        encoding="utf-8")
    (mensajes / "variables.yml").write_text(
        (mensajes / "variables.yml").read_text(encoding="utf-8").rstrip("\n") + "\n" + VARIABLES,
        encoding="utf-8")
    shutil.copy(RAIZ / "mensajes" / "llamada.yml", mensajes / "llamada.yml")
    _anadir_al_final_de_canales(mensajes / "tipos" / "recordatorio_previo.yml", WHATSAPP)
    _anadir_al_final_de_canales(mensajes / "tipos" / "ultimo_aviso.yml", LLAMADA)
    sitio = construir_sitio(tmp_path_factory.mktemp("sitio") / "site", specs=arbol)
    with servido(sitio.salida) as url:
        yield url


@pytest.fixture
def pestana(navegador, url_canales):
    contexto, pestana = abrir_pestana(navegador, url_canales, 390, 900)
    yield pestana
    contexto.close()
    assert pestana.externas == [] and pestana.errores == []


def test_la_burbuja_de_whatsapp_muestra_el_ejemplo_y_los_botones_y_se_rellena_con_tus_datos(pestana):
    pestana.goto("plantillas/seguros/seguros-recordatorio_previo-whatsapp-tu/")
    burbuja = pestana.locator("[data-cobro-vista=whatsapp] .cobro-whatsapp-cuerpo")
    burbuja.wait_for()
    assert burbuja.inner_text().startswith("Hola, Marta Giménez, te escribimos de Seguros Faro.")
    botones = pestana.locator(".cobro-whatsapp-botones li")
    assert botones.all_inner_texts() == ["Ya he pagado", "Tengo una duda"]
    caja = botones.first.bounding_box()
    assert caja is not None and caja["width"] > 100  # un botón a lo ancho, como en el móvil
    pestana.locator("[data-cobro-tus-datos] summary").click()
    pestana.locator("input[data-variable=empresa]").fill("Mi Empresa")
    pestana.wait_for_function("document.querySelector('.cobro-whatsapp-cuerpo').textContent"
                              ".includes('te escribimos de Mi Empresa.')")


def test_el_guion_de_llamada_se_lee_con_ramas_desplegables(pestana):
    pestana.goto("plantillas/seguros/seguros-ultimo_aviso-llamada-usted/")
    ramas = pestana.locator("[data-cobro-vista=llamada] details.cobro-guion-seccion")
    assert ramas.count() == 5
    tercero = ramas.nth(3)
    assert tercero.locator("summary").inner_text() == (
        "3.4. Atiende otra persona o el número no es del titular")
    assert not tercero.locator("blockquote").is_visible()
    tercero.locator("summary").click()
    dicho = tercero.locator("blockquote")
    assert dicho.is_visible()
    assert "Daniel Ferrer" in dicho.inner_text() and "€" not in dicho.inner_text()
    nunca = pestana.locator(".cobro-guion-nunca li")
    assert nunca.count() == 6  # también: no volver a llamar a quien lo pidió
    assert "buena práctica" in nunca.nth(1).inner_text()  # horario: España no tiene ley general
