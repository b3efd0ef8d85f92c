"""Textos de cobro realistas (escritos para estas pruebas) en tú y en usted."""

USTED = """\
Estimado Sr. Martínez:

Le escribimos para recordarle que la factura nº 2025-0147, por un importe de 1.234,50 €,
venció el 5 de marzo de 2025. Es posible que el pago se haya cruzado con este mensaje; si
ya lo realizó, le rogamos que nos disculpe y que nos envíe el justificante.

Puede abonarla por transferencia a la cuenta IBAN ES91 2100 0418 4502 0005 1332, con tarjeta
desde el enlace https://pagos.ejemplo.es/f/2025-0147 o por Bizum al 600 123 456. Si prefiere
la domiciliación, indíquenos su cuenta y la gestionaremos nosotros.

Si está atravesando dificultades, contáctenos: podemos proponerle un plan de pagos en
cuotas mensuales sin recargo. Escríbanos a cobros@ejemplo.es o llámenos al 910 000 000, de
lunes a viernes de 9:00 a 18:00.

Le agradecemos su atención y quedamos a su disposición para cualquier consulta.

Atentamente,
Departamento de Administración
Hoteles del Sur, S.L. (CIF B12345678)
"""

TU = """\
Hola, Ana:

Te escribimos para recordarte que tu póliza de hogar tiene un recibo pendiente de 86,40 €
con vencimiento el 12 de abril. Si no lo pagas antes de esa fecha, la cobertura podría
quedar suspendida, así que te recomendamos regularizarlo cuanto antes.

Puedes pagarlo en línea desde tu área de cliente, por Bizum o por transferencia. Si ya lo
has pagado, ignora este mensaje y gracias. ¿Tienes algún problema para pagarlo? Cuéntanoslo
y buscaremos juntos una solución: podemos fraccionarlo en tres meses.

Escríbenos por WhatsApp o al correo atencion@seguros.ejemplo.com; estaremos encantados de
ayudarte.

Un saludo,
El equipo de Seguros Atlántico
"""

LATAM = """\
Estimada clienta:

Le recordamos que su factura de energía por $1,234.50 MXN vence el 15 de mayo. Puede pagarla
en cualquier tienda OXXO, por SPEI a la CLABE 012180001234567897 o con tarjeta en nuestro
portal. En Colombia puede usar PSE o Nequi; en Perú, Yape o Plin; en Argentina,
transferencia a su CBU o CVU, o Mercado Pago.

Si necesita más tiempo, comuníquese con nosotros y con gusto revisaremos un acuerdo de pago.
Para facturar a su empresa, indíquenos su RFC, NIT o RUT. También aceptamos PayPal y Stripe.

Agradecemos su preferencia.
Servicios Energéticos del Norte
"""

B2B = """\
Asunto: Factura pendiente del proyecto Torre Norte

Buenos días:

Les informamos de que la certificación de obra n.º 7 del proyecto Torre Norte, por importe
de 18.400,00 € más IVA, sigue pendiente de pago tras su vencimiento el 30 de junio.
Les rogamos que la abonen en un plazo de 10 días hábiles o que nos indiquen la fecha prevista
de pago. Quedamos a su disposición para revisar cualquier discrepancia en las mediciones.

Si lo necesitan, podemos enviarles de nuevo la factura en PDF o facilitársela por email.
Pueden contactarnos en el 93 000 00 00 o en administracion@constructora.ejemplo.es.

Reciban un cordial saludo,
Administración de Construcciones Levante, S.A.
"""

TODOS = (USTED, TU, LATAM, B2B)
