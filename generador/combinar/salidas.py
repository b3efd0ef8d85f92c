"""Las salidas de ``cobro combinar``, escritas en flujo (una fila cada vez).

Siempre: ``mensajes.jsonl`` (una línea por fila combinada) y ``no_combinadas.jsonl`` (una
por fila con error u omitida, con su motivo). Según ``--formato``, además: ``mensajes.csv``,
``eml/fila-N.eml`` (filas de email) o ``twilio.csv`` (filas de SMS, columnas ``To,Body``).
"""

from __future__ import annotations

import csv
import json
from contextlib import ExitStack
from typing import IO

from generador.combinar.fila import ResultadoFila
from generador.escribir import CarpetaSalida

FORMATOS = ("jsonl", "eml", "csv", "twilio")
#: Primeros caracteres con los que una hoja de cálculo interpreta una celda como fórmula.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def celda_segura(texto: str | None) -> str:
    """Una celda que Excel, LibreOffice o Google Sheets no ejecutan como fórmula (OWASP:
    CSV injection): se antepone un apóstrofo si empieza por ``= + - @``, tabulador o
    retorno."""
    texto = texto or ""
    return "'" + texto if texto.startswith(_FORMULA) else texto


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
            self._csv = csv.writer(self._pila.enter_context(carpeta.en_flujo("mensajes.csv")))
            self._csv.writerow(["fila", "referencia", "plantilla", "canal", "tipo", "etapa",
                                "asunto", "cuerpo", "errores", "avisos"])
        elif formato == "twilio":
            self._csv = csv.writer(self._pila.enter_context(carpeta.en_flujo("twilio.csv")))
            self._csv.writerow(["To", "Body", "fila", "referencia"])
        self.emls = 0

    def __enter__(self) -> Escritor:
        return self

    def __exit__(self, *exc) -> None:
        self._pila.__exit__(*exc)

    def escribir(self, r: ResultadoFila) -> None:
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
            self._csv.writerow([celda_segura(r.destinatario), celda_segura(r.cuerpo), r.fila,
                                celda_segura(r.referencia)])
        elif self.formato == "eml" and r.canal == "email":
            self.carpeta.escribir(f"eml/fila-{r.fila:07d}.eml", _eml(r))
            self.emls += 1


def _eml(r: ResultadoFila) -> bytes:
    import email.policy
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import make_msgid

    m = EmailMessage(policy=email.policy.SMTP)
    m["Subject"] = (r.asunto or "").replace("\n", " ")
    destinatario = r.destinatario or "cliente@ejemplo.invalid"
    try:
        m["To"] = Address(addr_spec=destinatario)
    except (ValueError, IndexError):
        m["To"] = Address(addr_spec="cliente@ejemplo.invalid")
    m["Message-ID"] = make_msgid(idstring=f"fila-{r.fila}", domain="cobro.invalid")
    m["Content-Language"] = "es"
    m["X-Cobro-Plantilla"] = r.plantilla or ""
    m["X-Cobro-Referencia"] = r.referencia.replace("\n", " ")
    m.set_content((r.cuerpo or "") + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    return m.as_bytes()
