"""La búsqueda del catálogo real en un Chromium: el índice compacto que publica el sitio
(``cobro-indice.js`` y ``cobro-indice-es.js``, ver generador/sitio/busqueda.py) da los
mismos resultados, en el mismo orden y con los mismos puntos, que el índice sin compactar:
cada documento con su título, URL, clase, extracto y todas sus claves escritas tal cual.

El índice sin compactar se arma en Python con :func:`leer` (que descodifica por su cuenta,
sin el código del navegador) y se busca en él con la misma función ``buscar`` de cobro.js.
"""

from __future__ import annotations

import pytest

from generador.sitio.busqueda import EXTRACTO, _cortar, leer

from .conftest import abrir_pestana, servido

pytestmark = pytest.mark.navegador

#: Consultas de quien busca en el catálogo: palabras sueltas, plurales y tildes, varias
#: palabras, prefijos (la última palabra abierta), sinónimos, frases, códigos de regla,
#: nombres de guías y etapas, y nada que encontrar.
CONSULTAS = [
    "poliza", "pólizas", "facturas", "recordatorio", "aviso", "recordatorio previo",
    "ultimo aviso carta", "carta", "burofax", "correo", "email usted", "sms tú", "whatsapp",
    "deuda", "impagada", "vencidas", "intereses de demora", "plan de pagos", "agencia",
    "disputa", "acuse", "agradecimiento", "energía b2c", "construcción", "seguros",
    "suministro", "sumin", "recor", "pago recibido", '"plan de pagos"', '"le recordamos"',
    "escalera de cobro", "cobranza", "guía", "combinar", "regla", "ESP002", "tono", "usted",
    "tu", "España", "línea de órdenes", "cobro sitio", "preaviso", "xyzzy", "a",
]

#: Lo que se compara de cada resultado: todo lo que se muestra y lo que lo ordena.
RESULTADO = "r => [r.doc.u, r.doc.p || '', r.doc.t, r.doc.c, r.doc.x, r.puntos]"

#: El índice sin compactar, con la forma que usa ``buscar``.
SIN_COMPACTAR = """ref => {
  const docs = [], porClave = new Map(), grupos = new Map(), lista = s => s ? s.split(" ") : [];
  ref.docs.forEach((d, i) => {
    const doc = {t: d.t, u: d.u, x: d.x, c: d.c, kp: d.kp};
    if (d.p) doc.p = d.p;
    doc.titulo = new Set(lista(d.kt));
    doc.tipo = new Set(lista(d.kp));
    doc.cuerpo = new Set([...lista(d.kt), ...lista(d.kp), ...lista(d.k)]);
    doc.plano = window.cobroBusqueda.plegar(d.t + " " + d.x).replace(/\\s+/g, " ");
    doc.cuerpo.forEach(c => { if (!porClave.has(c)) porClave.set(c, []); porClave.get(c).push(i); });
    docs.push(doc);
  });
  ref.sinonimos.forEach(g => g.forEach(c => grupos.set(c, g)));
  window.__sinCompactar = {docs, porClave, grupos};
}"""


@pytest.fixture(scope="module")
def pestana_real(navegador, sitio_real):
    assets = sitio_real.salida / "assets"
    base, es = leer(assets), leer(assets, "es")
    docs = [{**d, "x": _cortar(d["x"], EXTRACTO), "p": d.get("p")} for d in base["docs"] + es["docs"]]
    with servido(sitio_real.salida) as url:
        contexto, pestana = abrir_pestana(navegador, url)
        pestana.goto("buscar/")
        pestana.evaluate(SIN_COMPACTAR, {"docs": docs, "sinonimos": base["sinonimos"]})
        pestana.evaluate("() => window.cobroBusqueda.cargarIndice('es')"
                         ".then(idx => { window.__compacto = idx; })")
        yield pestana
        assert pestana.externas == [] and pestana.errores == []
        contexto.close()


def test_el_indice_compacto_tiene_cada_documento_entero(pestana_real):
    """Los mismos documentos, en el mismo orden, con los mismos campos y claves."""
    campos = """idx => idx.docs.map(d => [d.t, d.u, d.c, d.x, d.p || '', d.kp || '',
        [...d.titulo].sort(), [...d.tipo].sort(), [...d.cuerpo].sort()])"""
    compacto = pestana_real.evaluate(f"() => ({campos})(window.__compacto)")
    sin_compactar = pestana_real.evaluate(f"() => ({campos})(window.__sinCompactar)")
    assert len(compacto) > 600  # el índice común y el de España
    assert compacto == sin_compactar


@pytest.mark.parametrize("consulta", CONSULTAS)
def test_la_busqueda_da_lo_mismo_que_sin_compactar(pestana_real, consulta):
    buscar = ("q => [window.__compacto, window.__sinCompactar].map(idx => "
              f"window.cobroBusqueda.buscar(idx, q).map({RESULTADO}))")
    compacto, sin_compactar = pestana_real.evaluate(buscar, consulta)
    assert compacto == sin_compactar
    if consulta not in ("xyzzy", "a"):
        assert compacto, f"«{consulta}» no encuentra nada: elige una consulta que encuentre algo"
