"""Twilio Content API (``POST /v1/Content``) para SMS y WhatsApp.

Variables numeradas ``{{1}}``, ``{{2}}``... por orden de aparición (una variable repetida
conserva su número), con un mapa a nuestros nombres y un valor de ejemplo para cada una.

WhatsApp no acepta una variable al principio o al final del cuerpo ni dos variables
seguidas. La versión para WhatsApp lo evita al construirla: antepone «Aviso: » si el texto
empieza por una variable, añade «. Gracias.» si termina en una, y separa con « · » dos
variables que solo separa un espacio. Después se comprueba (:func:`problemas_whatsapp`).

Las plantillas del canal whatsapp se exportan tal como se compusieron (ya cumplen esas
reglas): el cuerpo numerado y sus botones como ``twilio/quick-reply`` (respuestas rápidas) o
``twilio/call-to-action`` (enlace, teléfono); sin botones, ``twilio/text``. Cabecera y pie no
caben en esos tipos de contenido: van en ``meta`` con la categoría (UTILITY) para darlas de
alta en WhatsApp Manager, y el documento lo dice en ``avisos``.
"""

from __future__ import annotations

import re

from generador.errores import ErrorCobro
from generador.exportar.base import SEPARADOR, Archivo, Contexto, json_texto, recorrer, trocear
from generador.modelo import Plantilla

CANALES = ("sms", "whatsapp")
DESCRIPCION = "Twilio Content API (SMS y WhatsApp) con variables numeradas"
MAX_CUERPO = 1600
MAX_VARIABLES = 100

NUMERADA = re.compile(r"\{\{(\d+)\}\}")
_INICIO = re.compile(r"^\s*\{\{\d+\}\}")
_FINAL = re.compile(r"\{\{\d+\}\}\s*$")
_SEGUIDAS = re.compile(r"\{\{\d+\}\}\s*\{\{\d+\}\}")


def _literal(texto: str, anterior, siguiente) -> str:
    texto = texto.replace("{{", "{" + SEPARADOR + "{").replace("}}", "}" + SEPARADOR + "}")
    if siguiente is not None and texto.endswith("{"):
        texto += SEPARADOR
    if anterior is not None and texto.startswith("}"):
        texto = SEPARADOR + texto
    return texto


def numerar(canonico: str) -> tuple[str, dict[str, str]]:
    """Cuerpo con ``{{n}}`` y el mapa número -> nombre de variable."""
    numeros: dict[str, str] = {}
    partes = []
    trozos = trocear(canonico)
    for i, t in enumerate(trozos):
        if t.variable is None:
            anterior = trozos[i - 1] if i else None
            siguiente = trozos[i + 1] if i + 1 < len(trozos) else None
            partes.append(_literal(t.texto, anterior, siguiente))
            continue
        numero = numeros.setdefault(t.variable, str(len(numeros) + 1))
        partes.append("{{" + numero + "}}")
    return "".join(partes), {n: nombre for nombre, n in numeros.items()}


def para_whatsapp(canonico: str) -> str:
    """El texto canónico ajustado a las reglas de variables de WhatsApp."""
    trozos = trocear(canonico.strip())
    salida: list[str] = []
    for i, t in enumerate(trozos):
        anterior = trozos[i - 1] if i else None
        if t.variable is not None and anterior is not None and anterior.variable is not None:
            salida.append(" · ")
        elif (t.variable is None and not t.texto.strip() and anterior is not None
              and anterior.variable is not None and i + 1 < len(trozos)
              and trozos[i + 1].variable is not None):
            salida.append(" ·" + t.texto)
            continue
        salida.append(t.texto)
    if trozos and trozos[0].variable is not None:
        salida.insert(0, "Aviso: ")
    if trozos and trozos[-1].variable is not None:
        salida.append(". Gracias.")
    return "".join(salida)


def problemas_whatsapp(cuerpo: str, variables: dict[str, str]) -> list[str]:
    """Reglas de Twilio/WhatsApp que incumple un cuerpo numerado (vacío si ninguna)."""
    problemas = []
    if _INICIO.search(cuerpo):
        problemas.append("empieza por una variable")
    if _FINAL.search(cuerpo):
        problemas.append("termina en una variable")
    if _SEGUIDAS.search(cuerpo):
        problemas.append("tiene dos variables seguidas")
    problemas += _problemas_comunes(cuerpo, variables)
    return problemas


