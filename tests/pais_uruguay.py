"""Uruguay, el país de prueba de «un país nuevo es un archivo» (``mensajes/paises/uy.yml``).

No está en el catálogo real: sin sus textos legales con fuentes verificadas no se añade. Las
pruebas lo escriben en una copia o en un árbol mínimo; sus datos están aquí una sola vez.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Los datos del país (lo que Babel, holidays y la zona horaria validan al cargar), sin texto.
DATOS = """\
pais: uy
nombre: Uruguay
locale: es_UY
moneda: UYU
zona_horaria: America/Montevideo
festivos: UY
lugar: Montevideo
"""

#: Su texto: vocabulario y vías de pago; sin ``ejemplos:`` (los datos de ejemplo salen neutros).
TEXTO = """\
vocabulario:
  cobro: cobranza
  agencia: una empresa de cobranzas
  id_fiscal: RUT
  etiqueta_cuenta: número de cuenta
pago:
  tu: "- por transferencia a la cuenta {{ cuenta_pago }}, con [[ concepto ]] en el concepto"
  usted: "- por transferencia a la cuenta {{ cuenta_pago }}, con [[ concepto ]] en el concepto"
pago_sms:
  tu: "Paga en {{ enlace_pago }}"
  usted: "Pague en {{ enlace_pago }}"
concepto:
  b2c: "{{ referencia }}"
  b2b: el número de factura {{ numero_factura }}
"""


def con_texto(claves_legales: Iterable[str]) -> str:
    """El archivo entero: datos, texto y las frases legales ``claves_legales`` vacías (nadie
    ha leído aún su ley: el país se genera sin afirmar nada legal)."""
    return DATOS + TEXTO + "legal:\n" + "".join(
        f'  {clave}: {{tu: "", usted: ""}}\n' for clave in claves_legales)
