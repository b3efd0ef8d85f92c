"""Markdown de las páginas generadas del catálogo.

Los datos se escriben siempre escapados (:mod:`generador.sitio.texto`): en bloques HTML
crudos, en títulos Markdown escapados o dentro de bloques de código. Los enlaces entre
páginas generadas se calculan con :class:`Enlaces`, que sigue ``use_directory_urls``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable

from generador.numeros import cifra
from generador.sitio import escalera, galeria, vistas
from generador.sitio.datos import Catalogo, Ficha
from generador.sitio.legibilidad import interpretar
from generador.sitio.reglas import FichaRegla
from generador.sitio.texto import bloque_codigo, html, md

REGISTRO = {"tu": "tú", "usted": "usted"}
AUDIENCIA = {"b2c": "B2C (particulares)", "b2b": "B2B (empresas)"}


class Enlaces:
    """URLs relativas entre archivos del sitio, como las calcularía mkdocs."""

    def __init__(self, use_directory_urls: bool) -> None:
        self.directorios = use_directory_urls
        self._cache: dict[str, str] = {}
        self._prefijos: dict[tuple, str] = {}

    def url(self, src_uri: str) -> str:
        if src_uri not in self._cache:
            from mkdocs.structure.files import File

            self._cache[src_uri] = File(src_uri, None, "", self.directorios).url
        return self._cache[src_uri]

    def de(self, desde: str, hasta: str) -> str:
        """URL de ``hasta`` relativa a ``desde``. El camino hasta la carpeta que contiene
        ``hasta`` se calcula una vez por página (una ficha enlaza decenas de hermanas)."""
        from mkdocs.utils import get_relative_url

        origen, destino = self.url(desde), self.url(hasta)
        if self.directorios and origen.endswith("/") and destino and not destino.startswith(
                (".", "/")) and not origen.startswith((".", "/")) \
                and origen.partition("/")[0] != destino.partition("/")[0]:
            # Sin carpeta en común (una ficha que enlaza una descarga, un sector o una
            # etapa): subir hasta la raíz y bajar. Lo más frecuente, y sin get_relative_url.
            return "../" * origen.count("/") + destino
        if not (self.directorios and origen.endswith("/") and destino.endswith("/")) \
                or origen.startswith(destino) or destino.startswith(origen) \
                or destino.startswith(".") or origen.startswith("."):
            return get_relative_url(destino, origen)
        padre_d, _, nombre = destino[:-1].rpartition("/")
        clave = (origen, padre_d)
        if clave not in self._prefijos:
            hermano = f"{padre_d}/\0/" if padre_d else "\0/"  # una carpeta que no existe
            self._prefijos[clave] = get_relative_url(hermano, origen)[:-2]
        return f"{self._prefijos[clave]}{nombre}/"


def src_sector(nombre: str) -> str:
    return f"sectores/{nombre}.md"


def src_etapa(nombre: str) -> str:
    return f"etapas/{nombre}.md"


def src_regla(codigo: str) -> str:
    return f"reglas/{codigo}.md"


def _tabla(encabezados: Iterable[str], filas: Iterable[Iterable[str]], clase: str = "") -> str:
    """Tabla HTML en una sola línea lógica (sin líneas en blanco). Celdas ya escapadas.

    Sin encabezados (todos vacíos) es una ficha de pares clave-valor: sin fila de cabecera
    vacía, y la primera celda de cada fila es su encabezado (``<th scope="row">``)."""
    encabezados = list(encabezados)
    atributo = f' class="{clase}"' if clase else ""
    if not any(encabezados):
        cuerpo = "".join(f'<tr><th scope="row">{fila[0]}</th>' + "".join(f"<td>{c}</td>" for c in fila[1:])
                         + "</tr>" for fila in (list(f) for f in filas))
        atributo = atributo or ' class="cobro-ficha"'
        return f"<table{atributo}>\n<tbody>{cuerpo}</tbody>\n</table>\n"
    cab = "".join(f"<th>{h}</th>" for h in encabezados)
    cuerpo = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in fila) + "</tr>" for fila in filas)
    return f"<table{atributo}>\n<thead><tr>{cab}</tr></thead>\n<tbody>{cuerpo}</tbody>\n</table>\n"


def _a(href: str, texto: str) -> str:
    return f'<a href="{html(href)}">{html(texto)}</a>'


def _parrafo(texto: str, clase: str = "") -> str:
    atributo = f' class="{clase}"' if clase else ""
    return f"<p{atributo}>{html(texto)}</p>\n"


# --- Sectores ---------------------------------------------------------------------------


def _del_pais(cat: Catalogo, fichas: list[Ficha]) -> list[Ficha]:
    """Las fichas del país predeterminado (las páginas de sector y etapa enlazan las de ese
    país; las de los demás, desde la galería de cada país)."""
    pais = pais_predeterminado(cat)
    return fichas if pais is None else [f for f in fichas if f.plantilla.pais == pais]


def _otros_paises(cat: Catalogo, en: Enlaces, src: str, consulta: str) -> str:
    pais = pais_predeterminado(cat)
    if pais is None:
        return ""
    otros = [c for c in galeria.paises(cat) if c != pais]
    enlaces = ", ".join(f'<a href="{html(en.de(src, src_catalogo(cat, c)) + consulta)}">'
                        f"{html(galeria.nombre_pais(cat, c))}</a>" for c in otros)
    return (f'<p class="cobro-nota">Las plantillas de esta página son las de '
            f'{html(galeria.nombre_pais(cat, pais))}. Las de otros países, en su galería: '
            f"{enlaces}.</p>\n")


def indice_sectores(cat: Catalogo, en: Enlaces) -> str:
    src = "sectores/index.md"
    filas = []
    for s in cat.espec.sectores.values():
        referencias = ", ".join(p.referencia.nombre for p in s.perfiles.values())
        filas.append([_a(en.de(src, src_sector(s.nombre)), s.titulo),
                      html(", ".join(AUDIENCIA[a] for a in s.audiencias)), html(referencias),
                      str(len(_del_pais(cat, cat.de_sector(s.nombre))))])
    return ("# Sectores\n\nCada sector adapta las plantillas a lo que se cobra (una reserva, una "
            "póliza, una factura, un proyecto) y a lo que el cliente tiene en juego.\n\n"
            + _tabla(["Sector", "Audiencia", "Qué se cobra", "Plantillas"], filas))


def pagina_sector(cat: Catalogo, nombre: str, en: Enlaces) -> str:
    sector = cat.espec.sectores[nombre]
    src = src_sector(nombre)
    partes = [f"# {md(sector.titulo)}\n", _parrafo(sector.descripcion),
              _otros_paises(cat, en, src, f"?sector={nombre}")]
    for audiencia, perfil in sector.perfiles.items():
        partes.append(f"\n## {md(AUDIENCIA[audiencia])}\n\n")
        partes.append(_parrafo(perfil.descripcion))
        partes.append(_tabla(["", ""], [
            ["Qué se cobra", html(f"{perfil.referencia.nombre} ({perfil.referencia.etiqueta})")],
            ["Qué está en juego", html(perfil.en_juego)],
        ]))
        filas = []
        for tipo in cat.espec.tipos.values():
            fichas = [f for f in _del_pais(cat, cat.de_sector(nombre))
                      if f.plantilla.audiencia == audiencia and f.plantilla.tipo == tipo.nombre]
            if not fichas:
                continue
            enlaces = " · ".join(
                _a(en.de(src, f.src_uri), f"{f.plantilla.canal} ({REGISTRO[f.plantilla.registro]})")
                for f in fichas)
            etapa = cat.espec.etapas[tipo.etapa]
            filas.append([html(tipo.titulo), _a(en.de(src, src_etapa(etapa.nombre)), etapa.titulo),
                          enlaces])
        partes.append("\n### Plantillas\n\n")
        partes.append(_tabla(["Tipo", "Etapa", "Plantillas"], filas))
        if perfil.fuentes:
            partes.append("\n### Fuentes de lo legal\n\n")
            partes.append(_tabla(["Tipo", "Fuente"], [
                [html(cat.espec.tipos[t].titulo if t in cat.espec.tipos else t), html(f)]
                for t, f in perfil.fuentes.items()]))
    return "".join(partes)


# --- Etapas -----------------------------------------------------------------------------


def _dia(dia: int | None) -> str:
    if dia is None:
        return "en cualquier momento"
    if dia == 0:
        return "el día del vencimiento"
    dias = "día" if abs(dia) == 1 else "días"
    return f"{abs(dia)} {dias} {'antes' if dia < 0 else 'después'} del vencimiento (día {dia:+d})"


def svg_escalera(cat: Catalogo, en: Enlaces, desde: str) -> str:
    return escalera.svg(cat.espec, lambda etapa: en.de(desde, src_etapa(etapa)))


def indice_etapas(cat: Catalogo, en: Enlaces) -> str:
    src = "etapas/index.md"
    filas = []
    for e in sorted(cat.espec.etapas.values(), key=lambda e: e.orden):
        tipos = ", ".join(t.titulo for t in cat.espec.tipos.values() if t.etapa == e.nombre)
        filas.append([_a(en.de(src, src_etapa(e.nombre)), e.titulo), html(_dia(e.dia)),
                      html(e.tono), html(tipos)])
    return ("# Escalera de cobro\n\nDe más cordial a más formal: cada etapa tiene su momento, su "
            "tono, sus tipos de mensaje y sus canales.\n\n"
            f'<div class="cobro-figura">{svg_escalera(cat, en, src)}</div>\n\n'
            + _tabla(["Etapa", "Cuándo", "Tono", "Tipos"], filas))


def pagina_etapa(cat: Catalogo, nombre: str, en: Enlaces) -> str:
    etapa = cat.espec.etapas[nombre]
    src = src_etapa(nombre)
    partes = [f"# {md(etapa.titulo)}\n\n",
              _tabla(["", ""], [["Cuándo", html(_dia(etapa.dia))], ["Tono", html(etapa.tono)],
                                ["Consecuencias legales", "se pueden enunciar como hechos"
                                 if etapa.formal else "no se mencionan en esta etapa"]]),
              "\n", _parrafo(etapa.descripcion), _otros_paises(cat, en, src, f"?etapa={nombre}")]
    tipos = [t for t in cat.espec.tipos.values() if t.etapa == nombre]
    for tipo in tipos:
        partes.append(f"\n## {md(tipo.titulo)}\n\n")
        partes.append(f'<p><code>{html(tipo.nombre)}</code> · tono {html(tipo.tono)} · '
                      f'canales: {html(", ".join(tipo.canales))}</p>\n')
        partes.append(_parrafo(tipo.proposito))
        filas = []
        for sector in cat.espec.sectores.values():
            fichas = [f for f in _del_pais(cat, cat.de_etapa(nombre))
                      if f.plantilla.tipo == tipo.nombre and f.plantilla.sector == sector.nombre]
            if fichas:
                filas.append([_a(en.de(src, src_sector(sector.nombre)), sector.titulo), " · ".join(
                    _a(en.de(src, f.src_uri), f"{f.plantilla.canal} {f.plantilla.audiencia} "
                       f"({REGISTRO[f.plantilla.registro]})") for f in fichas)])
        if filas:
            partes.append(_tabla(["Sector", "Plantillas"], filas))
    if not tipos:
        partes.append("\nNingún tipo usa todavía esta etapa.\n")
    return "".join(partes)


# --- Plantillas -------------------------------------------------------------------------


def _bloque_sms(ficha: Ficha) -> str:
    a = ficha.sms
    if a is None:
        return ""
    filas = [["Codificación", html(a.codificacion)], ["Caracteres", str(a.caracteres)],
             ["Segmentos", str(a.segmentos)]]
    partes = ["<p>Medido sobre el ejemplo relleno (lo que se enviaría).</p>\n"]
    if a.fuera_de_gsm7:
        filas.append(["Fuerzan UCS-2", html(" ".join(a.fuera_de_gsm7))])
        filas.append(["Segmentos de la variante GSM-7", str(a.segmentos_gsm7)])
    partes.append(_tabla(["", ""], filas))
    peor = ficha.peor_caso
    if peor:
        nombres = ", ".join(peor["valores"].values())
        partes.append(f"<p>Peor caso, con nombres largos y con tildes ({html(nombres)}): "
                      f"{html(peor['codificacion'])}, {peor['segmentos']} segmentos tal cual; "
                      f"{peor['segmentos_gsm7']} en GSM-7 si la herramienta de envío "
                      "translitera también los valores.</p>\n")
    variante = ficha.plantilla.variante_gsm7
    if variante:
        partes.append("<p>Variante GSM-7 de la plantilla (sin los caracteres que obligan a UCS-2):</p>\n")
        partes.append(_pre(variante))
    return "".join(partes)


_EJECUTADAS: dict[tuple, str] = {}


def _bloque_revision(ficha: Ficha, cat: Catalogo, en: Enlaces) -> str:
    r = ficha.revision
    partes = ["\n## Revisión del linter\n\n"]
    codigos = {f.codigo for f in cat.reglas}
    # La lista de reglas ejecutadas se repite en miles de fichas (las del mismo canal) y,
    # desde una ficha, el enlace a una regla solo depende de la profundidad de la ficha.
    # (Se vacía al empezar cada construcción: ``eventos.on_config``.)
    clave = (tuple(r.reglas), ficha.src_uri.count("/"))
    if clave not in _EJECUTADAS:
        enlaces = ", ".join(_a(en.de(ficha.src_uri, src_regla(c)), c) if c in codigos else html(c)
                            for c in r.reglas)
        _EJECUTADAS[clave] = (f"<p>Reglas ejecutadas al construir ({len(r.reglas)}): "
                              f"{enlaces or 'ninguna'}.</p>\n")
    partes.append(_EJECUTADAS[clave])
    omitidas = getattr(r, "omitidas", None) or {}
    if omitidas:
        partes.append("<p>No ejecutadas: " + "; ".join(
            (_a(en.de(ficha.src_uri, src_regla(c)), c) if c in codigos else html(c))
            + f" ({_opciones_en_codigo(html(m))})"
            for c, m in omitidas.items()) + ".</p>\n")
    if not r.hallazgos:
        partes.append('<p class="cobro-ok">Sin hallazgos.</p>\n')
    else:
        partes.append(_tabla(["Regla", "Severidad", "Línea", "Mensaje"], [
            [html(h.regla), html(h.severidad), str(h.linea), html(h.mensaje)] for h in r.hallazgos]))
    return "".join(partes)


_VECINAS: dict[str, tuple[Catalogo, vistas.Vecinas]] = {}

# HTML que no pasa por Markdown: la página lleva una marca y ``eventos.on_page_content``
# la sustituye ya convertida. Ahorra al analizador de HTML de Python-Markdown los bloques
# grandes (la galería, los datos de cada ficha), que no tiene nada que convertir.
INSERTOS: dict[str, dict[str, str]] = {}


def _diferir(src: str, nombre: str, contenido: str) -> str:
    marca = f"<!-- cobro:inserto:{nombre} -->"
    INSERTOS.setdefault(src, {})[marca] = contenido
    return f"\n{marca}\n"


def _vecinas(cat: Catalogo) -> vistas.Vecinas:
    # La clave es el propio catálogo (comparado por identidad), no su dirección: id() de un
    # catálogo ya liberado puede repetirse en otro y devolvería las vecinas del anterior.
    guardado = _VECINAS.get("catalogo")
    if guardado is None or guardado[0] is not cat:
        _VECINAS["catalogo"] = (cat, vistas.Vecinas(cat))
    return _VECINAS["catalogo"][1]


#: Un marcador como los que rellena ``cobro.js`` (``rellenar``): ``{{ variable }}``.
_MARCADOR_VIVO = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")


def _medios_de_pago(ficha: Ficha, cat: Catalogo) -> str:
    """Las vías de pago del país de la plantilla (``mensajes/paises/<cc>.yml``), rellenas
    con los datos de ejemplo del país. Cada línea lleva su texto con marcadores en
    ``data-cobro-texto``: «Tus datos» la rehace como el ejemplo (tu enlace, tu cuenta)."""
    p = ficha.plantilla
    textos = cat.espec.textos_pais.get(p.pais or "") if p.pais else None
    if textos is None:
        return ""
    from generador.componer import _resolver  # las ranuras [[ pais.* ]], como al componer
    from generador.errores import ErrorCobro
    from generador.rellenar import rellenar_texto

    ranuras = textos.ranuras(p.registro, p.tipo, p.audiencia)
    texto = _resolver(textos.pago.get(p.registro, "").strip(), ranuras)
    if not texto:
        return ""
    datos = cat.relleno(p.pais).datos(p)
    # cobro.js solo conoce los valores de las variables de la plantilla y de «Tus datos»;
    # el resto va ya relleno con el ejemplo en el texto vivo.
    en_navegador = {*p.variables, *(c[2] for c in vistas.CAMPOS)}

    def fijar(m: re.Match) -> str:
        nombre = m.group(1)
        return m.group(0) if nombre in en_navegador or nombre not in datos else str(datos[nombre])

    items = []
    for linea in texto.splitlines():
        canonica = linea.strip().removeprefix("- ").strip()
        if not canonica:
            continue
        relleno = canonica
        with contextlib.suppress(ErrorCobro):  # un marcador sin ejemplo se muestra tal cual
            relleno = rellenar_texto(canonica, datos)
        viva = _MARCADOR_VIVO.sub(fijar, canonica)
        vivo = f' data-cobro-texto="{html(viva)}"' if _MARCADOR_VIVO.search(viva) else ""
        items.append(f"<li{vivo}>{html(relleno)}</li>")
    return (f'<div class="cobro-medios-pago" data-cobro-pais="{html(p.pais)}"><p><strong>Medios de '
            f'pago en {html(galeria.nombre_pais(cat, p.pais))}</strong> (los que nombra el mensaje):</p>'
            '<ul>' + "".join(items) + "</ul></div>\n\n")


def _pre(texto: str) -> str:
    """Un bloque de código en HTML, como el que escribiría ``fenced_code`` (y que el botón
    de copiar de Material reconoce), sin pasar por Markdown."""
    import html as html_mod

    return f'<pre><code class="language-text">{html_mod.escape(texto, quote=False)}</code></pre>\n'


def pagina_plantilla(ficha: Ficha, cat: Catalogo, en: Enlaces) -> str:
    """La ficha de una plantilla. En Markdown solo van los títulos (la tabla de contenidos
    y sus enlaces permanentes); cada sección es HTML ya hecho que se inserta tras la
    conversión (:func:`_diferir`): Python-Markdown no tiene nada que convertir en él y
    analizarlo como HTML crudo era lo más caro de la construcción."""
    p, src = ficha.plantilla, ficha.src_uri
    sector, etapa = cat.espec.sectores[p.sector], cat.espec.etapas[p.etapa]
    tipo = cat.espec.tipos[p.tipo]
    vecinas = _vecinas(cat)
    meta = _tabla(["", ""], [
        ["Sector", _a(en.de(src, src_sector(p.sector)), sector.titulo)],
        ["Audiencia", html(AUDIENCIA[p.audiencia])],
        ["Tipo", f"{html(tipo.titulo)} (<code>{html(p.tipo)}</code>)"],
        ["Etapa", _a(en.de(src, src_etapa(p.etapa)), etapa.titulo) + " · " + html(_dia(etapa.dia))],
        ["Canal", html(cat.espec.canales[p.canal].titulo)],
        ["Registro", html(REGISTRO[p.registro])],
        *([["País", html(galeria.nombre_pais(cat, p.pais))]] if p.pais else []),
        ["Variables", " ".join(f"<code>{html(v)}</code>" for v in p.variables)],
        ["Identificador", f"<code>{html(p.id)}</code>"],
    ], "cobro-meta")
    titulo = f"{p.titulo} · {galeria.nombre_pais(cat, p.pais)}" if p.pais else p.titulo
    texto = ["<p>Los marcadores <code>{{ variable }}</code> los rellena tu herramienta.</p>\n"]
    if p.asunto is not None:
        texto += ["<p><strong>Asunto</strong></p>\n", _pre(p.asunto), "<p><strong>Cuerpo</strong></p>\n"]
    texto += [_pre(p.cuerpo), vistas.botones_texto(ficha)]
    locale = ficha.locale or cat.locale
    ejemplo = [f"<p>Con los datos de ejemplo de <code>{html(locale)}</code> "
               f"({html(cat.espec.locales[locale].pais)}): su moneda, sus fechas y sus datos de "
               "empresa y cliente; o con los tuyos si los has escrito en «Tus datos».</p>\n",
               _medios_de_pago(ficha, cat), '<div class="cobro-ejemplo" data-cobro-ejemplo>']
    if ficha.ejemplo.asunto is not None:
        ejemplo.append(f'<p class="cobro-ejemplo-asunto"><strong>Asunto:</strong> '
                       f'<span data-cobro-campo="asunto">{html(ficha.ejemplo.asunto)}</span></p>')
    ejemplo.append(f'<div class="cobro-ejemplo-cuerpo" data-cobro-campo="cuerpo">'
                   f'{html(ficha.ejemplo.cuerpo)}</div></div>\n')
    ejemplo.append('<p class="cobro-botones">' + vistas._boton("ejemplo", "Copiar el ejemplo") + "</p>\n")
    secciones = [
        ("Vista previa", vistas.vista_previa(ficha, cat).removeprefix("\n## Vista previa\n\n")),
        ("Texto de la plantilla", "".join(texto)),
        ("Ejemplo relleno", "".join(ejemplo)),
    ]
    if ficha.sms is not None:
        secciones.append(("SMS", _bloque_sms(ficha)))
    secciones += [
        ("Ficha", meta),
    ]
    if p.fuentes_legales:  # las frases legales del país que lleva el texto, con su fuente
        secciones.append(("Fuentes de lo legal", "<ul class=\"cobro-fuentes\">"
                          + "".join(f"<li>{html(f)}</li>" for f in p.fuentes_legales) + "</ul>\n"))
    secciones += [
        ("Legibilidad", f"<p>Índice de Fernández-Huerta del ejemplo: <strong>{cifra(ficha.legibilidad, 1)}"
                        f"</strong> ({html(interpretar(ficha.legibilidad))}; de 0 a 100, más alto "
                        "es más fácil).</p>\n"),
        ("Revisión del linter", _bloque_revision(ficha, cat, en).removeprefix(
            "\n## Revisión del linter\n\n")),
        ("Descargas", vistas.descargas_propias(ficha) + '<ul class="cobro-descargas">'
         + enlaces_descarga(ficha.descargas, src, en) + MARCA_DESCARGAS + "</ul>\n"
         + vistas.bloque_json(vistas.datos_navegador(ficha, vecinas), "cobro-plantilla")),
    ]
    partes = [f"# {md(titulo)}\n", _diferir(src, "cabeza", galeria.aviso_sin_ley(cat, p.pais)
                                          + vistas.conmutadores(ficha, vecinas, en)
                                          + vistas.tus_datos())]
    for n, (seccion, contenido) in enumerate(secciones):
        partes += [f"\n## {seccion}\n", _diferir(src, f"s{n}", contenido)]
    return "".join(partes)


# Los archivos de los exportadores se generan en paralelo con la construcción; sus enlaces
# entran en el HTML ya construido de la página (ver ``eventos.on_post_page``).
MARCA_DESCARGAS = "<!-- cobro:descargas-exportadas -->"


def enlaces_descarga(descargas, src: str, en: Enlaces) -> str:
    """Un ``<li>`` con enlace de descarga por archivo, relativo a la página ``src``."""
    return "".join(
        f'<li><a href="{html(en.de(src, d.src_uri))}" download="{html(d.src_uri.rsplit("/", 1)[-1])}">'
        f"{html(d.etiqueta)}</a></li>"
        for d in descargas
    )


# --- Catálogo (galería) -----------------------------------------------------------------


def src_catalogo(cat: Catalogo, pais: str | None) -> str:
    """La galería de un país: la del país predeterminado es ``catalogo.md``; las demás,
    ``catalogo/<país>.md``."""
    if pais is None or pais == pais_predeterminado(cat):
        return "catalogo.md"
    return f"catalogo/{pais}.md"


def pais_predeterminado(cat: Catalogo) -> str | None:
    presentes = galeria.paises(cat)
    if not presentes:
        return None
    return cat.espec.pais_predeterminado if cat.espec.pais_predeterminado in presentes else presentes[0]


def paginas_catalogo(cat: Catalogo, en: Enlaces) -> dict[str, str]:
    """Una galería por país (con la faceta de país); una sola si el catálogo no tiene países."""
    presentes = galeria.paises(cat)
    salida = {}
    for pais in presentes or [None]:
        src = src_catalogo(cat, pais)
        cabecera, cuerpo = galeria.pagina(
            cat, lambda f, src=src: en.de(src, f.src_uri), pais,
            lambda c, src=src: en.de(src, src_catalogo(cat, c)), src == "catalogo.md")
        salida[src] = cabecera + _diferir(src, "galeria", cuerpo)
    return salida


def pagina_catalogo(cat: Catalogo, en: Enlaces) -> str:
    return paginas_catalogo(cat, en)["catalogo.md"]


# --- Reglas -----------------------------------------------------------------------------


def indice_reglas(cat: Catalogo, en: Enlaces) -> str:
    src = "reglas/index.md"
    partes = ["# Reglas del linter\n\nCada regla tiene un código estable, una categoría y una "
              "severidad. `cobro reglas CODIGO` muestra lo mismo en la terminal.\n\n"]
    if not cat.reglas:
        partes.append("Todavía no hay reglas publicadas en `reglas/`.\n")
        return "".join(partes)
    partes.append(_tabla(["Código", "Nombre", "Categoría", "Severidad", "Qué hace"], [
        [_a(en.de(src, src_regla(r.codigo)), r.codigo), f"<code>{html(r.nombre)}</code>",
         html(r.categoria), html(r.severidad), html(r.descripcion)] for r in cat.reglas]))
    return "".join(partes)


def _ejemplos(titulo: str, ejemplos) -> str:
    if not ejemplos:
        return ""
    partes = [f"\n## {titulo}\n\n"]
    for e in ejemplos:
        if e.contexto:
            partes.append(_parrafo(f"({e.contexto})", "cobro-contexto"))
        if e.asunto:
            partes.append(_parrafo(f"Asunto: {e.asunto}"))
        partes.append(bloque_codigo(e.texto) + "\n")
    return "".join(partes)


def pagina_regla(regla: FichaRegla) -> str:
    filas = [["Código", f"<code>{html(regla.codigo)}</code>"],
             ["Nombre", f"<code>{html(regla.nombre)}</code>"],
             ["Categoría", html(regla.categoria)], ["Severidad", html(regla.severidad)],
             ["Mensaje", html(regla.mensaje)], ["Definida en", f"<code>{html(regla.archivo)}</code>"]]
    for clave, valores in regla.aplica.items():
        filas.append([html(clave.replace("_", " ").capitalize()), html(", ".join(valores))])
    partes = [f"# {md(regla.codigo)}: {md(regla.nombre)}\n\n", _tabla(["", ""], filas),
              "\n## Qué hace\n\n", _parrafo(regla.descripcion),
              "\n## Por qué\n\n", _parrafo(regla.por_que),
              _ejemplos("Incorrecto", regla.incorrecto), _ejemplos("Correcto", regla.correcto)]
    if regla.referencia:
        partes += ["\n## Referencia\n\n", _parrafo(regla.referencia)]
        if regla.url:
            leida = f" (leída el {html(regla.verificado)})" if regla.verificado else ""
            partes.append(f'<p>Fuente: <a href="{html(regla.url)}">{html(regla.url)}</a>{leida}</p>\n')
    partes.append(f'\n<p>Para desactivarla en un texto: <code>&lt;!-- cobro: desactiva '
                  f'{html(regla.codigo)} motivo="..." --&gt;</code> (el motivo es obligatorio).</p>\n')
    return "".join(partes)


GUIA_CI_PROVISIONAL = (
    "# Integración continua\n\nEsta guía (GitHub Actions con SARIF, pre-commit, configuración "
    "y supresiones) está en preparación.\n"
)


def _opciones_en_codigo(texto: str) -> str:
    """``--gramatica`` en ``<code>``: sin él, el navegador parte la línea por el guion y se
    lee «--» al final de una línea y «gramatica» al principio de la siguiente."""
    return re.sub(r"(?<![\w-])(--[a-z][a-z-]*)", r"<code>\1</code>", texto)
