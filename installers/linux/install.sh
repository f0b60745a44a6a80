#!/usr/bin/env bash
# Adds UPR Desktop to your applications menu and makes .uprw workshop files open in it, for you only (no root).
#
#   ./install.sh              run it from the unpacked folder; run it again after moving the folder
#   ./install.sh --uninstall  takes the menu entry, file type, icons and links away again
#
# The app itself stays in this folder; this adds only small files under ~/.local/share (menu entry, file type,
# icons) and two links in ~/.local/bin (upr-desktop, upr-desktop-cli). Workshops are never touched, by either: they
# live wherever you saved them. To remove the app, uninstall, then delete this folder.
set -euo pipefail

APP_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
CONFIG_HOME="${XDG_CONFIG_HOME:-$HOME/.config}"
BIN_HOME="$HOME/.local/bin"
MIME_TYPE="application/x-upr-workshop"
DESKTOP_FILE="upr-desktop.desktop"
ICON_SIZES="16 24 32 48 64 128 256 512"

# One argument of a .desktop Exec line: quoted, with \ " ` $ escaped inside the quotes, % doubled, and then every
# backslash doubled once more, because the Exec value is itself an escaped string (Desktop Entry spec, "Exec key").
desktop_quote() {
  local s="$1"
  s="${s//\\/\\\\}"
  s="${s//\"/\\\"}"
  s="${s//\`/\\\`}"
  s="${s//\$/\\\$}"
  s="${s//%/%%}"
  s="${s//\\/\\\\}"
  printf '"%s"' "$s"
}

refresh() {  # the desktop's caches, where the tools exist; a desktop without them reads the files directly
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

link_command() {  # ~/.local/bin/NAME -> this folder's NAME, never replacing a file that is not a link
  local name="$1" target="$BIN_HOME/$1"
  if [ -e "$target" ] && [ ! -L "$target" ]; then
    echo "Left $target as it is (it is not a link to UPR Desktop)."
    return 0
  fi
  mkdir -p "$BIN_HOME"
  ln -sfn "$APP_DIR/$name" "$target"
}

unlink_command() {  # only links that point into a UPR Desktop folder
  local target="$BIN_HOME/$1"
  if [ -L "$target" ] && [ "$(basename -- "$(readlink -- "$target")")" = "$1" ]; then
    rm -f -- "$target"
  fi
}

install_integration() {
  if [ ! -x "$APP_DIR/upr-desktop" ]; then
    echo "install.sh must stay in the UPR Desktop folder, beside the upr-desktop program." >&2
    exit 1
  fi
  local share="$APP_DIR/share"
  mkdir -p "$DATA_HOME/applications" "$DATA_HOME/mime/packages"
  # The menu entry, pointing at this folder (quoted: the path may hold spaces or any script).
  local exec_line
  exec_line="Exec=$(desktop_quote "$APP_DIR/upr-desktop") %f"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      Exec=*) printf '%s\n' "$exec_line" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done < "$share/applications/$DESKTOP_FILE" > "$DATA_HOME/applications/$DESKTOP_FILE"
  chmod 644 "$DATA_HOME/applications/$DESKTOP_FILE"
  cp -- "$share/mime/packages/upr-desktop-workshop.xml" "$DATA_HOME/mime/packages/"
  local size
  for size in $ICON_SIZES; do
    for kind in apps mimetypes; do
      local from="$share/icons/hicolor/${size}x${size}/$kind"
      [ -d "$from" ] || continue
      mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/$kind"
      cp -- "$from"/*.png "$DATA_HOME/icons/hicolor/${size}x${size}/$kind/"
    done
  done
  mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
  cp -- "$share/icons/hicolor/scalable/apps/upr-desktop.svg" "$DATA_HOME/icons/hicolor/scalable/apps/"
  link_command upr-desktop
  link_command upr-desktop-cli
  refresh
  # .uprw files open in UPR Desktop by default (xdg-mime writes ~/.config/mimeapps.list).
  if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$DESKTOP_FILE" "$MIME_TYPE" >/dev/null 2>&1 || true
  fi
  echo "UPR Desktop is in your applications menu, and .uprw workshops open in it."
  echo "It runs from $APP_DIR: if you move that folder, run install.sh again from its new place."
  case ":$PATH:" in
    *":$BIN_HOME:"*) ;;
    *) echo "To type upr-desktop in a terminal, add $BIN_HOME to your PATH." ;;
  esac
}

uninstall_integration() {
  rm -f -- "$DATA_HOME/applications/$DESKTOP_FILE" "$DATA_HOME/mime/packages/upr-desktop-workshop.xml" \
    "$DATA_HOME/icons/hicolor/scalable/apps/upr-desktop.svg"
  local size
  for size in $ICON_SIZES; do
    rm -f -- "$DATA_HOME/icons/hicolor/${size}x${size}/apps/upr-desktop.png" \
      "$DATA_HOME/icons/hicolor/${size}x${size}/mimetypes/application-x-upr-workshop.png"
  done
  unlink_command upr-desktop
  unlink_command upr-desktop-cli
  local list="$CONFIG_HOME/mimeapps.list"
  if [ -f "$list" ]; then
    # Only our own association; the rest of the file is the person's.
    sed -i "\\|^$MIME_TYPE=$DESKTOP_FILE;\\?\$|d" "$list"
  fi
  refresh
  echo "UPR Desktop was removed from your applications menu. Your workshops were not touched."
  echo "Its settings, logs and automatic backups stay in ${XDG_DATA_HOME:-$HOME/.local/share}/UPR Desktop."
  echo "Delete the folder $APP_DIR to remove the app itself."
}

case "${1:-}" in
  "") install_integration ;;
  --uninstall) uninstall_integration ;;
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
