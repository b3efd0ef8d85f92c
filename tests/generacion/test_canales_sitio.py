"""La página de una plantilla de WhatsApp muestra la burbuja con sus botones; la de una
llamada, el guion con sus ramas desplegables y lo que nunca se dice con su fuente."""

from __future__ import annotations

import html
import re
from types import SimpleNamespace

from generador.componer import Filtros, componer
from generador.rellenar import Relleno
from generador.sitio import canales, vistas


def _ficha(espec, **filtros):
    [p] = componer(espec, Filtros(**filtros), pais="us").plantillas
    cat = SimpleNamespace(espec=espec, locale="es_US")
    return SimpleNamespace(plantilla=p, ejemplo=Relleno(espec, "es_US").ejemplo(p)), cat


def _texto(fragmento: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragmento))


def test_la_vista_de_whatsapp_es_una_burbuja_con_el_ejemplo_y_los_botones(espec):
    ficha, cat = _ficha(espec, sector="turismo", tipo="recordatorio_amistoso", canal="whatsapp",
                        registro="tu")
    vista = vistas.vista_previa(ficha, cat)
    assert 'data-cobro-vista="whatsapp"' in vista and "cobro-a4" not in vista
    cuerpo = re.search(r'<p class="cobro-whatsapp-cuerpo" data-cobro-texto="([^"]*)">([^<]*)</p>',
                       vista)
    assert html.unescape(cuerpo.group(1)) == ficha.plantilla.estructura["cuerpo"]
    assert html.unescape(cuerpo.group(2)).startswith("Hola, ")
    assert "{{" not in cuerpo.group(2)  # el ejemplo va relleno
    botones = re.findall(r'<li data-tipo="respuesta">([^<]*)</li>', vista)
    assert botones == ["Ya he pagado", "Necesito más plazo", "Prefiero una llamada"]


def test_la_vista_de_llamada_es_el_guion_con_ramas_desplegables_y_fuentes(espec):
    ficha, cat = _ficha(espec, sector="seguros", tipo="seguimiento", canal="llamada",
                        registro="usted")
    vista = canales.vista_llamada(ficha, cat)
    ramas = re.findall(r'<details class="cobro-guion-seccion" data-clave="(\w+)"><summary>'
                       r'([^<]*)</summary>', vista)
    assert [clave for clave, _ in ramas] == ["promesa", "disputa", "dificultad", "tercero", "buzon"]
    assert ramas[3][1] == "3.4. Atiende otra persona o el número no es del titular"
    texto = _texto(vista)
    assert "FDCPA, 15 U.S.C. 1692c(b)" in texto
    assert "«" not in texto  # lo que se dice va en citas (blockquote), sin comillas pegadas
    citas = re.findall(r'<blockquote class="cobro-guion-decir" data-cobro-texto="[^"]*">', vista)
    assert len(citas) == 3 + 5  # saludo, motivo, despedida y las cinco ramas
