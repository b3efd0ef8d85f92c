"""Marcadores de sustitución en todas las sintaxis que circulan por ahí.

Reconoce ``{{ x }}``, ``{{{x}}}``, ``{% ... %}``, ``{x}``, ``[Importe]``, ``*|IMPORTE|*``,
``%(amount_due)s``, ``${object.amount}``, ``$balance``, ``{{1}}``, ``«Importe»`` y
los huecos con equis (``n°XXXX``, ``XX/XX/XXXX``). Cada marcador se asocia, por su nombre,
al elemento obligatorio que cumple (importe, fecha_vencimiento, ...). El motor tapa los
marcadores con espacios antes de aplicar las reglas de redacción, de modo que nunca se
señala nada de su interior.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from generador.lint.etiquetas_html import ANGULARES, es_hueco
from generador.lint.normalizar import plegar

if TYPE_CHECKING:
    from generador.modelo import Especificacion


@dataclass(frozen=True)
class Marcador:
    """Un marcador hallado en el texto: tramo [inicio, fin), nombre y elemento que cumple."""

    inicio: int
    fin: int
    nombre: str
    elemento: str | None
    sintaxis: str


# Orden: las sintaxis más largas primero para que ``{{{x}}}`` no se lea como ``{{x}}``.
_SINTAXIS = [
    ("blade_crudo", r"\{!!\s*(?P<n>[^{}\n]{1,120}?)\s*!!\}"),
    ("exclamaciones", r"!!(?P<n>[a-z][a-z0-9_]{1,40})!!"),
    # %amount%, %nombre_cliente% de las plataformas de envío de SMS
    ("porcentajes", r"(?<![\w%])%(?P<n>[A-Za-z_][A-Za-z0-9_.]{1,40})%(?![\w%])"),
    ("guiones_bajos", r"(?<!\w)__(?P<n>[A-Z][A-Z0-9_]{0,60}?)__(?!\w)"),
    ("mustache_triple", r"\{\{\{\s*(?P<n>[^{}\n]{1,80}?)\s*\}\}\}"),
    ("jinja_bloque", r"\{%-?\s*(?P<n>[^%\n]{0,200}?)\s*-?%\}"),
    # ERB y EJS (Rails, Node): <%= @cliente.nombre %>, <%- total %>
    ("erb", r"<%[=-]\s*(?P<n>[^%\n]{1,120}?)\s*-?%>"),
    ("erb_bloque", r"<%(?![=-])\s*(?P<n>[^%\n]{0,200}?)\s*-?%>"),
    ("mustache", r"\{\{-?\s*(?P<n>[^{}\n]{1,120}?)\s*-?\}\}"),
    ("mailchimp", r"\*\|(?P<n>[A-Za-z0-9_:]{1,60})\|\*"),
    ("python_nombrado", r"%\((?P<n>[A-Za-z_][A-Za-z0-9_.]{0,60})\)[-#0 +]*\d*(?:\.\d+)?[sdfiexgr]"),
    # ${x}; también con un nivel de llaves dentro (${total.toLocaleString('es', { ... })})
    ("dolar_llaves", r"\$\{(?P<n>[A-Za-z_](?:[^{}\n]|\{[^{}\n]{0,80}\}){0,160}?)\}"),
    # ${ x } partido en varias líneas por el formateador de código (``${\n\t\tpoliza.numero\n}``)
    ("dolar_llaves_lineas", r"\$\{\s*\n\s*(?P<n>[A-Za-z_][\w.]{0,80})\s*\n\s*\}"),
    ("dolar", r"(?<![\w$])\$(?P<n>[A-Za-z_][A-Za-z0-9_]{1,60}(?:->[A-Za-z_]\w{0,40}){0,3})"),
    # pegado a la palabra anterior ("pendiente{monto}") también es un marcador
    ("llaves", r"(?<!\{)\{\$?(?P<n>[A-Za-z_][A-Za-z0-9_.]{0,60})(?::[^{}\n:]{1,12})?\}(?!\})"),
    # posicionales de MessageFormat, .NET o Python: {0}, {1,number,#.##}, {2:.2f}, {} (sin
    # nombre: su sentido lo da la etiqueta de antes, como el de {{4}})
    ("llaves_numero", r"\{(?<![{$\w]\{)(?P<n>\d{1,2})(?:,[^{}\n]{1,30})?(?::[^{}\n]{1,12})?\}(?!\})"),
    ("llaves_vacias", r"\{(?<![{$\w]\{)(?P<n>)\}(?!\})"),
    # una expresión entre llaves de JSX o de una f-string: {formatCurrency(cuota.monto)},
    # {CONFIG.get('phone_contact', '')}, {context['debt_amount']}, {dias === 1 ? 'día' : 'días'}
    ("llaves_expresion", r"(?<![{$])\{(?P<n>[A-Za-z_][\w.]{0,60}(?:\?\.[\w.]+)*\s*"
                         r"(?:\([^{}\n]{0,120}\)|\[[^{}\[\]\n]{1,60}\]|[=!<>]=?=?[^{}\n]{1,120}|"
                         r"\?[^{}\n]{1,120})"
                         r"[^{}\n]{0,80}?)\}(?!\})"),
    # #nombre# de los generadores de cartas de despachos (Tels:#telefono#, NO. CUENTA:#cuenta#)
    # y con dos a cada lado (##EMPRESA##, ##NOMBRE##)
    ("almohadillas_dobles", r"(?<![\w#])##(?P<n>[A-Za-z_][A-Za-z0-9_]{1,40})##(?![\w#])"),
    ("almohadillas", r"(?<![\w#])#(?P<n>[A-Za-z_][A-Za-z0-9_]{1,40})#(?![\w#])"),
    # printf: %s, %d, %1$s (sin nombre: su sentido lo da la etiqueta de antes)
    ("printf", r"(?<![\w%])%(?P<n>\d\$)?[sdif](?![\w])"),
    ("laravel", r"(?<![^\s(\[\"'¿¡])(?<!\w:):(?P<n>[a-z][a-z0-9]*(?:_[a-z0-9]+)*)(?![\w:])"),
    ("corchetes", r"\[(?P<n>[^\[\]\n(){}<>]{1,40}?)\](?![(:\[])"),
    # <nombre de tu negocio>, <IMPORTE>: el hueco de un modelo de mensaje entre ángulos
    ("angulares", ANGULARES.replace("(?:", "(?P<n>", 1)),
    ("comillas_word", r"«(?P<n>[A-Za-z_][A-Za-z0-9_]{0,40})»"),
    ("equis_numero", r"(?i:\bn\s?[°º.]{1,2}|\bnúm\.?|\bnúmero|#)\s?(?P<n>X{3,}|0{4,})\b"),
    ("equis_fecha", r"\b(?P<n>(?:XX|DD)[/.-](?:XX|MM)[/.-](?:XXXX|AAAA|XX|AA))\b"),
    ("equis_telefono", r"(?<![\w-])(?P<n>\+?(?:\(?[Xx]{2,4}\)?[\s.-]){1,3}[Xx]{3,4})(?![\w-])"),
    ("equis_correo", r"(?<![\w.])(?P<n>[Xx]{3,}@[Xx]{3,}(?:\.[a-z]{2,4})+)"),
    ("equis", r"\b(?P<n>(?:X{3,}|x{4,})(?:[.,](?:X{2,}|x{2,}))*)\b"),
    # una máscara de asteriscos tras su etiqueta («Solicitud: *****»); no las negritas de WhatsApp
    ("asteriscos", r"(?P<n>\*(?<=[:#][ \t]*\*)\*{3,})(?![\w*])"),
    # huecos de un modelo de carta para rellenar a mano: «S/………», «Acto número: _____»;
    # no una línea de separación (solo rayas) ni unos puntos suspensivos en la prosa
    ("hueco", r"(?<=[^\s_….][^\n]{0,80}?)(?P<n>…{3,}[….]*|_{4,})"),
]
_PATRON = regex.compile(
    "|".join(f"(?P<{nombre}>{patron})".replace("(?P<n>", f"(?P<n_{nombre}>")
             for nombre, patron in _SINTAXIS)
)

# Palabras (plegadas) de un nombre de variable -> elemento. Se comprueban en este orden.
_PALABRAS_ELEMENTO: list[tuple[str, frozenset[str]]] = [
    ("opciones_pago", frozenset({
        "enlace", "link", "url", "iban", "clabe", "cbu", "cvu", "bizum", "paypal", "stripe",
        "pasarela", "checkout", "metodo", "metodos", "forma", "formas", "medio", "medios",
        "banco", "bancaria", "bancario", "swift", "bic", "spei", "oxxo", "pse", "nequi",
        "yape", "plin", "payment", "pago_url", "paylink", "cuenta_bancaria",
    })),
    ("contacto", frozenset({
        "telefono", "tel", "phone", "movil", "celular", "whatsapp", "email", "correo",
        "mail", "contacto", "contact", "soporte", "support", "atencion", "address", "phones",
        "telefonos", "emails", "correos",
        "direccion", "domicilio", "oficina", "office", "sucursal",
    })),
    ("fecha_vencimiento", frozenset({
        "fecha", "date", "vencimiento", "vence", "due_date", "plazo", "limite", "deadline",
        "dia", "dias", "corte", "cutoff",
    })),
    ("importe", frozenset({
        "importe", "monto", "amount", "balance", "total", "saldo", "deuda", "adeudo", "costo",
        "coste", "price", "cost", "value", "owing", "outstanding",
        "cantidad", "cuota", "precio", "valor", "pendiente", "owed", "due", "sum", "suma",
        "debt",
    })),
    ("referencia", frozenset({
        "referencia", "ref", "factura", "invoice", "poliza", "policy", "reserva", "booking",
        "localizador", "contrato", "contract", "proyecto", "project", "pedido", "order",
        "expediente", "numero", "number", "num", "nro", "id", "folio", "recibo", "cups",
        "suministro", "servicio", "licencia", "cuenta", "account", "code", "codigo",
        "reference", "dominio", "domain", "propiedad", "property", "apartamento", "apartment",
        "inmueble", "lote", "matricula", "placa", "patente", "socio", "abonado", "periodo",
        "period",
    })),
    ("remitente", frozenset({
        "remitente", "empresa", "company", "compania", "sender", "firma", "cargo", "agente",
        "gestor", "firmante", "negocio", "comercio", "organizacion", "razon", "marca",
        "departamento", "equipo", "from", "emisor", "proveedor", "signature", "store", "shop",
        "business", "brand", "merchant", "vendor", "seller", "institucion", "tienda",
        "sitename", "site_name", "app_name", "organization", "org",
        "academia", "escuela", "colegio", "clinica", "gimnasio", "club", "universidad",
        "instituto", "school", "landlord", "arrendador", "propietario", "owner", "issuer",
        "acreedor", "creditor", "lender", "prestamista", "entidad", "microsite", "micrositio",
        "membrete", "letterhead", "logo", "bufete", "despacho",
        # el sitio o la entidad que cobra por su clase: site.title, nombre_comercial,
        # nombre_inmobiliaria, {{ team }}
        "team", "sitio", "site", "website", "comercial", "inmobiliaria", "financiera",
        "cooperativa", "aseguradora",
    })),
    ("nombre_cliente", frozenset({
        "nombre", "name", "cliente", "customer", "first", "destinatario", "titular",
        "deudor", "usuario", "apellido", "apellidos", "surname", "lastname", "last",
        "estudiante", "alumno", "student",
    })),
]
# Nombres que contienen una de estas palabras no cumplen ningún elemento (p. ej. fecha_carta).
_SIN_ELEMENTO = frozenset({"carta", "envio", "emision", "hoy", "lugar", "cuotas", "numero_cuotas",
                           "card", "tarjeta", "cardtype",
                           # cada cuánto se paga (paymentFreq), no cómo ni cuánto
                           "freq", "frequency", "frecuencia", "periodicidad"})
_DEL_CLIENTE = frozenset({"cliente", "customer", "client", "user", "usuario", "destinatario",
                          "recipient", "contact_email", "deudor", "titular", "login",
                          "billing", "shipping", "facturacion", "notifiable", "alumno",
                          "student", "socio", "member", "miembro"})
#: El «user» de un programa puede ser quien envía (__USER_SIGNATURE__ de Dolibarr): para el
#: remitente solo cuentan las palabras que nombran sin duda al cliente.
_CLIENTE_NO_REMITENTE = _DEL_CLIENTE - {"user", "usuario", "login"}
_PARTIR = regex.compile(r"[\W_]+|(?<=\p{Ll})(?=\p{Lu})")


def elemento_de_nombre(nombre: str, modelo: Especificacion | None = None) -> str | None:
    """Elemento obligatorio que cumple una variable por su nombre, o ``None``."""
    variables = _variables(modelo)
    clave = nombre.strip().lower()
    if clave in variables:  # una variable del modelo (también de un sector): manda su YAML
        elemento = variables[clave][0]
        if elemento is None and _elemento_por_palabras(nombre) == "referencia":
            # numero_pedido, numero_cuota: el modelo no los usa como la referencia de sus
            # mensajes, pero en una plantilla ajena identifican lo que se cobra
            return "referencia"
        return elemento
    return _elemento_por_palabras(nombre)


def ejemplo_de(nombre: str, modelo: Especificacion | None = None) -> str | None:
    """Valor de ejemplo de una variable del modelo (canónica o de un sector), si la hay."""
    dato = _variables(modelo).get(nombre.strip().lower())
    return dato[1] if dato else None


#: Una expresión que da formato de dinero a un valor es un importe, se llame como se llame
#: el valor (``Number(x).toLocaleString("es-AR")``, ``number_format($saldo, 2)``).
_FORMATO_DINERO = regex.compile(
    r"(?i)tolocalestring|tofixed|number_format|money_format|format_?currency|formatmoney|"
    r"number_to_currency|to_currency|currency_format|to_money|"
    r"format_?money|formatear_?(?:moneda|monto|importe|dinero)|\|\s*(?:currency|money|moneda)\b")


#: ``info_pago``, ``payment_details``: los datos para pagar (no su fecha ni su importe).
_DATOS_DE = frozenset({"info", "informacion", "datos", "instrucciones", "instructions", "details",
                       "detalles", "indicaciones"})
_PAGO = frozenset({"pago", "pagos", "pagar", "payment", "payments"})


@lru_cache(maxsize=2048)
def _elemento_por_palabras(nombre: str) -> str | None:
    if _FORMATO_DINERO.search(nombre) and not regex.search(r"(?i)fecha|date", nombre):
        return "importe"
    # Filtros (``importe | moneda``) y prefijos de objeto (``object.amount``) no cuentan.
    nombre = nombre.split("|")[0]
    separado = _PARTIR.sub(" ", nombre)
    palabras = [q for p in plegar(separado).split() if p for q in _partir_compuesta(p)]
    if not palabras:
        return None
    completo = "_".join(palabras)
    if completo in _SIN_ELEMENTO or any(p in _SIN_ELEMENTO for p in palabras):
        return None
    if not _DATOS_DE.isdisjoint(palabras) and not _PAGO.isdisjoint(palabras):
        return "opciones_pago"  # info_pago, datos_de_pago, payment_instructions: cómo pagar
    # La última palabra pesa más (importe_cuota -> importe, fecha_pago -> fecha).
    for palabra in (*palabras[::-1], completo):
        for elemento, conocidas in _PALABRAS_ELEMENTO:
            if palabra in conocidas:
                return _ajustar(elemento, palabras)
    return None


#: Todas las palabras con sentido propio en un nombre de variable.
_CONOCIDAS = frozenset().union(*(c for _, c in _PALABRAS_ELEMENTO))


@lru_cache(maxsize=4096)
def _partir_compuesta(palabra: str) -> tuple[str, ...]:
    """Una palabra pegada de dos conocidas (``fechavencimiento``, ``montopendiente``) se
    lee como las dos; cualquier otra, tal cual."""
    if palabra in _CONOCIDAS or len(palabra) < 7:
        return (palabra,)
    for corte in range(3, len(palabra) - 2):
        if palabra[:corte] in _CONOCIDAS and palabra[corte:] in _CONOCIDAS:
            return (palabra[:corte], palabra[corte:])
    return (palabra,)


#: Palabras que nombran un canal: con ellas el nombre es un contacto, sea de quien sea.
_CANAL = frozenset({"telefono", "tel", "phone", "movil", "celular", "whatsapp", "email", "correo",
                    "mail", "direccion", "address", "domicilio"})
_IMPORTE_FUERTE = frozenset({"total", "monto", "importe", "amount", "saldo", "precio", "valor",
                             "costo", "subtotal", "price"})
#: Palabras que hacen de un nombre (``organization_name``) el de quien cobra.
_REMITENTE = dict(_PALABRAS_ELEMENTO)["remitente"]
#: Fechas que no son de vencimiento: creación, emisión o envío de la factura; el último pago
#: o el anterior (``fecha_ultimo_pago``, ``last_payment_date``); la firma del contrato.
_FECHA_NO_VENCIMIENTO = frozenset({
    "creacion", "created", "creado", "emision", "emitida", "issue", "issued", "alta",
    "registro", "envio", "sent", "expedicion", "generacion", "generated", "inicio", "start",
    "paid", "pagado", "pagada", "order", "pedido", "transaction", "transaccion", "compra",
    "purchase", "recibido", "received", "entrega", "delivery", "delivered", "notificacion",
    "notification", "aviso", "ultimo", "ultima", "last", "anterior", "previo", "previous",
    "contrato", "contract", "firma", "signed", "nacimiento", "birth", "desembolso",
})
#: "dias_vencido", "daysOverdue": días de atraso, no un plazo para pagar.
_DIAS_DE_ATRASO = frozenset({"vencido", "vencida", "vencidos", "overdue", "atraso", "mora", "late",
                             "retraso", "transcurridos", "since", "ago", "sin"})
_FECHA_VENCIMIENTO = frozenset({"due", "vencimiento", "vence", "limite", "deadline", "expiry",
                                "expira", "plazo", "pago", "payment"})
#: Las que dicen sin duda que es el vencimiento (no «pago»: ``fecha_ultimo_pago`` es pasado).
_FECHA_VENCIMIENTO_SEGURA = _FECHA_VENCIMIENTO - {"pago", "payment"}


def _ajustar(elemento: str, palabras: list[str]) -> str | None:
    """Corrige casos en que la palabra decisiva engaña: ``fecha_pago`` es una fecha;
    ``invoice_date`` o ``fecha_creacion`` no son la fecha de vencimiento."""
    if {"dias", "dia", "days", "day"} & set(palabras):
        if not _DIAS_DE_ATRASO.isdisjoint(palabras):
            return None  # días de atraso: no dicen hasta cuándo hay plazo
        if {"until", "restantes", "left", "remaining", "plazo", "para", "hasta"} & set(palabras):
            return "fecha_vencimiento"  # daysUntilDue, dias_restantes: un plazo en días
    if "fecha" in palabras or "date" in palabras or "created" in palabras:
        if _FECHA_VENCIMIENTO_SEGURA.isdisjoint(palabras) and (
            not _FECHA_NO_VENCIMIENTO.isdisjoint(palabras)
            or (_FECHA_VENCIMIENTO.isdisjoint(palabras)
                and {"invoice", "factura", "created"} & set(palabras))
        ):
            return None
        return "fecha_vencimiento"
    if elemento == "nombre_cliente" and {"tu", "your", "mi", "my"} & set(palabras):
        return "remitente"  # [Tu nombre] en una plantilla: quien firma
    if elemento == "nombre_cliente" and {"company", "empresa", "business", "compania"} & set(
            palabras) and not {"customer", "cliente", "client"} & set(palabras):
        return "remitente"  # company_name: la empresa que cobra
    if elemento == "nombre_cliente" and {"app", "site", "store", "shop", "tienda"} & set(palabras):
        return "remitente"  # app.name, site_name: quien envía
    if elemento == "nombre_cliente" and not _REMITENTE.isdisjoint(palabras) and not {
            "customer", "cliente", "client"} & set(palabras):
        return "remitente"  # organization_name, nombreAcademia: la entidad que cobra
    if elemento in ("importe", "nombre_cliente") and "format" not in palabras and {
            "numero", "num", "nro", "number", "no"} & set(palabras):
        return "referencia"  # numero_cuota, invoice_number: un identificador
    if elemento == "referencia" and not _IMPORTE_FUERTE.isdisjoint(palabras) and not {
            "numero", "num", "nro", "number", "no", "id", "code", "codigo"} & set(palabras):
        return "importe"  # total_pedido, monto_factura: una cantidad, no un identificador
    if elemento == "referencia" and {"currency", "moneda", "divisa"} & set(palabras):
        return None  # currency.code: el código de la moneda, no una referencia
    if elemento == "remitente" and not _CANAL.isdisjoint(palabras):
        return "contacto"  # telefono_despacho, email_empresa: el canal de quien cobra
    if elemento == "referencia" and not _CANAL.isdisjoint(palabras):
        elemento = "contacto"  # whatsapp_number, numero_telefono: un canal, no un identificador
    if elemento == "importe" and "due" in palabras and {"on", "by", "until", "at", "in"} & set(
            palabras):
        return "fecha_vencimiento"  # due_on, due_by, due_in: cuándo vence, no cuánto
    if elemento == "contacto" and not _DEL_CLIENTE.isdisjoint(palabras):
        return None  # el correo o el teléfono del cliente no son un contacto de quien cobra
    if elemento == "opciones_pago" and {"login", "logo", "image", "imagen", "img", "unsubscribe",
                                        "baja"} & set(palabras):
        return None  # login_url, logo_url: entrar o ver, no pagar
    if elemento == "importe" and ("enlace" in palabras or "link" in palabras):
        return "opciones_pago"
    return elemento


_POR_MODELO: dict[int, tuple[Especificacion, dict[str, tuple[str | None, str | None]]]] = {}


def _variables(modelo: Especificacion | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Las variables del modelo (canónicas y de sectores): nombre -> (elemento, ejemplo)."""
    if modelo is None:
        from generador import dominio

        modelo = dominio.modelo()
    guardado = _POR_MODELO.get(id(modelo))
    if guardado is None or guardado[0] is not modelo:
        variables = {
            n.lower(): (v.elemento, None if v.ejemplo is None else str(v.ejemplo))
            for n, v in modelo.todas_las_variables().items()
        }
        _POR_MODELO.clear()
        guardado = _POR_MODELO[id(modelo)] = (modelo, variables)
    return guardado[1]


