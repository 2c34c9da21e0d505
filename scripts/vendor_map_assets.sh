#!/usr/bin/env bash
# Rebuild the map's vendored files from the npm registry (run by hand when upgrading; the
# app and the report never fetch anything):
#   src/storyline/data/countries-110m.json  world-atlas (ISC): Natural Earth 1:110m country
#                                           borders and coastlines (public domain), TopoJSON
#   src/storyline/web/static/d3-zoom.min.js d3-zoom and the d3 modules it needs (ISC,
#                                           d3-ease BSD-3-Clause), their UMD builds joined
# Usage: bash scripts/vendor_map_assets.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/storyline-vendor-XXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts world-atlas@2.0.2 d3-zoom@3.0.1 >/dev/null
cp node_modules/world-atlas/countries-110m.json "$root/src/storyline/data/countries-110m.json"
out="$root/src/storyline/web/static/d3-zoom.min.js"
{
  echo "/* d3-zoom with its d3 dependencies, from npm, joined in load order by scripts/vendor_map_assets.sh."
  for m in d3-dispatch d3-selection d3-color d3-interpolate d3-ease d3-timer d3-transition d3-drag d3-zoom; do
    echo " * $m $(node -p "require('./node_modules/$m/package.json').version") ($(node -p "require('./node_modules/$m/package.json').license"))"
  done
  echo " *"
  sed 's/^/ * /' node_modules/d3-zoom/LICENSE
  echo " *"
  echo " * d3-ease:"
  sed 's/^/ * /' node_modules/d3-ease/LICENSE
  echo " */"
  for m in d3-dispatch d3-selection d3-color d3-interpolate d3-ease d3-timer d3-transition d3-drag d3-zoom; do
    cat "node_modules/$m/dist/$m.min.js"
    echo
  done
} > "$out"
wc -c "$root/src/storyline/data/countries-110m.json" "$out"
