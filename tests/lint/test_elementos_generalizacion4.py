"""Elementos obligatorios en formas que ninguna fuente del corpus enseñó, cuarta tanda.

Casos escritos para esta prueba (ninguno es del corpus), de varios países y canales, cada uno
con el elemento exacto que está o falta, y su gemelo que no lo lleva:

- *las expresiones de los elementos no dependen de tildes ni del énfasis*: «contáctenos» es
  «contactenos» y «con *Tienda Sol*» (negrita de WhatsApp) o «_Créditos Sur_» (cursiva) son
  «con Tienda Sol»; la tilde del final de palabra sí se conserva («pagó» no es «pago»);
- *remitente*: la entidad que empieza la oración con lo que hace en primera persona del plural
  («En Fibranet sabemos...», «Desde Clínica Sol trabajamos...»), el nombre tras el emoji de un
  edificio o una tienda en la cabecera («🏢 Inmobiliaria Horizonte»), el cliente de una marca
  sin «de» («Estimado cliente Claro:», «CLIENTE KUBO»), quien llama de una empresa («llamo de
  Laboratorios Andes»). No lo son: «En caso de...», «En marzo...», «Estimado cliente Juan:»,
  «cliente Preferente», «cliente Nro 123», «🏦 Estado de cuenta», «💰 Monto: $300».
- *contacto*: un número pegado a letras es un trozo de IBAN o de un código, no un teléfono
  («ES12 3456 7890 ...»); «marque *611» es un código corto; la dirección del inmueble o del
  cliente no es un contacto de quien cobra, la de sus oficinas sí.
- *fecha de vencimiento*: el plazo en semanas o meses para pagar («tienes una semana para
  ponerte al día», «le damos un mes de plazo»), no el atraso («tiene un mes de atraso»).
- *fecha de vencimiento en un marcador*: la etiqueta de antes manda («Fecha de pago: {{
  fecha_pago }}», «antes del {{ period_end }}»), aunque el nombre o la variable del modelo
  digan otra cosa; el último pago, el pago recibido o la firma del contrato no son el
  vencimiento (``fecha_ultimo_pago``, ``last_payment_date``, ``fecha_contrato``).
"""

from __future__ import annotations

import pytest

from generador.lint import marcadores
from generador.lint.normalizar import quitar_tildes

from .elementos import caso, elementos_ausentes

#: Un SMS con todo menos quien lo envía.
SMS = "Tu cuota de $450 vence el 12/04. Paga en OXXO con ref 88231. Info 55 1234 5678."
#: Un correo con todo menos quien lo envía.
CORREO = ("Su factura F-2231 de 340,00 € vence el 12 de abril. Puede pagar por transferencia "
          "al IBAN ES12 3456 7890 1234 5678 9012. Dudas: 912 345 678.")
#: Un WhatsApp con todo menos un contacto.
SIN_CONTACTO = ("Hola Ana, tu factura F-2231 de S/ 120,00 vence el 12/04. Paga por Yape al "
                "número de la tienda. Ferretería El Clavo.")