def _nombre_limpio(crudo: str, sintaxis: str) -> str:
    nombre = crudo.strip()
    if sintaxis in ("mustache", "mustache_triple"):
        nombre = nombre.lstrip("#/^&>!").strip()
        nombre = nombre.split("|")[0].strip()
        if "." in nombre and regex.fullmatch(r"[\w.]+", nombre):
            nombre = _ultima_parte(nombre)  # object.amount -> amount; no en expresiones
    elif sintaxis in ("dolar_llaves", "dolar_llaves_lineas"):
        # ${cuenta.dias > 1 ? "S" : ""}, ${prestamo.cuotas ?: 0}: cuenta la variable
        nombre = _CONDICION.split(nombre)[0].strip() or nombre
        if regex.fullmatch(r"[\w.]+", nombre):
            nombre = _ultima_parte(nombre)
    elif sintaxis == "erb":
        nombre = nombre.replace("@", "")
        if regex.fullmatch(r"[\w.]+", nombre):
            nombre = _ultima_parte(nombre)
    elif sintaxis == "llaves_expresion":
        # de «dias === 1 ? 'día' : 'días'» cuenta la variable, no los textos de la condición
        nombre = _CONDICION.split(nombre)[0].strip()
    return nombre


#: Partes finales que no dicen de quién son: en ``negocio.nombre`` manda el objeto.
_NOMBRE_GENERICO = frozenset({"nombre", "name", "razon_social", "title", "titulo", "label"})


