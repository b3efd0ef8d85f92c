"""Elementos obligatorios en textos que nadie ha visto al ajustar (issue 10, ronda 7).

Casos escritos para esta prueba (ninguno es del corpus) pensando en **cómo se presenta cada
elemento en cada canal**, no en mensajes vistos: quien envía un SMS se anuncia con su marca
delante («BANCOX:», «[Movistar]», «CrediYa informa», «Msj de X») o detrás («- X», «Atte. X»);
en WhatsApp se presenta una persona de una empresa («soy Ana de X», «aquí Ana, de X»); en el
correo y la carta firma un bloque (nombre, cargo, área, empresa, sufijo societario). Y lo que
*no* es quien envía: el cliente («Juan Pérez:»), el banco o la plataforma donde se paga, el
juzgado o el regulador que se nombran, un botón o el pie de enlaces.

El importe de un SMS suele ir sin moneda tras su etiqueta («su deuda de 1500», «saldo 350»,
«Total a pagar 1.200»), en jerga («50 lucas», «20 mil») o en un marcador tras la etiqueta
(«Monto: {{2}}»). Un recibo o confirmación de pago («hemos recibido su pago por
transferencia») no ofrece formas de pago.

Cada caso dice el elemento exacto que debe hallarse o faltar; los mensajes enteros, el
conjunto exacto de elementos que faltan.
"""

from __future__ import annotations

import pytest

from .elementos import elementos_ausentes

# --- remitente -------------------------------------------------------------------------------

