#!/usr/bin/env bash
# Vendor the front-end libraries the web UI uses into static/vendor/, from the npm registry.
#
# The UI runs offline: nothing is fetched from a CDN at run time, so the built files are
# committed. Run this again only to change a version; it unpacks each package with `npm pack`
# in a temporary folder and copies the ready-built file(s) and the package's LICENSE.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# package@version  files to copy (paths inside the package), space separated
PACKAGES=(
  "leaflet@1.9.4|dist/leaflet.js dist/leaflet.css dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png"
  "leaflet.markercluster@1.5.3|dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css"
  "world-atlas@2.0.2|countries-50m.json"
  "topojson-client@3.1.0|dist/topojson-client.min.js"
  "chart.js@4.6.1|dist/chart.umd.min.js"
  "cytoscape@3.34.4|dist/cytoscape.min.js"
  # The interactive API documentation page (/api/docs); NOTICE and the bundle's third-party
  # licences travel with it.
  "swagger-ui-dist@5.36.0|swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css NOTICE"
)

for entry in "${PACKAGES[@]}"; do
  spec="${entry%%|*}"
  files="${entry#*|}"
  name="${spec%@*}"
  (cd "$work" && npm pack --silent "$spec" >/dev/null)
  tarball="$(ls "$work"/*.tgz)"
  mkdir -p "$work/$name"
  tar -xzf "$tarball" -C "$work/$name"
  rm "$tarball"
  target="$dest/$name"
  rm -rf "$target"
  mkdir -p "$target"
  for file in $files; do
    mkdir -p "$target/$(dirname "$file")"
    cp "$work/$name/package/$file" "$target/$file"
  done
  license="$(ls "$work/$name/package" | grep -i -E '^(mit-)?(licen[cs]e|copying)' | head -n 1 || true)"
  if [ -z "$license" ]; then
    echo "vendor: $spec ships no LICENSE file" >&2
    exit 1
  fi
  cp "$work/$name/package/$license" "$target/LICENSE"
  echo "$spec" > "$target/VERSION"
  echo "vendored $spec"
done
