"""La escalera de cobro como SVG, dibujada al construir el sitio (sin CDN ni JS).

Eje horizontal: días respecto al vencimiento. Cada etapa con día es un peldaño más alto
que el anterior, con su título, sus tipos y sus canales. Las etapas sin día (negociación,
pago recibido) van en un recuadro aparte: pueden darse en cualquier momento.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from generador.modelo import CANALES, Especificacion

ANCHO, PASO, MARGEN, EJE_FIN, LINEA, SUBIDA = 900, 50, 48, 620, 14, 56
ANCHO_CAJA = 270


def _dia(d: int) -> str:
    return "0" if d == 0 else f"{d:+d}".replace("-", "−")


def _texto(x: float, y: float, contenido: str, clase: str = "") -> str:
    atributo = f' class="{clase}"' if clase else ""
    return f'<text x="{x:.0f}" y="{y:.0f}"{atributo}>{escape(contenido)}</text>'


def _etiquetas(espec: Especificacion, etapa: str) -> tuple[str, str]:
    tipos = [t for t in espec.tipos.values() if t.etapa == etapa]
    canales = [c for c in CANALES if any(c in t.canales for t in tipos)]
    nombres = ", ".join(t.nombre for t in tipos) or "sin tipos"
    return nombres, " · ".join(canales) or "—"


def svg(espec: Especificacion, enlace: Callable[[str], str] | None = None) -> str:
    """El SVG de la escalera; ``enlace(etapa)`` da la URL de la página de cada etapa."""
    con_dia = sorted((e for e in espec.etapas.values() if e.dia is not None),
                     key=lambda e: (e.dia, e.orden))
    sin_dia = sorted((e for e in espec.etapas.values() if e.dia is None), key=lambda e: e.orden)
    alto = max(len(con_dia) * PASO + 110 + SUBIDA, len(sin_dia) * 3 * LINEA + 90)
    base = alto - 50
    dias = [e.dia for e in con_dia] or [0]
    dmin, dmax = min(min(dias), 0) - 4, max(max(dias), 0) + 4

    def x(d: int) -> float:
        return MARGEN + (d - dmin) / (dmax - dmin) * (EJE_FIN - MARGEN)

    partes = [
        f'<svg class="cobro-escalera" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {ANCHO} {alto}" '
        f'role="group" aria-labelledby="escalera-titulo">',
        '<title id="escalera-titulo">Escalera de cobro: etapas, días respecto al vencimiento, '
        'tipos y canales</title>',
        f'<line class="eje" x1="{MARGEN}" y1="{base}" x2="{EJE_FIN}" y2="{base}"/>',
        f'<line class="vence" x1="{x(0):.0f}" y1="{base + 6}" x2="{x(0):.0f}" y2="20"/>',
        _texto(x(0) + 4, 16, "vencimiento (día 0)", "nota"),
        _texto(MARGEN, base + 40, "días respecto al vencimiento", "nota"),
    ]
    for i, etapa in enumerate(con_dia):
        # Cada peldaño lleva su rótulo debajo y a la derecha: ahí no pasa ninguna línea.
        xi, yi = x(etapa.dia), base - SUBIDA - i * PASO
        partes.append(f'<line class="marca" x1="{xi:.0f}" y1="{base}" x2="{xi:.0f}" y2="{base + 6}"/>')
        partes.append(_texto(xi, base + 20, _dia(etapa.dia), "dia"))
        if i + 1 < len(con_dia):
            xs, ys = x(con_dia[i + 1].dia), yi - PASO
            partes.append(f'<path class="peldano" d="M{xi:.0f} {yi:.0f} H{xs:.0f} V{ys:.0f}"/>')
        else:
            partes.append(f'<path class="peldano" d="M{xi:.0f} {yi:.0f} H{xi + 40:.0f}"/>')
        partes.append(f'<circle class="punto" cx="{xi:.0f}" cy="{yi:.0f}" r="5"/>')
        tipos, canales = _etiquetas(espec, etapa.nombre)
        bloque = [
            _texto(xi + 8, yi + LINEA + 2, f"{etapa.titulo} · día {_dia(etapa.dia)}", "titulo"),
            _texto(xi + 8, yi + 2 * LINEA + 2, tipos, "tipos"),
            _texto(xi + 8, yi + 3 * LINEA + 2, canales, "canales"),
        ]
        if enlace:
            bloque = [f'<a href="{escape(enlace(etapa.nombre))}">', *bloque, "</a>"]
        partes.extend(bloque)
    if sin_dia:
        # Recuadro a la derecha, por debajo del rótulo del penúltimo peldaño (que es el que
        # más se acerca), con un tipo por línea para que ningún rótulo se salga de la caja.
        xc = ANCHO - ANCHO_CAJA
        arriba = (base - SUBIDA - (len(con_dia) - 2) * PASO + 3 * LINEA + 14) if len(con_dia) > 1 else 24
        filas = []
        for etapa in sin_dia:
            tipos = [t.nombre for t in espec.tipos.values() if t.etapa == etapa.nombre] or ["sin tipos"]
            _, canales = _etiquetas(espec, etapa.nombre)
            filas.append((etapa, tipos, canales))
        alto_caja = 30 + sum((2 + len(tipos)) * LINEA + 6 for _, tipos, _ in filas)
        partes.append(f'<rect class="caja" x="{xc - 10}" y="{arriba}" width="{ANCHO_CAJA}" '
                      f'height="{alto_caja}" rx="6"/>')
        partes.append(_texto(xc, arriba + 20, "En cualquier momento", "titulo"))
        y0 = arriba + 20 + LINEA * 1.6
        for etapa, tipos, canales in filas:
            bloque = [_texto(xc, y0, etapa.titulo, "titulo")]
            bloque += [_texto(xc, y0 + (k + 1) * LINEA, t, "tipos") for k, t in enumerate(tipos)]
            bloque.append(_texto(xc, y0 + (len(tipos) + 1) * LINEA, canales, "canales"))
            if enlace:
                bloque = [f'<a href="{escape(enlace(etapa.nombre))}">', *bloque, "</a>"]
            partes.extend(bloque)
            y0 += (2 + len(tipos)) * LINEA + 6
        fondo = arriba + alto_caja + 10
        if fondo > alto:
            partes[0] = partes[0].replace(f'viewBox="0 0 {ANCHO} {alto}"', f'viewBox="0 0 {ANCHO} {fondo}"')
    partes.append("</svg>")
    return "".join(partes)
