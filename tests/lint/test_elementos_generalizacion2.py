"""Elementos obligatorios en formas que ninguna fuente del corpus enseñó (issue 10, punto 4).

Casos escritos para esta prueba (ninguno es del corpus), por **clase**, cada forma con su
gemelo sin el elemento, de varios países (mx co ar cl pe es ve ec do bo), canales y
tratamientos; cada caso dice el elemento exacto que está o falta:

- *remitente*: la firma tras la despedida con una marca que empieza por cifras o por «+»
  («3M Servicios», «+Crédito»), el órgano que firma en minúsculas («la administración»), la
  marca con cifras sola en la última línea («Financiera 24/7»), la firma tras una raya en su
  propia línea («—» y, debajo, la marca), la marca tras un emoji al empezar («🔔 Marca: ...»),
  en el primer encabezado de un correo HTML, tras una barra al final de un SMS («/Marca») y como
  sujeto que agradece. No lo son: «Gracias.» tras la despedida, un dato con su número en la
  última línea («Pedido 1234»), la directiva de una plantilla Blade («@endcomponent»), el título
  del aviso («⛔ SUSPENSIÓN TOTAL:», «<h1>Aviso de pago</h1>»).
- *plazo*: el día ordinal del mes («el décimo día hábil del mes»), el mes abreviado tras la
  barra o delante («15/abr», «abr. 15, 2026»), «en 1 día», «venció hace {n} días» con
  marcador. No lo son: la fecha de un pago ya hecho, de la factura, de la compra, del contrato o
  del nacimiento, el saldo o el estado de cuenta a una fecha, el periodo facturado, el horario
  de atención, los días de atraso.
- *contacto*: contestar «a este número» o «por aquí», la cuenta de una red social con arroba.
  No lo son: el correo al que se envió el aviso, el número «registrado» del cliente, el teléfono
  del titular.
- *referencia*: el código de pago en bloques de cuatro cifras (con la red de pago delante),
  «Fact.», «código de pago es», la factura dicha por su periodo, la lista de facturas en un
  anexo o una tabla, la referencia en la cabecera de una carta (CITE, oficio, N/Ref.). No lo
  son: un teléfono, el mes sin más, el oficio de otro que se cita.
"""

from __future__ import annotations

import pytest

from .elementos import caso, elementos_ausentes

SALDO = "Hola Ana, tu saldo de $500 vence el 5 de marzo."


