"""Ronda 4 del corpus: su regla de partición y la cifra «prueba sin proyectos compartidos».

Todo con datos sintéticos: estas pruebas no leen ni puntúan la parte ``prueba`` real.
"""

from __future__ import annotations

from .corpus_sintetico import RAIZ, cargar, entrada, orden, particion

precision = cargar("precision", RAIZ / "benchmarks" / "precision.py")


def test_el_proyecto_es_el_repositorio_o_el_dominio():
    assert precision.proyecto("Owner/Repo:lang/es/texts.php@0123abcd") == "owner/repo"
    assert precision.proyecto("owner/repo") == "owner/repo"
    assert precision.proyecto("https://www.infobae.com/mexico/2024/nota/?utm=1") == "infobae.com"
    assert precision.proyecto("https://amp.milenio.com/policia/x#y") == "milenio.com"
    assert precision.proyecto("http://diario.ejemplo.mx:8080/a") == "diario.ejemplo.mx"


def test_prueba_sin_proyectos_compartidos_quita_los_vistos_en_desarrollo():
    desarrollo = [{"fuente": "odoo/odoo:addons/a/es.po@1"},
                  {"fuente": "https://www.diario.com/nota-1"}]
    prueba = [
        {"id": "mismo-repo", "fuente": "odoo/odoo:addons/b/es_MX.po@2"},
        {"id": "mismo-diario", "fuente": "https://diario.com/nota-2"},
        {"id": "repo-nuevo", "fuente": "akaunting/akaunting:lang/es.php@3"},
        {"id": "web-nueva", "fuente": "https://otro.pe/nota"},
    ]
    solas = precision.sin_proyectos_compartidos(prueba, desarrollo)
    assert [e["id"] for e in solas] == ["repo-nuevo", "web-nueva"]


def test_la_ronda_4_llena_prueba_por_hash_hasta_la_mitad_de_la_ronda():
    # Cuatro fuentes de la ronda 4 con 1, 2, 3 y 1 mensajes: en orden de hash, cada grupo
    # entra en prueba mientras la ronda 4 en prueba sea menos de la mitad (7 / 2 = 3,5).
    tamanos = {"https://a.example/1": 1, "https://b.example/2": 2, "https://c.example/3": 3,
               "https://d.example/4": 1}
    todas = [entrada(f, 4) for f, n in tamanos.items() for _ in range(n)]
    esperadas = particion.partes_esperadas(todas)
    en_prueba = 0
    for fuente in orden(list(tamanos)):
        toca = "prueba" if en_prueba < 3.5 else "desarrollo"
        partes = {esperadas[i] for i, e in enumerate(todas) if e["fuente"] == fuente}
        assert partes == {toca}, fuente
        en_prueba += tamanos[fuente] if toca == "prueba" else 0
    assert 3.5 <= en_prueba <= 7


def test_la_ronda_4_no_mueve_las_entradas_de_rondas_anteriores():
    anteriores = [entrada(f"https://viejo{i}.example/n") for i in range(12)]
    anteriores += [entrada(f"https://r3-{i}.example/n", 3) for i in range(4)]
    antes = particion.partes_esperadas(anteriores)
    con_ronda4 = anteriores + [entrada(f"https://r4-{i}.example/n", 4) for i in range(30)]
    despues = particion.partes_esperadas(con_ronda4)
    assert [despues[i] for i in range(len(anteriores))] == [antes[i] for i in range(len(anteriores))]
    # y una fuente de la ronda 4 con el fragmento o la consulta distinta va con su grupo
    dos = [entrada("https://x.example/n#uno", 4), entrada("https://x.example/n?p=2", 4)]
    partes = particion.partes_esperadas(dos)
    assert partes[0] == partes[1] == "prueba"
