"""Who has a workshop open for changes: one copy of the app at a time, and nobody locked out by a crash.

A hidden lock file beside the workshop (".Kenya.uprw.lock") is held with an OS lock for the whole
session: flock() on Linux and macOS, a byte-range lock on Windows. Both work on local disks and USB
sticks (FAT, exFAT, NTFS) and on most network shares. The OS drops the lock when the process ends,
however it ends, so after a crash or a power cut the next copy finds the file unlocked and takes it
over without asking. A clean close removes the file.

Where the file system can't lock at all, the file's contents decide: a holder on this computer
counts while its process is alive (and was started since the last boot); a holder on another
computer counts while it keeps the file fresh.

The file says which computer (as a short fingerprint, not its name: computer names often carry
a person's name), which process and since when. It never names a person.

Why not SQLite's locking_mode=EXCLUSIVE: it would shut out read-only viewers and our own import
thread's second connection too, and a refused copy would only learn that "the database is locked".
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import socket
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .. import APP_NAME, __version__
from ..domain.errors import DiskFull, WorkshopInUse

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
_WINDOWS = os.name == "nt"
# Windows byte-range locks are mandatory: lock one byte far past the JSON so the other copy can still
# read who holds it. 1 GiB is inside FAT32's 4 GiB limit; locking past the end doesn't grow the file.
_WINDOWS_LOCK_OFFSET = 1 << 30
_RECORD_BYTES = 512  # every record is padded to this size, so a rewrite never needs a truncate
# Only for file systems that can't lock: how long another computer's record counts without a refresh.
FOREIGN_STALE_AFTER = 12 * 3600
_REFRESH_EVERY = 600


class CannotLock(Exception):
    """The lock file could not be created (read-only place, unusual name). `read_only_place` says which."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.read_only_place = isinstance(error, PermissionError) or error.errno in (errno.EROFS, errno.EACCES,
                                                                                      errno.EPERM)


class _Held(Exception):
    pass


class _Unsupported(Exception):
    pass


def lock_path_for(workshop_path: str | os.PathLike) -> Path:
    """The lock file of a workshop: hidden, beside it, named after it, never matched by "*.uprw"."""
    real = Path(os.path.realpath(workshop_path))
    return real.with_name(f".{real.name}{LOCK_SUFFIX}")


def _machine() -> str:
    # A fingerprint, not the name: "Janes-MacBook-Pro" would say whose laptop it is.
    name = socket.gethostname().strip().lower()
    return hashlib.blake2b(name.encode("utf-8"), key=b"upr-desktop-in-use", digest_size=6).hexdigest()


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Holder:
    """What a lock file says about the copy of the app holding it."""

    machine: str = ""
    pid: int = 0
    opened_at: str = ""
    app: str = ""
    kind: str = ""  # "command line" for an upr-desktop command, "" for a window

    @property
    def on_this_computer(self) -> bool | None:
        return (self.machine == _machine()) if self.machine else None


# --- the OS lock ---------------------------------------------------------------------------------

def _os_lock(fd: int) -> None:
    """Take the exclusive lock without waiting. _Held if someone has it, _Unsupported if the file system can't."""
    if _WINDOWS:
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)):
                raise _Held from error
            raise _Unsupported from error
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            raise _Held from error
        raise _Unsupported from error  # ENOLCK, EOPNOTSUPP, EINVAL: a share without lock support


def _os_unlock(fd: int) -> None:
    if _WINDOWS:
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _hide(path: Path) -> None:
    """A leading dot hides the file on Linux and macOS; Windows needs the attribute."""
    if not _WINDOWS:
        return
    try:
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN
    except Exception:  # noqa: BLE001 - a visible lock file is untidy, not wrong
        log.debug("could not hide %s", path, exc_info=True)


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        data = json.loads(raw.decode("utf-8").strip() or "null")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Holder(machine=str(data.get("machine", "")), pid=int(data.get("pid", 0)),
                      opened_at=str(data.get("opened_at", "")), app=str(data.get("app", "")),
                      kind=str(data.get("kind", "")))
    except (TypeError, ValueError):
        return None


def _write_holder(fd: int, kind: str = "") -> None:
    record = {"app": f"{APP_NAME} {__version__}", "machine": _machine(), "pid": os.getpid(),
              "opened_at": _now_iso()}
    if kind:
        record["kind"] = kind
    data = json.dumps(record).encode("utf-8").ljust(_RECORD_BYTES) + b"\n"
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _same_file(fd: int, path: Path) -> bool:
    """Still the file at `path`? A copy that closed cleanly removes it, and whoever locked the removed
    file in the meantime must start again on the new one."""
    if _WINDOWS:
        return True  # an open file can't be removed on Windows
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


# --- without an OS lock: judge the record ---------------------------------------------------------

