"""Los textos fijos de click en español: ayuda, uso y errores de la línea de órdenes.

click escribe sus propios textos («Usage:», «Missing option», «is not in the range»...)
con ``gettext``, pero no trae traducciones. Esta tabla las da todas, con las claves de
click 8.1 a 8.4 (algunas cambiaron de una versión a otra); ``tests/robustez/
test_click_en_espanol.py`` comprueba que no falta ninguna de las de la versión instalada,
así que una versión nueva de click con un texto nuevo no llega en inglés sin que se note.

Los nombres de tipo (``{number_type}``: «integer range», ``{param_type}``) no pasan por
gettext: las frases que los llevan se traducen sin ellos.
"""

from __future__ import annotations

import sys

TRADUCCIONES: dict[str, str] = {
    # ayuda y uso
    "Usage:": "Uso:",
    "Options": "Opciones",
    "Arguments": "Argumentos",
    "Commands": "Órdenes",
    "Show this message and exit.": "Muestra esta ayuda y sale.",
    "Show the version and exit.": "Muestra la versión y sale.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
    "required": "obligatoria",
    "default: {default}": "por defecto: {default}",
    "env var: {var}": "variable de entorno: {var}",
    "(dynamic)": "(dinámico)",
    "deprecated": "obsoleta",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "Aviso: la orden {name!r} está obsoleta.{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "Aviso: {name!r} está obsoleta.{extra_message}",
    "Do you want to continue?": "¿Quieres continuar?",
    "Confirm the action without prompting.": "Confirma la acción sin preguntar.",
    "Press any key to continue...": "Pulsa una tecla para continuar...",
    "Repeat for confirmation": "Repítelo para confirmar",
    "d": "d",
    # errores de uso
    "Error": "Error",
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Prueba '{command} {option}' para ver la ayuda.",
    "Missing command.": "Falta la orden.",
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta un parámetro",
    "Missing {param_type}": "Falta un parámetro",
    "Missing parameter: {param_name}": "Falta el parámetro: {param_name}",
    "Missing argument '{param_hint}'.": "Falta el argumento '{param_hint}'.",
    "Missing option '{param_hint}'.": "Falta la opción '{param_hint}'.",
    "No such option: {name}": "No existe la opción: {name}",
    "No such option {name!r}.": "No existe la opción {name!r}.",
    "No such command {name!r}.": "No existe la orden {name!r}.",
    "Did you mean {possibility}?": "¿Querías decir {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(¿Querías decir una de estas: {possibilities}?)",
    "Got unexpected extra argument ({args})": "Sobra un argumento ({args})",
    "Got unexpected extra arguments ({args})": "Sobran argumentos ({args})",
    "Option '{name}' requires an argument.": "La opción '{name}' necesita un valor.",
    "Option {name!r} requires an argument.": "La opción {name!r} necesita un valor.",
    "Option {name!r} requires {nargs} arguments.": "La opción {name!r} necesita {nargs} valores.",
    "Option {name!r} does not take a value.": "La opción {name!r} no lleva valor.",
    "Argument {name!r} takes {nargs} values.": "El argumento {name!r} lleva {nargs} valores.",
    "Invalid start character for option ({option})":
        "Carácter inicial no válido para una opción ({option})",
    "Takes {nargs} values but 1 was given.": "Lleva {nargs} valores, pero se ha dado 1.",
    "Takes {nargs} values but {len} were given.": "Lleva {nargs} valores, pero se han dado {len}.",
    "Value must be an iterable.": "El valor debe ser una lista.",
    "Aborted!": "Interrumpido.",
    # valores no válidos
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Invalid value: {message}": "Valor no válido: {message}",
    "{value!r} is not one of {choices}.": "{value!r} no es uno de {choices}.",
    "{value!r} is not {choice}.": "{value!r} no es {choice}.",
    "Choose from:\n\t{choices}": "Elige entre:\n\t{choices}",
    "Choice({choices})": "Una de({choices})",
    "{value!r} is not a valid integer.": "{value!r} no es un número entero válido.",
    "{value!r} is not a valid {number_type}.": "{value!r} no es un número válido.",
    "{value} is not in the range {range}.": "{value} no está entre los valores admitidos ({range}).",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} no es un valor de sí o no. Valores admitidos: {states}",
    "{value!r} is not a valid UUID.": "{value!r} no es un UUID válido.",
    "{value!r} does not match the format {format}.": "{value!r} no tiene el formato {format}.",
    "{value!r} does not match the formats {formats}.":
        "{value!r} no tiene ninguno de los formatos {formats}.",
    "{len_type} values are required, but {len_value} was given.":
        "Hacen falta {len_type} valores, pero se ha dado {len_value}.",
    "{len_type} values are required, but {len_value} were given.":
        "Hacen falta {len_type} valores, pero se han dado {len_value}.",
    "Error: The two entered values do not match.": "Error: los dos valores no coinciden.",
    "Error: invalid input": "Error: entrada no válida",
    # archivos y carpetas
    "file": "archivo",
    "directory": "carpeta",
    "path": "ruta",
    "File": "Archivo",
    "Directory": "Carpeta",
    "Path": "Ruta",
    # click pasa ``name`` con .title() («La Carpeta»): las frases no lo usan
    "Path {name} {filename!r} does not exist.": "{filename!r} no existe.",
    "{name} {filename!r} does not exist.": "{filename!r} no existe.",
    "{name} {filename!r} is a file.": "{filename!r} es un archivo, no una carpeta.",
    "{name} {filename!r} is a directory.": "{filename!r} es una carpeta, no un archivo.",
    "{name} {filename!r} is not readable.": "no hay permiso para leer {filename!r}.",
    "{name} {filename!r} is not writable.": "no hay permiso para escribir en {filename!r}.",
    "{name} {filename!r} is not executable.": "{filename!r} no es ejecutable.",
    "Could not open file {filename!r}: {message}": "No se puede abrir {filename!r}: {message}",
    "unknown error": "error desconocido",
    "{editor}: Editing failed": "{editor}: no se pudo editar",
    "{editor}: Editing failed: {e}": "{editor}: no se pudo editar: {e}",
    # errores de programación (los ve quien escribe una orden, no quien la usa)
    "Could not determine name for option with declarations {decls!r}":
        "No se puede deducir el nombre de la opción declarada como {decls!r}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?":
        "No hay opciones, pero se ha dado un nombre ({name}). ¿Querías declarar un argumento? "
        "¿Querías pasar '--{name}'?",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.":
        "Un argumento se declara con un solo nombre; se han dado {length}: {decls}.",
    "Name '{name}' defined twice": "El nombre '{name}' está declarado dos veces",
    "Boolean option {decl!r} cannot use the same flag for true/false.":
        "La opción de sí o no {decl!r} no puede usar el mismo indicador para los dos valores.",
    "Unknown color {colour!r}": "Color desconocido {colour!r}",
    "Unknown standard stream '{name}'": "Flujo estándar desconocido '{name}'",
    "Windows error: {error}": "Error de Windows: {error}",
    "Couldn't detect Bash version, shell completion is not supported.":
        "No se sabe qué versión de Bash es: no hay autocompletado.",
    "Shell completion is not supported for Bash versions older than 4.4.":
        "No hay autocompletado para Bash anterior a 4.4.",
}

#: Los módulos de click que llaman a ``_`` o ``ngettext``.
MODULOS = ("click.core", "click.exceptions", "click.formatting", "click.decorators",
           "click.parser", "click.types", "click.termui", "click._termui_impl",
           "click.shell_completion", "click.utils")


def traducir(mensaje: str) -> str:
    return TRADUCCIONES.get(mensaje, mensaje)


def traducir_plural(singular: str, plural: str, n: int) -> str:
    return traducir(singular if n == 1 else plural)


def instalar() -> None:
    """Pone las traducciones en los módulos de click ya importados (los que no usa cobro,
    como el de las barras de progreso o el autocompletado, no se importan por esto)."""
    for nombre in MODULOS:
        modulo = sys.modules.get(nombre)
        if modulo is None:
            continue
        if hasattr(modulo, "_"):
            modulo._ = traducir  # type: ignore[attr-defined]
        if hasattr(modulo, "ngettext"):
            modulo.ngettext = traducir_plural  # type: ignore[attr-defined]
