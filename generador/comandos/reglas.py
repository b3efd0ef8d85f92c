"""``cobro reglas``: lista las reglas del linter o explica una."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from generador.errores import ErrorCobro, quisiste_decir, valor_desconocido


@click.command(
    "reglas",
    options_metavar="[OPCIONES]",
    short_help="Lista las reglas del linter o explica una.",
    help=(
        "Sin argumentos, lista las reglas: código, severidad, nombre y qué hacen. Con un "
        "código o nombre (p. ej. TON001 o tono.amenaza.penal), la explica: qué hace, por qué, "
        "un ejemplo incorrecto, uno correcto y su referencia."
    ),
)
@click.argument("codigo", required=False, metavar="[CODIGO]")
@click.option("--reglas-propias", multiple=True, metavar="RUTA",
              type=click.Path(path_type=Path), help="Incluye también estas reglas propias.")
@click.option("--formato", "-f", default="texto", metavar="FORMATO",
              help="texto (por defecto) o json (para generar documentación).")
def orden(codigo: str | None, reglas_propias: tuple[Path, ...], formato: str) -> None:
    from generador.lint.cargar_reglas import cargar

    if formato not in ("texto", "json"):
        raise click.UsageError(valor_desconocido("formato", formato, ("texto", "json")))
    reglamento = cargar(reglas_propias)
    if formato == "json":
        reglas = reglamento.reglas
        if codigo is not None:
            reglas = [_buscar(reglamento, codigo)]
        click.echo(json.dumps([_como_dict(r) for r in reglas], ensure_ascii=False, indent=2))
        return
    if codigo is None:
        _listar(reglamento.reglas)
        return
    _explicar(_buscar(reglamento, codigo))


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
    """Una regla como datos (para la documentación generada)."""
    ejemplos = {
        clave: [{k: v for k, v in asdict(e).items() if v is not None} for e in getattr(r, clave)]
        for clave in ("incorrecto", "correcto")
    }
    return {
        "codigo": r.codigo, "nombre": r.nombre, "categoria": r.categoria,
        "severidad": r.severidad, "tipo": r.tipo, "mensaje": r.mensaje,
        "descripcion": r.descripcion.strip(), "por_que": r.por_que.strip(),
        "referencia": r.referencia, "sugerencias": r.sugerencias, "alias": r.alias,
        "canales": r.canales, "etapas": r.etapas, "excepto_etapas": r.excepto_etapas,
        "tipos": r.tipos, "excepto_tipos": r.excepto_tipos, "modos": r.modos,
        "correccion": {"tipo": r.correccion.tipo, "segura": r.correccion.segura}, **ejemplos,
    }


def _listar(reglas) -> None:
    ancho = max(len(r.nombre) for r in reglas)
    for r in reglas:
        marca = _MARCAS[(r.correccion.corrige, r.correccion.segura)]
        click.echo(f"{r.codigo}  {r.severidad:<10}  {marca}  {r.nombre:<{ancho}}  {r.descripcion.strip()}")
    click.echo("\nCorrección: C = cobro lint --corregir; c = --corregir-inseguro; - = a mano.")
    click.echo(f"{len(reglas)} reglas. 'cobro reglas CODIGO' explica una.")


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
    contexto = [f"{k}: {getattr(e, k)}" for k in ("canal", "etapa", "tipo", "registro", "modo")
                if getattr(e, k)]
    if e.asunto:
        contexto.append(f"asunto: {e.asunto}")
    cabecera = f"  ({', '.join(contexto)})\n" if contexto else ""
    cuerpo = "\n".join(f"  {linea}" for linea in e.texto.splitlines())
    return cabecera + cuerpo


_FILTROS = (("canales", "canales"), ("etapas", "solo en etapas"),
            ("excepto_etapas", "salvo en etapas"), ("tipos", "solo en tipos"),
            ("excepto_tipos", "salvo en tipos"), ("modos", "modos"))


def _explicar(r) -> None:
    click.echo(f"{r.codigo} {r.nombre} ({r.categoria}, {r.severidad})\n")
    click.echo(f"Qué hace:\n  {r.descripcion.strip()}\n")
    click.echo(f"Por qué:\n  {r.por_que.strip()}\n")
    filtros = [f"{etiqueta}: {', '.join(getattr(r, campo))}"
               for campo, etiqueta in _FILTROS if getattr(r, campo)]
    if filtros:
        click.echo("Cuándo se aplica:\n  " + "; ".join(filtros) + "\n")
    for titulo, ejemplos in (("Incorrecto", r.incorrecto), ("Correcto", r.correcto)):
        click.echo(f"{titulo}:")
        click.echo("\n\n".join(_ejemplo(e) for e in ejemplos) + "\n")
    if r.referencia:
        click.echo(f"Referencia:\n  {r.referencia}\n")
    click.echo(f"Corrección:\n  {_correccion(r)}\n")
    click.echo(f"Desactivarla en un mensaje: <!-- cobro: desactiva {r.codigo} motivo=\"...\" -->")
