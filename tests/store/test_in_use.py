"""One copy of the app at a time may change a workshop; the others are told and offered read-only.

Real files, real second processes (started, made to wait, closed or killed), the real OS lock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from upr_desktop.domain.errors import WorkshopError, WorkshopInUse, WorkshopReadOnly
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.io.demo import create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.store import in_use
from upr_desktop.store.database import open_workshop_db

REPO = Path(__file__).resolve().parents[2]

# A second copy of the app, as far as the file is concerned: opens the workshop (optionally makes a
# change), says "open", then waits for a line on stdin before closing cleanly.
HOLDER = r"""
import sys
from dataclasses import replace
from upr_desktop.domain.errors import WorkshopInUse
from upr_desktop.ops import Workshop
try:
    w = Workshop.open(sys.argv[1])
except WorkshopInUse as error:
    print("in use:", error.message, flush=True)
    sys.exit(3)
if len(sys.argv) > 2:
    w.update_info(replace(w.info(), venue=sys.argv[2]))
print("open", flush=True)
sys.stdin.readline()
w.close()
print("closed", flush=True)
"""


def _start_holder(path: Path, home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(path), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)


def _wait_open(proc: subprocess.Popen) -> None:
    line = proc.stdout.readline()
    assert line.strip() == "open", f"the second process did not open the workshop: {line!r} {proc.stderr.read()}"


def _close_holder(proc: subprocess.Popen) -> None:
    proc.stdin.write("\n")
    proc.stdin.flush()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "closed" in out


def _lock_file(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "Kenya follow-up.uprw"
    create_demo_workshop(path).close()
    return path


# --- in one process ----------------------------------------------------------------------------

def test_a_second_open_in_the_same_process_is_refused_and_read_only_still_works(intact, demo_path):
    first = Workshop.open(demo_path)
    assert not first.read_only
    lock = _lock_file(demo_path)
    assert lock.exists()
    record = json.loads(lock.read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["opened_at"] and record["machine"]
    assert set(record) == {"app", "machine", "pid", "opened_at"}  # nothing about the person
    with pytest.raises(WorkshopInUse) as refused:
        Workshop.open(demo_path)
    assert refused.value.message == (
        "“Kenya follow-up.uprw” is open in another window of UPR Desktop (on this computer). You can open it "
        "read-only to look at it or print from it; changes can only be made in the other window.")
    assert isinstance(refused.value, WorkshopError)
    with Workshop.open(demo_path, read_only=True) as viewer:
        assert viewer.read_only and viewer.count() == 82
        first.add_participant(Participant(name="Amina Njoroge"))
        assert viewer.participants()[-1].name == "Amina Njoroge"  # the viewer sees saved changes
        with pytest.raises(WorkshopReadOnly):
            viewer.add_participant(Participant(name="Someone else"))
    assert intact(demo_path)
    first.close()
    assert not lock.exists(), "a clean close removes the lock file"
    with Workshop.open(demo_path) as again:
        assert not again.read_only and again.participants()[-1].name == "Amina Njoroge"
    assert not lock.exists()
    assert sorted(p.name for p in demo_path.parent.iterdir()) == [demo_path.name]


def test_a_new_workshop_is_in_use_from_the_moment_it_is_created(tmp_path):
    path = tmp_path / "new.uprw"
    created = Workshop.create(path, WorkshopInfo(title="New", country="Kenya", cycle=4))
    with pytest.raises(WorkshopInUse):
        Workshop.open(path)
    created.close()
    assert not _lock_file(path).exists()
    Workshop.open(path).close()


def test_a_refused_or_failed_create_leaves_no_lock_file(tmp_path):
    path = tmp_path / "new.uprw"
    with pytest.raises(WorkshopError):
        Workshop.create(path, WorkshopInfo(title="", country="Kenya"))
    Workshop.create(path, WorkshopInfo(title="New", country="Kenya", cycle=4)).close()
    with pytest.raises(WorkshopError, match="already exists"):
        Workshop.create(path, WorkshopInfo(title="New", country="Kenya", cycle=4))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.uprw"]


def test_a_worker_connection_shares_the_windows_lock(demo_path):
    window = Workshop.open(demo_path)
    worker = window.another_connection()  # what an import thread uses
    assert not worker.read_only
    worker.add_participant(Participant(name="From the worker"))
    worker.close()
    assert window.participants()[-1].name == "From the worker"
    with pytest.raises(WorkshopInUse):  # closing the worker's connection kept the window's lock
        Workshop.open(demo_path)
    window.close()
    with pytest.raises(WorkshopError, match="no longer open"):
        window.another_connection()
    Workshop.open(demo_path).close()


def test_a_workshop_dropped_without_closing_does_not_stay_locked(demo_path):
    Workshop.open(demo_path).count()  # never closed: garbage once the line is done
    import gc

    gc.collect()
    Workshop.open(demo_path).close()


def test_a_lock_file_that_is_not_ours_or_is_garbage_is_taken_over(demo_path):
    _lock_file(demo_path).write_bytes(b"\x00\xffnot json")
    with Workshop.open(demo_path) as w:
        assert json.loads(_lock_file(demo_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
        assert w.count() == 82
    assert not _lock_file(demo_path).exists()


def test_read_only_places_take_no_lock(demo_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # root ignores chmod; simulate a locked stick
    with Workshop.open(demo_path) as w:
        assert w.read_only
        assert not _lock_file(demo_path).exists()


def test_a_folder_that_refuses_the_lock_file_opens_read_only(demo_path, monkeypatch):
    def refuse(path, **_options):
        raise in_use.CannotLock(PermissionError(13, "Permission denied", str(path)))

    monkeypatch.setattr(in_use, "take", refuse)  # os.access said yes, the share said no
    with Workshop.open(demo_path) as w:
        assert w.read_only
    assert not _lock_file(demo_path).exists()


def test_backups_and_copies_never_take_the_lock_file(demo_path, app_home, tmp_path):
    with Workshop.open(demo_path) as w:
        backup = w.rolling_backup()
        copy = w.save_copy(tmp_path / "copy.uprw")
        everything = [p.name for p in app_home.rglob("*")]
        assert backup.name in everything and not any(name.endswith(".lock") for name in everything)
        assert not _lock_file(copy).exists()
        with Workshop.open(copy) as other:  # the copy is a workshop of its own, free to change
            assert not other.read_only and other.count() == 82
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".uprw", ".lock")) == \
        ["Kenya follow-up.uprw", "copy.uprw"]


# --- across processes ----------------------------------------------------------------------------

def test_a_second_process_is_refused_until_the_first_closes(intact, demo_path, app_home):
    holder = _start_holder(demo_path, app_home, "Nairobi, Room 4")
    try:
        _wait_open(holder)
        with pytest.raises(WorkshopInUse, match=r"open in another window of UPR Desktop \(on this computer\)"):
            Workshop.open(demo_path)
        with Workshop.open(demo_path, read_only=True) as viewer:  # looking and printing still work
            assert viewer.info().venue == "Nairobi, Room 4"
            assert viewer.count() == 82
        assert intact(demo_path)
    finally:
        _close_holder(holder)
    with Workshop.open(demo_path) as w:
        assert not w.read_only and w.info().venue == "Nairobi, Room 4"
    assert intact(demo_path)
    assert not _lock_file(demo_path).exists()


def test_this_process_holding_it_refuses_another_process(demo_path, app_home):
    with Workshop.open(demo_path):
        other = _start_holder(demo_path, app_home)
        out, _err = other.communicate(timeout=60)
        assert other.returncode == 3
        assert "is open in another window of UPR Desktop (on this computer)" in out


def test_a_killed_process_leaves_a_stale_lock_that_the_next_open_takes_over(intact, demo_path, app_home):
    holder = _start_holder(demo_path, app_home, "Mombasa")
    _wait_open(holder)
    with pytest.raises(WorkshopInUse):
        Workshop.open(demo_path)
    holder.kill()  # SIGKILL: no close, no cleanup, a -wal full of the last change
    holder.communicate(timeout=60)
    lock = _lock_file(demo_path)
    assert lock.exists(), "a crash leaves the lock file behind"
    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == holder.pid
    with Workshop.open(demo_path) as w:  # taken over silently
        assert not w.read_only
        assert w.info().venue == "Mombasa"  # the change made before the crash was kept
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert intact(demo_path)
    assert not lock.exists()


RACER = r"""
import sys, time
from upr_desktop.domain.errors import WorkshopInUse
from upr_desktop.ops import Workshop
print("ready", flush=True)
sys.stdin.readline()
try:
    w = Workshop.open(sys.argv[1])
