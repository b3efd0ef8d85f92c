"""Las salidas de ``cobro combinar``, escritas en flujo (una fila cada vez).

Siempre: ``mensajes.jsonl`` (una línea por fila combinada) y ``no_combinadas.jsonl`` (una
por fila con error u omitida, con su motivo). Según ``--formato``, además: ``mensajes.csv``,
``eml/fila-N.eml`` (filas de email) o ``twilio.csv`` (filas de SMS y WhatsApp, columnas
``To,Body,ContentSid,ContentVariables``; el ``To`` de WhatsApp con el prefijo ``whatsapp:``
que pide Twilio; una fila de WhatsApp con ``content_sid`` sale como plantilla aprobada,
sin ``Body``). El ``Body`` va tal cual: es la carga de una API, no una celda de hoja de cálculo.
Con ``carta``, ``cartas/fila-N.html``: cada fila del canal carta como carta para imprimir.
"""

from __future__ import annotations

import csv
import json
import re
from contextlib import ExitStack
from typing import IO

from generador.combinar.fila import ResultadoFila
from generador.escribir import CarpetaSalida

FORMATOS = ("jsonl", "eml", "csv", "twilio", "carta")
#: Primeros caracteres con los que una hoja de cálculo interpreta una celda como fórmula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def celda_segura(texto: str | None) -> str:
    """Una celda que Excel, LibreOffice o Google Sheets no ejecutan como fórmula (OWASP:
    CSV injection): se antepone un apóstrofo si empieza por ``= + - @``, tabulador o
    retorno."""
    texto = texto or ""
    return "'" + texto if texto.startswith(_FORMULA) else texto


#: Un número de teléfono en formato internacional E.164, el que piden Twilio y WhatsApp.
_E164 = re.compile(r"\+[1-9]\d{6,14}")
#: Lo que se escribe a veces entre las cifras de un teléfono y no forma parte de él.
_SEPARADORES_TELEFONO = re.compile(r"[\s().\-]")


def telefono_e164(texto: str) -> str:
    """``+34 600 00 00 00`` o ``+1 (555) 010-0000`` -> ``+34600000000``; ``ValueError`` con el
    motivo en español si no es un número internacional (con ``+`` y el prefijo del país)."""
    limpio = _SEPARADORES_TELEFONO.sub("", texto)
    if not _E164.fullmatch(limpio):
        raise ValueError(f"telefono_cliente: '{texto[:40]}' no es un teléfono en formato "
                         "internacional (E.164, con + y el prefijo del país, p. ej. "
                         "+34600000000), que es el que necesita Twilio")
    return limpio


def direccion_email(texto: str) -> str:
    """La dirección tal cual si es una dirección de correo (RFC 5322); ``ValueError`` con el
    motivo en español si no."""
    from email.headerregistry import Address

    motivo = (f"email_cliente: '{texto[:60]}' no es una dirección de correo válida "
              "(p. ej. nombre@empresa.es)")
    if texto.count("@") != 1 or any(c.isspace() for c in texto):
        raise ValueError(motivo)
    try:
        direccion = Address(addr_spec=texto)
    except (ValueError, IndexError, TypeError):
        raise ValueError(motivo) from None
    if not direccion.username or "." not in direccion.domain:
        raise ValueError(motivo)
    return texto


def _linea_json(datos: dict) -> str:
    return json.dumps(datos, ensure_ascii=False, separators=(",", ":")) + "\n"


