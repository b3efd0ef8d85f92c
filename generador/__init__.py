"""cobro: plantillas de recordatorio de pago y cobro en español."""

__version__ = "0.1.0"
