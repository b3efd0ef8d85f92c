#!/usr/bin/env bash
# Instala lo que necesitan las pruebas (paquetes de Python y de Debian) y ejecuta la
# batería completa. Falla si pytest no ejecuta ninguna prueba.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/instalar.sh --pruebas || exit 1
export NO_MKDOCS_2_WARNING=1
ruff check generador tests benchmarks || exit 1
python3 -m pytest -q "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest no ejecutó ninguna prueba: eso es un fallo." >&2
  exit 1
fi
exit "$rc"