class Escritor:
    """Abre las salidas al empezar, escribe cada resultado y las publica al cerrar."""

    def __init__(self, carpeta: CarpetaSalida, formato: str) -> None:
        self.carpeta = carpeta
        self.formato = formato
        self._pila = ExitStack()
        self._mensajes: IO = self._pila.enter_context(carpeta.en_flujo("mensajes.jsonl"))
        self._problemas: IO = self._pila.enter_context(carpeta.en_flujo("no_combinadas.jsonl"))
        self._csv = None
        if formato == "csv":
            archivo = self._pila.enter_context(carpeta.en_flujo("mensajes.csv"))
            archivo.write("\ufeff")  # UTF-8 con BOM, como el CSV de exportar: Excel lee las tildes
            self._csv = csv.writer(archivo)
            self._csv.writerow(["fila", "referencia", "plantilla", "canal", "tipo", "etapa",
                                "asunto", "cuerpo", "errores", "avisos"])
        elif formato == "twilio":
            self._csv = csv.writer(self._pila.enter_context(carpeta.en_flujo("twilio.csv")))
            self._csv.writerow(["To", "Body", "ContentSid", "ContentVariables", "fila",
                                "referencia"])
        self.emls = 0

    def __enter__(self) -> Escritor:
        return self

    def __exit__(self, *exc) -> None:
        self._pila.__exit__(*exc)

    def escribir(self, r: ResultadoFila) -> None:
        """Escribe ``r`` donde corresponda. Con ``eml`` o ``twilio``, una fila cuyo
        destinatario no es una dirección o un teléfono válidos pasa a ser una fila con error
        (con el motivo), en vez de salir con un destinatario que no llegaría a nadie."""
        if r.combinada and r.destinatario and (
                (self.formato == "eml" and r.canal == "email")
                or (self.formato == "twilio" and r.canal in ("sms", "whatsapp"))):
            try:
                r.destinatario = (direccion_email(r.destinatario) if r.canal == "email"
                                  else telefono_e164(r.destinatario))
            except ValueError as exc:
                r.error = str(exc)
        eml = None
        if r.combinada and self.formato == "eml" and r.canal == "email":
            from generador.exportar.eml import CabeceraDemasiadoLarga

            try:
                eml = _eml(r)
            except CabeceraDemasiadoLarga as exc:  # un nombre de 1.200 letras sin espacios
                r.error = str(exc)
        if not r.combinada:
            self._problemas.write(_linea_json(r.como_problema()))
            return
        self._mensajes.write(_linea_json(r.como_dict()))
        if self.formato == "csv":
            severidades = [h["severidad"] for h in r.hallazgos]
            self._csv.writerow([r.fila, *(celda_segura(x) for x in (
                r.referencia, r.plantilla, r.canal, r.tipo, r.etapa, r.asunto, r.cuerpo)),
                severidades.count("error"), severidades.count("aviso")])
        elif self.formato == "twilio" and r.canal in ("sms", "whatsapp"):
            # el teléfono ya es E.164 (+ y cifras): no es una fórmula, y con un apóstrofo
            # delante Twilio no lo aceptaría. En WhatsApp, Twilio lo quiere como
            # «whatsapp:+E164»: sin el prefijo, el mensaje saldría como SMS.
            # Con plantilla aprobada (columna content_sid), ContentSid y ContentVariables y
            # sin Body: Twilio pide quitar Body al enviar una plantilla de contenido.
            destino = r.destinatario or ""
            if destino and r.canal == "whatsapp":
                destino = f"whatsapp:{destino}"
            # twilio.csv es la carga de la API de Twilio, no una hoja de cálculo: el Body va
            # tal cual (con el apóstrofo de celda_segura, el cliente lo leería en su SMS).
            sid, variables = r.contenido_twilio or ("", None)
            cuerpo = "" if sid else (r.texto_libre or r.cuerpo or "")
            variables_json = json.dumps(variables, ensure_ascii=False) if variables else ""
            self._csv.writerow([destino, cuerpo, sid, variables_json, r.fila,
                                celda_segura(r.referencia)])
        elif eml is not None:
            self.carpeta.escribir(f"eml/fila-{r.fila:07d}.eml", eml)
            self.emls += 1
        elif self.formato == "carta" and r.carta_html is not None:
            self.carpeta.escribir(f"cartas/fila-{r.fila:07d}.html", r.carta_html)


def _eml(r: ResultadoFila) -> bytes:
    from generador.exportar.eml import DESTINATARIO, como_bytes, nuevo

    empresa, email_contacto = r.remitente or ("", "")
    # sin columna email_cliente, un destinatario de ejemplo (.invalid no llega a nadie)
    # Ningún salto (\n ni \r) de una celda llega a una cabecera: ni la rompe ni inyecta otra.
    m = nuevo(_sin_saltos(r.asunto or ""), empresa=_sin_saltos(empresa),
              email_contacto=email_contacto, nombre_cliente=_sin_saltos(r.nombre_cliente or ""),
              destinatario=r.destinatario or DESTINATARIO, id_mensaje=f"fila-{r.fila}",
              plantilla=r.plantilla or "")
    m["X-Cobro-Referencia"] = _sin_saltos(r.referencia)
    m.set_content((r.cuerpo or "") + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    return como_bytes(m)


def _sin_saltos(texto: str) -> str:
    return " ".join(texto.split())
