"""La galería, la búsqueda y las fichas en un Chromium real, con el árbol de prueba.

Los resultados esperados de la búsqueda se calculan en Python a partir del índice que
publica el sitio y de las mismas claves (generador/sitio/busqueda.py): lo que se comprueba
es que el navegador muestra exactamente esos documentos, todos alcanzables.
"""

from __future__ import annotations

import email
import email.policy
import json
import re

import pytest

from generador.sitio.busqueda import claves

pytestmark = pytest.mark.navegador

FICHA_EMAIL = "plantillas/seguros/seguros-recordatorio_previo-email-tu/"
FICHA_SMS = "plantillas/seguros/seguros-recordatorio_previo-sms-usted/"
FICHA_CARTA = "plantillas/seguros/seguros-ultimo_aviso-carta-usted/"
HOSTIL = "<script>window.__tusdatos=1</script> {{ importe }} *|FNAME|* & \"Cía\""


@pytest.fixture(scope="module")
def indice(sitio):
    from generador.sitio.busqueda import leer

    return leer(sitio.salida / "assets")


@pytest.fixture(scope="module")
def plantillas(espec):
    from generador.componer import componer

    return {p.id: p for p in componer(espec).plantillas}


def _esperados(indice, consulta: str) -> set[str]:
    """Las URL que debe dar una consulta de palabras sueltas: cada término (o un sinónimo
    de su grupo; el último, también como prefijo) en el título, el tipo o el texto."""
    grupos = {c: g for g in indice["sinonimos"] for c in g}
    terminos = claves(consulta)
    salida = set()
    for doc in indice["docs"]:
        todas = set(f"{doc['kt']} {doc.get('kp', '')} {doc['k']}".split())
        ok = True
        for n, t in enumerate(terminos):
            candidatas = set(grupos.get(t, [t])) | {t}
            prefijo = n == len(terminos) - 1
            if not (candidatas & todas or (prefijo and any(c.startswith(t) for c in todas))):
                ok = False
        if ok:
            salida.add(doc["u"])
    return salida


def _todos_los_resultados(pagina, consulta: str) -> tuple[str, list[str]]:
    pagina.goto("buscar/")
    pagina.fill("#cobro-consulta", consulta)
    pagina.wait_for_selector("[data-cobro-estado]:has-text('para «')")
    mas = pagina.locator("button.cobro-mas")
    for _ in range(50):  # 1.000 resultados como mucho en el árbol de prueba
        if not mas.is_visible():
            break
        mas.click()
    assert mas.is_hidden()
    estado = pagina.locator("[data-cobro-estado]").inner_text()
    hrefs = pagina.locator("[data-cobro-resultados] li > a").evaluate_all(
        "as => as.map(a => new URL(a.href).pathname.replace(/^\\//, ''))")
    return estado, hrefs


def test_busqueda_muestra_el_total_y_todos_los_resultados_de_20_en_20(pagina, indice):
    esperados = _esperados(indice, "pago")
    assert len(esperados) > 20  # hace falta más de una tanda
    pagina.goto("buscar/")
    pagina.fill("#cobro-consulta", "pago")
    pagina.wait_for_selector("[data-cobro-estado]:has-text('para «')")
    assert pagina.locator("[data-cobro-resultados] li").count() == 20
    assert pagina.locator("[data-cobro-estado]").inner_text() == (
        f"{len(esperados)} resultados para «pago»; se ven 20.")
    assert pagina.locator("button.cobro-mas").inner_text() == (
        f"Ver {len(esperados) - 20} más (quedan {len(esperados) - 20})")
    estado, hrefs = _todos_los_resultados(pagina, "pago")
    assert estado == f"{len(esperados)} resultados para «pago»."
    assert len(hrefs) == len(set(hrefs)) and set(hrefs) == esperados


