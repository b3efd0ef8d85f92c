"""Lo que hace de la página de una plantilla una ficha de galería: conmutadores (tú/usted,
canal, audiencia y país), etapa anterior y siguiente, vistas previas (email en su marco,
SMS en un móvil, carta en un A4), botones de copiar y los datos para «Tus datos».

Los datos para el navegador van en un ``<script type="application/json">`` con ``<``,
``>`` y ``&`` como escapes JSON: ningún texto puede cerrar el bloque.
"""

from __future__ import annotations

import json

from generador.concordancia import plural
from generador.modelo import CANALES
from generador.sitio.galeria import AUDIENCIA_CORTA, REGISTRO, etapas_en_orden, nombre_pais, pais, paises
from generador.sitio.texto import html

# Campos del formulario «Tus datos»: (clave, etiqueta, variable que rellena, tipo de campo).
CAMPOS = (
    ("empresa", "Empresa", "empresa", "text"),
    ("remitente", "Remitente (quien firma)", "remitente", "text"),
    ("cargo", "Cargo", "cargo", "text"),
    ("telefono", "Teléfono", "telefono_contacto", "tel"),
    ("email", "Email", "email_contacto", "email"),
    ("enlace_pago", "Enlace de pago", "enlace_pago", "url"),
    ("cuenta", "IBAN / CLABE / CBU", "cuenta_pago", "text"),
    # el membrete de la carta: sin ellos, una carta «con tus datos» llevaba tu empresa con
    # la identificación fiscal y la dirección de la empresa de ejemplo
    ("id_fiscal", "Identificación fiscal (NIF, RFC, NIT, RUT...)", "id_fiscal", "text"),
    ("direccion", "Dirección de la empresa", "direccion_empresa", "text"),
    ("lugar", "Localidad (la de la fecha de la carta)", "lugar", "text"),
)


def _clave(p, **cambios) -> tuple:
    datos = {"sector": p.sector, "audiencia": p.audiencia, "tipo": p.tipo, "canal": p.canal,
             "registro": p.registro, "pais": pais(p)}
    datos.update(cambios)
    return tuple(datos[k] for k in ("sector", "audiencia", "tipo", "canal", "registro", "pais"))


class Vecinas:
    """Índice de fichas por sus dimensiones, para enlazar versiones hermanas."""

    def __init__(self, cat) -> None:
        self.cat = cat
        self.por_clave = {_clave(f.plantilla): f for f in cat.fichas}
        self.etapas = [e.nombre for e in etapas_en_orden(cat)]
        self.paises = paises(cat)

    def buscar(self, p, **cambios):
        return self.por_clave.get(_clave(p, **cambios))

    def motivo_excluida(self, p, pais_otro: str) -> str | None:
        """Por qué no hay versión de ``p`` en ``pais_otro`` (su exclusión), si la hay."""
        excluidas = getattr(self.cat, "excluidas_pais", {}).get(pais_otro, [])
        clave = (p.sector, p.audiencia, p.tipo, p.canal, p.registro)
        return next((e[5] for e in excluidas if tuple(e[:5]) == clave), None)

    def etapa_vecina(self, p, paso: int):
        """La plantilla de la etapa anterior (``-1``) o siguiente (``+1``) con el mismo
        sector, audiencia y registro (mejor si también el canal)."""
        i = self.etapas.index(p.etapa) + paso
        while 0 <= i < len(self.etapas):
            tipos = [t.nombre for t in self.cat.espec.tipos.values() if t.etapa == self.etapas[i]]
            for canal in (p.canal, *[c for c in CANALES if c != p.canal]):
                for tipo in tipos:
                    f = self.buscar(p, tipo=tipo, canal=canal)
                    if f is not None:
                        return f
            i += paso
        return None


