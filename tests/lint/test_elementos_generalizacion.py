"""Elementos obligatorios en formas de fuentes que nadie ha leído (issue 10, punto 4).

Casos escritos para esta prueba (ninguno es del corpus), por **clase** y con su gemelo sin el
elemento, de varios países (mx co ar cl pe es ve ec do), canales y tratamientos:

- *remitente*: quien emite o envía el mensaje como agente («factura emitida por X», «mensaje
  automático de X»), la carta que se firma a sí misma («Quien suscribe», «El suscrito»), la
  cabecera o la ficha («De: X <...>», «Acreedor: X»), el hueco de un modelo de carta («(nombre
  de la empresa)»), la marca desde la que se escribe en un marcador numerado («desde {{2}} te
  recordamos») y los nombres de marcador que nombran a la entidad por su clase (``site.title``,
  ``nombre_comercial``, ``{{ team }}``, ``##EMPRESA##``). Y lo que no es quien envía: un
  servicio o un producto escrito con mayúscula inicial («Recibo de Luz», «Póliza de Seguro de
  Auto», «Servicio de Internet»), una etiqueta con su número al final («Cel 300...»), un cierre
  tras una raya («- Gracias»), una etapa del proceso («turnado a DEMANDA JUDICIAL»), el fisco o un
  regulador que emite una norma, el medio por el que se envía («Enviado desde Outlook»).
- *plazo*: el cobro o el vencimiento con un día relativo y un verbo en medio («su próximo cobro
  será mañana», «vence este mes»), y los marcadores de la fecha de corte; no la fecha de
  emisión de una factura en un marcador con objeto (``invoice.date``) ni «los pagos pendientes
  para este mes».
- *marcadores*, por la clase del nombre y la etiqueta de antes: el nombre de un servicio no
  identifica la deuda; la cuenta tras «Banco:» es adonde pagar; el documento de identidad de la
  persona no es la referencia; la dirección del inmueble no es un contacto de quien cobra (la de
  «nuestras oficinas», sí); tras el signo de la moneda va un importe; los días de atraso, la
  fecha de hoy o la de la carta no son un plazo; un enlace para ver o descargar no es una forma
  de pago.
- *formas de pago*: «Puedes pagar:» y, en la lista que sigue, dónde.
"""

from __future__ import annotations

import pytest

from generador.lint.marcadores import buscar

from .elementos import elementos_ausentes

# --- remitente: presente ---------------------------------------------------------------------