@pytest.mark.parametrize("consulta", ["atrasada", "impagadas", "cobranza", "aviso"])
def test_busqueda_con_sinonimos_de_la_coleccion(pagina, indice, consulta):
    esperados = _esperados(indice, consulta)
    assert esperados, consulta
    _, hrefs = _todos_los_resultados(pagina, consulta)
    assert set(hrefs) == esperados


def test_atrasada_encuentra_lo_pendiente_aunque_ninguna_pagina_diga_atrasada(pagina, indice):
    def claves_de(d):
        return set(f"{d['kt']} {d.get('kp', '')} {d['k']}".split())

    grupo = next(g for g in indice["sinonimos"] if "atrasad" in g)
    assert {"vencid", "impagad", "pendient"} <= set(grupo)
    con_atrasad = [d for d in indice["docs"] if "atrasad" in claves_de(d)]
    con_grupo = {d["u"] for d in indice["docs"] if claves_de(d) & set(grupo)}
    assert con_atrasad == [] and con_grupo
    _, hrefs = _todos_los_resultados(pagina, "atrasada")
    assert set(hrefs) == con_grupo


def test_busqueda_por_frase_exige_las_palabras_seguidas(pagina, indice):
    doc = next(d for d in indice["docs"] if d["u"] == FICHA_EMAIL)
    frase = " ".join(doc["x"].split()[:4])
    _, hrefs = _todos_los_resultados(pagina, f'"{frase}"')
    assert FICHA_EMAIL in hrefs
    suelta = set(_todos_los_resultados(pagina, frase)[1])
    assert set(hrefs) <= suelta
    from generador.sitio.busqueda import plegar

    normal = lambda t: " ".join(re.findall(r"[0-9a-z]+", plegar(t)))  # noqa: E731
    for href in hrefs:
        d = next(x for x in indice["docs"] if x["u"] == href)
        assert normal(frase) in normal(d["t"] + " " + d["x"]), href


def test_el_extracto_resalta_la_frase_entera_y_no_un_de_suelto(pagina, indice):
    # Con «"plan de pagos"» el extracto resaltaba el primer «de» del texto.
    from generador.sitio.busqueda import plegar

    normal = lambda t: " ".join(re.findall(r"[0-9a-z]+", plegar(t)))  # noqa: E731
    doc, frase = next((d, m.group(0)) for d in indice["docs"]
                      if (m := re.search(r"\b[a-záéíóúñ]{4,} de [a-záéíóúñ]{4,}\b", d["x"])))
    pagina.goto("buscar/")
    pagina.fill("#cobro-consulta", f'"{frase}"')
    pagina.wait_for_selector("[data-cobro-estado]:has-text('para «')")
    marcas = pagina.locator("[data-cobro-resultados] li mark").all_inner_texts()
    assert marcas and all(len(normal(m)) > 2 for m in marcas)
    resultado = pagina.locator(f"[data-cobro-resultados] li:has(a[href$='{doc['u']}'])")
    if resultado.count():  # puede quedar más allá de los 20 primeros
        assert normal(resultado.locator("mark").inner_text()) == normal(frase)
    assert normal(frase) in [normal(m) for m in marcas]


def test_frase_mas_alla_del_extracto_carga_los_textos_solo_al_buscar_una_frase(pagina, indice):
    """El índice solo trae el principio de cada texto (el extracto); una frase entre
    comillas se busca en el texto largo, que se descarga la primera vez que hace falta."""
    from generador.sitio.busqueda import EXTRACTO, plegar

    pedidos: list[str] = []
    pagina.on("request", lambda r: pedidos.append(r.url.rsplit("/", 1)[-1]))
    doc = next(d for d in indice["docs"] if d["u"] == FICHA_EMAIL)
    palabras = doc["x"][EXTRACTO + 20:].split()[1:5]  # cuatro palabras que el extracto no lleva
    frase = " ".join(palabras)
    assert len(palabras) == 4 and plegar(frase) not in plegar(doc["x"][:EXTRACTO])
    _todos_los_resultados(pagina, "pago")
    assert "cobro-indice.js" in pedidos and not any(p.startswith("cobro-textos") for p in pedidos)
    _, hrefs = _todos_los_resultados(pagina, f'"{frase}"')
    assert FICHA_EMAIL in hrefs and "cobro-textos.js" in pedidos
    normal = lambda t: " ".join(re.findall(r"[0-9a-z]+", plegar(t)))  # noqa: E731
    assert set(hrefs) == {d["u"] for d in indice["docs"] if normal(frase) in normal(d["t"] + " " + d["x"])}