def _ultima_parte(nombre: str) -> str:
    """``object.amount`` -> ``amount``; pero ``negocio.nombre`` -> ``negocio_nombre``: el
    nombre de un negocio o de una empresa es el de quien cobra (``cliente.nombre`` sigue
    siendo ``nombre``)."""
    partes = nombre.split(".")
    if len(partes) > 1 and partes[-1].lower() in _NOMBRE_GENERICO:
        # ``negocio.nombre``, ``object.company_id.name``: el objeto dice de quién es
        for palabra in plegar(_PARTIR.sub(" ", partes[-2])).split():
            if palabra in _REMITENTE:
                return f"{palabra}_{partes[-1]}"
    if len(partes) > 1 and plegar(partes[-1]) in ("date", "fecha"):
        # ``invoice.date``, ``factura.fecha``: la fecha es la de su objeto (la emisión de la
        # factura no es el vencimiento; ``due.date`` sí lo es)
        return f"{partes[-2]}_{partes[-1]}"
    return partes[-1]


_CONDICION = regex.compile(r"\s*(?:\?(?!\.)|[=!<>]=|&&|\|\||(?<!=)[<>])")
#: Una cadena literal entre comillas ({{ 'texto' }} en Blade) es texto, no una variable.
_LITERAL = regex.compile(r"\s*(['\"])[^'\"]*\1\s*")


