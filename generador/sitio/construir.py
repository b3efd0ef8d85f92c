"""Construir el sitio desde Python (lo usan ``cobro sitio``, las pruebas y el benchmark).

Equivale a ``mkdocs build --strict`` con el ``mkdocs.yml`` del proyecto, pero permite
elegir el árbol de especificaciones, la carpeta de reglas, el locale y la salida.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from generador.errores import ErrorCobro

RAIZ_PROYECTO = Path(__file__).resolve().parents[2]
CONFIG = RAIZ_PROYECTO / "mkdocs.yml"


@dataclass
class Construccion:
    """Resultado de construir el sitio."""

    salida: Path
    paginas: int
    plantillas: int
    reglas: int
    con_hallazgos: int
    avisos: list[str]
    #: lo que el sitio dice una vez al acabar (p. ej. por qué no hay PDF de las cartas)
    notas: list[str] = None  # type: ignore[assignment]
    #: con --pdf: cuántas cartas se imprimieron y en cuántos segundos
    pdf: dict | None = None


class _Avisos(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.mensajes: list[str] = []

    def emit(self, registro: logging.LogRecord) -> None:
        self.mensajes.append(registro.getMessage())


def construir_sitio(salida: Path | str, specs: Path | None = None, reglas: Path | None = None,
                    locale: str | None = None, estricto: bool = True,
                    config: Path = CONFIG, forzar: bool = False,
                    paises: list[str] | None = None, sectores: list[str] | None = None,
                    pdf: bool = False) -> Construccion:
    """Genera, revisa y construye el catálogo en ``salida``.

    Sigue la política común de carpeta de salida (:mod:`generador.carpeta_salida`): mkdocs
    construye en una carpeta temporal hermana (su limpieza previa solo borra esa), que
    sustituye a ``salida`` solo si todo fue bien; una ``salida`` ajena y no vacía se
    rechaza salvo con ``forzar``, y ni así se borra lo que no escribió cobro."""
    from generador.carpeta_salida import Salida

    if not config.is_file():
        raise ErrorCobro(f"no encuentro {config}; ejecuta 'cobro sitio' desde la raíz del proyecto")
    from generador.arbol import carpeta_reglas, raiz_predeterminada
    from generador.errores import enlace_roto

    if specs is not None and enlace_roto(specs):
        raise ErrorCobro(f"--specs: '{specs}': {enlace_roto(specs)}")
    # Nunca dentro de la salida: las páginas, el árbol en uso y sus reglas.
    protegidas = [config.parent / "sitio", raiz_predeterminada(), carpeta_reglas(specs),
                  *([specs] if specs is not None else [])]
    carpeta = Salida(salida, forzar=forzar, protegidas=protegidas,
                     arbol=specs if specs is not None else raiz_predeterminada(),
                     orden="cobro sitio")
    try:
        construccion = _construir(carpeta.trabajo, specs, reglas, locale, estricto, config,
                                  {"solo_paises": paises, "solo_sectores": sectores, "pdf": pdf})
    except BaseException:
        carpeta.abortar()
        from generador.sitio.eventos import estado

        cat = estado().catalogo
        if cat is not None and getattr(cat, "exportacion", None) is not None:
            cat.exportacion.limpiar()
        raise
    final = carpeta.confirmar().resolve()
    construccion.salida = final
    return construccion


def _construir(salida: Path, specs: Path | None, reglas: Path | None, locale: str | None,
               estricto: bool, config: Path, subconjunto: dict | None = None) -> Construccion:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    avisos = _Avisos()
    registro = logging.getLogger("mkdocs")
    registro.addHandler(avisos)
    from generador.sitio.eventos import _congelar

    _congelar()  # los módulos ya importados (mkdocs, material, el linter...)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            cfg = load_config(str(config), site_dir=str(salida), strict=estricto)
            opciones = dict((cfg.extra or {}).get("cobro") or {})
            if specs is not None:
                opciones["specs"] = str(Path(specs).resolve())
                opciones.setdefault("reglas", None)
                opciones["reglas"] = str((Path(reglas) if reglas else Path(specs) / "reglas").resolve())
            elif reglas is not None:
                opciones["reglas"] = str(Path(reglas).resolve())
            if locale:
                opciones["locale"] = locale
            for clave, valor in (subconjunto or {}).items():
                if valor:
                    opciones[clave] = valor
            cfg.extra["cobro"] = opciones
            build(cfg)
    except PluginError as exc:
        raise ErrorCobro(str(exc).removeprefix("cobro: ")) from None
    except (Abort, ConfigurationError) as exc:
        from generador.sitio.eventos import estado

        if estado().error is not None:
            raise estado().error from None
        detalle = "; ".join(avisos.mensajes[:10])
        raise ErrorCobro(f"no se pudo construir el sitio: {exc}"
                         + (f" ({detalle})" if detalle else "")) from None
    except OSError as exc:
        from generador.errores import describir_so

        raise ErrorCobro(f"no se pudo construir el sitio: {describir_so(exc)}"
                         + (f" ({exc.filename})" if exc.filename else "")
                         + "; la carpeta de salida anterior sigue intacta") from None
    finally:
        registro.removeHandler(avisos)
        from generador.sitio.eventos import descongelar

        descongelar()
    from generador.sitio.eventos import estado

    cat = estado().catalogo
    return Construccion(
        salida=salida,
        paginas=estado().paginas,  # sin recorrer las más de 20.000 entradas del sitio
        plantillas=len(cat.fichas),
        reglas=len(cat.reglas),
        con_hallazgos=sum(1 for f in cat.fichas if f.revision.hallazgos),
        avisos=avisos.mensajes,
        notas=list(estado().notas),
        pdf=estado().medida_pdf,
    )
