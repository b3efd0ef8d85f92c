"""Un mensaje RFC 5322 (.eml) por plantilla de email, relleno con los datos de ejemplo.

``multipart/alternative`` con la parte de texto (siempre) y la HTML, en UTF-8; las
cabeceras con caracteres no ASCII se codifican (RFC 2047) y los nombres en las direcciones
se citan. Se abre en cualquier cliente de correo para ver el ejemplo tal como llegaría.
"""

from __future__ import annotations

from generador.errores import ErrorCobro
from generador.exportar import html_email
from generador.exportar.base import Archivo, Contexto, recorrer, ruta_por_plantilla
from generador.modelo import Plantilla

CANALES = ("email",)
DESCRIPCION = "Mensaje .eml (RFC 5322, texto + HTML) relleno con datos de ejemplo"
DESTINATARIO = "cliente@ejemplo.invalid"
REMITENTE = "cobros@ejemplo.invalid"


def mensaje(p: Plantilla, ctx: Contexto) -> bytes:
    datos = ctx.datos(p)
    relleno = ctx.ejemplo(p)
    m = nuevo(relleno.asunto or "", empresa=datos.get("empresa", "cobro"),
              email_contacto=datos.get("email_contacto"),
              nombre_cliente=datos.get("nombre_cliente", ""), destinatario=DESTINATARIO,
              id_mensaje=p.id, plantilla=p.id)
    m.set_content(relleno.cuerpo + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_alternative(html_email.relleno(p.asunto, p.cuerpo, datos), subtype="html",
                      charset="utf-8", cte="quoted-printable")
    return como_bytes(m)


def nuevo(asunto: str, *, empresa: str, email_contacto: str | None, nombre_cliente: str,
          destinatario: str, id_mensaje: str, plantilla: str):
    """Un ``EmailMessage`` con las cabeceras de cobro, aún sin cuerpo: el mismo para
    ``cobro exportar`` (datos de ejemplo) y ``cobro combinar`` (una fila de facturas). Un
    ``email_contacto`` que no es una dirección deja la de ejemplo (:data:`REMITENTE`)."""
    import email.policy
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    m = EmailMessage(policy=email.policy.SMTP)
    m["Subject"] = asunto
    m["From"] = Address(empresa, addr_spec=_direccion(email_contacto, REMITENTE))
    m["To"] = Address(nombre_cliente, addr_spec=destinatario)
    m["Date"] = format_datetime(_fecha())
    m["Message-ID"] = make_msgid(idstring=id_mensaje, domain="cobro.invalid")
    m["X-Cobro-Plantilla"] = plantilla
    return m


def como_bytes(m) -> bytes:
    """El mensaje en bytes sin plegar las cabeceras a 78 columnas (sí a 998, el máximo de
    RFC 5322). El módulo email de Python 3.11, al plegar una cabecera entre dos palabras
    codificadas (RFC 2047), pierde el espacio que las separa: «certificación n.º 7» llegaba
    como «certificaciónn.º 7». El cuerpo ya va codificado (quoted-printable a 76 columnas)
    desde ``set_content``: esto solo cambia las cabeceras."""
    import email.policy

    # aquí y no en nuevo(): set_content() borra las cabeceras Content-* que hubiera
    if "Content-Language" not in m:
        m["Content-Language"] = "es"
    datos = m.as_bytes(policy=email.policy.SMTP.clone(max_line_length=998))
    _comprobar_cabeceras(datos)
    return datos


#: Lo más que puede medir una línea de un mensaje sin contar CRLF (RFC 5322, §2.1.1).
MAX_LINEA = 998
#: De dónde sale cada cabecera que cobro rellena, para decir qué acortar.
_ORIGEN = {"to": "nombre_cliente o email_cliente", "from": "empresa o email_contacto",
           "subject": "los valores que van en el asunto", "x-cobro-referencia": "referencia"}


class CabeceraDemasiadoLarga(ErrorCobro, ValueError):
    """Una cabecera que ni plegada cabe en líneas de 998 caracteres: el .eml no se escribe."""


def _comprobar_cabeceras(datos: bytes) -> None:
    """Ninguna línea de las cabeceras pasa de :data:`MAX_LINEA` octetos. El módulo email
    pliega entre palabras; una palabra sin espacios más larga (un nombre de 1.200 letras)
    no se puede plegar y daría un .eml que los servidores rechazan o cortan: mejor un error
    que diga qué valor acortar."""
    cabeceras = datos.split(b"\r\n\r\n", 1)[0]
    nombre = ""
    for linea in cabeceras.split(b"\r\n"):
        if linea[:1] not in (b" ", b"\t"):
            nombre = linea.split(b":", 1)[0].decode("ascii", "replace")
        if len(linea) > MAX_LINEA:
            from generador.numeros import cifra

            origen = _ORIGEN.get(nombre.lower(), "sus valores")
            raise CabeceraDemasiadoLarga(
                f"la cabecera {nombre} del .eml tendría una línea de "
                f"{cifra(len(linea))} caracteres sin un espacio donde "
                f"partirla, y un correo admite {MAX_LINEA} (RFC 5322, §2.1.1); acorta "
                f"{origen}")


def _direccion(valor: str | None, defecto: str) -> str:
    from email.headerregistry import Address

    if not valor or valor.count("@") != 1:
        return defecto
    try:
        Address(addr_spec=valor)
    except (ValueError, IndexError, TypeError):
        return defecto
    return valor


def _fecha():
    import datetime as dt

    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def generar(plantillas: list[Plantilla], ctx: Contexto) -> list[Archivo]:
    return [
        Archivo(ruta_por_plantilla(p, "eml"), mensaje(p, ctx), (p.id,))
        for p in recorrer(plantillas, CANALES)
    ]
