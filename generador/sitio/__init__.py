"""El catálogo web de cobro: un hook de mkdocs que, al construir, carga la especificación,
compone y rellena las plantillas, las revisa con el linter y añade sus páginas.

Ninguna página del catálogo se guarda en el repositorio: ``sitio/`` solo tiene las
páginas escritas a mano y los recursos propios (CSS y JS de la búsqueda y los filtros).
"""
