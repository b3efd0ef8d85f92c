"""Los casos YAML de ``casos/*.yml``: por código de regla, los textos que deben fallar
(``falla``, con el tramo que se señala) y los que deben pasar (``pasa``)."""

from __future__ import annotations

from pathlib import Path

import yaml


def casos_de(archivo: Path) -> list[tuple[str, str, int, dict]]:
    """``(código, "falla" | "pasa", número, caso)`` de cada caso del archivo, en su orden; un
    caso escrito como texto solo pasa a ``{"texto": ...}``."""
    datos = yaml.safe_load(archivo.read_text(encoding="utf-8"))
    casos = []
    for codigo, grupos in datos.items():
        for resultado in ("falla", "pasa"):
            for i, caso in enumerate(grupos.get(resultado, [])):
                casos.append((codigo, resultado, i,
                              {"texto": caso} if isinstance(caso, str) else dict(caso)))
    return casos


def casos_con_resultado(archivo: Path, resultado: str) -> list[dict]:
    """Los casos del archivo que deben ``resultado`` ("falla" o "pasa"), en su orden."""
    return [caso for _, r, _, caso in casos_de(archivo) if r == resultado]


def casos_por_codigo(archivo: Path, resultado: str) -> list[tuple[str, dict]]:
    """``(código, caso)`` de los casos del archivo que deben ``resultado``, en su orden."""
    return [(codigo, caso) for codigo, r, _, caso in casos_de(archivo) if r == resultado]


def contexto_de(texto: str):
    """El contexto mínimo de un texto sin marcadores, para revisar con una sola regla."""
    from generador.lint.contexto import Contexto

    return Contexto(texto=texto, marcadores=[])


def tramos_de(reglamento, codigo: str, texto: str) -> list[str]:
    """Los tramos de ``texto`` que señala la regla ``codigo`` del reglamento, sola."""
    regla = reglamento.buscar(codigo).comprobador
    return [texto[d.inicio:d.fin] for d in regla.revisar(contexto_de(texto))]


def hallazgos_del_caso(hallazgos_de, caso: dict, categoria) -> list[str]:
    """``"REGLA 'tramo'"`` de cada hallazgo del caso (su texto con su contexto) cuya categoría
    cumple ``categoria``."""
    contexto = dict(caso)
    texto = contexto.pop("texto")
    return [f"{h.regla} {h.texto!r}" for h in hallazgos_de(texto, **contexto)
            if categoria(h.categoria)]
