#!/usr/bin/env bash
# El trabajo principal: instala cobro y construye el catálogo completo
# (genera las plantillas de todos los países, las revisa con el linter y construye el sitio
# en site/, con el PDF de cada carta impreso por Chromium: --pdf).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/instalar.sh --pdf
export NO_MKDOCS_2_WARNING=1
cobro sitio --pdf "$@"
