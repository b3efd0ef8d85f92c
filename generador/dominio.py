"""El modelo de dominio de un árbol de especificaciones, cargado una vez y compartido.

:func:`modelo` devuelve la :class:`~generador.modelo.Especificacion` de un árbol (etapas,
tipos y su etapa, canales, registros, variables con su elemento y ejemplo —también las de
los sectores—, países: cada uno de su archivo ``mensajes/paises/<cc>.yml``, con la sección
``contacto`` de su paquete de ley si lo tiene). La usan el compositor, el linter, los
exportadores, el sitio y el planificador: ninguno guarda su propia copia.

Cargar y validar el árbol cuesta unos 35 ms; el resultado se guarda en memoria y en la
caché de disco de :mod:`generador.lint.cache_reglas` (clave: tamaño y fecha de cada YAML y
de cada módulo que lo carga), para que ``cobro lint`` arranque rápido.

    from generador import dominio
    espec = dominio.modelo()              # el árbol del directorio actual o el de cobro
    espec = dominio.modelo("mi/arbol")    # otro árbol (--specs)
    espec.paises["mx"].contacto           # la sección contacto: de reglas/paises/mx.yml, tal cual
"""

from __future__ import annotations

from pathlib import Path

from generador.arbol import carpeta_reglas, raiz_datos, raiz_predeterminada
from generador.modelo import Especificacion

_CODIGO = Path(__file__).resolve().parent
_MODULOS = ("arbol.py", "cargar.py", "dominio.py", "esquema.py", "modelo.py", "yaml_lineas.py",
            "yaml_seguro.py", "decodificar.py", "valores.py")
_EN_MEMORIA: dict[tuple, Especificacion] = {}


def archivos(raiz: Path) -> list[Path]:
    """Los YAML de los que depende el modelo de ``raiz``."""
    rutas = sorted((raiz / "mensajes").rglob("*.yml")) + sorted((raiz / "sectores").glob("*.yml"))
    paises = carpeta_reglas(raiz) / "paises"
    return rutas + sorted(paises.glob("*.yml"))


def _firma(rutas: list[Path]) -> tuple:
    firma = []
    for ruta in rutas:
        try:
            estado = ruta.stat()
        except OSError:
            continue
        firma.append((str(ruta), estado.st_size, estado.st_mtime_ns))
    return tuple(firma)


def modelo(raiz: Path | str | None = None) -> Especificacion:
    """El modelo del árbol ``raiz`` (por defecto, el del directorio actual o el de cobro).

    Lanza :class:`~generador.errores.ErrorEspecificacion` con todos los problemas si el
    árbol no es válido, y :class:`~generador.errores.ErrorCobro` si no es un árbol.
    """
    from generador.lint import cache_reglas

    if raiz is not None:
        from generador.errores import ErrorCobro, enlace_roto

        enlace = enlace_roto(raiz)
        if enlace:  # resolver un enlace en bucle es una traza; uno roto, «falta mensajes/»
            raise ErrorCobro(f"--specs: '{raiz}': {enlace}")
    raiz = (Path(raiz) if raiz is not None else raiz_predeterminada()).resolve()
    rutas = archivos(raiz)
    clave = (str(raiz), _firma(rutas))
    if clave not in _EN_MEMORIA:
        modulos = [_CODIGO / m for m in _MODULOS]
        for vieja in [c for c in _EN_MEMORIA if c[0] == clave[0]] + list(_EN_MEMORIA)[:-3]:
            _EN_MEMORIA.pop(vieja, None)  # versiones viejas del mismo árbol; como mucho 4 árboles
        _EN_MEMORIA[clave] = cache_reglas.leer(
            rutas, lambda: _cargar(raiz), prefijo="modelo", modulos=modulos, extra=clave[0])
    return _EN_MEMORIA[clave]


def _cargar(raiz: Path) -> Especificacion:
    """Carga y valida el árbol (solo si la caché de disco no lo tiene: importar el cargador
    cuesta unos 20 ms que ``cobro lint`` se ahorra al arrancar)."""
    from generador.cargar import cargar

    return cargar(raiz)


def modelo_de_cobro() -> Especificacion:
    """El modelo del árbol que trae cobro (el que valida sus propias reglas)."""
    return modelo(raiz_datos())


def valores(espec: Especificacion, dimension: str) -> tuple[str, ...]:
    """Los valores válidos de una dimensión (canal, etapa, tipo, registro, audiencia, pais)."""
    from generador import modelo as m

    if dimension == "canal":
        return tuple(espec.canales) or m.CANALES
    if dimension == "etapa":
        return tuple(espec.etapas)
    if dimension == "tipo":
        return tuple(espec.tipos)
    if dimension == "registro":
        return m.REGISTROS
    if dimension == "audiencia":
        return m.AUDIENCIAS
    if dimension == "pais":
        return tuple(espec.paises)
    raise KeyError(dimension)
