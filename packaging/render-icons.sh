#!/usr/bin/env bash
# Renders the program's icon (resources/icons/sangkien.svg, drawn by hand) to the PNG sizes the desktop
# and the window use. The PNGs are checked in, so neither the build nor the package needs a renderer:
# run this after changing the SVG (it needs rsvg-convert, Debian's librsvg2-bin).
set -euo pipefail
ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$ICONS/sangkien.svg" -o "$ICONS/sangkien-$size.png"
done
# The Windows icon packs the same PNGs (packaging/windows/make_ico.py).
python3 "$(dirname "${BASH_SOURCE[0]}")/windows/make_ico.py" "$ICONS" "$ICONS/sangkien.ico"
