"""Hook de mkdocs (``hooks:`` en ``mkdocs.yml``).

mkdocs carga este archivo por su ruta, como un módulo suelto; los eventos viven en
:mod:`generador.sitio.eventos` para que su estado (el catálogo de la última construcción)
sea uno solo y lo pueda leer quien lanzó la construcción.
"""

from generador.sitio.eventos import (  # noqa: F401
    on_config,
    on_env,
    on_files,
    on_nav,
    on_page_content,
    on_page_markdown,
    on_post_build,
    on_post_page,
)