#: Un bloque PHP (``<?php ... ?>``, ``<?= ... ?>``; sin cierre, hasta el final del texto).
_PHP = regex.compile(r"<\?(?:php\b|=)[\s\S]{0,2000}?(?:\?>|\Z)", regex.IGNORECASE)
#: Cadenas literales dentro del PHP: son texto del mensaje (``<?php _e('Hola') ?>``).
_LITERAL_PHP = regex.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
_VARIABLE_PHP = regex.compile(r"\$([A-Za-z_]\w*(?:->\w+)*)")


def _bloques_php(texto: str, modelo: Especificacion | None) -> list[Marcador]:
    """El código de cada bloque PHP como marcador (sintaxis ``php``); sus cadenas
    literales quedan fuera, como texto que se revisa. El primer trozo de código lleva el
    nombre de la primera variable del bloque (``<?php echo $importe; ?>`` -> importe)."""
    resultado = []
    for m in _PHP.finditer(texto):
        bloque = m.group()
        variable = _VARIABLE_PHP.search(bloque)
        nombre = variable.group(1) if variable else ""  # $cliente->email: del cliente
        if variable and _FORMATO_DINERO.search(bloque):
            nombre = "number_format(" + nombre + ")"
        es_control = regex.match(r"<\?php\s+(?:if|else|elseif|endif|foreach|endforeach|for|"
                                 r"endfor|while|endwhile|switch|case|\}|\{)\b", bloque,
                                 regex.IGNORECASE) is not None
        tramos, anterior = [], 0
        for literal in _LITERAL_PHP.finditer(bloque):
            tramos.append((anterior, literal.start() + 1))  # la comilla de apertura, con el código
            anterior = literal.end() - 1
        tramos.append((anterior, len(bloque)))
        primero = True
        for a, b in tramos:
            if not bloque[a:b].strip():
                continue
            elemento = None
            if primero and nombre and not es_control:
                elemento = _elemento_de_marcador(nombre, "php", texto, m.start(), modelo)
            resultado.append(Marcador(m.start() + a, m.start() + b, nombre if primero else "",
                                      elemento, "php"))
            primero = False
    return resultado


def buscar(texto: str, modelo: Especificacion | None = None) -> list[Marcador]:
    """Todos los marcadores de ``texto`` por orden de aparición; sus nombres se asocian a
    elementos con las variables de ``modelo`` (por defecto, el del árbol en uso)."""
    if not _puede_tener_marcadores(texto):
        return []
    php = _bloques_php(texto, modelo) if "<?" in texto else []
    if php:
        # las variables del código PHP no son marcadores sueltos; los de sus cadenas, sí
        ocupados = [(p.inicio, p.fin) for p in php]
        return sorted(php + [x for x in _buscar(texto, modelo) if not any(
            a < x.fin and x.inicio < b for a, b in ocupados)], key=lambda x: x.inicio)
    return _buscar(texto, modelo)


