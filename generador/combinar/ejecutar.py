"""Conducir una combinación: leer en flujo, combinar cada fila, escribir y resumir."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generador.combinar import filas as lector
from generador.combinar.fila import Ajustes, ResultadoFila, combinar_fila, estado
from generador.combinar.salidas import FORMATOS, Escritor
from generador.errores import ErrorCobro, valor_desconocido
from generador.escribir import CarpetaSalida

MOTORES = ("local", "dask")
#: Cuántas filas con error se muestran en pantalla (todas van a no_combinadas.jsonl).
MUESTRA_ERRORES = 20


@dataclass
class Resumen:
    """Lo que pasó con cada fila, contado; se escribe en ``resumen.json``."""

    salida: Path
    filas: int = 0
    combinadas: int = 0
    con_error: int = 0
    omitidas: int = 0
    mensajes_con_errores: int = 0
    hallazgos_por_categoria: Counter = field(default_factory=Counter)
    hallazgos_por_severidad: Counter = field(default_factory=Counter)
    plantillas: set[str] = field(default_factory=set)
    columnas_no_usadas: list[str] = field(default_factory=list)
    muestra_errores: list[tuple[int, list[str]]] = field(default_factory=list)
    #: filas que fallaron por cada variable sin valor: la que falta en muchas suele ser un
    #: dato de la empresa (horario, dirección) que va una vez en ``--datos``
    faltan_por_variable: Counter = field(default_factory=Counter)
    segundos: float = 0.0
    motor: str = "local"
    formato: str = "jsonl"
    #: Con ``--formato twilio``: mensajes de WhatsApp que van como texto libre (``Body``),
    #: sin plantilla aprobada (columna ``content_sid``): Twilio solo los entrega dentro de
    #: las 24 h siguientes al último mensaje del cliente.
    whatsapp_texto_libre: int = 0
    #: Con ``--formato carta``: cartas HTML escritas en ``cartas/``
    cartas: int = 0

    def anotar(self, r: ResultadoFila) -> None:
        self.filas += 1
        if r.error is not None:
            self.con_error += 1
            if len(self.muestra_errores) < MUESTRA_ERRORES:
                self.muestra_errores.append((r.fila, r.motivos))
            self.faltan_por_variable.update(r.faltan)
            return
        if r.omitida is not None:
            self.omitidas += 1
            return
        self.combinadas += 1
        if self.formato == "twilio" and r.canal == "whatsapp" and r.contenido_twilio is None:
            self.whatsapp_texto_libre += 1
        if r.carta_html is not None:
            self.cartas += 1
        self.plantillas.add(r.plantilla or "")
        severidades = set()
        for h in r.hallazgos:
            self.hallazgos_por_categoria[h["categoria"]] += 1
            self.hallazgos_por_severidad[h["severidad"]] += 1
            severidades.add(h["severidad"])
        if "error" in severidades:
            self.mensajes_con_errores += 1

    def codigo_salida(self) -> int:
        """0 todo combinado y sin errores de revisión; 1 si alguna fila falló o algún mensaje
        tiene hallazgos de severidad error (2 lo decide la CLI: la entrada no se pudo leer)."""
        return 1 if self.con_error or self.mensajes_con_errores else 0

    def como_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "filas": self.filas,
            "combinadas": self.combinadas,
            "con_error": self.con_error,
            "omitidas": self.omitidas,
            "mensajes_con_errores": self.mensajes_con_errores,
            "hallazgos_por_categoria": dict(sorted(self.hallazgos_por_categoria.items())),
            "hallazgos_por_severidad": dict(sorted(self.hallazgos_por_severidad.items())),
            "plantillas_usadas": len(self.plantillas),
            "columnas_no_usadas": self.columnas_no_usadas,
            "motor": self.motor,
            "formato": self.formato,
            **({"whatsapp_texto_libre": self.whatsapp_texto_libre}
               if self.formato == "twilio" else {}),
            **({"cartas": self.cartas} if self.formato == "carta" else {}),
            **({"faltan_por_variable": dict(self.faltan_por_variable.most_common())}
               if self.faltan_por_variable else {}),
        }


def combinar(
    csv: Path | str, salida: Path | str, ajustes: Ajustes, *, formato: str = "jsonl",
    forzar: bool = False, motor: str = "local", planificador: str | None = None,
    progreso: Callable[[int], None] | None = None,
) -> Resumen:
    """Combina cada fila de ``csv`` y escribe los resultados en ``salida``.

    Todo lo que puede fallar para el trabajo entero (cabecera, especificación, reglas, país,
    formato) se comprueba antes de crear la carpeta de salida."""
    if formato not in FORMATOS:
        raise ErrorCobro(f"--formato: {valor_desconocido('el formato', formato, FORMATOS)}")
    if motor not in MOTORES:
        raise ErrorCobro(f"--motor: {valor_desconocido('el motor', motor, MOTORES)}")
    if formato == "carta" and not ajustes.cartas:
        from dataclasses import replace

        ajustes = replace(ajustes, cartas=True)
    inicio = time.perf_counter()
    cabecera, filas = lector.leer(csv)
    est = estado(ajustes)  # carga y valida especificación y país antes de escribir nada
    if ajustes.revisar:
        est.revisor()  # y las reglas
    if "canal" not in cabecera and not ajustes.canal:
        raise ErrorCobro(f"{csv}:1: falta la columna canal; añádela o usa --canal email|sms|carta")
    resumen = Resumen(salida=Path(salida), motor=motor, formato=formato)
    resumen.columnas_no_usadas = [
        c for c in cabecera if c not in est.variables and c not in lector.DE_CONTROL]
    # Todo se escribe en una temporal que solo se publica si la orden termina bien
    # (política común de carpeta de salida, generador/carpeta_salida.py).
    with CarpetaSalida(salida, forzar=forzar, protegidas=[Path(csv)],
                       arbol=Path(ajustes.specs), orden="cobro combinar") as carpeta:
        if motor == "dask":
            from generador.combinar.motor_dask import resultados_dask

            resultados: Iterable[ResultadoFila] = resultados_dask(Path(csv), ajustes, planificador)
        else:
            resultados = (combinar_fila(ajustes, n, f) for n, f in filas)
        with Escritor(carpeta, formato) as escritor:
            for r in resultados:
                escritor.escribir(r)
                resumen.anotar(r)
                if progreso is not None and resumen.filas % 500 == 0:
                    progreso(resumen.filas)
        resumen.segundos = time.perf_counter() - inicio
        carpeta.escribir("resumen.json",
                         json.dumps(resumen.como_dict(), ensure_ascii=False, indent=2) + "\n")
    return resumen
