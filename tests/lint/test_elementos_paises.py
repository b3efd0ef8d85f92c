"""Elementos obligatorios en redacciones de cada país y canal (issue 10, ronda 6).

Casos escritos para esta prueba, pensando en cómo nombra cada elemento quien redacta en
España, México, Colombia, Argentina, Chile, Perú, Venezuela o Uruguay, por email, SMS,
WhatsApp o carta, en mensajes finales y en plantillas con marcadores de cualquier sintaxis.
Ninguno es del corpus. Cada caso dice el elemento exacto que debe hallarse o faltar; los
mensajes enteros, el conjunto exacto de elementos que faltan.
"""

from __future__ import annotations

import pytest

from .elementos import elementos_ausentes


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Tu cuota vence mañana.\nCordialmente,\nInversiones Andinas S.A.S."),
    ("email", "mensaje", "Tu cuota vence mañana.\nAtt: Ferretería El Tornillo"),
    ("email", "mensaje", "Tu cuota vence mañana.\nAtt. Administración Edificio Los Pinos"),
    ("email", "mensaje", "Le escribe Carla, del área de cobranzas de Créditos del Sur. Su cuota vence "
                         "mañana."),
    ("email", "mensaje", "Comercializadora Ejemplo, S. de R.L. de C.V. le recuerda su pago."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nComercializadora del Bajío S. de R.L."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nServicios Integrales Norte S.A.C."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nDistribuidora Caribe C.A."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nFinanciera Ejemplo S.A.P.I. de C.V., SOFOM, E.N.R."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nAsociación de Colonos Jardines A.C."),
    ("email", "mensaje", "Su recibo vence mañana.\n\nReformas Pérez S.L.L."),
    ("email", "mensaje", "Su recibo vence mañana.\n\nTalleres Gómez, S.L.U."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nImportadora Ejemplo E.I.R.L."),
    ("email", "mensaje", "Su cuota vence mañana.\n\nAgrícola Ejemplo SpA"),
    ("email", "mensaje", "Su cuota vence mañana.\n\nTransportes Ejemplo Ltda."),
    ("email", "mensaje", "Hola, te escribimos de parte de Muebles Ejemplo. Tu abono vence el viernes."),
    ("email", "mensaje", "Le contactamos en nombre de Banco Ejemplo por su saldo vencido."),
    ("email", "mensaje", "Nos comunicamos de Ejemplo Cobranzas respecto a su saldo vencido."),
    ("email", "mensaje", "Le contactamos de Ejemplo Cobranzas respecto a su saldo vencido."),
    ("email", "mensaje", "Este mensaje es enviado por Cooperativa Ejemplo. Su cuota vence hoy."),
    ("email", "mensaje", "Tu recibo vence mañana.\nSaludos,\nLa Administración"),
    ("email", "mensaje", "Tu recibo vence mañana.\nQuedamos atentos.\nTesorería - Colegio San José"),
    ("email", "mensaje", "Tu recibo vence mañana.\nSin otro particular, quedo a sus órdenes.\nLic. "
                         "Roberto Gómez\nGerente de Crédito y Cobranza"),
    ("email", "mensaje", "Tu recibo vence mañana.\nQuedo atento,\nJuan Pérez\nEjecutivo de Cobranza"),
    ("email", "mensaje", "ATTE. LA GERENCIA\nTu recibo vence mañana."),
    ("email", "mensaje", "Tu recibo vence mañana.\nATTE. LA GERENCIA"),
    ("email", "mensaje", "Tu recibo vence mañana.\nSu ejecutiva de cuenta, Ana López"),
    ("email", "mensaje", "Tu recibo vence mañana.\n\nCobranzas | Ejemplo S.A."),
    ("email", "mensaje", "De: Cobranzas Ejemplo\nTu recibo vence mañana."),
    ("email", "mensaje", "Remite: Constructora Ejemplo\nTu recibo vence mañana."),
    ("email", "mensaje", "Ejemplo Telecom te recuerda que tu recibo vence mañana."),
    ("email", "mensaje", "Te saludamos desde Ejemplo Telecom. Tu recibo vence mañana."),
    ("email", "mensaje", "Un saludo cordial de parte de todo el equipo de Ejemplo.\nTu recibo vence "
                         "mañana."),
    ("email", "mensaje", "Tu recibo vence mañana.\nGracias por tu preferencia.\nPanadería La Espiga"),
    ("email", "mensaje", "Tu recibo vence mañana.\nAtentamente:\nDepto. de Cartera\nClínica Ejemplo"),
    ("email", "mensaje", "MUEBLERÍA LA ECONÓMICA\nEstimado cliente, su abono vence el viernes."),
    ("email", "mensaje", "Tu recibo vence mañana. Saludos, Ana (Ejemplo Fibra)"),
    ("email", "mensaje", "Tu recibo vence mañana.\n\nEquipo de Facturación · Ejemplo Cloud"),
    ("email", "mensaje", "Mensaje de Ejemplo Gas: tu recibo vence mañana."),
    ("email", "mensaje", "Ejemplo Gas avisa que tu recibo vence mañana."),
    ("email", "mensaje", "Tu recibo vence mañana.\nCordialmente, Administración del Condominio Los "
                         "Robles."),
    ("email", "mensaje", "Estimado cliente:\nLa Caja Municipal Ejemplo le recuerda que su cuota vence "
                         "mañana."),
    ("email", "mensaje", "Tu recibo vence mañana.\nUn abrazo,\nMarta"),
    ("email", "mensaje", "Soy Lucía, de la administración del edificio. Tu cuota vence mañana."),
    ("email", "plantilla", "Saludos,\n{{ shop.name }}"),
    ("email", "plantilla", "{{ merchant.name }} te recuerda tu pago."),
    ("email", "plantilla", "Gracias,\n{{ from_name }}"),
    ("email", "plantilla", "Atentamente,\n{{ settings.business_name }}"),
    ("email", "plantilla", "— {{ org.name }}"),
    ("email", "plantilla", "Saludos, %(company)s"),
    ("email", "plantilla", "{{ $company->name }}"),
    ("email", "plantilla", "Tu factura vence mañana.\n\n${object.company_id.name}"),
    ("email", "plantilla", "Tu factura vence mañana.\n{{ store.name }}"),
    ("email", "mensaje", "Le escribe el abogado de la empresa Ejemplo Giros por su saldo en mora."),
    ("email", "mensaje", "Tienes pagos pendientes en tus contratos de Ejemplo+."),
    ("email", "plantilla", "Tu factura :invoice vence el :date.\n\nSaludos,\n:company"),
    ("email", "plantilla", "Tu factura vence pronto.\n\n{{ $empresa->nombre }}"),
    ("email", "plantilla", "Tu factura vence pronto.\n\n{!! $settings->company_name !!}"),
    ("email", "plantilla", "Tu factura vence pronto.\n\n{$companyname}"),
    ("email", "plantilla", "Tu factura vence pronto.\n\n${negocio.nombre}"),
    ("email", "plantilla", "Hola {{1}}, te escribimos de {{2}}. Tu factura vence pronto."),
    ("email", "plantilla", "Tu factura vence pronto.\nAtentamente,\n{{ config('app.name') }}"),
    ("email", "plantilla", "Tu factura vence pronto.\nEl equipo de {{ nombre_tienda }}"),
    ("email", "plantilla", "{{ tienda }}: tu pedido está pendiente de pago."),
    ("email", "plantilla", "Tu factura vence pronto.\n{{ user.signature }}"),
    ("email", "plantilla", "Tu factura vence pronto.\nAtte. {{ nombre_asesor }}"),
    ("email", "plantilla", "Tu factura vence pronto.\n-- \n%(company_name)s"),
    ("email", "plantilla", "Tu factura vence pronto.\n[Nombre de la empresa]"),
    ("email", "plantilla", "Tu factura vence pronto.\n[Tu nombre]\n[Cargo]"),
    ("email", "plantilla", "Tu factura vence pronto.\nSaludos,\n[Firma]"),
    ("email", "plantilla", "Tu factura vence pronto. Gracias por confiar en {{ marca }}."),
    ("email", "plantilla", "Estimado cliente, {{ razon_social }} le informa que su factura vence pronto."),
    ("email", "plantilla", "Tu factura vence pronto.\n© {{ year }} {{ company }}"),
    ("email", "mensaje", "Tu recibo vence mañana.\n© 2026 Ejemplo Telecom. Todos los derechos reservados."),
    ("email", "mensaje", "Tu recibo vence mañana.\nEste correo fue enviado por Ejemplo Telecom."),
    ("email", "mensaje", "*Ejemplo Telecom*\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "🏦 *Banco Ejemplo*\nHola Ana, tu cuota vence mañana."),
    ("email", "mensaje", "Asunto: Ejemplo Telecom - Factura vencida\n\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\n\nQuedamos a tu disposición,\nEjemplo Telecom"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nUn saludo desde Ejemplo Telecom"),
    ("email", "mensaje", "Hola Ana, gracias por ser cliente de Ejemplo Telecom. Tu recibo vence mañana."),
    ("email", "mensaje", "Hola Ana, tu recibo de Ejemplo Telecom vence mañana."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nAtentamente, la Dirección"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nSaludos cordiales,\nAdministración"),
    ("email", "mensaje", "Hola Ana, tu cuota vence mañana.\n\nColegio San Ignacio\nTesorería"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\n\n--\nLaura Gómez | Cobranzas\nEjemplo Telecom"),
    ("email", "mensaje", "Querido socio: la cuota del club vence mañana. La Junta Directiva"),
    ("email", "mensaje", "Estimado vecino: la cuota de mantenimiento vence mañana.\nLa Administración "
                         "del Condominio"),
    ("email", "mensaje", "Hola Ana, tu cuota vence mañana. Te esperamos en Ejemplo Gym 💪"),
    ("email", "mensaje", "Desde el Ayuntamiento le recordamos que el recibo del IBI vence mañana."),
    ("email", "mensaje", "AGUAS DEL NORTE informa: su factura vence mañana."),
    ("email", "mensaje", "Ejemplo Telecom\n\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nGracias por elegir Ejemplo Telecom."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nTu equipo Ejemplo"),
    ("email", "mensaje", "Le informamos desde Ejemplo Telecom que su recibo vence mañana."),
    ("email", "mensaje", "Por encargo de Banco Ejemplo le comunicamos que su cuota vence mañana."),
    ("email", "mensaje", "Cobranzas Ejemplo, despacho autorizado por Banco Ejemplo, le informa que su "
                         "cuota vence mañana."),
    ("email", "mensaje", "Aviso de Ejemplo Telecom: tu factura vence mañana."),
    ("email", "mensaje", "Tu factura vence mañana. Cualquier duda, habla con tu asesor Juan Pérez."),
    ("email", "plantilla", "Tu cuota vence mañana.\n\nAtentamente,\n%s"),
    ("email", "plantilla", "Tu cuota vence mañana.\n\nSaludos,\n{{3}}"),
])
def test_remitente_presente(canal, modo, texto):
    assert "remitente" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Estimado Sr. Pérez:\nSu factura vence el 5 de marzo."),
    ("email", "mensaje", "Hola Ana, tu pago vence mañana. Paga en OXXO."),
    ("email", "mensaje", "Tu recibo vence mañana.\nSaludos."),
    ("email", "mensaje", "Tu recibo vence mañana.\nGracias."),
    ("email", "mensaje", "Tu recibo vence mañana.\nAtentamente."),
    ("email", "mensaje", "Hola Juan:\nTu cuota de 200 pesos vence el viernes. Paga con Mercado Pago.\n"
                         "¡Gracias!"),
    ("email", "mensaje", "Señor cliente: su factura vence hoy. Pague en Banco Ejemplo."),
    ("email", "mensaje", "Estimada Sra. López de Ejemplo S.A.:\nSu factura vence hoy."),
    ("email", "plantilla", "Hola {{ customer.name }}, tu pago vence mañana."),
    ("email", "plantilla", "Hola {{ user.name }}, tu pago vence mañana."),
    ("email", "plantilla", "Estimado {{ client.name }}:"),
    ("email", "mensaje", "Tu recibo vence mañana.\n© Todos los derechos reservados."),
    ("email", "mensaje", "Este mensaje de WhatsApp es automático. Tu recibo vence mañana."),
    ("email", "mensaje", "Alerta de Fraude: tu recibo vence mañana."),
    ("email", "plantilla", "Tu factura vence mañana.\n{{ customer.company.name }}"),
    ("email", "plantilla", "Tu factura vence mañana.\n${object.partner_id.name}"),
    ("email", "plantilla", "<% if vencida %>Tu factura está vencida.<% end %>"),
    ("email", "plantilla", "Estimado(a) {{propietario}}, la unidad {{unidad}} tiene un balance vencido."),
    ("email", "plantilla", "Hola {{ nombre_cliente }}, tu factura vence el {{ fecha }}."),
    ("email", "plantilla", "Estimado {{ cliente.empresa }}:\nSu factura vence pronto."),
    ("email", "plantilla", "Hola {{1}}, tu factura {{2}} vence el {{3}}."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nRealizar el pago"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nVer factura"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPaga con Mercado Pago"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nGracias por tu atención."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nQue tengas un buen día."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nFeliz fin de semana"),
    ("email", "mensaje", "Estimado cliente, su recibo vence mañana.\nNo responda a este mensaje."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nEvita recargos"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPor favor ignora este mensaje si ya pagaste."),
    ("email", "mensaje", "Su factura vence mañana. Puede pagar en Banco Estado o en Servipag."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nDetalle de tu deuda"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nEstado de cuenta"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nIMPORTANTE"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nMi Cuenta"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nCentro de Ayuda"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nTérminos y Condiciones"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPolítica de Privacidad"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nDarse de baja"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nCancelar suscripción"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nTodos los derechos reservados."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nMuchas Gracias"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nBuen Día"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPagar Factura"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nIr al Portal"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nDetalles de Pago"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nResumen"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nTotal: 20 €"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nSaludos Cordiales"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nQuedamos Atentos"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nFeliz Día"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nEste mensaje fue generado automáticamente."),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nNo Responder"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nConsulta tu Saldo"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nDescarga la App"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nVer Detalle"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nHaz Clic Aquí"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nContáctanos"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nAyuda"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPreguntas Frecuentes"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nEnviado desde mi iPhone"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nGracias por su Pago"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nSu Factura"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nPD: Ignora este mensaje si ya pagaste."),
    ("email", "mensaje", "Hola {{ nombre }},\ntu recibo de {{ importe }} vence el {{ fecha }}.\nVer Recibo"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nAtención al Cliente"),
    ("email", "mensaje", "Hola Ana, tu recibo vence mañana.\nServicio al Cliente"),
    ("email", "mensaje", "Mi Cuenta\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Estado de Cuenta\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Detalle de Pago\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Paga Hoy\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Buenas Noticias\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Nuevo Mensaje\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Cobranza\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Plan Básico - Renovación\nHola Ana, tu recibo vence mañana."),
    ("email", "mensaje", "Aviso: Tu recibo vence mañana."),
    ("email", "mensaje", "Importante: tu recibo vence mañana."),
    ("email", "mensaje", "Servicio: Internet 50 MB\nTu recibo vence mañana."),
    ("email", "mensaje", "Detalle: recibo de abril\nTu recibo vence mañana."),
    ("email", "mensaje", "Concepto: Mensualidad\nTu recibo vence mañana."),
    ("email", "mensaje", "Estimada Ana:\nTu recibo vence mañana."),
    ("email", "mensaje", "Buenos días, Ana:\nTu recibo vence mañana."),
    ("email", "mensaje", "Hola Ana Pérez - Recordatorio\nTu recibo vence mañana."),
    ("email", "mensaje", "Recordatorio - Pago Pendiente\nTu recibo vence mañana."),
    ("email", "mensaje", "Tu Recibo Vence Mañana\nHola Ana."),
    ("email", "mensaje", "¡Hola!\nTu recibo vence mañana."),
    ("email", "mensaje", "Querida Ana\nTu recibo vence mañana."),
    ("email", "mensaje", "Periodo: Abril 2026\nTu recibo vence mañana."),
    ("email", "mensaje", "Plan: Premium\nTu recibo vence mañana."),
    ("email", "mensaje", "Aviso de Vencimiento: tu factura vence mañana."),
    ("email", "mensaje", "Notificación de Suspensión: tu factura vence mañana."),
    ("email", "mensaje", "Alerta de Pago: tu factura vence mañana."),
    ("email", "mensaje", "Tu factura vence mañana. Habla con tu asesor."),
    ("email", "mensaje", "AVISO DE SUSPENSIÓN DEL SERVICIO\nEstimado cliente: su factura vence mañana."),
    ("email", "mensaje", "NOTIFICACIÓN DE DEUDA: Estimado vecino, su cuota vence mañana."),
])
def test_remitente_ausente(canal, modo, texto):
    assert "remitente" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Debe pagar en un plazo no mayor a 48 horas."),
    ("email", "mensaje", "Dispone de un término de cinco (5) días hábiles para pagar."),
    ("email", "mensaje", "Le concedemos un plazo de cinco (5) días hábiles."),
    ("email", "mensaje", "Pague en un término de 10 días."),
    ("email", "mensaje", "Pague en un lapso de 24 horas."),
    ("email", "mensaje", "Tu cuota vence el 1ro de mayo."),
    ("email", "mensaje", "Tu cuota vence el 1° de mayo."),
    ("email", "mensaje", "Tu cuota vence el 1.º de mayo."),
    ("email", "mensaje", "Tu cuota vence el primero de mayo."),
    ("email", "mensaje", "Vence el 30 abril 2026."),
    ("email", "mensaje", "Vence el 5 abr."),
    ("email", "mensaje", "Vence el 5 de abr."),
    ("email", "mensaje", "Tienes hasta mañana para pagar."),
    ("email", "mensaje", "Quedan 2 días para el vencimiento."),
    ("email", "mensaje", "Faltan 3 días para que venza tu cuota."),
    ("email", "mensaje", "Tu cuota vence pasado mañana."),
    ("email", "mensaje", "Pague antes del cierre del mes."),
    ("email", "mensaje", "Pague antes de que finalice el mes."),
    ("email", "mensaje", "Tu cuota vence la próxima semana."),
    ("email", "mensaje", "Tu pago vence el 15 del presente mes."),
    ("email", "mensaje", "Pague dentro del mes en curso."),
    ("email", "mensaje", "Fecha de corte: 15 de cada mes."),
    ("email", "mensaje", "Tu plan se suspenderá en 3 días si no pagas."),
    ("email", "mensaje", "Último día de pago: hoy."),
    ("email", "mensaje", "Fecha límite de pago: 15/04/26."),
    ("email", "mensaje", "Tienes hasta el viernes para ponerte al día."),
    ("email", "mensaje", "Pague antes del 31."),
    ("email", "mensaje", "Pague a más tardar el 5 de abril."),
    ("email", "mensaje", "Tu cuota vence el 05-04."),
    ("email", "mensaje", "Vence: 15 de abril."),
    ("email", "mensaje", "Dispone de diez días naturales desde la recepción de esta carta."),
    ("email", "mensaje", "Tiene 72 horas para regularizar."),
    ("email", "mensaje", "Le damos 10 días para pagar."),
    ("email", "mensaje", "Le otorgamos un plazo adicional de 5 días."),
    ("email", "mensaje", "Ponte al día antes de que termine la semana."),
    ("email", "mensaje", "La fecha de pago es el 20."),
    ("email", "mensaje", "Pagar a más tardar el día 10 de cada mes."),
    ("email", "mensaje", "vence el próximo 15."),
    ("email", "mensaje", "Recuerda pagar esta quincena."),
    ("email", "mensaje", "Pagá hoy y evitá recargos."),
    ("email", "mensaje", "Regularizá mañana tu situación."),
    ("email", "mensaje", "Tenés 48 horas para pagar."),
    ("email", "mensaje", "Tenés hasta el viernes."),
    ("email", "mensaje", "Contás con 5 días hábiles."),
    ("email", "plantilla", "Vence el {{ invoice.due_date | date }}"),
    ("email", "plantilla", "Fecha límite: {{ deadline }}"),
    ("email", "plantilla", "Pagar antes de {{ due_on }}"),
    ("email", "mensaje", "Tu cuota vence el lunes."),
    ("email", "mensaje", "Tu cuota venció el sábado."),
    ("email", "mensaje", "Paga el jueves sin falta."),
    ("email", "mensaje", "El plazo vence el miércoles."),
    ("email", "plantilla", "Estimado {0}, su saldo de {1} vence el {2}."),
    ("email", "plantilla", "Vence: <%= fecha_vencimiento %>"),
    ("email", "plantilla", "Transcurridos los veinte (20) días calendario siguientes al envío, se hará el "
                           "reporte."),
    ("email", "plantilla", "Tienes {dias} días para pagar."),
    ("whatsapp", "mensaje", "Remita el soporte en los próximos *2* días."),
    ("whatsapp", "mensaje", "Tiene un plazo de *5* días hábiles."),
    ("email", "plantilla", "Valor pendiente: {{2}}. Paga antes del {{4}}."),
    ("email", "plantilla", "Paga en los próximos {{4}} días."),
    ("email", "plantilla", "Vence: :due_date"),
    ("email", "plantilla", "Fecha límite: {$invoice_date_due}"),
    ("email", "plantilla", "Tu cuota vence el ${fechaVencimiento}."),
    ("email", "plantilla", "Tu cuota vence el {{ cuota.vence | date('d/m/Y') }}."),
    ("email", "plantilla", "Pague antes de XX/XX/XXXX."),
    ("email", "plantilla", "Tienes hasta el {{ limite }} para pagar."),
    ("email", "plantilla", "Tu cuota vencerá en {{ dias_restantes }} días."),
    ("email", "mensaje", "Tu cuota vence el 15."),
    ("email", "mensaje", "Pagadero el 15 de cada mes."),
    ("email", "mensaje", "La cuota es pagadera el día 10."),
    ("email", "mensaje", "Pague en los siguientes 5 días."),
    ("email", "mensaje", "Pague antes del 15 del corriente."),
    ("email", "mensaje", "Vence: hoy"),
    ("email", "mensaje", "Vencimiento: 15 días."),
    ("email", "mensaje", "Paga hasta las 23:59 de hoy."),
    ("email", "mensaje", "Se cobrará el 5."),
    ("carta", "mensaje", "Lima, 5 de mayo de 2026\n\nSeñor Juan:\nSu cuota venció el 30 de abril de 2026."),
    ("carta", "mensaje", "Su factura emitida el 01/03/2026 venció el 31/03/2026."),
    ("email", "mensaje", "Debería haberse pagado como muy tarde a finales de abril."),
    ("email", "mensaje", "Pague antes de mediados de mayo."),
    ("email", "mensaje", "Pague a fin de junio."),
    ("email", "plantilla", "Te recordamos que ${cuando} se vencen tus servicios."),
])
def test_plazo_presente(canal, modo, texto):
    assert "fecha_vencimiento" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Realice el pago a la brevedad posible."),
    ("email", "mensaje", "Paga lo antes posible."),
    ("email", "mensaje", "Lleva 30 días de atraso."),
    ("email", "mensaje", "Tienes 3 cuotas vencidas."),
    ("email", "plantilla", "Factura del {{ invoice.created_at }}"),
    ("email", "plantilla", "Emitida: {{ issue_date }}"),
    ("email", "mensaje", "Nuestras oficinas abren de lunes a viernes."),
    ("email", "mensaje", "Atendemos de lunes a sábado."),
    ("email", "plantilla", "Tu pago está vencido desde hace {dias} días."),
    ("email", "plantilla", "Fecha de la notificación: {{fecha_notificacion}}"),
    ("email", "plantilla", "Prescribirá en el lapso de ciento veinte (120) días calendario a partir del "
                           "pago."),
    ("email", "plantilla", "Factura emitida el {{ fecha_emision }}."),
    ("email", "plantilla", "Factura {{ numero }} del {{ invoice_date }}."),
    ("email", "plantilla", "Factura creada el {$invoice_date_created}."),
    ("email", "plantilla", "Llevas {{ dias_atraso }} días de atraso."),
    ("email", "mensaje", "Pague de inmediato."),
    ("email", "mensaje", "Su pago está atrasado."),
    ("email", "mensaje", "El servicio cuesta 15 al mes."),
    ("carta", "mensaje", "Lima, 5 de mayo de 2026\n\nSeñor Juan:\nSu cuota está impaga."),
    ("carta", "mensaje", "Bogotá, 05/05/2026\n\nSeñor Juan:\nSu cuota está impaga."),
    ("carta", "mensaje", "Su factura emitida el 01/03/2026 está impaga."),
    ("carta", "mensaje", "Su factura de fecha 1 de marzo de 2026 está impaga."),
])
def test_plazo_ausente(canal, modo, texto):
    assert "fecha_vencimiento" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Puede abonar en Servipag o Caja Vecina."),
    ("email", "mensaje", "Paga en Efecty o Baloto."),
    ("email", "mensaje", "Deposite en la cuenta 0011-2233 del BCP."),
    ("email", "mensaje", "Transfiera a la cuenta 0011-2233."),
    ("email", "mensaje", "Alias: ejemplo.pago.mp"),
    ("email", "mensaje", "Use el código de pago 123456 en cualquier banco."),
    ("email", "mensaje", "Active el débito automático y olvídese."),
    ("email", "mensaje", "Pago móvil: 0414-1234567, C.I. 12.345.678"),
    ("email", "mensaje", "Puedes pagar por Zelle."),
    ("email", "mensaje", "Paga con Ualá o Cuenta DNI."),
    ("email", "mensaje", "Paga por PagoEfectivo con el código CIP 123456."),
    ("email", "mensaje", "Paga desde tu home banking."),
    ("email", "mensaje", "Paga desde la banca móvil de tu banco."),
    ("email", "mensaje", "Pague en la banca en línea."),
    ("email", "mensaje", "Abone por Pago Mis Cuentas o Red Link."),
    ("email", "mensaje", "Pague en Abitab o Redpagos."),
    ("email", "mensaje", "Paga con Tigo Money."),
    ("email", "mensaje", "Paga en línea con Wompi."),
    ("email", "mensaje", "Consigne en la cuenta de ahorros Bancolombia N° 123-456789-00."),
    ("email", "mensaje", "Realice la consignación en cualquier punto de recaudo."),
    ("email", "mensaje", "Escanea el código QR para pagar."),
    ("email", "mensaje", "Envía tu pago por Western Union."),
    ("email", "mensaje", "Cuenta corriente Banco Estado 123456789."),
    ("email", "mensaje", "Pague con Culqi o Niubiz."),
    ("email", "mensaje", "Paga con Kasnet o Tambo."),
    ("email", "mensaje", "Transferencia a CLABE 012180001234567891."),
    ("email", "mensaje", "Puedes pagar en nuestra app."),
    ("email", "mensaje", "Realiza tu pago en cualquier sucursal bancaria."),
    ("email", "mensaje", "Paga desde la app de tu banco."),
    ("email", "mensaje", "Haz tu pago en el botón de abajo."),
    ("email", "mensaje", "Pague en las cajas de cualquier supermercado Éxito."),
    ("email", "mensaje", "Cancele en ventanilla del Banco de Venezuela."),
    ("email", "mensaje", "Puede pagar a través de Bizum al 600 123 456."),
    ("email", "mensaje", "Transferí al CBU 0110012345678901234567."),
    ("email", "mensaje", "Aboná en Rapipago."),
    ("email", "mensaje", "Pagá con tu tarjeta."),
    ("email", "mensaje", "Pagala desde la app de tu banco."),
    ("email", "mensaje", "Transferí a la cuenta de siempre."),
    ("email", "plantilla", "Paga aquí: {{ payment_url }}"),
    ("email", "plantilla", "{{ checkout_link }}"),
    ("email", "plantilla", "IBAN: {{ iban }}"),
    ("email", "plantilla", "Paga en {{ invoice.payment_link }}"),
    ("email", "mensaje", "Deposite en la cuenta corriente Banco Ejemplo 123456."),
    ("email", "mensaje", "Cuenta corriente N° 123456."),
    ("email", "mensaje", "Cuenta de ahorros 123-456789-00."),
    ("email", "mensaje", "Para abonar, acérquese a un punto principal de Ejemplo Giros."),
    ("email", "plantilla", "Paga aquí: {{ link_pago }}"),
    ("email", "plantilla", "Paga en {{ url }}"),
    ("email", "plantilla", "Realiza tu pago en {{ enlace }}"),
    ("email", "plantilla", "CLABE: {{ clabe }}"),
    ("email", "plantilla", "Haz clic en el botón para pagar."),
    ("email", "mensaje", "Paga con Visa o Mastercard."),
    ("email", "mensaje", "Paga por SINPE Móvil al 8888-8888."),
    ("email", "mensaje", "Retira dinero y paga en cajeros automáticos."),
    ("email", "mensaje", "Paga con Transbank."),
    ("email", "mensaje", "Paga en tiendas de conveniencia con tu referencia Paynet."),
    ("email", "mensaje", "Paga en 7-Eleven con tu código."),
    ("email", "mensaje", "Tu plan vence mañana.\n[Renovar mi plan](https://ejemplo.com/renovar)"),
    ("email", "mensaje", "Tu plan vence mañana. [Pagar ahora]({{ url }})"),
    ("email", "mensaje", "También puedes renovar desde tu panel."),
    ("email", "mensaje", "Ten el monto listo para el cobrador."),
    ("email", "mensaje", "Entregue el pago a nuestro cobrador."),
])
def test_forma_de_pago_presente(canal, modo, texto):
    assert "opciones_pago" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Realice su pago a la brevedad."),
    ("email", "mensaje", "Comuníquese con nuestro departamento de cobranza."),
    ("email", "mensaje", "Evite recargos pagando puntualmente."),
    ("email", "mensaje", "Nos veremos obligados a transferir su expediente a una agencia de cobranza."),
    ("email", "mensaje", "Su red de internet será suspendida."),
    ("email", "mensaje", "Su cuenta corriente registra un saldo deudor."),
    ("email", "mensaje", "Su deuda fue cedida a una empresa cobradora."),
    ("email", "mensaje", "Tu plan vence mañana. Renueva pronto."),
])
def test_forma_de_pago_ausente(canal, modo, texto):
    assert "opciones_pago" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Llámanos al *611 desde tu celular."),
    ("email", "mensaje", "Fono: 2 2345 6789"),
    ("email", "mensaje", "Llámenos al +56 9 1234 5678."),
    ("email", "mensaje", "Tel: 91 123 45 67"),
    ("email", "mensaje", "Nuestra oficina está en Cra 15 # 93-60, Bogotá."),
    ("email", "mensaje", "Estamos en Calle 100 # 19-54."),
    ("email", "mensaje", "Visítenos en Av Corrientes 1234."),
    ("email", "mensaje", "Oficina: Mz. A Lt. 5, Urb. Los Olivos."),
    ("email", "mensaje", "Estamos en Blvd. Agua Caliente 4558."),
    ("email", "mensaje", "Puede contestar este mensaje."),
    ("email", "mensaje", "Contáctanos por WhatsApp al 300 123 4567."),
    ("email", "mensaje", "Escríbenos a través de nuestro chat en ejemplo.com"),
    ("email", "mensaje", "Marque 600 600 0000."),
    ("email", "mensaje", "Línea gratuita 01 8000 123 456"),
    ("email", "mensaje", "Estamos para servirle en el 800 123 4567."),
    ("email", "mensaje", "Responde SI para recibir el enlace de pago."),
    ("email", "mensaje", "Si ya pagó, haga caso omiso o responda con su comprobante."),
    ("email", "mensaje", "Cualquier duda al 4444-5555."),
    ("email", "mensaje", "WhatsApp 📲 55 1234 5678"),
    ("whatsapp", "mensaje", "Escribinos a cobranzas@ejemplo.com.ar."),
    ("whatsapp", "mensaje", "Llamanos al 0800-555-1234."),
    ("whatsapp", "mensaje", "Por dudas, respondé este mensaje."),
    ("whatsapp", "mensaje", "Avisanos cuando pagues."),
    ("email", "plantilla", "Dudas: {{ support.email }}"),
    ("email", "plantilla", "Llámanos: {{ business.phone }}"),
    ("email", "plantilla", "WhatsApp: {{ whatsapp_number }}"),
    ("sms", "mensaje", "Llama al 611 desde tu línea."),
    ("sms", "mensaje", "Marca #611."),
    ("whatsapp", "mensaje", "Hola Ana, tu cuota de 20 € venció ayer. ¿Cuándo puedes pagarla?"),
    ("whatsapp", "mensaje", "Tu saldo de $500 está vencido.\n1️⃣ Pagar hoy\n2️⃣ Hablar con un asesor"),
    ("email", "mensaje", "Quedamos atentos a su confirmación."),
    ("email", "mensaje", "Quedo atenta a su respuesta."),
    ("email", "mensaje", "Esperamos tu respuesta."),
    ("whatsapp", "mensaje", "Solicite el link de pago inmediatamente y por este medio."),
    ("whatsapp", "mensaje", "Si ya pagó, envíe foto del comprobante."),
    ("whatsapp", "mensaje", "Una vez pagado, envíame un mensaje con «Ya pagué» y el comprobante."),
    ("email", "mensaje", "Quedo atenta a cualquier duda."),
    ("email", "mensaje", "Quedamos atentos a sus consultas."),
    ("email", "plantilla", "Llámanos al XXX-XXX-XXXX."),
    ("email", "plantilla", "Escríbenos a {{ email_soporte }}."),
    ("email", "plantilla", "Dudas: {{ telefono }}"),
    ("email", "plantilla", "Contacto: {$company_phone}"),
    ("email", "plantilla", "Si tienes dudas, responde a este mensaje."),
    ("email", "mensaje", "WhatsApp: wa.me/5215512345678"),
    ("email", "mensaje", "Visite nuestra sucursal más cercana."),
    ("email", "mensaje", "Visítenos en cualquiera de nuestras oficinas."),
])
def test_contacto_presente(canal, modo, texto):
    assert "contacto" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Para más información contáctenos."),
    ("email", "mensaje", "Correo: {{ cliente.email }}"),
    ("email", "mensaje", "Escríbenos al WhatsApp si tienes dudas."),
    ("email", "mensaje", "Horario de atención: lunes a viernes de 9 a 18 h."),
    ("email", "mensaje", "No responda a este SMS."),
    ("email", "plantilla", "Tu correo: {{ customer.email }}"),
    ("email", "plantilla", "Usuario: {{ user.email }}"),
    ("carta", "mensaje", "Hola Ana, tu cuota de 20 € venció ayer. ¿Cuándo puedes pagarla?"),
    ("carta", "mensaje", "Si ya pagó, envíe foto del comprobante."),
    ("email", "plantilla", "Su usuario es {{ cliente.email }}."),
    ("email", "plantilla", "@component('mail::message')\nTu factura vence pronto.\n@endcomponent"),
    ("email", "plantilla", "Para más información, contacto."),
    ("email", "mensaje", "Atención al cliente 24/7."),
    ("email", "mensaje", "Síguenos en nuestras redes sociales."),
])
def test_contacto_ausente(canal, modo, texto):
    assert "contacto" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Su NIS 1234567 tiene deuda."),
    ("email", "mensaje", "NIC 123456 con saldo pendiente."),
    ("email", "mensaje", "Código de cliente 556677 con saldo pendiente."),
    ("email", "mensaje", "ID de cliente: 99887 con saldo."),
    ("email", "mensaje", "Número de servicio 445566 con saldo."),
    ("email", "mensaje", "Patente ABCD12 con peaje pendiente."),
    ("email", "mensaje", "Rol 123-45 con contribuciones pendientes."),
    ("email", "mensaje", "Depto. 302 con expensas pendientes."),
    ("email", "mensaje", "Departamento 302: cuota pendiente."),
    ("email", "mensaje", "Unidad 12 con expensas impagas."),
    ("email", "mensaje", "Apto 301 con administración pendiente."),
    ("email", "mensaje", "Socio N° 123 con cuotas impagas."),
    ("email", "mensaje", "Abonado 445566 con saldo pendiente."),
    ("email", "mensaje", "Medidor 778899 con deuda."),
    ("email", "mensaje", "Pagaré N° 123 vencido."),
    ("email", "mensaje", "Boleta N° 4567 pendiente."),
    ("email", "mensaje", "Comprobante 0001-00012345 pendiente."),
    ("email", "mensaje", "F001-00012345 pendiente de pago."),
    ("email", "mensaje", "Documento N° 998 vencido."),
    ("email", "mensaje", "Convenio 1234 vencido."),
    ("email", "mensaje", "Código de pago 123456."),
    ("email", "mensaje", "Tarjeta ****1234 con saldo vencido."),
    ("email", "mensaje", "Suscriptor 123456 con saldo."),
    ("email", "mensaje", "Matrícula 2026-0042 pendiente."),
    ("email", "mensaje", "Lote 14 Manzana B con cuota pendiente."),
    ("email", "mensaje", "Nº de cuenta: 12-3456"),
    ("email", "mensaje", "Cuenta contrato 1234567890"),
    ("email", "plantilla", "Factura {{ invoice.number }}"),
    ("email", "plantilla", "Pedido {{ order.id }}"),
    ("email", "plantilla", "Ref: {{ reference }}"),
    ("email", "plantilla", "Contrato {{ contract.code }}"),
    ("email", "plantilla", "Tu factura {0} por un total de {1,number,#.##} está pendiente."),
    ("email", "plantilla", "Solicitud: *****\nTu canon de arrendamiento está en mora."),
    ("email", "plantilla", "Factura n°XXXX"),
    ("email", "plantilla", "Póliza: {{ poliza }}"),
    ("email", "plantilla", "Contrato ${contrato.numero}"),
    ("email", "plantilla", "Tu pedido #{{ order_id }} está pendiente."),
    ("email", "plantilla", "Folio: {folio}"),
    ("email", "mensaje", "Ref. pago 123456"),
    ("email", "mensaje", "Obligación No. 123456 en mora."),
    ("email", "mensaje", "Liquidación 2026-04 pendiente."),
    ("email", "mensaje", "Factura: 001-002-000012345"),
    ("email", "plantilla", "Tu cuota del crédito {{4}} vence el {{5}}."),
    ("email", "plantilla", "Tu factura {{2}} vence el {{3}}."),
])
def test_referencia_presente(canal, modo, texto):
    assert "referencia" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Tu cuenta tiene un saldo pendiente."),
    ("email", "mensaje", "Tu pago vence el 5 de marzo."),
    ("email", "mensaje", "Atención al cliente: servicio 24/7."),
    ("email", "mensaje", "Servicio 24 horas."),
    ("email", "mensaje", "Tu casa 2 veces al mes."),
    ("email", "plantilla", "Llámanos al XXX-XXX-XXXX."),
    ("email", "plantilla", "Hola {{ nombre }}, tienes un saldo pendiente."),
])
def test_referencia_ausente(canal, modo, texto):
    assert "referencia" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Saldo pendiente 3.450."),
    ("email", "mensaje", "Total a pagar: 1.234"),
    ("email", "mensaje", "Monto adeudado: 500"),
    ("email", "mensaje", "Su deuda asciende a 12.500."),
    ("email", "mensaje", "por un valor de $150.000"),
    ("email", "mensaje", "por la suma de 150 000 pesos"),
    ("email", "mensaje", "₡25.000 pendientes"),
    ("email", "mensaje", "Debe MX$ 1,500"),
    ("email", "mensaje", "Debe 1.500 €"),
    ("email", "mensaje", "Saldo: 150 soles"),
    ("email", "mensaje", "Total: 1.234,50 EUR"),
    ("email", "mensaje", "Tu cuota es de Bs 150."),
    ("email", "mensaje", "Deuda: 1,250.00"),
    ("email", "mensaje", "Valor a pagar: 85.000"),
    ("email", "plantilla", "Monto: {{ invoice.amount_due }}"),
    ("email", "plantilla", "Total {{ order.total_price }}"),
    ("email", "plantilla", "Saldo: {{ balance | currency }}"),
    ("email", "plantilla", "{{ amount | money }}"),
    ("email", "plantilla", "Estimado {0}, su saldo de {1} vence el {2}."),
    ("email", "plantilla", "Total: <%= number_to_currency(@factura.total) %>"),
    ("email", "plantilla", "Hola {}, debes {} pesos."),
    ("email", "plantilla", "Valor pendiente: {{2}}"),
    ("email", "plantilla", "por un valor de {{ valor }}"),
    ("email", "plantilla", "Total: {$invoice_total}"),
    ("email", "plantilla", "Saldo: $XXX.XX"),
    ("email", "plantilla", "Debe S/ {{ monto }}"),
    ("email", "plantilla", "La cuota de :amount está pendiente."),
    ("email", "mensaje", "Debe U$S 150."),
    ("email", "mensaje", "Debe 150.000 Gs."),
    ("email", "mensaje", "Debe 3 UTM."),
    ("email", "mensaje", "Debe 1.500 Bs."),
])
def test_importe_presente(canal, modo, texto):
    assert "importe" not in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("canal", "modo", "texto"), [
    ("email", "mensaje", "Debe 3 cuotas."),
    ("email", "mensaje", "Tu cuota vence el 15/04."),
    ("email", "mensaje", "Su saldo está pendiente desde 2025."),
])
def test_importe_ausente(canal, modo, texto):
    assert "importe" in elementos_ausentes(texto, canal, modo=modo)


