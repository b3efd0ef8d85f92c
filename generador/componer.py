"""Composición: especificación YAML + maquetas de canal -> plantillas canónicas.

Una plantilla canónica contiene texto plano y marcadores ``{{ variable }}``, nada más. Aquí
se resuelven el sector (su frase para cada tipo y cómo llama a lo que se cobra), el tipo,
la etapa, el canal y el registro. Las combinaciones excluidas en los datos se devuelven con
su motivo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generador import llamada, sms, voseo, whatsapp
from generador.cargar import MARCADOR, RANURA
from generador.errores import ErrorCobro, ErrorEspecificacion, Problema, valor_desconocido
from generador.modelo import (
    RANURAS_SECTOR,
    REGISTROS,
    Especificacion,
    Perfil,
    Plantilla,
    Sector,
    TextosPais,
    Tipo,
)


@dataclass(frozen=True)
class Filtros:
    """Qué subconjunto del catálogo componer (None = todo)."""

    sector: str | None = None
    tipo: str | None = None
    canal: str | None = None
    registro: str | None = None
    audiencia: str | None = None

    def validar(self, espec: Especificacion) -> None:
        """Lanza ErrorCobro con '¿quisiste decir...?' si un valor no existe."""
        canales = sorted({c for t in espec.tipos.values() for c in t.canales})
        audiencias = sorted({a for s in espec.sectores.values() for a in s.audiencias})
        for que, clave, valor, opciones in (
            ("el sector", "--sector", self.sector, espec.sectores),
            ("el tipo", "--tipo", self.tipo, espec.tipos),
            ("el canal", "--canal", self.canal, canales),
            ("el registro", "--registro", self.registro, REGISTROS),
            ("la audiencia", "--audiencia", self.audiencia, audiencias),
        ):
            if valor is not None and valor not in opciones:
                raise ErrorCobro(f"{clave}: {valor_desconocido(que, valor, opciones)}")


@dataclass(frozen=True)
class Excluida:
    """Una combinación que los datos excluyen, con su motivo y dónde se declara."""

    sector: str
    audiencia: str
    tipo: str
    canal: str
    registro: str
    motivo: str
    archivo: str


@dataclass
class Composicion:
    """Resultado de componer: las plantillas y las combinaciones excluidas."""

    plantillas: list[Plantilla] = field(default_factory=list)
    excluidas: list[Excluida] = field(default_factory=list)


def identificador(sector: Sector, audiencia: str, tipo: str, canal: str, registro: str) -> str:
    """Id estable: sector[-audiencia]-tipo-canal-registro (audiencia solo si hay varias)."""
    partes = [sector.nombre]
    if len(sector.perfiles) > 1:
        partes.append(audiencia)
    partes += [tipo, canal, registro]
    return "-".join(partes)


def id_con_pais(pais: str | None, identificador: str) -> str:
    """El id de una plantilla generada para un país: ``mx-turismo-...``. Es el mismo con
    ``--pais mx`` que generando todos los países, para que no cambie entre ejecuciones."""
    return f"{pais}-{identificador}" if pais else identificador


def textos_de_pais(espec: Especificacion, pais: str | None) -> TextosPais | None:
    """El texto de país con el que se compone: el de ``pais`` o, sin país, el del país
    predeterminado. Pedir un país sin ``mensajes/paises/<cc>.yml`` es un error claro (nunca
    se cae en el texto de otro país)."""
    if pais is None:
        return espec.textos_pais.get(espec.pais_predeterminado or "")
    if pais not in espec.paises:
        raise ErrorCobro(f"--pais: {valor_desconocido('el país', pais, espec.paises)}")
    if pais not in espec.textos_pais:
        raise ErrorCobro(
            f"--pais {pais}: {espec.paises[pais].nombre} todavía no tiene su texto "
            f"(vocabulario, vías de pago, frases legales); crea mensajes/paises/{pais}.yml "
            "como los de los demás países o genera sin --pais")
    return espec.textos_pais[pais]


def componer(espec: Especificacion, filtros: Filtros | None = None,
             pais: str | None = None) -> Composicion:
    """Compone todas las plantillas que pasan ``filtros`` (con el texto de ``pais``)."""
    filtros = filtros or Filtros()
    filtros.validar(espec)
    textos_pais = textos_de_pais(espec, pais)
    resultado = Composicion()
    problemas: list[Problema] = []
    for sector in espec.sectores.values():
        if filtros.sector not in (None, sector.nombre):
            continue
        for audiencia, perfil in sector.perfiles.items():
            if filtros.audiencia not in (None, audiencia):
                continue
            for tipo in espec.tipos.values():
                if filtros.tipo not in (None, tipo.nombre):
                    continue
                for canal in tipo.canales:
                    if filtros.canal not in (None, canal):
                        continue
                    for registro in REGISTROS:
                        if filtros.registro not in (None, registro):
                            continue
                        exclusion = next(
                            (e for e in (*tipo.exclusiones, *perfil.exclusiones)
                             if e.aplica(sector.nombre, audiencia, tipo.nombre, canal, registro,
                                         pais or espec.pais_predeterminado)),
                            None,
                        )
                        if exclusion is not None:
                            resultado.excluidas.append(Excluida(
                                sector.nombre, audiencia, tipo.nombre, canal, registro,
                                exclusion.motivo, exclusion.archivo))
                            continue
                        try:
                            resultado.plantillas.append(
                                componer_una(espec, sector, perfil, tipo, canal, registro,
                                             textos_pais)
                            )
                        except ErrorEspecificacion as exc:  # reglas de la plataforma
                            problemas += exc.problemas
    if problemas:
        raise ErrorEspecificacion(_agrupar(problemas), sujeto="Las plantillas de WhatsApp tienen")
    return resultado


def componer_una(espec: Especificacion, sector: Sector, perfil: Perfil, tipo: Tipo, canal: str,
                 registro: str, textos_pais: TextosPais | None = None) -> Plantilla:
    """Compone una plantilla concreta."""
    texto = tipo.textos[canal]
    referencia = perfil.referencia
    if canal == "sms" and perfil.referencia_sms is not None:
        referencia = perfil.referencia_sms
    valores = {ranura: perfil.texto(tipo, ranura, registro) for ranura in RANURAS_SECTOR}
    valores.update({
        "referencia.nombre": referencia.nombre,
        "referencia.con_articulo": referencia.con_articulo,
        "referencia.con_de": referencia.con_de,
        "referencia.etiqueta": referencia.etiqueta,
        "sector.titulo": sector.titulo,
    })
    if textos_pais is not None:
        valores.update(textos_pais.ranuras(registro, tipo.nombre, perfil.audiencia))
    # [[ concepto ]] (lo pide el bloque de pago del país): el del sector o el tipo o, si no, el
    # del país para la audiencia; una sola instrucción sobre el concepto en cada plantilla. Un
    # árbol propio que no declara las variables del concepto del país usa la referencia.
    concepto = perfil.texto(tipo, "concepto", registro) or valores.get("concepto") or ""
    marcadores = [m.group(1) for m in MARCADOR.finditer(concepto)]
    if not concepto or (marcadores and not espec.todas_las_variables().keys() >= set(marcadores)):
        concepto = "{{ referencia }}"
    valores["concepto"] = concepto
    valores = _Anotadas(valores)  # recuerda qué frases legales del país se usan (sus fuentes)
    maqueta = espec.canales[canal]
    etapa = espec.etapas.get(tipo.etapa)
    valores["envio"] = maqueta.envio if etapa is not None and etapa.formal else ""
    valores["destinatario"] = maqueta.destinatario.get(perfil.audiencia, "{{ nombre_cliente }}")
    asunto = None
    if texto.asunto is not None:
        asunto = _limpiar(_resolver(texto.asunto[registro], valores))
        valores["asunto"] = asunto
    valores["cuerpo"] = _resolver(texto.cuerpo[registro], valores)
    cuerpo = _limpiar(_resolver(espec.canales[canal].maqueta, valores))
    con_voseo = textos_pais is not None and textos_pais.voseo and registro == "tu"
    tabla = voseo.tabla(espec.raiz) if con_voseo else None  # Argentina: el tú, con vos
    estructura = None
    if canal == "whatsapp":
        estructura = _whatsapp(espec, sector, perfil, tipo, registro, texto, valores, cuerpo,
                               tabla, textos_pais)
        cuerpo = whatsapp.texto(estructura)
    elif canal == "llamada":
        estructura = _llamada(espec, tipo, registro, texto, valores, cuerpo, tabla,
                              textos_pais, perfil)
        cuerpo = llamada.texto(estructura)
    elif tabla is not None:
        cuerpo = tabla.aplicar(cuerpo, sms=canal == "sms")
        asunto = tabla.aplicar(asunto) if asunto is not None else None
    asunto_email = asunto if canal == "email" else None
    variables = list(dict.fromkeys(
        m.group(1) for m in MARCADOR.finditer(f"{asunto_email or ''}\n{cuerpo}")
    ))
    cuerpo = _normalizar_marcadores(cuerpo)
    variante = None
    if canal == "sms":
        analisis = sms.analizar(cuerpo)
        if analisis.codificacion == sms.UCS2:
            variante = sms.a_gsm7(cuerpo)
    return Plantilla(
        id=identificador(sector, perfil.audiencia, tipo.nombre, canal, registro),
        sector=sector.nombre,
        audiencia=perfil.audiencia,
        tipo=tipo.nombre,
        etapa=tipo.etapa,
        canal=canal,
        registro=registro,
        cuerpo=cuerpo,
        variables=variables,
        asunto=_normalizar_marcadores(asunto_email) if asunto_email else None,
        titulo=f"{tipo.titulo} · {sector.titulo} ({perfil.audiencia.upper()}) · "
               f"{espec.canales[canal].titulo} · {'tú' if registro == 'tu' else 'usted'}",
        variante_gsm7=variante,
        fuentes_legales=(textos_pais.fuentes(_en_orden(
            valores.legales(textos_pais, tipo.nombre, perfil.audiencia), textos_pais, registro,
            f"{asunto or ''}\n{cuerpo}")) if textos_pais else ()),
        estructura=_normalizar_estructura(estructura),
    )


def _en_orden(claves: list[str], textos_pais: TextosPais, registro: str, texto: str) -> list[str]:
    """Las claves en el orden en que sus frases aparecen en el texto (las que no se
    encuentran tal cual, p. ej. pasadas a voseo, al final en el orden de sustitución)."""
    def posicion(clave: str) -> int:
        frase = textos_pais.legal.get(clave, {}).get(registro, "")[:40]
        i = texto.find(frase) if frase else -1
        return i if i >= 0 else len(texto)
    return sorted(claves, key=posicion)


class _Anotadas(dict):
    """Los valores de las ranuras, anotando qué ``[[ pais.legal* ]]`` se han sustituido."""

    def get(self, clave, defecto=None):
        if clave == "pais.legal" or clave.startswith("pais.legal."):
            self.setdefault("__legales__", []).append(clave)
        return super().get(clave, defecto)

    def legales(self, textos_pais: TextosPais, tipo: str, audiencia: str) -> list[str]:
        claves: list[str] = []
        for c in dict.get(self, "__legales__", []):
            if c == "pais.legal":
                claves += textos_pais.claves_legal(tipo, audiencia)
            else:
                claves.append(c.removeprefix("pais.legal."))
        return list(dict.fromkeys(claves))


def _agrupar(problemas: list[Problema]) -> list[Problema]:
    """Un problema por texto del tipo: el mismo fallo en varios sectores o países se dice
    una vez, con las plantillas en las que ocurre."""
    grupos: dict[tuple, list[str]] = {}
    for p in problemas:
        clave, _, donde = p.clave.partition(" (")
        grupos.setdefault((p.archivo, p.linea, clave, p.mensaje), []).append(donde.rstrip(")"))
    return [Problema(archivo, linea, clave,
                     f"{mensaje} (en {len(dondes)} plantilla{'s' if len(dondes) > 1 else ''}: "
                     f"{', '.join(dondes[:4])}{', ...' if len(dondes) > 4 else ''})")
            for (archivo, linea, clave, mensaje), dondes in grupos.items()]


def _whatsapp(espec: Especificacion, sector: Sector, perfil: Perfil, tipo: Tipo, registro: str,
              texto, valores: dict[str, str], cuerpo: str, tabla, textos_pais) -> dict:
    """La plantilla de WhatsApp como datos (componentes y botones), comprobada contra las
    reglas de la plataforma: si incumple alguna, ErrorEspecificacion con el archivo del tipo,
    la línea y el motivo."""
    canal = espec.canales["whatsapp"]

    def parte(textos: dict[str, str] | None) -> str | None:
        if not textos:
            return None
        valor = _limpiar(_resolver(textos[registro], valores))
        return tabla.aplicar(valor) if tabla is not None else valor

    estructura = {
        "categoria": canal.categoria or whatsapp.CATEGORIA,
        "cabecera": parte(texto.cabecera),
        "cuerpo": tabla.aplicar(cuerpo) if tabla is not None else cuerpo,
        "pie": parte(texto.pie),
        "botones": [{"tipo": b.tipo, "texto": tabla.aplicar(b.texto) if tabla else b.texto,
                     **({"valor": b.valor} if b.valor else {})} for b in texto.botones],
    }
    fallos = whatsapp.problemas(estructura, canal.limites)
    if fallos:
        donde = (f"canales.whatsapp.cuerpo.{registro} ({sector.nombre}/{perfil.audiencia}"
                 f"{' en ' + textos_pais.codigo if textos_pais is not None else ''})")
        raise ErrorEspecificacion([Problema(tipo.archivo, texto.lineas.get(registro, texto.linea),
                                           donde, f)
                                   for f in fallos])
    return estructura


def _llamada(espec: Especificacion, tipo: Tipo, registro: str, texto, valores: dict[str, str],
             motivo: str, tabla, textos_pais, perfil: Perfil) -> dict:
    """El guion de llamada del tipo como datos (secciones, ramas, lo que nunca se dice)."""
    if espec.guion is None:
        raise ErrorCobro(f"{tipo.archivo}: el tipo tiene canal llamada y falta "
                         f"{llamada.ARCHIVO} con el guion común (saludo, ramas, lo que nunca "
                         "se dice)")

    def resolver(t: str) -> str:
        return _limpiar(_resolver(t, valores))

    pais = textos_pais.codigo if textos_pais is not None else None
    estructura = llamada.componer(espec.guion, motivo, registro, pais, resolver, texto.ramas,
                                  tipo.titulo, perfil.guion(registro, pais))
    if tabla is not None:
        for s in (*estructura["secciones"], *estructura["ramas"]):
            s["decir"] = tabla.aplicar(s["decir"])
    return estructura


def _normalizar_estructura(estructura: dict | None) -> dict | None:
    """Los marcadores de la estructura escritos como en el cuerpo: ``{{ nombre }}``."""
    if estructura is None:
        return None

    def normalizar(valor):
        if isinstance(valor, str):
            return _normalizar_marcadores(valor)
        if isinstance(valor, list):
            return [normalizar(v) for v in valor]
        if isinstance(valor, dict):
            return {k: normalizar(v) for k, v in valor.items()}
        return valor

    return normalizar(estructura)


def _resolver(texto: str, valores: dict[str, str]) -> str:
    """Sustituye las ranuras, también las que traen los textos sustituidos (un texto de
    sector con [[ referencia.* ]], un bloque de pago con [[ pais.etiqueta_cuenta ]])."""
    for _ in range(4):
        nuevo = RANURA.sub(lambda m: valores.get(m.group(1), m.group(0)), texto)
        if nuevo == texto:
            break
        texto = nuevo
    return texto


_MUCHAS_LINEAS = re.compile(r"\n{3,}")
_ESPACIOS = re.compile(r"[ \t]{2,}")
_ESPACIO_ANTES_DE_SIGNO = re.compile(r" +([,.;:])")


def _limpiar(texto: str) -> str:
    lineas = [_ESPACIOS.sub(" ", linea).strip(" \t") for linea in texto.split("\n")]
    texto = "\n".join(lineas)
    texto = _MUCHAS_LINEAS.sub("\n\n", texto)
    texto = _ESPACIO_ANTES_DE_SIGNO.sub(r"\1", texto)
    return texto.strip("\n")


def _normalizar_marcadores(texto: str) -> str:
    """Escribe todos los marcadores como ``{{ nombre }}``."""
    return MARCADOR.sub(lambda m: "{{ " + m.group(1) + " }}", texto)
