"""Un árbol de especificaciones pequeño y válido para probar los exportadores.

``arbol(tmp_path, hostil=True)`` mete texto hostil donde el cargador lo admite: en los textos del sector y
nombres del sector (``}}``, ``*|X|*``, ``|*``, ``<script>``, ``&``, ``$``, ``%(x)s``, una
``}`` pegada a una variable, una barra invertida antes de otra) y en los valores de ejemplo,
que son datos y pueden llevar cualquier cosa (``{{``, ``{%``...).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

RAIZ = Path(__file__).resolve().parents[2]

VARIABLES = """
variables:
  nombre_cliente: {descripcion: Cliente., tipo: texto, ejemplo: Marta Giménez, elemento: nombre_cliente}
  empresa: {descripcion: Empresa., tipo: texto, ejemplo: Obras Norte, elemento: remitente}
  remitente: {descripcion: Firma., tipo: texto, ejemplo: Daniel Ferrer, elemento: remitente}
  cargo: {descripcion: Cargo., tipo: texto, ejemplo: Administración}
  id_fiscal: {descripcion: NIF., tipo: texto, ejemplo: B12345678, elemento: remitente}
  direccion_empresa: {descripcion: Dirección., tipo: texto, ejemplo: "Calle Mayor 12, 28013 Madrid"}
  direccion_cliente: {descripcion: Dirección., tipo: texto, ejemplo: "Avenida de América 40"}
  lugar: {descripcion: Lugar., tipo: texto, ejemplo: Madrid}
  fecha_carta: {descripcion: Fecha., tipo: fecha, ejemplo: 2026-12-20}
  referencia: {descripcion: Referencia., tipo: texto, ejemplo: F-2026-0457, elemento: referencia}
  importe: {descripcion: Importe., tipo: importe, ejemplo: 1234.50, elemento: importe}
  fecha_vencimiento: {descripcion: Vence., tipo: fecha, ejemplo: 2026-12-05, elemento: fecha_vencimiento}
  enlace_pago: {descripcion: Enlace., tipo: url, ejemplo: "https://pago.example/1", elemento: opciones_pago}
  telefono_contacto: {descripcion: Teléfono., tipo: telefono, ejemplo: 910 123 456, elemento: contacto}
  email_contacto: {descripcion: Email., tipo: email, ejemplo: cobros@obras.example, elemento: contacto}
  horario_contacto: {descripcion: Horario., tipo: texto, ejemplo: de 9:00 a 18:00}
  cuenta_pago: {descripcion: Cuenta., tipo: texto, ejemplo: ES91 2100 0418 4502 0005 1332,
                elemento: opciones_pago}
  medio_envio: {descripcion: Envío., tipo: texto, ejemplo: Por burofax con acuse de recibo}
  empresa_cliente: {descripcion: Empresa deudora., tipo: texto, ejemplo: Estructuras Levante S.L.}
  id_fiscal_cliente: {descripcion: Su NIF., tipo: texto, ejemplo: B46123456}
  numero_pedido: {descripcion: Pedido., tipo: texto, ejemplo: PO-88412}
"""

TIPO = r"""
nombre: aviso_prueba
titulo: Aviso de prueba
proposito: Probar los exportadores.
etapa: vencimiento
tono: cordial
canales:
  email:
    asunto:
      tu: "Pago [[ referencia.con_de ]] {{ referencia }} pendiente · [[ sector.titulo ]]"
      usted: "Pago [[ referencia.con_de ]] {{ referencia }}: {{ importe }}"
    cuerpo:
      tu: |
        Hola, {{ nombre_cliente }}:

        El pago [[ referencia.con_de ]] {{ referencia }}, de {{ importe }}, venció el {{ fecha_vencimiento }}.

        [[ en_juego ]]

        Puedes pagar así:
        - en línea, desde {{ enlace_pago }}
        - llamando al {{ telefono_contacto }}

        Un saludo,
      usted: |
        Estimado/a {{ nombre_cliente }}:

        Le recordamos el pago [[ referencia.con_de ]] {{ referencia }}, de {{ importe }}.
        Venció el {{ fecha_vencimiento }}.

        [[ en_juego ]]

        Puede pagar desde {{ enlace_pago }} o llamando al {{ telefono_contacto }}.

        Reciba un cordial saludo,
  sms:
    cuerpo:
      tu: "{{ empresa }}: el pago de {{ importe }} [[ referencia.con_de ]] {{ referencia }} venció el\
        \ {{ fecha_vencimiento }}. [[ sms ]] Paga en {{ enlace_pago }}"
      usted: "{{ empresa }}: le recordamos el pago de {{ importe }} ({{ referencia }}).\
        \ Consultas: {{ telefono_contacto }} {{ enlace_pago }}"
  carta:
    asunto:
      tu: "Pago pendiente [[ referencia.con_de ]] {{ referencia }}"
      usted: "Requerimiento de pago [[ referencia.con_de ]] {{ referencia }}"
    cuerpo:
      tu: |
        Hola, {{ nombre_cliente }}:

        El pago de {{ importe }} venció el {{ fecha_vencimiento }}. [[ en_juego ]]

        Puedes pagar desde {{ enlace_pago }}.

        Un saludo,
      usted: |
        Estimado/a {{ nombre_cliente }}:

        Le requerimos el pago de {{ importe }}, vencido el {{ fecha_vencimiento }}. [[ en_juego ]]

        Puede pagar desde {{ enlace_pago }}.

        Atentamente,
