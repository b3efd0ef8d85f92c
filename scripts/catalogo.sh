#!/usr/bin/env bash
# El trabajo principal: instala cobro y construye el catálogo completo
# (genera las plantillas, las revisa con el linter y construye el sitio en site/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/instalar.sh
export NO_MKDOCS_2_WARNING=1
cobro sitio "$@"
