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
from generador.modelo import (
    AUDIENCIAS,
    CANALES,
    ELEMENTOS,
    REGISTROS,
    TIPOS_VARIABLE,
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
    Tipo,
    Variable,
)
from generador.valores import comprobar_ejemplos, comprobar_textos_de_sector, problema_texto
from generador.yaml_lineas import Mapa, cargar_archivo

# --- Esquemas ---------------------------------------------------------------------------

POR_REGISTRO = E.Diccionario(
    E.Campo(str), claves=REGISTROS, descripcion="el mismo texto en tú y en usted"
)

ESQUEMA_VARIABLE = E.Mapa(
    {
        "descripcion": E.Campo(str, descripcion="qué contiene la variable"),
        "tipo": E.Campo(str, valores=TIPOS_VARIABLE, descripcion="cómo se formatea el ejemplo"),
        "ejemplo": E.Campo((str, int, float, dt.date), descripcion="valor de ejemplo"),
        "elemento": E.Campo(
            str, requerido=False, valores=ELEMENTOS,
            descripcion="elemento obligatorio que satisface",
        ),
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
                }
            ),
            claves=CANALES,
            no_vacio=True,
        )
    }
)

ESQUEMA_PAISES = E.Mapa(
    {
        "predeterminado": E.Campo(str, descripcion="código del país por defecto"),
        "paises": E.Diccionario(
            E.Mapa({
                "nombre": E.Campo(str),
                "locale": E.Campo(str, patron=re.compile(r"^[a-z]{2}_[A-Z]{2}$"),
                                  descripcion="locale de Babel, p. ej. es_MX"),
                "moneda": E.Campo(str, patron=re.compile(r"^[A-Z]{3}$"), descripcion="ISO 4217"),
                "zona_horaria": E.Campo(str, descripcion="IANA, p. ej. America/Lima"),
                "festivos": E.Campo(str, descripcion="código de país de la biblioteca holidays"),
                "lugar": E.Campo(str, descripcion="ciudad de ejemplo para las cartas"),
            }),
            patron_clave=re.compile(r"^[a-z]{2}$"),
            no_vacio=True,
        ),
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
                    "cuerpo": POR_REGISTRO}),
            claves=CANALES,
            no_vacio=True,
        ),
        "exclusiones": E.Lista(ESQUEMA_EXCLUSION, requerido=False),
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
        "frases": E.Diccionario(POR_REGISTRO, no_vacio=True),
        "frases_sms": E.Diccionario(
            E.Diccionario(E.Campo(str, vacio=True), claves=REGISTROS), requerido=False,
            descripcion="frase corta para SMS; puede ser vacía",
        ),
        "variables": E.Diccionario(ESQUEMA_VARIABLE, requerido=False),
        "ejemplos": E.Diccionario(
            E.Campo((str, int, float, dt.date)), requerido=False,
            descripcion="valores de ejemplo propios del sector (empresa, referencia...)",
        ),
        "exclusiones": E.Lista(ESQUEMA_EXCLUSION, requerido=False),
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

MARCADOR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
RANURA = re.compile(r"\[\[\s*([a-z_][a-z0-9_.]*)\s*\]\]")
LOGICA = re.compile(r"\{%|%\}|\{#|#\}|\{\{(?!\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\})")

# Ranuras de composición que puede usar el texto de un tipo o de una maqueta.
RANURAS_REFERENCIA = ("referencia.nombre", "referencia.con_articulo", "referencia.con_de",
                      "referencia.etiqueta")
RANURAS_TIPO = ("frase", *RANURAS_REFERENCIA, "sector.titulo")
RANURAS_MAQUETA = (*RANURAS_TIPO, "cuerpo", "asunto")


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


