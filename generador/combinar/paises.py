"""Los países para combinar: locale, moneda y lugar de cada uno.

Toma la tabla de países del modelo (``espec.paises``) cuando el modelo la trae; si no, la
lee de ``mensajes/paises.yml`` del mismo árbol de especificaciones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generador.combinar.valores import ValorInvalido
from generador.errores import ErrorCobro, valor_desconocido


@dataclass
class Paises:
    tabla: dict[str, dict[str, str]]
    predeterminado: str

    @property
    def codigos(self) -> list[str]:
        return list(self.tabla)

    def datos(self, codigo: str) -> dict[str, str]:
        return self.tabla[codigo]

    def validar(self, codigo: str, opcion: str) -> None:
        if codigo not in self.tabla:
            raise ErrorCobro(f"{opcion}: {valor_desconocido('el país', codigo, self.tabla)}")

    @classmethod
    def de(cls, espec: Any) -> Paises:
        modelo = getattr(espec, "paises", None)
        if modelo:
            tabla = {c: {"locale": p.locale, "moneda": p.moneda, "lugar": p.lugar}
                     for c, p in modelo.items()}
            return cls(tabla, getattr(espec, "pais_predeterminado", next(iter(tabla))))
        import yaml

        ruta = espec.raiz / "mensajes" / "paises.yml"
        try:
            datos = yaml.safe_load(ruta.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ErrorCobro(f"{ruta}: no se puede leer la tabla de países: {exc}") from None
        tabla = {str(c): {k: str(x) for k, x in d.items()} for c, d in datos.get("paises", {}).items()}
        if not tabla:
            raise ErrorCobro(f"{ruta}: la tabla de países está vacía")
        return cls(tabla, str(datos.get("predeterminado", next(iter(tabla)))))


__all__ = ["Paises", "ValorInvalido"]
