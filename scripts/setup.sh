# Shared by scripts/run-demo.sh and scripts/test.sh: installs what the app needs on a fresh
# Debian/Ubuntu machine (system libraries for Qt, fonts), then a virtual environment in .venv.
# Source it; it changes nothing that is already in place.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Qt's offscreen and X11 platforms, fonts that cover Hangul/CJK/Arabic in the interface,
# and poppler-utils for reading PDFs back in tests.
SYSTEM_PACKAGES="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
 fonts-noto-core fonts-noto-cjk poppler-utils python3-venv"

install_system_packages() {
  command -v dpkg >/dev/null 2>&1 || { echo "Not a Debian-based system: install Qt's runtime libraries yourself." >&2; return 0; }
  local missing=()
  for pkg in $SYSTEM_PACKAGES; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Please install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}"
  apt_waiting_for_lock $sudo apt-get update -qq
  apt_waiting_for_lock $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}

# Another apt (the system's automatic updates, a software centre) holds the lock for a while after a machine
# starts: wait for it, saying so, rather than fail at once. apt >= 1.9.11 waits by itself with
# DPkg::Lock::Timeout; older ones, and `apt-get update`'s lists lock, are retried here.
APT_LOCK_WAIT="${APT_LOCK_WAIT:-300}"  # seconds
APT_LOCK_POLL="${APT_LOCK_POLL:-5}"
apt_waiting_for_lock() {  # $@: the apt-get command line, perhaps after sudo/env
  local waited=0 output status told=""
  local args=("$@") i
  for i in "${!args[@]}"; do  # the timeout option goes right after apt-get
    if [ "${args[$i]}" = "apt-get" ]; then
      args=("${args[@]:0:$((i + 1))}" -o "DPkg::Lock::Timeout=$APT_LOCK_WAIT" "${args[@]:$((i + 1))}")
      break
    fi
  done
  while true; do
    status=0
    output="$("${args[@]}" 2>&1)" || status=$?
    if [ "$status" -eq 0 ]; then
      return 0
    fi
    if ! grep -qiE "could not get lock|unable to acquire the dpkg frontend lock|is another process using it" \
        <<<"$output"; then
      printf '%s\n' "$output" >&2
      return "$status"
    fi
    if [ "$waited" -ge "$APT_LOCK_WAIT" ]; then
      printf '%s\n' "$output" >&2
      echo "Another program kept the package manager busy for $((APT_LOCK_WAIT / 60)) minutes or more." \
        "Let it finish (or restart the computer), then run this again." >&2
      return "$status"
    fi
    if [ -z "$told" ]; then
      echo "Another program is installing or updating software (apt is locked): waiting for it to finish," \
        "for up to $((APT_LOCK_WAIT / 60)) minutes…" >&2
      told=1
    fi
    sleep "$APT_LOCK_POLL"
    waited=$((waited + APT_LOCK_POLL))
  done
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "UPR Desktop needs Python 3.11 or newer." >&2
  return 1
}

setup_venv() {  # $1: pip extras, e.g. "[test]" or ""
  local python
  python="$(find_python)"
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$1"
  # The interface's translations: the .qm files the app loads, compiled from resources/i18n/*.ts.
  .venv/bin/python scripts/i18n.py release
}