def _buscar(texto: str, modelo: Especificacion | None) -> list[Marcador]:
    resultado = []
    for m in _PATRON.finditer(texto):
        sintaxis = m.lastgroup or ""
        if sintaxis.startswith("n_"):
            sintaxis = sintaxis[2:]
        crudo = m.group(f"n_{sintaxis}") or ""
        if sintaxis == "corchetes" and (not _parece_variable(crudo) or (
                _MARCA_AL_EMPEZAR.fullmatch(texto, 0, m.start()) and _parece_marca(crudo))):
            continue  # «[Movistar] Tu recibo...»: la marca de quien envía, no un hueco
        if sintaxis == "angulares" and not es_hueco(crudo):
            continue  # <p>, <br>, <b>: una etiqueta de HTML, no un hueco
        if sintaxis == "laravel" and "_" not in crudo and _elemento_por_palabras(crudo) is None:
            continue  # ":hola" en prosa no es un marcador; ":amount" o ":invoice_number" sí
        nombre = _nombre_limpio(crudo, sintaxis)
        elemento = _elemento_de_marcador(nombre, sintaxis, texto, m.start(), modelo)
        if elemento in ("contacto", "remitente") and not (
            _DEL_CLIENTE if elemento == "contacto" else _CLIENTE_NO_REMITENTE
        ).isdisjoint(plegar(_PARTIR.sub(" ", crudo)).split()):
            # {{ cliente.email }}, {cliente.empresa}: datos del cliente, no de quien cobra
            elemento = None
        resultado.append(Marcador(m.start(), m.end(), nombre, elemento, sintaxis))
    return resultado


#: Si no aparece ninguno de estos trozos, el texto no puede tener marcadores.
_DISPARADORES = ("{", "[", "*|", "%", "$", "<%", "«", "<?", "__", "XXX", "XX/", "XX.", "XX-", "DD/", "DD.",
                 "DD-", "0000", "xxxx", " :", "\n:", "(:", "!!", "%s", "%d", "%i", "%f", "$s", "****",
                 "$d", "#", "……")
#: «$» y «!!» aparecen en mensajes sin marcadores («$1,234.00 MXN», «¡PAGUE YA!!»): en
#: :data:`_PATRON`, todo marcador con «$» lleva «{» o un «$» seguido de letra, «_» o «{»
#: (``$nombre``, ``${x}``, ``%1$s``), y todo marcador con «!!» lleva «{» o «!!» seguido de
#: minúscula (``!!nombre!!``). Así un importe en pesos no obliga a recorrer :data:`_PATRON`.
#: Los demás, en una sola búsqueda (con ``re``, que salta a las primeras letras posibles:
#: la mitad de lo que costaban 29 ``in`` seguidos en un mensaje sin ninguno).
_DISPARADORES_SIMPLES = re.compile("|".join(
    re.escape(d) for d in _DISPARADORES if d not in ("$", "!!")) + r"|<(?=[^\W\d_])")
_DOLAR_O_EXCLAMACIONES = re.compile(r"\$[A-Za-z_{]|!![a-z]")


def _puede_tener_marcadores(texto: str) -> bool:
    if _DISPARADORES_SIMPLES.search(texto) is not None or texto.startswith(":"):
        return True  # «:importe» al empezar (Laravel) no lleva delante « », «\n» ni «(»
    return ("$" in texto or "!!" in texto) and _DOLAR_O_EXCLAMACIONES.search(texto) is not None


#: Lo que puede ir antes de la marca de quien envía entre corchetes: nada, o el asunto.
_MARCA_AL_EMPEZAR = regex.compile(r"\W{0,3}|(?:asunto|subject)\s*:\s*", regex.IGNORECASE)


def _parece_marca(crudo: str) -> bool:
    """``[Movistar]`` o ``[Cobranza Ágil]``: palabras con mayúscula, ninguna con sentido de
    marcador (``[Nombre]``, ``[Empresa]`` sí son huecos)."""
    palabras = crudo.split()
    return (0 < len(palabras) <= 4 and crudo[:1].isupper() and "_" not in crudo
            and not _nombre_conocido(crudo.strip()))


_NUMERO_SUELTO = frozenset({"#", "nº", "n°", "no.", "n.º", "num", "número", "numero"})


def _parece_variable(crudo: str) -> bool:
    """``[Importe]`` y ``[nombre del cliente]`` sí; ``[1]`` o ``[sic]`` en prosa, no."""
    palabras = crudo.split()
    if not palabras or len(palabras) > 5 or crudo.strip().isdigit():
        return False
    if crudo.strip().lower() in {"sic", "x", "...", "…"}:
        return False
    if crudo.strip().lower() in _NUMERO_SUELTO:
        return True  # "Factura [#]": el número lo pone la plantilla
    return any(c.isalpha() for c in crudo)


def _elemento_de_marcador(nombre: str, sintaxis: str, texto: str, inicio: int,
                          modelo: Especificacion | None = None) -> str | None:
    if sintaxis == "equis_fecha":
        return "fecha_vencimiento"
    if sintaxis in ("printf", "hueco", "llaves_vacias"):
        # %s, %1$s o un hueco «………» no tienen nombre: manda la etiqueta que los precede
        return elemento_por_contexto(texto, inicio, _fin_marcador(texto, inicio))
    if _LITERAL.fullmatch(nombre):
        return None
    if sintaxis == "corchetes" and nombre.strip().lower() in _NUMERO_SUELTO:
        return elemento_por_contexto(texto, inicio, _fin_marcador(texto, inicio))
    if sintaxis in ("equis_telefono", "equis_correo"):
        return "contacto"  # una máscara de teléfono o de correo no es una referencia
    if nombre.isdigit() or sintaxis in ("equis", "asteriscos"):
        # {{4}} de WhatsApp o una máscara: su sentido lo da la etiqueta que lo rodea
        por_contexto = elemento_por_contexto(texto, inicio, _fin_marcador(texto, inicio))
        if por_contexto is not None or nombre.isdigit():
            return por_contexto
    if sintaxis in ("equis_numero", "equis"):
        previo = plegar(texto[max(0, inicio - 25):inicio])
        cerca = previo + texto[inicio:inicio + 20].lower()
        if sintaxis == "equis" and regex.search(r"[€$]|eur|usd|mxn", cerca):
            return "importe"
        if sintaxis == "equis_numero" or regex.search(
            r"factura|poliza|reserva|contrato|proyecto|pedido|referencia|ref\b", previo
        ):
            return "referencia"
        return None
    if sintaxis in ("jinja_bloque", "erb_bloque"):
        return None
    if nombre.isdigit():
        return None
    elemento = elemento_de_nombre(nombre, modelo)
    if elemento == "importe" and _SIGNO_NUMERO.search(plegar(texto[max(0, inicio - 12):inicio])):
        return "referencia"  # «cuota No. _{cuota.mes}_»: el número de la cuota, no su importe
    if elemento == "fecha_vencimiento" and {"dias", "dia", "days", "day"} & set(
            plegar(_PARTIR.sub(" ", nombre)).split()) and (
            _ATRASO_DESPUES.match(plegar(texto[_fin_marcador(texto, inicio):][:80]))
            or _HACE.search(previo := plegar(texto[max(0, inicio - 40):inicio]))
            or _ATRASO_ANTES.search(previo)):
        return None  # «${cuenta.dias} DÍAS EN MORA», «desde hace {dias} días»: atraso
    if elemento is None and _dias_de_atraso(nombre) and _VENCIO_HACE.search(
            plegar(texto[max(0, inicio - 40):inicio])) and _DIAS_DESPUES.match(
            plegar(texto[_fin_marcador(texto, inicio):][:30])):
        return "fecha_vencimiento"  # «vencidas hace {daysOverdue} días»: el vencimiento desde hoy
    if elemento is None and sintaxis not in ("jinja_bloque", "corchetes", "angulares") \
            and not _nombre_conocido(nombre) and not _es_descriptivo(nombre) \
            and not _dias_de_atraso(nombre):
        # {event} tras "su equipo", {x} tras "Importe:": manda la etiqueta
        elemento = elemento_por_contexto(texto, inicio, _fin_marcador(texto, inicio))
    if nombre.strip().lower() not in _variables(modelo):
        # una variable del modelo manda su YAML; las demás, también la etiqueta de antes
        elemento = _corregir_por_contexto(elemento, nombre, texto, inicio)
    if elemento == "remitente" and _SALUDO_ANTES.search(plegar(texto[max(0, inicio - 30):inicio])):
        return "nombre_cliente"  # «Estimado(a) {{propietario}}»: a quien se saluda, no quien escribe
    if elemento in (None, "referencia") and _EMISOR_DE_FACTURA.search(
            plegar(texto[max(0, inicio - 60):inicio])):
        return "remitente"  # «Factura :invoice de :account»: quien emite la factura
    if elemento in (None, "referencia") and not _dias_de_atraso(nombre) and _VENCE_ANTES.search(
            plegar(texto[max(0, inicio - 40):inicio])):
        # «Fecha de pago: {{ fecha_pago }}», «antes del {{ period_end }}»: la etiqueta dice que
        # es el vencimiento, aunque el nombre (o la variable del modelo) diga otra cosa
        return "fecha_vencimiento"
    return elemento


