#!/bin/sh
# Renders the application icon's PNG sizes from its SVG (librsvg2-bin).
# The PNGs are committed: building Plenary does not need librsvg.
set -e
cd "$(dirname "$0")"
for s in 16 22 24 32 48 64 128 256; do
  mkdir -p hicolor/${s}x${s}/apps
  rsvg-convert -w $s -h $s hicolor/scalable/apps/org.plenary.Plenary.svg \
    -o hicolor/${s}x${s}/apps/org.plenary.Plenary.png
done
