#!/usr/bin/env bash
# Builds UPR Desktop for the platform this runs on: bash scripts/build.sh
#   Linux:   dist/upr-desktop/ (runs in place) and dist/UPR-Desktop-<version>-linux-<arch>.tar.gz
#   macOS:   dist/UPR Desktop.app and dist/UPR-Desktop-<version>-macos-<arch>.dmg
#   Windows: run installers\windows\build.ps1 in PowerShell instead (it does the same, then runs Inno Setup).
# It installs what the build needs first (system libraries on Debian/Ubuntu, then .venv with the [build] extra),
# like scripts/run-demo.sh and scripts/test.sh. installers/README.md says what each step makes.
source "$(dirname "$0")/setup.sh"

case "$(uname -s)" in
  Linux) PLATFORM=linux ;;
  Darwin) PLATFORM=macos ;;
  *) printf "%s\n" "On Windows, build with PowerShell: installers\\windows\\build.ps1" >&2; exit 2 ;;
esac

started=$SECONDS
# PyInstaller reads the libraries' dependencies with objdump and strips them with strip (binutils).
SYSTEM_PACKAGES="$SYSTEM_PACKAGES binutils"
install_system_packages
setup_venv "[build]"
VERSION="$(.venv/bin/python -c 'from importlib.metadata import version; print(version("upr-desktop"))')"

echo "Building UPR Desktop $VERSION for $PLATFORM..."
# The translations the bundle carries in resources/i18n (setup_venv compiled them too; again, in case a .ts changed).
.venv/bin/python scripts/i18n.py release
# build/pyinstaller keeps PyInstaller's analysis between runs, so a second build takes seconds.
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installers/pyinstaller/upr_desktop.spec

if [ "$PLATFORM" = linux ]; then
  bash installers/linux/package.sh "$VERSION"
else
  bash installers/macos/make_dmg.sh "$VERSION"
fi
echo "Built in $((SECONDS - started)) s."
