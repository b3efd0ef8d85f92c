"""El canal llamada: un guion telefónico con ramas, como datos y como texto.

Lo común a todos los tipos está en ``mensajes/llamada.yml``: el saludo, la despedida, las
ramas (promesa de pago, desacuerdo, dificultades, otra persona al teléfono, buzón de voz) y
lo que nunca se dice, cada prohibición con su fuente por país. Cada tipo pone el motivo de la
llamada (``canales.llamada.cuerpo`` en ``mensajes/tipos/<tipo>.yml``) y puede sustituir una
rama (``canales.llamada.ramas.<rama>``). Los textos admiten ``{{ variables }}`` y las ranuras
de tipo (``[[ opciones ]]``: las salidas propias del sector en la rama de dificultades).

:func:`componer` da el guion como datos (``Plantilla.estructura["llamada"]``, que va a
catalogo.json y al sitio) y :func:`texto` lo escribe como cuerpo de la plantilla. Las notas
para quien llama van en infinitivo, para no mezclar tú y usted con lo que se dice al cliente.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generador import esquema as E
from generador.modelo import REGISTROS

ARCHIVO = Path("mensajes") / "llamada.yml"
#: Las ramas que todo guion tiene, en este orden.
RAMAS = ("promesa", "disputa", "dificultad", "tercero", "buzon")
#: Ramas que nunca llevan datos de la deuda (las oye quien no es el titular).
RAMAS_SIN_DEUDA = ("tercero", "buzon")
#: Las secciones que un sector puede escribir a su manera (``llamada:`` en su perfil).
SECCIONES_SECTOR = ("saludo", *RAMAS, "despedida")


def variables_de_deuda(*variables: Mapping[str, Any]) -> frozenset[str]:
    """Las variables que revelan la deuda (``deuda: true`` en mensajes/variables.yml o en las
    variables de un sector): no pueden aparecer en :data:`RAMAS_SIN_DEUDA`. Sale del modelo
    de variables, así que una variable de deuda nueva queda cubierta al declararla."""
    return frozenset(nombre for vs in variables for nombre, v in vs.items()
                     if getattr(v, "deuda", False))

_POR_REGISTRO = E.Mapa({r: E.Campo(str) for r in REGISTROS},
                       descripcion="el mismo texto en tú y en usted")
_SECCION = E.Mapa({
    "titulo": E.Campo(str),
    "texto": E.Mapa(_POR_REGISTRO.campos, requerido=False, descripcion=_POR_REGISTRO.descripcion),
    "nota": E.Campo(str, requerido=False, descripcion="indicación para quien llama (infinitivo)"),
    "registrar": E.Lista(E.Campo(str), requerido=False,
                         descripcion="qué anotar en esta rama"),
})
ESQUEMA = E.Mapa({
    "saludo": _SECCION,
    "motivo": E.Mapa({"titulo": E.Campo(str), "nota": E.Campo(str, requerido=False)}),
    "ramas": E.Mapa({r: _SECCION for r in RAMAS}, descripcion="las ramas del guion"),
    "despedida": _SECCION,
    "nunca": E.Mapa({
        "titulo": E.Campo(str),
        "lista": E.Lista(E.Mapa({
            "clave": E.Campo(str, patron=E.NOMBRE),
            "texto": E.Campo(str, descripcion="lo que nunca se dice o se hace (infinitivo)"),
            "paises": E.Lista(E.Campo(str), requerido=False, no_vacia=True,
                              descripcion="solo en estos países"),
            "fuentes": E.Diccionario(E.Campo(str), requerido=False,
                                     patron_clave=None,
                                     descripcion="país -> ley y artículo que lo prohíbe"),
        }), no_vacia=True),
        "sin_fuente": E.Campo(str, descripcion="qué se escribe donde ninguna ley lo dice"),
    }),
})


@dataclass(frozen=True)
class Seccion:
    """Una parte del guion: título, lo que se dice (por registro), nota y qué anotar."""

    clave: str
    titulo: str
    texto: dict[str, str] = field(default_factory=dict)
    nota: str = ""
    registrar: tuple[str, ...] = ()
    linea: int = 0


@dataclass(frozen=True)
class Prohibicion:
    """Algo que nunca se dice en una llamada, con su fuente en cada país que lo prohíbe."""

    clave: str
    texto: str
    fuentes: dict[str, str] = field(default_factory=dict)
    paises: tuple[str, ...] | None = None

    def fuente(self, pais: str | None) -> str | None:
        return self.fuentes.get(pais or "")


@dataclass(frozen=True)
class Guion:
    """``mensajes/llamada.yml`` ya cargado."""

    saludo: Seccion
    motivo: Seccion
    ramas: dict[str, Seccion]
    despedida: Seccion
    titulo_nunca: str
    nunca: tuple[Prohibicion, ...]
    sin_fuente: str
    archivo: str = str(ARCHIVO)

    def textos(self) -> list[tuple[str, int, str]]:
        """(clave, línea, texto) de cada texto con marcadores, para validarlos."""
        salida = []
        for s in (self.saludo, self.despedida, *self.ramas.values()):
            prefijo = s.clave if s.clave in ("saludo", "despedida") else f"ramas.{s.clave}"
            for registro, texto in s.texto.items():
                salida.append((f"{prefijo}.texto.{registro}", s.linea, texto))
        return salida


def _seccion(clave: str, datos: Any) -> Seccion:
    return Seccion(clave, datos["titulo"].strip(),
                   {r: " ".join(t.split()) for r, t in (datos.get("texto") or {}).items()},
                   " ".join((datos.get("nota") or "").split()),
                   tuple(" ".join(x.split()) for x in datos.get("registrar") or ()),
                   getattr(datos, "linea", 0))


def desde_datos(datos: Any, archivo: str = str(ARCHIVO)) -> Guion:
    """El guion a partir de los datos ya validados con :data:`ESQUEMA`."""
    nunca = datos["nunca"]
    return Guion(
        saludo=_seccion("saludo", datos["saludo"]),
        motivo=_seccion("motivo", datos["motivo"]),
        ramas={r: _seccion(r, datos["ramas"][r]) for r in RAMAS},
        despedida=_seccion("despedida", datos["despedida"]),
        titulo_nunca=nunca["titulo"].strip(),
        nunca=tuple(Prohibicion(p["clave"], " ".join(p["texto"].split()),
                                {k: " ".join(v.split()) for k, v in (p.get("fuentes") or {}).items()},
                                tuple(p["paises"]) if p.get("paises") else None)
                    for p in nunca["lista"]),
        sin_fuente=" ".join(nunca["sin_fuente"].split()),
        archivo=archivo,
    )


def componer(guion: Guion, motivo: str, registro: str, pais: str | None,
             resolver: Callable[[str], str], ramas_tipo: dict[str, dict[str, str]] | None = None,
             titulo: str = "", sector: Mapping[str, str] | None = None) -> dict[str, Any]:
    """El guion de un tipo como datos: secciones en orden, ramas y lo que nunca se dice.

    ``motivo`` es el texto del tipo ya resuelto; ``resolver`` sustituye las ranuras de los
    textos comunes (``[[ opciones ]]``...); ``ramas_tipo`` son las ramas propias del tipo y
    ``sector`` las secciones que escribe el sector (sección -> texto en este registro y país).
    Manda la rama del tipo, luego la del sector y, si ninguno la escribe, la común."""
    ramas_tipo = ramas_tipo or {}
    sector = sector or {}

    def seccion(s: Seccion, texto: str | None = None) -> dict[str, Any]:
        propio = ramas_tipo.get(s.clave, {}).get(registro) or sector.get(s.clave)
        dicho = texto if texto is not None else resolver(propio or s.texto.get(registro, ""))
        datos: dict[str, Any] = {"clave": s.clave, "titulo": s.titulo, "decir": dicho}
        if s.nota:
            datos["nota"] = s.nota
        if s.registrar:
            datos["registrar"] = list(s.registrar)
        return datos

    nunca = []
    for p in guion.nunca:
        if p.paises is not None and pais not in p.paises:
            continue
        fuente = p.fuente(pais)
        nunca.append({"clave": p.clave, "texto": p.texto, "fuente": fuente})
    return {
        "titulo": titulo,
        "secciones": [seccion(guion.saludo), seccion(guion.motivo, motivo),
                      seccion(guion.despedida)],
        "ramas": [seccion(guion.ramas[r]) for r in RAMAS],
        "nunca": {"titulo": guion.titulo_nunca, "lista": nunca, "sin_fuente": guion.sin_fuente},
    }


def texto(estructura: dict[str, Any]) -> str:
    """El guion como texto plano: el cuerpo de la plantilla de llamada."""
    saludo, motivo, despedida = estructura["secciones"]
    partes = [f"Guion de llamada: {estructura['titulo']}" if estructura["titulo"]
              else "Guion de llamada"]

    def bloque(numero: str, s: dict[str, Any]) -> None:
        lineas = [f"{numero} {s['titulo']}", f"«{s['decir']}»"]
        if s.get("nota"):
            lineas.append(f"- Nota: {s['nota']}")
        for cosa in s.get("registrar", ()):
            lineas.append(f"- Anotar: {cosa}")
        partes.append("\n".join(lineas))

    bloque("1.", saludo)
    bloque("2.", motivo)
    partes.append("3. Según la respuesta")
    for i, rama in enumerate(estructura["ramas"], 1):
        bloque(f"3.{i}.", rama)
    bloque("4.", despedida)
    nunca = estructura["nunca"]
    lineas = [nunca["titulo"]]
    for p in nunca["lista"]:
        lineas.append(f"- {p['texto']} ({p['fuente'] or nunca['sin_fuente']})")
    partes.append("\n".join(lineas))
    return "\n\n".join(partes)


def textos_de_estructura(estructura: dict[str, Any]) -> list[str]:
    """Los textos que se dicen (para aplicar voseo, p. ej.)."""
    return [s["decir"] for s in (*estructura["secciones"], *estructura["ramas"])]
