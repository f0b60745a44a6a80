#!/usr/bin/env bash
# Quick start, part 2: install everything and run the whole test suite (headless).
source "$(dirname "$0")/setup.sh"
install_system_packages
setup_venv "[test]"
export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ $status -eq 5 ]; then
  echo "No tests were collected: that is a failure, not a pass." >&2
  exit 1
fi
exit $status
