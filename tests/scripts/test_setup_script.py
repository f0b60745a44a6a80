"""scripts/setup.sh on a machine where another apt (automatic updates) holds the lock: it waits, saying so,
instead of failing at once. apt-get, dpkg and sudo are stand-ins on PATH; the script itself is the real one."""

import os
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

FAKE_APT = """#!/bin/bash
# Like an apt that does not know DPkg::Lock::Timeout (before 1.9.11): locked for the first $LOCKED calls.
echo "$*" >> "$CALLS"
n=$(wc -l < "$CALLS")
if [ "$n" -le "$LOCKED" ]; then
  echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (unattended-upgr)" >&2
  echo "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?" >&2
  exit 100
fi
exit 0
"""


def _stand_ins(folder: Path) -> Path:
    folder.mkdir()
    for name, body in (("apt-get", FAKE_APT), ("dpkg", "#!/bin/sh\nexit 1\n"), ("sudo", '#!/bin/sh\nexec "$@"\n')):
        (folder / name).write_text(body)
        (folder / name).chmod(0o755)
    return folder


def _install(tmp_path, locked: int, wait: int = 30):
    bin_dir = _stand_ins(tmp_path / "bin")
    calls = tmp_path / "calls.txt"
    calls.write_text("")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls), "LOCKED": str(locked),
           "APT_LOCK_WAIT": str(wait), "APT_LOCK_POLL": "1"}
    result = subprocess.run(["bash", "-c", f"source {REPO_ROOT / 'scripts' / 'setup.sh'}; install_system_packages"],
                            capture_output=True, text=True, env=env, timeout=60)
    return result, calls.read_text().splitlines()


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_waits_for_another_apt_and_says_so(tmp_path):
    result, calls = _install(tmp_path, locked=2)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("waiting for it to finish") == 1
    assert len(calls) == 4 and "update" in calls[2] and "install" in calls[3]
    assert all("DPkg::Lock::Timeout=30" in call for call in calls)  # a newer apt waits by itself


@pytest.mark.skipif(os.name != "posix", reason="a shell script for Debian and Ubuntu")
def test_gives_up_after_the_wait_with_a_plain_message(tmp_path):
    result, calls = _install(tmp_path, locked=1000, wait=2)
    assert result.returncode != 0
    assert "Could not get lock" in result.stderr and "kept the package manager busy" in result.stderr
    assert 2 <= len(calls) <= 4 and all("update" in call for call in calls)