#: Palabras de un nombre que describen (un estado, un tipo, un texto), no identifican:
#: «crédito ${estadoTexto}» no es el número del crédito.
_DESCRIPTIVAS = frozenset({"estado", "status", "tipo", "type", "texto", "text", "label", "etiqueta",
                           "descripcion", "description"})
#: Un servicio o un producto por su nombre dice qué se cobra, no cuál es la deuda
#: (``{NOMBRE_DEL_SERVICIO}``, ``$servicio``); con número o código sí la identifica.
_SERVICIO = frozenset({"servicio", "service", "producto", "product"})
_REFERENCIA = dict(_PALABRAS_ELEMENTO)["referencia"]
_IDENTIFICA = frozenset({"numero", "num", "nro", "number", "no", "id", "code", "codigo", "ref",
                         "referencia", "contrato", "suministro", "folio"})
#: La etiqueta de los datos para pagar: la cuenta que sigue es adonde pagar, no la deuda
#: («Banco: {BANCO}\nNúmero de Cuenta: {NUMERO_CUENTA}», «deposite en la cuenta {{cuenta}}»).
_DATOS_BANCARIOS_ANTES = regex.compile(
    r"\b(?:banco|bancari[oa]s?|bank|transfer\w*|deposit\w*|consign\w*|clabe|cbu|cvu|iban|"
    r"swift|titular)\b[^\n]{0,40}(?:\n[^\n]{0,40})?$")
#: El documento de identidad de la persona no es la referencia de la deuda («cédula de
#: ciudadanía No {{ $document }}», «DNI: {dni}», «RUT {rut}»).
_IDENTIDAD_ANTES = regex.compile(
    r"\b(?:cedula|dni|documento\s+(?:nacional\s+)?de\s+identidad|rut|run|curp|nie|pasaporte|"
    r"carnet|credencial\s+(?:para\s+votar|de\s+elector))(?:\s+de\s+\w+)?[\s:.#°º*_]*"
    r"(?:(?:n[°º.o]*|no\.?|nro\.?|numero)[\s:.#°º*_]*)?$")
#: La dirección del inmueble o del cliente no es un contacto de quien cobra («el inmueble
#: ubicado en [dirección del inmueble]», «la propiedad ubicada en <?php echo $direccion; ?>»).
_INMUEBLE_ANTES = regex.compile(
    r"\b(?:inmueble|propiedad|predio|vivienda|apartamento|casa|lote|"
    r"ubicad[oa]s?|situad[oa]s?|domiciliad[oa]s?|reside|vive)\b[^\n]{0,40}$")
_DIRECCION = frozenset({"direccion", "address", "domicilio", "ubicacion"})
#: ... salvo que sea la de quien cobra («nuestras oficinas ubicadas en {{direccion}}»).
_NUESTRA_ANTES = regex.compile(
    r"\b(?:nuestr[oa]s?|oficinas?|sucursal(?:es)?|sede|agencias?|tiendas?|cajas?|ventanillas?|"
    r"visit\w*|ac[eé]rc\w*|acud\w*|dir[ií]j\w*)\b")


#: El signo de una moneda justo antes del marcador.
_MONEDA_ANTES = regex.compile(r"(?:[$€£]|\bS/\.?|\b(?:US|RD|U)\$)[ \t]?$")
#: La fecha de hoy (``new Date()``, ``now()``, ``today``): la de la carta, no un vencimiento.
_HOY = regex.compile(r"(?i)\bnew\s+Date\(\s*\)|\bnow\s*\(|\btoday\b|\bdate\(\s*['\"]")
#: La etiqueta de una fecha que no es la del vencimiento, justo antes de un marcador de fecha
#: sin más nombre: «Fecha de emisión: {{ fecha_larga }}», «Este documento fue generado ... el
#: día {{ fecha_corta }}», «factura creada el {fecha}».
_EMISION_ANTES = regex.compile(
    r"(?:\bfecha\s+(?:de\s+|del\s+)?(?:emision|creacion|expedicion|envio|generacion|impresion|"
    r"factura|facturacion|compra|registro|alta|recepcion)|\b(?:emitid|generad|cread|expedid|"
    r"enviad|elaborad|impres)[oa]s?\b(?:[^\n.]{0,40}?\s(?:el|en)(?:\s+dia)?)?)[\s:*_]*$")
#: «Santiago, {lblFecha}», al empezar una línea: el lugar y la fecha de la carta.
_FECHA_DE_CARTA = regex.compile(r"(?:^|\n)[ \t]*\p{Lu}[\w. ]{1,30},[ \t]*$")
#: Un enlace que se presenta para ver, descargar o subir algo, no para pagar («Ver la factura:»,
#: «descarga tu estado de cuenta», «la versión en línea de este pedido», «sube tu comprobante»);
#: si la etiqueta habla de pagar («ver y pagar tu factura»), sí es una forma de pago.
_VER_ANTES = regex.compile(
    r"\b(?:ver|vea|visualiz\w*|consult\w*|descarg\w*|revis\w*|imprim\w*|version\s+en\s+linea|"
    r"estado\s+de\s+cuenta|sub(?:ir|e|a)\b|carg(?:ar|a|ue)\b)(?![^\n]*\bpag)[^\n]{0,50}$")


