"""Lectores de entrada: plantillas con front matter, .txt, .md, .html, .eml y stdin.

``expandir`` convierte los argumentos (archivos, carpetas recursivas, globs, ``-``) en
rutas; ``leer`` convierte una ruta en un :class:`Documento`. Los problemas de entrada
(binario, no UTF-8, demasiado grande, front matter roto) son :class:`ErrorEntrada` con
un mensaje en español que dice qué hacer.
"""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

import regex

from generador.errores import describir_so, enlace_roto
from generador.lint.documento import Documento
from generador.lint.etiquetas_html import ANGULARES, es_hueco

#: Tamaño máximo de un mensaje. Un recordatorio de cobro ocupa unos pocos KB; 1 MB son
#: unas 150.000 palabras. El tope mantiene cada archivo en un par de segundos como mucho
#: (benchmarks/bench_robustez.py).
LIMITE_BYTES = 1024 * 1024
EXTENSIONES = {
    ".txt", ".md", ".markdown", ".html", ".htm", ".eml", ".plantilla", ".tpl",
    ".j2", ".jinja", ".liquid", ".hbs", ".mustache",
}
_CARPETAS_IGNORADAS = {".git", "node_modules", "__pycache__", ".venv", "venv", ".tox", "site"}
STDIN = "-"
#: Bloques multipart admitidos en un .eml (un correo de cobro tiene dos o tres).
LIMITE_PARTES_EML = 50


class ErrorEntrada(Exception):
    """Un archivo que no se puede revisar; ``linea`` si se sabe dónde está el problema."""

    def __init__(self, ruta: str, mensaje: str, linea: int = 0) -> None:
        super().__init__(mensaje)
        self.ruta = ruta
        self.mensaje = mensaje
        self.linea = linea


def expandir(argumentos: list[str]) -> tuple[list[str], list[ErrorEntrada]]:
    """Rutas a revisar, en orden y sin repetir, y las que no existen."""
    rutas: list[str] = []
    errores: list[ErrorEntrada] = []
    for argumento in argumentos:
        if argumento == STDIN:
            rutas.append(STDIN)
            continue
        if not argumento.strip():
            errores.append(ErrorEntrada(
                repr(argumento), "ruta vacía; indica un archivo, una carpeta, un glob o '-' "
                "(para revisar la carpeta actual, escribe '.')"))
            continue
        ruta = Path(argumento)
        try:
            es_carpeta, existe = ruta.is_dir(), ruta.exists()
        except OSError as exc:
            errores.append(ErrorEntrada(_recortar(argumento), f"no se puede abrir: {describir_so(exc)}"))
            continue
        if es_carpeta:
            rutas.extend(_recorrer(ruta))
        elif existe:
            rutas.append(argumento)
        elif any(c in argumento for c in "*?["):
            encontrados = sorted(
                p for p in glob.glob(argumento, recursive=True) if Path(p).is_file()
            )
            if not encontrados:
                errores.append(ErrorEntrada(argumento, "ningún archivo coincide con este patrón"))
            rutas.extend(encontrados)
        else:
            errores.append(ErrorEntrada(argumento, enlace_roto(argumento)
                                        or "no existe ese archivo ni carpeta"))
    return list(dict.fromkeys(rutas)), errores


def _recortar(ruta: str, maximo: int = 120) -> str:
    """Una ruta larguísima, recortada para un mensaje."""
    return ruta if len(ruta) <= maximo else f"{ruta[:maximo]}… ({len(ruta)} caracteres)"


def _recorrer(carpeta: Path) -> list[str]:
    """Los archivos revisables de ``carpeta``, en el orden de ``os.walk`` (los de cada
    carpeta por nombre, y luego sus subcarpetas por nombre; sin seguir enlaces a carpetas
    ni entrar en las ignoradas u ocultas). Con ``os.scandir``: el tipo de cada entrada
    viene con el listado, sin un ``stat`` por archivo (1.000 mensajes, 1.000 llamadas)."""
    encontrados: list[str] = []
    _recorrer_en(os.fspath(carpeta), encontrados)
    return encontrados


