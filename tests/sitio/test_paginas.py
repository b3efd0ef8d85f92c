"""Páginas generadas: cobertura, contenido hostil, búsqueda y la orden ``cobro sitio``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from generador.sitio.busqueda import claves

RAIZ = Path(__file__).resolve().parents[2]


def _html(sitio) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sitio.salida.rglob("*.html"))


def test_construccion_estricta_sin_avisos(sitio):
    assert sitio.avisos == []
    assert sitio.plantillas == 12 and sitio.reglas == 2


def test_cobertura_de_la_documentacion(sitio, espec):
    from generador.cli import ORDENES

    todo = _html(sitio)
    nombres = [*espec.sectores, *espec.tipos, *espec.etapas, "ZZT901", "ZZF902"]
    nombres += [f"cobro {orden}" for orden in ORDENES]
    faltan = [n for n in nombres if n not in todo]
    assert faltan == []
    for s in espec.sectores:
        assert (sitio.salida / "sectores" / s / "index.html").is_file()
    for e in espec.etapas:
        assert (sitio.salida / "etapas" / e / "index.html").is_file()
    for codigo in ("ZZT901", "ZZF902"):
        assert (sitio.salida / "reglas" / codigo / "index.html").is_file()


def test_hostil_se_muestra_como_texto_en_todas_las_paginas(sitio):
    for pagina in sitio.salida.rglob("*.html"):
        html = pagina.read_text(encoding="utf-8")
        assert "<script>window.__hostil" not in html, pagina
        assert "<img src=x" not in html and "<b>activo" not in html, pagina
    sector = (sitio.salida / "sectores" / "hostil" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__hostil=2&lt;/script&gt;" in sector
    assert "{{ sin_rellenar }}" in sector and "*negrita*" in sector


def test_llaves_de_los_marcadores_se_conservan(sitio):
    html = (sitio.salida / "plantillas/seguros/seguros-recordatorio_previo-email-tu/index.html").read_text()
    assert "{{ nombre_cliente }}" in html and "{{ importe }}" in html


def test_descarga_canonica(sitio):
    from generador.archivo_plantilla import separar

    ruta = sitio.salida / "descargas/canonicas/seguros/seguros-recordatorio_previo-sms-tu.txt"
    archivo = separar(ruta.read_text(encoding="utf-8"))
    assert "{{ importe }}" in archivo.cuerpo


def test_pagina_sms_dice_codificacion_y_segmentos(sitio):
    html = (sitio.salida / "plantillas/seguros/seguros-recordatorio_previo-sms-usted/index.html").read_text()
    assert "Codificación" in html and "Segmentos" in html
    html = (sitio.salida / "plantillas/seguros/seguros-recordatorio_previo-sms-tu/index.html").read_text()
    assert re.search(r"Peor caso, con nombres largos y con tildes \(María José Rodríguez Núñez\): "
                     r"UCS-2, \d segmentos tal cual; [12] en GSM-7", html)


def _indice(sitio) -> dict:
    from generador.sitio.busqueda import leer

    texto = (sitio.salida / "assets/cobro-indice.js").read_text(encoding="utf-8")
    assert texto.startswith("window.cobroIndice=") and texto.endswith(";\n")
    return leer(sitio.salida / "assets")


def test_indice_de_busqueda_pliega_tildes_plurales_y_genero(sitio):
    indice = _indice(sitio)
    todas = {c for d in indice["docs"] for c in (d["k"] + " " + d["kt"]).split()}
    assert {"poliz", "factur"} <= todas
    assert (sitio.salida / "assets/cobro-indice.js").stat().st_size < 2 * 1024 * 1024


def test_la_busqueda_nombra_cada_pais_por_su_nombre_aunque_el_catalogo_tenga_uno_solo():
    """Con ``cobro sitio --pais es`` la búsqueda decía «7 resultados en ES»: los nombres salían
    de la faceta de países de la galería, que con un solo país está vacía."""
    from types import SimpleNamespace

    from generador.dominio import modelo_de_cobro
    from generador.sitio.eventos import nombres_paises
    from generador.sitio.galeria import paises

    catalogo = SimpleNamespace(espec=modelo_de_cobro(), fichas=[])
    assert paises(catalogo) == []  # sin faceta
    assert nombres_paises(catalogo) == {
        "mx": "México", "co": "Colombia", "pe": "Perú", "cl": "Chile", "ar": "Argentina",
        "es": "España", "us": "Estados Unidos"}


def test_indice_de_una_plantilla_extracto_del_mensaje_y_tipo_aparte(sitio, espec):
    from generador.rellenar import Relleno

    indice = _indice(sitio)
    doc = next(d for d in indice["docs"] if d["u"].endswith("seguros-recordatorio_previo-email-tu/"))
    assert doc["c"] == "Plantilla"
    from generador.componer import componer

    ejemplo = Relleno(espec).ejemplo(next(
        p for p in componer(espec).plantillas if p.id == "seguros-recordatorio_previo-email-tu"))
    # el extracto es el asunto y el cuerpo del ejemplo, sin la ficha técnica ni el linter
    assert doc["x"].startswith(" ".join(ejemplo.asunto.split()))
    assert "Revisión" not in doc["x"] and "Identificador" not in doc["x"]
    # las claves del tipo van en el título o en su propio campo (pesan más que el cuerpo)
    assert {"recordatori", "previ"} <= set(doc["kt"].split()) | set(doc.get("kp", "").split())
    assert not {"recordatori", "previ"} & set(doc["k"].split())


def test_el_extracto_de_una_carta_en_el_indice_es_su_mensaje_y_no_su_membrete(sitio, espec):
    from generador.componer import componer
    from generador.rellenar import Relleno

    indice = _indice(sitio)
    doc = next(d for d in indice["docs"] if d["u"].endswith("seguros-ultimo_aviso-carta-usted/"))
    ejemplo = Relleno(espec).ejemplo(next(
        p for p in componer(espec).plantillas if p.id == "seguros-ultimo_aviso-carta-usted"))
    membrete = ejemplo.cuerpo.split("\n", 1)[0]
    assert "\nAsunto:" in ejemplo.cuerpo and membrete
    despues = ejemplo.cuerpo.split("\nAsunto:", 1)[1]
    assert doc["x"].removesuffix("…")[:60] == " ".join(despues.split())[:60]
    assert not doc["x"].startswith(membrete)
    # el membrete sigue buscándose: sus palabras están en las claves
    from generador.sitio.busqueda import claves

    assert set(claves(membrete)) <= set((doc["k"] + " " + doc["kt"]).split())


def test_indice_lleva_los_sinonimos_de_la_coleccion(sitio):
    grupos = _indice(sitio)["sinonimos"]
    assert ["vencid", "atrasad", "impagad", "pendient"] in grupos
    assert ["recordatori", "avis"] in grupos
    assert ["cobr", "cobranz", "recobr"] in grupos


@pytest.mark.parametrize(("a", "b"), [("póliza", "polizas"), ("factura", "FACTURAS"),
                                      ("interés", "intereses"), ("luz", "luces"),
                                      ("acción", "acciones"), ("mes", "meses"),
                                      ("vencida", "vencidos"), ("impagada", "IMPAGADAS"),
                                      ("atrasado", "atrasadas")])
def test_claves_iguales(a, b):
    assert claves(a) == claves(b)


@pytest.mark.parametrize(("palabra", "clave"), [("facturas", "factur"), ("vencida", "vencid"),
                                               ("recordatorios", "recordatori"), ("aviso", "avis"),
                                               ("mes", "mes"), ("pago", "pago"), ("SMS", "sms")])
def test_clave_quita_plural_y_vocal_final_solo_en_palabras_largas(palabra, clave):
    assert claves(palabra) == [clave]


def test_escalera_svg(sitio):
    html = (sitio.salida / "etapas/index.html").read_text(encoding="utf-8")
    svg = re.search(r"<svg class=\"cobro-escalera\".*?</svg>", html, re.S).group(0)
    assert "−5" in svg and "recordatorio_previo" in svg and "email · sms" in svg


def test_orden_sitio(tmp_path):
    from pathlib import Path

    from generador.cli import cli

    arbol = Path(__file__).parent / "datos" / "arbol"
    resultado = CliRunner().invoke(cli, ["sitio", "--specs", str(arbol), "--salida", str(tmp_path / "s")])
    assert resultado.exit_code == 0, resultado.output
    assert "12 plantillas revisadas (0 con hallazgos), 2 reglas" in resultado.output
    assert (tmp_path / "s" / "catalogo" / "index.html").is_file()


def test_orden_sitio_error_de_usuario(tmp_path):
    from generador.cli import cli

    resultado = CliRunner().invoke(cli, ["sitio", "--specs", str(tmp_path), "--salida", str(tmp_path / "s")])
    assert resultado.exit_code == 2
    assert "no es un árbol de especificaciones" in resultado.output
    assert "Traceback" not in resultado.output


def test_cada_plantilla_ofrece_sus_exportaciones_y_los_enlaces_llevan_a_archivos(sitio):
    """Las descargas de los exportadores (hechas en paralelo) están enlazadas y publicadas."""
    import re
    from urllib.parse import urljoin

    paginas = sorted((sitio.salida / "plantillas").rglob("index.html"))
    assert paginas
    formatos_vistos = set()
    for pagina in paginas:
        html = pagina.read_text(encoding="utf-8")
        assert "cobro:descargas-exportadas" not in html
        enlaces = re.findall(r'<a href="([^"]+)" download=', html)
        assert len(enlaces) >= 3, pagina  # canónica + json + csv como mínimo
        for enlace in enlaces:
            destino = sitio.salida / urljoin(pagina.relative_to(sitio.salida).as_posix(), enlace)
            assert destino.resolve().is_file(), (pagina, enlace)
            formatos_vistos.add(enlace.split("descargas/", 1)[1].split("/", 1)[0])
    assert formatos_vistos >= {"canonicas", "json", "csv", "sendgrid", "postmark", "mailchimp",
                               "liquid", "twilio", "eml", "docx", "carta"}


def test_cobertura_del_catalogo_real(sitio_real):
    """Cada sector, tipo, etapa, regla y orden de la CLI del proyecto tiene su sitio."""
    from generador.cargar import cargar
    from generador.cli import ORDENES
    from generador.lint.cargar_reglas import cargar as cargar_reglas

    espec = cargar(RAIZ)
    codigos = [r.codigo for r in cargar_reglas().reglas]
    todo = _html(sitio_real)
    nombres = [*espec.sectores, *espec.tipos, *espec.etapas, *codigos,
               *(f"cobro {orden}" for orden in ORDENES)]
    assert [n for n in nombres if n not in todo] == []
    for sector in espec.sectores:
        assert (sitio_real.salida / "sectores" / sector / "index.html").is_file()
    for etapa in espec.etapas:
        assert (sitio_real.salida / "etapas" / etapa / "index.html").is_file()
    for codigo in codigos:
        assert (sitio_real.salida / "reglas" / codigo / "index.html").is_file()
    assert sitio_real.plantillas == len(list((sitio_real.salida / "plantillas").rglob("index.html")))
    assert sitio_real.con_hallazgos == 0


def test_la_pagina_de_una_carta_formal_muestra_las_fuentes_de_lo_legal(sitio_real):
    """Las frases legales del país que lleva la plantilla salen con su fuente en su página."""
    pagina = (sitio_real.salida / "plantillas/energia/es-energia-b2c-reclamacion_formal-carta-usted"
              / "index.html").read_text(encoding="utf-8")
    assert 'id="fuentes-de-lo-legal"' in pagina
    seccion = pagina.split('<ul class="cobro-fuentes">', 1)[1].split("</ul>", 1)[0]
    assert "RD 897/2017, de 6 de octubre, art. 19" in seccion
    assert "https://www.boe.es/buscar/act.php?id=BOE-A-2017-11505" in seccion
    # la fuente ya dice cuándo se leyó: no lo repite con «(texto leído el 2026-11-30)»
    [art19] = [li for li in seccion.split("<li>") if "RD 897/2017, de 6 de octubre, art. 19" in li]
    assert "leído 2026-11-30 en el texto consolidado del BOE" in art19
    assert "(texto leído el" not in art19


def test_la_primera_busqueda_en_un_pais_descarga_menos_de_300_kb(sitio_real):
    """Lo que descarga la primera búsqueda (el índice común y el del país) cabe en el
    presupuesto de peso de una página; el texto largo de las frases va aparte."""
    assets = sitio_real.salida / "assets"
    primera = (assets / "cobro-indice.js").stat().st_size + (assets / "cobro-indice-es.js").stat().st_size
    assert primera <= 300 * 1024
    assert (assets / "cobro-textos-es.js").is_file() and (assets / "cobro-textos.js").is_file()


def test_mkdocs_build_no_lista_como_olvidadas_las_paginas_que_genera_el_hook(raiz):
    """Las fichas de plantilla, regla, etapa, sector y país no están en la navegación a
    propósito: 'not_in_nav' las cubre todas (mkdocs build listaba más de 4.000 líneas) y no
    cubre las guías, que sí deben estar en la navegación."""
    from mkdocs.config import load_config

    from generador.sitio.paginas import src_etapa, src_regla, src_sector

    config = load_config(str(raiz / "mkdocs.yml"))
    generadas = ["plantillas/turismo/cl-turismo-reclamacion_formal-email-usted.md",
                 src_regla("CHL002"), src_etapa("preaviso"), src_sector("energia")]
    generadas += ["catalogo/mx.md", "catalogo/cl.md"]  # src_catalogo de otros países
    assert [p for p in generadas if not config.not_in_nav.match_file(p)] == []
    assert [p for p in ("guia/index.md", "guia/combinar.md", "index.md", "buscar.md")
            if config.not_in_nav.match_file(p)] == []


def test_la_ficha_escribe_los_decimales_con_coma_y_las_opciones_en_codigo(sitio_real):
    """Lo que lee una persona va en español: «Índice de Fernández-Huerta del ejemplo: 74,3»,
    no «74.3»; y «--gramatica» va en <code>, para que el navegador no lo parta por el guion."""
    paginas = [p.read_text(encoding="utf-8")
               for p in (sitio_real.salida / "plantillas").rglob("index.html")]
    indices = [m.group(1) for html in paginas
               for m in re.finditer(r"Fernández-Huerta del ejemplo: <strong>([^<]*)</strong>", html)]
    assert len(indices) == sitio_real.plantillas
    assert all(re.fullmatch(r"\d{1,3}(,\d)?", x) for x in indices), indices
    assert any("," in x for x in indices)
    assert all("solo corre con <code>--gramatica</code> y un servidor" in html for html in paginas)


def test_las_cifras_de_la_portada_cuentan_lo_que_tiene_el_catalogo(tmp_path):
    """cobro sitio --sector seguros construye un sector: la portada dice «1 sector», no los
    de la especificación entera."""
    from generador.cli import cli

    arbol = Path(__file__).parent / "datos" / "arbol"
    r = CliRunner().invoke(cli, ["sitio", "--specs", str(arbol), "--salida", str(tmp_path / "s"),
                                 "--sector", "seguros"])
    assert r.exit_code == 0, r.output
    portada = (tmp_path / "s" / "index.html").read_text(encoding="utf-8")
    [cifras] = re.findall(r'<p class="cobro-cifras">([^<]*)</p>', portada)
    plantillas = int(re.search(r"(\d+) plantillas revisadas", r.output).group(1))
    assert cifras.startswith(f"{plantillas} plantillas · 1 sector · ")
