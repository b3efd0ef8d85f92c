"""Carga y valida los archivos de reglas (``reglas/*.yml`` y los propios del usuario).

Todos los problemas se juntan como ``archivo:linea: clave: problema`` y se informa de
ellos a la vez (código de salida 2); una regla mal escrita nunca se ignora en silencio.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from generador.errores import ErrorEspecificacion, Problema, quisiste_decir
from generador.lint import frases as frases_mod
from generador.lint import tipos_regla
from generador.lint.esquema_reglas import CAMPOS_EJEMPLO, COMUNES, POR_TIPO, Campo
from generador.lint.metricas import COMPROBACIONES, METRICAS
from generador.lint.regla import TIPOS_CORRECCION, Correccion, Ejemplo, Regla

DIRECTORIO_REGLAS = Path(__file__).resolve().parents[2] / "reglas"
CLAVES_ARCHIVO = ("familia", "descripcion", "reglas")


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


def archivos_de(directorio: Path) -> list[Path]:
    return sorted(p for p in directorio.glob("*.yml") if p.is_file())


def cargar(directorios: Iterable[Path] = (), *, incluir_propias: bool = True) -> Reglamento:
    """Carga las reglas de ``reglas/`` y de ``directorios`` (archivos .yml o carpetas).

    Las de cobro salen de la caché (:mod:`generador.lint.cache_reglas`) si nada ha cambiado
    desde que se validaron; las propias del usuario se leen y validan siempre.
    """
    from generador.lint import cache_reglas

    problemas: list[Problema] = []
    reglas: list[Regla] = []
    if incluir_propias:
        reglas = cache_reglas.leer(archivos_de(DIRECTORIO_REGLAS), lambda: _cargar_rutas(
            archivos_de(DIRECTORIO_REGLAS)))
    rutas: list[Path] = []
    for d in directorios:
        d = Path(d)
        if d.is_dir():
            rutas.extend(archivos_de(d))
        elif d.is_file():
            rutas.append(d)
        else:
            raise ErrorReglas([Problema(str(d), 0, "", "no existe esa carpeta o archivo de reglas")])
    for ruta in rutas:
        reglas.extend(_cargar_archivo(ruta, problemas))
    _comprobar_unicos(reglas, problemas)
    if problemas:
        raise ErrorReglas(problemas)
    return Reglamento(reglas)


def _cargar_rutas(rutas: list[Path]) -> list[Regla]:
    """Carga y valida ``rutas``; lanza :class:`ErrorReglas` con todos los problemas."""
    problemas: list[Problema] = []
    reglas: list[Regla] = []
    for ruta in rutas:
        reglas.extend(_cargar_archivo(ruta, problemas))
    _comprobar_unicos(reglas, problemas)
    if problemas:
        raise ErrorReglas(problemas)
    return reglas


def _nombre_archivo(ruta: Path) -> str:
    try:
        return str(ruta.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(ruta)


def _cargar_archivo(ruta: Path, problemas: list[Problema]) -> list[Regla]:
    import yaml

    from generador.decodificar import ErrorDecodificacion, decodificar
    from generador.yaml_lineas import LIMITE_BYTES
    from generador.yaml_seguro import CargadorSeguro, comprobar_estructura

    archivo = _nombre_archivo(ruta)
    try:
        if ruta.stat().st_size > LIMITE_BYTES:
            problemas.append(Problema(archivo, 0, "", "pesa más de 2 MB; un archivo de reglas "
                                      "ocupa unos pocos KB: divídelo o revisa que sea el correcto"))
            return []
        texto = decodificar(ruta.read_bytes(), "YAML")
    except ErrorDecodificacion as exc:
        problemas.append(Problema(archivo, exc.linea, "", exc.mensaje))
        return []
    except OSError as exc:
        problemas.append(Problema(archivo, 0, "", f"no se puede leer: {exc.strerror or exc}"))
        return []
    cargador = CargadorSeguro(texto)
    try:
        comprobar_estructura(texto)
        nodo = cargador.get_single_node()
        datos = cargador.construct_document(nodo) if nodo is not None else None
    except yaml.YAMLError as exc:
        marca = getattr(exc, "problem_mark", None)
        linea = marca.line + 1 if marca is not None else 0
        problemas.append(Problema(archivo, linea, "", f"YAML no válido: {getattr(exc, 'problem', exc)}"))
        return []
    finally:
        cargador.dispose()
    if not isinstance(datos, dict) or not isinstance(datos.get("reglas"), list):
        problemas.append(Problema(archivo, 1, "reglas",
                                  "el archivo debe ser un mapa con una lista 'reglas:'"))
        return []
    for clave in datos:
        if clave not in CLAVES_ARCHIVO:
            pista = quisiste_decir(str(clave), CLAVES_ARCHIVO) or f" se admiten: {', '.join(CLAVES_ARCHIVO)}"
            problemas.append(Problema(archivo, _linea_clave(nodo, clave), str(clave),
                                      "clave desconocida;" + pista))
    nodo_reglas = _valor_de(nodo, "reglas")
    reglas = []
    for i, datos_regla in enumerate(datos["reglas"]):
        nodo_regla = nodo_reglas.value[i] if nodo_reglas is not None else None
        regla = _construir(datos_regla, nodo_regla, archivo, problemas)
        if regla is not None:
            reglas.append(regla)
    return reglas


def _valor_de(nodo: Any, clave: str) -> Any:
    if nodo is None or not hasattr(nodo, "value") or not isinstance(nodo.value, list):
        return None
    for par in nodo.value:
        if isinstance(par, tuple) and getattr(par[0], "value", None) == clave:
            return par[1]
    return None


def _linea_clave(nodo: Any, clave: str) -> int:
    if nodo is None or not isinstance(getattr(nodo, "value", None), list):
        return 0
    for par in nodo.value:
        if isinstance(par, tuple) and getattr(par[0], "value", None) == clave:
            return par[0].start_mark.line + 1
    return nodo.start_mark.line + 1


def _linea_elemento(nodo: Any, clave: str, indice: int) -> int:
    valor = _valor_de(nodo, clave)
    if valor is not None and isinstance(valor.value, list) and indice < len(valor.value):
        elemento = valor.value[indice]
        return elemento.start_mark.line + 1
    return _linea_clave(nodo, clave)


def _construir(datos: Any, nodo: Any, archivo: str, problemas: list[Problema]) -> Regla | None:
    linea_regla = nodo.start_mark.line + 1 if nodo is not None else 0
    if not isinstance(datos, dict):
        problemas.append(Problema(archivo, linea_regla, "", "cada regla debe ser un mapa clave: valor"))
        return None
    antes = len(problemas)
    codigo = str(datos.get("codigo", "?"))

    def problema(clave: str, mensaje: str, linea: int | None = None) -> None:
        linea = linea if linea is not None else _linea_clave(nodo, clave)
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
    for clave, campo in campos.items():
        if campo.requerido and clave not in datos:
            problema(clave, "falta este campo obligatorio", linea_regla)
    for clave, valor in datos.items():
        if clave not in campos:
            sugerencia = quisiste_decir(str(clave), campos)
            problema(str(clave), "clave desconocida;" + (sugerencia or " revisa el esquema de reglas"))
            continue
        for mensaje in _validar_campo(campos[clave], valor):
            problema(clave, mensaje)
    categoria = str(datos.get("categoria", ""))
    nombre = str(datos.get("nombre", ""))
    if nombre and categoria and not (nombre == categoria or nombre.startswith(categoria.split(".")[0] + ".")
                                     or nombre == categoria.split(".")[0]):
        problema("nombre", f"el nombre '{nombre}' debe ir bajo su categoría '{categoria.split('.')[0]}.'")
    if len(problemas) > antes:
        return None
    comprobador = _comprobador(tipo, datos, nodo, problema)
    if comprobador is None:
        return None
    return Regla(
        codigo=codigo,
        nombre=nombre,
        categoria=categoria,
        severidad=datos["severidad"],
        tipo=tipo,
        mensaje=datos["mensaje"],
        descripcion=datos["descripcion"],
        por_que=datos["por_que"],
        incorrecto=_ejemplos(datos["incorrecto"]),
        correcto=_ejemplos(datos["correcto"]),
        comprobador=comprobador,
        referencia=datos.get("referencia"),
        sugerencias=datos.get("sugerencias") or [],
        alias=[str(a) for a in datos.get("alias") or []],
        canales=list(datos.get("canales") or []),
        etapas=list(datos.get("etapas") or []),
        excepto_etapas=list(datos.get("excepto_etapas") or []),
        tipos=list(datos.get("tipos") or []),
        excepto_tipos=list(datos.get("excepto_tipos") or []),
        modos=list(datos.get("modos") or []),
        correccion=_correccion(datos.get("correccion")),
        archivo=archivo,
        linea=linea_regla,
    )


def _validar_campo(campo: Campo, valor: Any) -> list[str]:
    if campo.tipo == "texto":
        if not isinstance(valor, str) or not valor.strip():
            return ["debe ser un texto no vacío"]
        if campo.patron and not regex.match(campo.patron, valor):
            return [f"'{valor}' no tiene el formato esperado: {campo.formato}"]
        if campo.valores and valor not in campo.valores:
            return [f"'{valor}' no es válido;" + (quisiste_decir(valor, campo.valores)
                                                  or f" se admiten: {', '.join(campo.valores)}")]
        return []
    if campo.tipo == "lista":
        if not isinstance(valor, list) or not all(isinstance(v, str) for v in valor):
            return ["debe ser una lista de textos"]
        if campo.valores:
            return [f"'{v}' no es válido;" + (quisiste_decir(v, campo.valores)
                                              or f" se admiten: {', '.join(campo.valores)}")
                    for v in valor if v not in campo.valores]
        return []
    if campo.tipo == "frases":
        if not isinstance(valor, list) or not valor:
            return ["debe ser una lista no vacía de frases"]
        errores = []
        for v in valor:
            texto = v.get("frase") if isinstance(v, dict) else v
            if not isinstance(texto, str):
                errores.append("cada frase es un texto o un mapa con 'frase' y 'sugerencia'")
                continue
            try:
                frases_mod.patron_de_frase(texto)
            except frases_mod.FraseInvalida as exc:
                errores.append(f"frase '{texto}' no válida: {exc}")
        return errores
    if campo.tipo == "mapa":
        return [] if isinstance(valor, dict) else ["debe ser un mapa clave: valor"]
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
                    errores.extend(_validar_campo(CAMPOS_EJEMPLO[clave], v))
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


def _ejemplos(valor: Any) -> list[Ejemplo]:
    lista = valor if isinstance(valor, list) else [valor]
    return [Ejemplo(e) if isinstance(e, str) else Ejemplo(**e) for e in lista]


def _comprobador(tipo: str, datos: dict[str, Any], nodo: Any, problema) -> Any:
    if tipo in ("patron", "elemento_requerido"):
        ok = True
        for i, patron in enumerate(datos.get("patrones") or []):
            try:
                regex.compile(patron, regex.IGNORECASE)
            except regex.error as exc:
                problema("patrones", f"expresión regular no válida '{patron}': {exc}",
                         _linea_elemento(nodo, "patrones", i))
                ok = False
        patrones = datos.get("patrones") or []
        if ok and tipo == "elemento_requerido" and len(patrones) > 1:
            try:  # se aplican juntas, en una sola expresión
                regex.compile("|".join(f"(?:{p})" for p in patrones), regex.IGNORECASE)
            except regex.error as exc:
                problema("patrones", f"las expresiones no se pueden combinar: {exc}; "
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
                problemas.append(Problema(
                    regla.archivo, regla.linea, "codigo",
                    f"'{identificador}' ya lo usa la regla {previa.codigo} ({previa.archivo}:{previa.linea})",
                ))
            vistos[identificador] = regla
