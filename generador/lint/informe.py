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
class ArchivoCorregido:
    """Lo que ``--corregir`` cambió (o, con ``--diff``, cambiaría) en un archivo."""

    ruta: str
    correcciones: int
    reglas: tuple[str, ...] = ()
    descartadas: int = 0  # correcciones que añadían un hallazgo y no se aplicaron
    diff: str = ""


@dataclass
class Informe:
    """El resultado de una pasada del linter."""

    hallazgos: list[Hallazgo] = field(default_factory=list)
    archivos: list[str] = field(default_factory=list)
    errores: list[ErrorArchivo] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)
    falla_en: str = "error"
    reglas_activas: int = 0
    #: Las reglas que se aplicaron en esta pasada (tras --selecciona, --ignora y la
    #: configuración), por código: las describen SARIF y el sitio sin volver a cargarlas.
    reglas: list = field(default_factory=list)
    corregidos: list[ArchivoCorregido] = field(default_factory=list)
    en_linea_base: int = 0  # hallazgos que ya estaban en la línea base (no cuentan)
    resueltos_linea_base: list[dict] = field(default_factory=list)

    def contar(self) -> dict[str, int]:
        cuenta = {"error": 0, "aviso": 0, "sugerencia": 0}
        for h in self.hallazgos:
            cuenta[h.severidad] += 1
        return cuenta

    def falla(self) -> bool:
        umbral = RANGO_SEVERIDAD[self.falla_en]
        return any(RANGO_SEVERIDAD[h.severidad] <= umbral for h in self.hallazgos)

    def codigo_salida(self) -> int:
        """0 sin hallazgos al nivel de ``falla_en``; 1 con ellos; 2 si algo no se pudo revisar."""
        if self.errores or not self.archivos or not self.reglas_activas:
            return 2
        return 1 if self.falla() else 0

    def ordenar(self) -> None:
        self.hallazgos.sort(key=Hallazgo.clave_orden)