REMITENTE_PRESENTE = [
    # SMS: la marca delante, con dos puntos, corchetes, «informa», «Msj de»
    ("sms", "COPPEL: Sr. Juan, su abono semanal de $350 vence hoy."),
    ("sms", "[Movistar] Tu recibo de S/ 59.90 vence el 12/05."),
    ("sms", "[Recuperadora Ágil] Sr. Pérez, su adeudo vence hoy."),
    ("sms", "(Banco Sur) Tu tarjeta tiene un pago vencido."),
    ("sms", "CrediYa informa: tu cuota vence mañana."),
    ("sms", "CrediYa informa. Tu cuota vence mañana."),
    ("sms", "CREDIYA INFORMA QUE SU CUOTA VENCE MAÑANA."),
    ("sms", "Msj de Fincomún: tu pago de $500 vence hoy."),
    ("sms", "Mensaje de Fincomún: tu pago de $500 vence hoy."),
    ("sms", "Recordatorio Fincomún: tu pago de $500 vence hoy."),
    ("sms", "Aviso Izzi: tu servicio será suspendido mañana."),
    ("sms", "AVISO TELMEX: tu recibo vence hoy."),
    ("sms", "Telcel. Tu saldo de $250 vence hoy."),
    ("sms", "Entel Perú: tu recibo de S/ 69 vence el 10/06."),
    ("sms", "Caja Arequipa: Sr. Quispe, su cuota vence mañana."),
    ("sms", "Vodafone: tu factura de 35,20 € está pendiente."),
    ("sms", "ADDI - Hola Juan, tu cuota vence mañana."),
    ("sms", "Kueski | Tu pago de $1,200 vence hoy."),
    # SMS: la marca detrás
    ("sms", "Tu pago de $500 vence hoy. Atte. Cobranza Fincomún"),
    ("sms", "Tu pago de $500 vence hoy - Fincomún"),
    ("sms", "Tu pago de $500 vence hoy. Paga en OXXO. Fincomún."),
    ("sms", "Tu pago de $500 vence hoy. Info: 800 123 4567. Crédito Familiar"),
    ("sms", "Su cuota vence hoy. Despacho Jurídico Lex"),
    ("sms", "Su cuota vence hoy. ATTE: DESPACHO LEX"),
    ("sms", "Su cuota vence hoy.\n-CrediYa"),
    ("sms", "Su cuota vence hoy. //Cobranzas Andinas"),
    # SMS: la marca que recuerda, avisa o pide
    ("sms", "Kueski te recuerda que tu pago vence hoy."),
    ("sms", "Naranja X te avisa que tu resumen vence el 10."),
    ("sms", "Naranja X avisa: tu resumen vence el 10."),
    ("sms", "Fravega te pide que regularices tu cuota."),
    ("sms", "Movistar le solicita regularizar su deuda."),
    ("sms", "Estimado cliente de Elektra, su abono vence hoy."),
    ("sms", "Sr. Pérez, su crédito Coppel presenta atraso."),
    ("sms", "Tu tarjeta Liverpool tiene un saldo vencido."),
    ("sms", "Sr. Pérez, su cuenta Famsa registra un atraso."),
    ("sms", "Su deuda con Banco Sur vence hoy."),
    ("sms", "Tu préstamo Kueski vence hoy."),
    ("sms", "Su adeudo con Tiendas Sol fue asignado a Cobranza Integral."),
    ("sms", "Cobranza Integral, despacho de Banco Sur. Su cuenta presenta atraso."),
    ("sms", "Cobranza Integral. Sr. Pérez, su adeudo con Banco Sur vence hoy."),
    # WhatsApp: una persona de una empresa
    ("whatsapp", "Hola, soy Ana de Créditos Sur. Tu cuota vence mañana."),
    ("whatsapp", "Hola Juan 👋 Aquí Ana, de Tienda Sol. Tu saldo vence el viernes."),
    ("whatsapp", "Hola Juan, es Sofía de RapiCredit. Tu cuota vence mañana."),
    ("whatsapp", "Buen día, le saluda Ana de Créditos Sur."),
    ("whatsapp", "Hola, le escribo de Créditos Sur por su cuota."),
    ("whatsapp", "¿Qué tal, Juan? Ana de Créditos Sur por aquí. Tu cuota vence mañana."),
    ("whatsapp", "Hola Juan, te escribe Ana del equipo de cobranza de Tienda Sol."),
    ("whatsapp", "Tu cuota vence mañana. Saludos de Créditos Sur 🙌"),
    ("whatsapp", "Tu cuota vence mañana.\nEquipo Kueski"),
    ("whatsapp", "Tu cuota vence mañana.\n*Equipo de Cobranza - Tienda Sol*"),
    ("whatsapp", "*Créditos Sur*\nHola Juan, tu cuota vence mañana."),
    ("whatsapp", "🔔 *Tienda Sol* 🔔\nHola Juan, tu cuota vence mañana."),
    ("whatsapp", "Hola Juan, te saludamos de Gimnasio Fuerza. Tu mensualidad vence hoy."),
    ("whatsapp", "Hola Juan, te contactamos de Ópticas Visión por tu saldo pendiente."),
    ("whatsapp", "Hola, somos Ópticas Visión. Tu saldo vence hoy."),
    ("whatsapp", "Hola Juan, le habla Carlos, asesor de cobranza de Banco Sur."),
    ("whatsapp", "Buenas tardes, mi nombre es Carlos y le escribo de parte de Financiera Sur."),
    ("whatsapp", "Hola Juan, soy Carlos, tu asesor en Créditos Sur."),
    # correo y carta: la firma, el área y la empresa
    ("email", "Su factura vence mañana.\n\nAtentamente,\n\nJuan Pérez\nJefe de Cobranza\n"
              "Distribuidora Norte"),
    ("email", "Su factura vence mañana.\n\nSaludos cordiales,\n--\nJuan Pérez | Cobranzas | "
              "Tienda Sol"),
    ("email", "Su factura vence mañana.\n\nSin otro particular,\nJuan Pérez"),
    ("email", "Su factura vence mañana.\n\nQuedamos a su disposición.\n\nAdministración de Fincas "
              "López"),
    ("email", "Su factura vence mañana.\n\nMuchas gracias,\nTienda Sol"),
    ("email", "Su factura vence mañana.\n\nUn saludo\nTienda Sol"),
    ("email", "Su factura vence mañana.\n\nCordiales saludos,\nMaría"),
    ("email", "Su factura vence mañana.\n\nReciba un cordial saludo.\nCobranzas"),
    ("email", "Su factura vence mañana.\n\nDpto. de Cobranzas\nGrupo Andino"),
    ("email", "Su factura vence mañana.\n\nÁrea de Cartera | Clínica Santa Ana"),
    ("email", "Su factura vence mañana.\n\nEl equipo de Tienda Sol"),
    ("email", "Su factura vence mañana.\n\nGerencia de Crédito y Cobranza\nMuebles Hogar"),
    ("email", "Su factura vence mañana.\n\nJuan Pérez\nCobranzas\nTel. 55 1234 5678"),
    ("email", "Su factura vence mañana.\n\nAnte cualquier duda, estamos a tu disposición.\n"
              "Equipo de Soporte"),
    ("carta", "FINANCIERA DEL SUR S.A.\nRUC 20123456789\n\nLima, 5 de mayo de 2026\n\nSeñor "
              "Juan Quispe\nPresente.-\n\nSu cuota vence mañana."),
    ("carta", "Su cuota vence mañana.\n\n_______________________\nLic. Ana Torres\nGerente de "
              "Cobranza"),
    ("carta", "Su cuota vence mañana.\n\nATENTAMENTE\n\nLIC. ANA TORRES\nGERENTE DE COBRANZA"),
    ("email", "Asunto: Tienda Sol - Saldo pendiente\n\nHola Juan, tu saldo vence mañana."),
    ("email", "Asunto: [Ferremax] Saldo pendiente\n\nHola Juan, tu saldo vence mañana."),
    ("email", "Hola Juan,\n\nEn Tienda Sol queremos recordarte que tu saldo vence mañana."),
    ("email", "Gracias por tu compra en Tienda Sol. Tu saldo vence mañana."),
    # a quién llamar, con nombre; la deuda con quien cobra; el servicio con su marca
    ("sms", "Su deuda vence hoy. Comuníquese con Cobranzas Andinas al 01 700 1234."),
    ("sms", "Su deuda vence hoy. Llame a Gestión Cobros ABC al 01 700 1234."),
    ("sms", "Pago vencido hace 5 días. Contacte a CelExpress."),
    ("sms", "Estimado cliente, mantiene una deuda de S/ 1,234.56 con Financiera Oh. Comuniquese "
            "al 01-7001234."),
    ("sms", "SU DEUDA CON FINANCIERA OH VENCE HOY. LLAME AL 01 700 1234"),
    ("sms", "Sr(a) JUAN PEREZ, su obligacion con BANCO FALABELLA presenta mora."),
    ("sms", "Hola! Te recordamos tu cuota 3 de tu credito Crediya. Vence hoy."),
    ("whatsapp", "Estimado usuario:\nSe adjunta resumen de cuenta del servicio *ALARMAS SUR*."),
    ("email", "Su deuda vence hoy.\n\nGestiones Andinas SAC"),
    ("email", "Su deuda vence hoy.\n\nElectrificadora del Caribe S.A. E.S.P."),
    ("email", "Su deuda vence hoy.\n\nImportadora Quito Cía. Ltda."),
    ("email", "Hola Juan, tu saldo vence mañana.\nMensaje enviado por Tienda Sol"),
    ("email", "Tienda Sol\nAv. Siempre Viva 123\n\nHola Juan, tu saldo vence mañana."),
    # quien escribe por cuenta de otro
    ("carta", "Obrando en calidad de apoderado de Rapicredit, le informo que su deuda vence hoy."),
    ("carta", "Como abogado externo de Kueski, le informo que su deuda vence hoy."),
    ("carta", "Le escribo como apoderada de Crediya."),
    # SMS de agencia en mayúsculas; la persona con su título («Lic. Gómez», «Abg. Ramírez»)
    ("sms", "SR JUAN PEREZ SU CUENTA PRESENTA ATRASO. COMUNIQUESE AL 5512345678 CON LIC. GOMEZ"),
    ("sms", "SR JUAN PEREZ SU CUENTA PRESENTA ATRASO. ATTE LIC. GOMEZ"),
    ("sms", "GRUPO COBRANZA SUR: SU CUENTA PRESENTA ATRASO."),
    ("sms", "SU CUENTA PRESENTA ATRASO. GRUPO COBRA SUR"),
    ("sms", "SU CUENTA PRESENTA ATRASO. DESPACHO JURIDICO ROMERO Y ASOCIADOS"),
    ("sms", "SU CUENTA PRESENTA ATRASO - DESPACHO ROMERO"),
    ("sms", "ESTIMADO CLIENTE DE BANCO AZTECA SU CUENTA PRESENTA ATRASO"),
    ("sms", "FINANCIERA CONFIANZA LE RECUERDA QUE SU CUOTA VENCE HOY"),
    ("sms", "ESTUDIO JURIDICO LEX: SU DEUDA VENCE HOY"),
    ("sms", "CAJA HUANCAYO INFORMA: SU CUOTA VENCE HOY"),
    ("sms", "BCP: SU CUOTA VENCE HOY"),
    ("sms", "MIBANCO SU CUOTA VENCE HOY. PAGUE EN AGENTES"),
    ("sms", "SU CUOTA VENCE HOY. CAJA AREQUIPA"),
    ("sms", "ABOGADOS ASOCIADOS PEREZ: SU DEUDA PASA A ETAPA PREJUDICIAL"),
    ("sms", "Sr. Juan, le escribe el Abg. Ramírez por su deuda con Tiendas Sol."),
    ("sms", "Comuníquese con el Lic. Gómez al 55 1234 5678."),
    ("sms", "Atte. Lic. Ana Gómez, Gestora de Cobranza"),
]

