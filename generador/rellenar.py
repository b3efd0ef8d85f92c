"""Relleno: plantilla canónica + datos -> mensaje.

Una plantilla canónica solo tiene texto y marcadores ``{{ variable }}`` (sin lógica), así
que se rellena con una sola sustitución, sin compilar nada: cada marcador se cambia por su
valor tal cual (un valor con ``{{``, ``<script>`` o ``*|X|*`` queda literal, nunca se
interpreta). Como con ``StrictUndefined``, un valor que falta es un error, nunca un hueco
vacío; y un marcador que no es canónico (``{{ a.b }}``, ``{{ x|filtro }}``) también. Los
datos de ejemplo se formatean por locale con Babel (es_ES ``1.234,50 €``, es_MX
``$1,234.50``; fechas largas ``5 de marzo de 2025``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from generador import ejemplos_pais
from generador.errores import ErrorCobro
from generador.modelo import Especificacion, Mensaje, Plantilla, Variable

#: Un marcador entre llaves dobles (acotado: el texto entre ellas no pasa de 200 caracteres).
_MARCADOR = re.compile(r"\{\{([^{}]{0,200})\}\}")
_NOMBRE = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*")


def sin_punto_doble(valor: str, textos: tuple[str, ...], marcador: re.Pattern) -> str:
    """El valor de un marcador sin su punto final si en ``textos`` cada aparición del
    marcador va seguida de un punto (y no de unos puntos suspensivos).

    Para quien rellena tal cual fuera de cobro (SendGrid, Postmark, Mailchimp, Liquid, Word,
    las ``ContentVariables`` de Twilio): «te escribimos de {{ empresa }}.» con «Lumen S.L.»
    daría «S.L..»; cobro, al rellenar, lo evita en :func:`rellenar_texto`."""
    if not valor.endswith(".") or valor.endswith(".."):
        return valor
    siguientes = [t[m.end():m.end() + 2] for t in textos for m in marcador.finditer(t)]
    if siguientes and all(s.startswith(".") and s != ".." for s in siguientes):
        return valor[:-1]
    return valor


def rellenar_texto(texto: str, datos: Mapping[str, Any], donde: str = "") -> str:
    """Rellena un texto canónico; un marcador sin dato (o no canónico) lanza ErrorCobro.

    Un valor que acaba en punto (``Lumen S.L.``) delante del punto del texto no lo duplica:
    «te escribimos de Lumen S.L.», no «S.L..»."""
    lugar = f" en {donde}" if donde else ""

    def poner(m: re.Match) -> str:
        nombre = _NOMBRE.fullmatch(m.group(1))
        if nombre is None:
            raise ErrorCobro(
                f"marcador no canónico '{m.group()}'{lugar}: una plantilla canónica solo lleva "
                "marcadores {{ variable }}, sin expresiones ni filtros"
            )
        variable = nombre.group(1)
        if variable not in datos:
            raise ErrorCobro(
                f"falta el valor de la variable '{variable}'{lugar}; añádelo a los datos de relleno"
            )
        return str(datos[variable])

    partes: list[str] = []
    desde = 0
    for m in _MARCADOR.finditer(texto):
        valor = poner(m)
        partes += [texto[desde:m.start()], valor]
        desde = m.end()
        if valor.endswith(".") and texto.startswith(".", desde) and not texto.startswith("..", desde):
            desde += 1
    partes.append(texto[desde:])
    return "".join(partes)


def rellenar(plantilla: Plantilla, datos: Mapping[str, Any]) -> Mensaje:
    """Rellena asunto y cuerpo de una plantilla."""
    asunto = (
        rellenar_texto(plantilla.asunto, datos, f"el asunto de {plantilla.id}")
        if plantilla.asunto is not None else None
    )
    cuerpo = rellenar_texto(plantilla.cuerpo, datos, plantilla.id)
    return Mensaje(cuerpo=cuerpo, asunto=asunto)


def formatear(variable: Variable, locale: str, moneda: str) -> str:
    """Valor de ejemplo de una variable, formateado para el locale.

    Los espacios de no separación que pone Babel (``1.234,50\xa0€``) se cambian por
    espacios normales: no están en GSM-7 y pasarían cualquier SMS a UCS-2."""
    from generador.valores import problema_ejemplo

    problema = problema_ejemplo(variable.tipo, variable.ejemplo)
    if problema:
        lugar = f"{variable.archivo}:{variable.linea}: " if variable.archivo else ""
        raise ErrorCobro(f"{lugar}{variable.nombre}: {problema}")
    try:
        return _formatear_guardado(variable.tipo, variable.ejemplo, locale, moneda)
    except TypeError:  # un ejemplo que no se puede usar de clave (una lista...)
        pass
    # una relación de facturas (lista de mapas): se recuerda por su repr, que la identifica
    # (generar la pide a Babel una vez por sector, audiencia y tipo de cada país)
    clave = (variable.tipo, repr(variable.ejemplo), locale, moneda)
    texto = _LISTAS_FORMATEADAS.get(clave)
    if texto is None:
        if len(_LISTAS_FORMATEADAS) >= 1024:
            _LISTAS_FORMATEADAS.clear()
        texto = _LISTAS_FORMATEADAS[clave] = _sin_espacios_duros(
            _formatear(variable.tipo, variable.ejemplo, locale, moneda))
    return texto


_LISTAS_FORMATEADAS: dict[tuple[str, str, str, str], str] = {}


@lru_cache(maxsize=16384)
def _formatear_guardado(tipo: str, valor: Any, locale: str, moneda: str) -> str:
    """Cada valor se formatea una vez por locale: generar todos los países pide los mismos
    importes y fechas a Babel cientos de veces (por sector, audiencia y tipo)."""
    return _sin_espacios_duros(_formatear(tipo, valor, locale, moneda))


def _sin_espacios_duros(texto: str) -> str:
    return texto.replace("\xa0", " ").replace("\u202f", " ")


def _formatear(tipo: str, valor: Any, locale: str, moneda: str) -> str:
    from babel.dates import format_date
    from babel.numbers import format_currency, format_decimal

    if tipo == "importe":
        return format_currency(float(valor), moneda, locale=locale)
    if tipo == "fecha":
        fecha = valor if isinstance(valor, dt.date) else dt.date.fromisoformat(str(valor))
        return format_date(fecha, format="long", locale=locale)
    if tipo == "numero" and isinstance(valor, (int, float)):
        return format_decimal(valor, locale=locale)
    if isinstance(valor, list):  # una relación: «- concepto: importe» por línea (ver valores)
        return "\n".join(
            f"- {linea['texto']}: {format_currency(float(linea['importe']), moneda, locale=locale)}"
            for linea in valor)
    return str(valor)


def _fecha(valor: Any) -> dt.date:
    return valor if isinstance(valor, dt.date) else dt.date.fromisoformat(str(valor))


def _fechas_de_la_escalera(espec: Especificacion, tipo: str,
                           variables: dict[str, Variable]) -> None:
    """Fecha los ejemplos según la etapa del tipo: la carta sale el día de su peldaño
    (``vencimiento + etapa.dia``, o ``dia_ejemplo`` en las etapas sin día), el plazo
    (``fecha_limite``) y la primera cuota van ``plazo`` días después de la carta, y el pago
    recibido, antes de ella. Así ningún plazo queda antes de la carta que lo da."""
    etapa = espec.etapas.get(espec.etapa_de_tipo(tipo) or "")
    if etapa is None or "fecha_vencimiento" not in variables:
        return
    dia = etapa.dia if etapa.dia is not None else etapa.dia_ejemplo
    if dia is None:
        return
    carta = _fecha(variables["fecha_vencimiento"].ejemplo) + dt.timedelta(days=dia)
    fechas = {
        "fecha_carta": carta,
        "fecha_limite": carta + dt.timedelta(days=etapa.plazo),
        "fecha_primera_cuota": carta + dt.timedelta(days=etapa.plazo),
        "fecha_pago": carta - dt.timedelta(days=1),
    }
    for nombre, fecha in fechas.items():
        if nombre in variables:
            variables[nombre] = replace(variables[nombre], ejemplo=fecha)


def _coherentes(variables: dict[str, Variable], propios: dict[str, Any]) -> None:
    """Ejemplos que dependen de otros: si el perfil cambia el cliente o el importe, el
    saludo, el desglose y el pago parcial lo siguen (nombre de pila, tratamiento, principal,
    lo recibido y lo que queda)."""
    if "nombre_cliente" in propios:
        completo = str(propios["nombre_cliente"])
        if "nombre" in variables and "nombre" not in propios:
            variables["nombre"] = replace(variables["nombre"], ejemplo=completo.split()[0])
        if "tratamiento" in variables and "tratamiento" not in propios:
            variables["tratamiento"] = replace(variables["tratamiento"],
                                               ejemplo="Estimado cliente")
    if "importe" in propios and "importe_principal" in variables and \
            "importe_principal" not in propios:
        extra = sum(float(variables[n].ejemplo) for n in ("intereses", "gastos") if n in variables)
        variables["importe_principal"] = replace(
            variables["importe_principal"], ejemplo=round(float(propios["importe"]) - extra, 2))
    if "importe" in propios and {"importe_recibido", "importe_pendiente"} <= variables.keys() \
            and not {"importe_recibido", "importe_pendiente"} & propios.keys():
        total = float(propios["importe"])
        recibido = round(total * 0.4, 2)  # un pago parcial verosímil: algo menos de la mitad
        variables["importe_recibido"] = replace(variables["importe_recibido"], ejemplo=recibido)
        variables["importe_pendiente"] = replace(variables["importe_pendiente"],
                                                 ejemplo=round(total - recibido, 2))


def datos_ejemplo(espec: Especificacion, locale: str | None = None,
                  sector: str | None = None, audiencia: str | None = None,
                  tipo: str | None = None) -> dict[str, str]:
    """Datos de ejemplo para un locale: todas las variables (globales y de sectores), con
    los ejemplos propios del perfil ``sector``/``audiencia`` si se indica y, con ``tipo``,
    las fechas de su peldaño de la escalera."""
    from generador.errores import valor_desconocido

    codigo = locale or espec.locale_predeterminado
    if codigo not in espec.locales:
        raise ErrorCobro(f"--locale: {valor_desconocido('el locale', codigo, espec.locales)}")
    datos_locale = espec.locales[codigo]
    variables: dict[str, Variable] = dict(espec.variables)
    perfil = None
    for cada_sector in espec.sectores.values():
        for cada_perfil in cada_sector.perfiles.values():
            variables.update(cada_perfil.variables)
    if sector is not None:
        perfiles = espec.sectores[sector].perfiles
        perfil = perfiles[audiencia or next(iter(perfiles))]
        for nombre, valor in perfil.ejemplos.items():
            variables[nombre] = replace(variables[nombre], ejemplo=valor)
        _coherentes(variables, perfil.ejemplos)
    variables = ejemplos_pais.aplicar(espec, codigo, variables, _de_sector(espec, codigo, perfil))
    if tipo is not None:
        _fechas_de_la_escalera(espec, tipo, variables)
    datos = {n: formatear(v, codigo, datos_locale.moneda) for n, v in variables.items()}
    if "lugar" in datos:
        datos["lugar"] = datos_locale.lugar
    return datos


def _de_sector(espec: Especificacion, locale: str, perfil) -> frozenset[str]:
    """Los ejemplos del sector que el país no cambia: los sectores escriben los suyos para el
    país predeterminado, así que allí mandan los del sector; en otro país mandan los del país
    (su RFC, su dirección, su teléfono) y los importes del sector pasan a su escala."""
    if perfil is None:
        return frozenset()
    pais = espec.pais_de_locale(locale)
    if pais is not None and pais.codigo == espec.pais_predeterminado:
        return frozenset(perfil.ejemplos)
    return frozenset()


class Relleno:
    """Rellena plantillas con los datos de ejemplo de su perfil (sector y audiencia) y las
    fechas de la etapa de su tipo.

    Valida el locale al crearse y calcula los datos de cada perfil una sola vez; la usan
    ``cobro generar``, los exportadores y el sitio para que su ejemplo relleno sea el mismo.
    """

    def __init__(self, espec: Especificacion, locale: str | None = None) -> None:
        self.espec = espec
        self.locale = locale or espec.locale_predeterminado
        datos_ejemplo(espec, self.locale)  # lanza ErrorCobro si el locale no existe
        self._por_perfil: dict[tuple[str, str, str], dict[str, str]] = {}
        self._ejemplos: dict[str, Mensaje] = {}

    def datos(self, plantilla: Plantilla) -> dict[str, str]:
        clave = (plantilla.sector, plantilla.audiencia, plantilla.tipo)
        if clave not in self._por_perfil:
            self._por_perfil[clave] = datos_ejemplo(self.espec, self.locale, *clave)
        return self._por_perfil[clave]

    def todos_los_datos(self) -> list[dict[str, str]]:
        """Los datos de ejemplo ya calculados (uno por sector, audiencia y tipo)."""
        return list(self._por_perfil.values())

    def ejemplo(self, plantilla: Plantilla) -> Mensaje:
        if plantilla.id not in self._ejemplos:
            self._ejemplos[plantilla.id] = rellenar(plantilla, self.datos(plantilla))
        return self._ejemplos[plantilla.id]