def _grupo(titulo: str, opciones: list[tuple[str, object, bool]], desde: str, en,
           motivos: dict[str, str] | None = None) -> str:
    """Un grupo de conmutadores: la opción actual marcada; las que no existen, apagadas
    (con su motivo, si lo hay, en ``motivos[etiqueta]``)."""
    motivos = motivos or {}
    partes = [f'<div class="cobro-conmutador" role="group" aria-label="{html(titulo)}">'
              f'<span class="cobro-conmutador-titulo">{html(titulo)}</span>']
    for etiqueta, ficha, actual in opciones:
        if actual:
            partes.append(f'<span class="cobro-opcion" aria-current="page">{html(etiqueta)}</span>')
        elif ficha is None:
            partes.append(f'<span class="cobro-opcion cobro-opcion-no" '
                          f'title="{html(motivos.get(etiqueta) or "No existe esta versión")}">'
                          f'{html(etiqueta)}</span>')
        else:
            partes.append(f'<a class="cobro-opcion" href="{html(en.de(desde, ficha.src_uri))}" '
                          f'data-cobro-conmutar>{html(etiqueta)}</a>')
    partes.append("</div>")
    return "".join(partes)


def conmutadores(ficha, vecinas: Vecinas, en) -> str:
    p, cat, src = ficha.plantilla, vecinas.cat, ficha.src_uri
    grupos = [
        _grupo("Registro", [(REGISTRO[r], vecinas.buscar(p, registro=r), r == p.registro)
                            for r in ("tu", "usted")], src, en),
        _grupo("Canal", [(cat.espec.canales[c].titulo,
                          vecinas.buscar(p, canal=c)
                          or vecinas.buscar(p, canal=c, registro=_otro(p.registro)),
                          c == p.canal) for c in CANALES if c in cat.espec.canales], src, en),
        _grupo("Audiencia", [(AUDIENCIA_CORTA[a], vecinas.buscar(p, audiencia=a), a == p.audiencia)
                             for a in ("b2c", "b2b")], src, en),
    ]
    notas = ""
    if vecinas.paises:
        opciones = [(nombre_pais(cat, c), vecinas.buscar(p, pais=c), c == pais(p))
                    for c in vecinas.paises]
        motivos = {nombre_pais(cat, c): m for c in vecinas.paises
                   if vecinas.buscar(p, pais=c) is None and (m := vecinas.motivo_excluida(p, c))}
        grupos.append(_grupo("País", opciones, src, en, motivos))
        faltan = [nombre for nombre, f, actual in opciones if f is None and not actual]
        if faltan:
            notas = '<ul class="cobro-nota cobro-sin-version">' + "".join(
                f"<li>Sin versión para {html(nombre)}: "
                f"{html(motivos.get(nombre) or 'esta combinación no se publica en ese país')}</li>"
                for nombre in faltan) + "</ul>\n"
    anterior, siguiente = vecinas.etapa_vecina(p, -1), vecinas.etapa_vecina(p, +1)
    pasos = ['<nav class="cobro-pasos" aria-label="Etapas de la escalera">']
    for f, clase, rotulo in ((anterior, "anterior", "Etapa anterior"),
                             (siguiente, "siguiente", "Etapa siguiente")):
        if f is None:
            pasos.append(f'<span class="cobro-paso cobro-paso-{clase} cobro-opcion-no">'
                         f'{rotulo}: ninguna</span>')
            continue
        etapa = cat.espec.etapas[f.plantilla.etapa]
        pasos.append(f'<a class="cobro-paso cobro-paso-{clase}" href="{html(en.de(src, f.src_uri))}" '
                     f'rel="{"prev" if clase == "anterior" else "next"}">'
                     f'<span class="cobro-paso-rotulo">{rotulo}</span> '
                     f'{html(etapa.titulo)}: {html(cat.espec.tipos[f.plantilla.tipo].titulo)}</a>')
    pasos.append("</nav>")
    return ('<div class="cobro-variantes">' + "".join(grupos) + "</div>\n" + notas + "".join(pasos) + "\n")


def _otro(registro: str) -> str:
    return "usted" if registro == "tu" else "tu"


def _marcadores(variables) -> dict[str, str]:
    return {n: "{{ " + n + " }}" for n in variables}