def _recorrer_en(raiz: str, encontrados: list[str]) -> None:
    try:
        with os.scandir(raiz) as listado:
            entradas = list(listado)
    except OSError:
        return  # como os.walk: una carpeta que no se puede leer se salta
    carpetas, archivos = [], []
    for entrada in entradas:
        try:
            es_carpeta = entrada.is_dir()
        except OSError:
            es_carpeta = False
        (carpetas if es_carpeta else archivos).append(entrada)
    for entrada in sorted(archivos, key=_nombre):
        # Solo archivos normales: una tubería con nombre dentro de la carpeta dejaría
        # la revisión esperando para siempre a que alguien escriba en ella.
        if _extension(entrada.name).lower() in EXTENSIONES and _es_archivo(entrada):
            encontrados.append(os.path.join(raiz, entrada.name))
    for entrada in sorted(carpetas, key=_nombre):
        nombre = entrada.name
        if nombre in _CARPETAS_IGNORADAS or nombre.startswith(".") or _es_enlace(entrada):
            continue
        _recorrer_en(os.path.join(raiz, nombre), encontrados)


def _nombre(entrada: os.DirEntry) -> str:
    return entrada.name


def _es_archivo(entrada: os.DirEntry) -> bool:
    try:
        return entrada.is_file()  # sigue los enlaces, como os.path.isfile
    except OSError:
        return False


def _es_enlace(entrada: os.DirEntry) -> bool:
    try:
        return entrada.is_symlink()
    except OSError:
        return False


def _extension(nombre: str) -> str:
    """``Path(nombre).suffix`` de un nombre de archivo, sin construir un ``Path`` (con
    miles de archivos en una carpeta, era un tercio de lo que tardaba recorrerla)."""
    i = nombre.rfind(".")
    return nombre[i:] if 0 < i < len(nombre) - 1 else ""


def leer_bytes(ruta: str) -> bytes:
    """Lee un archivo (o stdin) sin pasar de :data:`LIMITE_BYTES`."""
    if ruta == STDIN:
        datos = sys.stdin.buffer.read(LIMITE_BYTES + 1)
        if len(datos) > LIMITE_BYTES:
            raise ErrorEntrada(ruta, _demasiado_grande(None))
        return datos
    try:
        tamano = os.path.getsize(ruta)
        if tamano > LIMITE_BYTES:
            raise ErrorEntrada(ruta, _demasiado_grande(tamano))
        with open(ruta, "rb") as archivo:
            # Se pide lo que mide (y un byte más): pedir de entrada LIMITE_BYTES + 1 reserva
            # 1 MB por archivo y cuadruplicaba el coste de leer un mensaje corto. Si trae más
            # (ha crecido, o su tamaño no se sabe, como en /proc), se sigue hasta el tope.
            datos = archivo.read(tamano + 1)
            if len(datos) > tamano:
                datos += archivo.read(LIMITE_BYTES + 1 - len(datos))
            return datos
    except IsADirectoryError:
        raise ErrorEntrada(ruta, "es una carpeta; pásala sin extensión o con un glob") from None
    except PermissionError:
        raise ErrorEntrada(ruta, "no hay permiso para leerlo") from None
    except OSError as exc:
        raise ErrorEntrada(_recortar(ruta), f"no se puede leer ({describir_so(exc)})") from None


def _demasiado_grande(tamano: int | None) -> str:
    limite = LIMITE_BYTES // (1024 * 1024)
    pesa = f"pesa {tamano / (1024 * 1024):.1f} MB".replace(".", ",") if tamano else "supera el límite"
    return (
        f"{pesa} y cobro lint revisa mensajes de hasta {limite} MB; "
        "no parece un mensaje: exclúyelo o divídelo en mensajes"
    )


def decodificar(ruta: str, datos: bytes) -> str:
    """Texto de ``datos`` (UTF-8, o UTF-16/32 con su BOM) o un error que dice qué hacer.

    Un byte NUL en cualquier posición es un archivo binario."""
    from generador.decodificar import ErrorDecodificacion
    from generador.decodificar import decodificar as _decodificar

    try:
        return _decodificar(datos)
    except ErrorDecodificacion as exc:
        if exc.mensaje.startswith("es un archivo binario"):
            raise ErrorEntrada(
                ruta,
                "es un archivo binario, no texto; cobro lint revisa texto UTF-8, Markdown, "
                "HTML, .eml o plantillas",
            ) from None
        raise ErrorEntrada(ruta, exc.mensaje, exc.linea) from None


