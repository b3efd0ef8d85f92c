"""``cobro generar`` como función: compone, rellena ejemplos y escribe el catálogo."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from generador import __version__, archivo_plantilla, sms
from generador.componer import Composicion, Filtros, componer, id_con_pais
from generador.escribir import CarpetaSalida
from generador.modelo import Especificacion, Mensaje, Plantilla
from generador.rellenar import Relleno

VERSION_MANIFIESTO = 1
_MAYUSCULA = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ][\wÁÉÍÓÚÑÜáéíóúñü]*")


@dataclass
class Generacion:
    """Resultado de generar: qué se compuso, qué se escribió y dónde."""

    salida: Path
    composicion: Composicion
    ejemplos: dict[str, Mensaje] = field(default_factory=dict)
    manifiesto: Path | None = None
    locale: str = ""  # vacío si se generaron varios países (cada uno con el suyo)
    pais: str | None = None  # None si se generaron varios países
    paises: list[str] = field(default_factory=list)

    @property
    def plantillas(self) -> list[Plantilla]:
        return self.composicion.plantillas


def ruta_plantilla(p: Plantilla) -> str:
    return f"plantillas/{_carpeta(p)}/{p.id}.txt"


def ruta_ejemplo(p: Plantilla) -> str:
    return f"ejemplos/{_carpeta(p)}/{p.id}.txt"


def _carpeta(p: Plantilla) -> str:
    """``<pais>/<sector>`` (o solo ``<sector>`` en un árbol sin textos de país)."""
    return f"{p.pais}/{p.sector}" if p.pais else p.sector


def texto_ejemplo(mensaje: Mensaje, p: Plantilla | None = None) -> str:
    """Un mensaje relleno como archivo de texto.

    Con su plantilla, lleva el front matter de ella (tipo, etapa, canal, registro...),
    ``modo: mensaje`` y el asunto ya relleno: así ``cobro lint`` lo juzga como lo que es
    (un agradecimiento no necesita formas de pago). Sin ella, el asunto va en la primera línea.
    """
    if p is not None:
        metadatos = {k: v for k, v in p.metadatos().items()
                     if k not in ("asunto", "variables", "variante_gsm7")}
        metadatos["modo"] = "mensaje"
        if mensaje.asunto is not None:
            metadatos["asunto"] = mensaje.asunto
        return archivo_plantilla.unir(metadatos, mensaje.cuerpo)
    if mensaje.asunto is not None:
        return f"Asunto: {mensaje.asunto}\n\n{mensaje.cuerpo}\n"
    return f"{mensaje.cuerpo}\n"


def vocabulario_ejemplos(ejemplos: list[Mensaje]) -> list[str]:
    """Nombres propios de los datos de ejemplo (un lugar, una calle, una empresa) que la
    ortografía no conoce: van al ``cobro.toml`` de ``ejemplos/`` para que el catálogo
    generado pase el linter tal cual."""
    from generador.lint.ortografia import revisar_ortografia

    propios: set[str] = set()
    for ejemplo in ejemplos:
        texto = "\n".join(t for t in (ejemplo.asunto, ejemplo.cuerpo) if t)
        resultado = revisar_ortografia(texto, ())
        if not resultado.disponible:
            return []
        for c in resultado.coincidencias:
            palabra = texto[c.inicio:c.fin]
            if palabra[:1].isupper():
                propios.add(palabra)
    return sorted(propios)


def toml_vocabulario(palabras: list[str]) -> str:
    lista = ", ".join(json.dumps(p, ensure_ascii=False) for p in palabras)
    return ("# Escrito por cobro generar: nombres propios de los datos de ejemplo.\n"
            f"vocabulario = [{lista}]\n")


def peor_caso_sms(p: Plantilla, datos: dict[str, str], nombres: dict[str, str]) -> dict:
    """El coste del SMS con nombres largos y con tildes (``peor_caso`` del canal sms en
    mensajes/canales.yml) en vez de los del ejemplo: tal cual (suele pasar a UCS-2) y en su
    variante GSM-7, que translitera también los valores rellenos (lo que debe hacer la
    herramienta de envío para mantener el presupuesto de segmentos)."""
    from generador.rellenar import rellenar_texto

    cuerpo = rellenar_texto(p.cuerpo, {**datos, **nombres}, p.id)
    analisis = sms.analizar(cuerpo)
    # en UCS-2, analizar ya calcula la variante GSM-7 y sus segmentos; en GSM-7 la variante
    # es el mismo texto (todo carácter cabe y a_gsm7 no lo cambia)
    segmentos_gsm7 = (analisis.segmentos_gsm7 if analisis.segmentos_gsm7 is not None
                      else analisis.segmentos)
    return {
        "valores": dict(nombres),
        "codificacion": analisis.codificacion,
        "caracteres": analisis.caracteres,
        "segmentos": analisis.segmentos,
        "segmentos_gsm7": segmentos_gsm7,
    }


def entrada_manifiesto(p: Plantilla, ejemplo: Mensaje, datos: dict[str, str] | None = None,
                       peor_caso: dict[str, str] | None = None) -> dict:
    entrada = {**p.metadatos(), "ruta": ruta_plantilla(p), "ejemplo": ruta_ejemplo(p)}
    if p.fuentes_legales:  # de dónde sale cada frase legal del país que lleva el texto
        entrada["fuentes_legales"] = list(p.fuentes_legales)
    if p.estructura is not None:  # whatsapp: componentes y botones; llamada: el guion
        entrada[p.canal] = p.estructura
    if p.canal == "sms":
        entrada["sms"] = sms.analizar(ejemplo.cuerpo).como_dict()
        if datos is not None and peor_caso:
            entrada["sms"]["peor_caso"] = peor_caso_sms(p, datos, peor_caso)
    return entrada


def paises_a_generar(espec: Especificacion, pais: str | None,
                     locale: str | None) -> list[str | None]:
    """Los países de una ejecución: el de ``--pais``; el del locale de ``--locale``; sin
    ninguno de los dos, todos los que tienen texto propio (``mensajes/paises/<cc>.yml``), en el
    orden de la tabla. Un árbol sin textos de país genera una vez, sin país."""
    from generador.errores import ErrorCobro, valor_desconocido

    if pais is not None:
        return [pais]
    if locale is not None:
        if locale not in espec.locales:
            raise ErrorCobro(f"--locale: {valor_desconocido('el locale', locale, espec.locales)}")
        propio = espec.pais_de_locale(locale)
        if propio is not None and propio.codigo in espec.textos_pais:
            return [propio.codigo]
        return [None]
    con_texto = [c for c in espec.paises if c in espec.textos_pais]
    return con_texto or [None]


def locale_de_pais(espec: Especificacion, pais: str | None, locale: str | None) -> str | None:
    """El locale de los ejemplos: el de ``--locale`` o, si se pide un país, el suyo."""
    from generador.errores import ErrorCobro, valor_desconocido

    if pais is None:
        return locale
    if pais not in espec.paises:
        raise ErrorCobro(f"--pais: {valor_desconocido('el país', pais, espec.paises)}")
    propio = espec.paises[pais].locale
    if locale is not None and locale != propio:
        raise ErrorCobro(f"--locale {locale} no es el de {espec.paises[pais].nombre} ({propio}); "
                         "quita --locale o usa el del país")
    return propio


def generar(espec: Especificacion, salida: Path | str, filtros: Filtros | None = None,
            locale: str | None = None, forzar: bool = False, pais: str | None = None) -> Generacion:
    """Compone y escribe plantillas canónicas, ejemplos rellenos y ``catalogo.json``.

    Sin ``pais`` ni ``locale``, genera todos los países que tienen texto propio; cada
    plantilla lleva ``pais`` en su id (``mx-turismo-...``), en su carpeta
    (``plantillas/mx/turismo/``) y en su front matter (el linter aplica entonces las reglas de
    su ley), y su ejemplo relleno usa el locale, la moneda, el lugar y los datos del país."""
    paises = paises_a_generar(espec, pais, locale)
    preparados = []
    for codigo in paises:  # valida país y locale de todos antes de tocar la salida
        propio = locale_de_pais(espec, codigo, locale if len(paises) == 1 else None)
        relleno = Relleno(espec, propio)
        preparados.append((codigo, relleno, componer(espec, filtros, codigo)))
    composicion = Composicion()
    for _, _, parcial in preparados:
        composicion.plantillas += parcial.plantillas
        composicion.excluidas += parcial.excluidas
    if not composicion.plantillas:
        from generador.sin_coincidencias import error_sin_plantillas

        raise error_sin_plantillas(filtros, preparados[0][2].excluidas)
    unico = len(preparados) == 1
    # miles de archivos pequeños: los crean unos hilos mientras se componen los siguientes
    with CarpetaSalida(salida, forzar=forzar, protegidas=[espec.raiz], hilos=None,
                       arbol=espec.raiz, orden="cobro generar") as carpeta:
        resultado = Generacion(carpeta.ruta, composicion,
                               locale=preparados[0][1].locale if unico else "",
                               pais=paises[0] if unico else None,
                               paises=[c for c in paises if c is not None])
        entradas = []
        excluidas = []
        for codigo, relleno, parcial in preparados:
            for p in parcial.plantillas:
                p.pais = codigo
                ejemplo = relleno.ejemplo(p)  # con el id de la composición (el de su caché)
                datos = relleno.datos(p)
                p.id = id_con_pais(codigo, p.id)
                resultado.ejemplos[p.id] = ejemplo
                carpeta.escribir(ruta_plantilla(p),
                                 archivo_plantilla.unir(p.metadatos(), p.cuerpo))
                carpeta.escribir(ruta_ejemplo(p), texto_ejemplo(ejemplo, p))
                peor = espec.canales[p.canal].peor_caso if p.canal in espec.canales else {}
                entradas.append(entrada_manifiesto(p, ejemplo, datos, peor))
            excluidas += [{**vars(e), **({"pais": codigo} if codigo else {})}
                          for e in parcial.excluidas]
        # los nombres propios salen de los valores de ejemplo (el texto fijo ya pasa el linter
        # en las plantillas): cada palabra con mayúscula distinta una vez, no miles de
        # ejemplos enteros (las demás no serían nombres propios)
        valores = sorted({palabra for _, relleno, _ in preparados
                          for datos in relleno.todos_los_datos() for v in datos.values()
                          for palabra in _MAYUSCULA.findall(v)})
        propios = vocabulario_ejemplos([Mensaje(cuerpo="\n".join(valores))])
        if propios:
            carpeta.escribir("ejemplos/cobro.toml", toml_vocabulario(propios))
        manifiesto = {
            "version": VERSION_MANIFIESTO,
            "generador": f"cobro {__version__}",
            "locale": resultado.locale or None,
            "pais": resultado.pais,
            "paises": {c: r.locale for c, r, _ in preparados if c is not None},
            "total": len(entradas),
            "plantillas": entradas,
            "excluidas": excluidas,
        }
        resultado.manifiesto = carpeta.escribir("catalogo.json", json_indentado(manifiesto))
    return resultado


def json_indentado(datos: dict) -> bytes:
    """``json.dumps(datos, ensure_ascii=False, indent=2)`` y un salto de línea, en UTF-8.

    Con sangría, ``json`` usa su codificador en Python puro: el manifiesto de todo el
    catálogo (9 MB) costaba 0,15 s. orjson (en C, mantenido) da los mismos bytes con
    ``OPT_INDENT_2`` para lo que lleva el manifiesto (textos, enteros, listas, mapas con
    claves de texto, None); lo comprueba tests/generacion/test_manifiesto_json.py. Solo los
    números decimales se escribirían distinto (1e-05 frente a 0.00001) y el manifiesto no
    lleva ninguno; lo que orjson no sabe codificar vuelve a ``json``."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson es una dependencia
        orjson = None
    if orjson is not None:
        try:
            return orjson.dumps(datos, option=orjson.OPT_INDENT_2) + b"\n"
        except (TypeError, orjson.JSONEncodeError):
            pass
    return (json.dumps(datos, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
