"""Servidor de lenguaje (LSP) de cobro: ``cobro lsp``."""
