"""El fondo (``tests/fondo``): cadenas reales de catálogos de traducción, bien formadas, cada
una en la mitad que le toca su proyecto, sin proyectos del corpus, sin repeticiones y sin casi
duplicados de un texto del corpus. Estas pruebas no pasan el linter por el fondo: solo
comprueban los datos (ver ``tests/fondo/LEEME.md``)."""

from __future__ import annotations

import hashlib
import json
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
    excluidos = fondo.repos_del_corpus()
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


def test_el_leeme_trae_la_tabla_de_cuentas_de_los_datos_actuales():
    leeme = (FONDO / "LEEME.md").read_text(encoding="utf-8")
    assert f"{fondo.INICIO_CUENTAS}\n{fondo.cuentas(ENTRADAS)}\n{fondo.FIN_CUENTAS}" in leeme


def _entrada_jsonl(proyecto: str, texto: str, clave: str) -> str:
    return json.dumps({
        "texto": texto, "fuente": f"{proyecto}:es.po@{'0' * 40}", "clave": clave,
        "proyecto": proyecto, "idioma": "es", "mitad": particion.mitad_de(proyecto),
    }, ensure_ascii=False) + "\n"


def test_quitar_corpus_quita_proyectos_del_corpus_y_casi_duplicados_y_rehace_las_cuentas(
        tmp_path, capsys):
    extraer = cargar("extraer_fondo", FONDO / "extraer.py")
    corpus, carpeta = tmp_path / "corpus", tmp_path / "fondo"
    corpus.mkdir()
    carpeta.mkdir()
    (corpus / "c.yml").write_text(yaml.safe_dump([
        {"id": "x", "fuente": "ya/usado:plantilla.txt@abc", "texto": "Texto del corpus sin más."},
        {"id": "y", "fuente": "https://ejemplo.org/a",
         "texto": "Le recordamos que su factura número 123 venció ayer; puede pagarla en nuestra web."},
    ], allow_unicode=True), encoding="utf-8")
    (carpeta / "LEEME.md").write_text(f"# Fondo\n\n{fondo.INICIO_CUENTAS}\nvieja\n{fondo.FIN_CUENTAS}\n",
                                      encoding="utf-8")
    (carpeta / "ya-usado.jsonl").write_text(
        _entrada_jsonl("ya/usado", "Su pedido ha sido enviado a la dirección indicada.", "a"),
        encoding="utf-8")
    (carpeta / "otro-proyecto.jsonl").write_text(
        _entrada_jsonl("otro/proyecto", "Le recordamos que su factura número 456 venció ayer; "
                       "puede pagarla en la web.", "casi")
        + _entrada_jsonl("otro/proyecto", "El pago se ha registrado correctamente en su cuenta.", "bien"),
        encoding="utf-8")

    assert extraer.quitar_corpus(carpeta, corpus) == 0

    assert sorted(p.name for p in carpeta.glob("*.jsonl")) == ["otro-proyecto.jsonl"]
    quedan = fondo.cargar(carpeta=carpeta)
    assert [(e.clave, e.proyecto) for e in quedan] == [("bien", "otro/proyecto")]
    salida = capsys.readouterr().out
    assert "ya-usado.jsonl: su proyecto está en el corpus; se quitan sus 1 entradas" in salida
    assert "otro-proyecto.jsonl: 1 casi duplicadas del corpus: ['casi']" in salida
    assert "recordamos" not in salida  # nunca imprime un texto (ni del corpus ni propio)
    leeme = (carpeta / "LEEME.md").read_text(encoding="utf-8")
    assert f"{fondo.INICIO_CUENTAS}\n{fondo.cuentas(quedan)}\n{fondo.FIN_CUENTAS}" in leeme
    assert "vieja" not in leeme