def datos_navegador(ficha, vecinas: Vecinas) -> dict:
    """Lo que necesita ``cobro.js`` para volver a rellenar la ficha con «Tus datos»."""
    from generador.exportar import carta, html_email

    p, cat = ficha.plantilla, vecinas.cat
    ejemplo = cat.relleno(p.pais).datos(p)
    variables = list(dict.fromkeys([*p.variables, *(c[2] for c in CAMPOS)]))
    datos = {
        "id": p.id, "canal": p.canal, "titulo": p.titulo, "asunto": p.asunto, "cuerpo": p.cuerpo,
        "ejemplo": {n: ejemplo[n] for n in variables if n in ejemplo},
    }
    tabla = getattr(cat.espec, "paises", None) or {}
    if tabla:  # los países del modelo (mensajes/paises/)
        datos["paises"] = [[c, nombre_pais(cat, c)] for c in tabla]
        datos["pais"] = pais(p) or next(
            (c for c, x in tabla.items() if getattr(x, "locale", None) == cat.locale), next(iter(tabla)))
    else:
        datos["paises"] = [[c.split("_")[-1].lower(), loc.pais] for c, loc in cat.espec.locales.items()]
        datos["pais"] = cat.locale.split("_")[-1].lower()
    if p.canal == "email":
        datos["html"] = html_email.documento(p.asunto, p.cuerpo, html_email.literal_html,
                                             lambda n: "{{ " + n + " }}")
    elif p.canal == "carta":
        datos["carta"] = carta.documento(p, _marcadores(p.variables), p.titulo,
                                         carta.papel(p, cat.espec, cat.locale))
    return datos


def bloque_json(datos: dict, identificador: str) -> str:
    texto = json.dumps(datos, ensure_ascii=False, separators=(",", ":"))
    texto = texto.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{identificador}">{texto}</script>\n'


def _boton(accion: str, texto: str) -> str:
    return (f'<button type="button" class="md-button cobro-copiar" data-cobro-copiar="{accion}">'
            f"{html(texto)}</button>")


def vista_previa(ficha, cat) -> str:
    """La vista previa del ejemplo relleno en su canal (la completa ``cobro.js``)."""
    p, e = ficha.plantilla, ficha.ejemplo
    partes = ["\n## Vista previa\n\n"]
    if p.canal == "email":
        datos = cat.espec.variables
        de = datos["empresa"].ejemplo if "empresa" in datos else ""
        partes.append(
            '<figure class="cobro-correo" data-cobro-vista="email">'
            '<div class="cobro-correo-cabecera">'
            f'<p><span>De:</span> <span data-cobro-campo="de">{html(de)}</span></p>'
            f'<p><span>Asunto:</span> <strong data-cobro-campo="asunto">{html(e.asunto or "")}</strong></p>'
            '</div><iframe class="cobro-correo-marco" title="Vista previa del email (parte HTML)" '
            'sandbox="" loading="lazy" data-cobro-marco="html"></iframe>'
            '<figcaption>La parte HTML del email, como la verá el cliente.</figcaption></figure>\n')
    elif p.canal == "sms":
        partes.append(
            '<figure class="cobro-movil" data-cobro-vista="sms"><div class="cobro-movil-pantalla">'
            f'<p class="cobro-burbuja" data-cobro-campo="sms">{html(e.cuerpo)}</p></div>'
            '<figcaption class="cobro-sms-coste" data-cobro-sms aria-live="polite">'
            f'{html(texto_sms(ficha))}</figcaption></figure>\n')
    elif p.canal in ("whatsapp", "llamada"):  # vistas propias: generador/sitio/canales.py
        from generador.sitio import canales

        partes.append(canales.vista_whatsapp(ficha, cat) if p.canal == "whatsapp"
                      else canales.vista_llamada(ficha, cat))
    else:
        from generador.exportar import carta

        papel = carta.papel(p, cat.espec, cat.locale)
        hoja, clase = (("papel tamaño carta (US Letter)", " cobro-papel-carta")
                       if papel == "carta" else ("una hoja A4", ""))
        partes.append(
            f'<figure class="cobro-a4" data-cobro-vista="carta"><div class="cobro-a4-hoja{clase}">'
            f'<iframe class="cobro-a4-marco" title="Vista previa de la carta en {hoja}" sandbox="" '
            'loading="lazy" data-cobro-marco="carta"></iframe></div>'
            f'<figcaption>La carta en {hoja}; descárgala en HTML (con tus datos) para '
            'imprimirla o guardarla como PDF desde el navegador.'
            '<span data-cobro-pdf></span></figcaption></figure>\n')
    partes.append('<p class="cobro-botones">' + _boton("ejemplo", "Copiar el ejemplo") + "</p>\n")
    return "".join(partes)


