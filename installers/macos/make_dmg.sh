#!/usr/bin/env bash
# Packs dist/UPR Desktop.app (made by PyInstaller from installers/pyinstaller/upr_desktop.spec) into a disk image
# with the usual "drag to Applications" layout. scripts/build.sh runs it on macOS after PyInstaller:
#   bash installers/macos/make_dmg.sh VERSION
# Gives dist/UPR-Desktop-VERSION-macos-ARCH.dmg (ARCH: arm64 on Apple silicon, x86_64 on Intel: the app is built
# for the Mac it is built on).
# With CODESIGN_IDENTITY set (a "Developer ID Application: ..." certificate in the keychain) the app is signed with
# it for distribution; otherwise it keeps PyInstaller's ad-hoc signature (see installers/macos/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="${1:?usage: make_dmg.sh VERSION}"
APP="$ROOT/dist/UPR Desktop.app"
ARCH="$(uname -m)"
NAME="UPR-Desktop-$VERSION-macos-$ARCH"
STAGE="$ROOT/build/dmg/$NAME"
DMG="$ROOT/dist/$NAME.dmg"

if [ "$(uname -s)" != Darwin ]; then
  echo "make_dmg.sh needs macOS (hdiutil)." >&2
  exit 1
fi
if [ ! -d "$APP" ]; then
  echo "No $APP: run PyInstaller first (bash scripts/build.sh does both)." >&2
  exit 1
fi

# The file types the app declares, as the Finder will read them (a broken Info.plist fails here, not on a user's Mac).
plutil -lint "$APP/Contents/Info.plist" >/dev/null
doc_type="$(/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:LSItemContentTypes:0" \
  "$APP/Contents/Info.plist")"
if [ "$doc_type" != "org.uprdesktop.workshop" ]; then
  echo "Info.plist does not declare .uprw workshops (found: $doc_type)." >&2
  exit 1
fi
# A background-only app has no Dock icon or menu bar (PyInstaller sets it for console apps; the spec must not).
background="$(/usr/libexec/PlistBuddy -c "Print :LSBackgroundOnly" "$APP/Contents/Info.plist" 2>/dev/null || true)"
if [ "$background" = true ]; then
  echo "Info.plist makes the app background-only (LSBackgroundOnly): see the spec's BUNDLE section." >&2
  exit 1
fi

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Hardened runtime and a timestamp, as notarisation requires; then: xcrun notarytool submit ... (README).
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP"

# A quick check that the frozen app runs on this Mac: the commands, then the app itself for two seconds.
CHECK="$(mktemp -d)"
trap 'rm -rf "$CHECK"' EXIT
UPR_DESKTOP_HOME="$CHECK" "$APP/Contents/MacOS/upr-desktop-cli" demo "$CHECK/demo.uprw" >/dev/null
UPR_DESKTOP_HOME="$CHECK" "$APP/Contents/MacOS/upr-desktop" --quit-after 2000

rm -rf "$STAGE"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/UPR Desktop.app"  # ditto keeps the bundle's symlinks, attributes and signature
ln -s /Applications "$STAGE/Applications"
cat > "$STAGE/Read me.txt" <<EOF
UPR Desktop $VERSION

Drag "UPR Desktop" onto "Applications", then open it from Applications (or Launchpad).
If macOS says it cannot check the app for malicious software: open System Settings > Privacy & Security and
click "Open Anyway" (once).

From a USB stick instead (portable mode): copy "UPR Desktop.app" to the stick, put an empty file named
portable.txt beside it, and run once in Terminal:
    xattr -dr com.apple.quarantine "/Volumes/<stick>/UPR Desktop.app"
The app then keeps its settings, logs and backups in "UPR Desktop data" on the stick, nothing on the Mac.
Workshops are always where you save them.
EOF

rm -f "$DMG"
# HFS+ rather than APFS: the image then opens on every macOS the app supports. UDZO: compressed, read-only.
hdiutil create -volname "UPR Desktop $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$DMG" >/dev/null
hdiutil verify "$DMG" >/dev/null
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
echo "dist/$NAME.dmg: $(( $(stat -f %z "$DMG") / 1000000 )) MB"
