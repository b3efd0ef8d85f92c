"""El linter de cobro: reglas como datos, marcadores, lectura de entradas e informes.

Uso programático::

    from generador.lint.motor import revisar_rutas
    informe = revisar_rutas(["mensajes/"], Opciones())
    for hallazgo in informe.hallazgos: ...
"""
