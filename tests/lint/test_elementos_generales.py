"""Elementos obligatorios por *clase* de redacción, no por frase (issue 10, punto 4).

Cada prueba nombra un mecanismo (quién firma, un canal de quien cobra, una referencia, una
cantidad o un plazo) y comprueba el elemento exacto que se halla o que falta, en textos
propios con la forma de las plantillas reales (ninguno es del corpus).
"""

from __future__ import annotations

import pytest

from generador.lint.marcadores import buscar, elemento_de_nombre

from .elementos import elementos_ausentes


# --- Marcadores de todas las sintaxis, con su sentido por el nombre o por la etiqueta ---
@pytest.mark.parametrize(("texto", "esperado"), [
    # printf: sin nombre, manda la etiqueta de antes
    ("Tiene un saldo pendiente de %1$s.", [("printf", "importe")]),
    ("Estimado socio %d, registra %d meses de deuda.", [("printf", "referencia"),
                                                         ("printf", None)]),
    # #nombre# de los generadores de cartas
    ("Tels:#telefonosicsa#\nNO. CUENTA:#cuenta#", [("almohadillas", "contacto"),
                                                   ("almohadillas", "referencia")]),
    # expresiones de JSX y f-strings: manda la variable, no los textos de la condición
    ("{formatCurrency(cuota.monto)}", [("llaves_expresion", "importe")]),
    ("Consultas: {CONFIG.get('phone_contact', '')}", [("llaves_expresion", "contacto")]),
    ("Atentamente, {context['company_name']}", [("llaves_expresion", "remitente")]),
    ("vence en {dias === 1 ? 'día' : 'días'}", [("llaves_expresion", "fecha_vencimiento")]),
    ("{estado === 'pendiente' ? 'Pendiente' : 'Pagado'}", [("llaves_expresion", None)]),
    # ${ } partido en varias líneas por el formateador
    ("póliza ${\n\t\tpoliza.numero_poliza\n\t}.", [("dolar_llaves_lineas", "referencia")]),
    # huecos de un modelo de carta: su sentido lo da la etiqueta
    ("DEUDA VENCIDA S/………………", [("hueco", "importe")]),
    ("Acto número: ________.", [("hueco", "referencia")]),
])
def test_sintaxis_de_plantillas_ajenas(texto, esperado):
    assert [(m.sintaxis, m.elemento) for m in buscar(texto)] == esperado


@pytest.mark.parametrize(("nombre", "elemento"), [
    ("fechavencimiento", "fecha_vencimiento"),  # dos palabras pegadas
    ("montopendiente", "importe"),
    ("numero_pedido", "referencia"),  # variable del modelo sin elemento: un identificador
    ("telefono_despacho", "contacto"),  # un canal, sea de quien sea
    ("company_address", "contacto"),
    ("customer_address", None),  # la dirección del cliente no es un contacto
    ("billing_address", None),
    ("fecha_entrega", None),  # la fecha de entrega no es un vencimiento
    ("currency_code", None),  # el código de la moneda no es una referencia
    ("login_url", None),  # entrar no es pagar
    ("apellido_materno", "nombre_cliente"),
])
def test_nombres_de_variables(nombre, elemento):
    assert elemento_de_nombre(nombre) == elemento


@pytest.mark.parametrize("texto", [
    "Gracias……",  # puntos suspensivos en la prosa
    "Hola\n________________\nPie",  # una línea de separación
    "Un descuento del 10%s",
    "Escríbenos con el asunto #PagoPendiente",
])
def test_lo_que_no_es_un_marcador_nuevo(texto):
    assert buscar(texto) == []


def test_una_cadena_literal_entre_llaves_es_texto_y_no_un_elemento():
    (marca,) = buscar("{{ 'tiene un pago pendiente.' }}")
    assert (marca.sintaxis, marca.elemento) == ("mustache", None)


def test_los_datos_del_cliente_no_son_el_remitente_ni_su_contacto():
    marcas = buscar("Empresa: {cliente.empresa}\nCorreo: {cliente.email}")
    assert [(m.nombre, m.elemento) for m in marcas] == [
        ("cliente.empresa", None), ("cliente.email", None)]


