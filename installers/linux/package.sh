#!/usr/bin/env bash
# Turns PyInstaller's dist/upr-desktop into the Linux download (scripts/build.sh runs this after PyInstaller):
#   bash installers/linux/package.sh VERSION [BUNDLE]
# adds install.sh, README.txt and share/ (menu entry, .uprw file type, icons) to BUNDLE (dist/upr-desktop), then
# packs it beside it as UPR-Desktop-VERSION-linux-ARCH.tar.gz, whose one top folder has that name too.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/installers/linux"
ICONS="$ROOT/resources/icons"
VERSION="${1:?usage: package.sh VERSION}"
BUNDLE="$(cd "${2:-$ROOT/dist/upr-desktop}" && pwd)"
OUT="$(dirname "$BUNDLE")"
NAME="UPR-Desktop-$VERSION-linux-$(uname -m)"

if [ ! -x "$BUNDLE/upr-desktop" ]; then
  echo "No bundle in $BUNDLE: run PyInstaller first (bash scripts/build.sh does both)." >&2
  exit 1
fi

install -m 755 "$HERE/install.sh" "$BUNDLE/install.sh"
install -m 644 "$HERE/README.txt" "$BUNDLE/README.txt"
SHARE="$BUNDLE/share"
rm -rf "$SHARE"
install -D -m 644 "$HERE/upr-desktop.desktop" "$SHARE/applications/upr-desktop.desktop"
install -D -m 644 "$HERE/upr-desktop-workshop.xml" "$SHARE/mime/packages/upr-desktop-workshop.xml"
install -D -m 644 "$ICONS/upr-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/upr-desktop.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir="$SHARE/icons/hicolor/${size}x${size}"
  install -D -m 644 "$ICONS/app-$size.png" "$dir/apps/upr-desktop.png"
  install -D -m 644 "$ICONS/app-$size.png" "$dir/mimetypes/application-x-upr-workshop.png"
done

rm -f "$OUT/$NAME.tar.gz"
# Only the top folder is renamed, not the target of the upr-desktop-cli symlink ("S").
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$OUT" \
  --transform "s,^$(basename "$BUNDLE"),$NAME,S" -czf "$OUT/$NAME.tar.gz.part" "$(basename "$BUNDLE")"
mv "$OUT/$NAME.tar.gz.part" "$OUT/$NAME.tar.gz"
unpacked=$(( $(du -sb "$BUNDLE" | cut -f1) / 1000000 ))
packed=$(( $(stat -c %s "$OUT/$NAME.tar.gz") / 1000000 ))
echo "$OUT/$NAME.tar.gz: $packed MB ($unpacked MB unpacked)"
