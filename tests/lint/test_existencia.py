"""Expresiones simplificadas para saber solo si casan (generador/lint/existencia.py)."""

from __future__ import annotations

import random

import pytest
import regex

from generador.lint.existencia import para_existencia
from generador.lint.tipos_regla import TipoElementoRequerido

from .textos_de_prueba import corpus_desarrollo, mensajes_del_banco, textos_de_reglas

#: El importe de faltantes.yml (FAL001), acortado: una cifra con su continuación y la moneda.
IMPORTE = (r"\d(?:[\d.,  ]*\d)?\s?(?:(?:mil|millones)\s+(?:de\s+)?)?"
           r"(?:€|(?:EUR|MXN)(?![A-Za-z])|(?-i:M\.?N\.?)(?![A-Za-z])|(?:euros?|pesos)\b)")


def test_la_cifra_con_continuacion_se_queda_en_la_cifra():
    assert para_existencia(IMPORTE) == IMPORTE.replace(r"\d(?:[\d.,  ]*\d)?", r"\d", 1)
    assert para_existencia(r"[0-9](?:[ .]+[0-9])?\s*€") == r"[0-9]\s*€"
    assert para_existencia(r"\w(?:[-]{1,3}\w)??x") == r"\wx"


@pytest.mark.parametrize("patron", [
    r"(?<!\d)\d(?:[\d.]*\d)?€",      # una aserción delante mira otra posición
    r"\d(?:[\d.]*\w)?€",             # la continuación no acaba en el mismo átomo
    r"\d([\d.]*\d)?€",               # grupo que captura
    r"\d(?:[\d.]*\d)?+€",            # opcional posesivo
    r"\d(?:[\d.]*\d){0,2}€",         # no es un opcional
    r"(?i)\d(?:[\d.]*\d)?€",         # banderas delante
    r"\d(?:[\d.]*\d)?€(?x) # nota",  # banderas de toda la expresión en medio
    r"\bfactura\b",
])
def test_lo_que_no_cumple_las_condiciones_se_deja_tal_cual(patron):
    assert para_existencia(patron) == patron


def _texto_al_azar(azar: random.Random) -> str:
    trozos = ["1", "23", "4.567", "8,90", " ", "  ", "\u00a0", "€", "EUR", "eur", "MXN", "MN",
              "M.N.", "euros", "euro", "pesos", "mil ", "millones de ", "de ", "x", "-", ".", ","]
    return "".join(azar.choice(trozos) for _ in range(azar.randint(0, 14)))


@pytest.mark.parametrize("patron", [IMPORTE, r"[0-9](?:[ .]+[0-9])?\s*€", r"\w(?:[-]{1,3}\w)??x"])
def test_casa_en_los_mismos_textos(patron):
    corto = regex.compile(para_existencia(patron), regex.IGNORECASE)
    largo = regex.compile(patron, regex.IGNORECASE)
    azar = random.Random(14)
    textos = [_texto_al_azar(azar) for _ in range(4000)]
    textos += ["Total: 1.234,56 €", "1 2 3 4 5 6 7 8 9 MXN", "9 999 999", "12.50 M.N.", "5 mil pesos"]
    assert [bool(largo.search(t)) for t in textos] == [bool(corto.search(t)) for t in textos]
    assert any(largo.search(t) for t in textos) and not all(largo.search(t) for t in textos)


def test_el_elemento_usa_la_forma_corta_y_su_cota():
    tipo = TipoElementoRequerido("importe", patrones=[IMPORTE])
    tipo.precompilar()
    assert tipo._compilados[0].pattern == para_existencia(IMPORTE)
    assert para_existencia(IMPORTE) in tipo._cotas
    assert tipo._alguno("IBAN ES91 2100 0418 4502 0005 1332, importe 1.250,00 EUR")
    assert not tipo._alguno("IBAN ES91 2100 0418 4502 0005 1332, teléfono 910 123 456")


# -- lo que sigue, antes que las miradas atrás largas --------------------------------------

#: La fecha de faltantes.yml (FAL002), acortada: miradas atrás largas y luego «5 de marzo».
FECHA = (r"\b(?=\d)(?<![/.-]\d{2,4},?\s+de\s+)(?<!(?:emitid[oa]|de\s+fecha)[ \t]*"
         r"(?:el[ \t]+|:[ \t]*)?)(?<!(?:^|\n)[ \t]*\p{Lu}[\w. ]{1,30},[ \t]*)"
         r"\d{1,2}\s+de\s+(?:enero|marzo|abril)\b")
#: El teléfono (FAL004), acortado: las miradas cortas se quedan delante.
TELEFONO = r"(?<!\d)(?=[+(\d])(?<!\d[ \t.-])(?<!\b(?:nequi|bizum)[ \t]{0,3})\+?\d[\d ]{6,}\d"


def test_lo_que_sigue_se_mira_antes_que_las_miradas_atras_largas():
    resto = r"\d{1,2}\s+de\s+(?:enero|marzo|abril)\b"
    assert para_existencia(FECHA) == FECHA.replace(r"(?<![/.-]", f"(?={resto})(?<![/.-]", 1)
    assert para_existencia(TELEFONO) == TELEFONO.replace(
        r"(?<!\b(?:nequi", r"(?=\+?\d[\d ]{6,}\d)(?<!\b(?:nequi", 1)