def test_quien_emite_la_factura_va_tras_su_numero():
    marcas = buscar("Recordatorio: Factura :invoice de :account")
    assert [(m.nombre, m.elemento) for m in marcas] == [
        ("invoice", "referencia"), ("account", "remitente")]
    # el importe tras «de» sigue siendo el importe
    assert [m.elemento for m in buscar("Factura F-12 de {{ importe }}")] == ["importe"]


def test_la_firma_del_usuario_que_envia_si_es_el_remitente():
    assert [m.elemento for m in buscar("__USER_SIGNATURE__")] == ["remitente"]


@pytest.mark.parametrize(("texto", "elemento"), [
    ("Valor recibido: {{3}}", "importe"),
    ("Monto a pagar: {{2}}", "importe"),
    ("📋 Solicitud: {{3}}", "referencia"),
    ("🏠 Inmueble: {{2}}", "referencia"),
])
def test_etiquetas_de_los_marcadores_numerados(texto, elemento):
    assert [m.elemento for m in buscar(texto)] == [elemento]


def test_dias_de_atraso_con_nombre_no_son_un_plazo():
    texto = '¡TIENEN ${cuenta.dias} DÍA${cuenta.dias > 1 ? "S" : ""} EN MORA!'
    assert [(m.nombre, m.elemento) for m in buscar(texto)] == [("dias", None), ("dias", None)]
    assert [m.elemento for m in buscar("Vence en {{ dias }} días.")] == ["fecha_vencimiento"]


def test_un_marcador_sin_nombre_conocido_antes_de_vencer_es_la_fecha():
    assert [m.elemento for m in buscar("te recuerda que ${cuando} se vencen tus servicios")] == [
        "fecha_vencimiento"]


def test_la_condicion_de_una_expresion_no_da_nombre():
    assert [m.elemento for m in buscar("el pago de ${loanDomain.quotasPaid ?: 0} cuotas")] == [
        None]


def test_dias_de_atraso_no_son_un_plazo():
    assert [m.elemento for m in buscar("Lleva {{2}} días de atraso.")] == [None]
    assert [m.elemento for m in buscar("Pague en los próximos {{2}} días.")] == [
        "fecha_vencimiento"]


# --- Remitente: quién escribe, y lo que no lo es ---------------------------------------
@pytest.mark.parametrize("texto", [
    "Tu cuota vence mañana. Escríbenos por este medio. — Cooperativa Ejemplo",
    "Recordatorio de pago - Fiado Ejemplo\nHola Ana, tu saldo vence mañana.",
    "Hola, somos Ejemplo Telecom. Tu factura vence mañana.",
    "Tu saldo vence hoy.\nAtentamente,\nDepartamento de Cobranza",
    "Tu saldo vence hoy.\nLe saluda, Ana Gómez",
    "Su saldo vence hoy.\nEjemplo Comercial S.A. de C.V.",
    "Distribuidora Ejemplo S.R.L. le recuerda su pago.",
    "Tu factura de Movistar vence el 5.",
    "Hola, soy Ana de Ejemplo. Tu saldo vence hoy.",
    "Ejemplo Net informa: tu saldo vence hoy.",
    "Desde Ejemplo Net te recordamos que tu saldo vence hoy.",
    "En Ejemplo queremos recordarte que tu saldo vence hoy.",
    "Tu saldo vence hoy.\ncobranzas@ejemplo.com",
])
def test_quien_escribe(texto):
    assert "remitente" not in elementos_ausentes(texto)


@pytest.mark.parametrize("texto", [
    # el destinatario y su empresa
    "Estimado Sr. Pérez:\nSu factura vence el 5 de marzo.",
    "Señores: Constructora Andes S.A.S.\nLa factura F-12 vence el 5 de marzo.",
    # el banco o la plataforma donde se paga
    "Deposite en la cuenta del Banco de la Nación antes del 5 de marzo.",
    "Pague con Mercado Pago antes del 5 de marzo.",
    # un encabezado del propio cobro, un botón, una etiqueta con su marcador
    "Pago vencido: la factura F-12 venció ayer.",
    "Tu factura F-12 venció ayer.\nINGRESAR AL PORTAL",
    "Recordatorio de pago - Contrato {folio}\nTu cuota venció ayer.",
    "Tu cuota venció ayer - Pague Ya",
])
def test_lo_que_no_dice_quien_escribe(texto):
    assert "remitente" in elementos_ausentes(texto)


