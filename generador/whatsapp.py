"""El canal whatsapp: plantillas de mensaje de WhatsApp Business como datos y como texto.

Una plantilla de WhatsApp tiene componentes: cabecera de texto (opcional), cuerpo, pie
(opcional) y botones (respuesta rápida, enlace o teléfono). Meta la revisa antes de dejar
enviarla fuera de la ventana de 24 horas y rechaza, entre otras cosas (reglas leídas el
2026-11-30 en https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components,
la guía de Twilio https://www.twilio.com/docs/content/twilio-quick-reply y su error 63040):

- un cuerpo de más de 1.024 caracteres; cabecera o pie de más de 60, o con saltos de línea;
- un cuerpo que empieza o termina en una variable, o con dos variables seguidas (solo
  separadas por espacios o signos);
- demasiadas variables para lo que dice el texto (regla práctica: al menos 2 palabras fijas
  por variable, más una);
- más de 10 botones, más de 2 de enlace o más de 1 de teléfono; un texto de botón de más de
  25 caracteres; un enlace que no es ``https://`` con dirección fija (solo puede terminar en
  una variable).

:func:`problemas` aplica esas reglas a la estructura ya compuesta (el compositor las convierte
en un error con archivo y motivo) y :func:`texto` la escribe como cuerpo de la plantilla: los
botones van al final, tras una línea «Botones:», uno por línea («- Ya he pagado (respuesta
rápida)»).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from generador.cargar import MARCADOR as _VARIABLE  # el marcador canónico {{ nombre }}
from generador.concordancia import plural
from generador.numeros import cifra

CATEGORIA = "UTILITY"
#: Los límites por defecto (los de ``mensajes/canales.yml`` mandan).
LIMITES = {"cuerpo": 1024, "cabecera": 60, "pie": 60, "boton": 25, "botones": 10,
           "botones_url": 2, "botones_telefono": 1, "url": 2000}
ETIQUETA_BOTON = {"respuesta": "respuesta rápida", "url": "enlace", "telefono": "llamada"}
#: Un marcador canónico, con lo que lo rodea, para juzgar posiciones.
_SOLO_SEPARADOR = re.compile(r"^[\s.,;:·\-–—/|()]*$")
_PALABRA = re.compile(r"[^\W\d_]+")
_URL_FIJA = re.compile(r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/[^\s{}]*)?(?:\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})?$")
_TELEFONO_FIJO = re.compile(r"^\+?[0-9][0-9 ]{5,19}$")


def problemas_cuerpo(cuerpo: str, limites: dict[str, int] | None = None) -> list[str]:
    """Lo que Meta rechazaría del cuerpo de una plantilla (vacío si nada)."""
    limites = {**LIMITES, **(limites or {})}
    salida = []
    if len(cuerpo) > limites["cuerpo"]:
        salida.append(f"el cuerpo tiene {cifra(len(cuerpo))} caracteres y WhatsApp admite "
                      f"{cifra(limites['cuerpo'])}: acórtalo")
    variables = list(_VARIABLE.finditer(cuerpo))
    if variables and not cuerpo[:variables[0].start()].strip():
        salida.append(f"el cuerpo empieza por la variable {{{{ {variables[0].group(1)} }}}}: "
                      "WhatsApp lo rechaza; empieza con texto fijo (p. ej. «Hola, {{ nombre }}»)")
    if variables and _SOLO_SEPARADOR.match(cuerpo[variables[-1].end():]):
        salida.append(f"el cuerpo termina en la variable {{{{ {variables[-1].group(1)} }}}}: "
                      "WhatsApp lo rechaza; termina con texto fijo (p. ej. «Gracias.»)")
    for anterior, siguiente in itertools.pairwise(variables):
        if _SOLO_SEPARADOR.match(cuerpo[anterior.end():siguiente.start()]):
            salida.append(f"las variables {{{{ {anterior.group(1)} }}}} y "
                          f"{{{{ {siguiente.group(1)} }}}} van seguidas: WhatsApp lo rechaza; "
                          "pon palabras entre ellas")
    palabras = len(_PALABRA.findall(_VARIABLE.sub(" ", cuerpo)))
    if variables and palabras < 2 * len(variables) + 1:
        salida.append(f"{plural(len(variables), 'variable')} para "
                      f"{plural(palabras, 'palabra fija', 'palabras fijas')}: WhatsApp "
                      "rechaza plantillas con demasiadas variables para su longitud; "
                      f"hacen falta al menos {cifra(2 * len(variables) + 1)} palabras")
    return salida


def problemas(estructura: dict[str, Any], limites: dict[str, int] | None = None) -> list[str]:
    """Lo que Meta rechazaría de una plantilla de WhatsApp compuesta (vacío si nada)."""
    limites = {**LIMITES, **(limites or {})}
    salida = problemas_cuerpo(estructura["cuerpo"], limites)
    for parte in ("cabecera", "pie"):
        valor = estructura.get(parte)
        if not valor:
            continue
        if len(valor) > limites[parte]:
            salida.append(f"{'la' if parte == 'cabecera' else 'el'} {parte} tiene {len(valor)} "
                          f"caracteres y WhatsApp admite {limites[parte]}")
        if "\n" in valor:
            salida.append(f"{'la' if parte == 'cabecera' else 'el'} {parte} no puede tener "
                          "saltos de línea")
        if parte == "pie" and _VARIABLE.search(valor):
            salida.append("el pie no admite variables")
        if parte == "cabecera" and len(_VARIABLE.findall(valor)) > 1:
            salida.append("la cabecera admite como mucho una variable")
    botones = estructura.get("botones") or []
    if len(botones) > limites["botones"]:
        salida.append(f"{len(botones)} botones y WhatsApp admite {limites['botones']}")
    for tipo, clave in (("url", "botones_url"), ("telefono", "botones_telefono")):
        cuantos = sum(1 for b in botones if b["tipo"] == tipo)
        if cuantos > limites[clave]:
            salida.append(f"{cuantos} botones de tipo {tipo} y WhatsApp admite {limites[clave]}")
    tipos = [b["tipo"] == "respuesta" for b in botones]
    if tipos != sorted(tipos, reverse=True) and tipos != sorted(tipos):
        salida.append("los botones de respuesta rápida deben ir juntos, antes o después de "
                      "los de enlace y teléfono")
    for b in botones:
        if len(b["texto"]) > limites["boton"]:
            salida.append(f"el botón «{b['texto']}» tiene {len(b['texto'])} caracteres y "
                          f"WhatsApp admite {limites['boton']}")
        if _VARIABLE.search(b["texto"]):
            salida.append(f"el texto del botón «{b['texto']}» no admite variables")
        if b["tipo"] == "url" and (not _URL_FIJA.match(b.get("valor", ""))
                                   or len(b.get("valor", "")) > limites["url"]):
            salida.append(f"el enlace del botón «{b['texto']}» debe empezar por https:// con "
                          "una dirección fija y solo puede terminar en una variable "
                          f"(es «{b.get('valor', '')}»)")
        if b["tipo"] == "telefono" and not _TELEFONO_FIJO.match(b.get("valor", "")):
            salida.append(f"el botón «{b['texto']}» necesita un teléfono fijo con prefijo "
                          f"(+34 900 000 000); WhatsApp no admite variables en él "
                          f"(es «{b.get('valor', '')}»)")
    return salida


def _cabecera_cuerpo_pie(estructura: dict[str, Any]) -> list[str]:
    """Cabecera en negrita, cuerpo y pie en cursiva (formato de WhatsApp), los que haya."""
    partes = []
    if estructura.get("cabecera"):
        partes.append(f"*{estructura['cabecera']}*")
    partes.append(estructura["cuerpo"])
    if estructura.get("pie"):
        partes.append(f"_{estructura['pie']}_")
    return partes


def texto(estructura: dict[str, Any]) -> str:
    """La plantilla como texto plano: cabecera en negrita, cuerpo, pie en cursiva (formato
    de WhatsApp) y, tras «Botones:», un botón por línea."""
    partes = _cabecera_cuerpo_pie(estructura)
    if estructura.get("botones"):
        lineas = ["Botones:"]
        for b in estructura["botones"]:
            destino = f", {b['valor']}" if b.get("valor") else ""
            lineas.append(f"- {b['texto']} ({ETIQUETA_BOTON[b['tipo']]}{destino})")
        partes.append("\n".join(lineas))
    return "\n\n".join(partes)


def texto_libre(estructura: dict[str, Any]) -> str:
    """El mensaje para enviarlo como texto libre (``Body`` de Twilio, dentro de la ventana de
    24 horas): cabecera, cuerpo y pie como en :func:`texto`; los botones de enlace o teléfono
    pasan a una línea con su destino («Pagar ahora: https://...») y los de respuesta rápida
    se quedan fuera, porque solo existen en una plantilla aprobada (un «Botones:» en el texto
    lo leería el cliente tal cual)."""
    partes = _cabecera_cuerpo_pie(estructura)
    enlaces = [f"{b['texto']}: {b['valor']}" for b in estructura.get("botones") or ()
               if b["tipo"] != "respuesta" and b.get("valor")]
    if enlaces:
        partes.append("\n".join(enlaces))
    return "\n\n".join(partes)