REMITENTE_PRESENTE = [
    ("email", "mensaje", "Este es un mensaje automático de Aguas del Valle. Su recibo vence "
                         "mañana."),
    ("email", "mensaje", "Su recibo vence mañana.\n\nNotificación automática enviada por "
                         "Servicios Andinos."),
    ("email", "mensaje", "Hola Ana, adjuntamos la factura emitida por Papelería Montes, que "
                         "vence el viernes."),
    ("carta", "mensaje", "Quien suscribe, Pedro López, apoderado de la acreedora, le requiere el "
                         "pago de su saldo."),
    ("carta", "mensaje", "El suscrito, en su calidad de gerente de cartera, le informa que su "
                         "saldo está vencido."),
    ("email", "mensaje", "De: Cobranzas Tienda Sol <cobros@tiendasol.mx>\nPara: ana@correo.com\n"
                         "Asunto: Saldo\n\nHola Ana, tu saldo vence hoy."),
    ("carta", "mensaje", "Acreedor: Distribuidora Llanos\nDeudor: Juan Pérez\n\nSu saldo de $500 "
                         "está vencido."),
    ("carta", "mensaje", "Entidad acreedora: Cooperativa San Isidro\n\nSu aporte sigue "
                         "pendiente."),
    ("carta", "plantilla", "Estimado cliente:\n\nSu saldo sigue pendiente.\n\nAtentamente,\n\n"
                           "(nombre de la empresa)"),
    ("whatsapp", "plantilla", "Hola {{1}}, desde {{2}} te recordamos que tu factura vence hoy."),
    ("email", "plantilla", "Hola %s, tu factura vence hoy.\n\n%s le agradece su preferencia."),
    ("email", "plantilla", "Hola {{nombre}}, tu factura vence hoy.\n\n{{ site.title }}"),
    ("email", "plantilla", "Hola {{nombre}}, tu factura vence hoy.\n\n{{ nombre_comercial }}"),
    ("email", "plantilla", "Hola {{nombre}}, tu factura vence hoy.\n\n{{ nombre_inmobiliaria }}"),
    ("email", "plantilla", "Hola {{nombre}}, tu factura vence hoy.\n\n{{ nombreFinanciera }}"),
    ("email", "plantilla", "Hola {{ name }}, tu factura vence hoy.\n\n— {{ team }}"),
    ("email", "plantilla", "Hola ##NOMBRE##, tu factura vence hoy.\n\n##EMPRESA##"),
    # la entidad por su clase: la plataforma, la app, el club
    ("email", "mensaje", "Estimado usuario de la plataforma Cobrix, su suscripción vence hoy."),
    ("email", "mensaje", "Hola Ana, gracias por usar la app Fiado Fácil. Tu saldo vence hoy."),
    ("sms", "mensaje", "Socio del club Deportivo Norte: tu cuota vence hoy."),
    # el bloque de firma en negrita con la dirección debajo
    ("email", "mensaje", "Su cuota vence hoy.\n\n**Ferretería El Tornillo**\nAv. Libertad 123, "
                         "Quito"),
    # un nombre propio que empieza por un nombre común sigue siendo un nombre («Luz del Sur»)
    ("email", "mensaje", "Asunto: Tu recibo de Luz del Sur\n\nHola Juan, tu recibo vence hoy."),
]

REMITENTE_AUSENTE = [
    # lo que se cobra, con mayúscula inicial
    ("email", "mensaje", "Estimado Cliente:\n\nLe recordamos que su Póliza de Seguro de Auto se "
                         "encuentra vencida.\nFavor de Realizar su Pago a la Brevedad.\n\nSaludos"),
    ("sms", "mensaje", "Recordatorio: Su Recibo de Luz vence mañana. Pague en Efecty."),
    ("email", "mensaje", "Asunto: Factura Vencida - Servicio de Internet\n\nEstimado cliente, su "
                         "factura está vencida."),
    # una orden en mayúsculas iniciales al final o «Recuerde:» al empezar no son una marca
    ("email", "mensaje", "Asunto: ÚLTIMA NOTIFICACIÓN\n\nSr. Ramírez:\nSu Cuenta de Tarjeta de "
                         "Crédito registra un atraso.\nEvite Acciones Legales."),
    ("sms", "mensaje", "Recuerde: su Cuota de Mantenimiento vence el 10. Evite Recargos."),
    # la app de la billetera con que se paga no es quien cobra
    ("email", "mensaje", "Hola Ana, tu saldo vence hoy. Paga desde la app Nequi."),
    # una etiqueta con su número, o un cierre, al final
    ("sms", "mensaje", "AVISO PREJUDICIAL: Su cuenta registra mora. Evite el embargo de sus "
                       "bienes. Cel 3001234567"),
    ("sms", "mensaje", "Su cuota del 15/06 esta vencida. Pague por Yape al 987654321 - Gracias"),
    # una etapa del proceso no es una empresa
    ("sms", "mensaje", "Sr. JUAN PEREZ LOPEZ hemos intentado localizarlo sin exito, su caso sera "
                       "turnado a DEMANDA JUDICIAL. Evite el EMBARGO de sus bienes."),
    # el medio, el fisco o un regulador
    ("email", "mensaje", "Hola Ana, tu saldo vence hoy.\n\nEnviado desde Outlook"),
    ("email", "mensaje", "Su cuota vence hoy, según la factura emitida por el SAT."),
    # el hueco de quien recibe, el cliente
    ("carta", "plantilla", "Estimado (nombre del cliente):\n\nSu saldo sigue pendiente."),
    ("whatsapp", "plantilla", "Hola {{1}}, tu factura de {{2}} vence hoy."),
]