REMITENTE_AUSENTE = [
    # el cliente, no quien escribe
    ("sms", "Juan Pérez: su pago vence hoy."),
    ("sms", "Sr. Pérez: su pago vence hoy."),
    ("sms", "Hola Juan Pérez, tu pago vence hoy."),
    ("sms", "Estimado Juan Pérez, su cuota vence hoy."),
    ("whatsapp", "Hola Juan 👋 Tu cuota vence mañana. ¡Gracias!"),
    # el banco o la plataforma donde se paga
    ("sms", "Tu pago vence hoy. Paga en Banco Azteca o en OXXO."),
    ("sms", "Tu pago vence hoy. Deposita en la cuenta BBVA 0123456789."),
    ("sms", "Tu pago vence hoy. Paga con Mercado Pago."),
    ("sms", "Tu pago vence hoy. Transfiere a Bancolombia ahorros 123-456789-01."),
    ("whatsapp", "Tu cuota vence hoy. Puedes pagar por Nequi o Daviplata."),
    # el juzgado o el regulador que se nombran
    ("email", "Su deuda vence hoy. Si no paga, acudiremos al Juzgado Civil."),
    ("email", "Su deuda vence hoy. Puede consultar sus derechos en la CONDUSEF."),
    ("email", "Su deuda vence hoy. Según la Ley Federal de Protección al Consumidor, tiene "
              "derecho a reclamar."),
    # un botón, un título o el pie de enlaces
    ("email", "Su factura vence mañana.\n\nPagar ahora"),
    ("email", "Su factura vence mañana.\n\nVer factura | Darse de baja"),
    ("email", "AVISO IMPORTANTE\nEstimado cliente: su factura vence mañana."),
    ("sms", "URGENTE: su pago vence hoy."),
    ("sms", "RECORDATORIO: Tu pago vence hoy."),
    ("sms", "ÚLTIMO AVISO. Su deuda pasa a cobranza mañana."),
    ("sms", "Tu pago vence hoy. Gracias."),
    ("sms", "Tu pago vence hoy. Evita recargos."),
    ("sms", "Tu pago vence hoy. Paga YA."),
    ("whatsapp", "Tu cuota vence hoy. Saludos."),
    ("whatsapp", "Tu cuota vence hoy.\nGracias 🙏"),
    # la pasiva impersonal no nombra a nadie
    ("email", "Buen día:\nSe le avisa que su pago ha vencido. Se le pide regularizar su situación."),
    ("sms", "Se informa: su pago vence hoy."),
    ("sms", "Le recordamos: su pago vence hoy. No responda este SMS."),
    # un número de factura no es una marca
    ("email", "Tu factura F-12 venció ayer.\nINGRESAR AL PORTAL"),
    ("email", "Tu factura FAC-2026 venció ayer."),
    ("sms", "Alerta de Fraude: tu recibo vence mañana."),
    ("sms", "AVISO IMPORTANTE: su cuenta será enviada a Cobro Judicial."),
    ("sms", "Su deuda fue transferida al Área Legal."),
    ("sms", "Tu saldo pendiente vence hoy, paga con Nequi."),
    ("sms", "Tu deuda vence hoy. Págala con Tarjeta de Crédito."),
    ("sms", "Tu deuda vence hoy. Comunícate con Atención al Cliente."),
    ("sms", "URGENTE SU CUOTA VENCE HOY"),
    ("sms", "JUAN PEREZ SU CUENTA PRESENTA ATRASO"),
    ("sms", "ULTIMO AVISO SU CUENTA PASA A JURIDICO"),
    ("sms", "AVISO DE COBRO SU CUENTA PRESENTA ATRASO"),
    ("sms", "URGENTE - Tu cuota vence hoy."),
    ("sms", "Recordatorio de pago | Tu cuota vence hoy."),
    ("sms", "Juan - tu cuota vence hoy."),
    # un cierre en mayúsculas de título, un cargo sin nombre, el tipo de producto
    ("sms", "Tu cuota vence hoy. Muchas Gracias."),
    ("sms", "Tu cuota vence hoy. Tu Asesor."),
    ("sms", "Tu cuota vence hoy. Evita Recargos."),
    ("sms", "Tu cuota vence hoy. Ver Detalle."),
    ("sms", "Su cuota vence hoy. Evite Reporte Negativo En Centrales De Riesgo."),
    ("sms", "Tu cuota vence hoy. Llámanos."),
    ("sms", "Tu deuda con Intereses vence hoy."),
    ("sms", "Tu cuota de 500 de Marzo vence hoy."),
    ("sms", "Juan. Tu cuota vence hoy."),
    ("sms", "Urgente. Su cuota vence hoy."),
    ("sms", "Su crédito Hipotecario tiene saldo vencido."),
    ("sms", "Su préstamo Personal vence hoy."),
    ("sms", "Tu plan Premium vence hoy."),
    ("sms", "Su servicio Internet será suspendido."),
    ("carta", "Si no paga, su caso pasará al abogado de Turno."),
    ("sms", "Tu deuda vence hoy. Si tienes dudas, comunícate con CONDUSEF."),
    ("sms", "Tu crédito vence hoy. Cumple con Tu Pago."),
    ("email", "AVISO DE PAGO DEL SERVICIO\nEstimado cliente: su recibo vence mañana."),
    ("sms", "Transfiere desde tu cuenta Nequi y evita recargos."),
    ("sms", "Paga con tu tarjeta Visa antes del viernes."),
]