except WorkshopInUse:
    print("in use", flush=True)
else:
    print("got it", flush=True)
    sys.stdin.readline()
    w.close()
"""


def test_copies_starting_at_the_same_moment_let_exactly_one_in(intact, demo_path, app_home):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(app_home), "PYTHONPATH": str(REPO)}
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(demo_path)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=REPO, env=env) for _ in range(4)]
    try:
        for racer in racers:
            assert racer.stdout.readline().strip() == "ready"
        for racer in racers:
            racer.stdin.write("go\n")
            racer.stdin.flush()
        answers = [racer.stdout.readline().strip() for racer in racers]
        assert sorted(answers) == ["got it", "in use", "in use", "in use"]
    finally:
        for racer in racers:
            try:
                racer.communicate("\n", timeout=60)
            except (ValueError, OSError):
                racer.wait(timeout=60)
    assert intact(demo_path)
    assert not _lock_file(demo_path).exists()


# --- file systems that can't lock: the record decides --------------------------------------------

@pytest.fixture
def no_os_locks(monkeypatch):
    """A network share without lock support: flock() fails with "not supported"."""

    def unsupported(fd):
        raise in_use._Unsupported()

    monkeypatch.setattr(in_use, "_os_lock", unsupported)


def _write_record(path: Path, **fields) -> Path:
    record = {"app": "UPR Desktop 0.1.0", "machine": in_use._machine(), "pid": 1, "opened_at": "", **fields}
    lock = _lock_file(path)
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


def _now_iso(offset: float = 0) -> str:
    from datetime import datetime, timezone

    return datetime.fromtimestamp(time.time() + offset, timezone.utc).isoformat(timespec="seconds")


def test_without_os_locks_a_live_process_on_this_computer_keeps_it(demo_path, no_os_locks):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_record(demo_path, pid=sleeper.pid, opened_at=_now_iso())
        with pytest.raises(WorkshopInUse, match=r"\(on this computer\)"):
            Workshop.open(demo_path)
    finally:
        sleeper.kill()
        sleeper.wait()
    with Workshop.open(demo_path) as w:  # its process has gone: stale
        assert not w.read_only
    assert not _lock_file(demo_path).exists()


def test_without_os_locks_a_record_from_before_the_last_restart_is_stale(demo_path, no_os_locks):
    # A power cut: the process id may now belong to anything, so only the boot time can tell.
    _write_record(demo_path, pid=os.getppid(), opened_at=_now_iso(-400 * 24 * 3600))
    if in_use._boot_time() is None:
        pytest.skip("no boot time on this system")
    Workshop.open(demo_path).close()


def test_without_os_locks_our_own_leftover_is_stale(demo_path, no_os_locks):
    _write_record(demo_path, pid=os.getpid(), opened_at=_now_iso())
    Workshop.open(demo_path).close()


def test_without_os_locks_another_computer_counts_while_fresh(demo_path, no_os_locks):
    lock = _write_record(demo_path, machine="0123456789ab", pid=4242, opened_at=_now_iso(-3600))
    with pytest.raises(WorkshopInUse, match=r"\(on another computer\)"):
        Workshop.open(demo_path)
    with Workshop.open(demo_path, read_only=True) as viewer:
        assert viewer.count() == 82
    hours_ago = time.time() - in_use.FOREIGN_STALE_AFTER - 60
    os.utime(lock, (hours_ago, hours_ago))  # that computer stopped refreshing it long ago
    with Workshop.open(demo_path) as w:
        assert not w.read_only
        assert json.loads(lock.read_text(encoding="utf-8"))["machine"] == in_use._machine()
        with pytest.raises(WorkshopInUse):  # and our own record now counts for others
            Workshop.open(demo_path)
    assert not lock.exists()


def test_open_elsewhere_checks_without_leaving_anything(demo_path):
    assert not Workshop.open_elsewhere(demo_path)
    assert not _lock_file(demo_path).exists()
    with Workshop.open(demo_path):
        assert Workshop.open_elsewhere(demo_path)
    assert not Workshop.open_elsewhere(demo_path)


def test_the_store_refuses_a_borrowed_lock_for_another_file(demo_path, tmp_path):
    other = tmp_path / "other.uprw"
    create_demo_workshop(other, until="rounds").close()
    with Workshop.open(demo_path) as w:
        with pytest.raises(WorkshopError, match="no longer open"):
            open_workshop_db(other, under_lock=w._store.lock)
    Workshop.open(other).close()


# --- the command line ------------------------------------------------------------------------------

def _cli(*args, home):
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO)


def test_cli_refuses_changes_to_a_workshop_in_use_and_still_reads_it(intact, demo_path, app_home, tmp_path):
    with Workshop.open(demo_path) as w:
        closed_round = next(r.id for r in w.voting_rounds() if r.status.value == "closed")
        before = len(w.participants())
        added = _cli("participant", "add", demo_path, "--name", "Late arrival", home=app_home)
        assert added.returncode == 1
        assert added.stderr.strip().endswith(
            "“Kenya follow-up.uprw” is open in another window of UPR Desktop (on this computer). You can open it "
            "read-only to look at it or print from it; changes can only be made in the other window.")
        assert "Traceback" not in added.stderr
        imported = _cli("import", demo_path, tmp_path / "missing.csv", home=app_home)
        assert imported.returncode == 1 and "open in another window" in imported.stderr
        assert len(w.participants()) == before

        info = _cli("info", demo_path, "--json", home=app_home)
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["recommendations"] == 82
        assert _cli("search", demo_path, "torture", home=app_home).returncode == 0
        tally = _cli("tally", demo_path, closed_round, "--json", home=app_home)
        assert tally.returncode == 0, tally.stderr
        pdf = _cli("pdf", demo_path, "--handout", tmp_path / "handout.pdf", home=app_home)
        assert pdf.returncode == 0, pdf.stderr
        assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")
        export = _cli("export", demo_path, "--csv", tmp_path / "matrix.csv", home=app_home)
        assert export.returncode == 0, export.stderr
        assert _lock_file(demo_path).exists()
    assert intact(demo_path)
    added = _cli("participant", "add", demo_path, "--name", "Late arrival", home=app_home)
    assert added.returncode == 0, added.stderr
    assert not _lock_file(demo_path).exists()


def test_the_message_says_which_computer(tmp_path):
    path = tmp_path / "w.uprw"
    assert "(on this computer)" in WorkshopInUse(path, on_this_computer=True).message
    assert "(on another computer)" in WorkshopInUse(path, on_this_computer=False).message
    assert WorkshopInUse(path).message.startswith("“w.uprw” is open in another window of UPR Desktop. You can")


def test_info_change_made_while_a_viewer_is_open_is_kept(intact, demo_path):
    """Changes in the window that holds the file go through while others only look."""
    with Workshop.open(demo_path, read_only=True) as viewer:
        with Workshop.open(demo_path) as w:
            w.update_info(replace(w.info(), venue="Kisumu"))
        assert viewer.info().venue == "Kisumu"
    assert intact(demo_path)
