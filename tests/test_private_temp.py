"""The private temporary folder: owner-only, takes the process's temporary files, wiped on close and, after a
crash, at the next start; never wiped under a copy of the app that is still running."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from upr_desktop import private_temp

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh_run():
    private_temp.close()
    yield
    private_temp.close()


def _run_script(code: str, home: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True, **kwargs)


def test_folder_is_private_and_under_the_data_folder(app_home):
    folder = private_temp.folder()
    assert folder.is_dir()
    assert folder.parent == app_home / "tmp"
    if os.name != "nt":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert private_temp.folder() == folder  # one per run


def test_process_temporary_files_go_there_and_are_wiped_on_close(app_home):
    system_temp = tempfile.gettempdir()
    folder = private_temp.take_over_process_temp()
    with tempfile.NamedTemporaryFile(delete=False, suffix=".pdf") as handle:
        handle.write(b"%PDF- a preview naming Amina")
    written = Path(handle.name)
    assert written.parent == folder
    assert os.environ["TMPDIR"] == str(folder)
    made = Path(tempfile.mkdtemp(prefix="upr-readonly-"))
    (made / "copy.uprw").write_bytes(b"SQLite format 3\0")
    assert made.parent == folder

    private_temp.close()
    assert not folder.exists()
    assert not written.exists()
    assert tempfile.gettempdir() == system_temp  # given back
    assert os.environ.get("TMPDIR") != str(folder)


def test_wipe_contents_keeps_the_folder(app_home):
    folder = private_temp.folder()
    (folder / "preview.pdf").write_bytes(b"%PDF-")
    (folder / "job").mkdir()
    (folder / "job" / "x.pdf").write_bytes(b"%PDF-")
    private_temp.wipe_contents()
    assert folder.is_dir()
    assert [p.name for p in folder.iterdir()] == [private_temp.LOCK_NAME]


def test_a_crashed_runs_folder_is_wiped_at_the_next_start(app_home):
    crashed = _run_script(
        "import os, tempfile\n"
        "from upr_desktop import private_temp\n"
        "folder = private_temp.take_over_process_temp()\n"
        "open(os.path.join(tempfile.gettempdir(), 'preview.pdf'), 'wb').write(b'%PDF- Amina')\n"
        "print(folder, flush=True)\n"
        "os._exit(9)\n", app_home)
    left = Path(crashed.communicate(timeout=60)[0].strip())
    assert crashed.returncode == 9
    assert (left / "preview.pdf").exists()  # the crash left it behind

    mine = private_temp.folder()  # the next start
    assert not left.exists()
    assert mine.is_dir() and mine != left


def test_a_running_copys_folder_is_not_wiped(app_home):
    running = _run_script(
        "import sys, time\n"
        "from upr_desktop import private_temp\n"
        "folder = private_temp.folder()\n"
        "(folder / 'preview.pdf').write_bytes(b'%PDF-')\n"
        "print(folder, flush=True)\n"
        "sys.stdin.readline()\n"
        "private_temp.close()\n", app_home, stdin=subprocess.PIPE)
    try:
        theirs = Path(running.stdout.readline().strip())
        assert theirs.is_dir()
        wiped = private_temp.wipe_leftovers()
        mine = private_temp.folder()
        assert theirs not in wiped
        assert (theirs / "preview.pdf").exists()
        assert mine != theirs
    finally:
        running.communicate("done\n", timeout=60)
    assert not theirs.exists()  # it cleaned up after itself