"""

SECTOR = """
nombre: obras
titulo: "{titulo}"
descripcion: Sector de prueba.
audiencias:
  b2b:
    descripcion: Empresas.
    referencia:
      nombre: proyecto
      con_articulo: el proyecto
      con_de: "{con_de}"
      etiqueta: "{etiqueta}"
    en_juego: La obra.
    textos:
      aviso_prueba:
        apertura: {{tu: "", usted: ""}}
        en_juego:
          tu: "{frase_tu}"
          usted: "{frase_usted}"
        opciones: {{tu: "", usted: ""}}
        cierre: {{tu: "", usted: ""}}
        sms:
          tu: "{frase_sms}"
          usted: "{frase_sms}"
    ejemplos: {ejemplos}
"""

NORMAL = {
    "titulo": "Construcción",
    "con_de": "del proyecto",
    "etiqueta": "N.º de proyecto",
    "frase_tu": "Así la obra sigue a buen ritmo.",
    "frase_usted": "Así la obra seguirá a buen ritmo.",
    "frase_sms": "Gracias.",
    "ejemplos": "{referencia: PRY-2026-12}",
}

# Texto hostil. En YAML entre comillas dobles: \\ es una barra invertida.
HOSTIL = {
    "titulo": "Obras }} *|FNAME|* <script>alert(1)</script> & $HOME %(x)s",
    "con_de": "del proyecto <b>&amp;</b> |* *|",
    "etiqueta": "N.º }} *|REF|* <i>&</i> $",
    "frase_tu": ("Total: {{ importe }}} }} *|IMPORTE|* |* <script>x</script> & $ %(x)s "
                 "\\\\{{ referencia }} fin."),
    "frase_usted": "{ {{ importe }} } *|X|* <b>y</b> & $5 %(importe)s \\\\ fin.",
    "frase_sms": "}} *|A|* & $ %(x)s <x> \\\\{{ importe }}",
    "ejemplos": (
        "{referencia: \"R-1 {{ x }} {% if y %}z{% endif %} *|FNAME|* |* <script>&amp; $ %(x)s \\\\ }}\", "
        "empresa: \"Obras <b>Norte</b> & {{{ raw }}} \\\"Cía\\\" {%- raw -%} *|EMPRESA|*\", "
        "nombre_cliente: \"Ana {{ nombre_cliente }} <Ana@x> & Co $\"}"
    ),
}


def arbol(destino: Path, hostil: bool = False) -> Path:
    """Escribe el árbol de prueba en ``destino`` y devuelve su raíz."""
    mensajes = destino / "mensajes"
    (mensajes / "tipos").mkdir(parents=True)
    (destino / "sectores").mkdir()
    for nombre in ("etapas.yml", "canales.yml", "paises.yml"):
        shutil.copy(RAIZ / "mensajes" / nombre, mensajes / nombre)
    # el texto solo de España (el país predeterminado): los de los demás países nombran tipos y
    # variables que este árbol de prueba no tiene; de ellos, sus datos (nombre, locale, moneda...)
    (mensajes / "paises").mkdir()
    from generador.cargar import DATOS_PAIS

    for ruta in sorted((RAIZ / "mensajes" / "paises").glob("*.yml")):
        texto = ruta.read_text(encoding="utf-8")
        if ruta.stem != "es":
            datos = yaml.safe_load(texto)
            texto = "".join(f"{k}: {datos[k]}\n" for k in ("pais", *DATOS_PAIS) if k in datos)
        (mensajes / "paises" / ruta.name).write_text(texto, encoding="utf-8")
    (mensajes / "variables.yml").write_text(VARIABLES, encoding="utf-8")
    (mensajes / "tipos" / "aviso_prueba.yml").write_text(TIPO, encoding="utf-8")
    valores = HOSTIL if hostil else NORMAL
    (destino / "sectores" / "obras.yml").write_text(SECTOR.format(**valores), encoding="utf-8")
    return destino


@pytest.fixture
def espec(tmp_path):
    from generador.cargar import cargar

    return cargar(arbol(tmp_path / "specs"))


@pytest.fixture
def espec_hostil(tmp_path):
    from generador.cargar import cargar

    return cargar(arbol(tmp_path / "specs_hostil", hostil=True))


@pytest.fixture(params=["normal", "hostil"])
def cualquier_espec(request, tmp_path):
    """El árbol normal y el hostil: cada prueba de fidelidad corre con los dos."""
    from generador.cargar import cargar

    return cargar(arbol(tmp_path / f"specs_{request.param}", hostil=request.param == "hostil"))
