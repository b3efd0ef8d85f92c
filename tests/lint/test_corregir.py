"""``cobro lint --corregir``: cada regla corregible se prueba con sus propios ejemplos.

incorrecto -> corrección de esa regla -> igual a ``corregido`` -> al revisarlo de nuevo no
queda ningún hallazgo de la regla ni aparece ninguno nuevo de otra.
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generador.lint import corregir
from generador.lint.cargar_reglas import cargar
from generador.lint.configuracion import Configuracion
from generador.lint.etapas import CANALES
from generador.lint.motor import Motor, Opciones, documento_de_texto

REGLAS = cargar().reglas
CORREGIBLES = [r for r in REGLAS if r.correccion.corrige]


def _opciones(ejemplo, **extra) -> Opciones:
    return Opciones(canal=ejemplo.canal, etapa=ejemplo.etapa, tipo=ejemplo.tipo,
                    registro=ejemplo.registro, mensaje=ejemplo.modo == "mensaje", pais=ejemplo.pais,
                    **extra)


def _revisar(texto: str, opciones: Opciones, asunto: str | None = None):
    motor = Motor(opciones)
    doc = documento_de_texto(texto, asunto)
    return motor.revisar_documento(doc, Configuracion())[0]


def test_las_reglas_corregibles_son_las_esperadas():
    assert {r.codigo: (r.correccion.tipo, r.correccion.segura) for r in CORREGIBLES
            if r.codigo in ("TON001", "TON010", "TON011", "TON012", "TON013", "FMT003")} == {
        "TON001": ("reescritura", False),
        "TON010": ("reescritura", False),
        "TON011": ("mayusculas", True),
        "TON012": ("exclamaciones", True),
        "FMT003": ("gsm7", True),
    }


def test_toda_regla_de_frases_de_tono_con_alternativas_se_puede_reescribir():
    sin = [r.codigo for r in REGLAS if r.tipo == "frases" and r.categoria.startswith("tono.")
           and r.sugerencias and r.correccion.tipo != "reescritura"]
    assert sin == [], "añade 'correccion: {tipo: reescritura, segura: false}' tras 'severidad:'"


@pytest.mark.parametrize("regla", CORREGIBLES, ids=[r.codigo for r in CORREGIBLES])
def test_toda_regla_corregible_tiene_un_ejemplo_corregido(regla):
    assert any(e.corregido for e in regla.incorrecto), (
        f"{regla.codigo} se corrige sola: añade 'corregido:' a un ejemplo incorrecto"
    )


@pytest.mark.parametrize("regla", CORREGIBLES, ids=[r.codigo for r in CORREGIBLES])
def test_el_ejemplo_incorrecto_corregido_da_lo_esperado_y_no_empeora(regla):
    for ejemplo in (e for e in regla.incorrecto if e.corregido):
        doc = documento_de_texto(ejemplo.texto, ejemplo.asunto)
        resultado = corregir.corregir_documento(Motor(_opciones(ejemplo)), doc, Configuracion(),
                                                inseguras=True, solo={regla.codigo})
        assert resultado.corregido == ejemplo.corregido
        assert resultado.descartadas == 0
        antes = Counter(h.regla for h in _revisar(ejemplo.texto, _opciones(ejemplo), ejemplo.asunto))
        despues = Counter(h.regla for h in _revisar(resultado.corregido, _opciones(ejemplo),
                                                     ejemplo.asunto))
        assert despues[regla.codigo] == 0
        assert {c: n for c, n in despues.items() if n > antes[c]} == {}


def test_corregir_sin_inseguro_no_reescribe_oraciones():
    regla = next(r for r in REGLAS if r.codigo == "TON001")
    ejemplo = regla.incorrecto[0]
    motor = Motor(_opciones(ejemplo))
    resultado = corregir.corregir_documento(motor, documento_de_texto(ejemplo.texto), Configuracion())
    assert resultado.corregido == ejemplo.texto
    assert [h.texto for h in resultado.hallazgos if h.regla == "TON001"] == ["denuncia penal", "cárcel"]


def test_sin_registro_conocido_no_se_elige_una_alternativa():
    texto = "Si no paga hoy, presentaremos una denuncia penal."
    resultado = corregir.corregir_documento(Motor(Opciones(selecciona=["TON001"])),
                                            documento_de_texto(texto), Configuracion(), True)
    assert resultado.corregido == texto


def test_la_reescritura_tras_dos_puntos_sigue_en_minuscula():
    texto = "Hola, Ana: si no pagas, irás a la cárcel. Gracias."
    motor = Motor(Opciones(registro="tu", selecciona=["TON001"]))
    resultado = corregir.corregir_documento(motor, documento_de_texto(texto), Configuracion(), True)
    assert resultado.corregido == (
        "Hola, Ana: si el pago sigue pendiente, podremos iniciar las acciones legales que "
        "correspondan. Gracias."
    )


def test_los_marcadores_no_se_tocan():
    texto = "PAGUE YA {{ NOMBRE_CLIENTE }} EL TOTAL!! Si no paga {{ importe }}, irá a la cárcel."
    motor = Motor(Opciones(registro="usted", selecciona=["TON001", "TON011", "TON012"]))
    resultado = corregir.corregir_documento(motor, documento_de_texto(texto), Configuracion(), True)
    assert resultado.corregido == (
        "Pague ya {{ NOMBRE_CLIENTE }} el total! Si no paga {{ importe }}, irá a la cárcel."
    )


def test_las_siglas_siguen_en_mayusculas_y_la_oracion_empieza_en_mayuscula():
    texto = "ÚLTIMO AVISO: PAGUE POR SPEI HOY."
    motor = Motor(Opciones(selecciona=["TON011"]))
    resultado = corregir.corregir_documento(motor, documento_de_texto(texto), Configuracion())
    assert resultado.corregido == "Último aviso: Pague por SPEI hoy."


def test_una_correccion_que_anade_un_hallazgo_se_descarta():
    # La alternativa de TON005 lleva {{ empresa }}: en un mensaje final sería FMT001.
    texto = "Cédula de notificación del Juzgado de Cobranza."
    motor = Motor(Opciones(registro="usted", mensaje=True, selecciona=["TON005", "FMT001"]))
    resultado = corregir.corregir_documento(motor, documento_de_texto(texto), Configuracion(), True)
    assert resultado.corregido == texto
    assert resultado.descartadas == 1
    assert [h.regla for h in resultado.hallazgos] == ["TON005", "TON005"]


def test_codificar_como_conserva_el_bom():
    assert corregir.codificar_como(b"\xef\xbb\xbfhola", "adiós") == b"\xef\xbb\xbfadi\xc3\xb3s"
    assert corregir.codificar_como(b"\xff\xfeh\x00", "a") == b"\xff\xfea\x00"
    assert corregir.codificar_como(b"hola", "a") == b"a"


# -- el corpus de mensajes reales: ninguna corrección añade un hallazgo -------------------

def _corpus() -> list[dict]:
    carpeta = Path(os.environ.get("COBRO_CORPUS") or Path(__file__).parents[1] / "corpus")
    entradas = []
    for archivo in sorted(carpeta.glob("*.yml")):
        entradas.extend(e for e in yaml.safe_load(archivo.read_text(encoding="utf-8")) or []
                        if isinstance(e, dict) and e.get("texto"))
    return entradas


CORPUS = _corpus()


def _clave(entrada: dict) -> tuple[str | None, bool]:
    return (entrada.get("canal") if entrada.get("canal") in CANALES else None,
            entrada.get("modo") == "mensaje")


@functools.cache
def _motor(clave: tuple[str | None, bool]) -> Motor:
    """Un motor por combinación de opciones (canal, modo), compartido por todo el corpus:
    revisar con uno nuevo por mensaje da los mismos hallazgos, solo que más despacio."""
    return Motor(Opciones(canal=clave[0], mensaje=clave[1]))


@functools.cache
def _hallazgos_originales(indice: int) -> Counter:
    """Los hallazgos de cada mensaje del corpus tal cual, por regla (una vez para las dos
    pasadas, --corregir y --corregir-inseguro)."""
    entrada = CORPUS[indice]
    doc = documento_de_texto(entrada["texto"])
    return Counter(h.regla for h in _motor(_clave(entrada)).revisar_documento(doc, Configuracion())[0])


@pytest.mark.skipif(not CORPUS, reason="tests/corpus/*.yml aún no tiene mensajes")
@pytest.mark.parametrize("inseguras", [False, True], ids=["corregir", "corregir-inseguro"])
def test_en_el_corpus_ninguna_correccion_anade_un_hallazgo(inseguras):
    """Todo el corpus (no una muestra): cada mensaje corregido se vuelve a revisar por
    separado, y ninguna regla da más hallazgos que en el original. Un mensaje que la
    corrección deja igual tiene, por definición, los mismos hallazgos: no se revisa dos
    veces."""
    cambiados = 0
    for indice, entrada in enumerate(CORPUS):
        motor = _motor(_clave(entrada))
        resultado = corregir.corregir_documento(
            motor, documento_de_texto(entrada["texto"]), Configuracion(), inseguras)
        if resultado.corregido == entrada["texto"]:
            continue
        antes = _hallazgos_originales(indice)
        despues = Counter(h.regla for h in motor.revisar_documento(
            documento_de_texto(resultado.corregido), Configuracion())[0])
        assert {c: n for c, n in despues.items() if n > antes[c]} == {}, entrada["id"]
        cambiados += 1
    assert cambiados > 0  # el corpus tiene mensajes abusivos: algo se corrige
