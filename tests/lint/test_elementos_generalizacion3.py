"""Elementos obligatorios en formas que ninguna fuente del corpus enseñó, tercera tanda
(issue 10, punto 4): quién envía y hasta cuándo hay plazo.

Casos escritos para esta prueba (ninguno es del corpus), de varios países y canales, cada uno
con el elemento exacto que está o falta:

- *remitente*: la firma tras la despedida (empresa, persona y cargo, departamento y marca), «El
  equipo de X», «Departamento de Cobranza de X», «X le informa», «Le escribimos de X», «Soy
  Ana, de X», «Mensaje de X:» y «[X]» o «X:» al empezar un SMS, los marcadores de empresa de
  cada sintaxis ({company_name}, :company, {$company}, [NOMBRE_EMPRESA], %company%,
  {{empresa}}), la razón social (S.A., SpA, E.I.R.L., LLC, Ltda., SAS, S.A. de C.V.) y la
  cabecera From del correo o la clave ``remitente``/``de`` del front matter. No lo son: el
  destinatario («Sr. Pérez:», «Estimado cliente», el nombre del deudor), «su banco» sin nombre,
  una despedida sola, el saludo del principio («reciba un cordial saludo. Le recordamos...») ni
  una despedida seguida de otra («Un cordial saludo.» y debajo «Respetuosamente»).
- *fecha de vencimiento*: todas las formas de la fecha (15-03-26, 20.04.2026, marzo 15, el
  próximo lunes, hoy, mañana, en los próximos 5 días, «antes del {{fecha}}», «{{4}}» tras
  «antes del» o tras «Fecha límite de pago:», «venció el», «con vencimiento», «fecha límite»,
  «plazo hasta», «hoy es el día de pago», «la fecha de corte (día 8)», «72 horas adicionales
  para pagar»). No lo son: la fecha de emisión o de creación (también en un marcador tras su
  etiqueta: «Fecha de emisión: {{ fecha_larga }}»), la fecha del mensaje o de la carta, «desde
  hace 30 días», el horario de atención, un año suelto.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generador.lint import entrada, marcadores
from generador.lint.cargar_reglas import cargar as cargar_reglas
from generador.lint.configuracion import Configuracion
from generador.lint.motor import Motor, Opciones

from .elementos import caso, elementos_ausentes

#: Un correo con todo menos quien lo envía.
CORREO = ("Hola Marta, su factura F-2231 de 340,00 € vence el 12 de abril. Puede pagar por "
          "transferencia al IBAN ES12 3456 7890 1234 5678 9012. Dudas: 912 345 678.")
#: Un SMS con todo menos quien lo envía.
SMS = "Tu cuota de $450 vence el 12/04. Paga en OXXO con ref 88231. Info 55 1234 5678."
#: Lo que rodea a la fecha en los casos de plazo: importe, referencia, contacto y remitente.
FACTURA = "Factura F-2231 por 340 €"
PIE = "Tel. 912 345 678. Textiles Aurora"


REMITENTE = [
    # --- la firma tras la despedida ----------------------------------------------------
    caso("remitente", True, "email", "mensaje", CORREO + "\n\nAtentamente,\nDistribuidora Norte S.A."),
    caso("remitente", True, "email", "mensaje", CORREO + "\n\nSaludos cordiales,\nLucía Ramos\nCobranzas"),
    caso("remitente", True, "email", "mensaje", CORREO + "\n\nCordialmente,\nAgroinsumos del Valle"),
    caso("remitente", True, "email", "mensaje",
          CORREO + "\n\nUn saludo,\nRaúl Méndez\nResponsable de administración\nTalleres Méndez"),
    caso("remitente", True, "email", "mensaje",
          CORREO + "\n\nSaludos cordiales,\nEl equipo de cobros\nHotel Miramar"),
    caso("remitente", True, "email", "mensaje",
          CORREO + "\n\nAtte.\nContabilidad — Constructora Piedra Azul"),
    # --- quien escribe se presenta -------------------------------------------------------
    caso("remitente", True, "email", "mensaje", CORREO + "\n\nEl equipo de Vivero Las Acacias"),
    caso("remitente", True, "carta", "mensaje", CORREO + "\n\nDepartamento de Cobranza de Textiles Aurora"),
    caso("remitente", True, "email", "mensaje", "Textiles Aurora le informa que " + CORREO),
    caso("remitente", True, "email", "mensaje", "Le escribimos de Clínica Dental Sonrisa. " + CORREO),
    caso("remitente", True, "email", "mensaje", "Desde Academia Kairós le recordamos que " + CORREO),
    caso("remitente", True, "whatsapp", "mensaje", "Hola, soy Ana, de Mueblería Roble. " + SMS),
    caso("remitente", True, "whatsapp", "mensaje", "Buenas tardes, le saluda Carla de Seguros Faro. " + SMS),
    # --- el prefijo de un SMS ------------------------------------------------------------
    caso("remitente", True, "sms", "mensaje", "Mensaje de Gas Andino: " + SMS),
    caso("remitente", True, "sms", "mensaje", "[Ópticas Lumen] " + SMS),
    caso("remitente", True, "sms", "mensaje", "Ópticas Lumen: " + SMS),
    # --- marcadores de empresa en cada sintaxis ------------------------------------------
    caso("remitente", True, "email", "plantilla", CORREO + "\n\nSaludos,\n{company_name}"),
    caso("remitente", True, "email", "plantilla", CORREO + "\n\nSaludos,\n:company"),
    caso("remitente", True, "email", "plantilla", CORREO + "\n\nSaludos,\n{$company}"),
    caso("remitente", True, "email", "plantilla", CORREO + "\n\nSaludos,\n[NOMBRE_EMPRESA]"),
    caso("remitente", True, "email", "plantilla", CORREO + "\n\nSaludos,\n%company%"),
    caso("remitente", True, "email", "plantilla", CORREO + "\n\n{{empresa}}"),
    caso("remitente", True, "sms", "plantilla", "{{empresa}}: " + SMS),
    # --- la razón social -----------------------------------------------------------------
    caso("remitente", True, "email", "mensaje", CORREO + " Comercial Pacífico SpA."),
    caso("remitente", True, "email", "mensaje", CORREO + "\nInversiones Huaraz E.I.R.L."),
    caso("remitente", True, "email", "mensaje", CORREO + "\nAcme Latam LLC"),
    caso("remitente", True, "email", "mensaje", CORREO + "\nFerretería Central Ltda."),
    caso("remitente", True, "email", "mensaje", CORREO + "\nServicios Integrales SAS"),
    caso("remitente", True, "email", "mensaje", CORREO + "\nGrupo Tolteca, S.A. de C.V."),
    # --- la cabecera escrita en el texto -------------------------------------------------
    caso("remitente", True, "email", "mensaje",
          "From: Cobranzas Acacias <cobros@acacias.com>\nSubject: Factura\n\n" + CORREO),
    caso("remitente", True, "email", "mensaje", "De: cobros@acacias.com\nAsunto: Factura\n\n" + CORREO),
    # --- no es quien escribe -------------------------------------------------------------
    caso("remitente", False, "email", "mensaje", "Sr. Pérez:\n" + CORREO),
    caso("remitente", False, "email", "mensaje", "Estimado cliente:\n" + CORREO),
    caso("remitente", False, "email", "mensaje", CORREO + " Su banco le recuerda pagar a tiempo."),
    caso("remitente", False, "email", "mensaje", "Estimada Marta Gómez Ruiz:\n" + CORREO + "\n\nSaludos."),
    caso("remitente", False, "sms", "mensaje", "Sr. Jorge Salas: " + SMS),
    caso("remitente", False, "email", "mensaje", CORREO + "\n\nAtentamente."),
    caso("remitente", False, "email", "mensaje", CORREO + "\n\nGracias por su atención."),
    caso("remitente", False, "sms", "mensaje", "Recordatorio: " + SMS),
    caso("remitente", False, "whatsapp", "mensaje", "Hola Marta Gómez, " + SMS),
    # el saludo del principio no es una firma, ni otra despedida la sigue
    caso("remitente", False, "whatsapp", "mensaje",
          "Buenos días, reciba un cordial saludo. Le recordamos que " + SMS),
    caso("remitente", False, "whatsapp", "mensaje",
          "Buenos días, reciba un cordial saludo. Por medio de este mensaje le recordamos que " + SMS),
    caso("remitente", False, "carta", "mensaje",
          CORREO + "\n\nSin otro particular, reciba un cordial saludo.\nRespetuosamente"),
    caso("remitente", True, "email", "mensaje", CORREO + " Este aviso lo envía Fibranet."),
    # quien saluda con su nombre detrás firma; el saludo del principio no
    caso("remitente", True, "email", "mensaje", CORREO + "\n\nLe saluda atentamente,\nMaría López"),
    caso("remitente", True, "whatsapp", "mensaje",
          "Buenas tardes, le saludamos del Colegio Los Olivos. " + SMS),
    caso("remitente", True, "whatsapp", "mensaje", "Le saluda Fibranet, su proveedor de internet. " + SMS),
    caso("remitente", False, "whatsapp", "mensaje",
          "Buenas tardes, le saludamos cordialmente. Nos comunicamos porque " + SMS),
    caso("remitente", False, "whatsapp", "mensaje", "Le saludamos y le recordamos que " + SMS),
    # las copias de una carta (C.c.p.) no son quien la firma
    caso("remitente", False, "carta", "mensaje",
          CORREO + "\n\nSin más por el momento, reciba un cordial saludo.\nRespetuosamente\n"
          "C.c.p. Gerencia\nC.c.p. Expediente"),
]

FECHA = [
    # --- las formas de la fecha ----------------------------------------------------------
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Tu saldo de $450 vence 15-03-26. Ref 88231. Info 55 1234 5678. Ópticas Lumen"),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Tu saldo de $450 vence marzo 15. Ref 88231. Info 55 1234 5678. Ópticas Lumen"),
    caso("fecha_vencimiento", True, "email", "mensaje", f"{FACTURA}; vence el 20.04.2026. {PIE}"),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: tu saldo de $450 (ref 88231) se debe pagar el próximo lunes. Info 55 1234 5678."),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: tu saldo de $450 (ref 88231) vence hoy. Info 55 1234 5678."),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: tu saldo de $450 (ref 88231) vence mañana. Info 55 1234 5678."),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"Marta, abone los 340 € de la factura F-2231 en los próximos 5 días. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"Su factura F-2231 de 340 € venció el 3 de febrero. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}, con fecha de vencimiento 30 de abril de 2026. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}: le pedimos pagarla a más tardar el 30 de abril. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje", f"{FACTURA}. Plazo hasta el viernes 20. {PIE}"),
    # la fecha en que quedó pendiente es la del vencimiento
    caso("fecha_vencimiento", True, "email", "mensaje", f"{FACTURA} pendiente desde el 5 de enero. {PIE}"),
    # --- el día relativo que es el del pago ----------------------------------------------
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"Hola Luis, hoy es el día de pago de tu mensualidad de $80 (recibo 4471). {PIE}"),
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
          f"Hoy corresponde el cobro de tu plan ({FACTURA}). {PIE}"),
    caso("fecha_vencimiento", True, "whatsapp", "mensaje",
          f"Don Luis, mañana es su fecha límite para la {FACTURA}. {PIE}"),
    caso("fecha_vencimiento", False, "whatsapp", "mensaje",
          f"Hola Luis, hoy es un buen día para ponerse al día con la {FACTURA}. {PIE}"),
    # el cargo anunciado con algo en medio y su día; el plazo «durante los próximos N días»
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: la cuota de $450 (ref 88231) se cargará a tu tarjeta el 15. Info 55 1234 5678."),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: la cuota de $450 (ref 88231) se debitará de tu cuenta mañana. Info 55 1234 5678."),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}: páguela durante los próximos 7 días. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}: el último día para pagar es el 15. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}: su cuota se paga cada 15 de mes. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"{FACTURA}: cargaremos el importe a su tarjeta registrada. {PIE}"),
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA}: debe quedar pagada antes de las 18:00 de hoy. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"{FACTURA} pendiente; pagó por última vez el 1 de marzo. {PIE}"),
    # una fracción de cuotas o una referencia corta no son un día y un mes
    caso("fecha_vencimiento", False, "sms", "mensaje",
          "Ópticas Lumen: tu cuota 3/12 de $450 está pendiente. Info 55 1234 5678."),
    caso("fecha_vencimiento", False, "sms", "mensaje",
          "Ópticas Lumen: tu saldo de $450 está pendiente. Ref. 15/03. Info 55 1234 5678."),
    # «esta semana» junto al pago, no la de una visita o una cita
    caso("fecha_vencimiento", True, "email", "mensaje", f"{FACTURA}: le pedimos pagarla esta semana. {PIE}"),
    caso("fecha_vencimiento", True, "sms", "mensaje",
          "Ópticas Lumen: esta quincena vence tu cuota de $450 (ref 88231). Info 55 1234 5678."),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"{FACTURA} pendiente. ¿Tiene disponibilidad esta semana para una visita? {PIE}"),
    # --- la etiqueta y el día ------------------------------------------------------------
    caso("fecha_vencimiento", True, "email", "mensaje",
          f"{FACTURA} pendiente; la fecha de corte (día 8) está cerca. {PIE}"),
    caso("fecha_vencimiento", True, "carta", "mensaje",
          f"{FACTURA}. Desde el aviso cuenta con 72 horas adicionales para efectuar su pago. {PIE}"),
    # --- marcadores ----------------------------------------------------------------------
    caso("fecha_vencimiento", True, "email", "plantilla",
          "Hola {{nombre}}, pague {{importe}} (factura {{factura}}) antes del {{fecha}}. "
          "{{empresa}}, {{telefono}}"),
    caso("fecha_vencimiento", True, "whatsapp", "plantilla",
          "Hola {{1}}, tu pago de {{2}} (ref {{3}}) debe hacerse antes del {{4}}. "
          "Escríbenos aquí. Ópticas Lumen"),
    caso("fecha_vencimiento", True, "whatsapp", "plantilla",
          "Hola {{1}}, su recibo {{2}} por {{3}} está disponible.\nFecha límite de pago: {{4}}\n"
          "Dudas al 55 1234 5678. Ópticas Lumen"),
    caso("fecha_vencimiento", True, "email", "plantilla",
          "Su factura {{factura}} de {{importe}}, con vencimiento {{vencimiento}}, está pendiente. "
          "{{empresa}}"),
    caso("fecha_vencimiento", True, "email", "plantilla",
          "Tiene plazo hasta {{ dia_limite }} para abonar {{importe}} de la factura {{factura}}. "
          "{{empresa}}"),
    caso("fecha_vencimiento", False, "whatsapp", "plantilla",
          "Hola {{1}}, su recibo {{2}} por {{3}} está pendiente.\nFecha de emisión: {{4}}\n"
          "Dudas al 55 1234 5678. Ópticas Lumen"),
    caso("fecha_vencimiento", False, "carta", "plantilla",
          "Fecha de emisión: {{ fecha_larga }}\nSu saldo de {{ monto }} (crédito {{ credito }}) está "
          "pendiente. Llame al {{ telefono }}.\n{{ empresa }}"),
    caso("fecha_vencimiento", False, "carta", "plantilla",
          "Su saldo de {{ monto }} (crédito {{ credito }}) está pendiente. Llame al {{ telefono }}.\n"
          "{{ empresa }}\nDocumento generado por el sistema el día {{ fecha_corta }}."),
    # --- no es el vencimiento ------------------------------------------------------------
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Factura F-2231 emitida el 01/03/2026 por 340 €. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Madrid, 2 de marzo de 2026\n\n{FACTURA} pendiente. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Enviado el 3 de marzo de 2026.\n{FACTURA} pendiente. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Su factura F-2231 de 340 € está pendiente desde hace 30 días. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"{FACTURA} pendiente. Atención de 9 a 18 h al 912 345 678. Textiles Aurora"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"{FACTURA} pendiente. Horario: lunes a viernes de 8:00 a 17:00. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Factura F-2231 de 2025 por 340 € pendiente. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Factura F-2231 creada el 5 de enero por 340 € pendiente. {PIE}"),
    caso("fecha_vencimiento", False, "email", "mensaje",
          f"Fecha de emisión: 05/01/2026. {FACTURA} pendiente. {PIE}"),
    # la fecha de un documento que se cita (oficio, resolución) no es el vencimiento
    caso("fecha_vencimiento", False, "carta", "mensaje",
          f"{FACTURA} pendiente, según el oficio No. 220-016 del 05 de marzo de 2019. {PIE}"),
    caso("fecha_vencimiento", False, "carta", "mensaje",
          f"{FACTURA} pendiente, conforme a la Resolución 123/2024 del 15/01/2024. {PIE}"),
]


@pytest.mark.parametrize(("elemento", "presente", "canal", "modo", "texto"), REMITENTE + FECHA)
def test_elemento_por_clase(elemento, presente, canal, modo, texto):
    ausentes = elementos_ausentes(texto, canal, modo=modo)
    assert (elemento not in ausentes) is presente


# --- quien envía, en la cabecera del archivo ---------------------------------------------


def _ausentes_archivo(ruta: Path) -> set[str]:
    """Los elementos que faltan al revisar ``ruta`` como la CLI (leyendo su front matter o sus
    cabeceras), en modo mensaje."""
    doc = entrada.leer(str(ruta))
    motor = Motor(Opciones(mensaje=True))
    hallazgos, _ = motor.revisar_documento(doc, Configuracion(), cargar_reglas().reglas)
    return {h.categoria.split(".", 1)[1] for h in hallazgos if h.categoria.startswith("faltante.")}


@pytest.mark.parametrize("cabecera", ["remitente: Vivero Las Acacias", "de: cobros@viveroacacias.com",
                                      "from: Vivero Las Acacias <cobros@acacias.com>"])
def test_remitente_del_front_matter(tmp_path, cabecera):
    ruta = tmp_path / "aviso.md"
    ruta.write_text(f"---\ncanal: email\nasunto: Factura F-2231\n{cabecera}\n---\n{CORREO}\n",
                    encoding="utf-8")
    assert "remitente" not in _ausentes_archivo(ruta)


def test_front_matter_sin_remitente(tmp_path):
    ruta = tmp_path / "aviso.md"
    ruta.write_text(f"---\ncanal: email\nasunto: Factura F-2231\n---\n{CORREO}\n", encoding="utf-8")
    assert "remitente" in _ausentes_archivo(ruta)


def _eml(tmp_path: Path, remitente: str | None) -> Path:
    ruta = tmp_path / "aviso.eml"
    cabecera = f"From: {remitente}\n" if remitente else ""
    ruta.write_text(f"{cabecera}To: marta@example.com\nSubject: Factura F-2231\n"
                    "Content-Type: text/plain; charset=utf-8\n\n" + CORREO + "\n", encoding="utf-8")
    return ruta


@pytest.mark.parametrize("remitente", ["Cobranzas Acacias <cobros@acacias.com>", "cobros@acacias.com"])
def test_remitente_de_la_cabecera_from(tmp_path, remitente):
    assert "remitente" not in _ausentes_archivo(_eml(tmp_path, remitente))


def test_correo_sin_from(tmp_path):
    assert "remitente" in _ausentes_archivo(_eml(tmp_path, None))


def test_remitente_de_la_cabecera_conserva_su_posicion(tmp_path):
    """El remitente del front matter se revisa donde está escrito: lo que se encuentre en él
    señala su línea y su columna en el archivo."""
    ruta = tmp_path / "aviso.md"
    ruta.write_text(f"---\nremitente: Zxqvbrt Cobros\n---\n{CORREO}\n", encoding="utf-8")
    doc = entrada.leer(str(ruta))
    assert doc.texto.startswith("De: Zxqvbrt Cobros\n")
    assert doc.linea_columna(doc.a_fuente(doc.texto.index("Zxqvbrt"))) == (2, 12)


def test_quien_envia_no_se_revisa_como_prosa_pero_el_cuerpo_si(tmp_path):
    """La marca de la cabecera (front matter o From) es un nombre propio: la ortografía no la
    señala; una falta del cuerpo, sí."""
    ruta = tmp_path / "aviso.md"
    ruta.write_text(f"---\nremitente: Zxqvbrt Cobros\n---\n{CORREO} La factura vencio ayer.\n",
                    encoding="utf-8")
    doc = entrada.leer(str(ruta))
    motor = Motor(Opciones(mensaje=True))
    hallazgos, _ = motor.revisar_documento(doc, Configuracion(), cargar_reglas().reglas)
    assert [h.texto for h in hallazgos if h.regla == "ORT001"] == ["vencio"]
    eml = _eml(tmp_path, "Zxqvbrt Cobros <cobros@zxqvbrt.com>")
    hallazgos, _ = motor.revisar_documento(entrada.leer(str(eml)), Configuracion(),
                                           cargar_reglas().reglas)
    assert [h.texto for h in hallazgos if h.regla == "ORT001"] == []


# --- el marcador de fecha por su etiqueta ------------------------------------------------


@pytest.mark.parametrize(("texto", "elemento"), [
    ("📅 Fecha límite de pago: {{4}}", "fecha_vencimiento"),
    ("Fecha de pago: {{4}}", "fecha_vencimiento"),
    ("Fecha de emisión: {{4}}", None),
    ("Fecha de Emisión: {{ fecha_larga }}", None),
    ("generado automáticamente por el sistema el día {{ fecha_corta }}.", None),
    ("Factura creada el {fecha}", None),
    ("Vence el {{ fecha }}", "fecha_vencimiento"),
])
def test_marcador_de_fecha_por_su_etiqueta(texto, elemento):
    assert [m.elemento for m in marcadores.buscar(texto)] == [elemento]
