"""One private temporary folder per run of the app, for every temporary file it writes (print jobs handed to
the system, read-only copies of a file with changes still in its -wal, whatever a library puts in the temporary
folder): so nothing from a workshop is left in the shared system temporary folder after it closes.

The folder is `<data folder>/tmp/run-<random>`, readable by its owner only (0700). It is wiped when the app
closes, and at the next start if the app did not close properly (a crash, a power cut). A run holds an OS lock
on a file inside its folder while it lives, so a second copy of the app running at the same time never wipes a
folder that is still in use: only folders whose lock can be taken are leftovers.

No Qt here: the CLI and the tests use it too.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import stat
import tempfile
from pathlib import Path

from . import paths

log = logging.getLogger(__name__)

FOLDER_NAME = "tmp"
RUN_PREFIX = "run-"
LOCK_NAME = ".in-use"
_WINDOWS = os.name == "nt"

_run: tuple[Path, int] | None = None  # this run's folder, and the descriptor holding its lock
_previous_tempdir: str | None = None
_previous_env: dict[str, str | None] = {}
_SYSTEM_TEMP = tempfile.gettempdir()  # before the app points tempfile at its private folder


def _os_lock(fd: int) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def _private_mkdir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _WINDOWS:
        os.chmod(path, stat.S_IRWXU)  # mkdir's mode is cut by the umask; an older folder may be wider


def root() -> Path:
    """The folder holding every run's folder."""
    folder = paths.data_dir() / FOLDER_NAME
    try:
        _private_mkdir(folder)
    except OSError:
        # A write-protected data folder (portable stick): the system's temporary folder, still private.
        folder = Path(_SYSTEM_TEMP) / f"upr-desktop-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
        _private_mkdir(folder)
    return folder


def _wipe(path: Path) -> None:
    def retry_writable(function, name, _info):
        # A file made read-only (Windows refuses to delete it): make it writable and try once more.
        try:
            os.chmod(name, stat.S_IWRITE | stat.S_IREAD)
            function(name)
        except OSError:
            log.warning("a file in the private temporary folder could not be removed")

    shutil.rmtree(path, onerror=retry_writable)


def wipe_leftovers() -> list[Path]:
    """Remove the folders of runs that ended without cleaning up (their lock is free). Returns what was wiped."""
    wiped = []
    base = root()
    current = _run[0] if _run else None
    for folder in sorted(base.glob(RUN_PREFIX + "*")):
        if not folder.is_dir() or folder == current:
            continue
        lock = folder / LOCK_NAME
        fd = None
        try:
            if lock.exists():
                fd = os.open(lock, os.O_RDWR)
                if not _os_lock(fd):
                    continue  # another copy of the app is running and uses it
        except OSError:
            continue
        finally:
            if fd is not None:
                os.close(fd)
        _wipe(folder)
        wiped.append(folder)
    if wiped:
        log.info("wiped %d temporary folder(s) left by an earlier run", len(wiped))
    return wiped


def folder() -> Path:
    """This run's private temporary folder, made (and the leftovers of earlier runs wiped) on first use."""
    global _run
    if _run is not None and _run[0].is_dir():
        return _run[0]
    if _run is not None:  # wiped from under us: start a fresh one
        os.close(_run[1])
        _run = None
    wipe_leftovers()
    base = root()
    path = base / f"{RUN_PREFIX}{secrets.token_hex(6)}"
    _private_mkdir(path)
    fd = os.open(path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    _os_lock(fd)
    _run = (path, fd)
    return path


def wipe_contents() -> None:
    """Empty this run's folder but keep it (a workshop was closed or locked; the app goes on)."""
    if _run is None or not _run[0].is_dir():
        return
    for entry in _run[0].iterdir():
        if entry.name == LOCK_NAME:
            continue
        if entry.is_dir() and not entry.is_symlink():
            _wipe(entry)
        else:
            entry.unlink(missing_ok=True)


def close() -> None:
    """Wipe this run's folder (the app is closing) and give the process's temporary folder back."""
    global _run
    release_process_temp()
    if _run is None:
        return
    path, fd = _run
    _run = None
    _os_unlock(fd)
    os.close(fd)
    if path.is_dir():
        _wipe(path)


def take_over_process_temp() -> Path:
    """Send every temporary file of this process (Python's tempfile, Qt's QDir::tempPath, libraries) to the
    private folder, by pointing tempfile and TMPDIR/TEMP/TMP at it. The desktop app calls this at start."""
    global _previous_tempdir
    path = folder()
    if not _previous_env:
        _previous_tempdir = tempfile.tempdir
        for name in ("TMPDIR", "TEMP", "TMP"):
            _previous_env[name] = os.environ.get(name)
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(path)
    tempfile.tempdir = str(path)
    return path


def release_process_temp() -> None:
    global _previous_tempdir
    if not _previous_env:
        return
    for name, value in _previous_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    _previous_env.clear()
    tempfile.tempdir = _previous_tempdir
    _previous_tempdir = None
