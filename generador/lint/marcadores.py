"""Marcadores de sustitución en todas las sintaxis que circulan por ahí.

Reconoce ``{{ x }}``, ``{{{x}}}``, ``{% ... %}``, ``{x}``, ``[Importe]``, ``*|IMPORTE|*``,
``%(amount_due)s``, ``${object.amount}``, ``$balance``, ``{{1}}``, ``«Importe»`` y
los huecos con equis (``n°XXXX``, ``XX/XX/XXXX``). Cada marcador se asocia, por su nombre,
al elemento obligatorio que cumple (importe, fecha_vencimiento, ...). El motor tapa los
marcadores con espacios antes de aplicar las reglas de redacción, de modo que nunca se
señala nada de su interior.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from generador.lint.normalizar import plegar

if TYPE_CHECKING:
    from generador.modelo import Especificacion


@dataclass(frozen=True)
class Marcador:
    """Un marcador hallado en el texto: tramo [inicio, fin), nombre y elemento que cumple."""

    inicio: int
    fin: int
    nombre: str
    elemento: str | None
    sintaxis: str


# Orden: las sintaxis más largas primero para que ``{{{x}}}`` no se lea como ``{{x}}``.
_SINTAXIS = [
    ("mustache_triple", r"\{\{\{\s*(?P<n>[^{}\n]{1,80}?)\s*\}\}\}"),
    ("jinja_bloque", r"\{%-?\s*(?P<n>[^%\n]{0,200}?)\s*-?%\}"),
    ("mustache", r"\{\{-?\s*(?P<n>[^{}\n]{1,120}?)\s*-?\}\}"),
    ("mailchimp", r"\*\|(?P<n>[A-Za-z0-9_:]{1,60})\|\*"),
    ("python_nombrado", r"%\((?P<n>[A-Za-z_][A-Za-z0-9_.]{0,60})\)[-#0 +]*\d*(?:\.\d+)?[sdfiexgr]"),
    ("dolar_llaves", r"\$\{(?P<n>[A-Za-z_][A-Za-z0-9_.\[\]'\"]{0,80})\}"),
    ("dolar", r"(?<![\w$])\$(?P<n>[A-Za-z_][A-Za-z0-9_]{1,60})"),
    ("llaves", r"(?<![{\w])\{(?P<n>[A-Za-z_][A-Za-z0-9_.]{0,60})\}(?!\})"),
    ("corchetes", r"\[(?P<n>[^\[\]\n(){}<>]{1,40}?)\](?![(:\[])"),
    ("comillas_word", r"«(?P<n>[A-Za-z_][A-Za-z0-9_]{0,40})»"),
    ("equis_numero", r"(?i:\bn\s?[°º.]{1,2}|\bnúm\.?|\bnúmero|#)\s?(?P<n>X{3,}|0{4,})\b"),
    ("equis_fecha", r"\b(?P<n>(?:XX|DD)[/.-](?:XX|MM)[/.-](?:XXXX|AAAA|XX|AA))\b"),
    ("equis", r"\b(?P<n>X{3,}(?:[.,]X{2,})*)\b"),
]
_PATRON = regex.compile(
    "|".join(f"(?P<{nombre}>{patron})".replace("(?P<n>", f"(?P<n_{nombre}>")
             for nombre, patron in _SINTAXIS)
)

# Palabras (plegadas) de un nombre de variable -> elemento. Se comprueban en este orden.
_PALABRAS_ELEMENTO: list[tuple[str, frozenset[str]]] = [
    ("opciones_pago", frozenset({
        "enlace", "link", "url", "iban", "clabe", "cbu", "cvu", "bizum", "paypal", "stripe",
        "pasarela", "checkout", "metodo", "metodos", "forma", "formas", "medio", "medios",
        "banco", "bancaria", "bancario", "swift", "bic", "spei", "oxxo", "pse", "nequi",
        "yape", "plin", "payment", "pago_url", "paylink", "cuenta_bancaria",
    })),
    ("contacto", frozenset({
        "telefono", "tel", "phone", "movil", "celular", "whatsapp", "email", "correo",
        "mail", "contacto", "contact", "soporte", "support", "atencion",
    })),
    ("fecha_vencimiento", frozenset({
        "fecha", "date", "vencimiento", "vence", "due_date", "plazo", "limite", "deadline",
        "dia", "dias",
    })),
    ("importe", frozenset({
        "importe", "monto", "amount", "balance", "total", "saldo", "deuda", "adeudo",
        "cantidad", "cuota", "precio", "valor", "pendiente", "owed", "due", "sum", "suma",
    })),
    ("referencia", frozenset({
        "referencia", "ref", "factura", "invoice", "poliza", "policy", "reserva", "booking",
        "localizador", "contrato", "contract", "proyecto", "project", "pedido", "order",
        "expediente", "numero", "number", "num", "nro", "id", "folio", "recibo", "cups",
        "suministro", "servicio", "licencia", "cuenta", "account",
    })),
    ("remitente", frozenset({
        "remitente", "empresa", "company", "compania", "sender", "firma", "cargo", "agente",
        "gestor", "firmante", "negocio", "comercio", "organizacion", "razon", "marca",
        "departamento", "equipo", "from", "emisor", "proveedor",
    })),
    ("nombre_cliente", frozenset({
        "nombre", "name", "cliente", "customer", "first", "destinatario", "titular",
        "deudor", "usuario",
    })),
]
# Nombres que contienen una de estas palabras no cumplen ningún elemento (p. ej. fecha_carta).
_SIN_ELEMENTO = frozenset({"carta", "envio", "emision", "hoy", "lugar", "cuotas", "numero_cuotas"})
_PARTIR = regex.compile(r"[\W_]+|(?<=\p{Ll})(?=\p{Lu})")


def elemento_de_nombre(nombre: str, modelo: Especificacion | None = None) -> str | None:
    """Elemento obligatorio que cumple una variable por su nombre, o ``None``."""
    variables = _variables(modelo)
    clave = nombre.strip().lower()
    if clave in variables:  # una variable del modelo (también de un sector): manda su YAML
        return variables[clave][0]
    return _elemento_por_palabras(nombre)


def ejemplo_de(nombre: str, modelo: Especificacion | None = None) -> str | None:
    """Valor de ejemplo de una variable del modelo (canónica o de un sector), si la hay."""
    dato = _variables(modelo).get(nombre.strip().lower())
    return dato[1] if dato else None


@lru_cache(maxsize=2048)
def _elemento_por_palabras(nombre: str) -> str | None:
    # Filtros (``importe | moneda``) y prefijos de objeto (``object.amount``) no cuentan.
    nombre = nombre.split("|")[0]
    separado = _PARTIR.sub(" ", nombre)
    palabras = [p for p in plegar(separado).split() if p]
    if not palabras:
        return None
    completo = "_".join(palabras)
    if completo in _SIN_ELEMENTO or any(p in _SIN_ELEMENTO for p in palabras):
        return None
    # La última palabra pesa más (importe_cuota -> importe, fecha_pago -> fecha).
    for palabra in (*palabras[::-1], completo):
        for elemento, conocidas in _PALABRAS_ELEMENTO:
            if palabra in conocidas:
                return _ajustar(elemento, palabras)
    return None


def _ajustar(elemento: str, palabras: list[str]) -> str:
    """Corrige casos en que la palabra decisiva engaña: ``fecha_pago`` es una fecha."""
    if "fecha" in palabras or "date" in palabras:
        return "fecha_vencimiento"
    if elemento == "importe" and ("enlace" in palabras or "link" in palabras):
        return "opciones_pago"
    return elemento


_POR_MODELO: dict[int, tuple[Especificacion, dict[str, tuple[str | None, str | None]]]] = {}


def _variables(modelo: Especificacion | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Las variables del modelo (canónicas y de sectores): nombre -> (elemento, ejemplo)."""
    if modelo is None:
        from generador import dominio

        modelo = dominio.modelo()
    guardado = _POR_MODELO.get(id(modelo))
    if guardado is None or guardado[0] is not modelo:
        variables = {
            n.lower(): (v.elemento, None if v.ejemplo is None else str(v.ejemplo))
            for n, v in modelo.todas_las_variables().items()
        }
        _POR_MODELO.clear()
        guardado = _POR_MODELO[id(modelo)] = (modelo, variables)
    return guardado[1]


