"""La galería del catálogo: tarjetas agrupadas por etapa (en el orden de la escalera) y
sector, con facetas que cuentan y un aviso cuando nada coincide.

Todo lo que viene de los datos se escribe escapado; el filtrado lo hace ``assets/cobro.js``
con los atributos ``data-*`` de cada tarjeta y guarda la selección en la URL.
"""

from __future__ import annotations

from generador.concordancia import plural
from generador.modelo import CANALES, REGISTROS
from generador.sitio.texto import html

REGISTRO = {"tu": "tú", "usted": "usted"}
AUDIENCIA = {"b2c": "B2C (particulares)", "b2b": "B2B (empresas)"}
AUDIENCIA_CORTA = {"b2c": "B2C", "b2b": "B2B"}
DIMENSIONES = ("etapa", "sector", "canal", "registro", "audiencia", "pais")
MAX_VISTA = 170


def pais(plantilla) -> str | None:
    """El país de una plantilla (la dimensión llega con los paquetes de país)."""
    return getattr(plantilla, "pais", None)


_PAISES: dict[str, tuple[object, int, list[str]]] = {}


def paises(cat) -> list[str]:
    """Los países presentes en el catálogo, en orden; vacío si solo hay uno o ninguno
    (calculado una vez por lista de fichas: las páginas lo piden miles de veces). La lista
    guardada se compara por identidad y longitud, no por id(): una dirección liberada puede
    repetirse en otra lista."""
    guardado = _PAISES.get("fichas")
    if guardado is None or guardado[0] is not cat.fichas or guardado[1] != len(cat.fichas):
        presentes = list(dict.fromkeys(p for f in cat.fichas if (p := pais(f.plantilla))))
        _PAISES["fichas"] = (cat.fichas, len(cat.fichas), presentes if len(presentes) > 1 else [])
    return _PAISES["fichas"][2]


def nombre_pais(cat, codigo: str) -> str:
    tabla = getattr(cat.espec, "paises", None) or {}
    datos = tabla.get(codigo) if isinstance(tabla, dict) else None
    nombre = getattr(datos, "nombre", None) or (datos.get("nombre") if isinstance(datos, dict) else None)
    return nombre or codigo.upper()


def aviso_sin_ley(cat, codigo: str | None) -> str:
    """El aviso de un país sin paquete de ley (``reglas/paises/<cc>.yml``), para sus páginas
    del catálogo: lo mismo que dicen ``cobro lint`` y ``cobro plan`` de ese país. Vacío si
    el país tiene paquete (o si la plantilla no es de ningún país)."""
    tabla = getattr(cat.espec, "paises", None) or {}
    datos = tabla.get(codigo) if codigo and isinstance(tabla, dict) else None
    if datos is None or getattr(datos, "paquete", None) != "":
        return ""
    nombre = html(nombre_pais(cat, codigo))
    return (f'<div class="admonition warning cobro-sin-ley" data-cobro-sin-ley="{html(codigo)}">'
            f'<p class="admonition-title">{nombre}: sin reglas de ley verificadas</p>'
            "<p>No hay reglas de ley verificadas para este país; los límites de contacto son "
            f"prudentes, no legales. {nombre} no tiene paquete de ley (<code>reglas/paises/"
            f"{html(codigo)}.yml</code>): <code>cobro lint</code> revisa estos mensajes sin "
            f"reglas legales de {nombre} y <code>cobro plan</code> usa límites de contacto "
            f"prudentes por defecto, que no son ninguna ley. Comprueba la ley de {nombre} "
            "antes de enviarlos.</p></div>\n")


def etapas_en_orden(cat) -> list:
    return sorted(cat.espec.etapas.values(), key=lambda e: e.orden)