def leer(ruta: str) -> Documento:
    """Lee ``ruta`` (o stdin con ``-``) y devuelve el documento revisable."""
    nombre = "<stdin>" if ruta == STDIN else ruta
    datos = leer_bytes(ruta)
    # lo mismo que Path(ruta).suffix (misma regla), sin construir un Path por archivo
    extension = _extension(os.path.basename(ruta)).lower() if ruta != STDIN else ""
    if extension == ".eml" or (ruta == STDIN and _parece_eml(datos)):
        return _leer_eml(nombre, datos)
    fuente = decodificar(nombre, datos)
    return desde_fuente(nombre, fuente, extension)


def desde_fuente(nombre: str, fuente: str, extension: str = "") -> Documento:
    """El documento revisable de un texto ya decodificado (un editor, ``--corregir``)."""
    documento = Documento(ruta=nombre, fuente=fuente)
    inicio_cuerpo = 0
    if fuente.startswith("---") and fuente[3:4] in ("\n", "\r"):
        inicio_cuerpo = _leer_front_matter(documento)
    es_html = extension in (".html", ".htm") or (
        not extension and _PARECE_HTML.match(fuente, inicio_cuerpo) is not None
    )
    if es_html:
        documento.formato = "html" if not documento.metadatos else "plantilla"
        documento.canal_implicito = "email"
        _agregar_html(documento, inicio_cuerpo, len(fuente))
    else:
        documento.formato = "plantilla" if documento.metadatos else (extension.lstrip(".") or "texto")
        documento.agregar(fuente[inicio_cuerpo:], inicio_cuerpo)
    if documento.asunto is None:
        documento.asunto = asunto_en_texto(documento.texto, documento.inicio_cuerpo)
    return documento


_PARECE_HTML = regex.compile(r"\s*<(?:!doctype|html|head|body|div|p|table)\b", regex.IGNORECASE)
_LINEA_ASUNTO = regex.compile(r"^[ \t]*(?:asunto|subject)[ \t]*:[ \t]*(\S.*)$",
                              regex.IGNORECASE | regex.MULTILINE)


def asunto_en_texto(texto: str, desde: int) -> str | None:
    """El asunto de una primera línea «Asunto: ...» (o «Subject: ...»), si la hay."""
    segmento = texto[desde:desde + 2000]
    inicio = desde + len(segmento) - len(segmento.lstrip())
    fin = texto.find("\n", inicio)
    linea = texto[inicio:fin if fin >= 0 else len(texto)]
    if ":" not in linea:
        return None
    m = _LINEA_ASUNTO.match(linea)
    return m.group(1).strip() if m else None


#: Claves del front matter que dicen quién envía el mensaje (como la cabecera From de un correo).
_CLAVES_REMITENTE = ("remitente", "de", "from")


def _agregar_remitente(documento: Documento, remitente: str, cabecera: str, banderas: int = 0,
                       limite: int | None = None) -> None:
    """Quien envía, de la cabecera From de un correo o del front matter (``remitente:``,
    ``de:``), como una línea «De: ...» al principio del texto revisable: el elemento
    ``remitente`` lo da por presente aunque el cuerpo no firme. Va delante del asunto y del
    cuerpo, con su posición en la cabecera."""
    if not remitente:
        return
    fuente = documento.fuente if limite is None else documento.fuente[:limite]
    m = regex.search(cabecera, fuente, regex.MULTILINE | banderas)
    posicion = m.end() if m else 0
    exacto = m is not None and "\n" not in remitente and fuente.startswith(remitente, posicion)
    documento.agregar("De: ", posicion, exacto=False)
    inicio = len(documento.texto)
    documento.agregar(remitente, posicion, exacto)
    documento.tramo_remitente = (inicio, len(documento.texto))
    documento.agregar("\n\n", posicion, exacto=False)
    documento.inicio_cuerpo = len(documento.texto)


def _leer_front_matter(documento: Documento) -> int:
    """Lee el front matter; añade el asunto al texto y devuelve dónde empieza el cuerpo."""
    fuente = documento.fuente
    metadatos, inicio_cuerpo = _front_matter_rapido(documento)
    documento.metadatos = metadatos
    for clave in _CLAVES_REMITENTE:
        valor = metadatos.get(clave)
        if isinstance(valor, str) and valor.strip():
            _agregar_remitente(documento, valor.strip(), rf"^{clave}[ \t]*:[ \t]*",
                               limite=inicio_cuerpo)
            break
    asunto = metadatos.get("asunto")
    if isinstance(asunto, str) and asunto.strip():
        documento.asunto = asunto
        m = regex.search(r"^asunto[ \t]*:[ \t]*", fuente[:inicio_cuerpo], regex.MULTILINE)
        if m is not None:
            fin_linea = fuente.find("\n", m.end())
            linea = fuente[m.end(): fin_linea if fin_linea >= 0 else None]
            posicion = linea.find(asunto)
            exacto = posicion >= 0 and "\n" not in asunto
            documento.agregar(asunto, m.end() + max(posicion, 0), exacto)
        else:
            documento.agregar(asunto, 0, exacto=False)
        documento.agregar("\n\n", inicio_cuerpo, exacto=False)
        documento.inicio_cuerpo = len(documento.texto)
    return inicio_cuerpo


