"""Falsas alarmas de reglas viejas de tono: lo que se pide o se explica a quien lee no es una
amenaza contra él. Casos escritos para esta prueba, por clase:

- TON003: una instrucción al cliente sobre sus propios trámites o datos («recuerda avisar a
  Recursos Humanos», «mantén tu contacto de emergencia») no es que quien cobra vaya a
  contactar a terceros; «avisaremos a Recursos Humanos» sí.
- TON001: invitar a denunciar un intento de fraude que sufre el cliente no es amenazarle con
  una denuncia; «presentaremos una denuncia por fraude» sí.
- TON005: el Poder Judicial nombrado como fuente de información no es fingir una actuación
  judicial; «el Poder Judicial ordenó...» sí.
- TON009: enseñar a los hijos a ahorrar es una invitación; «¿eso les enseñas a tus hijos?», un
  reproche.

Cada caso dice qué regla señala y qué tramo, o que esa regla no señala nada.
"""

from __future__ import annotations

import pytest

from generador.lint.motor import revisar_texto


def tramos(texto: str, regla: str) -> list[str]:
    return [h.texto for h in revisar_texto(texto, canal="email") if h.regla == regla]


@pytest.mark.parametrize(("regla", "texto"), [
    ("TON003", "Recuerda avisar a Recursos Humanos si cambias de trabajo para actualizar tu "
               "descuento de nómina."),
    ("TON003", "No olvides informar a RRHH de tu nueva cuenta para el descuento."),
    ("TON003", "Mantén actualizado tu contacto de emergencia en la app."),
    ("TON003", "Revise su contacto de emergencia antes de viajar."),
    ("TON001", "Si recibe un mensaje sospechoso, denuncie el intento de fraude."),
    ("TON001", "Reporta cualquier intento de estafa a nuestro equipo de seguridad."),
    ("TON005", "Para más información sobre sus derechos, consulte la web del Poder Judicial."),
    ("TON005", "Puede consultar el calendario de días hábiles en el portal del Poder Judicial."),
    ("TON009", "Enseña a tus hijos a ahorrar con nuestra cuenta infantil."),
    ("TON009", "Enseñe a sus hijos el valor del ahorro."),
])
def test_una_instruccion_o_una_informacion_al_cliente_no_se_senala(regla, texto):
    assert tramos(texto, regla) == []


@pytest.mark.parametrize(("regla", "texto", "tramo"), [
    ("TON003", "Avisaremos a Recursos Humanos de tu deuda.", "Avisaremos a Recursos Humanos"),
    ("TON003", "Recuerda que vamos a avisar a Recursos Humanos.", "avisar a Recursos Humanos"),
    ("TON003", "Llamaremos a tu contacto de emergencia.", "contacto de emergencia"),
    ("TON001", "Presentaremos una denuncia por el intento de fraude.",
     "denuncia por el intento de fraude"),
    ("TON001", "Te denunciaremos por fraude.", "denunciaremos por fraude"),
    ("TON005", "El Poder Judicial ordenó el embargo de sus bienes.", "Poder Judicial"),
    ("TON009", "¿Eso les enseñas a tus hijos?", "enseñas a tus hijos"),
])
def test_la_amenaza_o_el_reproche_se_siguen_senalando(regla, texto, tramo):
    assert tramos(texto, regla) == [tramo]
