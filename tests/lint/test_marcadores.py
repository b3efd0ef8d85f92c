"""Marcadores de todas las sintaxis: se reconocen, se asocian a su elemento y se tapan."""

from __future__ import annotations

import pytest

from generador.lint.marcadores import buscar, elemento_de_nombre, tapar


@pytest.mark.parametrize(("texto", "nombre", "elemento"), [
    ("{{ importe }}", "importe", "importe"),
    ("{{importe|moneda}}", "importe", "importe"),
    ("{{ cliente.nombre }}", "nombre", "nombre_cliente"),
    ("{{{enlace_pago}}}", "enlace_pago", "opciones_pago"),
    ("[Importe]", "Importe", "importe"),
    ("[fecha de vencimiento]", "fecha de vencimiento", "fecha_vencimiento"),
    ("*|AMOUNT|*", "AMOUNT", "importe"),
    ("%(amount_due)s", "amount_due", "importe"),
    ("${object.amount}", "amount", "importe"),
    ("$balance", "balance", "importe"),
    ("{{1}}", "1", None),
    ("factura n°XXXX", "XXXX", "referencia"),
    ("el XX/XX/XXXX", "XX/XX/XXXX", "fecha_vencimiento"),
    ("«Importe»", "Importe", "importe"),
    ("{telefono_contacto}", "telefono_contacto", "contacto"),
    ("{{ empresa }}", "empresa", "remitente"),
    ("{{ fecha_carta }}", "fecha_carta", None),
    # los datos para pagar son una forma de pago; su fecha y su importe siguen siendo lo suyo
    ("{{info_pago}}", "info_pago", "opciones_pago"),
    ("{datos_de_pago}", "datos_de_pago", "opciones_pago"),
    ("{{ payment_instructions }}", "payment_instructions", "opciones_pago"),
    ("{{fecha_limite_pago}}", "fecha_limite_pago", "fecha_vencimiento"),
    ("{{monto_pago}}", "monto_pago", "importe"),
])
def test_sintaxis_y_elemento(texto, nombre, elemento):
    (marcador,) = buscar(texto)
    assert (marcador.nombre, marcador.elemento) == (nombre, elemento)


@pytest.mark.parametrize("texto", [
    "Consulta la nota [1].", "Mira [esta página](https://ejemplo.es).", "Paga $1,234.50.",
    "Son 100 $ en total.", "Un texto sin nada.",
])
def test_lo_que_no_es_marcador(texto):
    assert buscar(texto) == []


def test_tapar_conserva_longitud_y_saltos():
    texto = "Hola {{ nombre }}:\n[Importe]"
    tapado = tapar(texto, buscar(texto))
    assert len(tapado) == len(texto)
    assert tapado == "Hola " + " " * len("{{ nombre }}") + ":\n" + " " * len("[Importe]")


def test_las_variables_canonicas_usan_variables_yml():
    assert elemento_de_nombre("id_fiscal") == "remitente"
    assert elemento_de_nombre("cargo") is None  # variables.yml no le da elemento


def test_nunca_se_senala_lo_que_hay_dentro_de_un_marcador(hallazgos_de):
    texto = "Hola {{ carcel_embargo_jefe }}, [ULTIMO AVISO] *|PRISION|* {{ te_usted }}"
    codigos = {h.regla for h in hallazgos_de(texto)}
    assert not codigos & {"TON001", "TON002", "TON003", "TON011", "FMT006"}


# --- Sintaxis de plantillas reales y sentido por la etiqueta (issue 10) -------------------

@pytest.mark.parametrize(("texto", "esperado"), [
    ("Valor pendiente: {{2}}", [("2", "importe")]),
    ("Paga antes del {{4}}.", [("4", "fecha_vencimiento")]),
    ("en los próximos {{4}} días", [("4", "fecha_vencimiento")]),
    ("Hola {{1}}, tu factura {{3}}", [("1", "nombre_cliente"), ("3", "referencia")]),
    ("Pague :amount antes de :due_date", [("amount", "importe"), ("due_date", "fecha_vencimiento")]),
    ("Factura {$invoice_num} por {{ $costo }}", [("invoice_num", "referencia"), ("$costo", "importe")]),
    ("Hola {!! $nombre !!}", [("$nombre", "nombre_cliente")]),
    ("Tu plan en !!sitename!! vence", [("sitename", "remitente")]),
    ("Llame al XXX-XXX-XXXX", [("XXX-XXX-XXXX", "contacto")]),
    ("Emitida el {{ invoice_date }}", [("invoice_date", None)]),
    ("Su usuario es {{ cliente.email }}", [("email", None)]),
    ("Un saludo, [Tu nombre]", [("Tu nombre", "remitente")]),
])
def test_sintaxis_reales_y_etiquetas(texto, esperado):
    from generador.lint.marcadores import buscar

    assert [(m.nombre, m.elemento) for m in buscar(texto)] == esperado