def _nombre_limpio(crudo: str, sintaxis: str) -> str:
    nombre = crudo.strip()
    if sintaxis in ("mustache", "mustache_triple"):
        nombre = nombre.lstrip("#/^&>!").strip()
        nombre = nombre.split("|")[0].strip()
        nombre = nombre.split(".")[-1] if "." in nombre else nombre
    elif sintaxis == "dolar_llaves":
        nombre = nombre.split(".")[-1]
    return nombre


def buscar(texto: str, modelo: Especificacion | None = None) -> list[Marcador]:
    """Todos los marcadores de ``texto`` por orden de aparición; sus nombres se asocian a
    elementos con las variables de ``modelo`` (por defecto, el del árbol en uso)."""
    if not _puede_tener_marcadores(texto):
        return []
    resultado = []
    for m in _PATRON.finditer(texto):
        sintaxis = m.lastgroup or ""
        if sintaxis.startswith("n_"):
            sintaxis = sintaxis[2:]
        crudo = m.group(f"n_{sintaxis}") or ""
        if sintaxis == "corchetes" and not _parece_variable(crudo):
            continue
        nombre = _nombre_limpio(crudo, sintaxis)
        elemento = _elemento_de_marcador(nombre, sintaxis, texto, m.start(), modelo)
        resultado.append(Marcador(m.start(), m.end(), nombre, elemento, sintaxis))
    return resultado


