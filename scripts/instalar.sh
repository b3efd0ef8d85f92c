#!/usr/bin/env bash
# Instala cobro y lo que necesita en una máquina Debian con Python >= 3.11.
#   bash scripts/instalar.sh            # cobro y sus dependencias
#   bash scripts/instalar.sh --pruebas  # además, lo que necesitan las pruebas
#   bash scripts/instalar.sh --pdf      # además, chromium y playwright (cobro sitio --pdf)
# Paquetes de Debian: hunspell-es y libenchant-2-2 (ortografía) siempre; chromium (pruebas
# en navegador y PDF de cartas) y, si no hay npm, nodejs y npm (axe-core) con --pruebas.
# Solo instala lo que falta.
set -euo pipefail
cd "$(dirname "$0")/.."

pruebas=0
[ "${1:-}" = "--pruebas" ] && pruebas=1
pdf=0
[ "${1:-}" = "--pdf" ] && pdf=1

paquetes=(hunspell-es libenchant-2-2)
{ [ "$pruebas" = 1 ] || [ "$pdf" = 1 ]; } && paquetes+=(chromium)
# axe-core (accesibilidad del catálogo) viene de npm: hace falta node y npm.
[ "$pruebas" = 1 ] && ! command -v npm >/dev/null && paquetes+=(nodejs npm)

faltan=()
for p in "${paquetes[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || faltan+=("$p")
done
if [ "${#faltan[@]}" -gt 0 ]; then
  echo "cobro: instalando paquetes de Debian: ${faltan[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${faltan[@]}" >/dev/null
fi

extra=""
[ "$pruebas" = 1 ] && extra="[test]"
[ "$pdf" = 1 ] && extra="[pdf]"
python3 -m pip install --quiet --disable-pip-version-check -e ".${extra}" 2>&1 \
  | grep -v -e "^WARNING: Running pip as the 'root' user" -e "^WARNING: Location" || true


# Con --pruebas y npm disponible: las dependencias de la extensión de VS Code
# (editores/vscode), para que las pruebas la empaqueten de verdad con vsce.
if [ "$pruebas" = 1 ] && command -v npm >/dev/null; then
  (cd editores/vscode && npm install --no-audit --no-fund --silent) \
    || echo "cobro: no se pudo instalar editores/vscode con npm; su prueba de empaquetado se omitirá"
fi

# axe-core para las pruebas de accesibilidad, con las versiones de package-lock.json.
if [ "$pruebas" = 1 ] && [ ! -f tests/sitio/node/node_modules/axe-core/axe.min.js ]; then
  echo "cobro: instalando axe-core (npm ci en tests/sitio/node)"
  (cd tests/sitio/node && npm ci --no-audit --no-fund --silent)
fi