CASOS = [
    # --- remitente: la firma tras la despedida -----------------------------------------
    caso("remitente", True, "email", "mensaje", SALDO + "\n\nSaludos,\n3M Servicios"),
    caso("remitente", True, "email", "mensaje", SALDO + "\n\nSaludos,\n24Siete Cobranzas"),
    caso("remitente", True, "whatsapp", "mensaje", SALDO + "\n\nAtentamente,\n+Crédito"),
    caso("remitente", True, "email", "mensaje", SALDO + "\n\nSaludos.\nla administración"),
    caso("remitente", True, "carta", "mensaje",
          "Quito, 2 de marzo\n\nSeñor Juan Pérez:\nSu alícuota de $80 vence el 5 de marzo.\n\n"
          "Atentamente,\nla tesorería del Conjunto Los Robles"),
    caso("remitente", False, "email", "mensaje", SALDO + "\n\nSaludos,\nGracias."),
    caso("remitente", False, "email", "plantilla",
          "@component('mail::message')\nHola {{ $nombre }}, tu cuota vence mañana.\n\n"
          "Un cordial saludo.\n\n@endcomponent"),
    # --- remitente: la última línea ------------------------------------------------------
    caso("remitente", True, "email", "mensaje", SALDO + "\n\nla administración del Edificio Los Pinos"),
    caso("remitente", True, "sms", "mensaje", "Tu cuota de S/ 120 vence hoy.\nFinanciera 24/7"),
    caso("remitente", True, "email", "mensaje", SALDO + "\n\nCréditos Rápidos 365"),
    caso("remitente", True, "email", "mensaje", SALDO + "\n\n—\nCréditos Rápidos 365"),
    caso("remitente", True, "email", "mensaje", SALDO + "\n\n--\nMueblería La Central"),
    caso("remitente", False, "email", "mensaje", SALDO + "\n\nPedido 1234"),
    caso("remitente", False, "sms", "mensaje", "Tu saldo de $500 vence hoy.\nCuota 3"),
    caso("remitente", False, "email", "mensaje", SALDO + "\n\n—\nGracias"),
    # --- remitente: al empezar y en el pie ---------------------------------------------
    caso("remitente", True, "sms", "mensaje", "🔔 Ópticas Visión: " + SALDO),
    caso("remitente", False, "sms", "mensaje", "⛔ SUSPENSIÓN TOTAL: " + SALDO),
    caso("remitente", True, "email", "mensaje", "<h1>Ferretería El Tornillo</h1><p>" + SALDO + "</p>"),
    caso("remitente", False, "email", "mensaje", "<h1>Aviso de pago</h1><p>" + SALDO + "</p>"),
    caso("remitente", True, "sms", "mensaje", SALDO + " /Ferreteria Sol"),
    caso("remitente", False, "sms", "mensaje", SALDO + " /Gracias"),
    caso("remitente", True, "sms", "mensaje", "Ferretería Sol agradece tu pago puntual. " + SALDO),
    caso("remitente", False, "sms", "mensaje", "Recuerda tu pago puntual. " + SALDO),
    # --- plazo: formas del día --------------------------------------------------------
    caso("fecha_vencimiento", True, "email", "mensaje",
          "Estimado socio: su aporte de $30 vence el décimo día hábil del mes."),
    caso("fecha_vencimiento", True, "email", "mensaje",
          "Hola, tu cuota vence el 5.º día de cada mes; hoy debes $200."),
    caso("fecha_vencimiento", True, "sms", "mensaje", "Saldo $500. Límite de pago 15/abr"),
    caso("fecha_vencimiento", True, "email", "mensaje", "Saldo: USD 500\nVencimiento: abr. 15, 2026"),
    caso("fecha_vencimiento", True, "sms", "mensaje", "Tu saldo de $500 vence en 1 día."),
    caso("fecha_vencimiento", True, "email", "plantilla",
          "Tiene facturas vencidas hace ${daysOverdue} días por ${total}."),
    caso("fecha_vencimiento", True, "email", "plantilla",
          "Tu cuota venció hace {{ dias_vencido }} días."),
    caso("fecha_vencimiento", False, "email", "plantilla",
          "Tu cuota tiene {{ dias_vencido }} días de atraso."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Lleva 45 días de mora; pague cuanto antes."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Su deuda tiene 90 días de atraso."),
    # --- plazo: fechas que no son un plazo -------------------------------------------------
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Recibimos su último pago el 01/03/2026."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Su último pago fue el 3 de febrero."),
    caso("fecha_vencimiento", False, "whatsapp", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Pagaste el 3 de febrero $200."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Fecha de factura: 01/03/2026."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Fecha de compra: 03/02/2026."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Factura del 01/03/2026."),
    caso("fecha_vencimiento", False, "carta", "mensaje",
          "Señor Pérez: su saldo de $500 sigue pendiente. Su contrato firmado el 01/02/2025."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Compra realizada el 10/01/2026."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo está pendiente. Saldo al 31/03/2026: $500."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Estado de cuenta al 31 de marzo."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Movimientos del periodo 01/03 al 31/03."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Hoy, 5 de marzo, te escribimos."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Atención de lunes a viernes, 9:00 a 18:00 hs."),
    # los gemelos: la misma fecha dicha como plazo sigue contando
    caso("fecha_vencimiento", True, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Su último pago vence el 15/04/2026."),
    caso("fecha_vencimiento", True, "email", "mensaje",
          "Hola, tu saldo de $500 está pendiente. Págalo antes del viernes, 15 de abril."),
    # --- contacto ------------------------------------------------------------------------
    caso("contacto", True, "email", "mensaje", SALDO + " Escríbenos a este número para acordar tu pago."),
    caso("contacto", True, "email", "mensaje", SALDO + " Comuníquese a este canal."),
    caso("contacto", True, "email", "mensaje", SALDO + " Si necesitas más plazo, hablemos por acá."),
    caso("contacto", True, "email", "mensaje", SALDO + " Contáctanos por Instagram @tiendasol"),
    caso("contacto", False, "email", "mensaje", SALDO + " Para cualquier duda, contáctenos."),
    caso("contacto", False, "email", "mensaje",
          SALDO + " Hemos enviado esta notificación a ana@correo.com."),
    caso("contacto", False, "email", "mensaje",
          SALDO + " Este correo se envió a ana@gmail.com porque eres cliente."),
    caso("contacto", False, "email", "mensaje", SALDO + " Tu número registrado es 300 123 4567."),
    caso("contacto", False, "email", "mensaje", SALDO + " Titular: Ana López, tel. 300 123 4567"),
    caso("contacto", False, "email", "mensaje", SALDO + " Celular del titular: 300 123 4567"),
    # los gemelos: el correo o el teléfono de quien cobra
    caso("contacto", True, "email", "mensaje", SALDO + " Envíe el comprobante a pagos@tiendasol.mx."),
    caso("contacto", True, "email", "mensaje", SALDO + " Dudas al tel. 300 123 4567."),
    # --- referencia ----------------------------------------------------------------------
    caso("referencia", True, "email", "mensaje", SALDO + " Referencia de pago: 1234 5678 9012."),
    caso("referencia", True, "sms", "mensaje", SALDO + " Referencia OXXO: 1234 5678 9012 3456"),
    caso("referencia", True, "email", "mensaje", SALDO + " Fact. 12345"),
    caso("referencia", True, "whatsapp", "mensaje", SALDO + " Tu código de pago es 458721"),
    caso("referencia", True, "email", "mensaje", "Tu factura del período marzo 2026 por $500 vence hoy."),
    caso("referencia", True, "email", "mensaje", "Tu recibo del mes de abril por $500 vence hoy."),
    caso("referencia", True, "carta", "mensaje",
          "Señores Clínica Sur:\nEl saldo de $9.500 corresponde a las facturas relacionadas en el anexo."),
    caso("referencia", True, "email", "mensaje",
          SALDO + " Le enviamos el detalle de las facturas vencidas."),
    caso("referencia", True, "email", "plantilla",
          "Saldo: {total}\n<table><tr><th>Factura</th><th>Monto</th></tr>{filas}</table>"),
    caso("referencia", True, "carta", "mensaje",
          "CITE: 12/DGA/2026\n\nSeñor Pérez:\nSu saldo de Bs 500 vence el 5 de marzo."),
    caso("referencia", True, "carta", "mensaje",
          "N/Ref.: CB-2026-14\n\nSeñor Pérez:\nSu saldo de 500 € vence el 5 de marzo."),
    caso("referencia", False, "email", "mensaje", SALDO + " Llámanos al 55 1234 5678."),
    caso("referencia", False, "email", "mensaje", "Tu factura del mes pasado por $500 vence hoy."),
    caso("referencia", False, "carta", "mensaje",
          "Señor Pérez:\nSu saldo de $500 vence el 5 de marzo, según el oficio No. 220-016 de la "
          "Superintendencia."),
    caso("referencia", False, "email", "mensaje", SALDO + " Le enviamos el detalle de su saldo."),
]


@pytest.mark.parametrize(("elemento", "presente", "canal", "modo", "texto"), CASOS)
def test_elemento_por_clase(elemento, presente, canal, modo, texto):
    ausentes = elementos_ausentes(texto, canal, modo=modo)
    assert (elemento not in ausentes) is presente
