"""El linter de cobro: reglas como datos, marcadores, lectura de entradas e informes.

Uso programático::

    from generador.lint.motor import revisar_rutas
    informe = revisar_rutas(["mensajes/"], Opciones())
    for hallazgo in informe.hallazgos: ...
"""

from generador.lint.cache_reglas import sembrar_regex

# Las expresiones que los módulos del linter compilan al importarse salen de la caché de
# disco (cache_reglas.sembrar_regex): se siembra antes de importar ninguno.
sembrar_regex()
