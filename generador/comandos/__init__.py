"""Una orden de la CLI por módulo; cada uno expone ``orden``."""