@pytest.mark.parametrize(("canal", "texto"), REMITENTE_PRESENTE)
def test_remitente_presente(canal, texto):
    assert "remitente" not in elementos_ausentes(texto, canal, modo="mensaje")


@pytest.mark.parametrize(("canal", "texto"), REMITENTE_AUSENTE)
def test_remitente_ausente(canal, texto):
    assert "remitente" in elementos_ausentes(texto, canal, modo="mensaje")


# --- importe ---------------------------------------------------------------------------------

IMPORTE_PRESENTE = [
    ("sms", "mensaje", "Su deuda de 1500 vence hoy."),
    ("sms", "mensaje", "SU DEUDA DE 1500 VENCE HOY."),
    ("sms", "mensaje", "Saldo 350.00 vencido."),
    ("sms", "mensaje", "Saldo vencido 1,250.50. Pague hoy."),
    ("sms", "mensaje", "Total a pagar 150."),
    ("sms", "mensaje", "Total a pagar 1.200"),
    ("sms", "mensaje", "Monto vencido 350.00."),
    ("sms", "mensaje", "Importe 34,56."),
    ("sms", "mensaje", "Adeuda 1500 desde marzo."),
    ("sms", "mensaje", "Usted adeuda la suma de 2.500."),
    ("sms", "mensaje", "Usted debe 1500 de su crédito."),
    ("sms", "mensaje", "Tu cuota de 350 vence mañana."),
    ("sms", "mensaje", "Tu pago de 500 vence el viernes."),
    ("sms", "mensaje", "Tu mensualidad de 890 vence hoy."),
    ("sms", "mensaje", "Tu abono semanal de 250 vence hoy."),
    ("sms", "mensaje", "Pago mínimo 350. Vence hoy."),
    ("sms", "mensaje", "Pago minimo: 350"),
    ("sms", "mensaje", "Debe $ 1,234 desde marzo."),
    ("sms", "mensaje", "Debe $1234."),
    ("sms", "mensaje", "Debe S/ 50."),
    ("sms", "mensaje", "Debe S/.50."),
    ("sms", "mensaje", "Debe Bs. 100."),
    ("sms", "mensaje", "Debe USD 20."),
    ("sms", "mensaje", "Debe 20 dólares."),
    ("sms", "mensaje", "Debe MX$1,200."),
    ("sms", "mensaje", "Debe Q500."),
    ("sms", "mensaje", "Debe $1.234,56."),
    ("sms", "mensaje", "Tiene un saldo vencido por 1.234,56."),
    ("sms", "mensaje", "Regularice su deuda por $ 890."),
    ("sms", "mensaje", "Su saldo es de 350 pesos."),
    ("sms", "mensaje", "Su saldo es de 350 pesos mexicanos."),
    ("whatsapp", "mensaje", "Hola, me debes 50 lucas del mes pasado."),
    ("whatsapp", "mensaje", "Hola, me debes 20 mil del mes pasado."),
    ("whatsapp", "mensaje", "Hola, me debes quinientos pesos."),
    ("whatsapp", "mensaje", "Recuerda que me debes cien euros."),
    ("sms", "mensaje", "Deuda: 1.500.000 COP"),
    ("sms", "mensaje", "Su deuda asciende a 4500."),
    ("sms", "mensaje", "Valor a pagar 89.900"),
    ("sms", "mensaje", "Valor pendiente: 89900"),
    ("sms", "mensaje", "Cuota: 250.00"),
    ("sms", "mensaje", "Cuota del mes 250.00"),
    ("sms", "plantilla", "Monto: {{2}}. Vence: {{3}}."),
    ("sms", "plantilla", "Saldo pendiente: {{1}}"),
    ("sms", "plantilla", "Su deuda de [MONTO] vence hoy."),
    ("sms", "plantilla", "Su deuda de %amount% vence hoy."),
    ("sms", "plantilla", "Su deuda de :amount vence hoy."),
    ("sms", "plantilla", "Su deuda de {monto} vence hoy."),
    ("sms", "plantilla", "Su deuda asciende a %s."),
    ("sms", "plantilla", "Debe $%s."),
    # el verbo de pagar con la cantidad, y la moneda nacional de México (M.N.)
    ("sms", "mensaje", "PAGUE SOLO 617.28 Y LIQUIDE SU DEUDA"),
    ("sms", "mensaje", "Liquide hoy 1,234.56 y evite recargos."),
    ("sms", "mensaje", "Cubra 850 hoy."),
    ("sms", "mensaje", "Deposite 500.00 a la cuenta."),
    ("sms", "mensaje", "Su saldo vencido es 1,234.56 M.N."),
    ("sms", "mensaje", "SALDO: 1234.56 MN"),
    ("sms", "mensaje", "Cuota de 35 vence hoy."),
    ("sms", "mensaje", "Saldo: 50"),
    # la cifra con el formato de WhatsApp entre la etiqueta y ella
    ("whatsapp", "mensaje", "*Saldo pendiente:* 1.500"),
    ("whatsapp", "mensaje", "Saldo pendiente: *1.500*"),
    ("whatsapp", "mensaje", "Monto adeudado ➡️ 1.200"),
    ("whatsapp", "mensaje", "Importe pendiente - 1.250,00"),
    # monedas de Venezuela, Honduras, Costa Rica y Guatemala como se escriben en un SMS
    ("sms", "mensaje", "Debe Bs.S 1.234,56"),
    ("sms", "mensaje", "Debe BsD 100"),
    ("sms", "mensaje", "Debe Lps. 1,500"),
    ("sms", "mensaje", "Debe ¢25.000"),
    ("sms", "mensaje", "Debe Q1,500"),
]

