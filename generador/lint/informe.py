"""Objetos resultado del linter: ``Hallazgo`` e ``Informe``.

El informe se convierte en código de salida en un solo sitio (:meth:`Informe.codigo_salida`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generador.lint.etapas import RANGO_SEVERIDAD

#: Versión del esquema JSON de ``cobro lint --formato json``.
VERSION_ESQUEMA_JSON = 1
CAMPOS_JSON = (
    "regla", "nombre", "categoria", "severidad", "mensaje", "linea", "columna",
    "fin_linea", "fin_columna", "texto", "sugerencias",
)


@dataclass
class Hallazgo:
    """Un hallazgo de una regla en un archivo."""

    ruta: str
    regla: str
    nombre: str
    categoria: str
    severidad: str
    mensaje: str
    linea: int
    columna: int
    fin_linea: int
    fin_columna: int
    texto: str = ""
    sugerencias: tuple[str, ...] = ()
    inicio: int = 0  # desplazamientos en el texto revisado (no salen en el JSON)
    fin: int = 0

    def como_dict(self) -> dict:
        """Los campos del contrato JSON, exactamente."""
        datos = {campo: getattr(self, campo) for campo in CAMPOS_JSON}
        datos["sugerencias"] = list(self.sugerencias)
        return datos

    def clave_orden(self) -> tuple:
        return (self.ruta, self.linea, self.columna, RANGO_SEVERIDAD[self.severidad], self.regla)


@dataclass
class ErrorArchivo:
    """Un archivo o una regla que no se pudo revisar (código de salida 2)."""

    ruta: str
    mensaje: str
    linea: int = 0

    def __str__(self) -> str:
        ubicacion = f"{self.ruta}:{self.linea}" if self.linea else self.ruta
        return f"{ubicacion}: {self.mensaje}"


@dataclass
class ResultadoArchivo:
    """Lo que da un archivo: sus hallazgos (ordenados) o el error que impidió revisarlo."""

    ruta: str
    hallazgos: list[Hallazgo] = field(default_factory=list)
    error: ErrorArchivo | None = None
    avisos: list[str] = field(default_factory=list)
    corregido: ArchivoCorregido | None = None
    #: No tiene texto que revisar (0 bytes, solo espacios, o solo front matter o cabeceras):
    #: no se revisa y, en vez de «falta el importe...», se avisa (:func:`aviso_vacio`).
    vacio: bool = False

    @classmethod
    def de_vacio(cls, ruta: str, fuente: str) -> ResultadoArchivo:
        """El resultado de un archivo sin texto que revisar: ningún hallazgo y su aviso."""
        return cls(ruta, [], avisos=[aviso_vacio(ruta, fuente)], vacio=True)


def aviso_vacio(ruta: str, fuente: str) -> str:
    """El aviso de un archivo sin texto que revisar."""
    if not fuente.strip() and ruta == "<stdin>":
        return ("<stdin>: la entrada estándar está vacía; no hay mensaje que revisar: pasa el "
                "mensaje por la tubería (echo \"...\" | cobro lint -) o indica archivos")
    if not fuente.strip():
        return (f"{ruta}: el archivo está vacío (no tiene texto); no hay mensaje que revisar: "
                "escribe el mensaje o quita el archivo de la revisión")
    return (f"{ruta}: el archivo no tiene texto que revisar (solo front matter, cabeceras o "
            "etiquetas, sin cuerpo); escribe el mensaje o quita el archivo de la revisión")


@dataclass
class ArchivoCorregido:
    """Lo que ``--corregir`` cambió (o, con ``--diff``, cambiaría) en un archivo."""

    ruta: str
    correcciones: int
    reglas: tuple[str, ...] = ()
    descartadas: int = 0  # correcciones que añadían un hallazgo y no se aplicaron
    diff: str = ""


@dataclass
class Informe:
    """El resultado de una pasada del linter.

    En flujo (``guardar=False``) solo se cuentan los hallazgos: la memoria no crece con el
    número de archivos. Con ``guardar=True`` se conservan además hallazgos y rutas."""

    hallazgos: list[Hallazgo] = field(default_factory=list)
    archivos: list[str] = field(default_factory=list)
    errores: list[ErrorArchivo] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)
    falla_en: str = "error"
    reglas_activas: int = 0
    n_archivos: int = 0
    cuenta: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RANGO_SEVERIDAD, 0))
    guardar: bool = True
    #: Las reglas que se aplicaron en esta pasada (tras --selecciona, --ignora y la
    #: configuración), por código: las describen SARIF y el sitio sin volver a cargarlas.
    reglas: list = field(default_factory=list)
    corregidos: list[ArchivoCorregido] = field(default_factory=list)
    en_linea_base: int = 0  # hallazgos que ya estaban en la línea base (no cuentan)
    vacios: int = 0  # archivos sin texto que revisar (con su aviso)
    resueltos_linea_base: list[dict] = field(default_factory=list)

    def anotar(self, resultado: ResultadoArchivo) -> None:
        """Suma un archivo revisado (o el error que impidió revisarlo)."""
        self.avisos.extend(a for a in resultado.avisos if a not in self.avisos)
        if resultado.error is not None:
            self.errores.append(resultado.error)
            return
        self.n_archivos += 1
        self.vacios += resultado.vacio
        if resultado.corregido is not None:
            self.corregidos.append(resultado.corregido)
        for h in resultado.hallazgos:
            self.cuenta[h.severidad] += 1
        if self.guardar:
            self.archivos.append(resultado.ruta)
            self.hallazgos.extend(resultado.hallazgos)

    def recontar(self) -> None:
        """Vuelve a contar por severidad tras quitar hallazgos guardados (línea base)."""
        self.cuenta = dict.fromkeys(RANGO_SEVERIDAD, 0)
        for h in self.hallazgos:
            self.cuenta[h.severidad] += 1

    def contar(self) -> dict[str, int]:
        return {s: self.cuenta.get(s, 0) for s in ("error", "aviso", "sugerencia")}

    @property
    def total_hallazgos(self) -> int:
        return sum(self.cuenta.values())

    def falla(self) -> bool:
        umbral = RANGO_SEVERIDAD[self.falla_en]
        return any(n and RANGO_SEVERIDAD[s] <= umbral for s, n in self.cuenta.items())

    def codigo_salida(self) -> int:
        """0 sin hallazgos al nivel de ``falla_en``; 1 con ellos; 2 si algo no se pudo revisar."""
        if self.errores or not self.n_archivos or not self.reglas_activas:
            return 2
        return 1 if self.falla() else 0

    def ordenar(self) -> None:
        self.hallazgos.sort(key=Hallazgo.clave_orden)
