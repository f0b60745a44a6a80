"""Small ways a workshop file could be hurt: a killed `new`, a failed upgrade, a 0444 file's -shm, a full disk,
two commands at once. Each is driven for real: a killed process, a tmpfs filled to the last byte, another user."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import shutil
import time
from pathlib import Path

import pytest

from upr_desktop.cli import main as cli_main
from upr_desktop.domain.errors import DiskFull, WorkshopError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import schema

REPO = Path(__file__).resolve().parents[2]
DISK_FULL = "The disk is full: free some space and try again. Nothing was changed."


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _new(path: Path) -> Workshop:
    return Workshop.create(path, WorkshopInfo(title="Kenya 2025", country="Kenya"))


def _python(script: str, *args, home: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO, **kwargs)


# --- a killed `new` ---------------------------------------------------------------------------------

KILLED_NEW = """
import os, signal, sys
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import schema

# Die the hard way half-way through building the file: after the first migration, in the second.
second = schema.migrations._migrations[1]
def killed(db):
    os.kill(os.getpid(), signal.SIGKILL)
second.fn = killed
Workshop.create(sys.argv[1], WorkshopInfo(title="Kenya 2025", country="Kenya"))
"""


def test_a_killed_new_leaves_no_stub_under_the_name(tmp_path, app_home):
    target = tmp_path / "Kenya 2025.uprw"
    killed = _python(KILLED_NEW, target, home=app_home)
    assert killed.returncode == -9, killed.stderr
    assert not target.exists()  # not "not a workshop", not "older version, read-only": nothing
    assert not target.with_name(target.name + "-wal").exists()
    assert [p.name for p in tmp_path.glob(".Kenya 2025.uprw.*.new")]  # the half-built file, hidden beside it
    with _new(target) as w:  # the name is free, and the next try just works
        assert not w.read_only and w.schema_version() == schema.SCHEMA_VERSION
    assert [p.name for p in tmp_path.glob(".Kenya 2025.uprw.*")] == []  # and clears what the killed one left
    assert sorted(p.name for p in tmp_path.iterdir() if "uprw" in p.name and not p.name.startswith(".")) == [
        "Kenya 2025.uprw"]


# --- a failed upgrade ---------------------------------------------------------------------------------

def test_a_failed_upgrade_leaves_the_file_byte_for_byte(tmp_path, monkeypatch, app_home):
    path = tmp_path / "old.uprw"
    with monkeypatch.context() as m:  # a file from the first release, in rollback-journal mode
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:1])
        _new(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _digest(path)

    last = schema.migrations._migrations[-1]
    original = last.fn

    def fails_half_way(db):
        original(db)
        raise sqlite3.OperationalError("no such column: imaginary")

    monkeypatch.setattr(last, "fn", fails_half_way)
    with pytest.raises(WorkshopError) as failed:
        Workshop.open(path)
    assert "could not be upgraded" in failed.value.message and "It is unchanged" in failed.value.message
    assert _digest(path) == before
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert "participants" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")] == schema.KNOWN_MIGRATIONS[:1]
    conn.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".old.uprw.")] == []  # no half-made copy
    assert list((app_home / "backups").rglob("*before-upgrade-v1*.uprw"))  # the backup is kept all the same

    monkeypatch.setattr(last, "fn", original)
    os.chmod(path, 0o640)
    with Workshop.open(path) as w:  # and once the upgrade can succeed, it does
        assert w.migrated_from == 1 and w.schema_version() == schema.SCHEMA_VERSION
        w.add_participant(Participant(name="First"))
    assert path.stat().st_mode & 0o777 == 0o640  # swapped in with the permissions the file had


# --- a 0444 file's -shm ----------------------------------------------------------------------------------

AS_NOBODY = """
import os, sys, tempfile
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop

def read_only_then_writable(path):
    Workshop.create(path, WorkshopInfo(title="Kenya 2025", country="Kenya")).close()
    os.chmod(path, 0o444)
    with Workshop.open(path) as w:
        assert w.count() == 0
    print("left:", sorted(name for name in os.listdir(os.path.dirname(path)) if name.startswith("w.uprw-")))
    os.chmod(path, 0o644)
    with Workshop.open(path) as w:
        assert not w.read_only
        w.add_participant(Participant(name="Arrived after the file was made writable"))
        print("participants:", len(w.participants()))

def stale_shm_from_an_earlier_version(path):
    Workshop.create(path, WorkshopInfo(title="Kenya 2025", country="Kenya")).close()
    shm = path + "-shm"
    with open(shm, "wb") as handle:
        handle.write(bytes(32768))
    os.chmod(shm, 0o444)
    with Workshop.open(path) as w:
        w.add_participant(Participant(name="Someone"))
        print("stale -shm:", len(w.participants()))

# Python and the app live where this user can't read: load every module first, as root, on a warm-up file.
read_only_then_writable(os.path.join(tempfile.mkdtemp(), "w.uprw"))
stale_shm_from_an_earlier_version(os.path.join(tempfile.mkdtemp(), "w.uprw"))
os.setgid(65534)
os.setuid(65534)
if sys.argv[2] == "stale":
    stale_shm_from_an_earlier_version(os.path.join(sys.argv[1], "stale.uprw"))
else:
    read_only_then_writable(os.path.join(sys.argv[1], "w.uprw"))