def test_ranking_titulo_antes_que_texto_y_extracto_del_mensaje(pagina):
    _todos_los_resultados(pagina, "ultimo aviso")
    primero = pagina.locator("[data-cobro-resultados] li").first
    assert "Último aviso" in primero.locator("a").inner_text()
    # el extracto de una plantilla es su mensaje (aquí, el asunto o el cuerpo), no la ficha
    extractos = pagina.locator("[data-cobro-resultados] li").filter(
        has=pagina.locator(".cobro-clase", has_text="Plantilla")).locator(".cobro-extracto").all_inner_texts()
    assert extractos and not any("Identificador" in x or "Revisión del linter" in x for x in extractos)


def test_cabecera_da_resultados_en_vivo_en_cualquier_pagina(pagina, indice):
    esperados = _esperados(indice, "pago")
    pagina.goto(FICHA_SMS)
    pagina.fill(".cobro-cabecera input", "pago")
    panel = pagina.locator("#cobro-vivo")
    panel.wait_for(state="visible")
    assert panel.locator(".cobro-vivo-estado").inner_text() == f"{len(esperados)} resultados"
    assert panel.locator(".cobro-vivo-lista li").count() == 6
    todos = panel.locator(".cobro-vivo-todos")
    assert todos.inner_text() == f"Ver los {len(esperados)} resultados"
    pagina.keyboard.press("ArrowDown")
    assert pagina.evaluate("document.activeElement.closest('#cobro-vivo') !== null")
    pagina.keyboard.press("Escape")
    assert panel.is_hidden()
    pagina.fill(".cobro-cabecera input", "pago ")
    panel.wait_for(state="visible")
    todos.click()
    pagina.wait_for_selector("[data-cobro-estado]:has-text('para «')")
    assert pagina.locator("[data-cobro-estado]").inner_text().startswith(f"{len(esperados)} resultados")


def test_galeria_sin_resultados_explica_y_ofrece_salida(pagina):
    pagina.goto("catalogo/?canal=sms&etapa=ultimo_aviso")
    vacio = pagina.locator("[data-cobro-vacio]")
    assert vacio.is_visible()
    assert pagina.locator("[data-cobro-resumen]").inner_text() == "0 de 12 plantillas"
    texto = vacio.inner_text()
    assert "No hay ninguna que sea a la vez «Último aviso» y «SMS»." in texto
    botones = vacio.locator("button").all_inner_texts()
    assert botones[-1] == "Quitar todos los filtros"
    assert re.fullmatch(r"Quitar «(SMS|Último aviso)» \(\d+ plantillas?\)", botones[0])
    vacio.locator("button").first.click()
    assert vacio.is_hidden()
    assert pagina.locator("[data-cobro-lista] > li:visible").count() > 0
    assert ("canal=sms" in pagina.url) != ("etapa=ultimo_aviso" in pagina.url)


def test_galeria_guarda_la_seleccion_en_la_url_y_oculta_grupos_vacios(pagina, plantillas, espec):
    cartas = [p for p in plantillas.values() if p.canal == "carta"]
    etapas = [e.nombre for e in sorted(espec.etapas.values(), key=lambda e: e.orden)
              if any(p.etapa == e.nombre for p in cartas)]
    pagina.goto("catalogo/?canal=carta")
    assert pagina.locator("input[name=canal][value=carta]").is_checked()
    assert pagina.locator("[data-cobro-resumen]").inner_text() == f"{len(cartas)} de 12 plantillas"
    visibles = pagina.locator("[data-cobro-grupo]:visible")
    assert [g.get_attribute("data-cobro-grupo") for g in visibles.all()] == etapas
    pagina.check("input[name=registro][value=tu]")
    assert "canal=carta" in pagina.url and "registro=tu" in pagina.url