def _variable(nombre: str, datos: Mapa, archivo: str, linea: int = 0) -> Variable:
    return Variable(nombre, datos["descripcion"].strip(), datos["tipo"], datos["ejemplo"],
                    datos.get("elemento"), archivo, linea)


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
            "canales.yml, paises.yml, tipos/) y sectores/."
        )
    lector = _Lector(raiz)

    datos = lector.leer(mensajes / "etapas.yml", ESQUEMA_ETAPAS)
    etapas = {
        n: Etapa(n, d["titulo"], d["orden"], d["dia"], d["tono"], d["descripcion"].strip(),
                 d.get("formal", False))
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
        n: Canal(n, d["titulo"], d["maqueta"], d.get("max_segmentos"))
        for n, d in (datos or {}).get("canales", {}).items()
    }
    datos_canales = datos
    paises, pais_predeterminado = _cargar_paises(lector, raiz)
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
        textos = {
            c: TextoCanal(
                cuerpo={r: t.strip("\n") for r, t in tc["cuerpo"].items()},
                asunto={r: t.strip() for r, t in tc["asunto"].items()} if "asunto" in tc else None,
            )
            for c, tc in d["canales"].items()
        }
        tipos[d["nombre"]] = Tipo(
            d["nombre"], d["titulo"], d["proposito"].strip(), d["etapa"], d["tono"], textos,
            _exclusiones(d.get("exclusiones"), lector.nombre(ruta), tipo=d["nombre"]),
            lector.nombre(ruta),
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
                frases={t: {r: x.strip() for r, x in v.items()} for t, v in p["frases"].items()},
                frases_sms={
                    t: {r: x.strip() for r, x in v.items()}
                    for t, v in p.get("frases_sms", {}).items()
                },
                variables={n: _variable(n, v, archivo) for n, v in p.get("variables", {}).items()},
                ejemplos=dict(p.get("ejemplos", {})),
                exclusiones=_exclusiones(p.get("exclusiones"), archivo, sector=d["nombre"],
                                         audiencia=audiencia),
            )
        sectores[d["nombre"]] = Sector(d["nombre"], d["titulo"], d["descripcion"].strip(),
                                       perfiles, archivo)
        datos_sectores[d["nombre"]] = (ruta, d)

    predeterminado = (paises[pais_predeterminado].locale if pais_predeterminado in paises
                      else next(iter(locales), "es_ES"))
    espec = Especificacion(raiz, etapas, variables, tipos, sectores, canales, locales,
                           predeterminado, paises, pais_predeterminado)
    _comprobar_referencias(lector, espec, datos_tipos, datos_sectores, datos_canales, mensajes,
                           tipos_con_problemas)
    comprobar_ejemplos(espec, datos_sectores, mensajes, lector.problema)
    comprobar_textos_de_sector(datos_sectores, lector.problema)
    if lector.problemas:
        raise ErrorEspecificacion(lector.problemas)
    return espec


def _cargar_paises(lector: _Lector, raiz: Path) -> tuple[dict[str, Pais], str | None]:
    """La tabla ``mensajes/paises.yml`` y la sección ``contacto`` de cada paquete de país."""
    from generador.arbol import carpeta_reglas

    ruta = raiz / "mensajes" / "paises.yml"
    datos = lector.leer(ruta, ESQUEMA_PAISES)
    if datos is None:
        return {}, None
    paises: dict[str, Pais] = {}
    for codigo, d in datos["paises"].items():
        if not _zona_valida(d["zona_horaria"]):
            lector.problema(ruta, d.linea_de("zona_horaria"), f"paises.{codigo}.zona_horaria",
                            f"'{d['zona_horaria']}' no es una zona horaria IANA (p. ej. America/Lima)")
        paises[codigo] = Pais(codigo, d["nombre"], d["locale"], d["moneda"], d["zona_horaria"],
                              d["festivos"], d["lugar"])
    predeterminado = datos["predeterminado"]
    if predeterminado not in paises:
        lector.problema(ruta, datos.linea_de("predeterminado"), "predeterminado",
                        _desconocido("el país", predeterminado, paises))
        predeterminado = None
    carpeta = carpeta_reglas(raiz) / "paises"
    for ruta_paquete in sorted(carpeta.glob("*.yml")) if carpeta.is_dir() else ():
        codigo = ruta_paquete.stem
        paquete = lector.leer(ruta_paquete, ESQUEMA_PAQUETE_PAIS)
        if paquete is None:
            continue
        if paquete["pais"] != codigo:
            lector.problema(ruta_paquete, paquete.linea_de("pais"), "pais",
                            f"'{paquete['pais']}' no coincide con el nombre del archivo '{codigo}'")
            continue
        if codigo not in paises:
            if carpeta.parent.parent == raiz:  # solo si el paquete es del propio árbol
                lector.problema(ruta_paquete, paquete.linea_de("pais"), "pais",
                                f"el país '{codigo}' no está en mensajes/paises.yml; añade su línea")
            continue
        paises[codigo] = replace(
            paises[codigo], contacto=paquete.get("contacto"),
            paquete=lector.nombre(ruta_paquete), linea_contacto=paquete.linea_de("contacto"),
        )
    return paises, predeterminado