@pytest.mark.parametrize(("canal", "modo", "texto"), REMITENTE_PRESENTE)
def test_remitente_presente(canal, modo, texto):
    assert "remitente" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), REMITENTE_AUSENTE)
def test_remitente_ausente(canal, modo, texto):
    assert "remitente" in elementos_ausentes(texto, canal, modo=modo)


# --- plazo -----------------------------------------------------------------------------------

FECHA_PRESENTE = [
    ("email", "mensaje", "Su próximo cobro será mañana."),
    ("email", "mensaje", "El débito está programado para mañana."),
    ("sms", "mensaje", "Su cuota vence este mes. Evite recargos."),
    ("email", "plantilla", "Recuerda que tu corte es el {{ corte }}."),
    ("email", "plantilla", "Fecha de corte: :cutoff"),
    ("email", "plantilla", "Tu factura vence {{ due_in }}."),
]

FECHA_AUSENTE = [
    ("email", "plantilla", "Factura emitida el {{ invoice.date }}."),
    ("email", "mensaje", "Tienes los siguientes pagos pendientes para este mes."),
    ("email", "mensaje", "Su próximo cobro será por transferencia."),
]


@pytest.mark.parametrize(("canal", "modo", "texto"), FECHA_PRESENTE)
def test_plazo_presente(canal, modo, texto):
    assert "fecha_vencimiento" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), FECHA_AUSENTE)
def test_plazo_ausente(canal, modo, texto):
    assert "fecha_vencimiento" in elementos_ausentes(texto, canal, modo=modo)


def test_fecha_de_un_objeto_es_la_de_ese_objeto():
    marcadores = buscar("Emitida el {{ invoice.date }}; vence el {{ cuota.fecha }}.")
    assert [(m.nombre, m.elemento) for m in marcadores] == [
        ("invoice_date", None), ("cuota_fecha", "fecha_vencimiento")]


# --- formas de pago --------------------------------------------------------------------------

def test_pagar_en_una_lista_tras_los_dos_puntos():
    texto = "Puedes pagar:\n\n- En BBVA, con el convenio CIE 001776533.\n- En nuestra caja."
    assert "opciones_pago" not in elementos_ausentes(texto, "email", modo="mensaje")


def test_pagar_sin_decir_donde_no_es_una_forma_de_pago():
    texto = "Puedes pagar:\n\n- Hoy mismo, para evitar recargos."
    assert "opciones_pago" in elementos_ausentes(texto, "email", modo="mensaje")


# --- contacto --------------------------------------------------------------------------------

def test_responder_a_este_mismo_correo_es_un_contacto():
    texto = "Quedamos atentos a cualquier consulta, respondiendo este mismo correo."
    assert "contacto" not in elementos_ausentes(texto, "email", modo="mensaje")


def test_no_responder_a_este_mismo_correo_no_es_un_contacto():
    texto = "Por favor, no responda a este mismo correo."
    assert "contacto" in elementos_ausentes(texto, "email", modo="mensaje")


# --- marcadores por la clase del nombre y la etiqueta de antes --------------------------------

