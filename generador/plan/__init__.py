"""``cobro plan``: la escalera de cobro convertida en contactos con fecha y ventana horaria.

Módulos, en el orden del flujo:

- :mod:`generador.plan.limites` — el esquema y el modelo de la sección ``contacto`` de un
  paquete de país (horarios, festivos, límites de frecuencia, cada uno con su fuente).
- :mod:`generador.plan.calendario` — días, horas y festivos de un país (biblioteca holidays).
- :mod:`generador.plan.planificar` — escalera + vencimiento -> contactos con fecha y motivo.
- :mod:`generador.plan.comprobar` — revisa un registro de envíos (CSV) contra los mismos límites.
- :mod:`generador.plan.formatos` — el plan como texto, JSON o iCalendar.
"""
