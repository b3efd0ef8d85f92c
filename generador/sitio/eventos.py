"""Eventos del hook de mkdocs: el catálogo se genera al construir.

- ``on_config``: carga la especificación y calcula el catálogo (:mod:`.datos`).
- ``on_files``: añade con ``File.generated`` una página por sector, etapa, plantilla y
  regla, el catálogo con filtros, la referencia de la CLI y las descargas.
- ``on_page_markdown``: sustituye ``<!-- cobro:escalera -->`` y ``<!-- cobro:cifras -->``
  en las páginas escritas a mano.
- ``on_page_content`` / ``on_post_build``: reúne el texto de cada página y escribe el
  índice de búsqueda propio (:mod:`.busqueda`) en ``assets/cobro-indice.js``.

Opciones en ``extra.cobro`` de ``mkdocs.yml`` (las rellena ``cobro sitio``): ``specs``
(árbol de especificaciones; por defecto, la carpeta de ``mkdocs.yml``), ``reglas``,
``locale``, ``solo_paises`` y ``solo_sectores`` (un catálogo parcial) y ``pdf``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generador.errores import ErrorCobro
from generador.sitio import busqueda, paginas

INDICE = "assets/cobro-indice.js"
NO_INDEXAR = {"catalogo.md", "buscar.md"}
CLASES = (("plantillas/", "Plantilla"), ("sectores/", "Sector"), ("etapas/", "Etapa"),
          ("reglas/", "Regla"), ("guia/", "Guía"), ("cli.md", "Línea de órdenes"))


@dataclass
class _Estado:
    catalogo: object = None
    enlaces: paginas.Enlaces | None = None
    indice: busqueda.Indice = field(default_factory=busqueda.Indice)
    error: ErrorCobro | None = None
    fichas_por_src: dict = field(default_factory=dict)
    exportadas: dict | None = None
    # Quien lanza la construcción puede pedir avisos de progreso (``cobro sitio`` los
    # escribe en la salida de errores); por defecto, silencio.
    progreso: Callable[[str], None] | None = None
    notas: list[str] = field(default_factory=list)  # se dicen una vez, al acabar
    medida_pdf: dict | None = None
    paginas: int = 0  # las páginas de documentación que maqueta mkdocs
    maquetadas: int = 0


_estado = _Estado()


def _progreso(mensaje: str) -> None:
    if _estado.progreso is not None:
        _estado.progreso(mensaje)


def estado() -> _Estado:
    """El estado de la última construcción (catálogo e índice), para quien la lanzó."""
    return _estado


def _lista(valor) -> list[str] | None:
    if not valor:
        return None
    return [v.strip() for v in (valor.split(",") if isinstance(valor, str) else valor) if v.strip()]


def _opciones(config) -> tuple[Path, Path | None, str | None]:
    extra = (config.get("extra") or {}).get("cobro") or {}
    base = Path(config.config_file_path or ".").resolve().parent
    specs = Path(extra["specs"]) if extra.get("specs") else base
    specs = specs if specs.is_absolute() else base / specs
    reglas = extra.get("reglas")
    reglas = (Path(reglas) if Path(reglas).is_absolute() else base / reglas) if reglas else None
    return specs, reglas, extra.get("locale")


def on_config(config):
    from mkdocs.exceptions import PluginError

    from generador.sitio.datos import construir

    specs, reglas, locale = _opciones(config)
    extra = (config.get("extra") or {}).get("cobro") or {}
    _estado.error, _estado.paginas = None, 0
    _estado.notas, _estado.medida_pdf, _estado.exportadas = [], None, None
    _progreso("Cargando, rellenando y revisando las plantillas…")
    try:
        _estado.catalogo = construir(specs, reglas, locale, paises=_lista(extra.get("solo_paises")),
                                     sectores=_lista(extra.get("solo_sectores")),
                                     pdf=bool(extra.get("pdf")),
                                     temporal_en=Path(config.site_dir).resolve().parent)
    except ErrorCobro as exc:
        _estado.error = exc
        raise PluginError(f"cobro: {exc}") from None
    _estado.enlaces = paginas.Enlaces(config.use_directory_urls)
    _estado.fichas_por_src = {f.src_uri: f for f in _estado.catalogo.fichas}
    _estado.indice = busqueda.Indice()
    paginas.INSERTOS.clear()
    paginas._EJECUTADAS.clear()
    _congelar()
    return config


def _congelar() -> None:
    """Aparta del recolector de ciclos lo que ya vive hasta el final (el catálogo, las
    páginas ya convertidas): sin esto, cada recolección completa lo recorría entero otra
    vez y el recolector se llevaba más del 10 % de la CPU de la construcción. Se
    deshace al acabar (:func:`descongelar`), también si la construcción falla."""
    import gc

    gc.freeze()


def descongelar() -> None:
    import gc

    gc.unfreeze()


def _paginas_generadas() -> dict[str, str]:
    cat, en = _estado.catalogo, _estado.enlaces
    salida = {
        **paginas.paginas_catalogo(cat, en),
        "sectores/index.md": paginas.indice_sectores(cat, en),
        "etapas/index.md": paginas.indice_etapas(cat, en),
        "reglas/index.md": paginas.indice_reglas(cat, en),
    }
    for nombre in cat.espec.sectores:
        salida[paginas.src_sector(nombre)] = paginas.pagina_sector(cat, nombre, en)
    for nombre in cat.espec.etapas:
        salida[paginas.src_etapa(nombre)] = paginas.pagina_etapa(cat, nombre, en)
    for ficha in cat.fichas:
        salida[ficha.src_uri] = paginas.pagina_plantilla(ficha, cat, en)
    for regla in cat.reglas:
        salida[paginas.src_regla(regla.codigo)] = paginas.pagina_regla(regla)
    from generador.sitio import cli_referencia

    salida["cli.md"] = cli_referencia.pagina()
    return salida


def on_files(files, config):
    from mkdocs.structure.files import File

    _progreso(f"Generando {len(_estado.catalogo.fichas)} páginas de plantilla…")
    generadas: dict[str, str | bytes] = dict(_paginas_generadas())
    for ficha in _estado.catalogo.fichas:
        for descarga in ficha.descargas:
            if descarga.contenido is not None:
                generadas[descarga.src_uri] = descarga.contenido
    if files.get_file_from_path("guia/ci.md") is None:
        generadas["guia/ci.md"] = paginas.GUIA_CI_PROVISIONAL
    for src_uri, contenido in generadas.items():
        existente = files.get_file_from_path(src_uri)
        if existente is not None:
            files.remove(existente)
        files.append(File.generated(config, src_uri, content=contenido))
    return files


def on_nav(nav, config, files):
    _estado.paginas = len(files.documentation_pages())
    _estado.maquetadas = 0
    _progreso(f"Convirtiendo {_estado.paginas} páginas de Markdown a HTML…")
    return nav


def on_env(env, config, files):
    _congelar()  # todas las páginas ya convertidas a HTML
    _progreso(f"Maquetando {_estado.paginas} páginas con mkdocs-material…")
    return env


CADA = 1000  # un aviso de progreso cada tantas páginas maquetadas


def _contar_maquetada() -> None:
    _estado.maquetadas += 1
    if _estado.maquetadas % CADA == 0 and _estado.maquetadas < _estado.paginas:
        _progreso(f"  {_estado.maquetadas} de {_estado.paginas} páginas maquetadas…")


def _exportadas() -> dict:
    """Las descargas de los exportadores, que trabajan en paralelo: se espera a ellos la
    primera vez que una página las enlaza (ya con casi todo el sitio hecho). Sus archivos
    no pasan por mkdocs: al acabar, su carpeta se mueve dentro del sitio."""
    if _estado.exportadas is None:
        cat = _estado.catalogo
        _estado.exportadas = cat.exportacion.descargas() if cat.exportacion is not None else {}
        medida = cat.exportacion.medida_pdf if cat.exportacion is not None else {}
        if medida:
            _estado.medida_pdf = medida
            if medida.get("aviso"):
                _estado.notas.append(medida["aviso"])
    return _estado.exportadas


def on_post_page(output, page, config):
    _contar_maquetada()
    if paginas.MARCA_DESCARGAS not in output:
        return output
    ficha = _estado.fichas_por_src.get(page.file.src_uri)
    descargas = _exportadas().get(ficha.plantilla.id, []) if ficha is not None else []
    enlaces = paginas.enlaces_descarga(descargas, page.file.src_uri, _estado.enlaces)
    return output.replace(paginas.MARCA_DESCARGAS, enlaces)


def on_page_markdown(markdown, page, config, files):
    cat = _estado.catalogo
    if "<!-- cobro:escalera -->" in markdown:
        svg = paginas.svg_escalera(cat, _estado.enlaces, page.file.src_uri)
        markdown = markdown.replace("<!-- cobro:escalera -->", f'<div class="cobro-figura">{svg}</div>')
    if "<!-- cobro:cifras -->" in markdown:
        from generador.concordancia import plural

        # los sectores y tipos que tiene el catálogo (cobro sitio --sector construye unos pocos)
        sectores = {f.plantilla.sector for f in cat.fichas}
        tipos = {f.plantilla.tipo for f in cat.fichas}
        cifras = " · ".join([
            plural(len(cat.fichas), "plantilla", "plantillas"),
            plural(len(sectores), "sector"),
            plural(len(tipos), "tipo", "tipos"), plural(len(cat.espec.etapas), "etapa", "etapas"),
            plural(len(cat.reglas), "regla", "reglas")])
        markdown = markdown.replace("<!-- cobro:cifras -->", f'<p class="cobro-cifras">{cifras}</p>')
    return markdown


def on_page_content(html, page, config, files):
    import html as html_mod

    # mkdocs toma el título del primer h1 ya sin entidades y el tema lo imprime sin
    # escapar (en <title>): se vuelve a escapar para que un título con "<script>" sea texto.
    titulo = page.title or ""
    page.title = html_mod.escape(titulo, quote=False)
    src = page.file.src_uri
    for marca, contenido in paginas.INSERTOS.pop(src, {}).items():
        html = html.replace(f"<p>{marca}</p>", contenido).replace(marca, contenido)
    if src in NO_INDEXAR or src.startswith("catalogo/"):
        return html
    clase = next((c for prefijo, c in CLASES if src.startswith(prefijo)), "Página")
    ficha = _estado.fichas_por_src.get(src)
    documento = busqueda.Documento(
        titulo=" ".join(html_mod.unescape(titulo).split()), url=page.url, clase=clase,
        texto="" if ficha is not None else busqueda.texto_plano(html))
    if ficha is not None:
        documento.pais = ficha.plantilla.pais
        # El extracto sale del mensaje (asunto y cuerpo del ejemplo), no de la página.
        tipo = _estado.catalogo.espec.tipos.get(ficha.plantilla.tipo)
        documento.tipo = f"{tipo.titulo} {tipo.nombre}" if tipo is not None else ficha.plantilla.tipo
        ejemplo, espec, p = ficha.ejemplo, _estado.catalogo.espec, ficha.plantilla
        documento.extracto = busqueda.extracto_de_mensaje(ejemplo.asunto, ejemplo.cuerpo, p.canal)
        # Las claves salen del mensaje entero (también el membrete de una carta) y de sus
        # dimensiones, no del resto de la página (la ficha técnica y la revisión dirían
        # «vencimiento» o «pendiente» en todas).
        documento.texto = " ".join([
            ejemplo.asunto or "", ejemplo.cuerpo, espec.sectores[p.sector].titulo,
            espec.etapas[p.etapa].titulo,
            espec.canales[p.canal].titulo, paginas.REGISTRO[p.registro], paginas.AUDIENCIA[p.audiencia]])
    _estado.indice.documentos.append(documento)
    return html


def nombres_paises(cat) -> dict[str, str]:
    """Código -> nombre de cada país de la tabla, para la búsqueda. Todos, no solo los de la
    faceta de la galería: con un solo país (``--pais es``) no hay faceta, pero la búsqueda
    sigue diciendo «75 resultados en España», no «en ES»."""
    from generador.sitio.galeria import nombre_pais

    tabla = (getattr(cat.espec, "paises", None) or {}) if cat is not None else {}
    return {c: nombre_pais(cat, c) for c in tabla}


def on_post_build(config):
    cat = _estado.catalogo
    if cat is not None and cat.exportacion is not None:
        if _estado.exportadas is None and not cat.exportacion.terminada():
            _progreso("Esperando a los exportadores (las descargas)…")
        _exportadas()  # un sitio sin fichas no ha esperado todavía
        cat.exportacion.mover_a(Path(config.site_dir) / "descargas")
        cat.exportacion.limpiar()
    _progreso("Escribiendo el índice de búsqueda…")
    destino = Path(config.site_dir) / INDICE
    destino.parent.mkdir(parents=True, exist_ok=True)
    for nombre, contenido in _estado.indice.archivos(
            nombres_paises(cat), paginas.pais_predeterminado(cat) if cat is not None else None).items():
        (destino.parent / nombre).write_text(contenido, encoding="utf-8")