def test_dos_puntos_en_prosa_no_son_un_marcador_de_laravel():
    from generador.lint.marcadores import buscar

    assert buscar("Nota:importante y hora :hola") == []


@pytest.mark.parametrize(("texto", "nombre", "elemento"), [
    ("Equipo financiero de %{organization_name}", "organization_name", "remitente"),
    ("pagos pendientes en {{ $nombreAcademia }}", "$nombreAcademia", "remitente"),
    ("su pago pendiente{monto}.", "monto", "importe"),
    ("saldo de Bs. ' . number_format($notifiable->saldo, 2)", "notifiable->saldo", "importe"),
    ("por un total de $ {{ total_pedido }}", "total_pedido", "importe"),
])
def test_nombres_de_entidad_y_cantidades(texto, nombre, elemento):
    marcas = buscar(texto)
    assert [(m.nombre, m.elemento) for m in marcas] == [(nombre, elemento)]


@pytest.mark.parametrize(("nombre", "elemento"), [
    ("daysUntilDue", "fecha_vencimiento"),
    ("dias_restantes", "fecha_vencimiento"),
    ("diasVencido", None),
    ("daysOverdue", None),
    ("transaction_paid_date", None),
    ("order_date", None),
    ("fecha_vencimiento", "fecha_vencimiento"),
])
def test_dias_de_plazo_y_fechas_que_no_vencen(nombre, elemento):
    assert elemento_de_nombre(nombre) == elemento


@pytest.mark.parametrize(("texto", "elemento"), [
    ("Total: Bs. ${totalAmount.toLocaleString('es-VE', { minimumFractionDigits: 2 })}", "importe"),
    ('$${Number(factura.montopendiente).toLocaleString("es-AR")}', "importe"),
    ("Monto adeudado: {cantidad_deuda:.2f}", "importe"),
])
def test_cantidades_con_formato_de_dinero(texto, elemento):
    assert [m.elemento for m in buscar(texto)] == [elemento]


@pytest.mark.parametrize(("texto", "elemento"), [
    ("La factura [#] está retrasada 5 días", "referencia"),
    ("tu factura :reference vence pronto", "referencia"),
    ("Propiedad: {{ $nombre_propiedad }}", "referencia"),
    ("Dominio: {$service_domain}", "referencia"),
])
def test_identificadores_de_lo_que_se_cobra(texto, elemento):
    assert [m.elemento for m in buscar(texto)] == [elemento]


def test_el_membrete_de_una_carta_es_quien_escribe():
    marcas = buscar("[MEMBRETE DEL BUFETE]\n[LUGAR], [FECHA]")
    assert [(m.nombre, m.elemento) for m in marcas] == [
        ("MEMBRETE DEL BUFETE", "remitente"), ("LUGAR", None), ("FECHA", "fecha_vencimiento")]


# --- Bloques PHP (<?php ... ?>, <?= ... ?>) ------------------------------------------------
def test_un_bloque_php_es_un_marcador_con_el_nombre_de_su_variable():
    texto = "Debe <?php echo number_format($total_pedido, 2); ?> y <?= $cliente->email ?>."
    marcas = buscar(texto)
    assert [(texto[m.inicio:m.fin], m.nombre, m.elemento, m.sintaxis) for m in marcas] == [
        ("<?php echo number_format($total_pedido, 2); ?>", "number_format(total_pedido)",
         "importe", "php"),
        # el correo del cliente no es un contacto de quien cobra
        ("<?= $cliente->email ?>", "cliente->email", None, "php"),
    ]


def test_las_cadenas_de_un_bloque_php_son_texto_y_el_codigo_se_tapa():
    texto = "<?php _e('Sabemos dónde vive, :name', 'dominio'); ?> Fin"
    marcas = buscar(texto)
    tapado = tapar(texto, marcas)
    assert tapado == " " * len("<?php _e('") + "Sabemos dónde vive, " + " " * len(
        ":name") + " " * len("', '") + "dominio" + " " * len("'); ?>") + " Fin"
    assert [(m.nombre, m.elemento) for m in marcas if m.sintaxis == "laravel"] == [
        ("name", "nombre_cliente")]


def test_el_codigo_php_no_se_revisa_pero_el_texto_de_alrededor_si(hallazgos_de):
    texto = ("Hola <?php echo $nombre; ?>:\n<?php if ($dias > 30): ?>Sabemos dónde vive."
             "<?php endif; ?>")
    hallazgos = hallazgos_de(texto)
    assert [(h.regla, h.texto) for h in hallazgos if h.regla in ("TON019", "ORT001")] == [
        ("TON019", "Sabemos dónde vive")]