_DELIMITADOR = regex.compile(r"^---[ \t]*\r?$", regex.MULTILINE)


def _front_matter_rapido(documento: Documento) -> tuple[dict, int]:
    """Front matter con el lector YAML común (profundidad acotada, tipos comprobados,
    claves repetidas como error); sin cierre o sin mapa, ``separar`` da el error."""
    from generador.archivo_plantilla import simple
    from generador.yaml_lineas import cargar_texto

    fuente = documento.fuente
    cierre = _DELIMITADOR.search(fuente, fuente.find("\n") + 1)
    if cierre is not None:
        bloque = fuente[fuente.find("\n") + 1:cierre.start()]
        datos, problemas = cargar_texto(bloque, documento.ruta) if bloque.strip() else ({}, [])
        if problemas:
            p = problemas[0]
            raise ErrorEntrada(documento.ruta,
                               p.mensaje.replace("YAML no válido", "front matter no válido", 1),
                               p.linea + 1 if p.linea else 1)
        if datos is None:
            datos = {}
        if isinstance(datos, dict):
            fin = fuente.find("\n", cierre.end() - 1)
            return simple(datos), (len(fuente) if fin < 0 else fin + 1)
    from generador.archivo_plantilla import FrontMatterInvalido, separar

    try:
        plantilla = separar(fuente)
    except FrontMatterInvalido as exc:
        raise ErrorEntrada(documento.ruta, str(exc), exc.linea) from None
    return plantilla.metadatos, len(fuente) - len(plantilla.cuerpo)


_FICHA_HTML = regex.compile(
    r"<!--.*?-->|<![a-zA-Z][^>]*>|<(script|style|head)\b.*?</\1\s*>"
    # una etiqueta; sus atributos pueden llevar «>» entre comillas o dentro de un bloque PHP
    # (<a href="<?php echo $url; ?>">): la etiqueta no acaba ahí
    r"|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^>\"'<]|\"[^\"]*\"|'[^']*'|<\?.*?\?>|<)*>"
    r"|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
    regex.DOTALL | regex.IGNORECASE,
)
_HUECO = regex.compile(ANGULARES)
_ALT = regex.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)')""", regex.IGNORECASE)
_BLOQUES = {
    "p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "ul", "ol", "section", "article", "header", "footer", "blockquote", "hr", "title",
}


def _agregar_html(documento: Documento, inicio: int, fin: int, base: int | None = None) -> None:
    """Añade el texto visible de ``fuente[inicio:fin]``: sin etiquetas, con entidades."""
    import html  # solo con HTML: un lint de mensajes de texto no lo importa al arrancar

    fuente = documento.fuente
    anterior = inicio
    for m in _FICHA_HTML.finditer(fuente, inicio, fin):
        documento.agregar(fuente[anterior:m.start()], anterior)
        ficha = m.group()
        if m.group(3) and not m.group(2) and _HUECO.fullmatch(ficha) and es_hueco(ficha[1:-1]):
            documento.agregar(ficha, m.start())  # <nombre de tu negocio>: un hueco, no HTML
        elif ficha.startswith("&"):
            documento.agregar(html.unescape(ficha), m.start(), exacto=False)
        elif m.group(3) and m.group(3).lower() in _BLOQUES:
            documento.agregar("\n", m.start(), exacto=False)
        elif m.group(3) and m.group(3).lower() == "img" and (alt := _texto_alt(ficha)):
            # el texto alternativo (el nombre del logotipo) es lo que se lee si el correo no
            # carga las imágenes: cuenta como texto visible, en su propia línea
            documento.agregar(f"\n{alt}\n", m.start(), exacto=False)
        elif ficha.startswith("<!") or m.group(1):  # comentario, <!DOCTYPE html>, script
            documento.agregar(" ", m.start(), exacto=False)
        anterior = m.end()
    documento.agregar(fuente[anterior:fin], anterior)


