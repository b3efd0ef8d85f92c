"""El fondo (``tests/fondo``): cadenas reales de catálogos de traducción, bien formadas, cada
una en la mitad que le toca su proyecto, sin proyectos del corpus, sin repeticiones y sin casi
duplicados de un texto del corpus. Estas pruebas no pasan el linter por el fondo: solo
comprueban los datos (ver ``tests/fondo/LEEME.md``)."""

from __future__ import annotations

import hashlib
import re

import pytest
import yaml

from .corpus_sintetico import RAIZ, cargar

FONDO = RAIZ / "tests" / "fondo"
fondo = cargar("cargar_fondo", FONDO / "cargar.py")
particion = cargar("particion_fondo", FONDO / "particion.py")

ENTRADAS = fondo.cargar()
_FUENTE = re.compile(r"^(?P<proyecto>[\w.-]+/[\w.-]+):(?P<ruta>[^@]+)@(?P<commit>[0-9a-f]{40})$")
_IDIOMA = re.compile(r"^es(_(?:[A-Z]{2}|419))?$")


def _repos_del_corpus() -> set[str]:
    """``owner/repo`` (en minúsculas) de cada fuente de GitHub del corpus: solo se leen las
    fuentes, nunca los textos."""
    repos = set()
    patron = re.compile(
        r"^(?:https?://(?:www\.)?github\.com/|https?://raw\.githubusercontent\.com/)?"
        r"([\w.-]+/[\w.-]+?)(?:\.git)?(?::|/|@|$)"
    )
    for archivo in sorted((RAIZ / "tests" / "corpus").glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
        for entrada in datos if isinstance(datos, list) else []:
            fuente = str(entrada.get("fuente", ""))
            coincide = patron.match(fuente)
            if coincide and ("github" in fuente or re.match(r"^[\w.-]+/[\w.-]+:", fuente)):
                repos.add(coincide.group(1).lower())
    return repos


def _donde(e) -> str:
    return f"{e.archivo}:{e.linea}"


def test_la_mitad_es_la_paridad_del_sha256_del_proyecto_en_minusculas():
    for proyecto in ("Sylius/Sylius", "openMF/web-app", "OCA/account-payment"):
        valor = int(hashlib.sha256(proyecto.lower().encode()).hexdigest(), 16)
        assert particion.mitad_de(proyecto) == ("ajuste" if valor % 2 == 0 else "reserva")
        assert particion.mitad_de(proyecto.upper()) == particion.mitad_de(proyecto)


def test_la_cuenta_de_palabras_ignora_etiquetas_y_cuenta_marcadores():
    assert fondo.palabras("Su factura %s vence el {0}") == 6
    assert fondo.palabras("<p>Pago</p> <br/> recibido") == 2
    assert fondo.palabras("Total : 3 €") == 2


def test_cada_entrada_tiene_sus_campos_y_su_fuente_nombra_proyecto_ruta_y_commit():
    malas = []
    for e in ENTRADAS:
        fuente = _FUENTE.match(e.fuente)
        if not (fuente and fuente["proyecto"] == e.proyecto and _IDIOMA.match(e.idioma)
                and e.clave and e.texto.strip() and e.archivo == _archivo(e.proyecto)):
            malas.append(_donde(e))
    assert malas == []


def _archivo(proyecto: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", proyecto.lower()).strip("-") + ".jsonl"


def test_cada_entrada_esta_en_la_mitad_de_su_proyecto():
    assert [_donde(e) for e in ENTRADAS if e.mitad != particion.mitad_de(e.proyecto)] == []


def test_cada_texto_tiene_al_menos_seis_palabras():
    assert [_donde(e) for e in ENTRADAS if fondo.palabras(e.texto) < fondo.MIN_PALABRAS] == []


def test_ningun_proyecto_es_del_corpus():
    excluidos = _repos_del_corpus()
    assert len(excluidos) > 200  # el corpus nombra sus repositorios en la fuente
    assert sorted({e.proyecto for e in ENTRADAS if e.proyecto.lower() in excluidos}) == []


def test_ningun_texto_se_repite():
    vistos: dict[str, str] = {}
    repetidos = []
    for e in ENTRADAS:
        if e.texto in vistos:
            repetidos.append(f"{_donde(e)} repite {vistos[e.texto]}")
        vistos.setdefault(e.texto, _donde(e))
    assert repetidos == []


def test_ningun_texto_es_casi_duplicado_de_un_texto_del_corpus():
    comparador = fondo.Comparador(fondo.textos_corpus())
    assert [_donde(e) for e in ENTRADAS if comparador.casi_duplicado(e.texto)] == []


def test_el_comparador_reconoce_copias_retocadas_y_contenidas():
    comparador = fondo.Comparador([fondo.normalizar(
        "Le recordamos que su factura número 123 venció ayer; puede pagarla en nuestra web.")])
    retocada = "Le recordamos que su factura número 456 venció ayer; puede pagarla en la web."
    assert comparador.casi_duplicado(retocada)
    assert comparador.casi_duplicado("le recordamos que su factura numero 123 vencio ayer")
    assert not comparador.casi_duplicado("Su pedido ha sido enviado y llegará en tres días hábiles.")


@pytest.mark.parametrize("mitad", particion.MITADES)
def test_cada_mitad_tiene_al_menos_mil_cadenas(mitad):
    assert len(fondo.cargar(mitad)) >= 1000


def test_el_fondo_viene_de_al_menos_doce_proyectos_y_seiscientas_cadenas_hablan_de_cobro():
    assert len({e.proyecto for e in ENTRADAS}) >= 12
    assert sum(fondo.tiene_vocabulario_cobro(e.texto) for e in ENTRADAS) >= 600