REMITENTE = [
    # --- la marca en negrita o en cursiva de WhatsApp --------------------------------------
    caso("remitente", True, "whatsapp", "mensaje",
         "Hola Ana, registras una deuda de $300 con *Tienda Lupita*. " + SMS),
    caso("remitente", True, "whatsapp", "mensaje",
         "Hola Ana, tu deuda con _Créditos Sur_ vence mañana. " + SMS),
    caso("remitente", True, "whatsapp", "mensaje", SMS + "\n\nAtentamente,\n*Cooperativa Los Andes*"),
    caso("remitente", False, "whatsapp", "mensaje", "Hola *Ana*, " + SMS),
    # --- la entidad al empezar la oración, con lo que hace ---------------------------------
    caso("remitente", True, "email", "mensaje",
         "Estimada Ana:\n\nEn Fibranet sabemos que a veces hay imprevistos. " + CORREO),
    caso("remitente", True, "email", "mensaje",
         "Estimado Luis:\n\nDesde Clínica Santa Rosa trabajamos para atenderle mejor. " + CORREO),
    caso("remitente", True, "whatsapp", "mensaje", "Hola Ana 👋 En Telecable, te invitamos a "
         "ponerte al día. " + SMS),
    caso("remitente", True, "email", "mensaje",
         "Estimado cliente:\n\nEN AGUAS DEL VALLE valoramos su preferencia. " + CORREO),
    caso("remitente", False, "email", "mensaje",
         "Estimada Ana:\n\nEn caso de que ya haya pagado, ignoramos este aviso. " + CORREO),
    caso("remitente", False, "email", "mensaje",
         "Estimada Ana:\n\nEn marzo facturamos su consumo de febrero. " + CORREO),
    caso("remitente", False, "email", "mensaje",
         "Estimada Ana:\n\nEn nuestro sistema registramos un saldo pendiente. " + CORREO),
    caso("remitente", False, "sms", "mensaje", "Puedes pagar en Banco Azteca. " + SMS),
    # --- el nombre tras el emoji de un edificio o una tienda, en la cabecera ---------------
    caso("remitente", True, "email", "mensaje", "🏢 Inmobiliaria Horizonte\n\nEstimada Ana:\n" + CORREO),
    caso("remitente", True, "email", "mensaje",
         "Cuota de mantenimiento atrasada\n🏢 Emporio Rentas\nHola Ana, " + CORREO),
    caso("remitente", True, "whatsapp", "mensaje", "🛒 Minimarket Don Pepe\n" + SMS),
    caso("remitente", False, "email", "mensaje", "🏦 Estado de cuenta\n\nEstimada Ana:\n" + CORREO),
    caso("remitente", False, "whatsapp", "mensaje", "🏠 Propiedad: Torre B 402\n💰 Monto: $300\n" + SMS),
    # --- el cliente de una marca, sin «de» --------------------------------------------------
    caso("remitente", True, "sms", "mensaje", "Estimado cliente Claro: " + SMS),
    caso("remitente", True, "sms", "mensaje", "CLIENTE KUBO: " + SMS),
    caso("remitente", True, "sms", "mensaje", "Usuario Movistar, " + SMS),
    caso("remitente", True, "carta", "mensaje", "Estimado socio Coopeuch:\n" + CORREO),
    caso("remitente", False, "sms", "mensaje", "Estimado cliente Juan: " + SMS),
    caso("remitente", False, "sms", "mensaje", "Estimado cliente Preferente: " + SMS),
    caso("remitente", False, "sms", "mensaje", "Cliente Nro 4471: " + SMS),
    caso("remitente", False, "sms", "mensaje", "Estimado cliente Sr. Ruiz: " + SMS),
    # --- quien llama de una empresa ----------------------------------------------------------
    caso("remitente", True, "llamada", "mensaje",
         "Buenos días, ¿hablo con el señor Ruiz? Llamo de Laboratorios Andes. " + SMS),
    caso("remitente", True, "llamada", "mensaje",
         "Buenas tardes, lo llamamos de Inversiones Roca por su cuota. " + SMS),
    caso("remitente", True, "whatsapp", "mensaje", "Hola Ana, nos comunicamos de Créditos Sur. " + SMS),
    caso("remitente", False, "llamada", "mensaje",
         "Buenos días, ¿hablo con el señor Ruiz? Lo llamo por su cuota. " + SMS),
]

CONTACTO = [
    # la tilde dentro de la palabra no esconde el canal
    caso("contacto", True, "whatsapp", "mensaje",
         SIN_CONTACTO + " Si tiene dudas, contáctenos a este número."),
    caso("contacto", True, "whatsapp", "mensaje",
         SIN_CONTACTO + " Si tiene dudas, contactenos a este número."),
    caso("contacto", False, "whatsapp", "mensaje", SIN_CONTACTO),
    # un trozo de IBAN no es un teléfono
    caso("contacto", False, "email", "mensaje",
         "Hola Ana, tu factura F-2231 de 340 € vence el 12/04. Paga por transferencia al IBAN "
         "ES12 3456 7890 1234 5678 9012. Textiles Aurora."),
    caso("contacto", True, "email", "mensaje",
         "Hola Ana, tu factura F-2231 de 340 € vence el 12/04. Paga por transferencia al IBAN "
         "ES12 3456 7890 1234 5678 9012. Tel. 912 345 678. Textiles Aurora."),
    # el código corto que se marca
    caso("contacto", True, "sms", "mensaje", "Claro: tu recibo de S/ 59 vence el 12/04. "
         "Para aclaraciones, marque *611 desde su celular."),
    # la dirección: la de las oficinas sí, la del inmueble o la del cliente no
    caso("contacto", True, "carta", "mensaje",
         SIN_CONTACTO + " Le esperamos en nuestras oficinas de Calle Mayor 12, Madrid."),
    caso("contacto", False, "carta", "mensaje",
         SIN_CONTACTO + " El inmueble ubicado en Calle Luna 5 registra la deuda."),
    caso("contacto", False, "carta", "mensaje",
         SIN_CONTACTO + " La notificación se dejó en su domicilio de Av. Sol 12."),
]

