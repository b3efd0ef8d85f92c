"""Tono de la ronda 14 (issue 10: exhaustividad en textos nuevos): clases, no frases.

Los casos de ``casos/tono_ronda14.yml`` son propios. Aquí se comprueba lo que hace de cada regla
una clase: que un mismo principio casa con variantes de persona, país y voz; que calla con lo
negado, lo citado como ley o lo prohibido; y que los cobros legítimos parecidos (la consecuencia
real y proporcionada, «no contactaremos a su familia», la ley citada, el reporte al buró con la
ley y el plazo) no dan ningún hallazgo de las reglas nuevas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generador.lint.contexto import Contexto

from .casos_yaml import casos_de

CASOS = Path(__file__).parent / "casos" / "tono_ronda14.yml"
NUEVAS = {f"TON0{n}" for n in range(62, 70)}


def _tramos(reglamento, codigo: str, texto: str) -> list[str]:
    regla = reglamento.buscar(codigo).comprobador
    return [texto[d.inicio:d.fin] for d in regla.revisar(Contexto(texto=texto, marcadores=[]))]


def test_cada_regla_nueva_tiene_gemelos_abusivos_con_su_tramo_y_legitimos():
    casos = list(casos_de(CASOS))
    fallan = [(codigo, caso) for codigo, r, _, caso in casos if r == "falla"]
    assert all(caso.get("senala") for _, caso in fallan)
    assert {codigo for codigo, _ in fallan} == NUEVAS
    assert {codigo for codigo, r, _, _ in casos if r == "pasa"} == NUEVAS


#: Cobros legítimos que se parecen a las clases nuevas: ninguna regla nueva los señala.
LEGITIMOS = [
    "No contactaremos a su familia ni a su empleador: esta información es confidencial.",
    "Si no recibimos el pago antes del 30 de junio, podremos reportar el adeudo a Buró de "
    "Crédito, conforme a la Ley para Regular las Sociedades de Información Crediticia.",
    "De acuerdo con la Ley 1266 de 2008, le avisamos que si no paga en 20 días, su obligación "
    "podrá ser reportada a las centrales de riesgo.",
    "Si no llegamos a un acuerdo, podremos iniciar las acciones legales que correspondan.",
    "Le recordamos que el servicio se suspenderá el día 15 si el recibo sigue pendiente.",
    "Recuerda que nadie puede ir a la cárcel por deudas en México: si te amenazan, denúncialo "
    "a CONDUSEF.",
    "Según 15 U.S.C. 1692c, no podemos hablar de su deuda con terceros.",
    "En caso de impago, la empresa podrá ejercer las acciones judiciales que le correspondan "
    "conforme al contrato.",
    "Los datos de tu crédito no se comparten con tus contactos ni con tu empleador.",
    "Si alguien se presenta como abogado para cobrarle con amenazas de cárcel, no es de nuestra "
    "empresa: llámenos.",
    "Si el pago no llega antes del día 10, se aplicará el recargo del 2 % que fija la cláusula 5 "
    "del contrato.",
    "Conforme al artículo 20 de la LOPDGDD, si la deuda sigue impagada tras este requerimiento, "
    "podremos comunicarla a un fichero de solvencia patrimonial.",
    "Nunca publicaremos su deuda ni la contaremos a sus vecinos.",
    "Tu cuota vence mañana. ¡Gracias por tu puntualidad!",
]


@pytest.mark.parametrize("texto", LEGITIMOS, ids=lambda t: t[:40])
def test_ningun_cobro_legitimo_parecido_da_un_hallazgo_de_las_reglas_nuevas(reglamento, texto):
    assert {c: _tramos(reglamento, c, texto) for c in sorted(NUEVAS)} == {c: [] for c in sorted(NUEVAS)}


@pytest.mark.parametrize(("codigo", "texto", "tramo"), [
    # un solo principio en tú, usted y vos, y en varios países
    ("TON063", "Está usted incurriendo en el delito de fraude.", "incurriendo en el delito"),
    ("TON063", "Vas a terminar preso por no pagar la tarjeta.", "terminar preso"),
    ("TON063", "Si no pagás, vas a ir en cana.", "vas a ir en cana"),
    ("TON064", "Atiende el teléfono, cobarde.", "Atiende el teléfono, cobarde"),
    ("TON064", "Pagá de una vez, chanta irresponsable.", "Pagá de una vez, chanta irresponsable"),
    ("TON066", "Paga o sufre las consecuencias.", "sufre las consecuencias"),
    ("TON066", "Atengase a las consecuencias.", "Atengase a las consecuencias"),
    ("TON062", "Tu vieja se va a enterar de que no pagás.", "Tu vieja se va a enterar"),
    ("TON067", "Vecinos que no han pagado la cuota de la piscina: 3B, 5A.",
     "Vecinos que no han pagado"),
    ("TON069", "Cobranza judicial en proceso: comuníquese hoy.", "Cobranza judicial en proceso"),
])
def test_una_clase_casa_con_sus_variantes(reglamento, codigo, texto, tramo):
    assert _tramos(reglamento, codigo, texto) == [tramo]


@pytest.mark.parametrize(("codigo", "texto"), [
    # lo negado, lo prohibido, lo citado como ley
    ("TON063", "En México nadie puede ser encarcelado por una deuda puramente civil."),
    ("TON063", "No lo denunciaremos penalmente: una deuda no es un delito."),
    ("TON066", "No le pasará nada a su auto: el seguro cubre la grúa."),
    ("TON062", "Está prohibido pegar carteles en tu edificio con el nombre de quien debe."),
    ("TON067", "No publicamos listas de morosos: su situación es confidencial."),
    ("TON069", "No hay ningún embargo vigente sobre su cuenta."),
    ("TON064", "Es un ladrón, no paga a nadie: así hablan de él en el barrio."),
])
def test_una_clase_calla_con_negacion_ley_o_descripcion(reglamento, codigo, texto):
    assert _tramos(reglamento, codigo, texto) == []
