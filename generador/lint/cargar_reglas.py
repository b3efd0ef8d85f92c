"""Carga y valida los archivos de reglas (``reglas/*.yml`` y los propios del usuario).

Todos los problemas se juntan como ``archivo:linea: clave: problema`` y se informa de
ellos a la vez (código de salida 2); una regla mal escrita nunca se ignora en silencio.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from generador import esquema as E
from generador.errores import ErrorEspecificacion, Problema, quisiste_decir
from generador.lint import frases as frases_mod
from generador.lint import tipos_regla
from generador.lint.error_regex import explicar as explicar_regex
from generador.lint.esquema_reglas import (
    CAMPOS_EJEMPLO,
    COMUNES,
    DIMENSIONES,
    FILTROS,
    POR_TIPO,
    REQUERIDOS_PAIS,
    Campo,
)
from generador.lint.metricas import COMPROBACIONES, METRICAS
from generador.lint.regla import TIPOS_CORRECCION, Correccion, Ejemplo, Regla
from generador.yaml_lineas import Mapa as MapaYaml
from generador.yaml_lineas import cargar_archivo

if TYPE_CHECKING:
    from generador.modelo import Especificacion

@dataclass(frozen=True)
class Vocabulario:
    """Lo que el cargador necesita del modelo: valores de cada dimensión.

    ``admitidos`` son los que acepta un filtro (los del árbol en uso y los del árbol de
    cobro, para que sus reglas valgan con cualquier árbol); ``del_modelo``, los del árbol en
    uso (una regla que los lista todos vale aunque el mensaje no diga el suyo)."""

    admitidos: dict[str, tuple[str, ...]]
    del_modelo: dict[str, tuple[str, ...]]

    @classmethod
    def de(cls, modelo: Especificacion | None) -> Vocabulario:
        from generador import dominio

        modelo = modelo or dominio.modelo()
        propio = {d: dominio.valores(modelo, d) for d in DIMENSIONES if d != "modo"}
        propia = Path(modelo.raiz).resolve() == dominio.raiz_datos().resolve()
        base = modelo if propia else dominio.modelo_de_cobro()
        de_cobro = {d: dominio.valores(base, d) for d in DIMENSIONES if d != "modo"}
        admitidos = {d: tuple(dict.fromkeys((*propio[d], *de_cobro[d]))) for d in propio}
        return cls(admitidos, propio)

    def clave(self) -> str:
        return repr(sorted(self.admitidos.items())) + repr(sorted(self.del_modelo.items()))


class ErrorReglas(ErrorEspecificacion):
    """Uno o varios problemas en archivos de reglas."""

    def __init__(self, problemas: Iterable[Problema]) -> None:
        super().__init__(problemas, sujeto="Los archivos de reglas tienen")


@dataclass
class Reglamento:
    """Las reglas cargadas, con búsqueda por código, nombre o alias."""

    reglas: list[Regla] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._por_id = {i: r for r in self.reglas for i in r.identificadores()}

    def buscar(self, identificador: str) -> Regla | None:
        return self._por_id.get(identificador) or self._por_id.get(identificador.upper())

    def identificadores(self) -> list[str]:
        return sorted(self._por_id)


def archivos_de(directorio: Path, paquetes: bool = False) -> list[Path]:
    """Los .yml de ``directorio`` (y, con ``paquetes``, los de ``directorio/paises``)."""
    rutas = sorted(p for p in directorio.glob("*.yml") if p.is_file())
    if paquetes:
        rutas += sorted(p for p in (directorio / "paises").glob("*.yml") if p.is_file())
    return rutas


def carpeta_de(modelo: Especificacion) -> Path:
    """La carpeta de reglas de cobro para un modelo: la de su árbol o la que trae cobro."""
    from generador.arbol import carpeta_reglas

    return carpeta_reglas(modelo.raiz)


def cargar(directorios: Iterable[Path] = (), *, incluir_propias: bool = True,
           modelo: Especificacion | None = None) -> Reglamento:
    """Carga las reglas de cobro (``reglas/`` y ``reglas/paises/`` del árbol de ``modelo``)
    y las de ``directorios`` (archivos .yml o carpetas).

    Los filtros (etapas, tipos, países...) se validan contra el modelo. Las de cobro salen
    de la caché (:mod:`generador.lint.cache_reglas`) si nada ha cambiado desde que se
    validaron; las propias del usuario se leen y validan siempre.
    """
    from generador import dominio
    from generador.lint import cache_reglas

    modelo = modelo or dominio.modelo()  # por defecto, el árbol del directorio actual o el de cobro
    vocabulario = Vocabulario.de(modelo)
    problemas: list[Problema] = []
    reglas: list[Regla] = []
    if incluir_propias:
        base = archivos_de(carpeta_de(modelo), paquetes=True)
        # Los nombres de archivo de las reglas (relativos al directorio actual) van en la
        # clave: salen en los informes (SARIF, JSON) y no deben venir de otra carpeta.
        nombres = repr([_nombre_archivo(r) for r in base])
        reglas = cache_reglas.leer(base, lambda: _precompilar(_cargar_rutas(base, vocabulario)),
                                   extra=vocabulario.clave() + nombres)
    rutas: list[Path] = []
    for d in directorios:
        d = Path(d)
        if d.is_dir():
            rutas.extend(archivos_de(d))
        elif d.is_file():
            rutas.append(d)
        else:
            from generador.errores import enlace_roto

            raise ErrorReglas([Problema(str(d), 0, "", enlace_roto(d)
                                        or "no existe esa carpeta o archivo de reglas")])
    for ruta in rutas:
        reglas.extend(_cargar_archivo(ruta, problemas, vocabulario))
    _comprobar_unicos(reglas, problemas)
    if problemas:
        raise ErrorReglas(problemas)
    return Reglamento(reglas)


def _cargar_rutas(rutas: list[Path], vocabulario: Vocabulario) -> list[Regla]:
    """Carga y valida ``rutas``; lanza :class:`ErrorReglas` con todos los problemas."""
    problemas: list[Problema] = []
    reglas: list[Regla] = []
    for ruta in rutas:
        reglas.extend(_cargar_archivo(ruta, problemas, vocabulario))
    _comprobar_unicos(reglas, problemas)
    if problemas:
        raise ErrorReglas(problemas)
    return reglas


def _precompilar(reglas: list[Regla]) -> list[Regla]:
    """Compila ya las expresiones de las reglas, para guardarlas compiladas en la caché.

    Compilar con ``regex`` es lento (su analizador es Python: unos 100 ms para todas las
    reglas de cobro), pero un patrón compilado se guarda con su código ya traducido y se
    recupera en unos 3 ms. Sin caché (``COBRO_SIN_CACHE``) no se llama: cada expresión se
    compila la primera vez que un texto la necesita."""
    for regla in reglas:
        precompilar = getattr(regla.comprobador, "precompilar", None)
        if precompilar is not None:
            precompilar()
    return reglas


def _nombre_archivo(ruta: Path) -> str:
    try:
        return str(ruta.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(ruta)


ESQUEMA_ARCHIVO = E.Mapa({
    "familia": E.Campo(str, requerido=False, descripcion="nombre de la familia de reglas"),
    "descripcion": E.Campo(str, requerido=False, descripcion="qué reúne el archivo"),
    "reglas": E.Lista(E.Libre(), descripcion="las reglas (cada una, un mapa)"),
})
#: Un paquete de país (reglas/paises/<cc>.yml): la sección contacto es de cobro plan.
ESQUEMA_PAQUETE = E.Mapa({
    "pais": E.Campo(str, descripcion="código del país, como el nombre del archivo"),
    "reglas": E.Lista(E.Libre(), descripcion="las reglas del país"),
    "contacto": E.Libre(descripcion="límites de contacto: los valida cobro plan"),
})


def _cargar_archivo(ruta: Path, problemas: list[Problema], vocabulario: Vocabulario) -> list[Regla]:
    """Lee un archivo de reglas con el mismo lector y los mismos esquemas que las
    especificaciones (:mod:`generador.yaml_lineas`, :mod:`generador.esquema`)."""
    archivo = _nombre_archivo(ruta)
    datos, leidos = cargar_archivo(ruta, archivo)
    if leidos:
        problemas.extend(leidos)
        return []
    if not isinstance(datos, dict) or not isinstance(datos.get("reglas"), list):
        problemas.append(Problema(archivo, getattr(datos, "linea", 1) or 1, "reglas",
                                  "el archivo debe ser un mapa con una lista 'reglas:'"))
        return []
    pais = None
    esquema = ESQUEMA_ARCHIVO
    if "pais" in datos:  # un paquete de país: sus reglas solo valen en ese país
        esquema = ESQUEMA_PAQUETE
        pais = str(datos["pais"])
        if pais not in vocabulario.admitidos["pais"]:
            problemas.append(Problema(archivo, datos.linea_de("pais"), "pais",
                                      f"el país '{pais}' no tiene su archivo: crea "
                                      f"mensajes/paises/{pais}.yml (nombre, locale, moneda...)"))
            return []
    problemas.extend(E.validar(datos, esquema, archivo))
    reglas = []
    for i, datos_regla in enumerate(datos["reglas"]):
        linea = datos["reglas"].linea_de(i)
        regla = _construir(datos_regla, linea, archivo, problemas, vocabulario, pais)
        if regla is not None:
            reglas.append(regla)
    return reglas


#: Los filtros cuyos valores salen del árbol de especificaciones (un tipo, una etapa, un
#: país o un canal nuevos se añaden con un YAML en él).
_DEL_ARBOL = {f.clave: f.dimension for f in FILTROS if f.dimension in ("tipo", "etapa", "pais",
                                                                       "canal")}


def _pista_arbol(clave: str, mensaje: str) -> str:
    """Para un valor de filtro que no existe en el árbol en uso: quien escribe una regla
    para sus propios tipos o países y no pasa ``--specs`` ve «no es válido» sin saber que
    cobro está leyendo otro árbol (el del directorio actual o el que trae cobro)."""
    dimension = _DEL_ARBOL.get(clave.split("[", 1)[0])
    if dimension is None or "no es válido" not in mensaje:
        return ""
    que = {"tipo": "ese tipo", "etapa": "esa etapa", "pais": "ese país", "canal": "ese canal"}
    return (f"; si {que[dimension]} está en tu árbol de especificaciones, pasa --specs CARPETA "
            "o ejecuta cobro dentro de esa carpeta")


def _esquema(campo: Campo, vocabulario: Vocabulario, requerido: bool) -> Any:
    """Un campo del esquema de reglas como esquema de :mod:`generador.esquema`."""
    validos = vocabulario.admitidos[campo.dimension] if campo.dimension else campo.valores
    if campo.tipo == "texto":
        return E.Campo(str, requerido=requerido, descripcion=campo.descripcion,
                       valores=validos or None, formato=campo.formato or None,
                       patron=re.compile(campo.patron) if campo.patron else None)
    if campo.tipo == "fecha":
        return E.Campo(dt.date, requerido=requerido, descripcion=campo.descripcion)
    if campo.tipo == "lista":
        return E.Lista(E.Campo(str, valores=validos or None), requerido=requerido,
                       descripcion=campo.descripcion)
    if campo.tipo == "mapa":
        return E.Diccionario(E.Libre(), requerido=requerido, patron_clave=None,
                             descripcion=campo.descripcion)
    # frases, ejemplos y sugerencias: su forma la comprueba _validar_campo
    return E.Libre(requerido=requerido, descripcion=campo.descripcion)


def _construir(datos: Any, linea_regla: int, archivo: str, problemas: list[Problema],
               vocabulario: Vocabulario, pais: str | None = None) -> Regla | None:
    if not isinstance(datos, dict):
        problemas.append(Problema(archivo, linea_regla, "", "cada regla debe ser un mapa clave: valor"))
        return None
    antes = len(problemas)
    codigo = str(datos.get("codigo", "?"))
    lineas = datos.linea_de if isinstance(datos, MapaYaml) else (lambda _c: linea_regla)

    def problema(clave: str, mensaje: str, linea: int | None = None) -> None:
        linea = linea if linea is not None else lineas(clave)
        problemas.append(Problema(archivo, linea, clave, f"{mensaje} (regla {codigo})"))

    tipo = datos.get("tipo")
    campos = dict(COMUNES)
    if tipo in POR_TIPO:
        campos.update(POR_TIPO[tipo])
    elif tipo is not None:
        for campos_tipo in POR_TIPO.values():  # las claves de otros tipos no son "desconocidas"
            for clave, campo in campos_tipo.items():
                campos.setdefault(clave, replace(campo, requerido=False))
        problema("tipo", f"tipo de regla '{tipo}' desconocido;"
                 + (quisiste_decir(str(tipo), POR_TIPO) or f" se admiten: {', '.join(POR_TIPO)}"))
    if pais is not None:
        for clave in REQUERIDOS_PAIS:
            campos[clave] = replace(campos[clave], requerido=True)
        if "paises" in datos:
            problema("paises", f"en un paquete de país la regla vale solo en '{pais}'; quita 'paises'")
    esquema = E.Mapa({c: _esquema(campo, vocabulario, campo.requerido) for c, campo in campos.items()})
    for p in E.validar(datos, esquema, archivo):
        problema(p.clave, p.mensaje + _pista_arbol(p.clave, p.mensaje), p.linea)
    for clave, valor in datos.items():
        if clave in campos and campos[clave].tipo in ("frases", "ejemplos", "sugerencias", "correccion"):
            for mensaje in _validar_campo(campos[clave], valor, vocabulario):
                problema(clave, mensaje)
    categoria = str(datos.get("categoria", ""))
    nombre = str(datos.get("nombre", ""))
    if nombre and categoria and not (nombre == categoria or nombre.startswith(categoria.split(".")[0] + ".")
                                     or nombre == categoria.split(".")[0]):
        problema("nombre", f"el nombre '{nombre}' debe ir bajo su categoría '{categoria.split('.')[0]}.'")
    if len(problemas) > antes:
        return None
    comprobador = _comprobador(tipo, datos, problema)
    if comprobador is None:
        return None
    filtros = {f.clave: list(datos[f.clave]) for f in FILTROS if datos.get(f.clave)}
    if pais is not None:
        filtros["paises"] = [pais]
    return Regla(
        codigo=codigo,
        nombre=nombre,
        categoria=categoria,
        severidad=datos["severidad"],
        tipo=tipo,
        mensaje=datos["mensaje"],
        descripcion=datos["descripcion"],
        por_que=datos["por_que"],
        incorrecto=_ejemplos(datos["incorrecto"], pais),
        correcto=_ejemplos(datos["correcto"], pais),
        comprobador=comprobador,
        referencia=datos.get("referencia"),
        sugerencias=datos.get("sugerencias") or [],
        alias=[str(a) for a in datos.get("alias") or []],
        filtros=filtros,
        cubre=frozenset(
            f.dimension for f in FILTROS if not f.excluye and f.clave in filtros
            and f.dimension in vocabulario.del_modelo
            and set(vocabulario.del_modelo[f.dimension]) <= set(filtros[f.clave])
        ),
        url=datos.get("url"),
        verificado=_fecha(datos.get("verificado")),
        correccion=_correccion(datos.get("correccion")),
        archivo=archivo,
        linea=linea_regla,
    )


def _fecha(valor: Any) -> str | None:
    if isinstance(valor, dt.date):
        return valor.isoformat()
    return str(valor) if valor else None


def _validar_campo(campo: Campo, valor: Any, vocabulario: Vocabulario) -> list[str]:
    """La forma de frases, ejemplos, sugerencias y corrección (y de los campos de un ejemplo),
    que el esquema declarativo deja como libres."""
    validos = vocabulario.admitidos[campo.dimension] if campo.dimension else campo.valores
    if campo.tipo == "texto":
        if not isinstance(valor, str) or not valor.strip():
            return ["debe ser un texto no vacío"]
        if campo.patron and not regex.match(campo.patron, valor):
            return [f"'{valor}' no tiene el formato esperado: {campo.formato}"]
        if validos and valor not in validos:
            return [f"'{valor}' no es válido;" + (quisiste_decir(valor, validos)
                                                  or f" se admiten: {', '.join(validos)}")]
        return []
    if campo.tipo == "frases":
        if not isinstance(valor, list) or not valor:
            return ["debe ser una lista no vacía de frases"]
        errores = []
        for v in valor:
            texto = v.get("frase") if isinstance(v, dict) else v
            if not isinstance(texto, str):
                errores.append("cada frase es un texto o un mapa con 'frase', 'sugerencia', "
                               "'requiere_oracion', 'excepto_oracion' y 'excepto_mensaje'")
                continue
            contexto: list[str] = []
            if isinstance(v, dict):
                sobran = sorted(set(v) - {"frase", "sugerencia", *tipos_regla.CONTEXTOS_FRASE})
                if sobran:
                    errores.append(f"frase '{texto}': clave desconocida {', '.join(sobran)}; se "
                                   f"admiten frase, sugerencia, {', '.join(tipos_regla.CONTEXTOS_FRASE)}")
                for clave in tipos_regla.CONTEXTOS_FRASE:
                    lista = v.get(clave) or []
                    if not isinstance(lista, list) or not all(isinstance(r, str) for r in lista):
                        errores.append(f"frase '{texto}': '{clave}' es una lista de frases")
                        continue
                    contexto.extend(lista)
            for t in [texto, *contexto]:
                try:
                    frases_mod.patron_de_frase(t)
                except frases_mod.FraseInvalida as exc:
                    errores.append(f"frase '{t}' no válida: {exc}")
        return errores
    if campo.tipo == "sugerencias":
        if isinstance(valor, list) and all(isinstance(v, str) for v in valor):
            return []
        if isinstance(valor, dict) and set(valor) <= {"tu", "usted"} and all(
            isinstance(v, list) and all(isinstance(s, str) for s in v) for v in valor.values()
        ):
            return []
        return ["debe ser una lista de textos o un mapa tu/usted con listas de textos"]
    if campo.tipo == "correccion":
        return _validar_correccion(valor)
    if campo.tipo == "ejemplos":
        lista = valor if isinstance(valor, list) else [valor]
        if not lista:
            return ["hace falta al menos un ejemplo"]
        errores = []
        for ejemplo in lista:
            if isinstance(ejemplo, str) and ejemplo.strip():
                continue
            if not isinstance(ejemplo, dict) or "texto" not in ejemplo:
                errores.append("cada ejemplo es un texto o un mapa con 'texto'")
                continue
            for clave, v in ejemplo.items():
                if clave not in CAMPOS_EJEMPLO:
                    errores.append(f"clave de ejemplo desconocida '{clave}';"
                                   + (quisiste_decir(str(clave), CAMPOS_EJEMPLO) or ""))
                else:
                    errores.extend(_validar_campo(CAMPOS_EJEMPLO[clave], v, vocabulario))
        return errores
    return []


def _validar_correccion(valor: Any) -> list[str]:
    if not isinstance(valor, dict) or "tipo" not in valor:
        return ["debe ser un mapa {tipo: ..., segura: true|false}"]
    errores = [f"clave '{k}' desconocida; se admiten tipo y segura"
               for k in valor if k not in ("tipo", "segura")]
    if valor["tipo"] not in TIPOS_CORRECCION:
        errores.append(f"tipo de corrección '{valor['tipo']}' no existe;"
                       + (quisiste_decir(str(valor["tipo"]), TIPOS_CORRECCION)
                          or f" se admiten: {', '.join(TIPOS_CORRECCION)}"))
    if "segura" in valor and not isinstance(valor["segura"], bool):
        errores.append("'segura' debe ser true o false")
    return errores


def _correccion(valor: Any) -> Correccion:
    if not isinstance(valor, dict):
        return Correccion()
    tipo = str(valor.get("tipo", "ninguna"))
    return Correccion(tipo, bool(valor.get("segura", TIPOS_CORRECCION.get(tipo, True))))


def _ejemplos(valor: Any, pais: str | None = None) -> list[Ejemplo]:
    """Los ejemplos de una regla; los de un paquete de país son de ese país salvo que digan otro."""
    lista = valor if isinstance(valor, list) else [valor]
    ejemplos = [Ejemplo(e) if isinstance(e, str) else Ejemplo(**e) for e in lista]
    return [replace(e, pais=e.pais or pais) for e in ejemplos]


def _linea_elemento(datos: Any, clave: str, indice: int) -> int | None:
    lista = datos.get(clave)
    if hasattr(lista, "linea_de"):
        return lista.linea_de(indice)
    return None


def _comprobador(tipo: str, datos: dict[str, Any], problema) -> Any:
    if tipo == "requiere" and not (datos.get("frases") or datos.get("patrones")):
        problema("frases", "una regla 'requiere' necesita 'frases' o 'patrones'")
        return None
    if tipo in ("patron", "elemento_requerido", "requiere"):
        ok = True
        for clave in ("patrones", "patrones_conversacion", "excepto_oraciones"):
            for i, patron in enumerate(datos.get(clave) or []):
                try:
                    regex.compile(patron, regex.IGNORECASE, cache_pattern=False)
                except regex.error as exc:
                    problema(clave, f"expresión regular no válida '{patron}': {explicar_regex(exc, patron)}",
                             _linea_elemento(datos, clave, i))
                    ok = False
        patrones = datos.get("patrones") or []
        if ok and tipo in ("elemento_requerido", "requiere") and len(patrones) > 1:
            try:  # se aplican juntas, en una sola expresión
                regex.compile("|".join(f"(?:{p})" for p in patrones), regex.IGNORECASE,
                              cache_pattern=False)
            except regex.error as exc:
                problema("patrones", f"las expresiones no se pueden combinar: {explicar_regex(exc)}; "
                         "quita las marcas globales como (?i)")
                ok = False
        if not ok:
            return None
    if tipo == "frases":
        return tipos_regla.TipoFrases.desde(datos)
    if tipo == "patron":
        return tipos_regla.TipoPatron.desde(datos)
    if tipo == "elemento_requerido":
        return tipos_regla.TipoElementoRequerido.desde(datos)
    if tipo == "requiere":
        return tipos_regla.TipoRequiere.desde(datos)
    if tipo in ("metrica", "comprobacion"):
        registro = METRICAS if tipo == "metrica" else COMPROBACIONES
        nombre = datos.get(tipo)
        if nombre not in registro:
            problema(tipo, f"{tipo} '{nombre}' desconocida;"
                     + (quisiste_decir(str(nombre), registro) or f" se admiten: {', '.join(registro)}"))
            return None
        funcion, esquema, preparar = registro[nombre]
        parametros: dict[str, Any] = {}
        for clave, valor in (datos.get("parametros") or {}).items():
            if clave not in esquema:
                problema("parametros", f"parámetro '{clave}' desconocido para {nombre};"
                         + (quisiste_decir(str(clave), esquema)
                            or (f" se admiten: {', '.join(esquema)}" if esquema else " no admite ninguno")))
                return None
            esperado = esquema[clave].tipo
            if (esperado == "numero" and (not isinstance(valor, int | float) or isinstance(valor, bool))) \
                    or (esperado == "lista" and not isinstance(valor, list)):
                que = "un número" if esperado == "numero" else "una lista"
                problema("parametros", f"'{clave}' debe ser {que}")
                return None
            parametros[clave] = valor
        for clave, definicion in esquema.items():
            parametros.setdefault(clave, definicion.defecto)
        if preparar is not None:
            try:
                preparar(parametros)
            except frases_mod.FraseInvalida as exc:
                problema("parametros", f"frase no válida: {exc}")
                return None
        return tipos_regla.TipoFuncion(funcion, parametros)
    if tipo == "ortografia":
        return tipos_regla.TipoOrtografia()
    if tipo == "gramatica":
        return tipos_regla.TipoGramatica()
    if tipo == "supresion":
        return tipos_regla.TipoSupresion()
    return None


def _comprobar_unicos(reglas: list[Regla], problemas: list[Problema]) -> None:
    vistos: dict[str, Regla] = {}
    for regla in reglas:
        for identificador in sorted(regla.identificadores()):
            previa = vistos.get(identificador)
            if previa is not None and previa is not regla:
                clave = ("codigo" if identificador == regla.codigo
                         else "nombre" if identificador == regla.nombre else "alias")
                problemas.append(Problema(
                    regla.archivo, regla.linea, clave,
                    f"'{identificador}' ya lo usa la regla {previa.codigo} ({previa.archivo}:{previa.linea})",
                ))
            vistos[identificador] = regla