def test_conmutadores_y_etapas_vecinas_llevan_a_la_version_hermana(pagina):
    pagina.goto(FICHA_EMAIL)
    pagina.locator(".cobro-conmutador[aria-label=Registro] a", has_text="usted").click()
    assert pagina.url.endswith("seguros-recordatorio_previo-email-usted/")
    actual = pagina.locator(".cobro-conmutador[aria-label=Registro] [aria-current=page]")
    assert actual.inner_text() == "usted"
    pagina.locator(".cobro-conmutador[aria-label=Canal] a", has_text="SMS").click()
    assert pagina.url.endswith("seguros-recordatorio_previo-sms-usted/")
    pagina.locator("a[rel=next]").click()
    assert "seguros-ultimo_aviso-" in pagina.url and pagina.url.endswith("-usted/")
    pagina.locator("a[rel=prev]").click()
    assert "seguros-recordatorio_previo-" in pagina.url


def test_copiar_asunto_cuerpo_ambos_y_ejemplo(pagina, plantillas, espec):
    from generador.rellenar import Relleno

    p = plantillas["seguros-recordatorio_previo-email-tu"]
    ejemplo = Relleno(espec).ejemplo(p)
    pagina.goto(FICHA_EMAIL)
    esperado = {"asunto": p.asunto, "cuerpo": p.cuerpo, "todo": f"{p.asunto}\n\n{p.cuerpo}",
                "ejemplo": f"Asunto: {ejemplo.asunto}\n\n{ejemplo.cuerpo}"}
    for accion, texto in esperado.items():
        boton = pagina.locator(f"[data-cobro-copiar={accion}]").first
        boton.click()
        assert pagina.evaluate("navigator.clipboard.readText()") == texto, accion
        assert boton.inner_text() == "Copiado"


def test_tus_datos_rehace_el_ejemplo_en_vivo_como_texto_y_se_recuerda(pagina, plantillas):
    p = plantillas["seguros-recordatorio_previo-email-tu"]
    pagina.goto(FICHA_EMAIL)
    pagina.locator("[data-cobro-tus-datos] summary").click()
    assert pagina.get_by_label("Empresa", exact=True).is_visible()
    pagina.get_by_label("Empresa", exact=True).fill(HOSTIL)
    pagina.get_by_label("Teléfono").fill("600 111 222")
    cuerpo = pagina.locator(".cobro-ejemplo-cuerpo").inner_text()
    assert HOSTIL in cuerpo and "600 111 222" in cuerpo
    assert cuerpo.count(HOSTIL) == p.cuerpo.count("{{ empresa }}")
    assert pagina.evaluate("window.__tusdatos") is None
    assert pagina.locator("article script:not([type])").count() == 0
    # el marco del email (su parte HTML, sin guiones) muestra el mismo texto
    marco = pagina.frame_locator("iframe[data-cobro-marco=html]")
    assert HOSTIL in marco.locator("body").inner_text()
    assert pagina.locator("[data-cobro-campo=de]").inner_text().startswith(HOSTIL)
    # nada sale del navegador: se guarda en localStorage y vuelve al recargar
    guardado = json.loads(pagina.evaluate("localStorage.getItem('cobro-tus-datos')"))
    assert guardado["empresa"] == HOSTIL and guardado["telefono"] == "600 111 222"
    pagina.goto(FICHA_SMS)
    assert HOSTIL in pagina.locator("[data-cobro-campo=sms]").inner_text()
    assert pagina.locator("[data-cobro-sms]").inner_text().startswith("UCS-2")  # «Cía» y «&» cuentan
    pagina.locator("[data-cobro-borrar]").click()
    assert HOSTIL not in pagina.locator("[data-cobro-campo=sms]").inner_text()
    assert pagina.evaluate("localStorage.getItem('cobro-tus-datos')") is None