IMPORTE_AUSENTE = [
    ("sms", "mensaje", "Debe 3 cuotas."),
    ("sms", "mensaje", "Tu cuota 3 de 12 vence mañana."),
    ("sms", "mensaje", "Tu pago 1 de 6 vence mañana."),
    ("sms", "mensaje", "Tu factura de 2024 sigue pendiente."),
    ("sms", "mensaje", "Su pago de la cuota 5 vence hoy."),
    ("sms", "mensaje", "Su deuda de 90 días pasa a cobranza."),
    ("sms", "mensaje", "Le quedan 2 pagos."),
    ("sms", "mensaje", "Llama al 800 123 4567."),
    ("sms", "mensaje", "Su cuota vence el 15/04."),
    ("sms", "mensaje", "Total: 12 cuotas."),
    ("sms", "mensaje", "Saldo: 30 días de atraso."),
    ("sms", "mensaje", "Tu pedido #1234 está pendiente de pago."),
    ("sms", "mensaje", "Su deuda de más de 60 días será reportada."),
    ("sms", "mensaje", "Tienes 2 mil razones para pagar hoy."),
    ("whatsapp", "mensaje", "Hola, tu cuota vence mañana. ¡Gracias!"),
    ("sms", "mensaje", "Su pago vence el 5 de mayo de 2026."),
    ("sms", "mensaje", "Su cuota de mayo 2026 vence hoy."),
    ("sms", "mensaje", "Su crédito 123456 tiene atraso."),
    ("sms", "mensaje", "Pague 2 cuotas hoy."),
    ("sms", "mensaje", "Pague 15 de mayo."),
    ("sms", "mensaje", "Pague en 24 horas."),
    ("sms", "mensaje", "Tu cuota 12 vence hoy."),
    ("sms", "mensaje", "Pago 12 de tu plan."),
    ("sms", "mensaje", "Total de cuotas: 12"),
    ("sms", "mensaje", "Cuota: 03/12"),
    ("sms", "mensaje", "Saldo al 15/05."),
    ("sms", "mensaje", "Abono 50% hoy."),
    ("sms", "mensaje", "Debes 3 meses de arriendo."),
    ("whatsapp", "mensaje", "Pago #12345"),
    ("whatsapp", "mensaje", "Cuota - 12"),
    ("whatsapp", "mensaje", "Pago: 2026-05"),
]


@pytest.mark.parametrize(("canal", "modo", "texto"), IMPORTE_PRESENTE)
def test_importe_presente(canal, modo, texto):
    assert "importe" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), IMPORTE_AUSENTE)
def test_importe_ausente(canal, modo, texto):
    assert "importe" in elementos_ausentes(texto, canal, modo=modo)


# --- formas de pago: un recibo o una confirmación no ofrecen formas de pago --------------------

PAGO_AUSENTE = [
    ("email", "Hemos recibido su pago por transferencia. Gracias."),
    ("email", "Confirmamos la recepción de tu pago con tarjeta."),
    ("email", "Tu pago con tarjeta terminada en 1234 se registró correctamente."),
    ("email", "Recibimos tu transferencia del 5 de mayo. ¡Gracias!"),
    ("sms", "Tu pago por $500 vía SPEI fue aplicado. Gracias."),
    ("sms", "Pago recibido por Yape. Gracias por tu puntualidad."),
    ("whatsapp", "¡Gracias! Ya nos llegó tu depósito."),
    ("email", "Se ha procesado correctamente el cargo en su tarjeta."),
    ("email", "Su pago mediante domiciliación bancaria ha sido registrado."),
    ("email", "Hemos registrado el ingreso en cuenta de 120 €."),
    ("email", "El recibo domiciliado ha sido cobrado."),
]

PAGO_PRESENTE = [
    ("email", "Hemos recibido su pago. El saldo restante puede pagarlo por transferencia."),
    ("email", "Si ya pagaste, ignora este mensaje. Puedes pagar con tarjeta aquí."),
    ("email", "Aún no hemos recibido su pago. Puede pagar por transferencia."),
    ("sms", "No hemos recibido tu pago. Paga en OXXO."),
    ("sms", "Paga con Yape al 987 654 321."),
    ("whatsapp", "Puedes depositar en la cuenta 123-456789."),
    ("sms", "Paga en tu app Mibanco."),
    ("sms", "Paga desde la app."),
    ("sms", "Paga en línea en mipago.com"),
    ("sms", "Paga en ventanilla de cualquier banco."),
    ("sms", "Paga en Farmacias Guadalajara o Walmart."),
    ("sms", "Puedes pagar en Rapipago o Pago Fácil."),
    ("whatsapp", "Te paso el CBU para que transfieras: 0110012345678901234567"),
]


