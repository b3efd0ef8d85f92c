"""Elementos obligatorios en formas que ninguna fuente del corpus enseñó, quinta tanda.

Casos escritos para esta prueba (ninguno es del corpus), de varios países y canales, cada uno
con el elemento exacto que está o falta, y su gemelo que no lo lleva:

- *fecha de vencimiento*: la fecha de envío o de emisión no es el vencimiento («Le enviamos
  este aviso el 3 de marzo», «Lima, 5 de abril de 2025», «Emitida el 01/02/2025», «fecha de
  emisión: ...»); sí lo es la fecha del verbo que vence o pide pagar («vence el 3 de marzo»,
  «pague antes del 3 de marzo», «fecha límite: 03/03»);
- *fecha de vencimiento escrita con palabras*: «antes del día treinta», «a más tardar el
  quince de este mes», «el último día hábil del mes», «el próximo viernes», cuando van con un
  verbo de pagar, vencer o un plazo; no el mismo día sin pago («nacimos el día treinta»);
- *contacto*: los teléfonos con letras o con formato local («01-800-AURORA», «1-800-FLOWERS»,
  «*611», «#246», «(55) 5555-5555 ext. 123», «0800 333 4444», «+56 9 1234 5678», «línea
  gratuita 018000 123456»); no un número de factura, un importe ni un trozo de IBAN.
"""

from __future__ import annotations

import pytest

from .elementos import caso, elementos_ausentes

#: Un SMS con todo menos la fecha de vencimiento.
SMS_SIN_FECHA = "Tienda Sol: tu cuota de $450 está pendiente. Paga en OXXO con ref 88231. Info 55 1234 5678."
#: Un correo con todo menos la fecha de vencimiento.
CORREO_SIN_FECHA = ("Estimada Ana:\n\nSu factura F-2231 de 340,00 € está pendiente. Puede pagar por "
                    "transferencia al IBAN ES12 3456 7890 1234 5678 9012. Dudas: 912 345 678.\n\n"
                    "Atentamente,\nAguas del Valle")
#: Un WhatsApp con todo menos un contacto.
SIN_CONTACTO = ("Hola Ana, tu factura F-2231 de S/ 120,00 vence el 12/04. Paga por Yape al "
                "número de la tienda. Ferretería El Clavo.")
#: Un correo con todo menos un contacto.
CORREO_SIN_CONTACTO = ("Estimado Luis:\n\nSu recibo R-5521 de $1.250,00 MXN vence el 15 de mayo. "
                       "Puede pagar por SPEI o en OXXO con la referencia 778812.\n\n"
                       "Atentamente,\nCréditos del Norte")


FECHA_ENVIO = [
    # --- la fecha de envío, de la carta o de emisión: no es el vencimiento -------------------
    caso("fecha_vencimiento", False, "email", "mensaje",
         "Le enviamos este aviso el 3 de marzo. " + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", False, "carta", "mensaje",
         "Lima, 5 de abril de 2025\n\n" + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", False, "carta", "mensaje",
         "Bogotá D.C., 12 de junio de 2025\n\n" + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", False, "sms", "mensaje", "Factura emitida el 01/02/2025. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", False, "email", "mensaje",
         "Fecha de emisión: 01/02/2025\n" + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", False, "whatsapp", "mensaje",
         "Te escribimos el 3 de marzo para recordarte tu saldo. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", False, "email", "mensaje",
         "Este correo se envió el 10/03/2025. " + CORREO_SIN_FECHA),
    # --- el gemelo: la fecha del verbo que vence o pide pagar ------------------------------
    caso("fecha_vencimiento", True, "email", "mensaje",
         "Su factura vence el 3 de marzo. " + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", True, "carta", "mensaje",
         "Lima, 5 de abril de 2025\n\nLe pedimos que pague antes del 3 de mayo. " + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", True, "sms", "mensaje", "Fecha límite: 03/03. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
         "Emitida el 01/02/2025, vence el 01/03/2025. " + SMS_SIN_FECHA),
]

FECHA_EN_PALABRAS = [
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
         "Recuerda pagar antes del día treinta. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", True, "email", "mensaje",
         "Le rogamos abonar el importe a más tardar el quince de este mes. " + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", True, "sms", "mensaje",
         "Tu cuota vence el último día hábil del mes. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
         "Por favor paga tu saldo el próximo viernes. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", True, "carta", "mensaje",
         "El plazo para pagar termina el día veinte. " + CORREO_SIN_FECHA),
    # el gemelo: el mismo día sin un pago ni un plazo
    caso("fecha_vencimiento", False, "whatsapp", "mensaje",
         "Abrimos la tienda el día treinta. " + SMS_SIN_FECHA),
    caso("fecha_vencimiento", False, "email", "mensaje",
         "Nuestra oficina celebra su aniversario el quince de este mes. " + CORREO_SIN_FECHA),
    caso("fecha_vencimiento", False, "sms", "mensaje",
         "Te visitamos el próximo viernes. " + SMS_SIN_FECHA),
]

TELEFONOS = [
    caso("contacto", True, "sms", "mensaje", SIN_CONTACTO + " Llama al 01-800-AURORA."),
    caso("contacto", True, "email", "mensaje", CORREO_SIN_CONTACTO + "\n1-800-FLOWERS"),
    caso("contacto", True, "sms", "mensaje", SIN_CONTACTO + " Dudas: marca *611."),
    caso("contacto", True, "whatsapp", "mensaje", SIN_CONTACTO + " Consultas al #246."),
    caso("contacto", True, "email", "mensaje", CORREO_SIN_CONTACTO + "\nTel. (55) 5555-5555 ext. 123"),
    caso("contacto", True, "carta", "mensaje", CORREO_SIN_CONTACTO + "\n0800 333 4444"),
    caso("contacto", True, "whatsapp", "mensaje", SIN_CONTACTO + " Escríbenos: +56 9 1234 5678"),
    caso("contacto", True, "carta", "mensaje",
         CORREO_SIN_CONTACTO + "\nLínea gratuita 018000 123456"),
    # el gemelo: un número de factura, un importe o un trozo de IBAN no son un teléfono
    caso("contacto", False, "email", "mensaje", CORREO_SIN_CONTACTO + "\nFactura N.º 5555-5555-123"),
    caso("contacto", False, "sms", "mensaje", SIN_CONTACTO + " Total: $ 1 234 567,00"),
    caso("contacto", False, "email", "mensaje",
         CORREO_SIN_CONTACTO + "\nIBAN ES91 2100 0418 4502 0005 1332"),
    caso("contacto", False, "whatsapp", "mensaje", SIN_CONTACTO + " Pedido #246."),
    caso("contacto", False, "sms", "mensaje", SIN_CONTACTO + " Pedido 1-800-AB12."),
    caso("contacto", False, "email", "mensaje", CORREO_SIN_CONTACTO + "\nTotal: $1 800 PESOS"),
]


@pytest.mark.parametrize(("elemento", "presente", "canal", "modo", "texto"),
                         FECHA_ENVIO + FECHA_EN_PALABRAS + TELEFONOS)
def test_elemento_por_clase(elemento, presente, canal, modo, texto):
    ausentes = elementos_ausentes(texto, canal, modo=modo)
    assert (elemento not in ausentes) is presente
