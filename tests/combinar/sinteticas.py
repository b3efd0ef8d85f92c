"""Exportaciones de facturas sintéticas para pruebas y benchmarks de ``cobro combinar``.

Deterministas (semilla fija): la misma ``n`` da el mismo archivo. Una fila de cada
``cada_mala`` es deliberadamente mala (importe ilegible, sector inexistente o fecha
imposible) para comprobar que se señala y no se pierde.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

CABECERA = ["referencia", "nombre_cliente", "importe", "fecha_vencimiento", "sector",
            "audiencia", "canal", "registro", "pais", "direccion_cliente", "email_cliente",
            "obra", "certificacion", "periodo_facturado", "punto_suministro", "seguro",
            "plataforma", "licencias", "fecha_viaje", "destino", "fecha_suspension",
            "fecha_suspension_b2b", "id_fiscal_cliente", "numero_pedido"]
#: Variables propias de cada sector (vacías en las filas de otros sectores).
DEL_SECTOR = {
    "construccion": {"obra": "la nave de Coslada", "certificacion": "7"},
    "energia": {"periodo_facturado": "octubre de 2026", "punto_suministro": "la nave de Getafe",
                "fecha_suspension": "2027-01-20", "fecha_suspension_b2b": "2027-01-20"},
    "seguros": {"seguro": "seguro de hogar"},
    "tecnologia": {"plataforma": "Nubla ERP", "licencias": "25"},
    "turismo": {"fecha_viaje": "2027-02-14", "destino": "Lanzarote"},
}
PERFILES = [("turismo", ""), ("seguros", ""), ("energia", "b2c"), ("energia", "b2b"),
            ("tecnologia", ""), ("construccion", "")]
NOMBRES = ["Sofía Martínez", "José García", "Lucía López", "Íñigo Rodríguez", "María Díaz",
           "Ana Pérez", "Carlos Núñez", "Elena Gómez"]
PAISES = ["es", "mx", "co", "ar", "cl", "pe", "us"]
DATOS_FIJOS = {
    "empresa": "Servicios Ejemplo S.L.", "remitente": "Laura Martín", "cargo": "Administración",
    "telefono_contacto": "910 000 000", "email_contacto": "cobros@ejemplo.es",
    "enlace_pago": "https://pagos.ejemplo.es/f", "cuenta_pago": "ES12 3456 7890 1234 5678 9012",
    "horario_contacto": "de lunes a viernes, de 9:00 a 18:00",
    "medio_envio": "Por correo certificado con acuse de recibo",
    "id_fiscal": "B12345678", "direccion_empresa": "Calle Mayor 1, 28001 Madrid",
}
HOY = dt.date(2026, 11, 30)


def filas(n: int, cada_mala: int = 20, semilla: int = 7):
    azar = random.Random(semilla)
    for i in range(n):
        sector, audiencia = azar.choice(PERFILES)
        retraso = azar.randint(-3, 60)
        canal = azar.choice(["email", "email", "sms", "carta"])
        if retraso >= 30 and canal == "sms":
            canal = "email"
        if retraso < 7 and canal == "carta":
            canal = "email"
        importe = f"{azar.randint(20, 50000)}.{azar.randint(0, 99):02d}"
        vencimiento = (HOY - dt.timedelta(days=retraso)).isoformat()
        if cada_mala and i % cada_mala == cada_mala - 1:
            estropeo = (i // cada_mala) % 3
            if estropeo == 0:
                importe = "mucho"
            elif estropeo == 1:
                sector = "segurso"
            else:
                vencimiento = "2026-02-31"
        propias = DEL_SECTOR.get(sector, {})
        yield [f"F-{i:07d}", azar.choice(NOMBRES), importe, vencimiento, sector, audiencia,
               canal, azar.choice(["tu", "usted"]), azar.choice(PAISES),
               f"Calle {i % 97 + 1}, Ciudad", f"cliente{i}@ejemplo.invalid",
               *(propias.get(c, "") for c in CABECERA[11:-2]),
               *((f"B{i % 90000000 + 10000000}", f"PO-{i:06d}") if audiencia == "b2b"
                 or sector in ("tecnologia", "construccion") else ("", ""))]


def escribir_csv(ruta: Path, n: int, cada_mala: int = 20) -> Path:
    with open(ruta, "w", encoding="utf-8", newline="") as archivo:
        escritor = csv.writer(archivo)
        escritor.writerow(CABECERA)
        escritor.writerows(filas(n, cada_mala))
    return ruta


def escribir_datos(ruta: Path) -> Path:
    ruta.write_text("".join(f"{k}: {v}\n" for k, v in DATOS_FIJOS.items()), encoding="utf-8")
    return ruta