MARCADORES = [
    # un servicio por su nombre dice qué, no cuál; con número sí identifica
    ("El pago de su servicio {NOMBRE_DEL_SERVICIO} está pendiente.",
     [("NOMBRE_DEL_SERVICIO", None)]),
    ("Servicio n.º {{ numero_servicio }} pendiente.", [("numero_servicio", "referencia")]),
    ("Dominio: {$service_domain}", [("service_domain", "referencia")]),
    # la cuenta tras la etiqueta del banco es adonde pagar
    ("Banco: {BANCO}\nNúmero de Cuenta: {NUMERO_CUENTA}\nTitular: {TITULAR_CUENTA}",
     [("BANCO", "opciones_pago"), ("NUMERO_CUENTA", "opciones_pago"),
      ("TITULAR_CUENTA", "opciones_pago")]),
    ("Deposite en la cuenta {{ cuenta }}.", [("cuenta", "opciones_pago")]),
    ("Su cuenta {{ cuenta }} registra un saldo.", [("cuenta", "referencia")]),
    # el documento de identidad de la persona no es la referencia
    ("identificado con cédula de ciudadanía No {{ $document }}, tiene", [("$document", None)]),
    ("DNI: {{ numero }}", [("numero", None)]),
    # un estado no identifica («crédito ${estadoTexto}»)
    ("Tiene un crédito ${estadoTexto}.", [("estadoTexto", None)]),
    # la dirección del inmueble no es un contacto de quien cobra; la de sus oficinas sí
    ("el inmueble ubicado en [dirección del inmueble], cuyo canon", [("dirección del inmueble",
                                                                       None)]),
    ("la propiedad ubicada en {{ direccion }} se encuentra en mora", [("direccion", None)]),
    ("Visite nuestras oficinas ubicadas en {{ direccion }}.", [("direccion", "contacto")]),
    ("Escríbenos a {{ email }} o visítanos en {{ direccion }}.",
     [("email", "contacto"), ("direccion", "contacto")]),
    # tras el signo de la moneda va una cantidad; cada cuánto se paga no es cómo
    ("Monto de tu cuota (${paymentFreq}): $${weeklyPayment}",
     [("paymentFreq", None), ("weeklyPayment", "importe")]),
    ("Total: S/ {pago}", [("pago", "importe")]),
    # los días de atraso no son un plazo aunque los siga «días»; la cantidad con la etiqueta sí
    ("por un valor de *${formattedOverdue}* y ${metrics.overdueDays} días de mora",
     [("formattedOverdue", "importe"), ("overdueDays", None)]),
    ("Sin abono: *${diasSinAbono} días*", [("diasSinAbono", None)]),
    ("Paga en los próximos ${diasRestantes} días", [("diasRestantes", "fecha_vencimiento")]),
    # la fecha de hoy o la de la carta no son un vencimiento
    ("Fecha: ${new Date().toLocaleDateString('es-MX')}",
     [("new Date().toLocaleDateString('es-MX')", None)]),
    ("Santiago, {lblFecha}\n\nSeñor", [("lblFecha", None)]),
    # un enlace para ver o descargar no es una forma de pago; para ver y pagar, sí
    ("Ver la factura: {{invoice.url}}", [("url", None)]),
    ("Descarga tu estado de cuenta:\n${pdfUrl}", [("pdfUrl", None)]),
    ("Puedes ver y pagar tu factura en {{ invoice.url }}", [("url", "opciones_pago")]),
    # nombres que nombran a quien cobra por su clase
    ("{{ site.title }} · {{ nombre_comercial }} · {{ team }} · ##EMPRESA##",
     [("site_title", "remitente"), ("nombre_comercial", "remitente"), ("team", "remitente"),
      ("EMPRESA", "remitente")]),
]


@pytest.mark.parametrize(("texto", "esperado"), MARCADORES)
def test_marcador_por_clase_y_etiqueta(texto, esperado):
    assert [(m.nombre, m.elemento) for m in buscar(texto)] == esperado


def test_referencia_ausente_si_el_unico_marcador_es_el_servicio():
    texto = "Hola {{nombre}}, el pago de su servicio {{ servicio }} está pendiente."
    assert "referencia" in elementos_ausentes(texto, "email", modo="plantilla")
    texto_con_numero = "Hola {{nombre}}, el pago de su servicio {{ numero_servicio }} está pendiente."
    assert "referencia" not in elementos_ausentes(texto_con_numero, "email", modo="plantilla")