# --- Contacto: un canal de quien cobra ---------------------------------------------------
@pytest.mark.parametrize(("texto", "canal"), [
    ("¿Alguna duda? Escríbenos aquí.", "whatsapp"),
    ("Realice el pago y envíe el soporte por este medio.", "whatsapp"),
    ("Si ya pagaste, envíanos el comprobante.", "whatsapp"),
    ("Si quieres comentar algo, dímelo y lo vemos.", "whatsapp"),
    ("Para consultas respondé este email.", "email"),
    ("Le agradecemos que nos indique cuándo podremos recibir el pago.", "email"),
    ("Puedes acercarte a la tienda cuando te sea posible.", "whatsapp"),
    ("Por favor, acérquese a nuestras oficinas para regularizar.", "carta"),
    ("Comuníquese a nuestros teléfonos (81) 2047 3204.", "carta"),
    ("Buenos días, le llama un asesor de Ejemplo Financiera.", "llamada"),
])
def test_canales_de_quien_cobra(texto, canal):
    assert "contacto" not in elementos_ausentes(texto, canal=canal)


@pytest.mark.parametrize(("texto", "canal"), [
    ("Escríbanos por correo si tiene dudas.", "email"),  # nombra el canal sin darlo
    # «por este medio» como fórmula de apertura de una carta no invita a responder
    ("Por este medio le informamos que su factura F-12 está vencida.", "carta"),
    ("Este es un correo automático, por favor no responda a este mensaje.", "email"),
    ("Si no paga, tendremos que acudir a la agencia de recaudación.", "carta"),
    ('<img src="https://static.ejemplo.com/logo.svg"> Su factura vence hoy.', "email"),
])
def test_lo_que_no_es_un_canal_de_quien_cobra(texto, canal):
    assert "contacto" in elementos_ausentes(texto, canal=canal)


# --- Referencia, importe, plazo y formas de pago -------------------------------------------
@pytest.mark.parametrize("texto", [
    "Crédito No. 123456 pendiente.",
    "Su préstamo N° 4589 está vencido.",
    "Operación 889123 vencida.",
    "Tarjeta terminada en 1234 con saldo pendiente.",
])
def test_identificadores_de_la_deuda(texto):
    assert "referencia" not in elementos_ausentes(texto)


@pytest.mark.parametrize("texto", [
    "Debe Bs. 150,00", "Saldo: UF 3,5", "Total: $ 150.000", "Son US$ 20", "Saldo Gs. 150.000",
    "Debe $U 1.200", "Total: Q 1,250.00", "Debe 150 mil pesos", "Debe 2 millones de pesos",
    "Total COP 150.000", "Saldo S/ 120.00",
])
def test_cantidades_de_cada_pais(texto):
    assert "importe" not in elementos_ausentes(texto)


def test_una_letra_sin_decimales_no_es_una_cantidad():
    assert "importe" in elementos_ausentes("Informe Q 2 del año.")


@pytest.mark.parametrize("texto", [
    "Paga este viernes.", "Paga el día 15.", "Tiene 48 hs para pagar.",
    "Debe pagar dentro de las 24 hrs.", "Por favor, realice el pago hoy.",
    "Regularice hoy su saldo.", "Plazo improrrogable: 7 días naturales.",
    "Cortaremos el servicio 48h después del envío de este correo.", "Paga en 24h.",
    "Vence marzo 15.", "Vence el 15-mar-2026.", "Vence el 15 mar. 2026.",
])
def test_plazos_relativos(texto):
    assert "fecha_vencimiento" not in elementos_ausentes(texto)


def test_la_fecha_de_una_norma_no_es_un_plazo():
    texto = "Según el Real Decreto 897/2017, de 6 de octubre, tienes derecho al bono social."
    assert "fecha_vencimiento" in elementos_ausentes(texto)