def _corregir_por_contexto(elemento: str | None, nombre: str, texto: str,
                           inicio: int) -> str | None:
    """Lo que la etiqueta de antes o la clase del nombre dicen de un marcador que no es una
    variable del modelo (ver las tablas de arriba)."""
    if elemento in ("referencia", "contacto"):
        elemento = _corregir_por_etiqueta(elemento, nombre, plegar(texto[max(0, inicio - 80):inicio]))
    if elemento in ("opciones_pago", "referencia", None) and _MONEDA_ANTES.search(
            texto[max(0, inicio - 4):inicio]):
        return "importe"  # «$${weeklyPayment}», «S/ {pago}»: tras el signo de la moneda va una cantidad
    if elemento == "fecha_vencimiento" and (_HOY.search(nombre) or _FECHA_DE_CARTA.search(
            texto[max(0, inicio - 40):inicio])):
        return None  # «new Date()», «Santiago, {lblFecha}»: la fecha de hoy o la de la carta
    if elemento == "fecha_vencimiento" and _FECHA_VENCIMIENTO.isdisjoint(_palabras_de(nombre)) \
            and _EMISION_ANTES.search(plegar(texto[max(0, inicio - 60):inicio])):
        return None  # «Fecha de emisión: {{ fecha_larga }}», «generado el día {fecha}»
    if elemento == "opciones_pago" and _VER_ANTES.search(plegar(texto[max(0, inicio - 60):inicio])) \
            and _PAGO.isdisjoint(_palabras_de(nombre)) and "pay" not in _palabras_de(nombre):
        return None  # «Ver la factura: {{invoice.url}}», «descarga tu estado de cuenta: ${pdfUrl}»
    return elemento


def _palabras_de(nombre: str) -> frozenset[str]:
    return frozenset(plegar(_PARTIR.sub(" ", nombre)).split())


def _dias_de_atraso(nombre: str) -> bool:
    """``overdueDays``, ``diasSinAbono``: los días de atraso no son un plazo, aunque los siga
    «días»."""
    palabras = _palabras_de(nombre)
    return bool({"dias", "dia", "days", "day"} & palabras) and not _DIAS_DE_ATRASO.isdisjoint(
        palabras)


def _es_descriptivo(nombre: str) -> bool:
    return not _DESCRIPTIVAS.isdisjoint(_palabras_de(nombre))


def _corregir_por_etiqueta(elemento: str, nombre: str, previo: str) -> str | None:
    """Lo que la etiqueta de antes o la clase del nombre dicen de un marcador que parecía una
    referencia o un contacto (ver las tablas de arriba)."""
    palabras = _palabras_de(nombre)
    if elemento == "contacto":
        if not _DIRECCION.isdisjoint(palabras) and (
                {"inmueble", "propiedad", "property", "predio"} & palabras
                or _INMUEBLE_ANTES.search(previo)) and not _NUESTRA_ANTES.search(previo):
            return None
        return elemento
    if not _SERVICIO.isdisjoint(palabras) and _IDENTIFICA.isdisjoint(palabras) and (
            _REFERENCIA.isdisjoint(palabras - _SERVICIO)):
        return None
    if {"cuenta", "account", "titular"} & palabras and _DATOS_BANCARIOS_ANTES.search(previo):
        return "opciones_pago"
    if _IDENTIDAD_ANTES.search(previo):
        return None
    return elemento


#: Lo que sigue a un número de días cuando son de atraso: «días de mora», «DÍA${s} EN MORA».
_ATRASO_DESPUES = regex.compile(
    r"[^\w\n]*(?:(?:dias?|days?)[^\w\n]*)?(?:\$\{[^{}\n]{0,60}\}[^\w\n]*)?(?:\w+[ \t]+)?"
    r"(?:de|en)[ \t]+(?:mora|atraso|retraso)\b")
#: La etiqueta del vencimiento justo antes de un marcador: «vence el», «Vencimiento:», «Fecha
#: de pago:», «Fecha límite», «antes del», «hasta el», «a más tardar el», «pagar antes del».
_VENCE_ANTES = regex.compile(
    r"(?:\bvence(?:n|ra|ran)?(?:\s+(?:el|en))?|\bvencimiento|\bfecha\s+(?:limite|maxima)(?:\s+de\s+pago)?|"
    r"\bfecha\s+de\s+(?:pago|vencimiento|cobro)|\bantes\s+del?|\bhasta\s+el|"
    r"\ba\s+mas\s+tardar(?:\s+el)?)[\s:*_]*$")
#: «Factura <número> de » justo antes de un marcador: lo que sigue es quien la emite.
_EMISOR_DE_FACTURA = regex.compile(r"\b(?:factura|recibo|invoice)\s+\S+\s+(?:de|from)\s*$")


@lru_cache(maxsize=2048)
def _nombre_conocido(nombre: str) -> bool:
    """Si alguna palabra del nombre tiene ya un sentido (aunque no sea un elemento:
    ``invoice_date`` es la fecha de emisión, ``cliente.email`` el correo del cliente)."""
    palabras = set(plegar(_PARTIR.sub(" ", nombre)).split())
    conocidas = set().union(*(c for _, c in _PALABRAS_ELEMENTO), _SIN_ELEMENTO,
                            _FECHA_NO_VENCIMIENTO, _DEL_CLIENTE, {"date", "fecha"})
    return not palabras.isdisjoint(conocidas)


def tapar(texto: str, marcadores: list[Marcador]) -> str:
    """``texto`` con cada marcador sustituido por espacios (los saltos de línea se conservan)."""
    if not marcadores:
        return texto
    partes = []
    anterior = 0
    for marca in marcadores:
        partes.append(texto[anterior:marca.inicio])
        trozo = texto[marca.inicio:marca.fin]
        partes.append("".join("\n" if c == "\n" else " " for c in trozo))
        anterior = marca.fin
    partes.append(texto[anterior:])
    return "".join(partes)


def _fin_marcador(texto: str, inicio: int) -> int:
    m = _PATRON.match(texto, inicio)
    return m.end() if m else inicio


