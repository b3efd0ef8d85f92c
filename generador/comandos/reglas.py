"""``cobro reglas``: lista las reglas del linter o explica una."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from generador.errores import ErrorCobro, quisiste_decir, valor_desconocido


@click.command(
    "reglas",
    options_metavar="[OPCIONES]",
    short_help="Lista las reglas del linter o explica una.",
    help=(
        "Sin argumentos, lista las reglas: código, severidad, países, nombre y qué hacen. "
        "Con --pais, solo las que se aplican en ese país (las generales y las de su ley). "
        "Con un código o nombre (p. ej. TON001 o tono.amenaza.penal), la explica: qué hace, "
        "por qué, un ejemplo incorrecto, uno correcto y su referencia. Con --comprobar, "
        "ejecuta los ejemplos de las reglas propias (o de todas, sin --reglas-propias; o de la "
        "del código): el incorrecto debe dar un hallazgo de su regla y el correcto ninguno; "
        "sale con 1 si alguno no se cumple."
    ),
)
@click.argument("codigo", required=False, metavar="[CODIGO]")
@click.option("--pais", metavar="PAIS",
              help="Solo las reglas que se aplican en este país (mx, co, pe, cl, ar, es, us...).")
@click.option("--reglas-propias", multiple=True, metavar="RUTA",
              type=click.Path(path_type=Path),
              help="Incluye también estas reglas propias (además de las de reglas_propias en "
                   "la configuración del directorio actual).")
@click.option("--specs", type=click.Path(file_okay=False, path_type=Path), metavar="CARPETA",
              help="Árbol de especificaciones (países, tipos, reglas). Por defecto, el del "
                   "directorio actual o de una carpeta superior; si no hay, el de cobro.")
@click.option("--formato", "-f", default="texto", metavar="FORMATO",
              help="texto (por defecto) o json (para generar documentación).")
@click.option("--comprobar", is_flag=True,
              help="Ejecuta los ejemplos incorrecto y correcto de las reglas propias.")
def orden(codigo: str | None, pais: str | None, reglas_propias: tuple[Path, ...],
          specs: Path | None, formato: str, comprobar: bool = False) -> None:
    from generador import dominio
    from generador.lint.cargar_reglas import cargar

    if formato not in ("texto", "json"):
        raise click.UsageError(valor_desconocido("formato", formato, ("texto", "json")))
    modelo = dominio.modelo(specs)
    if pais is not None and pais not in modelo.paises:
        raise click.UsageError(valor_desconocido("el país", pais, modelo.paises))
    from generador.lint import configuracion

    # las de la configuración del directorio actual ([tool.cobro] reglas_propias), como en
    # cobro lint: así «cobro reglas CODIGO» explica también las que lint aplica
    reglas_propias = (*configuracion.buscar(Path.cwd()).reglas_propias, *reglas_propias)
    reglamento = cargar(reglas_propias, modelo=modelo)
    if comprobar:
        _comprobar(reglamento, codigo, cargar((), modelo=modelo) if reglas_propias else None)
        return
    if formato == "json":
        reglas = [r for r in reglamento.reglas if pais is None or not r.paises or pais in r.paises]
        if codigo is not None:
            reglas = [_buscar(reglamento, codigo)]
        click.echo(json.dumps([_como_dict(r) for r in reglas], ensure_ascii=False, indent=2))
        return
    if codigo is None:
        import shutil

        columnas = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
        _listar([r for r in reglamento.reglas if pais is None or not r.paises or pais in r.paises],
                modelo.paises[pais].nombre if pais else None, columnas)
        return
    _explicar(_buscar(reglamento, codigo))


def _comprobar(reglamento, codigo: str | None, base) -> None:
    from generador.lint.comprobar_ejemplos import comprobar

    if codigo is not None:
        reglas = [_buscar(reglamento, codigo)]
    elif base is not None:  # solo las propias
        de_cobro = {r.codigo for r in base.reglas}
        reglas = [r for r in reglamento.reglas if r.codigo not in de_cobro]
    else:
        reglas = list(reglamento.reglas)
    resultado = comprobar(reglas, reglamento.reglas)
    for fallo in resultado.fallos:
        click.echo(str(fallo))
    n = len(resultado.fallos)
    de = (f"{resultado.ejemplos} ejemplos de {resultado.reglas} "
          f"{'regla' if resultado.reglas == 1 else 'reglas'}")
    resumen = (f"{de}: {n} no se {'cumple' if n == 1 else 'cumplen'}." if n
               else f"Los {de} se cumplen.")
    click.echo(resumen)
    if resultado.fallos:
        sys.exit(1)


def _buscar(reglamento, codigo: str):
    regla = reglamento.buscar(codigo)
    if regla is None:
        sugerencia = quisiste_decir(codigo.upper() if len(codigo) == 6 else codigo,
                                    reglamento.identificadores())
        raise ErrorCobro(
            f"la regla '{codigo}' no existe;"
            + (sugerencia or " 'cobro reglas' lista las que hay")
        )
    return regla


def _como_dict(r) -> dict:
    """Una regla como datos (para la documentación generada y otras herramientas).

    ``paises`` vacío: la regla vale en todos; ``url`` y ``verificado`` (AAAA-MM-DD en que
    se leyó la fuente) los llevan las reglas de los paquetes de país."""
    from generador.lint.esquema_reglas import FILTROS

    ejemplos = {
        clave: [{k: v for k, v in asdict(e).items() if v is not None} for e in getattr(r, clave)]
        for clave in ("incorrecto", "correcto")
    }
    return {
        "codigo": r.codigo, "nombre": r.nombre, "categoria": r.categoria,
        "severidad": r.severidad, "paises": list(r.paises), "referencia": r.referencia,
        "url": r.url, "verificado": r.verificado, "tipo": r.tipo, "mensaje": r.mensaje,
        "descripcion": r.descripcion.strip(), "por_que": r.por_que.strip(),
        "sugerencias": r.sugerencias, "alias": r.alias,
        **{f.clave: list(r.filtros.get(f.clave, [])) for f in FILTROS},
        "correccion": {"tipo": r.correccion.tipo, "segura": r.correccion.segura}, **ejemplos,
    }


def _listar(reglas, pais: str | None = None, columnas: int | None = None) -> None:
    """Una regla por línea. En un terminal (``columnas``, su ancho), la descripción se parte
    en líneas que caben, con sangría bajo su columna (o debajo, si no queda sitio), en vez de
    que el terminal la corte a mitad de palabra; por una tubería, una línea por regla."""
    if not reglas:
        click.echo("No hay reglas.")
        return
    import textwrap

    ancho = max(len(r.nombre) for r in reglas)
    ancho_paises = max(len(",".join(r.paises) or "todos") for r in reglas)
    for r in reglas:
        paises = ",".join(r.paises) or "todos"
        marca = _MARCAS[(r.correccion.corrige, r.correccion.segura)]
        inicio = f"{r.codigo}  {r.severidad:<10}  {marca}  {paises:<{ancho_paises}}  "
        descripcion = " ".join(r.descripcion.split())
        if columnas is None:
            click.echo(f"{inicio}{r.nombre:<{ancho}}  {descripcion}")
            continue
        sangria = len(inicio) + ancho + 2
        if columnas - sangria >= 40:
            lineas = textwrap.wrap(descripcion, columnas - sangria) or [""]
            click.echo(f"{inicio}{r.nombre:<{ancho}}  {lineas[0]}")
            for linea in lineas[1:]:
                click.echo(" " * sangria + linea)
        else:
            click.echo(f"{inicio}{r.nombre}")
            for linea in textwrap.wrap(descripcion, max(20, columnas - 4)):
                click.echo("    " + linea)
    donde = f" para {pais}" if pais else ""
    click.echo("\nCorrección: C = cobro lint --corregir; c = --corregir-inseguro; - = a mano.")
    from generador.concordancia import plural

    click.echo(f"{plural(len(reglas), 'regla')}{donde}. 'cobro reglas CODIGO' explica una.")


_MARCAS = {(True, True): "C", (True, False): "c", (False, True): "-", (False, False): "-"}
_EXPLICA_CORRECCION = {
    "mayusculas": "pasa a minúsculas las palabras en mayúsculas (no las siglas)",
    "exclamaciones": "deja un solo signo de exclamación",
    "gsm7": "cambia la puntuación tipográfica por su equivalente GSM-7 (no toca las tildes)",
    "sustitucion": "sustituye el texto por su única alternativa",
    "reescritura": "reescribe la oración con la alternativa de la regla, en el registro del mensaje",
}


def _correccion(r) -> str:
    if not r.correccion.corrige:
        return "no automática: corrígela a mano"
    como = _EXPLICA_CORRECCION.get(r.correccion.tipo, r.correccion.tipo)
    orden = ("cobro lint --corregir" if r.correccion.segura
             else "cobro lint --corregir-inseguro (revisa el resultado)")
    return f"{como}; con {orden}"


def _ejemplo(e) -> str:
    contexto = [f"{k}: {v}" for k, v in e.contexto().items()]
    if e.asunto:
        contexto.append(f"asunto: {e.asunto}")
    cabecera = f"  ({', '.join(contexto)})\n" if contexto else ""
    cuerpo = "\n".join(f"  {linea}" for linea in e.texto.splitlines())
    return cabecera + cuerpo


def _explicar(r) -> None:
    # «FAL001 faltante.importe (error)», no «(faltante.importe, error)»: el nombre ya dice la
    # categoría cuando es la misma
    categoria = "" if r.nombre == r.categoria else f"categoría {r.categoria}, "
    click.echo(f"{r.codigo} {r.nombre} ({categoria}{r.severidad})\n")
    click.echo(f"Qué hace:\n  {r.descripcion.strip()}\n")
    click.echo(f"Por qué:\n  {r.por_que.strip()}\n")
    from generador.lint.esquema_reglas import FILTROS

    filtros = [f"{f.etiqueta}: {', '.join(r.filtros[f.clave])}" for f in FILTROS
               if r.filtros.get(f.clave)]
    if filtros:
        click.echo("Cuándo se aplica:\n  " + "; ".join(filtros) + "\n")
    for titulo, ejemplos in (("Incorrecto", r.incorrecto), ("Correcto", r.correcto)):
        click.echo(f"{titulo}:")
        click.echo("\n\n".join(_ejemplo(e) for e in ejemplos) + "\n")
    if r.referencia:
        fuente = "".join(f"\n  {x}" for x in (r.url, r.verificado and f"leída el {r.verificado}") if x)
        click.echo(f"Referencia:\n  {r.referencia}{fuente}\n")
    click.echo(f"Corrección:\n  {_correccion(r)}\n")
    click.echo(f"Desactivarla en un mensaje: <!-- cobro: desactiva {r.codigo} motivo=\"...\" -->")