#: Una plantilla con todo menos la fecha.
PLANTILLA = ("Factura {{ numero_factura }} por {{ importe }}. Paga en {{ enlace_pago }}. "
             "Tel. {{ telefono }}. {{ empresa }}.")

FECHA = [
    # el plazo en semanas o meses para pagar, y su gemelo de atraso
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
         "Hola Ana, tu cuota de $450 sigue pendiente: tienes una semana para ponerte al día. "
         "Paga en OXXO con ref 88231. Info 55 1234 5678. Créditos Sur"),
    caso("fecha_vencimiento", True, "carta", "mensaje",
         "Su factura F-2231 de 340 € está impagada. Le damos un mes de plazo para regularizarla. "
         "Transferencia al IBAN ES12 3456 7890 1234 5678 9012. Tel. 912 345 678. Textiles Aurora"),
    caso("fecha_vencimiento", False, "whatsapp", "mensaje",
         "Hola Ana, tu cuota de $450 tiene un mes de atraso. "
         "Paga en OXXO con ref 88231. Info 55 1234 5678. Créditos Sur"),
    caso("fecha_vencimiento", True, "email", "plantilla",
         "Fecha de pago: {{ fecha_pago }}. " + PLANTILLA),
    caso("fecha_vencimiento", True, "email", "plantilla",
         "Pague antes del {{ period_end }}. " + PLANTILLA),
    caso("fecha_vencimiento", True, "whatsapp", "plantilla",
         "Tu cuota vence el {cuota.fecha}. " + PLANTILLA),
    caso("fecha_vencimiento", False, "email", "plantilla",
         "Tu último pago fue el {{ fecha_ultimo_pago }}. " + PLANTILLA),
    caso("fecha_vencimiento", False, "email", "plantilla",
         "Recibimos tu pago el {{ fecha_pago_recibido }}. " + PLANTILLA),
    caso("fecha_vencimiento", False, "email", "plantilla",
         "Último pago: ${last_payment_date}. " + PLANTILLA),
    caso("fecha_vencimiento", False, "carta", "plantilla",
         "Su contrato, firmado el {{ fecha_contrato }}, sigue vigente. " + PLANTILLA),
]


@pytest.mark.parametrize(("texto", "elemento"), [
    ("Fecha de pago: {{ fecha_pago }}", "fecha_vencimiento"),
    ("a más tardar el {{ fecha_pago }}", "fecha_vencimiento"),
    ("Gracias: el {{ fecha_pago }} recibimos su pago", None),
    ("Vence: {{ period_end }}", "fecha_vencimiento"),
    ("Periodo: {{ period_end }}", "referencia"),
    ("{{ fecha_ultimo_pago }}", None),
    ("{{ last_payment_date }}", None),
    ("{{ fecha_limite_pago }}", "fecha_vencimiento"),
    ("{{ fecha_contrato }}", None),
])
def test_elemento_del_marcador_de_fecha(texto, elemento):
    (marca,) = marcadores.buscar(texto)
    assert marca.elemento == elemento


@pytest.mark.parametrize(("elemento", "presente", "canal", "modo", "texto"),
                         REMITENTE + CONTACTO + FECHA)
def test_elemento_por_clase(elemento, presente, canal, modo, texto):
    ausentes = elementos_ausentes(texto, canal, modo=modo)
    assert (elemento not in ausentes) is presente


@pytest.mark.parametrize(("texto", "esperado"), [
    ("Contáctenos al teléfono", "Contactenos al telefono"),
    ("ÚLTIMO AVISO de Crédito Fácil", "ULTIMO AVISO de Credito Facil"),
    # la tilde final cambia el sentido: se queda
    ("pagó el 5, está al día", "pagó el 5, está al dia"),
    ("con *Tienda Sol*.", "con  Tienda Sol ."),
    ("_Créditos Sur_", " Creditos Sur "),
    ("**Nota**", "  Nota  "),
    ("~antes~ ahora", " antes  ahora"),
    # no son énfasis: una máscara, un nombre de variable, una raya para firmar, un importe
    ("tarjeta ****1234", "tarjeta ****1234"),
    ("numero_factura", "numero_factura"),
    ("______\nMARTA", "______\nMARTA"),
    ("total *$450*", "total *$450*"),
])
def test_quitar_tildes_y_enfasis(texto, esperado):
    resultado = quitar_tildes(texto)
    assert resultado == esperado
    assert len(resultado) == len(texto)  # los desplazamientos valen en el original