def _boot_time() -> float | None:
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except OSError:
        pass
    try:
        if _WINDOWS:
            import ctypes

            ctypes.windll.kernel32.GetTickCount64.restype = ctypes.c_ulonglong
            return time.time() - ctypes.windll.kernel32.GetTickCount64() / 1000
        return time.time() - time.clock_gettime(time.CLOCK_MONOTONIC)  # counts sleep on macOS
    except (AttributeError, OSError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if _WINDOWS:
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    except OSError:
        return False
    return True


def _record_counts(holder: Holder | None, lock_path: Path) -> bool:
    """With no OS lock to ask: does this record still stand for a copy of the app at work?"""
    if holder is None or not holder.machine:
        return False
    if not holder.on_this_computer:
        try:
            age = time.time() - lock_path.stat().st_mtime
        except OSError:
            return False
        return age < FOREIGN_STALE_AFTER
    if holder.pid == os.getpid():
        return False  # our own, left by a session that was never closed (this process holds nothing now)
    boot = _boot_time()
    try:
        opened = datetime.fromisoformat(holder.opened_at).timestamp()
    except ValueError:
        opened = None
    if boot is not None and opened is not None and opened < boot - 60:
        return False  # written before the last restart (a power cut): that process id means nothing now
    return _pid_alive(holder.pid)


# --- the lock -------------------------------------------------------------------------------------

_guard = threading.RLock()  # re-entrant: a dropped lock may be released by the GC while we hold it
_held: "weakref.WeakValueDictionary[str, InUseLock]" = weakref.WeakValueDictionary()


def _key(workshop_path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.realpath(workshop_path))


class InUseLock:
    """Held while a workshop is open for changes. release() on close; the OS releases it on a crash."""

    def __init__(self, workshop_path: Path, lock_path: Path, fd: int, os_locked: bool):
        self.workshop_path = workshop_path
        self.path = lock_path
        self._fd: int | None = fd
        self.os_locked = os_locked
        self._touched = time.monotonic()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def covers(self, workshop_path: str | os.PathLike) -> bool:
        return self.held and _key(workshop_path) == _key(self.workshop_path)

    def refresh(self) -> None:
        """Without an OS lock, another computer judges the record by its age: keep it fresh while working."""
        if self.os_locked or self._fd is None or time.monotonic() - self._touched < _REFRESH_EVERY:
            return
        self._touched = time.monotonic()
        try:
            os.utime(self.path)
        except OSError:
            log.debug("could not refresh %s", self.path, exc_info=True)

    def release(self) -> None:
        """Remove the lock file and let go. Safe to call twice."""
        with _guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            if _held.get(_key(self.workshop_path)) is self:
                del _held[_key(self.workshop_path)]
            if not _WINDOWS and _same_file(fd, self.path):
                # Removed while still locked: a copy waiting on this file then finds it gone and starts afresh.
                _unlink_quietly(self.path)
            try:
                if self.os_locked:
                    _os_unlock(fd)
            except OSError:
                pass
            finally:
                os.close(fd)
            if _WINDOWS:
                # Fails harmlessly if another copy has just opened it: that copy takes it over.
                _unlink_quietly(self.path)

    def __del__(self):  # a Workshop dropped without close(): don't keep the file locked until exit
        if getattr(self, "_fd", None) is not None:
            try:
                self.release()
            except Exception:  # noqa: BLE001 - never raise from a finaliser
                pass


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _refuse(workshop_path: Path, holder: Holder | None) -> WorkshopInUse:
    return WorkshopInUse(workshop_path, on_this_computer=holder.on_this_computer if holder else None,
                         by_a_command=bool(holder and holder.kind == "command line"))


def take(workshop_path: str | os.PathLike, *, wait: float = 0, command_line: bool = False) -> InUseLock:
    """The lock for opening this workshop for changes.

    WorkshopInUse if another window or program (in this process or any other, on any computer sharing
    the folder) holds it, after trying again for up to `wait` seconds (a command waits for another
    command to finish); CannotLock if no lock file can be made there (the caller opens read-only
    or carries on as before); DiskFull if the disk has no room for it. A lock left by a crashed copy
    is taken over silently.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            return _take(Path(workshop_path), "command line" if command_line else "")
        except WorkshopInUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def _take(workshop_path: Path, kind: str) -> InUseLock:
    lock_path = lock_path_for(workshop_path)
    key = _key(workshop_path)
    with _guard:
        mine = _held.get(key)
        if mine is not None and mine.held:
            raise _refuse(workshop_path, Holder(machine=_machine(), pid=os.getpid()))
        for _attempt in range(20):
            made = not os.path.lexists(lock_path)
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            except OSError as error:
                if error.errno == errno.ENOSPC:
                    raise DiskFull() from error
                raise CannotLock(error) from error
            try:
                os_locked = True
                try:
                    _os_lock(fd)
                except _Held:
                    raise _refuse(workshop_path, _read_holder(fd)) from None
                except _Unsupported:
                    os_locked = False
                    holder = _read_holder(fd)
                    if _record_counts(holder, lock_path):
                        raise _refuse(workshop_path, holder) from None
                if not _same_file(fd, lock_path):
                    os.close(fd)  # the holder closed and removed it while we waited: try the new one
                    continue
                stale = _read_holder(fd)
                if stale is not None:
                    log.info("taking over %s, left by a copy that did not close (%s)", lock_path, stale)
                try:
                    _write_holder(fd, kind)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    if made and _same_file(fd, lock_path):  # no empty lock file left behind
                        _unlink_quietly(lock_path)
                    raise DiskFull() from error
                _hide(lock_path)
            except BaseException:
                try:
                    os.close(fd)
                except OSError:
                    pass
                raise
            lock = InUseLock(workshop_path, lock_path, fd, os_locked)
            _held[key] = lock
            return lock
    raise CannotLock(OSError(errno.EBUSY, f"{lock_path} keeps changing"))


def held_elsewhere(workshop_path: str | os.PathLike) -> bool:
    """Whether another window holds the workshop open for changes right now. Checks by trying the
    lock (and letting it go at once), so the answer can be wrong a moment later."""
    try:
        lock = take(workshop_path)
    except WorkshopInUse:
        return True
    except (CannotLock, DiskFull):
        return False
    lock.release()
    return False


__all__ = ["CannotLock", "Holder", "InUseLock", "LOCK_SUFFIX", "held_elsewhere", "lock_path_for", "take"]