@pytest.mark.parametrize(("canal", "texto"), PAGO_AUSENTE)
def test_recibo_no_es_forma_de_pago(canal, texto):
    assert "opciones_pago" in elementos_ausentes(texto, canal, modo="mensaje")


@pytest.mark.parametrize(("canal", "texto"), PAGO_PRESENTE)
def test_forma_de_pago_presente(canal, texto):
    assert "opciones_pago" not in elementos_ausentes(texto, canal, modo="mensaje")


# --- plazo, contacto, referencia y forma de pago en un SMS ------------------------------------
# Cómo se escriben en pocos caracteres: la fecha compacta (15MAY26), el día en letras, las
# horas abreviadas (72 hrs, 24 h), el código corto («Envía PAGO al 2525»), la terminación de
# la tarjeta, la billetera como verbo («Yapea al...»), el enlace acortado (bit.ly/...).

FECHA_PRESENTE = [
    "Tu cuota vence el 15/05.",
    "Tu cuota vence el 15.05.2026",
    "Vence: 15-may",
    "Vence 15MAY26",
    "Fecha de vencimiento 2026/05/15",
    "Paga antes del 15.",
    "Paga antes del quince de mayo.",
    "Paga a más tardar el viernes.",
    "Paga hasta el 15 de mayo.",
    "Tienes hasta el viernes para pagar.",
    "Plazo: 5 días.",
    "Fecha limite de pago 15/05",
    "Fecha límite: 15 de mayo",
    "Último día de pago: viernes 15",
    "Vence en 3 días.",
    "Vence mañana.",
    "Vence pasado mañana.",
    "Tu pago vence este viernes.",
    "Tu pago vence el próximo lunes.",
    "Pague dentro de las próximas 48 horas.",
    "Le damos 72 hrs para regularizar.",
    "Su pago es para el día 15.",
    "Tu fecha de pago es el 15 de cada mes.",
    "Fecha de corte: 20/05",
    "Vencimiento: 20-05-2026",
    "Tu pago era el 10 de mayo.",
    "Paga hoy mismo.",
    "Paga hoy antes de las 6 pm.",
    "Paga antes de las 18:00 de hoy.",
    "Paga hoy 15/05.",
    "Tienes 24 h para pagar.",
    "Paga esta quincena.",
    "Tu letra del 30 de abril sigue pendiente.",
]

CONTACTO_PRESENTE = [
    "Dudas al 55 1234 5678.",
    "Info 01 800 123 4567",
    "Llama al *611",
    "Marca *264 desde tu celular.",
    "Whatsapp 987654321",
    "WSP: +51 987 654 321",
    "Escríbenos al WhatsApp 300 123 4567.",
    "Contáctanos en wa.me/5215512345678",
    "Comunícate al (55) 1234-5678.",
    "Llámanos al 600 600 600.",
    "Tel: 2 2345 6789",
    "Consultas: cobranzas@tiendasol.com",
    "Responde SI para pagar.",
    "Responde 1 para recibir tu enlace de pago.",
    "Envía PAGO al 2525.",
    "Más info en tiendasol.com",
    "Visítanos en Av. Larco 123, Miraflores.",
    "Atención: 0800-1-2345",
    "Llame al 4444-5555.",
    "Si tienes dudas, contesta este mensaje.",
    "¿Necesitas ayuda? Responde a este SMS.",
    "Comuníquese con su asesor al 3201234567.",
    "Cel. 3001234567",
    "Línea gratuita 018000 123456",
]

REFERENCIA_PRESENTE = [
    "Tu crédito No. 123456 vence hoy.",
    "Crédito #123456 vence hoy.",
    "Cuenta 1234-5678-90 con saldo vencido.",
    "Contrato 45/2026 pendiente.",
    "Su obligación No 4567890 presenta mora.",
    "Su obligación terminada en 7890 presenta mora.",
    "Ref: ABC123",
    "Folio 998877",
    "Tu préstamo 0012345 tiene atraso.",
    "Tarjeta ****1234 con saldo vencido.",
    "Tu tarjeta terminada en 1234 tiene un pago vencido.",
    "Cliente 000123: su cuota vence hoy.",
    "Código de cliente: 45678",
    "Nro. de cuenta 987654",
    "Recibo 2026-05 pendiente.",
    "Tu factura F001-000123 vence hoy.",
    "Suministro 1234567 tiene deuda.",
    "Tu línea 987654321 tiene deuda.",
    "Tu pedido #A1B2C3 está pendiente.",
    "Operación 123456789 pendiente.",
    "Producto: Tarjeta Oro terminación 4321",
    "Crédito: 123456",
    "Pagaré 12345 vencido.",
    "Tu placa ABC-123 tiene multas.",
]