def dimensiones(cat) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(clave, título, [(valor, etiqueta)]) de cada faceta con los valores presentes."""
    espec = cat.espec
    presentes = {d: {getattr(f.plantilla, d, None) for f in cat.fichas} for d in DIMENSIONES}
    salida = [
        ("etapa", "Etapa", [(e.nombre, e.titulo) for e in etapas_en_orden(cat)
                            if e.nombre in presentes["etapa"]]),
        ("sector", "Sector", [(s.nombre, s.titulo) for s in espec.sectores.values()
                              if s.nombre in presentes["sector"]]),
        ("canal", "Canal", [(c, espec.canales[c].titulo) for c in CANALES if c in presentes["canal"]]),
        ("registro", "Registro", [(r, REGISTRO[r]) for r in REGISTROS if r in presentes["registro"]]),
        ("audiencia", "Audiencia", [(a, AUDIENCIA[a]) for a in ("b2c", "b2b")
                                    if a in presentes["audiencia"]]),
    ]
    codigos = paises(cat)
    if codigos:
        salida.append(("pais", "País", [(c, nombre_pais(cat, c)) for c in codigos]))
    return salida


def vista_previa(ficha) -> str:
    """Asunto y primeras líneas del ejemplo relleno, en texto."""
    lineas = [x.strip() for x in ficha.ejemplo.cuerpo.splitlines() if x.strip()]
    if ficha.plantilla.canal == "carta":  # remitente, destinatario y fecha no dicen nada
        lineas = [x for x in lineas if len(x) > 60] or lineas
    texto = " ".join(lineas[1:] if len(lineas) > 2 and len(lineas[0]) < 40 else lineas)
    if len(texto) > MAX_VISTA:
        texto = texto[:MAX_VISTA].rsplit(" ", 1)[0] + "…"
    return texto


class _Tarjetas:
    """Las tarjetas de la galería como datos compactos (``cobro.js`` las pinta): cada
    valor repetido (sector, canal, registro, audiencia, tipo) va una vez en una tabla y la
    tarjeta lo nombra por su posición. Con 450 tarjetas por país, el HTML de cada una
    pasaba del presupuesto de peso de la página."""

    CLAVES = ("sector", "canal", "registro", "audiencia")

    def __init__(self, cat) -> None:
        espec = cat.espec
        self.etiquetas = {
            "sector": {s.nombre: s.titulo for s in espec.sectores.values()},
            "canal": {c: espec.canales[c].titulo for c in espec.canales},
            "registro": dict(REGISTRO), "audiencia": dict(AUDIENCIA_CORTA)}
        self.tablas: dict[str, list] = {c: [] for c in self.CLAVES}
        self.tipos: list[str] = []
        self.grupos: list[list] = []
        self.etapas: list[str] = []
        self.cat = cat

    def _indice(self, clave: str, valor: str) -> int:
        tabla = self.tablas[clave]
        for i, (v, _) in enumerate(tabla):
            if v == valor:
                return i
        tabla.append([valor, self.etiquetas[clave].get(valor, valor)])
        return len(tabla) - 1

    def grupo(self, etapa: str, fichas, enlace_de) -> int:
        tarjetas = []
        for f in fichas:
            p = f.plantilla
            titulo = self.cat.espec.tipos[p.tipo].titulo
            if titulo not in self.tipos:
                self.tipos.append(titulo)
            tarjetas.append([*(self._indice(c, getattr(p, c)) for c in self.CLAVES), enlace_de(f),
                             self.tipos.index(titulo), f.ejemplo.asunto or "", vista_previa(f)])
        self.grupos.append(tarjetas)
        self.etapas.append(etapa)
        return len(self.grupos) - 1

    def bloque(self) -> str:
        from generador.sitio.vistas import bloque_json

        return bloque_json({"d": self.tablas, "t": self.tipos, "e": self.etapas, "g": self.grupos},
                           "cobro-tarjetas")


def faceta_paises(cat, actual: str, enlace_pais, predeterminada: bool = False) -> str:
    """La faceta de país: un enlace por país a su galería, con cuántas plantillas tiene;
    ``cobro.js`` recuerda la elección (localStorage) y, en la galería predeterminada
    (``predeterminada``), lleva a la del país elegido."""
    marca = " data-cobro-predeterminado" if predeterminada else ""
    partes = [f'<nav class="cobro-paises cobro-conmutador" aria-label="País" '
              f'data-cobro-paises-galeria{marca}><span class="cobro-conmutador-titulo">País</span>']
    for codigo in paises(cat):
        n = sum(1 for f in cat.fichas if pais(f.plantilla) == codigo)
        cuenta = f' <span class="cobro-cuenta" data-cuenta>{n}</span>'
        if codigo == actual:
            partes.append(f'<span class="cobro-opcion" aria-current="page" data-pais="{html(codigo)}">'
                          f'{html(nombre_pais(cat, codigo))}{cuenta}</span>')
        else:
            partes.append(f'<a class="cobro-opcion" href="{html(enlace_pais(codigo))}" '
                          f'data-pais="{html(codigo)}">{html(nombre_pais(cat, codigo))}{cuenta}</a>')
    partes.append("</nav>\n")
    return "".join(partes)


def pagina(cat, enlace_de, pais_actual: str | None = None, enlace_pais=None,
           predeterminada: bool = False) -> tuple[str, str]:
    """Markdown de ``catalogo.md`` (título e introducción) y el HTML de la galería;
    ``enlace_de(ficha)`` da la URL relativa de cada ficha. Con varios países, la galería es
    la de ``pais_actual`` y ``enlace_pais(codigo)`` da la de cada país (la faceta de país)."""
    faceta = ""
    titulo = "Catálogo"
    if pais_actual is not None and enlace_pais is not None and paises(cat):
        faceta = faceta_paises(cat, pais_actual, enlace_pais, predeterminada)
        titulo = f"Catálogo: {nombre_pais(cat, pais_actual)}"
        from dataclasses import replace

        cat = replace(cat, fichas=[f for f in cat.fichas if pais(f.plantilla) == pais_actual])
    total = len(cat.fichas)
    avisos = "".join(aviso_sin_ley(cat, c) for c in dict.fromkeys(
        pais(f.plantilla) for f in cat.fichas))
    marca_pais = f' data-cobro-pais-galeria="{html(pais_actual)}"' if faceta else ""
    partes = [f"---\nhide:\n  - navigation\n  - toc\n---\n\n# {titulo}\n\n",
              '<p class="cobro-intro">' + plural(total, "plantilla", "plantillas")
              + ", de la primera etapa de la escalera a la última."
              " Marca valores en los filtros: dentro de un grupo se suman, entre grupos se "
              "combinan; el número dice cuántas quedarían. La dirección de la página guarda la "
              "selección.</p>\n\n"]
    cabecera = "".join(partes)
    partes = [faceta, avisos,
              f'<div class="cobro-galeria"{marca_pais}>\n<details class="cobro-filtros-caja" open '
              'data-cobro-filtros-caja><summary>Filtros</summary>'
              '<form class="cobro-filtros" data-cobro-filtros aria-label="Filtros del catálogo">']
    for clave, titulo, valores in dimensiones(cat):
        partes.append(f'<fieldset data-dimension="{clave}"><legend>{html(titulo)}</legend>')
        for valor, etiqueta in valores:
            n = sum(1 for f in cat.fichas if getattr(f.plantilla, clave, None) == valor)
            partes.append(f'<label><input type="checkbox" name="{clave}" value="{html(valor)}" '
                          f'data-etiqueta="{html(etiqueta)}"> {html(etiqueta)} '
                          f'<span class="cobro-cuenta" data-cuenta>{n}</span></label>')
        partes.append("</fieldset>")
    partes.append('<button type="reset" class="md-button">Quitar filtros</button></form></details>\n'
                  '<div class="cobro-resultado">\n'
                  f'<p class="cobro-resumen" data-cobro-resumen aria-live="polite">'
                  f'{plural(total, "plantilla", "plantillas")}</p>\n'
                  '<div class="cobro-vacio" data-cobro-vacio hidden></div>\n')
    tarjetas = _Tarjetas(cat)
    etapas = etapas_en_orden(cat)
    orden_sector = {s: i for i, s in enumerate(cat.espec.sectores)}
    orden_tipo = {t: i for i, t in enumerate(cat.espec.tipos)}
    for etapa in etapas:
        fichas = [f for f in cat.fichas if f.plantilla.etapa == etapa.nombre]
        if not fichas:
            continue
        fichas.sort(key=lambda f: (orden_sector.get(f.plantilla.sector, 99), f.plantilla.audiencia,
                                   orden_tipo.get(f.plantilla.tipo, 99),
                                   CANALES.index(f.plantilla.canal) if f.plantilla.canal in CANALES else 9,
                                   f.plantilla.registro))
        partes.append(f'<section class="cobro-grupo" data-cobro-grupo="{html(etapa.nombre)}">'
                      f'<h2 id="etapa-{html(etapa.nombre)}">{etapa.orden}. {html(etapa.titulo)} '
                      f'<span class="cobro-cuenta" data-cobro-cuenta-grupo>{len(fichas)}</span></h2>'
                      f'<ul class="cobro-tarjetas" data-cobro-lista '
                      f'data-cobro-tarjetas="{tarjetas.grupo(etapa.nombre, fichas, enlace_de)}"></ul>'
                      '</section>\n')
    partes.append('<noscript><p class="cobro-vacio">La galería necesita JavaScript. Sin él, las '
                  'plantillas están enlazadas desde las páginas de cada sector y de cada etapa.'
                  '</p></noscript>\n')
    partes.append("</div>\n</div>\n" + tarjetas.bloque())
    return cabecera, "".join(partes)
