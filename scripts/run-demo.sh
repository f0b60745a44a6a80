#!/usr/bin/env bash
# Quick start, part 1: install everything and open the app on the demo workshop.
source "$(dirname "$0")/setup.sh"
install_system_packages
setup_venv ""
exec .venv/bin/upr-desktop "$@"