FORMA_DE_PAGO_EN_SMS = [
    "Paga en Oxxo.",
    "Paga en tiendas Oxxo, 7-Eleven o Walmart.",
    "Paga en Servipag.",
    "Paga en tu banca por internet.",
    "Paga en la web.",
    "Paga en línea.",
    "Paga desde tu app.",
    "Paga con tu tarjeta.",
    "Paga en efectivo.",
    "Pagá con Mercado Pago.",
    "Abona en Rapipago.",
    "Yapea al 987654321.",
    "Plinéame al 987654321.",
    "Haz tu pago en agentes Kasnet.",
    "Realiza tu pago en ventanilla BCP.",
    "Paga en Bancolombia con el convenio 12345.",
    "Deposita a la cuenta 0123456789.",
    "Transfiere al alias TIENDA.SOL.MP",
    "Paga por Bizum al 600123456.",
    "Pago por Nequi: 3001234567",
    "Paga fácil en la app.",
    "Paga aquí: bit.ly/abc123",
    "Págalo aquí tiendasol.com/pago",
    "Puedes pagar en cualquier sucursal.",
    "Pague en caja.",
    "Acércate a cualquier tienda Elektra.",
    "Paga en cualquier Banco Azteca.",
    "Realiza tu pago por SINPE Móvil al 8888-8888.",
    "Consigna en la cuenta de ahorros Bancolombia 123-456789-00.",
]


#: (elemento, texto): el elemento falta aunque el texto tenga palabras o cifras parecidas.
AUSENTES_EN_SMS = [
    ("fecha_vencimiento", "Tu cuota está pendiente. Paga cuanto antes."),
    ("fecha_vencimiento", "Tu pago de hace 3 días no se registró."),
    ("fecha_vencimiento", "Debe 3 cuotas de 15 mil."),
    ("fecha_vencimiento", "Tu pedido 15MX26 está pendiente."),
    ("fecha_vencimiento", "Atención de lunes a viernes de 9 a 18 h."),
    ("fecha_vencimiento", "Llama al 15 123 4567."),
    ("contacto", "No respondas a este mensaje."),
    ("contacto", "Tu cuota vence hoy. Paga en Oxxo."),
    ("contacto", "Tu línea 987654321 tiene deuda."),
    ("contacto", "Atención: tu cuota vence hoy."),
    ("referencia", "Tu cuota vence hoy."),
    ("referencia", "Tienes 3 cuotas vencidas."),
    ("referencia", "Paga en Oxxo antes del 15."),
    ("referencia", "Llama al 800 123 4567."),
    ("referencia", "Tu saldo de $1,200 vence hoy."),
    ("opciones_pago", "Tu cuota vence hoy."),
    ("opciones_pago", "Tu cuota vence hoy. Llámanos al 800 123 4567."),
    ("opciones_pago", "Gracias por tu pago del mes pasado."),
    ("opciones_pago", "Evita el reporte a Infocorp."),
    ("opciones_pago", "Tu saldo fue transferido a la agencia de cobranza."),
    ("opciones_pago", "Recuerda pagar a tiempo."),
    ("importe", "Tu cuota vence hoy. Llámanos al 800 123 4567."),
    ("importe", "Tu crédito 1234567 tiene atraso."),
    ("importe", "Referencia de pago 123456."),
    ("importe", "Código de pago: 4567."),
    ("importe", "Tu pago 3 de 12 vence hoy."),
    ("importe", "Tu cuota del 15/05 está pendiente."),
    ("importe", "Plazo: 30 días."),
]


@pytest.mark.parametrize("texto", FECHA_PRESENTE)
def test_plazo_en_sms(texto):
    assert "fecha_vencimiento" not in elementos_ausentes(texto, "sms", modo="mensaje")


@pytest.mark.parametrize("texto", CONTACTO_PRESENTE)
def test_contacto_en_sms(texto):
    assert "contacto" not in elementos_ausentes(texto, "sms", modo="mensaje")


@pytest.mark.parametrize("texto", REFERENCIA_PRESENTE)
def test_referencia_en_sms(texto):
    assert "referencia" not in elementos_ausentes(texto, "sms", modo="mensaje")


@pytest.mark.parametrize("texto", FORMA_DE_PAGO_EN_SMS)
def test_forma_de_pago_en_sms(texto):
    assert "opciones_pago" not in elementos_ausentes(texto, "sms", modo="mensaje")


@pytest.mark.parametrize(("elemento", "texto"), AUSENTES_EN_SMS)
def test_ausente_en_sms(elemento, texto):
    assert elemento in elementos_ausentes(texto, "sms", modo="mensaje")


# --- mensajes enteros: el conjunto exacto de lo que falta --------------------------------------
# Una agencia de cobranza por SMS (Perú, Colombia, Ecuador), una tienda por WhatsApp (México,
# Argentina), un banco por SMS (Argentina, Chile), la factura por correo (España, Argentina) y
# la carta prejurídica (Colombia). La web de quien cobra cuenta como contacto y como forma de pago.