def _descarga(pagina, selector: str) -> tuple[str, bytes]:
    with pagina.expect_download() as info:
        pagina.click(selector)
    d = info.value
    from pathlib import Path

    return d.suggested_filename, Path(d.path()).read_bytes()


def test_descargas_con_tus_datos_txt_eml_y_carta(pagina, plantillas):
    pagina.goto(FICHA_EMAIL)
    pagina.locator("[data-cobro-tus-datos] summary").click()
    pagina.get_by_label("Empresa", exact=True).fill(HOSTIL)
    pagina.get_by_label("Email", exact=True).fill("cobros@mia.example")
    nombre, txt = _descarga(pagina, "[data-cobro-descargar=txt]")
    assert nombre == "seguros-recordatorio_previo-email-tu.txt"
    assert txt.decode("utf-8").startswith("Asunto: ") and HOSTIL in txt.decode("utf-8")
    nombre, eml = _descarga(pagina, "[data-cobro-descargar=eml]")
    assert nombre.endswith(".eml")
    mensaje = email.message_from_bytes(eml, policy=email.policy.default)
    assert mensaje["From"].addresses[0].display_name == HOSTIL
    assert mensaje["From"].addresses[0].addr_spec == "cobros@mia.example"
    texto = mensaje.get_body(("plain",)).get_content()
    html = mensaje.get_body(("html",)).get_content()
    assert HOSTIL in texto and "{{" not in texto.replace("{{ importe }}", "")
    assert "&lt;script&gt;window.__tusdatos=1&lt;/script&gt;" in html and "<script>" not in html
    pagina.goto(FICHA_CARTA)
    nombre, carta = _descarga(pagina, "[data-cobro-descargar=carta]")
    assert nombre == "seguros-ultimo_aviso-carta-usted.html"
    assert "&lt;script&gt;window.__tusdatos=1&lt;/script&gt;" in carta.decode("utf-8")
    assert "<script>" not in carta.decode("utf-8")


def test_la_carta_con_tus_datos_lleva_tu_membrete_y_no_el_de_la_empresa_de_ejemplo(pagina):
    """El membrete de la carta (identificación fiscal, dirección) y la localidad de la fecha
    también son tuyos: una carta con tu empresa y el NIF o la dirección de la de ejemplo no
    se puede enviar."""
    pagina.goto(FICHA_CARTA)
    pagina.locator("[data-cobro-tus-datos] summary").click()
    pagina.get_by_label("Empresa", exact=True).fill("Ñandú Seguros S.L.")
    pagina.get_by_label("Identificación fiscal (NIF, RFC, NIT, RUT...)").fill("NIF B87654321")
    pagina.get_by_label("Dirección de la empresa").fill("Gran Vía 1, 48001 Bilbao")
    pagina.get_by_label("Localidad (la de la fecha de la carta)").fill("Bilbao")
    _nombre, carta = _descarga(pagina, "[data-cobro-descargar=carta]")
    texto = carta.decode("utf-8")
    assert ('<p class="remitente">Ñandú Seguros S.L.<br>\nNIF B87654321<br>\n'
            "Gran Vía 1, 48001 Bilbao<br>") in texto
    assert '<p class="lugar-fecha">Bilbao, ' in texto
    assert "B12345678" not in texto and "Calle Mayor 12" not in texto
    marco = pagina.frame_locator("iframe[data-cobro-marco=carta]")
    assert "Gran Vía 1, 48001 Bilbao" in marco.locator(".remitente").inner_text()


