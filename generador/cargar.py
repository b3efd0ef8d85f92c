"""Carga y valida un árbol de especificaciones (``mensajes/`` y ``sectores/``).

Reúne *todos* los problemas del árbol —sintaxis YAML, esquema de cada archivo y
referencias rotas entre archivos— y, si hay alguno, lanza una sola
:class:`~generador.errores.ErrorEspecificacion` con cada uno como
``archivo:linea: clave: problema``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from generador import esquema as E
from generador.errores import ErrorCobro, ErrorEspecificacion, Problema, quisiste_decir
from generador.llamada import RAMAS_SIN_DEUDA
from generador.llamada import SECCIONES_SECTOR as SECCIONES_LLAMADA
from generador.modelo import (
    AUDIENCIAS,
    CANALES,
    ELEMENTOS,
    PAPELES,
    RANURAS_SECTOR,
    RANURAS_SECTOR_OPCIONALES,
    REGISTROS,
    TIPOS_VARIABLE,
    Boton,
    Canal,
    Especificacion,
    Etapa,
    Exclusion,
    Locale,
    Pais,
    Perfil,
    Referencia,
    Sector,
    TextoCanal,
    TextosPais,
    Tipo,
    Variable,
)
from generador.valores import comprobar_ejemplos, comprobar_textos_de_sector, problema_texto
from generador.yaml_lineas import Mapa, cargar_archivo

# --- Esquemas ---------------------------------------------------------------------------

#: Claves de ``limites`` del canal whatsapp en mensajes/canales.yml.
LIMITES_WHATSAPP = ("cuerpo", "cabecera", "pie", "boton", "botones", "botones_url",
                    "botones_telefono", "url")
TIPOS_BOTON = ("respuesta", "url", "telefono")
#: Partes de un canal que solo tienen sentido en un canal concreto.
PARTES_DE_CANAL = {"cabecera": "whatsapp", "pie": "whatsapp", "botones": "whatsapp",
                   "ramas": "llamada"}

POR_REGISTRO = E.Diccionario(
    E.Campo(str), claves=REGISTROS, descripcion="el mismo texto en tú y en usted"
)

#: Una ranura de sector en tú y en usted; puede ser vacía (``opciones``, p. ej.).
POR_REGISTRO_VACIO = E.Mapa(
    {r: E.Campo(str, vacio=True) for r in REGISTROS}, descripcion="el mismo texto en tú y en usted"
)

#: Las cinco ranuras de un tipo en un sector (o el ``por_defecto`` de un tipo). ``sms`` no
#: puede ser vacía: todo SMS lleva palabras propias del sector.
ESQUEMA_TEXTOS_TIPO = E.Mapa(
    {
        "apertura": POR_REGISTRO_VACIO,
        "en_juego": POR_REGISTRO_VACIO,
        "opciones": POR_REGISTRO_VACIO,
        "cierre": POR_REGISTRO_VACIO,
        "sms": E.Mapa({r: E.Campo(str) for r in REGISTROS},
                      descripcion="frase corta del sector para el SMS (no vacía)"),
        **{r: E.Mapa({g: E.Campo(str, vacio=True) for g in REGISTROS}, requerido=False,
                     descripcion="ranura opcional que el esqueleto del tipo abre al sector")
           for r in RANURAS_SECTOR_OPCIONALES},
        "fuente": E.Campo(str, requerido=False,
                          descripcion="ley, artículo, URL y fecha de lectura de lo legal que diga"),
    }
)

#: En un sector, cada ranura es opcional: la que falta se toma del ``por_defecto`` del tipo.
ESQUEMA_TEXTOS_SECTOR = E.Mapa(
    {k: E.Mapa(v.campos, requerido=False, descripcion=v.descripcion) if isinstance(v, E.Mapa)
     else v for k, v in ESQUEMA_TEXTOS_TIPO.campos.items()}
)

ESQUEMA_VARIABLE = E.Mapa(
    {
        "descripcion": E.Campo(str, descripcion="qué contiene la variable"),
        "tipo": E.Campo(str, valores=TIPOS_VARIABLE, descripcion="cómo se formatea el ejemplo"),
        "ejemplo": E.Campo((str, int, float, dt.date, list), descripcion="valor de ejemplo"),
        "elemento": E.Campo(
            str, requerido=False, valores=ELEMENTOS,
            descripcion="elemento obligatorio que satisface",
        ),
        "deuda": E.Campo(bool, requerido=False,
                         descripcion="revela la deuda: nunca en lo que oye un tercero o un buzón"),
        "alias": E.Lista(E.Campo(str), requerido=False, no_vacia=True, unica=True,
                         descripcion="otros nombres habituales (p. ej. iban): la pista de los "
                                     "errores de --datos"),
        "ejemplo_neutro": E.Campo(str, requerido=False,
                                  descripcion="el ejemplo de un país sin el suyo en ejemplos: "
                                              "cuando ejemplo es un dato del país predeterminado "
                                              "(IBAN, NIF, teléfono...), un valor neutro; "
                                              "{lugar}, la ciudad del país"),
    }
)

ESQUEMA_VARIABLES = E.Mapa(
    {"variables": E.Diccionario(ESQUEMA_VARIABLE, no_vacio=True)}
)

ESQUEMA_ETAPAS = E.Mapa(
    {
        "etapas": E.Diccionario(
            E.Mapa(
                {
                    "titulo": E.Campo(str),
                    "orden": E.Campo(int),
                    "dia": E.Campo(int, nulo=True, descripcion="días respecto al vencimiento"),
                    "tono": E.Campo(str),
                    "descripcion": E.Campo(str),
                    "formal": E.Campo(bool, requerido=False),
                    "dia_ejemplo": E.Campo(int, requerido=False,
                                           descripcion="etapas sin día: día de los ejemplos"),
                    "plazo": E.Campo(int, requerido=False,
                                     descripcion="días de plazo que da el mensaje (ejemplos)"),
                }
            ),
            no_vacio=True,
        )
    }
)

ESQUEMA_CANALES = E.Mapa(
    {
        "canales": E.Diccionario(
            E.Mapa(
                {
                    "titulo": E.Campo(str),
                    "maqueta": E.Campo(str, descripcion="texto con [[ cuerpo ]]"),
                    "max_segmentos": E.Campo(int, requerido=False),
                    "envio": E.Campo(str, requerido=False,
                                     descripcion="línea de envío de las etapas formales"),
                    "destinatario": E.Diccionario(E.Campo(str), claves=AUDIENCIAS,
                                                  requerido=False,
                                                  descripcion="a quién va, por audiencia"),
                    "peor_caso": E.Diccionario(E.Campo(str), requerido=False,
                                               descripcion="valores largos para medir el SMS"),
                    "limites": E.Diccionario(E.Campo(int), requerido=False,
                                             claves=LIMITES_WHATSAPP,
                                             descripcion="límites de la plataforma (WhatsApp)"),
                    "categoria": E.Campo(str, requerido=False,
                                         descripcion="categoría de plantilla (WhatsApp: UTILITY)"),
                }
            ),
            claves=CANALES,
            no_vacio=True,
        )
    }
)

#: ``mensajes/paises.yml``: solo lo global de los países (cada país es su propio archivo).
ESQUEMA_PAISES = E.Mapa(
    {
        "predeterminado": E.Campo(str, descripcion="código del país por defecto"),
        "orden": E.Lista(E.Campo(str), requerido=False, no_vacia=True, unica=True,
                         descripcion="orden de los países en el catálogo y el sitio; los que no "
                                     "están aquí van después, por orden alfabético"),
        # la tabla de antes: se acepta solo para explicar adónde se ha movido cada país
        "paises": E.Libre(requerido=False, descripcion="ya no se usa: un archivo por país"),
    }
)

#: Un paquete de país (``reglas/paises/<cc>.yml``): su interior lo validan el linter
#: (``reglas``) y el planificador (``contacto``).
ESQUEMA_PAQUETE_PAIS = E.Mapa(
    {
        "pais": E.Campo(str, descripcion="el código del país, igual que el nombre del archivo"),
        "reglas": E.Libre(descripcion="reglas del linter para este país"),
        "contacto": E.Libre(descripcion="límites de contacto para cobro plan"),
    }
)

ESQUEMA_EXCLUSION = E.Mapa(
    {
        "motivo": E.Campo(str, descripcion="por qué esta combinación no tiene sentido"),
        "tipo": E.Campo(str, requerido=False),
        "canal": E.Campo(str, requerido=False, valores=CANALES),
        "registro": E.Campo(str, requerido=False, valores=REGISTROS),
        "audiencia": E.Campo(str, requerido=False, valores=AUDIENCIAS),
        "sector": E.Campo(str, requerido=False),
        "paises": E.Lista(E.Campo(str), requerido=False, no_vacia=True, unica=True,
                          descripcion="solo en estos países (por defecto, en todos)"),
    }
)

POR_REGISTRO_OPCIONAL = E.Diccionario(
    E.Campo(str), claves=REGISTROS, requerido=False, descripcion="el mismo texto en tú y en usted"
)

ESQUEMA_BOTON = E.Mapa(
    {
        "tipo": E.Campo(str, valores=TIPOS_BOTON,
                        descripcion="respuesta (rápida), url o telefono"),
        "texto": E.Campo(str, descripcion="lo que pone el botón (igual en tú y en usted)"),
        "url": E.Campo(str, requerido=False, descripcion="botón url: https://... fija"),
        "telefono": E.Campo(str, requerido=False, descripcion="botón telefono: número fijo"),
    }
)

ESQUEMA_TIPO = E.Mapa(
    {
        "nombre": E.Campo(str, patron=E.NOMBRE),
        "titulo": E.Campo(str),
        "proposito": E.Campo(str),
        "etapa": E.Campo(str),
        "tono": E.Campo(str),
        "canales": E.Diccionario(
            E.Mapa({"asunto": E.Diccionario(E.Campo(str), claves=REGISTROS, requerido=False),
                    "cuerpo": POR_REGISTRO,
                    "cabecera": POR_REGISTRO_OPCIONAL,
                    "pie": POR_REGISTRO_OPCIONAL,
                    "botones": E.Lista(ESQUEMA_BOTON, requerido=False,
                                       descripcion="WhatsApp: botones de la plantilla"),
                    "ramas": E.Diccionario(POR_REGISTRO, requerido=False,
                                           descripcion="llamada: ramas propias del tipo")}),
            claves=CANALES,
            no_vacio=True,
        ),
        "exclusiones": E.Lista(ESQUEMA_EXCLUSION, requerido=False),
        "por_defecto": E.Mapa(
            ESQUEMA_TEXTOS_TIPO.campos, requerido=False,
            descripcion="las ranuras de sector para los sectores que no escriben las suyas",
        ),
    }
)

ESQUEMA_REFERENCIA = E.Mapa(
    {
        "nombre": E.Campo(str, descripcion="p. ej. reserva"),
        "con_articulo": E.Campo(str, descripcion="p. ej. la reserva"),
        "con_de": E.Campo(str, descripcion="p. ej. de la reserva"),
        "etiqueta": E.Campo(str, descripcion="p. ej. N.º de reserva"),
    }
)

#: Un texto del guion de llamada en tú y en usted (los dos obligatorios).
_LLAMADA_POR_REGISTRO = E.Mapa({r: E.Campo(str) for r in REGISTROS}, requerido=False,
                               descripcion="lo que se dice, en tú y en usted")
_SECCIONES_LLAMADA = {s: _LLAMADA_POR_REGISTRO for s in SECCIONES_LLAMADA}

#: ``llamada:`` de un perfil: el guion propio del sector (saludo, ramas, despedida) y, en
#: ``paises``, lo que cambia de vocabulario en un país. Lo que no escribe sale del común.
ESQUEMA_LLAMADA_SECTOR = E.Mapa(
    {**_SECCIONES_LLAMADA,
     "paises": E.Diccionario(E.Mapa(_SECCIONES_LLAMADA), requerido=False,
                             descripcion="país -> secciones con su vocabulario")},
    requerido=False,
    descripcion="guion de llamada propio del sector (saludo, promesa, disputa, dificultad, "
                "tercero, buzon, despedida)",
)

ESQUEMA_PERFIL = E.Mapa(
    {
        "descripcion": E.Campo(str),
        "referencia": ESQUEMA_REFERENCIA,
        "referencia_sms": E.Mapa(
            ESQUEMA_REFERENCIA.campos, requerido=False,
            descripcion="cómo llamarla en SMS si el nombre tiene tildes que GSM-7 no admite "
                        "(p. ej. 'seguro' en vez de 'póliza')",
        ),
        "en_juego": E.Campo(str, descripcion="qué arriesga el cliente si no paga"),
        "textos": E.Diccionario(ESQUEMA_TEXTOS_SECTOR, no_vacio=True,
                                descripcion="por tipo: apertura, en_juego, opciones, cierre, sms"),
        "variables": E.Diccionario(ESQUEMA_VARIABLE, requerido=False),
        "ejemplos": E.Diccionario(
            E.Campo((str, int, float, dt.date, list)), requerido=False,
            descripcion="valores de ejemplo propios del sector (empresa, referencia...)",
        ),
        "exclusiones": E.Lista(ESQUEMA_EXCLUSION, requerido=False),
        "llamada": ESQUEMA_LLAMADA_SECTOR,
    }
)

ESQUEMA_SECTOR = E.Mapa(
    {
        "nombre": E.Campo(str, patron=E.NOMBRE),
        "titulo": E.Campo(str),
        "descripcion": E.Campo(str),
        "audiencias": E.Diccionario(ESQUEMA_PERFIL, claves=AUDIENCIAS, no_vacio=True),
    }
)

#: ``mensajes/paises/<cc>.yml``: un país entero en un archivo. Sus datos (nombre, locale,
#: moneda, zona horaria, festivos, lugar y papel) y el texto que cambia en él (ESQUEMA12 §2:
#: vocabulario, vías de pago, frases legales...). El texto es opcional mientras ninguna
#: plantilla use ranuras ``[[ pais.* ]]``; si lo hay, lleva vocabulario, pago y pago_sms.
VOCABULARIO_OBLIGATORIO = ("cobro", "agencia", "id_fiscal", "etiqueta_cuenta")
TEXTOS_OBLIGATORIOS = ("vocabulario", "pago", "pago_sms")
DATOS_PAIS = {
    "nombre": E.Campo(str, descripcion="nombre del país, p. ej. Uruguay"),
    "locale": E.Campo(str, patron=re.compile(r"^[a-z]{2}_[A-Z]{2}$"),
                      descripcion="locale de Babel para importes y fechas, p. ej. es_UY"),
    "moneda": E.Campo(str, patron=re.compile(r"^[A-Z]{3}$"), descripcion="ISO 4217, p. ej. UYU"),
    "zona_horaria": E.Campo(str, descripcion="IANA, p. ej. America/Montevideo (la del deudor "
                                             "por defecto; cobro plan permite otra)"),
    "festivos": E.Campo(str, descripcion="código de país de la biblioteca holidays, p. ej. UY"),
    "lugar": E.Campo(str, descripcion="ciudad de ejemplo para las cartas"),
    "papel": E.Campo(str, requerido=False, valores=PAPELES,
                     descripcion="tamaño del papel de las cartas: A4 (por defecto) o carta"),
}
ESQUEMA_PAIS = E.Mapa(
    {
        "pais": E.Campo(str, descripcion="el código del país, igual que el nombre del archivo"),
        **DATOS_PAIS,
        "vocabulario": E.Diccionario(E.Campo(str), no_vacio=True, requerido=False,
                                     descripcion="palabras del país: [[ pais.<clave> ]]"),
        "pago": E.Mapa({r: E.Campo(str) for r in REGISTROS}, requerido=False,
                       descripcion="bloque de vías de pago (líneas '- ...') de email y carta"),
        "pago_sms": E.Mapa({r: E.Campo(str) for r in REGISTROS}, requerido=False,
                           descripcion="vías de pago en una frase corta de SMS"),
        "legal": E.Diccionario(
            E.Mapa({"tu": E.Campo(str, vacio=True), "usted": E.Campo(str, vacio=True),
                    "fuente": E.Campo(str, requerido=False),
                    "nota": E.Campo(str, requerido=False,
                                    descripcion="qué no se pudo leer o verificar de la fuente"),
                    "verificado": E.Campo((str, dt.date), requerido=False,
                                          descripcion="fecha en que se leyó el texto oficial "
                                                      "de la norma (solo si se leyó)")}),
            requerido=False,
            descripcion="por tipo ([[ pais.legal ]]) o por clave ([[ pais.legal.<clave> ]]): "
                        "frase legal del país y su fuente",
        ),
        "ejemplos": E.Diccionario(E.Campo((str, int, float, dt.date)), requerido=False,
                                  descripcion="valores de ejemplo del país"),
        "voseo": E.Campo(bool, requerido=False, descripcion="registro tú con voseo"),
        "concepto": E.Mapa({a: E.Campo(str) for a in AUDIENCIAS}, requerido=False,
                           descripcion="qué va en el concepto de la transferencia ([[ concepto ]]) "
                                       "por audiencia, si ni el sector ni el tipo lo dicen"),
        "importes": E.Mapa(
            {"escala": E.Campo((int, float), descripcion="factor para los importes de ejemplo"),
             "decimales": E.Campo(int, requerido=False,
                                  descripcion="redondeo como round(): -2 = a centenas")},
            requerido=False,
            descripcion="importes de ejemplo de los sectores en la moneda del país"),
    }
)

MARCADOR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
RANURA = re.compile(r"\[\[\s*([a-z_][a-z0-9_.]*)\s*\]\]")
LOGICA = re.compile(r"\{%|%\}|\{#|#\}|\{\{(?!\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})")

# Ranuras de composición que puede usar el texto de un tipo o de una maqueta.
RANURAS_REFERENCIA = ("referencia.nombre", "referencia.con_articulo", "referencia.con_de",
                      "referencia.etiqueta")
RANURAS_PAIS_FIJAS = ("pais.pago", "pais.pago_sms", "pais.legal")
RANURAS_PAIS = (*RANURAS_PAIS_FIJAS, *(f"pais.{c}" for c in VOCABULARIO_OBLIGATORIO))
RANURAS_TIPO = (*RANURAS_SECTOR, *RANURAS_REFERENCIA, "sector.titulo", *RANURAS_PAIS)
RANURAS_TEXTO_SECTOR = (*RANURAS_REFERENCIA, *RANURAS_PAIS)
RANURAS_MAQUETA = (*RANURAS_TIPO, "cuerpo", "asunto", "envio", "destinatario")


# --- Carga ------------------------------------------------------------------------------


class _Lector:
    """Acumula problemas mientras lee los archivos de un árbol."""

    def __init__(self, raiz: Path) -> None:
        self.raiz = raiz
        self.problemas: list[Problema] = []

    def nombre(self, ruta: Path) -> str:
        try:
            return str(ruta.relative_to(self.raiz))
        except ValueError:
            return str(ruta)

    def leer(self, ruta: Path, esquema: Any) -> Any:
        datos, problemas = cargar_archivo(ruta, self.nombre(ruta))
        if problemas:
            self.problemas.extend(problemas)
            return None
        if datos is None:
            self.problemas.append(Problema(self.nombre(ruta), 1, "", "el archivo está vacío"))
            return None
        problemas = E.validar(datos, esquema, self.nombre(ruta))
        self.problemas.extend(problemas)
        return None if problemas else datos

    def problema(self, ruta: Path, linea: int, clave: str, mensaje: str) -> None:
        self.problemas.append(Problema(self.nombre(ruta), linea, clave, mensaje))


def _texto_canal(tc: Mapa) -> TextoCanal:
    def por_registro(parte: str) -> dict[str, str] | None:
        return {r: t.strip() for r, t in tc[parte].items()} if parte in tc else None

    return TextoCanal(
        cuerpo={r: t.strip("\n") for r, t in tc["cuerpo"].items()},
        asunto=por_registro("asunto"),
        cabecera=por_registro("cabecera"),
        pie=por_registro("pie"),
        botones=tuple(Boton(b["tipo"], b["texto"].strip(),
                            (b.get("url") or b.get("telefono") or "").strip(), b.linea)
                      for b in tc.get("botones") or ()),
        ramas={r: {g: t.strip() for g, t in v.items()} for r, v in (tc.get("ramas") or {}).items()},
        linea=tc.linea,
        lineas={r: tc["cuerpo"].linea_de(r) for r in tc["cuerpo"]},
    )


def _guion_sector(datos: Mapa | None) -> dict[str, dict[str, str]]:
    """Las secciones de ``llamada:`` de un perfil (o de uno de sus países), sin espacios de más."""
    return {s: {r: " ".join(t.split()) for r, t in datos[s].items()}
            for s in SECCIONES_LLAMADA if datos and s in datos}


def _variable(nombre: str, datos: Mapa, archivo: str, linea: int = 0) -> Variable:
    return Variable(nombre, datos["descripcion"].strip(), datos["tipo"], datos["ejemplo"],
                    datos.get("elemento"), archivo, linea, bool(datos.get("deuda", False)),
                    tuple(datos.get("alias") or ()), datos.get("ejemplo_neutro"))


def _exclusiones(datos: list | None, archivo: str, **fijos: str) -> tuple[Exclusion, ...]:
    return tuple(
        Exclusion(
            motivo=e["motivo"].strip(),
            tipo=e.get("tipo", fijos.get("tipo")),
            canal=e.get("canal"),
            registro=e.get("registro"),
            audiencia=e.get("audiencia", fijos.get("audiencia")),
            sector=e.get("sector", fijos.get("sector")),
            archivo=archivo,
            paises=tuple(e["paises"]) if e.get("paises") else None,
        )
        for e in (datos or [])
    )


def cargar(raiz: Path | str) -> Especificacion:
    """Carga ``raiz/mensajes`` y ``raiz/sectores``; lanza ErrorEspecificacion si hay problemas."""
    raiz = Path(raiz)
    mensajes, sectores_dir = raiz / "mensajes", raiz / "sectores"
    faltan = [str(d) for d in (mensajes, sectores_dir, mensajes / "tipos") if not d.is_dir()]
    if faltan:
        raise ErrorCobro(
            f"'{raiz}' no es un árbol de especificaciones de cobro: falta {', '.join(faltan)}. "
            "Usa --specs con una carpeta que tenga mensajes/ (etapas.yml, variables.yml, "
            "canales.yml, paises.yml, paises/, tipos/) y sectores/."
        )
    lector = _Lector(raiz)

    datos = lector.leer(mensajes / "etapas.yml", ESQUEMA_ETAPAS)
    etapas = {
        n: Etapa(n, d["titulo"], d["orden"], d["dia"], d["tono"], d["descripcion"].strip(),
                 d.get("formal", False), d.get("dia_ejemplo"), d.get("plazo", 10))
        for n, d in (datos or {}).get("etapas", {}).items()
    }
    datos = lector.leer(mensajes / "variables.yml", ESQUEMA_VARIABLES)
    archivo_variables = lector.nombre(mensajes / "variables.yml")
    variables = {
        n: _variable(n, d, archivo_variables, datos["variables"].linea_de(n))
        for n, d in (datos or {}).get("variables", {}).items()
    }
    datos = lector.leer(mensajes / "canales.yml", ESQUEMA_CANALES)
    canales = {
        n: Canal(n, d["titulo"], d["maqueta"], d.get("max_segmentos"), d.get("envio", ""),
                 dict(d.get("destinatario", {})), dict(d.get("peor_caso", {})),
                 dict(d.get("limites", {})), d.get("categoria"))
        for n, d in (datos or {}).get("canales", {}).items()
    }
    datos_canales = datos
    paises, pais_predeterminado, datos_pais = _cargar_paises(lector, raiz)
    locales: dict[str, Locale] = {}  # para --locale; si dos países comparten locale, vale el primero
    for p in paises.values():
        locales.setdefault(p.locale, Locale(p.locale, p.nombre, p.moneda, p.lugar))

    tipos: dict[str, Tipo] = {}
    datos_tipos: dict[str, tuple[Path, Mapa]] = {}
    rutas_tipos = sorted(mensajes.glob("tipos/*.yml"))
    if not rutas_tipos:
        lector.problema(mensajes / "tipos", 0, "", "no hay ningún tipo (archivos .yml)")
    tipos_con_problemas: set[str] = set()
    for ruta in rutas_tipos:
        d = lector.leer(ruta, ESQUEMA_TIPO)
        if d is None:
            tipos_con_problemas.add(ruta.stem)
            continue
        if d["nombre"] != ruta.stem:
            lector.problema(ruta, d.linea_de("nombre"), "nombre",
                            f"'{d['nombre']}' no coincide con el nombre del archivo '{ruta.stem}'")
            continue
        textos = {c: _texto_canal(tc) for c, tc in d["canales"].items()}
        tipos[d["nombre"]] = Tipo(
            d["nombre"], d["titulo"], d["proposito"].strip(), d["etapa"], d["tono"], textos,
            _exclusiones(d.get("exclusiones"), lector.nombre(ruta), tipo=d["nombre"]),
            lector.nombre(ruta), _ranuras(d.get("por_defecto")),
        )
        datos_tipos[d["nombre"]] = (ruta, d)

    sectores: dict[str, Sector] = {}
    datos_sectores: dict[str, tuple[Path, Mapa]] = {}
    rutas_sectores = sorted(sectores_dir.glob("*.yml"))
    if not rutas_sectores:
        lector.problema(sectores_dir, 0, "", "no hay ningún sector (archivos .yml)")
    for ruta in rutas_sectores:
        d = lector.leer(ruta, ESQUEMA_SECTOR)
        if d is None:
            continue
        if d["nombre"] != ruta.stem:
            lector.problema(ruta, d.linea_de("nombre"), "nombre",
                            f"'{d['nombre']}' no coincide con el nombre del archivo '{ruta.stem}'")
            continue
        archivo = lector.nombre(ruta)
        perfiles = {}
        for audiencia, p in d["audiencias"].items():
            perfiles[audiencia] = Perfil(
                audiencia=audiencia,
                descripcion=p["descripcion"].strip(),
                referencia=Referencia(**{k: v.strip() for k, v in p["referencia"].items()}),
                referencia_sms=Referencia(
                    **{k: v.strip() for k, v in p.get("referencia_sms", p["referencia"]).items()}
                ),
                en_juego=p["en_juego"].strip(),
                textos={t: _ranuras(v) for t, v in p["textos"].items()},
                fuentes={t: " ".join(v["fuente"].split())
                         for t, v in p["textos"].items() if "fuente" in v},
                variables={n: _variable(n, v, archivo) for n, v in p.get("variables", {}).items()},
                ejemplos=dict(p.get("ejemplos", {})),
                exclusiones=_exclusiones(p.get("exclusiones"), archivo, sector=d["nombre"],
                                         audiencia=audiencia),
                llamada=_guion_sector(p.get("llamada")),
                llamada_paises={cc: _guion_sector(v)
                                for cc, v in ((p.get("llamada") or {}).get("paises") or {}).items()},
            )
        sectores[d["nombre"]] = Sector(d["nombre"], d["titulo"], d["descripcion"].strip(),
                                       perfiles, archivo)
        datos_sectores[d["nombre"]] = (ruta, d)

    predeterminado = (paises[pais_predeterminado].locale if pais_predeterminado in paises
                      else next(iter(locales), "es_ES"))
    espec = Especificacion(raiz, etapas, variables, tipos, sectores, canales, locales,
                           predeterminado, paises, pais_predeterminado)
    datos_textos_pais = _cargar_textos_pais(lector, espec, datos_pais)
    espec.guion = _cargar_guion(lector, mensajes, tipos)
    _comprobar_referencias(lector, espec, datos_tipos, datos_sectores, datos_canales, mensajes,
                           tipos_con_problemas, datos_textos_pais)
    _comprobar_claves_legales(lector, espec, datos_textos_pais, tipos_con_problemas)
    comprobar_ejemplos(espec, datos_sectores, mensajes, lector.problema)
    comprobar_textos_de_sector(datos_sectores, lector.problema)
    if lector.problemas:
        raise ErrorEspecificacion(lector.problemas, raiz=raiz)
    return espec


def _cargar_guion(lector: _Lector, mensajes: Path, tipos: dict[str, Tipo]):
    """``mensajes/llamada.yml``: el guion común de las llamadas (None si no hay; es un
    problema solo si algún tipo tiene canal llamada)."""
    from generador import llamada

    ruta = mensajes / "llamada.yml"
    if not ruta.is_file():
        for tipo in tipos.values():
            if "llamada" in tipo.textos:
                lector.problema(mensajes / "tipos" / f"{tipo.nombre}.yml",
                                tipo.textos["llamada"].linea, "canales.llamada",
                                "falta mensajes/llamada.yml con el guion común de las llamadas")
        return None
    datos = lector.leer(ruta, llamada.ESQUEMA)
    if datos is None:
        return None
    return llamada.desde_datos(datos, lector.nombre(ruta))


def _comprobar_canales_nuevos(lector, espec: Especificacion, datos_tipos, mensajes: Path,
                              globales: set[str]) -> set[str]:
    """WhatsApp y llamada: partes que solo valen en su canal, ramas que existen, el guion
    común y que lo que oye un tercero no revele la deuda."""
    from generador import llamada

    usadas: set[str] = set()
    deuda = llamada.variables_de_deuda(espec.variables)
    for _nombre, (ruta, d) in datos_tipos.items():
        for canal, tc in d["canales"].items():
            for parte, propio in PARTES_DE_CANAL.items():
                if parte in tc and canal != propio:
                    lector.problema(ruta, tc.linea_de(parte), f"canales.{canal}.{parte}",
                                    f"'{parte}' solo vale en el canal {propio}")
            for parte in ("cabecera", "pie"):
                for registro, texto in (tc.get(parte) or {}).items():
                    usadas |= _comprobar_texto(lector, ruta, tc[parte].linea_de(registro),
                                               f"canales.{canal}.{parte}.{registro}", texto,
                                               globales, RANURAS_TIPO)
            for rama, textos in (tc.get("ramas") or {}).items():
                if rama not in llamada.RAMAS:
                    lector.problema(ruta, tc["ramas"].linea_de(rama), f"canales.{canal}.ramas.{rama}",
                                    _desconocido("la rama", rama, llamada.RAMAS))
                    continue
                for registro, texto in textos.items():
                    clave = f"canales.{canal}.ramas.{rama}.{registro}"
                    usadas |= _comprobar_texto(lector, ruta, textos.linea_de(registro), clave,
                                               texto, globales, RANURAS_TIPO)
                    _comprobar_sin_deuda(lector, ruta, textos.linea_de(registro), clave, rama,
                                         texto, deuda)
    if espec.guion is not None:
        ruta = mensajes / "llamada.yml"
        for clave, linea, texto in espec.guion.textos():
            usadas |= _comprobar_texto(lector, ruta, linea, clave, texto, globales, RANURAS_TIPO)
            rama = clave.split(".")[1] if clave.startswith("ramas.") else ""
            _comprobar_sin_deuda(lector, ruta, linea, clave, rama, texto, deuda)
        # los países de «nunca» pueden no estar en este árbol (un guion sirve para varios)
    return usadas


def _comprobar_llamada_sector(lector, ruta: Path, datos: Mapa | None, audiencia: str,
                              espec: Especificacion, disponibles: set[str], perfil) -> set[str]:
    """El guion de llamada de un sector: variables y ranuras que existen, países conocidos y
    nada de la deuda en lo que oye un tercero o un buzón."""
    from generador import llamada

    usadas: set[str] = set()
    if not datos:
        return usadas
    deuda = llamada.variables_de_deuda(espec.variables, perfil.variables)
    bloques = [(f"audiencias.{audiencia}.llamada", datos)]
    for cc, d in (datos.get("paises") or {}).items():
        if espec.paises and cc not in espec.paises:
            lector.problema(ruta, datos["paises"].linea_de(cc),
                            f"audiencias.{audiencia}.llamada.paises.{cc}",
                            _desconocido("el país", cc, espec.paises))
        bloques.append((f"audiencias.{audiencia}.llamada.paises.{cc}", d))
    for prefijo, bloque in bloques:
        for seccion in SECCIONES_LLAMADA:
            if seccion not in bloque:
                continue
            for registro in REGISTROS:
                clave = f"{prefijo}.{seccion}.{registro}"
                linea = bloque[seccion].linea_de(registro)
                texto = bloque[seccion][registro]
                usadas |= _comprobar_texto(lector, ruta, linea, clave, texto, disponibles,
                                           RANURAS_TIPO)
                _comprobar_sin_deuda(lector, ruta, linea, clave, seccion, texto, deuda)
    return usadas


def _comprobar_sin_deuda(lector, ruta: Path, linea: int, clave: str, rama: str,
                         texto: str, deuda: frozenset[str]) -> None:
    """Lo que oye un tercero o un buzón no lleva variables de deuda (``deuda: true``) ni
    ranuras que las traigan (solo las de vocabulario del país)."""
    if rama not in RAMAS_SIN_DEUDA:
        return
    for m in RANURA.finditer(texto):
        if not m.group(1).startswith("pais.") or m.group(1).startswith(("pais.legal", "pais.pago")):
            lector.problema(ruta, linea, clave,
                            f"la rama '{rama}' la oye quien quizá no es el titular: no puede "
                            f"llevar la ranura [[ {m.group(1)} ]] (puede traer datos de la "
                            "deuda); solo vocabulario del país ([[ pais.cobro ]]...)")
    for m in MARCADOR.finditer(texto):
        if m.group(1) in deuda:
            lector.problema(ruta, linea, clave,
                            f"la rama '{rama}' la oye quien quizá no es el titular: no puede "
                            f"llevar {{{{ {m.group(1)} }}}} ni ningún dato de la deuda (solo "
                            "nombre, empresa y teléfono para devolver la llamada)")


def _cargar_paises(lector: _Lector, raiz: Path
                   ) -> tuple[dict[str, Pais], str | None, dict[str, tuple[Path, Mapa]]]:
    """Los países del árbol: un archivo cada uno (``mensajes/paises/<cc>.yml``), en el orden
    de ``mensajes/paises.yml`` (que solo tiene lo global), y la sección ``contacto`` de su
    paquete de ley (``reglas/paises/<cc>.yml``) si lo tiene. Devuelve también el YAML de cada
    país, del que :func:`_cargar_textos_pais` saca su texto."""
    from generador.arbol import carpeta_reglas

    ruta = raiz / "mensajes" / "paises.yml"
    globales = lector.leer(ruta, ESQUEMA_PAISES)
    if globales is not None and "paises" in globales:
        lector.problema(ruta, globales.linea_de("paises"), "paises",
                        "la tabla de países ya no va aquí: cada país es un archivo, "
                        "mensajes/paises/<cc>.yml, con nombre, locale, moneda, zona_horaria, "
                        "festivos, lugar y papel; mueve allí la línea de cada país y borra "
                        "'paises' de este archivo")
    carpeta = raiz / "mensajes" / "paises"
    leidos: dict[str, tuple[Path, Mapa]] = {}
    for ruta_pais in sorted(carpeta.glob("*.yml")) if carpeta.is_dir() else ():
        d = lector.leer(ruta_pais, ESQUEMA_PAIS)
        if d is None:
            continue
        codigo = ruta_pais.stem
        if not re.fullmatch(r"[a-z]{2}", codigo):
            lector.problema(ruta_pais, 1, "", f"'{ruta_pais.name}': el nombre del archivo es el "
                            "código del país en dos letras minúsculas (p. ej. uy.yml)")
            continue
        if d["pais"] != codigo:
            lector.problema(ruta_pais, d.linea_de("pais"), "pais",
                            f"'{d['pais']}' no coincide con el nombre del archivo '{codigo}'")
            continue
        for clave, problema in (("locale", _problema_locale(d["locale"])),
                                ("moneda", _problema_moneda(d["moneda"])),
                                ("zona_horaria", _problema_zona(d["zona_horaria"])),
                                ("festivos", _problema_festivos(d["festivos"]))):
            if problema:
                lector.problema(ruta_pais, d.linea_de(clave), clave, problema)
        leidos[codigo] = (ruta_pais, d)
    if not leidos and not any(x.archivo.startswith(f"{lector.nombre(carpeta)}/")
                              for x in lector.problemas):
        lector.problema(carpeta, 0, "", "no hay ningún país: crea mensajes/paises/<cc>.yml "
                        "(p. ej. uy.yml) con pais, nombre, locale, moneda, zona_horaria, "
                        "festivos y lugar")
        return {}, None, {}
    if globales is None:
        return {}, None, {}
    orden = list(globales.get("orden") or ())
    for i, codigo in enumerate(orden):
        if codigo not in leidos and not (carpeta / f"{codigo}.yml").is_file():
            lector.problema(ruta, globales["orden"].linea_de(i), f"orden[{i}]",
                            _desconocido("el país", codigo, leidos)
                            + f" (ningún archivo mensajes/paises/{codigo}.yml)")
    codigos = [c for c in orden if c in leidos] + sorted(c for c in leidos if c not in orden)
    paises: dict[str, Pais] = {}
    for codigo in codigos:
        ruta_pais, d = leidos[codigo]
        paises[codigo] = Pais(codigo, d["nombre"], d["locale"], d["moneda"], d["zona_horaria"],
                              d["festivos"], d["lugar"], papel=d.get("papel") or "A4",
                              archivo=lector.nombre(ruta_pais),
                              lineas={c: d.linea_de(c) for c in DATOS_PAIS if c in d})
    predeterminado = globales["predeterminado"]
    if predeterminado not in paises:
        if predeterminado not in leidos:  # si su archivo tiene problemas, ya se han dicho
            lector.problema(ruta, globales.linea_de("predeterminado"), "predeterminado",
                            _desconocido("el país", predeterminado, paises)
                            + f" (crea mensajes/paises/{predeterminado}.yml)")
        predeterminado = None
    carpeta_ley = carpeta_reglas(raiz) / "paises"
    for ruta_paquete in sorted(carpeta_ley.glob("*.yml")) if carpeta_ley.is_dir() else ():
        codigo = ruta_paquete.stem
        paquete = lector.leer(ruta_paquete, ESQUEMA_PAQUETE_PAIS)
        if paquete is None:
            continue
        if paquete["pais"] != codigo:
            lector.problema(ruta_paquete, paquete.linea_de("pais"), "pais",
                            f"'{paquete['pais']}' no coincide con el nombre del archivo '{codigo}'")
            continue
        if codigo not in paises:
            # solo si el paquete es del propio árbol y el país no tiene archivo (si lo tiene con
            # problemas, ya se han dicho)
            if carpeta_ley.parent.parent == raiz and codigo not in leidos:
                lector.problema(ruta_paquete, paquete.linea_de("pais"), "pais",
                                f"el país '{codigo}' no tiene su archivo: crea "
                                f"mensajes/paises/{codigo}.yml (nombre, locale, moneda...)")
            continue
        paises[codigo] = replace(
            paises[codigo], contacto=paquete.get("contacto"),
            paquete=lector.nombre(ruta_paquete), linea_contacto=paquete.linea_de("contacto"),
        )
    return paises, predeterminado, {c: leidos[c] for c in paises}


def _ranuras(datos: Mapa | None) -> dict[str, dict[str, str]]:
    """Las ranuras de sector de un tipo (sin ``fuente``), con el texto sin espacios de más."""
    return {
        ranura: {r: " ".join(t.split()) for r, t in por_registro.items()}
        for ranura, por_registro in (datos or {}).items() if ranura in RANURAS_SECTOR
    }


def _cargar_textos_pais(lector: _Lector, espec: Especificacion,
                        datos_pais: dict[str, tuple[Path, Mapa]]) -> dict[str, tuple[Path, Mapa]]:
    """El texto de cada país (vocabulario, pago, legal...) de su archivo
    ``mensajes/paises/<cc>.yml``, si lo tiene; devuelve los archivos de los países con texto."""
    con_texto: dict[str, tuple[Path, Mapa]] = {}
    for codigo, (ruta, d) in datos_pais.items():
        textos = [c for c in d if c not in DATOS_PAIS and c != "pais"]
        if not textos:
            continue  # un país con solo sus datos: vale mientras nada use [[ pais.* ]]
        faltan = [c for c in TEXTOS_OBLIGATORIOS if c not in d]
        if faltan:
            lector.problema(ruta, d.linea_de(textos[0]), textos[0],
                            f"el texto del país necesita también {', '.join(faltan)} "
                            f"(el país tiene {', '.join(textos)}); mira el de otro país")
            continue
        for clave in VOCABULARIO_OBLIGATORIO:
            if clave not in d["vocabulario"]:
                lector.problema(ruta, d["vocabulario"].linea, f"vocabulario.{clave}",
                                "falta esta clave (la usan las plantillas como "
                                f"[[ pais.{clave} ]])")
        for tipo, legal in (d.get("legal") or {}).items():
            if (legal["tu"].strip() or legal["usted"].strip()) and not legal.get("fuente"):
                lector.problema(ruta, d["legal"].linea_de(tipo), f"legal.{tipo}.fuente",
                                "una frase legal necesita su fuente (ley, artículo, URL y fecha "
                                "de lectura)")
        espec.textos_pais[codigo] = TextosPais(
            codigo=codigo,
            vocabulario={k: v.strip() for k, v in d["vocabulario"].items()},
            pago={r: t.strip("\n") for r, t in d["pago"].items()},
            pago_sms={r: " ".join(t.split()) for r, t in d["pago_sms"].items()},
            legal={t: {k: " ".join(str(v).split()) for k, v in x.items()}
                   for t, x in (d.get("legal") or {}).items()},
            ejemplos=dict(d.get("ejemplos") or {}),
            voseo=bool(d.get("voseo", False)),
            importes=dict(d.get("importes") or {}),
            archivo=lector.nombre(ruta),
            concepto={a: " ".join(t.split()) for a, t in (d.get("concepto") or {}).items()},
        )
        con_texto[codigo] = (ruta, d)
    return con_texto


def _problema_locale(nombre: str) -> str | None:
    """Qué falla en el locale ``nombre`` (Babel formatea con él importes y fechas), o ``None``."""
    from babel import localedata

    if localedata.exists(nombre):
        return None
    return (f"Babel no conoce el locale '{nombre}'; usa el de un país de habla hispana "
            "(p. ej. es_UY, es_MX)")


def _problema_moneda(codigo: str) -> str | None:
    """Qué falla en la moneda ``codigo`` (ISO 4217, según los datos de Babel), o ``None``."""
    from babel.core import get_global

    monedas = get_global("all_currencies")
    if codigo in monedas:
        return None
    return (f"'{codigo}' no es una moneda ISO 4217;"
            + (quisiste_decir(codigo, sorted(monedas)) or " (p. ej. EUR, MXN, UYU)"))


def _problema_zona(nombre: str) -> str | None:
    """Qué falla en la zona horaria ``nombre`` (IANA, la de :mod:`zoneinfo`), o ``None``."""
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(nombre)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        sugerencia = quisiste_decir(nombre, sorted(zoneinfo.available_timezones()))
        return (f"'{nombre}' no es una zona horaria IANA;"
                + (sugerencia or " usa una como America/Montevideo o Europe/Madrid"))
    return None


def _problema_festivos(codigo: str) -> str | None:
    """Qué falla en el código de festivos ``codigo`` (un país de la biblioteca holidays, que
    calcula los festivos de cobro plan), o ``None``."""
    import holidays

    conocidos = holidays.list_supported_countries()
    if codigo in conocidos:
        return None
    return (f"la biblioteca holidays no conoce el país '{codigo}';"
            + (quisiste_decir(codigo, sorted(conocidos))
               or " usa un código ISO 3166 en mayúsculas (p. ej. UY, MX)"))


# --- Referencias entre archivos ---------------------------------------------------------


def _desconocido(que: str, valor: str, opciones) -> str:
    sugerencia = quisiste_decir(valor, opciones)
    return f"{que} '{valor}' no existe;{sugerencia}" if sugerencia else (
        f"{que} '{valor}' no existe; posibles: {', '.join(sorted(opciones))}"
    )


def _comprobar_texto(lector: _Lector, ruta: Path, linea: int, clave: str, texto: str,
                     variables: set[str], ranuras: tuple[str, ...]) -> set[str]:
    """Comprueba marcadores y ranuras de un texto; devuelve las variables que usa."""
    if problema_texto(texto):
        lector.problema(ruta, linea, clave, problema_texto(texto))
    usadas = set()
    for m in MARCADOR.finditer(texto):
        nombre = m.group(1)
        usadas.add(nombre)
        if variables and nombre not in variables:
            lector.problema(ruta, linea, clave,
                            _desconocido("la variable", nombre, variables) +
                            " (declárala en mensajes/variables.yml o en las variables del sector)")
    for m in RANURA.finditer(texto):
        if m.group(1).startswith("pais.legal.") and "pais.legal" in ranuras:
            continue  # la existencia de la clave en cada país: _comprobar_claves_legales
        if m.group(1) not in ranuras:
            lector.problema(ruta, linea, clave, _desconocido("la ranura", m.group(1), ranuras))
    if LOGICA.search(texto):
        lector.problema(ruta, linea, clave,
                        "solo se admiten marcadores '{{ variable }}' y ranuras '[[ ranura ]]'; "
                        "sin lógica ({% %}), comentarios ni expresiones")
    return usadas


def _comprobar_exclusiones(lector, ruta, lista_datos, espec: Especificacion,
                           tipos_con_problemas: set[str] = frozenset()) -> None:
    for i, e in enumerate(lista_datos or []):
        linea = lista_datos.linea_de(i)
        if "tipo" in e and e["tipo"] not in espec.tipos and e["tipo"] not in tipos_con_problemas:
            lector.problema(ruta, linea, f"exclusiones[{i}].tipo",
                            _desconocido("el tipo", e["tipo"], espec.tipos))
        # un sector cuyo archivo existe pero no se pudo leer ya tiene su problema: no se
        # repite aquí como «no existe»
        if ("sector" in e and e["sector"] not in espec.sectores
                and not (espec.raiz / "sectores" / f"{e['sector']}.yml").is_file()):
            lector.problema(ruta, linea, f"exclusiones[{i}].sector",
                            _desconocido("el sector", e["sector"], espec.sectores))
        for pais in e.get("paises") or ():
            if pais not in espec.paises:
                lector.problema(ruta, linea, f"exclusiones[{i}].paises",
                                _desconocido("el país", pais, espec.paises))


def _comprobar_ranuras_sector(lector, ruta: Path, datos: Mapa, clave: str,
                              variables: set[str]) -> set[str]:
    """Las cinco ranuras de un tipo (en un sector o en su ``por_defecto``)."""
    usadas: set[str] = set()
    for ranura in RANURAS_SECTOR:
        if ranura not in datos:
            continue
        por_registro = datos[ranura]
        for registro in REGISTROS:
            usadas |= _comprobar_texto(lector, ruta, por_registro.linea_de(registro),
                                       f"{clave}.{ranura}.{registro}", por_registro[registro],
                                       variables, RANURAS_TEXTO_SECTOR)
    return usadas


def _comprobar_referencias(lector, espec: Especificacion, datos_tipos, datos_sectores,
                           datos_canales, mensajes: Path, tipos_con_problemas: set[str],
                           datos_textos_pais=None) -> None:
    """Referencias entre archivos. Un tipo cuyo archivo ya tiene problemas no se da por
    inexistente (para no repetir el mismo error en cascada)."""
    globales = set(espec.variables)
    usadas: set[str] = set()
    ruta_canales = mensajes / "canales.yml"
    for nombre, canal in espec.canales.items():
        linea = datos_canales["canales"][nombre].linea_de("maqueta") if datos_canales else 0
        usadas |= _comprobar_texto(lector, ruta_canales, linea, f"canales.{nombre}.maqueta",
                                   canal.maqueta, globales, RANURAS_MAQUETA)
        datos_canal = datos_canales["canales"][nombre] if datos_canales else {}
        for parte in ("envio",):
            if parte in datos_canal:
                usadas |= _comprobar_texto(lector, ruta_canales, datos_canal.linea_de(parte),
                                           f"canales.{nombre}.{parte}", canal.envio, globales,
                                           RANURAS_TEXTO_SECTOR)
        for audiencia, texto in canal.destinatario.items():
            usadas |= _comprobar_texto(lector, ruta_canales, datos_canal.linea_de("destinatario"),
                                       f"canales.{nombre}.destinatario.{audiencia}", texto,
                                       globales, RANURAS_TEXTO_SECTOR)
        if "[[ cuerpo ]]" not in canal.maqueta.replace("[[cuerpo]]", "[[ cuerpo ]]"):
            lector.problema(ruta_canales, linea, f"canales.{nombre}.maqueta",
                            "la maqueta debe incluir la ranura [[ cuerpo ]]")

    usadas |= _comprobar_canales_nuevos(lector, espec, datos_tipos, mensajes, globales)
    for nombre, (ruta, d) in datos_tipos.items():
        tipo = espec.tipos[nombre]
        # sin etapas o sin canales (su archivo no se pudo leer), su problema ya está dicho:
        # no se repite en cada tipo que los nombra
        if espec.etapas and tipo.etapa not in espec.etapas:
            lector.problema(ruta, d.linea_de("etapa"), "etapa",
                            _desconocido("la etapa", tipo.etapa, espec.etapas))
        _comprobar_exclusiones(lector, ruta, d.get("exclusiones"), espec)
        if "por_defecto" in d:
            usadas |= _comprobar_ranuras_sector(lector, ruta, d["por_defecto"], "por_defecto",
                                                globales)
        for ranura in RANURAS_SECTOR_OPCIONALES:
            usa = any(f"[[ {ranura} ]]" in t for tc in tipo.textos.values()
                      for t in [*tc.cuerpo.values(), *(tc.asunto or {}).values()])
            if usa and ranura not in tipo.por_defecto:
                lector.problema(ruta, d.linea_de("canales"), f"por_defecto.{ranura}",
                                f"el esqueleto usa la ranura [[ {ranura} ]]: dale texto en "
                                "por_defecto para los sectores que no la escriben")
        for canal, tc in d["canales"].items():
            if espec.canales and canal not in espec.canales:
                lector.problema(ruta, d["canales"].linea_de(canal), f"canales.{canal}",
                                f"el canal '{canal}' no tiene maqueta en mensajes/canales.yml")
            necesita_asunto = canal in ("email", "carta")
            if necesita_asunto and "asunto" not in tc:
                lector.problema(ruta, tc.linea, f"canales.{canal}.asunto",
                                f"falta el asunto (obligatorio en {canal})")
            if not necesita_asunto and "asunto" in tc:
                lector.problema(ruta, tc.linea_de("asunto"), f"canales.{canal}.asunto",
                                f"el canal {canal} no lleva asunto")
            for parte in ("asunto", "cuerpo"):
                if parte not in tc:
                    continue
                for registro in REGISTROS:
                    if registro not in tc[parte]:
                        lector.problema(ruta, tc[parte].linea, f"canales.{canal}.{parte}.{registro}",
                                        "falta el texto en este registro (tú y usted son obligatorios)")
                        continue
                    usadas |= _comprobar_texto(
                        lector, ruta, tc[parte].linea_de(registro),
                        f"canales.{canal}.{parte}.{registro}", tc[parte][registro],
                        globales, RANURAS_TIPO,
                    )

    for nombre, (ruta, d) in datos_sectores.items():
        sector = espec.sectores[nombre]
        for audiencia, perfil in sector.perfiles.items():
            dp = d["audiencias"][audiencia]
            # sin variables globales (mensajes/variables.yml no se pudo leer) no se comprueba
            # ninguna: cada texto daría su «la variable ... no existe» y taparía el problema
            disponibles = globales | set(perfil.variables) if globales else set()
            usadas_perfil: set[str] = set()
            for tipo, textos in dp["textos"].items():
                if tipo in tipos_con_problemas:
                    continue
                if tipo not in espec.tipos:
                    lector.problema(ruta, dp["textos"].linea_de(tipo),
                                    f"audiencias.{audiencia}.textos.{tipo}",
                                    _desconocido("el tipo", tipo, espec.tipos))
                    continue
                usadas_perfil |= _comprobar_ranuras_sector(
                    lector, ruta, textos, f"audiencias.{audiencia}.textos.{tipo}", disponibles)
                if ("sms" in espec.tipos[tipo].textos and "sms" not in textos
                        and "sms" not in espec.tipos[tipo].por_defecto):
                    lector.problema(ruta, textos.linea, f"audiencias.{audiencia}.textos.{tipo}.sms",
                                    "falta la frase del sector para el SMS y el tipo no tiene "
                                    "por_defecto.sms; escríbela (todo SMS lleva palabras del sector)")
            excluidos = {e.tipo for e in perfil.exclusiones if e.canal is None and e.registro is None}
            for tipo in espec.tipos.values():
                if (tipo.nombre not in perfil.textos and tipo.nombre not in excluidos
                        and not tipo.por_defecto and not tipos_con_problemas):
                    lector.problema(ruta, dp["textos"].linea,
                                    f"audiencias.{audiencia}.textos.{tipo.nombre}",
                                    "faltan los textos del sector para este tipo (apertura, "
                                    "en_juego, opciones, cierre, sms), o exclúyelo con motivo")
            _comprobar_exclusiones(lector, ruta, dp.get("exclusiones"), espec, tipos_con_problemas)
            usadas_perfil |= _comprobar_llamada_sector(lector, ruta, dp.get("llamada"), audiencia,
                                                       espec, disponibles, perfil)
            for var in perfil.ejemplos:
                if globales and var not in disponibles:
                    lector.problema(ruta, dp["ejemplos"].linea_de(var),
                                    f"audiencias.{audiencia}.ejemplos.{var}",
                                    _desconocido("la variable", var, disponibles))
            for var in perfil.variables:
                if var in globales:
                    lector.problema(ruta, dp["variables"].linea_de(var),
                                    f"audiencias.{audiencia}.variables.{var}",
                                    "ya está declarada en mensajes/variables.yml; usa otro nombre")
                elif var not in usadas_perfil:
                    lector.problema(ruta, dp["variables"].linea_de(var),
                                    f"audiencias.{audiencia}.variables.{var}",
                                    "se declara pero ninguna frase del sector la usa")
            usadas |= usadas_perfil
    variables_de_clave: dict[str, set[str]] = {}
    for sector in espec.sectores.values():
        for perfil in sector.perfiles.values():
            guiones = [perfil.llamada, *perfil.llamada_paises.values()]
            for x in (*perfil.textos.values(), *guiones):
                for t in (t for r in x.values() for t in r.values()):
                    for m in RANURA.finditer(t):
                        if m.group(1).startswith("pais.legal."):
                            variables_de_clave.setdefault(m.group(1)[len("pais.legal."):],
                                                          set()).update(perfil.variables)
    for _codigo, (ruta, d) in (datos_textos_pais or {}).items():
        for parte in ("pago", "pago_sms"):
            for registro in REGISTROS:
                usadas |= _comprobar_texto(lector, ruta, d[parte].linea_de(registro),
                                           f"{parte}.{registro}", d[parte][registro], globales,
                                           (*RANURAS_TEXTO_SECTOR, "concepto"))
        for audiencia, texto in (d.get("concepto") or {}).items():
            # sus variables pueden no existir en un árbol reducido: entonces se compone con la
            # referencia (componer.componer_una); aquí solo se comprueban las ranuras
            usadas |= _comprobar_texto(lector, ruta, d["concepto"].linea_de(audiencia),
                                       f"concepto.{audiencia}", texto, set(),
                                       RANURAS_TEXTO_SECTOR)
        for tipo, legal in (d.get("legal") or {}).items():
            # una frase que pide un sector ([[ pais.legal.X ]]) puede usar sus variables; la que
            # ningún texto de este árbol pide (un árbol con menos sectores) no se compone: sus
            # variables no se comprueban aquí
            base = tipo.rsplit("_", 1)[0] if tipo.endswith(("_b2b", "_b2c")) else tipo
            propias = (globales | variables_de_clave.get(tipo, set())
                       if globales and (base in espec.tipos or tipo in variables_de_clave)
                       else set())
            for registro in REGISTROS:
                usadas |= _comprobar_texto(lector, ruta, legal.linea_de(registro),
                                           f"legal.{tipo}.{registro}", legal[registro], propias,
                                           RANURAS_TEXTO_SECTOR)
        for var in d.get("ejemplos") or {}:
            if globales and var not in espec.todas_las_variables():
                lector.problema(ruta, d["ejemplos"].linea_de(var), f"ejemplos.{var}",
                                _desconocido("la variable", var, espec.todas_las_variables()))
    if (espec.pais_predeterminado and espec.pais_predeterminado not in espec.textos_pais
            and _usa_ranuras_pais(espec)):
        lector.problema(mensajes / "paises", 0, espec.pais_predeterminado,
                        f"las plantillas usan ranuras [[ pais.* ]] y falta el texto del país "
                        f"predeterminado: crea mensajes/paises/{espec.pais_predeterminado}.yml")
    for nombre, variable in espec.variables.items():
        if nombre not in usadas and datos_tipos and datos_sectores and espec.canales:
            lector.problema(mensajes / "variables.yml", variable.linea, f"variables.{nombre}",
                            "se declara pero ninguna plantilla la usa; quítala o úsala")
    _comprobar_alias(lector, mensajes / "variables.yml", espec.variables)


def _comprobar_alias(lector: _Lector, ruta: Path, variables: dict[str, Variable]) -> None:
    """Un alias no puede ser el nombre de una variable ni de otro alias: la pista sería ambigua."""
    duenos: dict[str, str] = {}
    for nombre, variable in variables.items():
        for alias in variable.alias:
            if alias in variables:
                lector.problema(ruta, variable.linea, f"variables.{nombre}.alias",
                                f"'{alias}' ya es el nombre de una variable; quítalo de alias")
            elif alias in duenos:
                lector.problema(ruta, variable.linea, f"variables.{nombre}.alias",
                                f"'{alias}' ya es alias de '{duenos[alias]}'; déjalo en una sola")
            else:
                duenos[alias] = nombre



def _usa_ranuras_pais(espec: Especificacion) -> bool:
    return any(m.group(1).startswith("pais.") for t in _textos_con_ranuras(espec)
               for m in RANURA.finditer(t))


def _claves_legales_usadas(espec: Especificacion) -> dict[str, str]:
    """Las claves ``X`` de ``[[ pais.legal.X ]]`` que piden tipos, sectores y maquetas, con
    el primer archivo que la pide (para el mensaje de error)."""
    usadas: dict[str, str] = {}
    for sector in espec.sectores.values():
        for perfil in sector.perfiles.values():
            for x in perfil.textos.values():
                for r in x.values():
                    for t in r.values():
                        for m in RANURA.finditer(t):
                            if m.group(1).startswith("pais.legal."):
                                usadas.setdefault(m.group(1)[len("pais.legal."):], sector.archivo)
    for t in _textos_con_ranuras(espec):
        for m in RANURA.finditer(t):
            if m.group(1).startswith("pais.legal."):
                usadas.setdefault(m.group(1)[len("pais.legal."):], "mensajes/")
    return usadas


def _comprobar_claves_legales(lector: _Lector, espec: Especificacion, datos_textos_pais,
                              tipos_con_problemas: set[str] = frozenset()) -> None:
    """Toda ``[[ pais.legal.X ]]`` pedida existe en cada país (si faltara en uno, su texto
    saldría con la ranura sin sustituir); toda clave que no es un tipo la pide alguien."""
    usadas = _claves_legales_usadas(espec)
    for _codigo, (ruta, d) in (datos_textos_pais or {}).items():
        legal = d.get("legal") or {}
        for clave, archivo in sorted(usadas.items()):
            if clave not in legal:
                lector.problema(ruta, d.linea_de("legal") if "legal" in d else d.linea,
                                f"legal.{clave}",
                                f"{archivo or 'un texto'} usa [[ pais.legal.{clave} ]] y este país "
                                "no la define: escribe su frase (tu, usted, fuente) o déjala en "
                                "\"\" si aquí no se dice nada")
        for clave in legal:
            # Una clave que nadie pide puede ser de un sector que este árbol no tiene; solo se
            # señala si se parece a una que sí se pide (una errata).
            tipo = clave.rsplit("_", 1)[0] if clave.endswith(tuple(f"_{a}" for a in AUDIENCIAS)) else clave
            if tipo in espec.tipos or clave in usadas or tipo in tipos_con_problemas:
                continue
            sug = quisiste_decir(clave, [c for c in usadas if c not in legal])
            if sug:
                lector.problema(ruta, legal.linea_de(clave), f"legal.{clave}",
                                f"ni es un tipo (o <tipo>_b2b, <tipo>_b2c) ni la pide ningún texto "
                                f"con [[ pais.legal.{clave} ]];{sug}")


def _textos_con_ranuras(espec: Especificacion) -> list[str]:
    textos = [c.maqueta for c in espec.canales.values()]
    for tipo in espec.tipos.values():
        for tc in tipo.textos.values():
            textos += [*tc.cuerpo.values(), *(tc.asunto or {}).values()]
        textos += [t for r in tipo.por_defecto.values() for t in r.values()]
    for sector in espec.sectores.values():
        for perfil in sector.perfiles.values():
            textos += [t for x in perfil.textos.values() for r in x.values() for t in r.values()]
    return textos