MENSAJES_ENTEROS = [
    (["opciones_pago", "referencia"], "sms",
     "GESTIONES DEL PACIFICO: Sr(a) CARLOS, su deuda con FINANCIERA CONFIANZA de S/ "
     "850.40 vence el 20/06. Llame al 01 614 5000."),
    (["fecha_vencimiento", "opciones_pago"], "sms",
     "CARLOS, mantiene deuda vencida por 1250.00 soles en Caja Piura, cuenta 0045123. "
     "Regularice y evite reporte. Inf 073-284000"),
    (["opciones_pago", "referencia"], "sms",
     "Recuperadora Andina informa: su saldo de $1.250.000 con Banco Popular presenta mora "
     "desde el 05/05. Comuniquese al 6013219000"),
    (["referencia"], "sms",
     "Hola Ana, tu cuota de $45.000 de Addi vence el 10/06. Paga en addi.com/pagar o en "
     "Efecty. Dudas: 6015086000"),
    (["referencia"], "sms",
     "Iberdrola: le recordamos que su recibo de 58,32 EUR vence el 12/06. Puede pagarlo "
     "con tarjeta en iberdrola.es/pagar"),
    ([], "whatsapp",
     "Hola Juan 👋 soy Marcela de Muebles Rivera. Te recuerdo que tu abono semanal de $350 "
     "del pedido #4521 vence este viernes 14. Puedes pagar en tienda o transferir a la "
     "CLABE 012180001234567891. Cualquier duda escríbeme por aquí 😊"),
    (["referencia"], "whatsapp",
     "Buenas tardes Sr. Pedro, le saluda Lucía del área de cobranzas de Inversiones del "
     "Sur. Le recordamos que su cuota de S/ 420 venció el 1 de junio. Puede yapear al 987 "
     "654 321 o depositar en BCP. Quedo atenta a su respuesta."),
    (["contacto", "fecha_vencimiento", "referencia"], "whatsapp",
     "Che Martín, ¿cómo va? Te escribo de Kiosco El Rulo: quedaron 8 lucas pendientes del "
     "mes pasado. Si podés, pasámelas por Mercado Pago al alias rulo.kiosco.mp. ¡Abrazo!"),
    (["contacto", "referencia"], "sms",
     "Naranja X: tu resumen de $32.450 vence el 10/06. Pagalo desde la app o en Rapipago."),
    (["contacto", "opciones_pago"], "sms",
     "[Claro] Tu factura 123456789 por $89.900 vence hoy. Evita la suspension de tu "
     "servicio."),
    (["fecha_vencimiento"], "sms",
     "Entel: Tu boleta N° 456789 por $25.990 está vencida. Paga en entel.cl/pagar"),
    (["opciones_pago"], "email",
     "Asunto: Factura 2026-118 vencida\n\nEstimado cliente:\n\nLe recordamos que la "
     "factura 2026-118 por importe de 1.480,00 € venció el 30 de mayo. Le agradeceríamos "
     "que regularizara su situación en los próximos 7 días.\n\nPara cualquier aclaración, "
     "puede contactar con nosotros en el 91 555 44 33.\n\nAtentamente,\nDepartamento de "
     "Administración\nTalleres Hermanos Ruiz, S.L."),
    (["opciones_pago", "referencia"], "carta",
     "Bogotá D.C., 3 de junio de 2026\n\nSeñor\nJORGE RAMÍREZ\nCiudad\n\nAsunto: Cobro "
     "prejurídico\n\nRespetado señor Ramírez:\n\nNos permitimos informarle que a la fecha "
     "presenta un saldo en mora de $3.850.000 a favor de Comercializadora Andes S.A.S. Le "
     "otorgamos un término de cinco (5) días hábiles para ponerse al "
     "día.\n\nCordialmente,\n\nMARTHA LUCÍA GÓMEZ\nAbogada externa\nTel. 601 345 6789"),
    (["fecha_vencimiento", "referencia"], "sms",
     "COBRANZA EXTERNA BANCO PICHINCHA: Sr. LUIS, regularice su deuda de USD 312.50 hoy. "
     "Pague en ventanilla o Banca Web. Info 02 299 9999"),
    (["contacto", "opciones_pago", "referencia"], "sms",
     "Movistar te recuerda que tu recibo de S/ 79.90 vence el 15/06. Evita la suspensión."),
    (["importe", "referencia"], "sms",
     "Tu cuota de Crédito Familiar vence mañana. Paga en OXXO con tu referencia. Info 55 "
     "5000 1234"),
    (["contacto", "referencia"], "whatsapp",
     "🔔 *Gym Power* 🔔\nHola Dani! Tu mensualidad de junio ($600) vence el 5. Puedes pagar "
     "en recepción o por transferencia. ¡Te esperamos!"),
    ([], "email",
     "Hola Laura,\n\nTe escribimos de Estudio Contable Ferrer. La factura A-0001-00004512 "
     "por $ 85.000 venció el 20/05. Podés abonarla por transferencia al CBU "
     "0170099220000012345678 o con Mercado Pago.\n\nCualquier consulta, respondé este "
     "mail.\n\nSaludos,\nEstudio Contable Ferrer"),
]


@pytest.mark.parametrize(("faltan", "canal", "texto"), MENSAJES_ENTEROS)
def test_mensajes_enteros(faltan, canal, texto):
    assert elementos_ausentes(texto, canal, modo="mensaje") == set(faltan)


# --- plantillas con marcadores numerados: el sentido lo da lo que rodea al marcador ----------

PLANTILLAS_PRESENTES = [
    ("remitente", "whatsapp", "Hola {{1}}, soy {{2}} de {{3}}. Tu cuota vence el {{4}}."),
    ("remitente", "whatsapp", "Hola {{1}}, {{2}} te recuerda que tu cuota vence el {{3}}."),
    ("remitente", "sms", "%s informa: tu cuota vence el %s."),
    ("remitente", "sms", "[{{marca}}] Hola {{nombre}}, tu cuota vence el {{fecha}}."),
    ("remitente", "sms", "Hola %nombre%, tu cuota vence el %fecha%. %empresa%"),
    ("importe", "sms", "Hola {{1}}, tu saldo es {{2}}."),
    ("importe", "sms", "Hola {{1}}, paga {{2}} hoy."),
    ("importe", "sms", "Hola %nombre%, tu saldo es %saldo%."),
]

PLANTILLAS_AUSENTES = [
    ("remitente", "whatsapp", "Hola {{1}}, soy {{2}}. Tu cuota vence el {{3}}."),
    ("importe", "sms", "Hola {{1}}, tu pago vence el {{2}}."),
    ("importe", "email", "Hemos recibido con éxito su pago por {event}. ¡Gracias!"),
]


@pytest.mark.parametrize(("elemento", "canal", "texto"), PLANTILLAS_PRESENTES)
def test_plantilla_presente(elemento, canal, texto):
    assert elemento not in elementos_ausentes(texto, canal, modo="plantilla")


@pytest.mark.parametrize(("elemento", "canal", "texto"), PLANTILLAS_AUSENTES)
def test_plantilla_ausente(elemento, canal, texto):
    assert elemento in elementos_ausentes(texto, canal, modo="plantilla")