#: Si no aparece ninguno de estos trozos, el texto no puede tener marcadores.
_DISPARADORES = ("{", "[", "*|", "%(", "$", "«", "XXX", "XX/", "XX.", "XX-", "DD/", "DD.",
                 "DD-", "0000")


def _puede_tener_marcadores(texto: str) -> bool:
    return any(d in texto for d in _DISPARADORES)


def _parece_variable(crudo: str) -> bool:
    """``[Importe]`` y ``[nombre del cliente]`` sí; ``[1]`` o ``[sic]`` en prosa, no."""
    palabras = crudo.split()
    if not palabras or len(palabras) > 5 or crudo.strip().isdigit():
        return False
    if crudo.strip().lower() in {"sic", "x", "...", "…"}:
        return False
    return any(c.isalpha() for c in crudo)


def _elemento_de_marcador(nombre: str, sintaxis: str, texto: str, inicio: int,
                          modelo: Especificacion | None = None) -> str | None:
    if sintaxis == "equis_fecha":
        return "fecha_vencimiento"
    if sintaxis in ("equis_numero", "equis"):
        previo = plegar(texto[max(0, inicio - 25):inicio])
        cerca = previo + texto[inicio:inicio + 20].lower()
        if sintaxis == "equis" and regex.search(r"[€$]|eur|usd|mxn", cerca):
            return "importe"
        if sintaxis == "equis_numero" or regex.search(
            r"factura|poliza|reserva|contrato|proyecto|pedido|referencia|ref\b", previo
        ):
            return "referencia"
        return None
    if sintaxis == "jinja_bloque":
        return None
    if nombre.isdigit():
        return None
    return elemento_de_nombre(nombre, modelo)


def tapar(texto: str, marcadores: list[Marcador]) -> str:
    """``texto`` con cada marcador sustituido por espacios (los saltos de línea se conservan)."""
    if not marcadores:
        return texto
    partes = []
    anterior = 0
    for marca in marcadores:
        partes.append(texto[anterior:marca.inicio])
        trozo = texto[marca.inicio:marca.fin]
        partes.append("".join("\n" if c == "\n" else " " for c in trozo))
        anterior = marca.fin
    partes.append(texto[anterior:])
    return "".join(partes)