def _texto_alt(etiqueta: str) -> str:
    """El texto alternativo de una etiqueta ``<img>`` (sin entidades), o ``""``."""
    import html

    m = _ALT.search(etiqueta)
    return html.unescape(m.group(1) or m.group(2) or "").strip() if m else ""


def _parece_eml(datos: bytes) -> bool:
    cabecera = datos[:2000].lower()
    return cabecera.startswith((b"from:", b"mime-version:", b"subject:", b"return-path:",
                                b"received:", b"date:", b"to:")) and b"\nsubject:" in b"\n" + cabecera


def _leer_eml(nombre: str, datos: bytes) -> Documento:
    """Un correo .eml: asunto de la cabecera y las partes text/plain y text/html."""
    from email import policy
    from email.parser import BytesParser

    if b"\x00" in datos:
        decodificar(nombre, datos)  # lanza el error de binario
    partes_mime = datos.lower().count(b"boundary=")
    if partes_mime > LIMITE_PARTES_EML:
        raise ErrorEntrada(
            nombre,
            f"tiene {partes_mime} bloques multipart (el límite es {LIMITE_PARTES_EML}); un correo "
            "de cobro tiene dos o tres: guarda solo el mensaje (texto y HTML) y revísalo",
        )
    fuente = datos.decode("utf-8", errors="replace")
    try:
        mensaje = BytesParser(policy=policy.default).parsebytes(datos)
        partes_texto = list(mensaje.walk())
        asunto = str(mensaje.get("subject") or "").strip()
        remitente = str(mensaje.get("from") or "").strip()
    except RecursionError:  # pragma: no cover - el límite de partes lo evita
        raise ErrorEntrada(nombre, "el correo está demasiado anidado para leerlo") from None
    documento = Documento(ruta=nombre, fuente=fuente, formato="eml", canal_implicito="email")
    _agregar_remitente(documento, remitente, r"^from:[ \t]*", regex.IGNORECASE)
    if asunto:
        documento.asunto = asunto
        m = regex.search(r"^subject:[ \t]*", fuente, regex.MULTILINE | regex.IGNORECASE)
        posicion = m.end() if m else 0
        exacto = m is not None and fuente.startswith(asunto, posicion)
        documento.agregar(asunto, posicion, exacto)
        documento.agregar("\n\n", posicion, exacto=False)
        documento.inicio_cuerpo = len(documento.texto)
    cursor = 0
    partes = 0
    for parte in partes_texto:
        if parte.is_multipart() or parte.get_content_maintype() != "text":
            continue
        if parte.get_content_disposition() == "attachment":
            continue
        subtipo = parte.get_content_subtype()
        if subtipo not in ("plain", "html"):
            continue
        try:
            contenido = parte.get_content()
        except (LookupError, UnicodeDecodeError, AssertionError):
            contenido = (parte.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
        contenido = contenido.replace("\r\n", "\n")
        posicion = fuente.replace("\r\n", "\n").find(contenido.strip()[:200], cursor) \
            if contenido.strip() else -1
        exacto = posicion >= 0 and "\r\n" not in fuente
        if posicion < 0:
            posicion = _inicio_cuerpo_parte(fuente, cursor)
        else:
            cursor = posicion
        if partes:
            documento.agregar("\n\n", posicion, exacto=False)
        partes += 1
        if subtipo == "html":
            _agregar_html_suelto(documento, contenido, posicion, exacto)
        else:
            documento.agregar(contenido.strip("\n") if not exacto else contenido.strip(), posicion, exacto)
    return documento


def _inicio_cuerpo_parte(fuente: str, desde: int) -> int:
    """Dónde empieza el cuerpo tras las cabeceras, con saltos LF o CRLF (el de RFC 5322)."""
    huecos = [(i, len(sep)) for sep in ("\r\n\r\n", "\n\n") if (i := fuente.find(sep, desde)) >= 0]
    if not huecos:
        return desde
    i, largo = min(huecos)
    return i + largo


def _agregar_html_suelto(documento: Documento, contenido: str, posicion: int, exacto: bool) -> None:
    """HTML decodificado de un .eml: mismo tratamiento, con su propia fuente."""
    auxiliar = Documento(ruta=documento.ruta, fuente=contenido)
    _agregar_html(auxiliar, 0, len(contenido))
    for tramo in auxiliar.tramos:
        trozo = auxiliar.texto[tramo.t_ini:tramo.t_fin]
        documento.agregar(trozo, posicion + tramo.f_ini, exacto and tramo.exacto)
