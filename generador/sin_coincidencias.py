"""El error común de ``generar`` y ``exportar`` cuando los filtros no dejan ninguna plantilla."""

from __future__ import annotations

from generador.errores import ErrorCobro


def error_sin_plantillas(filtros, excluidas) -> ErrorCobro:
    """Dice qué filtros se pidieron y, si los datos excluyen esas combinaciones, por qué."""
    pedidos = [f"--{clave} {valor}" for clave, valor in vars(filtros).items() if valor] \
        if filtros is not None else []
    mensaje = "ninguna plantilla coincide con los filtros"
    if pedidos:
        mensaje += f" ({' '.join(pedidos)})"
    motivos = list(dict.fromkeys(f"{e.motivo} ({e.archivo})" for e in excluidas))
    if motivos:
        mensaje += f"; {len(excluidas)} combinaciones están excluidas a propósito: " + "; ".join(
            motivos[:3]) + ("; …" if len(motivos) > 3 else "")
    mensaje += ". No se ha escrito nada: cambia o quita algún filtro."
    return ErrorCobro(mensaje)
