"""Solo añade los datos a la lista de paquetes; el resto de la configuración está en pyproject.toml.

``find_packages`` encuentra los módulos de ``generador`` (también los que se añadan); los tres
paquetes de datos (``generador._datos.*``) apuntan a las carpetas de la raíz con
``[tool.setuptools.package-dir]``.
"""

from setuptools import find_packages, setup

DATOS = ["generador._datos.mensajes", "generador._datos.sectores", "generador._datos.reglas"]

setup(packages=[*find_packages(include=["generador", "generador.*"]), *DATOS])