#: Etiquetas que dan sentido a un marcador numerado ({{2}}) o a una máscara (xxxxxx), por
#: elemento; se mira la etiqueta más cercana antes del marcador (y "días" justo después).
_ETIQUETAS = [
    ("fecha_vencimiento", regex.compile(
        r"(?:(?:cobr|carg|venc|pag|debit|renuev|renov|cort|suspend)\w*\s+el|antes\s+del?|hasta\s+el|vence\w*(?:\s+el)?|vencimiento|"
        r"fecha(?!\s+(?:de\s+|del\s+)?(?:emision|creacion|expedicion|envio|generacion|impresion|"
        r"factura|facturacion|compra|registro|alta|recepcion|nacimiento|contrato|ultim[oa])\b)"
        r"(?:\s+\w+){0,3}|"
        r"limite|plazo|el\s+dia|a\s+partir\s+del?|desde\s+el|a\s+mas\s+tardar(?:\s+el)?|"
        r"el\s+proximo|(?<!de\s)(?<!por\s)(?<!con\s)hasta|para\s+el)\W*$")),
    ("importe", regex.compile(
        r"(?:(?:importe|monto|valor|saldo|total|deuda|adeudo|cuota|cantidad|suma|pendiente)"
        r"(?:\s+(?:a\s+pagar|\w+(?:ado|ada|ido|ida|ente|al)))?(?:\s+(?:de|es|es\s+de|son))?|"
        r"por\s+(?:un\s+|la\s+)?(?:valor|monto|importe|suma|cantidad)\s+de|"
        r"(?:pago|cargo|cobro|recargo)\s+de|asciende\s+a|"
        r"(?:paga|pague|paguen|cubre|cubra|liquida|liquide|abona|abone)(?:\s+(?:solo|hoy|ya))?|"
        r"(?:factura|recibo|cuota|pedido|orden|compra|poliza|contrato)\s+(?:n\S*\s+)?\S+\s+por|(?:debe|debes|adeuda|adeudas)\s+(?:un\s+total\s+de\s+)?|"
        r"pagar|abonar|[$€]|s/|usd|mxn|cop|eur)\W*$")),
    ("referencia", regex.compile(
        r"(?:factura|referencia|ref|contrato|poliza|pedido|folio|recibo|cuenta|credito|"
        r"prestamo|expediente|orden|n[°º.o]|numero|num|nro|no\.|solicitud|caso|ticket|"
        r"inmueble|propiedad|apto|apartamento|depto|lote|socio|codigo|matricula|placa|"
        r"suministro|cups|acto|servicio|nis|nic|patente|boleta|comprobante|documento|pagare|"
        r"abonado|suscriptor|medidor|unidad|id)\W*$")),
    ("opciones_pago", regex.compile(r"(?:enlace|link|url|aqui|pagar\s+en|pague\s+en|paga\s+en|"
                                    r"clabe|iban|cbu|cvu|alias|convenio|nequi|daviplata|yape|"
                                    r"plin|bizum|sinpe)\W*$")),
    ("contacto", regex.compile(r"(?:telefonos?|tels?|telf|celular|movil|whatsapp|llamar?\w*|"
                               r"correo|email|e-mail|contacto|linea|consultas|fono|cel|"
                               r"comun\w+\s+al|escrib\w+\s+al?)\W*$")),
    ("remitente", regex.compile(r"(?:equipo|atentamente|saludos|cordialmente|firma|"
                                r"departamento|de\s+parte\s+de|en\s+nombre\s+de|att?e?\.?|"
                                r"(?:soy|somos|habla|aqui)\s+\S+\s+(?:de|desde|del\s+equipo\s+de)|"
                                r"(?:te|le|les|nos)\s+(?:escrib|habl|contact|comunic|salud)\w*"
                                r"\s+(?:de|desde)|somos|mensaje\s+de|enviado\s+por|"
                                r"gracias\s+por\s+(?:confiar|elegir\w*|preferir\w*)(?:\s+en|\s+a)?)\W*$")),
    ("nombre_cliente", regex.compile(r"(?:hola|estimad[oa]s?|sr\.?|sra\.?|querid[oa]|"
                                     r"apreciad[oa])\W*$")),
]
_SALUDO_ANTES = regex.compile(r"(?:^|\n|\W)(?:hola|estimad[oa]s?(?:\([oa]s?\))?|querid[oa]s?|"
                           r"apreciad[oa]s?|sr\.?|sra\.?|senor(?:a|es)?(?:\s*\([^)]*\))*)\W*$")
_HACE = regex.compile(r"\b(?:hace|desde\s+hace|lleva|llevas|llevan)\W*$")
#: «venció hace {n} días», «facturas vencidas hace {dias} días»: el vencimiento dicho desde hoy,
#: como la regla lo acepta con la cifra escrita («venció hace 10 días»).
_VENCIO_HACE = regex.compile(r"\bvenci(?:o|eron|d[oa]s?)\s+hace\W*$")
#: «un pago atrasado de {n} días», «con {n} días»: lo que precede a los días de atraso.
_ATRASO_ANTES = regex.compile(r"\b(?:atrasad[oa]s?|vencid[oa]s?|retrasad[oa]s?|mora|atraso|retraso)"
                              r"(?:\s+(?:de|por|con|desde))?\W*$")
#: «cuota No. {cuota.mes}», «Crédito N° {{monto}}»: tras el signo de número va un identificador
#: (no «#»: es el principio de un marcador de Ruby, #{...}).
_SIGNO_NUMERO = regex.compile(r"(?:\bn[°º.o]+|\bno\.|\bnro\.?|\bnum\.?|\bnumero)[\s:_*]*$")
#: Lo que sigue al nombre de quien escribe: «{{2}} te recuerda», «%s le informa», «{{1}} informa:».
_REMITENTE_DESPUES = regex.compile(
    r"\s*(?:(?:te|le|les)\s+(?:recuerda|informa|comunica|notifica|avisa|saluda|escribe|agradece|"
    r"invita|desea)\b|(?:informa|comunica|notifica|avisa|recuerda)\s*[:.,])")
#: «desde {{2}} te recordamos», «En %s queremos recordarte»: la entidad desde la que se escribe.
_DESDE_ANTES = regex.compile(r"(?:^|\W)(?:desde|en)\W*$")
_DESDE_DESPUES = regex.compile(r"\s*,?\s*(?:(?:te|le|les)\s+\w+(?:amos|emos|imos)|queremos|deseamos)\b")
_VENCE_DESPUES = regex.compile(r"\s*(?:se\s+)?(?:vence|vencen|vencera|venceran)\b")
_DIAS_DESPUES = regex.compile(
    r"\W*(?:dias|horas|semanas|meses)\b(?!\s+(?:\w+\s+)?(?:de\s+)?(?:atraso|mora|deuda|retraso|"
    r"vencid\w*|impag\w*))")


def elemento_por_contexto(texto: str, inicio: int, fin: int) -> str | None:
    """Elemento de un marcador sin nombre propio por la etiqueta que lo precede
    ("Valor pendiente: {{2}}" -> importe, "antes del {{4}}" -> fecha) o por lo que sigue
    ("en los próximos {{4}} días" -> fecha)."""
    despues = plegar(texto[fin:fin + 30])
    previo = plegar(texto[max(0, inicio - 40):inicio])
    if _DIAS_DESPUES.match(despues):
        if _VENCIO_HACE.search(previo):
            return "fecha_vencimiento"
        if _HACE.search(previo) or _ATRASO_ANTES.search(previo):
            return None  # «desde hace {dias} días», «atrasado de {n} días»: atraso, no un plazo
        return "fecha_vencimiento"  # «en los próximos {{4}} días»
    corte = max(previo.rfind("\n"), previo.rfind(". "))
    if corte >= 0 and not previo[corte + 1:].strip() and previo[:corte].strip():
        # solo en su línea: la etiqueta es la línea de antes («Atentamente,» y debajo «%s»)
        previo = previo[:corte].rstrip()
        corte = max(previo.rfind("\n"), previo.rfind(". "))
    previo = previo[corte + 1:] if corte >= 0 else previo
    previo = regex.sub(r"_+\s*$", " ", previo)  # «cuota No. _{cuota.mes}_»: la cursiva de WhatsApp
    for elemento, patron in _ETIQUETAS:
        if patron.search(previo):
            return elemento
    if _VENCE_DESPUES.match(despues):
        return "fecha_vencimiento"  # «${cuando} se vencen»; no «del crédito {{4}} vence el»
    if _REMITENTE_DESPUES.match(despues):
        return "remitente"  # «{{2}} te recuerda que...», «%s informa:»
    if _DESDE_ANTES.search(previo) and _DESDE_DESPUES.match(despues):
        return "remitente"  # «desde {{2}} te recordamos», «En %s queremos recordarte»
    return None