@pytest.mark.parametrize(("faltan", "canal", "modo", "texto"), [
    ([], "sms", "mensaje",
     "Telco Ejemplo: Sr(a) usuario, su factura de la cuenta 1.23456789 por $89.900 "
     "vence el 12/05. Pague en Efecty, Baloto o PSE. Info: *611"),
    # el número de una billetera («por Nequi al 310...», «Yape o Plin al 987...») es la cuenta
    # donde se paga, no un canal de contacto (así lo etiqueta el corpus: ronda 8)
    (['contacto', 'referencia'], "whatsapp", "mensaje",
     "Hola Carlos 👋, te saluda Valentina de Tienda Don Pepe. Te recuerdo que tienes "
     "un saldo de $45.000 pendiente desde el 3 de mayo. Me puedes transferir por "
     "Nequi al 310 555 1234 antes del viernes 10. ¡Gracias!"),
    (['opciones_pago'], "carta", "mensaje",
     "Lima, 5 de mayo de 2026\n\nSeñor\nJuan Quispe\nPresente.-\n\nRef.: Crédito N° "
     "00123456\n\nPor medio de la presente le comunicamos que a la fecha mantiene una "
     "deuda vencida de S/ 1,250.00. Le otorgamos un plazo de cinco (5) días hábiles "
     "para regularizar su situación.\n\nPara cualquier consulta puede comunicarse al "
     "(01) 311-9000.\n\nAtentamente,\n\nDepartamento de Recuperaciones\nCaja Municipal "
     "Ejemplo"),
    ([], "email", "mensaje",
     "Asunto: Factura F-2026-0042 vencida\n\nEstimado cliente:\n\nLe informamos que la "
     "factura F-2026-0042, por importe de 1.234,50 €, venció el pasado 15 de abril. "
     "Le rogamos que realice el pago mediante transferencia a la cuenta ES12 3456 "
     "7890 1234 5678 9012 en un plazo de 10 días.\n\nPara cualquier duda, puede "
     "escribirnos a administracion@ejemplo.es o llamarnos al 912 345 678.\n\nUn "
     "cordial saludo,\nAdministración\nEjemplo Servicios, S.L."),
    (['referencia'], "sms", "mensaje",
     "BANCO EJEMPLO: Tu tarjeta registra un pago vencido de $2,350.00. Paga hoy en "
     "cualquier OXXO o por SPEI. Dudas al 55 1234 5678."),
    ([], "whatsapp", "mensaje",
     "¡Hola, María! 😊\nTe escribimos de Gimnasio Fuerza Total. Tu mensualidad de "
     "mayo ($350.000) venció el 5/05. Socio N° 1234.\nPuedes pagar en recepción o "
     "por Daviplata al 300 123 4567.\nCualquier duda, escríbenos por aquí. 💪"),
    (['fecha_vencimiento', 'referencia'], "email", "mensaje",
     "Hola Ana:\n\nTe escribimos desde Ejemplo Fibra porque tenemos pendiente el "
     "cobro de 29,90 €. Puedes pagarlo con Bizum al 600 123 456 o desde tu área de "
     "cliente en ejemplo.es/pagar.\n\n¿Dudas? Llámanos al 900 123 456.\n\nEl equipo de "
     "Ejemplo Fibra"),
    (['importe', 'opciones_pago'], "carta", "mensaje",
     "Santiago, 3 de mayo de 2026\n\nSeñor(a)\nPedro González\n\nDe nuestra "
     "consideración:\n\nComunicamos a usted que el pagaré N° 4589 se encuentra impago "
     "desde el 30 de abril. Le solicitamos regularizar a más tardar el 15 de mayo.\n\n"
     "Consultas al fono 2 2345 6789.\n\nSaluda atentamente a usted,\nCobranzas Ejemplo "
     "SpA"),
    (['contacto', 'referencia'], "sms", "mensaje",
     "Ejemplo Préstamos: Estimado cliente, su cuota de $1.500 vence mañana. Pague "
     "por Mercado Pago o en Rapipago."),
    (['opciones_pago'], "email", "mensaje",
     "Estimado Sr. López:\n\nConforme a nuestros registros, la factura FE-1234 por "
     "$3.450.000 COP se encuentra vencida desde el 28 de abril. Le agradecemos "
     "gestionar el pago en un término de cinco (5) días hábiles.\n\nCualquier "
     "inquietud con gusto la atenderemos al correo cartera@ejemplo.com.co o al "
     "celular 310 123 4567.\n\nCordialmente,\n\nÁrea de Cartera\nInversiones Ejemplo "
     "S.A.S."),
    ([], "sms", "mensaje",
     "Ejemplo Gas: Su recibo de gas Nro. 123456 por Bs. 85,50 vence el 20/05. Pague "
     "en Pago Móvil o en nuestras oficinas. Info 0212-555-1234"),
    (['referencia'], "email", "mensaje",
     "Hola Pablo,\n\nTu suscripción de $9.990 no se pudo renovar. Actualiza tu "
     "tarjeta antes del 10 de mayo desde https://ejemplo.cl/cuenta para no perder "
     "el acceso.\n\n¿Preguntas? Responde este correo.\n\n— El equipo de Ejemplo"),
    (['contacto', 'fecha_vencimiento', 'opciones_pago', 'remitente'], "sms", "mensaje",
     "Su línea 300 123 4567 registra un saldo pendiente de $45.000."),
    (['contacto', 'referencia', 'remitente'], "email", "mensaje",
     "Hola Ana,\n\nTienes un saldo de 120 € que vence el 5 de junio. Puedes pagar con "
     "tarjeta.\n\nSaludos."),
    (['contacto', 'remitente'], "whatsapp", "mensaje",
     "Estimado cliente, su cuota N° 5 del crédito 778899 por S/ 350.00 vence el "
     "10/06. Pague en agentes BCP o Yape."),
    (['fecha_vencimiento', 'importe', 'opciones_pago', 'referencia'], "email", "mensaje",
     "ATENCIÓN AL CLIENTE\nEstimado usuario:\nLe recordamos que tiene pagos "
     "pendientes. Para cualquier consulta llame al 800 123 4567.\nEjemplo Telecom "
     "S.A."),
    (['contacto', 'opciones_pago', 'referencia'], "carta", "mensaje",
     "Muy señor mío:\n\nPor la presente le requerimos el pago de 3.000 euros "
     "adeudados, en el plazo de diez días desde la recepción de este escrito.\n\n"
     "Atentamente,\nMaría Ruiz\nAbogada"),
    (['contacto', 'fecha_vencimiento', 'referencia'], "whatsapp", "mensaje",
     "Hola Luis, soy Marta de la Ferretería Central 🔧. Te recuerdo que quedó "
     "pendiente el saldo de $12.500 de tu compra. Puedes transferirme al alias "
     "ferre.central.mp. ¡Gracias!"),
    (['contacto', 'importe', 'opciones_pago'], "sms", "mensaje",
     "Ejemplo Seguros le recuerda que su póliza PL-8899 vence el 30/06/2026."),
    (['contacto', 'fecha_vencimiento', 'opciones_pago', 'referencia', 'remitente'], "sms", "mensaje",
     "Tienes una deuda de 350 soles. Regulariza tu situación."),
    (['fecha_vencimiento', 'referencia', 'remitente'], "email", "mensaje",
     "Hola:\nTu saldo es de $1,250.00 MXN. Realiza tu pago por SPEI a la CLABE "
     "012180001234567891. Dudas: cobranza@ejemplo.mx"),
    (['contacto', 'importe', 'opciones_pago', 'referencia'], "whatsapp", "mensaje",
     "Buenas tardes, le saluda el área de cobranzas de Créditos Rápidos. Le "
     "recordamos que tiene hasta el lunes para regularizar."),
    (['contacto'], "whatsapp", "plantilla",
     "Hola {{1}} 👋\nTe escribimos de {{2}}. Tu cuota de {{3}} del crédito {{4}} "
     "vence el {{5}}.\nPaga aquí: {{6}}"),
    (['opciones_pago', 'referencia'], "email", "plantilla",
     "@component('mail::message')\n# Hola {{ $cliente->nombre }}\n\nTienes un saldo "
     "pendiente de ${{ number_format($saldo, 2) }} que vence el {{ "
     "$vence->format('d/m/Y') }}.\n\nSi tienes dudas, escríbenos a {{ "
     "config('mail.from.address') }}.\n\nGracias,<br>\n{{ config('app.name') }}\n"
     "@endcomponent"),
    (['contacto', 'fecha_vencimiento'], "sms", "plantilla",
     "{empresa}: Estimado {nombre}, su factura {factura} por {monto} esta vencida. Pague en {link_pago}"),
    (['contacto', 'importe', 'opciones_pago', 'referencia'], "email", "plantilla",
     "Estimado/a %s:\n\nLe recordamos que su pago vence el %s.\n\nAtentamente,\n%s"),
    ([], "email", "plantilla",
     "Hola {$client_name},\n\nLa factura #{$invoice_num} por {$invoice_total} vence "
     "el {$invoice_date_due}. Puedes pagarla en {$invoice_link}.\n\nCualquier "
     "consulta: {$company_phone}\n\n{$signature}"),
    (['referencia'], "whatsapp", "mensaje",
     "Buenas tardes don Rafael 🙏 le escribe Rosa de Abarrotes La Güera. Nomás para "
     "recordarle que quedaron pendientes $850 del fiado de la semana pasada. Si "
     "gusta puede pasar a pagar a la tienda o depositarme a la tarjeta 4152 3134 "
     "5678 9012 antes del sábado. Cualquier cosa aquí estoy 😊"),
    ([], "email", "mensaje",
     "Asunto: Recordatorio – Cuota de administración abril\n\nApreciado propietario "
     "del apartamento 502:\n\nLe recordamos que la cuota de administración de abril, "
     "por valor de $420.000, vence el 10 de abril. Puede consignar en la cuenta de "
     "ahorros Bancolombia 123-456789-01 a nombre de Conjunto Residencial Los "
     "Almendros o pagar por PSE en www.losalmendros.com.co.\n\nPara inquietudes "
     "comuníquese con la administración al 601 555 1234.\n\nCordialmente,\n"
     "Administración Conjunto Residencial Los Almendros"),
    ([], "sms", "mensaje",
     "Ejemplo Luz: su factura 123456789 por $U 2.350 vence el 25/04. Pague en "
     "Abitab, Redpagos o en ejemploluz.com.uy"),
    (['importe', 'referencia'], "carta", "mensaje",
     "Madrid, 3 de abril de 2026\n\nEstimada señora:\n\nNos ponemos en contacto con "
     "usted en relación con las cuotas pendientes de la comunidad de propietarios. "
     "Le rogamos que regularice la situación antes del 30 de abril mediante ingreso "
     "en la cuenta ES91 2100 0418 4502 0005 1332.\n\nPara cualquier aclaración puede "
     "dirigirse a la administración en el teléfono 91 555 12 34.\n\nAtentamente,\nLa "
     "Junta de Propietarios"),
    (['contacto', 'opciones_pago'], "whatsapp", "mensaje",
     "*Colegio San Martín* 🏫\nEstimada familia, les recordamos que la pensión de "
     "abril (S/ 450.00) del alumno con código 20261234 vence el 15/04. ¡Gracias!"),
    (['referencia'], "email", "mensaje",
     "Hola Diego:\n\nTu plan Pro ($19 USD/mes) no se pudo renovar porque tu tarjeta "
     "fue rechazada. Actualiza tu método de pago antes del 12 de mayo para mantener "
     "el acceso: https://app.ejemplo.io/billing\n\n¿Tienes problemas? Escríbenos a "
     "soporte@ejemplo.io\n\nEl equipo de Ejemplo"),
    (['fecha_vencimiento', 'opciones_pago'], "carta", "mensaje",
     "Señor\nCarlos Méndez\nCiudad\n\nAsunto: Cobro prejurídico obligación No. 778899\n\n"
     "Respetado señor Méndez:\n\nEn nuestra calidad de abogados de Banco Ejemplo "
     "S.A., le informamos que la obligación de la referencia presenta un saldo en "
     "mora de $3.250.000. Lo invitamos a comunicarse con nosotros para acordar una "
     "solución.\n\nTeléfono: 601 555 6789\nCorreo: cartera@abogadosejemplo.com\n\n"
     "Atentamente,\nAbogados Ejemplo S.A.S."),
    (['fecha_vencimiento', 'importe', 'opciones_pago', 'referencia'], "sms", "mensaje",
     "Hola, te contactamos de Financiera Ejemplo por tu credito atrasado. Llamanos al 0800 222 3333."),
    ([], "whatsapp", "mensaje",
     "Hola Pedro, ¿qué tal? Soy Andrés, del Club Deportivo Atlético. Te recuerdo "
     "que la cuota social de marzo ($5.000, socio N° 456) vence este viernes 15. "
     "Podés transferir al alias club.atletico.mp. Cualquier duda escribime por acá. "
     "¡Abrazo!"),
    (['fecha_vencimiento', 'importe', 'referencia'], "email", "mensaje",
     "Estimado cliente,\n\nLe informamos que registra pagos pendientes. Puede "
     "regularizar su situación desde nuestra web o en cualquiera de nuestras "
     "oficinas.\n\nServicio de Atención al Cliente: 902 123 456\n\nUn saludo,\nEjemplo "
     "Energía"),
    (['contacto', 'referencia'], "whatsapp", "plantilla",
     "Hola {{1}}! 👋 Te saluda *PrestaYa*. Tu cuota de *{{2}}* vence *{{3}}*. Págala "
     "fácil con Yape o Plin al 987 654 321 a nombre de PrestaYa SAC. ¡Gracias por "
     "tu puntualidad!"),
    (['contacto', 'referencia'], "sms", "plantilla",
     "{{empresa}}: Hola {{nombre}}, tienes {{dias}} dias de atraso. Paga {{monto}} "
     "hoy en {{link}} y evita reportes."),
    (['opciones_pago'], "email", "plantilla",
     "<p>Estimado/a <strong>{{ $socio->nombre }}</strong>,</p>\n<p>Le informamos que "
     "su cuota de socio n.º {{ $socio->numero }} correspondiente a {{ $periodo }} "
     "por importe de {{ $importe }} € está pendiente de pago desde el {{ "
     "$fecha_vencimiento }}.</p>\n<p>Para cualquier duda puede contactar con la "
     "secretaría en el {{ $telefono_club }}.</p>\n<p>Un saludo,<br>La Junta "
     "Directiva</p>"),
    (['fecha_vencimiento', 'referencia'], "sms", "mensaje",
     "Estimado cliente, Banco Ejemplo le informa que su tarjeta presenta un saldo "
     "vencido de RD$ 4,500.00. Favor pasar por cualquiera de nuestras sucursales o "
     "pagar en línea en bancoejemplo.com.do. Info: 809-555-1234"),
    (['contacto', 'importe', 'opciones_pago'], "email", "plantilla",
     "Asunto: Aviso de vencimiento póliza {{ poliza.numero }}\n\nEstimado {{ "
     "cliente.nombre }}:\n\nLe recordamos que el recibo de su póliza {{ poliza.numero "
     "}} vence el {{ recibo.vencimiento }}.\n\nAtentamente,\n{{ agente.nombre }}\n"
     "Corredor de seguros"),
    ([], "whatsapp", "mensaje",
     "Buen día, Sra. Gómez. Le escribe Laura, de la inmobiliaria Casas del Sur. El "
     "canon de arrendamiento del inmueble de la Cra. 45 # 12-30 (contrato 2024-118) "
     "por $1.850.000 venció el 5 de mayo. Puede consignar en la cuenta de ahorros "
     "Davivienda 0123-4567-8901. Quedo atenta a su respuesta."),
    (['fecha_vencimiento', 'importe', 'referencia'], "email", "mensaje",
     "Hola,\n\nVemos que tienes facturas pendientes en tu cuenta. Entra en tu área de "
     "cliente para pagarlas: https://clientes.ejemplo.es\n\nSi necesitas ayuda, "
     "contesta a este correo.\n\nUn abrazo,\nEl equipo de Ejemplo Hosting"),
    (['opciones_pago', 'referencia'], "carta", "mensaje",
     "Ciudad de México, a 2 de mayo de 2026\n\nC. Juan Hernández\nPresente\n\nPor medio "
     "de la presente, Despacho Jurídico Ejemplo, S.C., en representación de Tiendas "
     "Ejemplo, S.A. de C.V., le requiere el pago de $12,450.00 M.N. a más tardar el "
     "16 de mayo de 2026.\n\nPara aclaraciones comuníquese al (55) 5555-1234 de lunes "
     "a viernes de 9:00 a 18:00 horas.\n\nAtentamente\nLic. Mario Torres\nDespacho "
     "Jurídico Ejemplo, S.C."),
    (['contacto', 'fecha_vencimiento', 'importe', 'opciones_pago', 'referencia'], "whatsapp", "mensaje",
     "Hola Marta, soy Luis de Taller Mecánico Rueda. Quería saber cuándo podrías "
     "pasar a saldar lo pendiente. Un saludo."),
    (['contacto', 'fecha_vencimiento', 'opciones_pago', 'referencia', 'remitente'], "sms", "mensaje",
     "Tiene un saldo pendiente de $1,200.00. Evite cargos adicionales."),
    (['contacto', 'importe', 'opciones_pago', 'remitente'], "email", "mensaje",
     "Hola,\n\nTe recordamos que la factura F-2026-118 vence el próximo 20 de mayo.\n\nGracias."),
    (['contacto', 'fecha_vencimiento', 'importe', 'referencia', 'remitente'], "whatsapp", "mensaje",
     "Recuerda que puedes pagar tu cuota con Nequi, Daviplata o en efectivo."),
    (['fecha_vencimiento', 'opciones_pago', 'referencia'], "carta", "mensaje",
     "Estimado cliente:\n\nSegún nuestros registros, mantiene una deuda de 850,00 € "
     "con nuestra empresa. Le rogamos se ponga en contacto con nosotros en el 955 "
     "123 456 a la mayor brevedad.\n\nAtentamente,\nDepartamento de Administración\n"
     "Construcciones Ejemplo, S.L."),
    (['fecha_vencimiento', 'importe', 'opciones_pago', 'referencia', 'remitente'], "email", "mensaje",
     "Buenas tardes:\n\nPor favor, revise su situación de pagos. Para cualquier "
     "consulta puede llamarnos al 900 555 444.\n\nGracias por su atención."),
    (['contacto', 'opciones_pago', 'remitente'], "sms", "mensaje",
     "Su recibo 2026-04-7788 de 45,30 EUR vence el 15/05/2026."),
    (['importe', 'opciones_pago', 'referencia', 'remitente'], "whatsapp", "mensaje",
     "¡Hola! Te escribimos para recordarte que tu pago vence mañana. Si tienes "
     "alguna duda, escríbenos por aquí 😊"),
])
def test_mensajes_enteros(faltan, canal, modo, texto):
    assert elementos_ausentes(texto, canal, modo=modo) == set(faltan)