@pytest.mark.parametrize("patron", [
    r"(?<![\w.+-])(?=[\w.+-]{1,64}@)(?<!(?:usuario|user)\s+)[\w.+-]+@\w+",  # ya descarta delante
    r"\b(?<!\d)factura\s+\d+",                  # ninguna mirada atrás larga
    r"\b(?<!(?:de|el)\s+)(\w+)\s+\1",           # referencia a un grupo
    r"\b(?<!(?:de|el)\s+)(?P<n>\w+)\s+x",       # grupo con nombre
    r"\b(?<!(?:de|el)\s+)\d+|hoy",              # alternativa suelta
    r"(?i)\b(?<!(?:de|el)\s+)\d+",              # banderas de toda la expresión
    r"\b(?<!(?:de|el)\s+)",                     # nada detrás
])
def test_lo_que_no_se_puede_reordenar_se_deja_tal_cual(patron):
    assert para_existencia(patron) == patron


def _fecha_al_azar(azar: random.Random) -> str:
    trozos = ["5", "12", "2026", " ", "  ", "\n", "\t", "de ", "marzo", "abril", "Marzo", "enero",
              "emitida", "emitido el ", "de fecha ", ": ", ", ", "Lima, ", "Madrid", "/", ".", "-",
              "el ", "nequi ", "bizum", "+34 ", "600 123 456", "x"]
    return "".join(azar.choice(trozos) for _ in range(azar.randint(0, 16)))


@pytest.mark.parametrize("patron", [FECHA, TELEFONO])
def test_reordenada_casa_en_los_mismos_textos_y_tramos(patron):
    reordenada = regex.compile(para_existencia(patron), regex.IGNORECASE)
    original = regex.compile(patron, regex.IGNORECASE)
    assert reordenada.pattern != original.pattern
    azar = random.Random(7)
    textos = [_fecha_al_azar(azar) for _ in range(4000)]
    textos += ["Vence el 5 de marzo.", "Factura emitida el 5 de marzo.", "Lima, 5 de marzo",
               "Llama al +34 600 123 456", "bizum 600 123 456"]
    esperado = [m and m.span() for m in map(original.search, textos)]
    assert [m and m.span() for m in map(reordenada.search, textos)] == esperado
    assert any(esperado) and not all(esperado)


# -- la cifra, y la moneda mirando atrás desde ella ----------------------------------------

def _importes_de_faltantes() -> list[str]:
    import yaml

    from generador.arbol import carpeta_reglas

    datos = yaml.safe_load((carpeta_reglas() / "faltantes.yml").read_text(encoding="utf-8"))
    (importe,) = [r for r in datos["reglas"] if r.get("elemento") == "importe"]
    return importe["patrones"]


def test_la_moneda_delante_se_mira_atras_desde_la_cifra():
    assert para_existencia(r"(?:\$|€|S/\.?)\s?\d") == r"(?<=(?:\$|€|S/\.?)\s?)\d"
    moneda = _importes_de_faltantes()[0]  # la de FAL001: la única con esta forma
    assert para_existencia(moneda) == "(?<=" + moneda.removesuffix(r"\d") + r")\d"


@pytest.mark.parametrize("patron", [
    r"(?:\$|€)\s?\d+",         # no acaba en la cifra sola
    r"(?:\$|€)(?:x)\s?\d",     # dos grupos delante
    r"(\$|€)\s?\d",            # grupo que captura
    r"(?:(\$)|€)\1?\s?\d",     # referencia a un grupo
    r"(?:\$|€)|x\s?\d",        # alternativa suelta
    r"(?i)(?:\$|€)\s?\d",      # banderas de toda la expresión
])
def test_lo_que_no_es_una_moneda_delante_de_la_cifra_se_deja(patron):
    assert not para_existencia(patron).startswith("(?<=(?:")


def _importe_al_azar(azar: random.Random) -> str:
    trozos = ["1", "23", "4.567", " ", "  ", "\n", "\u00a0", "$", "US$", "U$S", "$U", "RD$", "€",
              "£", "S/", "S/.", "s/", "B/.", "Bs", "Bs.", "BsS", "Bs. F", "Lps.", "Gs", "EUR",
              "eur", "MXN", "xEUR", "EURx", "usd", "UF", "CLF", "x", "-", ".", ",", "/", "a"]
    return "".join(azar.choice(trozos) for _ in range(azar.randint(0, 12)))


def test_la_moneda_mirando_atras_casa_en_los_mismos_textos(tmp_path):
    """Con textos al azar, los ejemplos de todas las reglas, el corpus de desarrollo y los
    mensajes de bench_lint.py: la expresión de FAL001 y su forma corta, en los mismos."""
    moneda = _importes_de_faltantes()[0]
    original = regex.compile(moneda, regex.IGNORECASE)
    corta = regex.compile(para_existencia(moneda), regex.IGNORECASE)
    assert corta.pattern != original.pattern
    azar = random.Random(10)
    textos = [_importe_al_azar(azar) for _ in range(6000)]
    textos += [*textos_de_reglas(), *corpus_desarrollo(), *mensajes_del_banco(tmp_path)]
    esperado = [original.search(t) is not None for t in textos]
    assert [corta.search(t) is not None for t in textos] == esperado
    assert 1000 < sum(esperado) < len(textos) - 1000
