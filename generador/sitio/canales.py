"""Vistas previas de los canales whatsapp y llamada en la página de una plantilla.

WhatsApp: una burbuja de chat con cabecera, cuerpo, pie y los botones debajo, como los ve el
cliente. Llamada: el guion legible, con lo que se dice destacado, las notas para quien llama,
las ramas desplegables y la lista de lo que nunca se dice con su fuente. Las dos salen de
``Plantilla.estructura`` (la misma que va a catalogo.json) rellena con los datos de ejemplo;
cada texto lleva su versión canónica en ``data-cobro-texto`` para que ``cobro.js`` la vuelva a
rellenar con «Tus datos».
"""

from __future__ import annotations

from generador.concordancia import plural
from generador.rellenar import Relleno, rellenar_texto
from generador.sitio.texto import html


def _relleno(cat, p) -> tuple[dict[str, str], str]:
    return Relleno(cat.espec, cat.locale).datos(p), p.id


def _texto(canonico: str, datos: dict[str, str], donde: str, etiqueta: str = "span",
           clase: str = "") -> str:
    """Un texto relleno con su versión canónica al lado (para «Tus datos»)."""
    lleno = rellenar_texto(canonico, datos, donde)
    atributo_clase = f' class="{clase}"' if clase else ""
    return (f'<{etiqueta}{atributo_clase} data-cobro-texto="{html(canonico)}">'
            f"{html(lleno)}</{etiqueta}>")


def vista_whatsapp(ficha, cat) -> str:
    p = ficha.plantilla
    e = p.estructura or {"cuerpo": p.cuerpo, "botones": []}
    datos, donde = _relleno(cat, p)
    partes = ['<figure class="cobro-movil cobro-whatsapp" data-cobro-vista="whatsapp">'
              '<div class="cobro-movil-pantalla cobro-whatsapp-pantalla">'
              '<div class="cobro-whatsapp-burbuja">']
    if e.get("cabecera"):
        partes.append(_texto(e["cabecera"], datos, donde, "p", "cobro-whatsapp-cabecera"))
    partes.append(_texto(e["cuerpo"], datos, donde, "p", "cobro-whatsapp-cuerpo"))
    if e.get("pie"):
        partes.append(_texto(e["pie"], datos, donde, "p", "cobro-whatsapp-pie"))
    partes.append("</div>")
    if e.get("botones"):
        partes.append('<ul class="cobro-whatsapp-botones" aria-label="Botones">')
        for b in e["botones"]:
            partes.append(f'<li data-tipo="{html(b["tipo"])}">{html(b["texto"])}</li>')
        partes.append("</ul>")
    largo = len(e["cuerpo"])
    partes.append(
        "</div><figcaption>Plantilla de WhatsApp Business, categoría "
        f"{html(e.get('categoria', 'UTILITY'))}: cuerpo de "
        f"{plural(largo, 'carácter', 'caracteres')} (máximo 1.024), "
        "sin variables al principio ni al final ni dos seguidas. Los botones son respuestas "
        "rápidas: tu herramienta recibe el texto del botón pulsado.</figcaption></figure>\n")
    return "".join(partes)


def vista_llamada(ficha, cat) -> str:
    p = ficha.plantilla
    e = p.estructura
    if e is None:
        return f'<pre class="cobro-guion-texto">{html(ficha.ejemplo.cuerpo)}</pre>\n'
    datos, donde = _relleno(cat, p)

    def seccion(s: dict, numero: str, etiqueta: str = "section") -> str:
        trozos = [f'<{etiqueta} class="cobro-guion-seccion" data-clave="{html(s["clave"])}">']
        titulo = f"{numero} {html(s['titulo'])}"
        if etiqueta == "details":
            trozos.append(f"<summary>{titulo}</summary>")
        else:
            trozos.append(f'<p class="cobro-guion-titulo"><strong>{titulo}</strong></p>')
        trozos.append(_texto(s["decir"], datos, donde, "blockquote", "cobro-guion-decir"))
        if s.get("nota"):
            trozos.append(f'<p class="cobro-guion-nota"><em>Nota:</em> {html(s["nota"])}</p>')
        if s.get("registrar"):
            trozos.append('<p class="cobro-guion-nota"><em>Anotar:</em> '
                          + html(", ".join(s["registrar"])) + "</p>")
        trozos.append(f"</{etiqueta}>")
        return "".join(trozos)

    saludo, motivo, despedida = e["secciones"]
    partes = ['<figure class="cobro-guion" data-cobro-vista="llamada">',
              seccion(saludo, "1."), seccion(motivo, "2."),
              '<p class="cobro-guion-titulo"><strong>3. Según la respuesta</strong></p>']
    partes += [seccion(r, f"3.{i}.", "details") for i, r in enumerate(e["ramas"], 1)]
    partes.append(seccion(despedida, "4."))
    nunca = e["nunca"]
    partes.append(f'<div class="cobro-guion-nunca"><p><strong>{html(nunca["titulo"])}</strong></p><ul>')
    for x in nunca["lista"]:
        fuente = x["fuente"] or nunca["sin_fuente"]
        partes.append(f'<li data-clave="{html(x["clave"])}">{html(x["texto"])} '
                      f'<small>({html(fuente)})</small></li>')
    partes.append("</ul></div><figcaption>Guion de llamada con sus ramas: despliega cada una. "
                  "Lo que se dice al cliente va en las citas; las notas son para quien llama."
                  "</figcaption>"
                  "</figure>\n")
    return "".join(partes)