def test_el_eml_con_tus_datos_no_tiene_lineas_de_mas_de_998_caracteres(pagina):
    """RFC 5322, §2.1.1: un nombre de empresa enorme (una palabra de 1.200 letras, o con
    signos que obligan a citarlo) se parte en palabras codificadas y se pliega; el cliente
    de correo lo lee entero."""
    for empresa in ("A" * 1200, "Cobros, " + "B" * 1200 + " (Madrid)"):
        pagina.goto(FICHA_EMAIL)
        pagina.locator("[data-cobro-tus-datos] summary").click()
        pagina.get_by_label("Empresa", exact=True).fill(empresa)
        pagina.get_by_label("Email", exact=True).fill("cobros@mia.example")
        _, eml = _descarga(pagina, "[data-cobro-descargar=eml]")
        assert max(len(linea) for linea in eml.split(b"\r\n")) <= 998
        # RFC 2047 §6.2: el espacio entre dos palabras codificadas no cuenta (decode_header lo
        # sigue; el analizador de direcciones de Python lo conserva)
        from email.header import decode_header, make_header

        crudo = email.message_from_bytes(eml)["From"]
        assert str(make_header(decode_header(crudo))) == f"{empresa} <cobros@mia.example>"
        pagina.locator("[data-cobro-borrar]").click()


def test_un_email_con_ene_en_el_dominio_se_lee_igual_en_la_carta_y_va_en_ascii_en_el_eml(pagina):
    """«cobros@ñandu.es» sale así en el texto y en la carta (con un campo type=email,
    Chromium lo daba en punycode: «cobros@xn--andu-fqa.es»); en la cabecera del .eml, que
    debe ir en ASCII, va con el dominio en IDNA."""
    pagina.goto(FICHA_EMAIL)
    pagina.locator("[data-cobro-tus-datos] summary").click()
    pagina.get_by_label("Email", exact=True).fill("cobros@ñandu.es")
    assert pagina.evaluate("document.querySelector('input[name=email]').validationMessage") == ""
    _, txt = _descarga(pagina, "[data-cobro-descargar=txt]")
    _, eml = _descarga(pagina, "[data-cobro-descargar=eml]")
    cuerpo_txt = txt.decode("utf-8")
    mensaje = email.message_from_bytes(eml, policy=email.policy.default)
    assert mensaje["From"].addresses[0].addr_spec == "cobros@xn--andu-fqa.es"
    # la plantilla de FICHA_EMAIL da el email de contacto en el cuerpo
    assert "cobros@ñandu.es" in cuerpo_txt and "xn--" not in cuerpo_txt
    pagina.locator("[data-cobro-borrar]").click()


def test_el_eml_con_tus_datos_cita_el_nombre_y_no_acepta_una_direccion_rota(pagina):
    """Un nombre de empresa en ASCII con «<», «@» o comillas no parte la cabecera From en otra
    dirección, una dirección que no lo es cambia por la de ejemplo, y una cabecera con tildes
    va en palabras codificadas de 75 caracteres como mucho (RFC 2047)."""
    empresa = 'Cobros "El Sol" <ventas@sol.example>, S.L. (Madrid)'
    pagina.goto(FICHA_EMAIL)
    pagina.locator("[data-cobro-tus-datos] summary").click()
    pagina.get_by_label("Empresa", exact=True).fill(empresa)
    pagina.get_by_label("Email", exact=True).fill("no-es-un-email")
    _, eml = _descarga(pagina, "[data-cobro-descargar=eml]")
    mensaje = email.message_from_bytes(eml, policy=email.policy.default)
    [remitente] = mensaje["From"].addresses
    assert (remitente.display_name, remitente.addr_spec) == (empresa, "cobros@ejemplo.invalid")
    assert mensaje["From"].defects == ()
    cabeceras = eml.split(b"\r\n\r\n", 1)[0].decode("ascii")
    palabras = re.findall(r"=\?UTF-8\?B\?[^?]*\?=", cabeceras)
    assert palabras and max(map(len, palabras)) <= 75
    pagina.get_by_label("Empresa", exact=True).fill("Compañía Española de Cobros y Recobros "
                                                    "Internacionales del Mediterráneo")
    _, eml = _descarga(pagina, "[data-cobro-descargar=eml]")
    cabeceras = eml.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert max(map(len, re.findall(r"=\?UTF-8\?B\?[^?]*\?=", cabeceras))) <= 75
    assert email.message_from_bytes(eml, policy=email.policy.default)["From"].addresses[
        0].display_name == ("Compañía Española de Cobros y Recobros Internacionales del "
                            "Mediterráneo")
    pagina.locator("[data-cobro-borrar]").click()


