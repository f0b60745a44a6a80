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
if [ $status -ne 0 ] || [ $# -gt 0 ]; then
  exit $status  # a run of chosen tests (arguments given) skips the benches
fi
# Every bench in its quick form (small sizes, under 30 s each), so that none can rot unseen: a bench
# that crashes fails the run. Their figures are printed, not judged (timings on CI are noisy).
for bench in bench/run.py bench/review.py bench/voting.py bench/pdf.py bench/followup.py bench/crypt.py; do
  echo "== $bench --quick"
  if ! PYTHONPATH=. .venv/bin/python "$bench" --quick; then
    echo "$bench --quick crashed: fix the bench (or the code it measures)." >&2
    exit 1
  fi
done
exit 0
