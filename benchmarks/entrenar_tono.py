"""Entrena la señal de tono aprendida (``reglas/modelo_tono.json``) y la valida por fuente.

    python benchmarks/entrenar_tono.py                 # validación cruzada (tabla) y nada más
    python benchmarks/entrenar_tono.py --exportar      # además, entrena con todo y escribe el JSON
    python benchmarks/entrenar_tono.py --catalogo DIR  # negativos de un `cobro generar` ya hecho

Necesita scikit-learn (extra ``test`` de pyproject.toml); el linter no: puntúa el JSON en
Python puro (:mod:`generador.lint.modelo_tono`, las mismas características).

Datos (solo ``parte: desarrollo``; la parte ``prueba`` no se carga nunca):

- las entradas de ``desarrollo`` del corpus, con sus etiquetas ``tono.*``;
- como negativos, una muestra fija (cada ``PASO_CATALOGO``-ésimo archivo, en orden) de lo que
  escribe ``cobro generar`` (plantillas y ejemplos): el modelo no debe señalar nuestro texto;
- como negativos, las cadenas de la mitad ``ajuste`` del fondo (``tests/fondo``: textos reales
  legítimos de catálogos de programas de facturación, ERP y tiendas), cada una sola (como las lee
  ``benchmarks/falsas_alarmas_fondo.py``); la mitad ``reserva`` no se carga nunca;
- los casos y ejemplos de las reglas (``tests/lint/casos/*.yml``, ``incorrecto``/``correcto``
  de ``reglas/``): ``falla`` e ``incorrecto`` de las reglas de tono como positivos de su
  categoría, todos los ``pasa`` y ``correcto`` como negativos (:func:`casos_de_reglas`).
  Solo se usan para entrenar, nunca para medir; con ellos la validación cruzada sube.

Validación cruzada: los pliegues de ``benchmarks/validacion_cruzada.py`` (por fuente: dominio
de la URL u ``owner/repo``; todos los mensajes de una fuente en el mismo pliegue). En cada
pliegue se entrena con los demás pliegues + los datos de arriba, se poda y se exporta igual
que el modelo final, y se puntúa el pliegue retenido con el puntuador del linter. Se comparan
las reglas solas (las de hoy, sin la regla del modelo), el modelo solo y reglas O modelo, a
varios umbrales, en P y R binarios y por categoría.

Hiperparámetros fijos (``C``, ``PESO_CATALOGO``, ``MAX_CARACTERISTICAS``, ``INTERCEPTO``,
``UMBRAL``), elegidos solo con esta validación cruzada (nunca con la parte ``prueba``):
``--rejilla`` repite la tabla con otros ``C`` y pesos del catálogo (C = 1, 4 y 16 dieron casi
lo mismo; se quedó 4); con 1.500 características por modelo el recall bajaba y con 6.000 no
subía; sin término independiente, un mensaje corto de palabras que el modelo no conoce puntúa 0
en vez del sesgo (con él, «Nunca contactaremos a tu familia» superaba el umbral). ``UMBRAL``:
con el corte de :data:`generador.lint.modelo_tono.PALABRAS_MINIMAS`, de 0,50 a 1,50 la
exhaustividad de reglas O modelo es la misma (0,91 con los 357 mensajes de desarrollo del
30-11-2026) con precisión >= 0,92 (0,90 más un margen de unos dos mensajes, lo que varía la
cifra de un pliegue a otro); se eligió 1,25 (P 0,95): por encima de los casos ``pasa`` escritos
por nosotros que más puntúan («Último aviso: pague hoy mismo.» sin etapa, 0,84; «Usted es un
cliente valioso para nosotros.», 0,60) aunque tuvieran más palabras. Sin el corte, el modelo
subía la exhaustividad a 0,92-0,94, pero señalaba mensajes cortos correctos («Le deseamos que
esté muy bien con su familia estas fiestas.»). La muestra del catálogo queda muy por debajo
(máximo -1,47). Todo es determinista (liblinear con ``random_state=0``, muestras en orden
fijo): el mismo corpus da el mismo JSON.

``PESO_CASOS`` (ronda 6, con 1.084 casos y 383 mensajes de desarrollo): sin peso (``None``,
cada caso pesa 1) la tabla da reglas O modelo P 0,92 R 0,90 a 1,25; con los casos pesando en
total lo mismo que el corpus (1,0), P 0,90 R 0,90, y el modelo ya no calla en todos los casos
``pasa`` (lo exige ``tests/lint/test_modelo_tono.py``); con 2,0, P 0,91 R 0,90. Se queda sin
peso; el parámetro sirve para repetir la comparación cuando los casos crezcan más.
Ronda 7 (1.661 casos, 389 mensajes de desarrollo): sin peso, reglas O modelo a 1,25 da P 0,95
R 0,90 (reglas solas P 0,97 R 0,88); con 1,0, P 0,91 R 0,90. Se queda sin peso.
Ronda 8 (2.621 casos, con los cientos de cobros legítimos de ``casos/tono_precision8.yml`` y los
de ``tono_recall8.yml``; 440 mensajes de desarrollo): sin peso, reglas O modelo a 1,25 da P 0,94
R 0,91 (reglas solas P 0,96 R 0,88), igual que a 1,50; se quedan 1,25 y sin peso. Con esos
negativos, de los 201 cobros legítimos de ``benchmarks/datos/tono_legitimos_reserva.txt`` (que
no entran al entrenar) superan 1,25 dos, frente a seis con el modelo anterior
(``benchmarks/falsas_alarmas_tono.py``).
Ronda 9 (el fondo, ``tests/fondo``, 3.035 cadenas de ``ajuste`` de 6 proyectos; 2.706 casos; 440
mensajes de desarrollo). Las cadenas del fondo tienen su pliegue por proyecto: en la validación
cruzada, el modelo que puntúa las cadenas de un proyecto no las vio, y la tabla dice cuántas
señalan reglas O modelo. Sin el fondo (``--sin-fondo``): reglas O modelo a 1,25 P 0,94 R 0,92 y 32
cadenas del fondo señaladas (1,05 %; 48 a 1,00). Con el fondo, cada cadena con peso 1: a 1,00 P
0,95 R 0,92 y 2 cadenas, pero ``class_weight="balanced"`` contaba las 3.035 cadenas y subía el
peso de los positivos: siete avisos legales legítimos de los casos ``pasa`` («De no pagar, la
empresa podrá presentar una demanda ante el juzgado competente») superaban el umbral. Por eso
los pesos de clase se cuentan sin el fondo (:func:`entrenar`). Así, con cada cadena con peso 1:
a 1,00 P 0,96 R 0,91 y ninguna cadena (a 0,50, P 0,94 R 0,92 y 3, pero cinco casos ``pasa``
señalados); con el fondo pesando en total lo mismo que los negativos del corpus
(``PESO_FONDO = 1.0``): a 1,00 P 0,96 R 0,92 y 4 cadenas (0,13 %), a 1,25 P 0,97 R 0,91 y 1.
Unidas de 8 en 8 en pseudo-mensajes de un proyecto (``--agrupar-fondo 8``, más largos, como un
mensaje; antes de contar los pesos de clase sin el fondo): a 1,25 P 0,94 R 0,92, lo mismo que sin
fondo. Se quedan cada cadena sola, ``PESO_FONDO = 1.0`` y el umbral 1,00: la misma exhaustividad
que antes (0,92), más precisión (0,94 -> 0,96) y 8 veces menos cadenas del fondo señaladas.
Con el fondo ampliado (15.036 cadenas de ``ajuste`` de 27 proyectos), los mismos parámetros dan a
1,00 P 0,97 R 0,91 (a 0,75, P 0,94 R 0,92) y 19 cadenas retenidas señaladas (0,13 %); en la
reserva, 110 cadenas frente a 112 con el modelo de las 3.035: no compensa una exhaustividad menor
y el JSON se queda con el de las 3.035 cadenas (``corpus.fondo_ajuste`` en su cabecera).
Ronda 12 (477 mensajes de desarrollo, 2.982 casos, las 15.036 cadenas de ``ajuste``; el JSON no
se reentrenó): la tabla, por categoría, a 1,00, dice que reglas O modelo no suma exhaustividad de
categoría a las reglas solas en ``tono.agresivo`` (R 0,61 -> 0,61; P 0,88 -> 0,82) ni en
``tono.humillacion`` (R 0,82 -> 0,82; P 0,86 -> 0,82): el modelo de esas categorías atribuye mal
(modelo solo: agresivo P 0,73 R 0,17, humillación P 0,50 R 0,05). Las filas «reglas O vigente»
miden el linter sin las reglas de esas dos categorías (``CATEGORIAS_SIN_REGLA``: el modelo calla
si la categoría de más peso es una de ellas): la precisión de categoría sube a la de las reglas
solas, pero la exhaustividad binaria baja (a 1,00, P 0,98 R 0,90 -> P 0,98 R 0,89). Se quedan
TON021 y TON022 y el umbral 1,00: los mensajes que solo el modelo ve son abusivos aunque la
categoría no acierte, y perderlos cuesta más que la precisión de categoría que se gana.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RAIZ = Path(__file__).resolve().parents[1]
if str(RAIZ) not in sys.path:
    sys.path.insert(0, str(RAIZ))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import precision  # noqa: E402
import validacion_cruzada  # noqa: E402

from generador.lint import modelo_tono  # noqa: E402

CATEGORIAS = precision.CATEGORIAS_TONO
PLIEGUES = 5
#: Regularización de la regresión logística (inversa): elegida por validación cruzada.
C = 4.0
#: Peso total de los negativos del catálogo, en múltiplos de los negativos del corpus.
PESO_CATALOGO = 1.0
#: Peso total de los casos y ejemplos de las reglas, en múltiplos de los mensajes del corpus, o
#: ``None`` (cada caso pesa 1, como un mensaje); se comparó en la ronda 6 (ver el docstring).
PESO_CASOS: float | None = None
#: Un archivo de cada tantos de ``cobro generar`` entra como negativo.
PASO_CATALOGO = 12
#: Características que se conservan en el modelo binario y en cada modelo de categoría (las de
#: más peso absoluto): con menos, la validación cruzada empeora; con más, no mejora.
MAX_CARACTERISTICAS = 3000
MAX_CARACTERISTICAS_CATEGORIA = 1500
#: Umbral de la puntuación binaria (función de decisión de la regresión logística).
UMBRAL = 1.0
#: Sin término independiente: un texto sin palabras conocidas puntúa 0 (solo señala lo que
#: tiene pruebas en contra). Con él, un mensaje corto de palabras nuevas puntuaba como el sesgo.
INTERCEPTO = False
UMBRALES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
#: Peso total de las cadenas del fondo (``tests/fondo``, mitad ``ajuste``) como negativos, en
#: múltiplos de los negativos del corpus, o ``None`` (cada cadena pesa 1); y cuántas cadenas
#: seguidas de un mismo proyecto forman un pseudo-mensaje (1: cada cadena sola, como la lee
#: ``benchmarks/falsas_alarmas_fondo.py``). Ver el docstring (ronda 9).
PESO_FONDO: float | None = 1.0
AGRUPAR_FONDO = 1
SALIDA = RAIZ / "reglas" / "modelo_tono.json"
#: Mínimo de positivos de una categoría para tener modelo propio.
MIN_POSITIVOS_CATEGORIA = 20
#: Categorías con modelo propio. ``tono.consecuencia_prematura`` no: depende de la etapa, que
#: el modelo no ve (sus casos solo fallan en una etapa), y en la validación cruzada su modelo
#: acertó 1 de 27; sus mensajes van a la categoría siguiente que más puntúe.
CATEGORIAS_MODELO = tuple(c for c in CATEGORIAS if c != "tono.consecuencia_prematura")
#: Categorías que las filas «reglas O vigente» de la tabla tratan como sin regla en el linter: si
#: la categoría de más peso de un mensaje es una de ellas, la señal calla (binario incluido). Sirve
#: para medir qué pasaría al retirar sus reglas (ronda 12: TON021 y TON022; ver el docstring).
CATEGORIAS_SIN_REGLA = ("tono.agresivo", "tono.humillacion")


# --- Lectura ------------------------------------------------------------------------------

class Lector:
    """Lee textos como ``cobro lint``: el mismo ``Contexto.plegado`` que verá la regla."""

    def __init__(self) -> None:
        from generador.lint import entrada as lector
        from generador.lint.cargar_reglas import cargar as cargar_reglas
        from generador.lint.configuracion import Configuracion
        from generador.lint.motor import Motor, Opciones

        self.lector, self.Motor, self.Opciones = lector, Motor, Opciones
        self.config = Configuracion()
        self.reglas = [r for r in cargar_reglas().reglas if not _es_del_modelo(r)]
        self._carpeta = tempfile.TemporaryDirectory(prefix="cobro-entrenar-")
        self._ruta = Path(self._carpeta.name) / "mensaje"

    def leer(self, texto: str, canal: str | None = None, modo: str = "plantilla",
             reglas: bool = False) -> tuple[str, set[str]]:
        """(plegado, categorías de tono que dan las reglas de hoy si ``reglas``)."""
        self._ruta.write_text(texto, encoding="utf-8")
        return self.leer_archivo(self._ruta, canal, modo, reglas)

    def leer_archivo(self, ruta: Path, canal: str | None = None, modo: str = "plantilla",
                     reglas: bool = False) -> tuple[str, set[str]]:
        doc = self.lector.leer(str(ruta))
        motor = self.Motor(self.Opciones(canal=canal, mensaje=modo == "mensaje"))
        ctx = motor.contexto(doc, self.config)
        categorias: set[str] = set()
        if reglas:
            hallazgos, _ = motor.revisar_documento(doc, self.config, self.reglas, ctx=ctx)
            categorias = {_categoria(h.categoria) for h in hallazgos
                          if h.categoria.startswith("tono.")}
        return ctx.plegado, categorias


def _es_del_modelo(regla: Any) -> bool:
    funcion = getattr(regla.comprobador, "funcion", None)
    return getattr(funcion, "__name__", "") == "modelo_tono"


def _categoria(categoria: str) -> str:
    return ".".join(categoria.split(".")[:2])


def corpus(lector: Lector) -> list[dict[str, Any]]:
    filas = []
    for e in precision.cargar(RAIZ / "tests" / "corpus", "desarrollo"):  # nunca «prueba»
        assert e.get("parte") == "desarrollo"
        canal = e.get("canal")
        canal = None if canal in (None, "", "desconocido") else str(canal)
        modo = "mensaje" if e.get("modo") == "mensaje" else "plantilla"
        plegado, reglas = lector.leer(str(e.get("texto") or ""), canal, modo, reglas=True)
        grupo = validacion_cruzada.grupo_fuente(str(e.get("fuente") or ""))
        filas.append({"id": e.get("id"), "plegado": plegado, "reglas": reglas,
                      "tono": set((e.get("etiquetas") or {}).get("tono") or []),
                      "pliegue": validacion_cruzada.pliegue(grupo, PLIEGUES)})
    return filas


def catalogo(lector: Lector, carpeta: Path | None) -> list[dict[str, Any]]:
    """Negativos: una muestra fija de lo que escribe ``cobro generar``."""
    temporal = None
    if carpeta is None:
        from generador import dominio
        from generador.componer import Filtros
        from generador.generar import generar

        temporal = tempfile.TemporaryDirectory(prefix="cobro-entrenar-catalogo-")
        carpeta = Path(temporal.name) / "salida"
        generar(dominio.modelo(RAIZ), carpeta, Filtros(None, None, None, None, None), None,
                False, None)
    archivos = sorted(p for p in carpeta.rglob("*") if p.is_file() and p.suffix in (".txt", ".md")
                      and not p.name.startswith("."))
    filas = [{"plegado": lector.leer_archivo(p)[0], "tono": set(), "origen": "catalogo"}
             for p in archivos[::PASO_CATALOGO]]
    if temporal is not None:
        temporal.cleanup()
    return filas


def casos_de_reglas(lector: Lector) -> list[dict[str, Any]]:
    """Casos (``tests/lint/casos/*.yml``) y ejemplos de las reglas, escritos por nosotros.

    Positivos: los ``falla`` y ``incorrecto`` de las reglas de tono, con la categoría de su
    regla, salvo los que solo fallan en un contexto (una etapa, un canal, un país: el modelo
    solo ve el texto). Negativos: todos los ``pasa`` y ``correcto`` (de cualquier regla: un
    texto que una regla da por bueno no es un cobro abusivo). Los ``falla`` de otras
    familias (un elemento que falta, mayúsculas) no son ni lo uno ni lo otro y no se usan.
    """
    import yaml

    categoria_de = {r.codigo: _categoria(r.categoria) for r in lector.reglas}
    filas = []

    def anotar(texto: str, tono: set[str]) -> None:
        filas.append({"plegado": lector.leer(texto)[0], "tono": tono, "origen": "casos"})

    for archivo in sorted((RAIZ / "tests" / "lint" / "casos").glob("*.yml")):
        datos = yaml.safe_load(archivo.read_text(encoding="utf-8")) or {}
        for codigo, casos in datos.items():
            categoria = categoria_de.get(codigo, "")
            for resultado, lista in (casos or {}).items():
                if resultado == "falla" and not categoria.startswith("tono."):
                    continue
                for caso in lista or []:
                    texto = caso["texto"] if isinstance(caso, dict) else str(caso)
                    if resultado == "falla" and _con_contexto(caso):
                        continue  # «Último aviso: pague hoy mismo» solo falla en vencimiento
                    anotar(texto, {categoria} if resultado == "falla" else set())
    for regla in lector.reglas:
        de_tono = regla.categoria.startswith("tono.")
        for ejemplo in regla.incorrecto if de_tono else []:
            if not ejemplo.contexto():
                anotar(ejemplo.texto, {_categoria(regla.categoria)})
        for ejemplo in regla.correcto:
            anotar(ejemplo.texto, set())
    return filas


def fondo(lector: Lector, agrupar: int = AGRUPAR_FONDO) -> list[dict[str, Any]]:
    """Negativos reales: las cadenas de la mitad ``ajuste`` de ``tests/fondo`` (nunca las de
    ``reserva``), cada una sola o, con ``agrupar`` > 1, unidas de ``agrupar`` en ``agrupar``
    dentro de un mismo proyecto. El pliegue es el del proyecto (como el corpus por fuente): en
    la validación cruzada, las cadenas de un proyecto no entrenan el modelo que las puntúa."""
    sys.path.insert(0, str(RAIZ / "tests" / "fondo"))
    import cargar as cargar_fondo

    por_proyecto: dict[str, list[str]] = {}
    for e in cargar_fondo.cargar("ajuste"):
        assert e.mitad == "ajuste"  # la reserva no se lee nunca
        por_proyecto.setdefault(e.proyecto, []).append(e.texto)
    filas = []
    for proyecto, textos in sorted(por_proyecto.items()):
        pliegue = validacion_cruzada.pliegue(proyecto.lower(), PLIEGUES)
        for k in range(0, len(textos), agrupar):
            plegado, reglas = lector.leer("\n\n".join(textos[k:k + agrupar]), reglas=True)
            filas.append({"plegado": plegado, "reglas": reglas, "tono": set(),
                          "origen": "fondo", "pliegue": pliegue, "proyecto": proyecto})
    return filas


def _con_contexto(caso: Any) -> bool:
    """Si un caso solo vale en un contexto (etapa, canal, país...): el modelo no lo ve."""
    return isinstance(caso, dict) and any(k not in ("texto", "senala", "asunto") for k in caso)


# --- Entrenamiento y exportación --------------------------------------------------------------

def entrenar(filas: list[dict[str, Any]], c: float = C, peso_catalogo: float = PESO_CATALOGO,
             max_caracteristicas: int = MAX_CARACTERISTICAS,
             max_categoria: int = MAX_CARACTERISTICAS_CATEGORIA,
             intercepto: bool = INTERCEPTO,
             peso_casos: float | None = PESO_CASOS,
             peso_fondo: float | None = PESO_FONDO) -> dict[str, Any]:
    """Entrena y devuelve el modelo ya podado, en el formato de ``reglas/modelo_tono.json``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectores = [modelo_tono.valores(f["plegado"])
                for f in filas]
    vectorizador = DictVectorizer()
    x = vectorizador.fit_transform(vectores).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear solo admite índices de 32 bits
    x.indptr = x.indptr.astype("int32")
    nombres = vectorizador.get_feature_names_out()
    otros_neg = sum(1 for f in filas if f.get("origen") not in ("catalogo", "fondo")
                    and not f["tono"])
    de_catalogo = sum(1 for f in filas if f.get("origen") == "catalogo")
    de_corpus = sum(1 for f in filas if f.get("origen") not in ("catalogo", "casos", "fondo"))
    de_casos = sum(1 for f in filas if f.get("origen") == "casos")
    de_fondo = sum(1 for f in filas if f.get("origen") == "fondo")
    neg_corpus = sum(1 for f in filas if f.get("origen") not in ("catalogo", "casos", "fondo")
                     and not f["tono"])
    por_caso = (peso_casos * de_corpus / de_casos) if peso_casos is not None and de_casos else 1.0
    por_fondo = (peso_fondo * neg_corpus / de_fondo) if peso_fondo is not None and de_fondo else 1.0
    peso = [(peso_catalogo * otros_neg / de_catalogo) if f.get("origen") == "catalogo" and de_catalogo
            else por_caso if f.get("origen") == "casos"
            else por_fondo if f.get("origen") == "fondo" else 1.0 for f in filas]

    fuera_del_balance = [f.get("origen") == "fondo" for f in filas]

    def balance(y: list[int]) -> dict[int, float]:
        """Los pesos de clase de ``class_weight="balanced"``, contados sin el fondo: miles de
        cadenas legítimas cortas no deben subir el peso de los positivos (con ellas contadas,
        los avisos legales legítimos de los casos ``pasa`` puntuaban por encima del umbral)."""
        cuentas = [sum(1 for v, fuera in zip(y, fuera_del_balance, strict=True)
                           if v == k and not fuera)
                   for k in (0, 1)]
        total = sum(cuentas)
        return {k: total / (2 * n) if n else 1.0 for k, n in enumerate(cuentas)}

    def ajustar(y: list[int], maximo: int) -> dict[str, Any]:
        modelo = LogisticRegression(C=c, class_weight=balance(y), solver="liblinear",
                                    random_state=0, max_iter=2000,
                                    fit_intercept=intercepto)
        modelo.fit(x, y, sample_weight=peso)
        coef = modelo.coef_[0]
        orden = sorted(range(len(coef)), key=lambda i: (-abs(coef[i]), nombres[i]))
        pesos = {str(nombres[i]): round(float(coef[i]), 4) for i in orden[:maximo]
                 if round(float(coef[i]), 4) != 0.0}
        sesgo = float(modelo.intercept_[0]) if intercepto else 0.0
        return {"sesgo": round(sesgo, 4), "pesos": dict(sorted(pesos.items()))}

    resultado: dict[str, Any] = {"binario": ajustar([int(bool(f["tono"])) for f in filas],
                                                    max_caracteristicas),
                                 "categorias": {}}
    for categoria in CATEGORIAS_MODELO:
        y = [int(categoria in f["tono"]) for f in filas]
        if sum(y) >= MIN_POSITIVOS_CATEGORIA:
            resultado["categorias"][categoria] = ajustar(y, max_categoria)
    return resultado


# --- Validación cruzada ------------------------------------------------------------------------

class Cuenta:
    def __init__(self) -> None:
        self.vp = self.fp = self.fn = 0

    def anotar(self, real: bool, pred: bool) -> None:
        self.vp += real and pred
        self.fp += pred and not real
        self.fn += real and not pred

    @property
    def p(self) -> float | None:
        return self.vp / (self.vp + self.fp) if self.vp + self.fp else None

    @property
    def r(self) -> float | None:
        return self.vp / (self.vp + self.fn) if self.vp + self.fn else None


def validar(desarrollo: list[dict[str, Any]], extra: list[dict[str, Any]],
            plegados: list[dict[str, Any]] = (), entrenar_plegados: bool = True,
            **hiper: Any) -> list[dict[str, Any]]:
    """Puntuación de cada entrada de ``desarrollo`` (y de ``plegados``, filas con su pliegue que
    solo entrenan, si ``entrenar_plegados``, en los otros pliegues: el fondo) con el modelo de
    los otros pliegues."""
    resultado = []
    for i in range(PLIEGUES):
        entrenamiento = ([f for f in desarrollo if f["pliegue"] != i] + extra
                         + [f for f in plegados if f["pliegue"] != i and entrenar_plegados])
        modelo = modelo_tono.Modelo({"umbral": 0.0, **entrenar(entrenamiento, **hiper)})
        for f in [*desarrollo, *plegados]:
            if f["pliegue"] == i:
                p = modelo.puntuar(f["plegado"], umbral=min(UMBRALES))
                resultado.append({**f, "total": p.total, "categoria": p.categoria})
    return resultado


def alarmas_fondo(puntuadas: list[dict[str, Any]], umbrales=UMBRALES) -> None:
    """Cuántas cadenas del fondo (puntuadas por un modelo que no las vio) señalan las reglas,
    el modelo y las reglas O el modelo a cada umbral."""
    filas = [f for f in puntuadas if f.get("origen") == "fondo"]
    if not filas:
        return
    reglas = sum(1 for f in filas if f["reglas"])
    print(f"\nfondo (ajuste, {len(filas)} filas, pliegue por proyecto): reglas {reglas}")
    for u in umbrales:
        modelo = sum(1 for f in filas if f["total"] >= u)
        ambos = sum(1 for f in filas if f["reglas"] or f["total"] >= u)
        print(f"  umbral {u:+.2f}: modelo {modelo}, reglas O modelo {ambos} "
              f"({ambos / len(filas):.2%})")


def tabla(puntuadas: list[dict[str, Any]], umbrales=UMBRALES) -> list[dict[str, Any]]:
    filas = []
    for nombre, umbral in [("reglas", None)] + [(f"modelo >= {u:+.2f}", u) for u in umbrales] + [
            (f"reglas O modelo >= {u:+.2f}", u) for u in umbrales] + [
            (f"reglas O vigente >= {u:+.2f}", u) for u in umbrales]:
        binario = Cuenta()
        por_categoria = {c: Cuenta() for c in CATEGORIAS}
        for f in puntuadas:
            modelo = umbral is not None and f["total"] >= umbral
            if nombre.startswith("reglas O vigente") and f["categoria"] in CATEGORIAS_SIN_REGLA:
                modelo = False  # el linter no tiene regla para esa categoría: calla
            reglas = nombre.startswith("reglas")
            pred = {c for c in f["reglas"]} if reglas else set()
            if modelo and f["categoria"]:
                pred.add(f["categoria"])
            binario.anotar(bool(f["tono"]), bool(pred) or (modelo and not f["categoria"]))
            for c, cuenta in por_categoria.items():
                cuenta.anotar(c in f["tono"], c in pred)
        filas.append({"medida": nombre, "umbral": umbral, "binario": binario,
                      "por_categoria": por_categoria})
    return filas


def _n(v: float | None) -> str:
    return "    -" if v is None else f"{v:5.2f}"


def imprimir(filas: list[dict[str, Any]]) -> None:
    cats = [c.split(".", 1)[1][:11] for c in CATEGORIAS]
    print(f"{'medida':<26} {'P':>5} {'R':>5}  " + " ".join(f"{c:>11}" for c in cats))
    print(f"{'':<26} {'':>5} {'':>5}  " + " ".join(f"{'P':>5} {'R':>5}" for _ in cats))
    for f in filas:
        b = f["binario"]
        print(f"{f['medida']:<26} {_n(b.p)} {_n(b.r)}  "
              + " ".join(f"{_n(c.p)} {_n(c.r)}" for c in f["por_categoria"].values()))


def falsos_en_catalogo(modelo: dict[str, Any], catalogo_filas: list[dict[str, Any]]) -> float:
    """La puntuación más alta del modelo en el catálogo (debe quedar bajo el umbral)."""
    m = modelo_tono.Modelo({"umbral": 0.0, **modelo})
    return max((m.puntuar(f["plegado"]).total for f in catalogo_filas), default=float("-inf"))


def main(argv: list[str] | None = None) -> int:
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--catalogo", type=Path,
                            help="Carpeta de un `cobro generar` ya hecho (si no, se genera).")
    argumentos.add_argument("--exportar", action="store_true",
                            help=f"Entrena con todo y escribe {SALIDA.relative_to(RAIZ)}.")
    argumentos.add_argument("--sin-casos", action="store_true",
                            help="No usa los casos y ejemplos de las reglas para entrenar.")
    argumentos.add_argument("--rejilla", action="store_true",
                            help="Repite la validación cruzada con otros C y pesos del catálogo.")
    argumentos.add_argument("--sin-fondo", action="store_true",
                            help="No entrena con las cadenas de tests/fondo (mitad ajuste): solo "
                                 "las puntúa en la validación cruzada (la cifra de antes).")
    argumentos.add_argument("--peso-fondo", type=float, default=PESO_FONDO,
                            help="Peso total del fondo en múltiplos de los negativos del corpus.")
    argumentos.add_argument("--agrupar-fondo", type=int, default=AGRUPAR_FONDO,
                            help="Cadenas del fondo por pseudo-mensaje.")
    opciones = argumentos.parse_args(argv)
    inicio = time.perf_counter()
    lector = Lector()
    desarrollo = corpus(lector)
    negativos = catalogo(lector, opciones.catalogo)
    casos = [] if opciones.sin_casos else casos_de_reglas(lector)
    extra = negativos + casos
    de_fondo = fondo(lector, opciones.agrupar_fondo)
    con_fondo = not opciones.sin_fondo
    lectura = time.perf_counter() - inicio
    print(f"desarrollo: {len(desarrollo)} mensajes ({sum(bool(f['tono']) for f in desarrollo)} "
          f"abusivos); catálogo: {len(negativos)} negativos; casos de reglas: {len(casos)}; "
          f"fondo: {len(de_fondo)}; lectura {lectura:.1f} s")
    combinaciones = [(C, PESO_CATALOGO)]
    if opciones.rejilla:
        combinaciones = [(c, w) for c in (1.0, 4.0, 16.0) for w in (0.5, 1.0, 3.0)]
    cv: dict[str, Any] = {}
    for c, w in combinaciones:
        t = time.perf_counter()
        puntuadas = validar(desarrollo, extra, de_fondo, entrenar_plegados=con_fondo,
                            c=c, peso_catalogo=w, peso_fondo=opciones.peso_fondo)
        alarmas_fondo(puntuadas)
        puntuadas = [f for f in puntuadas if f.get("origen") != "fondo"]
        filas = tabla(puntuadas)
        print(f"\n== C={c} peso_catalogo={w} ({PLIEGUES} pliegues por fuente, "
              f"{time.perf_counter() - t:.1f} s)")
        imprimir(filas)
        if (c, w) == (C, PESO_CATALOGO):
            cv = {f["medida"]: {"P": f["binario"].p, "R": f["binario"].r,
                                "por_categoria": {k: {"P": v.p, "R": v.r}
                                                  for k, v in f["por_categoria"].items()}}
                  for f in filas if f["umbral"] in (None, UMBRAL)}
    if not opciones.exportar:
        return 0
    t = time.perf_counter()
    final = entrenar(desarrollo + extra + (de_fondo if con_fondo else []),
                     peso_fondo=opciones.peso_fondo)
    maximo = falsos_en_catalogo(final, negativos)
    datos = {
        "descripcion": "Señal de tono aprendida (generador/lint/modelo_tono.py); la escribe "
                       "benchmarks/entrenar_tono.py --exportar. No editar a mano.",
        "entrenado": dt.date.today().isoformat(),
        "corpus": {"desarrollo": len(desarrollo),
                   "abusivos": sum(bool(f["tono"]) for f in desarrollo),
                   "negativos_catalogo": len(negativos), "casos_reglas": len(casos),
                   **({"fondo_ajuste": len(de_fondo)} if con_fondo else {})},
        "hiperparametros": {"C": C, "peso_catalogo": PESO_CATALOGO, "peso_casos": PESO_CASOS,
                            "max_caracteristicas": MAX_CARACTERISTICAS,
                            "paso_catalogo": PASO_CATALOGO,
                            **({"peso_fondo": opciones.peso_fondo,
                                "agrupar_fondo": opciones.agrupar_fondo}
                               if con_fondo else {})},
        "validacion_cruzada": {"pliegues": PLIEGUES, "agrupado_por": "fuente", **{
            k: v for k, v in cv.items()}},
        "umbral": UMBRAL,
        **final,
    }
    SALIDA.write_text(json.dumps(datos, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                      encoding="utf-8")
    print(f"\nescrito {SALIDA.relative_to(RAIZ)} ({SALIDA.stat().st_size // 1024} KiB, "
          f"{len(final['binario']['pesos'])} pesos binarios); entrenamiento final "
          f"{time.perf_counter() - t:.1f} s; puntuación máxima en la muestra del catálogo "
          f"{maximo:.2f} (umbral {UMBRAL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
