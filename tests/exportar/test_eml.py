""".eml: ida y vuelta con el analizador de email de Python."""

from __future__ import annotations

import email
import email.policy

from .ayudas import (
    ETIQUETAS_PERMITIDAS,
    archivo_de,
    casos,
    etiquetas_html,
    exportado,
    texto_visible,
    visible_esperado,
)


def test_ida_y_vuelta(cualquier_espec, tmp_path):
    resultado = exportado(cualquier_espec, "eml", tmp_path / "salida")
    for p, datos, ejemplo in casos(cualquier_espec, "email"):
        crudo = archivo_de(resultado, p.id, ".eml").read_bytes()
        cabeceras = crudo.split(b"\r\n\r\n", 1)[0]
        cabeceras.decode("ascii")  # cabeceras codificadas (RFC 2047): solo ASCII
        assert b"\r\n" in crudo
        m = email.message_from_bytes(crudo, policy=email.policy.default)
        assert m["Subject"] == ejemplo.asunto
        assert m["To"].addresses[0].display_name == datos["nombre_cliente"]
        assert m["From"].addresses[0].display_name == datos["empresa"]
        assert m["Message-ID"] and m["Date"]
        assert m["Content-Language"] == "es"  # set_content() lo borraba
        assert m.get_content_type() == "multipart/alternative"
        partes = {parte.get_content_type(): parte for parte in m.iter_parts()}
        assert set(partes) == {"text/plain", "text/html"}
        assert list(partes) == ["text/plain", "text/html"]  # la preferida, al final
        assert partes["text/plain"].get_content_charset() == "utf-8"
        # en el cable las líneas terminan en CRLF (RFC 5322); el texto es el mismo
        assert partes["text/plain"].get_content().replace("\r\n", "\n") == ejemplo.cuerpo + "\n"
        html = partes["text/html"].get_content()
        assert texto_visible(html) == visible_esperado(ejemplo.cuerpo)
        assert set(etiquetas_html(html)) <= ETIQUETAS_PERMITIDAS
        assert '<html lang="es"' in html


def test_un_asunto_largo_con_tildes_no_pierde_espacios_al_plegarse():
    """Python 3.11, al plegar a 78 columnas una cabecera entre dos palabras codificadas,
    perdía el espacio entre ellas: «certificación n.º 7» llegaba como «certificaciónn.º 7»
    (el asunto real de cl-construccion-agradecimiento_pago-email-tu)."""
    from email.message import EmailMessage

    from generador.exportar.eml import como_bytes

    asuntos = ["Pago conciliado: factura AL-2026-0702, certificación n.º 7",
               "Requerimiento de pago de su póliza de hogar n.º POL-7730215 con vencimiento el 5 "
               "de diciembre: último aviso antes de la cesión a la agencia de cobranza"]
    for asunto in asuntos:
        m = EmailMessage(policy=email.policy.SMTP)
        m["Subject"] = asunto
        m.set_content("Línea de cuerpo con tildes: " + "áéíóú " * 40 + "\n", charset="utf-8",
                      cte="quoted-printable")
        crudo = como_bytes(m)
        leido = email.message_from_bytes(crudo, policy=email.policy.default)
        assert str(leido["Subject"]) == asunto
        cabeceras, cuerpo = crudo.split(b"\r\n\r\n", 1)
        cabeceras.decode("ascii")
        # solo cambian las cabeceras: el cuerpo, codificado al crearlo, es el mismo
        assert cuerpo == m.as_bytes().split(b"\r\n\r\n", 1)[1]