def test_coste_del_sms_en_el_navegador_igual_que_en_python(pagina):
    from generador import sms
    from generador.concordancia import plural
    from generador.sitio.vistas import _segmentos

    pagina.goto(FICHA_SMS)
    for texto in ["H", "Hola", "Pago de 10 € ya", "Acción pendiente " * 12, "á" * 71, "x" * 161,
                  "ok {[]} " * 30, "emoji 😀 " * 12]:
        a = sms.analizar(texto)
        caracteres = plural(a.caracteres, "carácter", "caracteres")
        esperado = f"{a.codificacion} · {caracteres} · {_segmentos(a.segmentos)}"
        if a.codificacion == sms.GSM7:
            peor = sms._segmentos_ucs2(texto)[1]
            esperado += (f". Peor caso: si un dato trae un carácter fuera de GSM-7 (p. ej. «á»), "
                         f"UCS-2 y {_segmentos(peor)}")
        assert pagina.evaluate("t => window.cobroBusqueda.costeSms(t)", texto) == esperado + ".", texto


def test_vistas_previas_de_cada_canal(pagina):
    pagina.goto(FICHA_EMAIL)
    marco = pagina.frame_locator("iframe[data-cobro-marco=html]")
    assert "Marta Giménez" in marco.locator("body").inner_text()
    pagina.goto(FICHA_SMS)
    assert pagina.locator(".cobro-burbuja").is_visible()
    pagina.goto(FICHA_CARTA)
    hoja = pagina.locator(".cobro-a4-hoja").bounding_box()
    assert abs(hoja["height"] / hoja["width"] - 297 / 210) < 0.01
    assert "Estimad" in pagina.frame_locator("iframe[data-cobro-marco=carta]").locator("main").inner_text()


def test_sitio_abierto_desde_el_disco_busca_y_enlaza_index_html(navegador, sitio):
    contexto = navegador.new_context()
    pestana = contexto.new_page()
    errores: list[str] = []
    pestana.on("pageerror", lambda e: errores.append(str(e)))
    pestana.goto((sitio.salida / "index.html").as_uri())
    pestana.fill(".cobro-cabecera input", "poliza")
    pestana.locator("#cobro-vivo .cobro-vivo-lista li").first.wait_for()
    enlace = pestana.locator("#cobro-vivo .cobro-vivo-lista a").first.get_attribute("href")
    assert enlace.startswith("file://") and enlace.endswith("/index.html")
    assert pestana.locator("a[href$='catalogo/index.html']").count() >= 1
    contexto.close()
    assert errores == []


def test_el_boton_de_copiar_no_tapa_el_texto_de_la_plantilla(pagina):
    """El texto de la plantilla se parte en líneas (pre-wrap) y el botón de copiar de Material
    flota arriba a la derecha: ninguna línea pasa por debajo de él (con un texto largo, como
    el de las plantillas reales)."""
    pagina.goto(FICHA_SMS)
    solapes = pagina.evaluate("""() => [...document.querySelectorAll('.md-typeset pre')]
      .filter(pre => pre.querySelector('.md-code__button, .md-clipboard'))
      .map(pre => {
        const codigo = pre.querySelector('code');
        codigo.textContent = '{{ empresa }}: {{ tratamiento }}, falta por recibir {{ importe }} '.repeat(8);
        const boton = pre.querySelector('.md-code__button, .md-clipboard').getBoundingClientRect();
        const rango = document.createRange();
        rango.selectNodeContents(codigo);
        return [...rango.getClientRects()].filter(r => r.width > 0 && r.right > boton.left
          && r.left < boton.right && r.bottom > boton.top && r.top < boton.bottom).length;
      })""")
    assert solapes and solapes == [0] * len(solapes)