"""


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0, reason="needs root to become another user")
@pytest.mark.parametrize("case", ["read-only open", "stale"])
def test_a_read_only_open_of_a_0444_file_leaves_nothing_that_blocks_writes_later(app_home, case):
    # Root ignores file modes, so the person is "nobody"; pytest's tmp_path is root's own (0700).
    folder = Path(tempfile.mkdtemp(prefix="upr-0444-"))
    try:
        os.chmod(folder, 0o777)
        home = folder / "home"
        done = _python(AS_NOBODY, folder, case, home=home)
        assert done.returncode == 0, done.stderr[-2000:]
        lines = done.stdout.splitlines()
        if case == "stale":  # a 0444 -shm left by an earlier version gets the file's mode back
            assert lines[-1] == "stale -shm: 1", done.stdout
        else:
            assert lines[-2:] == ["left: []", "participants: 1"], done.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- a full disk --------------------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, so the disk can really be filled."""
    mount = tmp_path / "usb"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"can't mount a small tmpfs here (needs root): {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\xff" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def test_a_full_disk_is_said_plainly_and_leaves_no_empty_lock_file(small_disk, capsys):
    path = small_disk / "Kenya 2025.uprw"
    with _new(path) as w:
        w.add_participant(Participant(name="Before"))
    before = _digest(path)
    filler = _fill(small_disk)

    capsys.readouterr()
    assert cli_main(["participant", "add", str(path), "--name", "After"]) == 1
    err = capsys.readouterr().err
    assert err == f"upr-desktop: {DISK_FULL}\n"
    with pytest.raises(DiskFull, match=DISK_FULL):
        Workshop.open(path)
    assert cli_main(["new", str(small_disk / "second.uprw"), "--title", "Second", "--country", "Kenya"]) == 1
    assert capsys.readouterr().err == f"upr-desktop: {DISK_FULL}\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["Kenya 2025.uprw", "filler.bin"]  # no lock, no stub
    assert _digest(path) == before

    filler.unlink()
    with Workshop.open(path) as w:
        assert [p.name for p in w.participants()] == ["Before"]


def test_a_disk_that_fills_during_a_write_says_so_and_keeps_the_workshop(small_disk):
    path = small_disk / "w.uprw"
    w = _new(path)
    filler = _fill(small_disk)
    try:
        with pytest.raises(DiskFull, match=DISK_FULL):
            for n in range(2000):
                w.add_participant(Participant(name=f"Participant {n} " + "x" * 150))
    finally:
        filler.unlink()
    count = len(w.participants())
    w.add_participant(Participant(name="After space was freed"))
    assert len(w.participants()) == count + 1
    w.close()


# --- two commands at once ------------------------------------------------------------------------------------

HOLD_AS_COMMAND = """
import sys
from upr_desktop.ops import Workshop
try:
    w = Workshop.open(sys.argv[1], command_line=True)  # another upr-desktop command, holding the file
except TypeError:  # a version before commands said so: it holds the file all the same
    w = Workshop.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
w.close()
"""


def _cli(*args, home: Path) -> subprocess.Popen:
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "upr_desktop", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)


def _hold(path: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "UPR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    holder = subprocess.Popen([sys.executable, "-c", HOLD_AS_COMMAND, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    assert holder.stdout.readline().strip() == "open", holder.stderr.read()
    return holder


def _wait_until_it_opens_the_workshop(proc: subprocess.Popen) -> None:
    """Until the command has loaded SQLite, which it does only on its way to open the workshop."""
    maps = Path(f"/proc/{proc.pid}/maps")
    if not maps.parent.exists():
        time.sleep(3.0)  # no /proc: give it time to start
        return
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if "_sqlite3" in maps.read_text():
                return
        except OSError:
            pass
        time.sleep(0.02)
    raise AssertionError(f"the command never got to the workshop: {proc.communicate()}")


def test_a_command_waits_for_another_command_to_finish(tmp_path, app_home):
    path = tmp_path / "w.uprw"
    _new(path).close()
    holder = _hold(path, app_home)
    adding = _cli("participant", "add", path, "--name", "Second writer", home=app_home)
    try:
        _wait_until_it_opens_the_workshop(adding)
        # It has reached the lock (and before, gave up there at once); a second later it is still waiting.
        time.sleep(1.0)
        assert adding.poll() is None, adding.communicate()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.communicate(timeout=60)
    out, err = adding.communicate(timeout=60)
    assert adding.returncode == 0, err
    with Workshop.open(path) as w:
        assert [p.name for p in w.participants()] == ["Second writer"]


def test_a_command_gives_up_after_a_few_seconds_and_says_another_program(tmp_path, app_home):
    path = tmp_path / "w.uprw"
    _new(path).close()
    holder = _hold(path, app_home)
    try:
        started = time.monotonic()
        adding = _cli("participant", "add", path, "--name", "Second writer", home=app_home)
        out, err = adding.communicate(timeout=60)
        waited = time.monotonic() - started
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.communicate(timeout=60)
    assert adding.returncode == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("upr-desktop: “w.uprw” is open in another program (an upr-desktop command, on this "
                          "computer)"), err
    assert "another window" not in err
    assert waited >= 5.0


def test_a_copy_to_a_full_disk_says_so_and_leaves_no_half_copy(small_disk, tmp_path):
    source = tmp_path / "w.uprw"
    with _new(source) as w:
        for n in range(300):
            w.add_participant(Participant(name=f"Participant {n} " + "x" * 150))
        filler = _fill(small_disk)
        try:
            with pytest.raises(DiskFull, match=DISK_FULL):
                w.save_copy(small_disk / "copy.uprw")
        finally:
            filler.unlink()
    assert list(small_disk.iterdir()) == []
