#!/usr/bin/env bash
# Renders the PNG copies of the SVG icons in this folder (committed; re-run after changing an SVG):
#   png/NAME-SIZE.png   workspace icons at 16..48 px and the application icon at 16..256 px, embedded
#                       under :/icons/png so the console shows its icons where Qt's SVG plugins
#                       (Debian: libqt6svg6) are missing
#   hicolor/SIZExSIZE/apps/org.quartermaster.Quartermaster.png   the application icon, 16..512 px,
#                       installed into the hicolor theme (the scalable one is quartermaster.svg)
#   ../../installer/windows/quartermaster.ico, ../../installer/macos/quartermaster.icns
# Needs rsvg-convert (Debian: librsvg2-bin); ImageMagick and icnsutils for the .ico and .icns.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
rm -rf png hicolor
mkdir -p png
for svg in *.svg; do
  name=${svg%.svg}
  if [ "$name" = quartermaster ]; then sizes="16 24 32 48 64 128 256"; else sizes="16 20 24 32 40 48"; fi
  for s in $sizes; do rsvg-convert -w "$s" -h "$s" "$svg" -o "png/$name-$s.png"; done
done
for s in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${s}x$s/apps"
  rsvg-convert -w "$s" -h "$s" quartermaster.svg -o "hicolor/${s}x$s/apps/org.quartermaster.Quartermaster.png"
done
# The Windows and macOS icon files, where their tools are installed (Debian: imagemagick, icnsutils).
if command -v convert >/dev/null; then
  convert png/quartermaster-{16,24,32,48,64,128,256}.png ../../installer/windows/quartermaster.ico
else
  echo "render.sh: convert missing: installer/windows/quartermaster.ico not rewritten" >&2
fi
if command -v png2icns >/dev/null; then
  png2icns ../../installer/macos/quartermaster.icns png/quartermaster-{16,32,48,128,256}.png \
    hicolor/512x512/apps/org.quartermaster.Quartermaster.png >/dev/null
else
  echo "render.sh: png2icns missing: installer/macos/quartermaster.icns not rewritten" >&2
fi