def _zona_valida(nombre: str) -> bool:
    import zoneinfo

    try:
        zoneinfo.ZoneInfo(nombre)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


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
        if "sector" in e and e["sector"] not in espec.sectores:
            lector.problema(ruta, linea, f"exclusiones[{i}].sector",
                            _desconocido("el sector", e["sector"], espec.sectores))


def _comprobar_referencias(lector, espec: Especificacion, datos_tipos, datos_sectores,
                           datos_canales, mensajes: Path, tipos_con_problemas: set[str]) -> None:
    """Referencias entre archivos. Un tipo cuyo archivo ya tiene problemas no se da por
    inexistente (para no repetir el mismo error en cascada)."""
    globales = set(espec.variables)
    usadas: set[str] = set()
    ruta_canales = mensajes / "canales.yml"
    for nombre, canal in espec.canales.items():
        linea = datos_canales["canales"][nombre].linea_de("maqueta") if datos_canales else 0
        usadas |= _comprobar_texto(lector, ruta_canales, linea, f"canales.{nombre}.maqueta",
                                   canal.maqueta, globales, RANURAS_MAQUETA)
        if "[[ cuerpo ]]" not in canal.maqueta.replace("[[cuerpo]]", "[[ cuerpo ]]"):
            lector.problema(ruta_canales, linea, f"canales.{nombre}.maqueta",
                            "la maqueta debe incluir la ranura [[ cuerpo ]]")

    for nombre, (ruta, d) in datos_tipos.items():
        tipo = espec.tipos[nombre]
        if tipo.etapa not in espec.etapas:
            lector.problema(ruta, d.linea_de("etapa"), "etapa",
                            _desconocido("la etapa", tipo.etapa, espec.etapas))
        _comprobar_exclusiones(lector, ruta, d.get("exclusiones"), espec)
        for canal, tc in d["canales"].items():
            if canal not in espec.canales:
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
            disponibles = globales | set(perfil.variables)
            usadas_perfil: set[str] = set()
            for clave in ("frases", "frases_sms"):
                for tipo, por_registro in dp.get(clave, {}).items():
                    if tipo in tipos_con_problemas:
                        continue
                    if tipo not in espec.tipos:
                        lector.problema(ruta, dp[clave].linea_de(tipo),
                                        f"audiencias.{audiencia}.{clave}.{tipo}",
                                        _desconocido("el tipo", tipo, espec.tipos))
                        continue
                    for registro in REGISTROS:
                        if registro not in por_registro:
                            lector.problema(ruta, por_registro.linea,
                                            f"audiencias.{audiencia}.{clave}.{tipo}.{registro}",
                                            "falta el texto en este registro")
                            continue
                        usadas_perfil |= _comprobar_texto(
                            lector, ruta, por_registro.linea_de(registro),
                            f"audiencias.{audiencia}.{clave}.{tipo}.{registro}",
                            por_registro[registro], disponibles, RANURAS_REFERENCIA,
                        )
            excluidos = {e.tipo for e in perfil.exclusiones if e.canal is None and e.registro is None}
            for tipo in espec.tipos:
                if tipo not in perfil.frases and tipo not in excluidos and not tipos_con_problemas:
                    lector.problema(ruta, dp["frases"].linea, f"audiencias.{audiencia}.frases.{tipo}",
                                    "falta la frase del sector para este tipo (o exclúyelo con motivo)")
            _comprobar_exclusiones(lector, ruta, dp.get("exclusiones"), espec, tipos_con_problemas)
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
    for nombre, variable in espec.variables.items():
        if nombre not in usadas and datos_tipos and datos_sectores:
            lector.problema(mensajes / "variables.yml", variable.linea, f"variables.{nombre}",
                            "se declara pero ninguna plantilla la usa; quítala o úsala")