@pytest.mark.parametrize("texto", [
    "Pague en cualquier agente BCP.", "Nuestro cobrador pasará a recoger el pago.",
    "¿Deseas que te enviemos la liga de pago?",
])
def test_formas_de_pago(texto):
    assert "opciones_pago" not in elementos_ausentes(texto)


@pytest.mark.parametrize("texto", [
    "Escríbenos por WhatsApp: https://wa.me/5215512345678",
    '<img src="https://cdn.ejemplo.com/logo.png"> Tu factura vence hoy.',
])
def test_un_chat_o_un_logo_no_son_una_forma_de_pago(texto):
    assert "opciones_pago" in elementos_ausentes(texto)


# --- Sintaxis de más: posicionales de MessageFormat/.NET/Python y ERB/EJS -----------------
@pytest.mark.parametrize(("texto", "esperado"), [
    ("Estimado {0}, su saldo de {1} vence el {2}.",
     [("llaves_numero", "nombre_cliente"), ("llaves_numero", "importe"),
      ("llaves_numero", "fecha_vencimiento")]),
    ("Tu factura {0} por un total de {1,number,#.##}",
     [("llaves_numero", "referencia"), ("llaves_numero", "importe")]),
    ("Hola {}, debes {} pesos", [("llaves_vacias", "nombre_cliente"), ("llaves_vacias", "importe")]),
    ("Vence: <%= fecha %>", [("erb", "fecha_vencimiento")]),
    ("Total: <%= number_to_currency(@factura.total) %>", [("erb", "importe")]),
    ("<% if vencida %>Tu factura está vencida.<% end %>", [("erb_bloque", None), ("erb_bloque", None)]),
    ("function() {}", [("llaves_vacias", None)]),
])
def test_sintaxis_posicionales_y_erb(texto, esperado):
    assert [(m.sintaxis, m.elemento) for m in buscar(texto)] == esperado


@pytest.mark.parametrize(("nombre", "elemento"), [
    ("whatsapp_number", "contacto"),  # un canal con «number» no es una referencia
    ("due_on", "fecha_vencimiento"),  # cuándo vence, no cuánto
])
def test_nombres_que_enganan(nombre, elemento):
    assert elemento_de_nombre(nombre) == elemento


@pytest.mark.parametrize(("texto", "nombre", "elemento"), [
    ("${object.company_id.name}", "company_name", "remitente"),
    ("{{ negocio.nombre }}", "negocio_nombre", "remitente"),
    ("{{ cliente.nombre }}", "nombre", "nombre_cliente"),
])
def test_el_objeto_dice_de_quien_es_el_nombre(texto, nombre, elemento):
    assert [(m.nombre, m.elemento) for m in buscar(texto)] == [(nombre, elemento)]


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Paga hasta {{3}}.", ["fecha_vencimiento"]),
    ("El pago es para el {{3}}.", ["fecha_vencimiento"]),
    ("Descuento de hasta {{2}}%", [None]),  # «de hasta» no es un plazo
    ("Factura N° {{2}} por {{3}}", ["referencia", "importe"]),  # «<documento> <n.º> por»
    ("Tu cuota del crédito {{4}} vence el {{5}}.", ["referencia", "fecha_vencimiento"]),
    ("Atentamente,\n%s", ["remitente"]),  # la etiqueta en la línea de antes
])
def test_mas_etiquetas_de_marcadores_sin_nombre(texto, esperado):
    assert [m.elemento for m in buscar(texto)] == esperado


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Solicitud: *****", [("asteriscos", "referencia")]),  # una máscara tras su etiqueta
    ("*Hola*", []),  # las negritas de WhatsApp no son un marcador
    ("Estimado(a) {{propietario}}, le informamos", [("mustache", "nombre_cliente")]),
    ("Atentamente,\n{{ propietario }}", [("mustache", "remitente")]),
    ("Tu pago está vencido desde hace {dias} días.", [("llaves", None)]),  # atraso
    ("Tienes {dias} días para pagar.", [("llaves", "fecha_vencimiento")]),
])
def test_mascaras_saludos_y_dias(texto, esperado):
    assert [(m.sintaxis, m.elemento) for m in buscar(texto)] == esperado