def _segmentos(n: int) -> str:
    return plural(n, "segmento", "segmentos")


def texto_sms(ficha) -> str:
    """Codificación, caracteres y segmentos del ejemplo, y el peor caso (todo en UCS-2)."""
    from generador import sms

    a = ficha.sms
    if a is None:
        return ""
    peor = sms._segmentos_ucs2(ficha.ejemplo.cuerpo)[1]
    texto = f"{a.codificacion} · {plural(a.caracteres, 'carácter', 'caracteres')} · {_segmentos(a.segmentos)}"
    if a.codificacion != sms.UCS2:
        texto += (f". Peor caso: si un dato trae un carácter fuera de GSM-7 (p. ej. «á»), "
                  f"UCS-2 y {_segmentos(peor)}")
    return texto + "."


def botones_texto(ficha) -> str:
    botones = []
    if ficha.plantilla.asunto is not None:
        botones += [_boton("asunto", "Copiar asunto"), _boton("cuerpo", "Copiar cuerpo"),
                    _boton("todo", "Copiar asunto y cuerpo")]
    else:
        botones.append(_boton("cuerpo", "Copiar el texto"))
    return '<p class="cobro-botones">' + "".join(botones) + "</p>\n"


def _tipo_campo(tipo: str) -> str:
    """El email va en un campo de texto con teclado de email y su patrón, no en
    ``type="email"``: con ese tipo, Chromium devuelve un dominio con eñes o tildes en
    punycode (``cobros@ñandu.es`` -> ``cobros@xn--andu-fqa.es``) y la carta lo imprimiría
    así; el .eml lo pasa a ASCII él mismo (``cobro.js``)."""
    if tipo == "email":
        return ('type="text" inputmode="email" spellcheck="false" data-tipo="email" '
                'pattern="[^@\\s]+@[^@\\s]+\\.[^@\\s.]+"')
    return f'type="{tipo}"'


def tus_datos() -> str:
    """El hueco del formulario «Tus datos» (lo monta ``cobro.js``: sin JS no sirve)."""
    campos = "".join(
        f'<label><span>{html(etiqueta)}</span><input {_tipo_campo(tipo)} name="{clave}" '
        f'autocomplete="off" data-variable="{variable}"></label>'
        for clave, etiqueta, variable, tipo in CAMPOS)
    return ('<details class="cobro-tus-datos" data-cobro-tus-datos><summary>Tus datos: rellena los '
            'ejemplos con los de tu empresa</summary>'
            '<form class="cobro-formulario" autocomplete="off">'
            f'{campos}<label><span>País</span><select name="pais" data-cobro-paises></select></label>'
            '<p class="cobro-nota">Se guardan solo en este navegador (localStorage): nada sale de tu '
            'equipo. Los ejemplos y las descargas «con tus datos» de esta página se rehacen al '
            'escribir.</p><button type="button" class="md-button" data-cobro-borrar>Borrar mis '
            'datos</button></form></details>\n')


def descargas_propias(ficha) -> str:
    p = ficha.plantilla
    botones = ['<button type="button" class="md-button" data-cobro-descargar="txt">Texto (.txt)</button>']
    if p.canal == "email":
        botones.append('<button type="button" class="md-button" data-cobro-descargar="eml">'
                       'Email (.eml)</button>')
    if p.canal == "carta":
        botones.append('<button type="button" class="md-button" data-cobro-descargar="carta">'
                       'Carta (.html)</button>')
    return ('<p class="cobro-botones cobro-descargas-propias"><strong>Con tus datos:</strong> '
            + "".join(botones) + "</p>\n")