def _problemas_comunes(cuerpo: str, variables: dict[str, str]) -> list[str]:
    problemas = []
    if len(cuerpo) > MAX_CUERPO:
        problemas.append(f"supera los {MAX_CUERPO} caracteres")
    numeros = [int(n) for n in NUMERADA.findall(cuerpo)]
    if len(set(numeros)) > MAX_VARIABLES:
        problemas.append(f"tiene más de {MAX_VARIABLES} variables")
    if sorted(set(numeros)) != list(range(1, len(set(numeros)) + 1)):
        problemas.append("las variables no van numeradas de 1 en adelante sin huecos")
    if set(variables) != {str(n) for n in numeros}:
        problemas.append("el ejemplo de variables no coincide con las del cuerpo")
    if any(not v for v in variables.values()):
        problemas.append("hay una variable sin valor de ejemplo")
    return problemas


def contenido(nombre: str, cuerpo: str, muestra: dict[str, str], mapa: dict[str, str]) -> dict:
    return {
        "friendly_name": nombre,
        "language": "es",
        "variables": {n: muestra[variable] for n, variable in mapa.items()},
        "types": {"twilio/text": {"body": cuerpo}},
    }


def documento(p: Plantilla, ctx: Contexto) -> dict:
    muestra = ctx.muestra(p)
    nombre = p.id.replace("-", "_")
    cuerpo_sms, mapa_sms = numerar(p.cuerpo)
    cuerpo_wa, mapa_wa = numerar(para_whatsapp(p.cuerpo))
    sms = contenido(nombre, cuerpo_sms, muestra, mapa_sms)
    whatsapp = contenido(nombre + "_whatsapp", cuerpo_wa, muestra, mapa_wa)
    for canal, cont, reglas in (("SMS", sms, _problemas_comunes),
                                ("WhatsApp", whatsapp, problemas_whatsapp)):
        fallos = reglas(cont["types"]["twilio/text"]["body"], cont["variables"])
        if fallos:
            raise ErrorCobro(f"la plantilla {p.id} no cumple las reglas de Twilio para {canal}: "
                             + "; ".join(fallos))
    return {
        "plantilla": p.id,
        "sms": {"mapa_variables": mapa_sms, "contenido": sms},
        "whatsapp": {"mapa_variables": mapa_wa, "contenido": whatsapp},
    }


def documento_whatsapp(p: Plantilla, ctx: Contexto) -> dict:
    """Una plantilla del canal whatsapp como contenido de Twilio (variables numeradas)."""
    estructura = p.estructura or {"cuerpo": p.cuerpo, "botones": []}
    muestra = ctx.muestra(p)
    nombre = p.id.replace("-", "_")
    cuerpo, mapa = numerar(estructura["cuerpo"])
    botones = estructura.get("botones") or []
    respuestas = [b for b in botones if b["tipo"] == "respuesta"]
    acciones = [b for b in botones if b["tipo"] != "respuesta"]
    if respuestas and acciones:
        raise ErrorCobro(f"la plantilla {p.id} mezcla respuestas rápidas con botones de enlace o "
                         "teléfono: Twilio no tiene un tipo de contenido con los dos; déjala con "
                         "un solo tipo de botón en mensajes/tipos/")
    if respuestas:
        tipo = "twilio/quick-reply"
        contenido_tipo = {"body": cuerpo, "actions": [
            {"title": b["texto"], "id": f"{nombre}_{i}"} for i, b in enumerate(respuestas, 1)]}
    elif acciones:
        tipo = "twilio/call-to-action"
        contenido_tipo = {"body": cuerpo, "actions": [
            {"type": "URL" if b["tipo"] == "url" else "PHONE_NUMBER", "title": b["texto"],
             ("url" if b["tipo"] == "url" else "phone"): b.get("valor", "")} for b in acciones]}
    else:
        tipo = "twilio/text"
        contenido_tipo = {"body": cuerpo}
    contenido = {
        "friendly_name": nombre,
        "language": "es",
        "variables": {n: muestra[variable] for n, variable in mapa.items()},
        "types": {tipo: contenido_tipo},
    }
    fallos = problemas_whatsapp(cuerpo, contenido["variables"])
    if fallos:
        raise ErrorCobro(f"la plantilla {p.id} no cumple las reglas de Twilio para WhatsApp: "
                         + "; ".join(fallos))
    avisos = [f"{parte}: «{estructura[parte]}» no cabe en {tipo}; dala de alta en WhatsApp "
              "Manager" for parte in ("cabecera", "pie") if estructura.get(parte)]
    return {
        "plantilla": p.id,
        "whatsapp": {
            "mapa_variables": mapa,
            "contenido": contenido,
            "meta": {"categoria": estructura.get("categoria", "UTILITY"),
                     "cabecera": estructura.get("cabecera"), "pie": estructura.get("pie")},
            "avisos": avisos,
        },
    }


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    return [
        Archivo(f"{p.sector}/{p.id}.json",
                json_texto(documento_whatsapp(p, ctx) if p.canal == "whatsapp"
                           else documento(p, ctx)), (p.id,))
        for p in recorrer(plantillas, CANALES)
    ]
