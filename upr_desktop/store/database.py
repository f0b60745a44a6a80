"""Opening, creating, checking and migrating workshop files."""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import (
    CorruptWorkshopFile,
    DiskFull,
    EncryptionUnavailable,
    ForeignSchemaObjects,
    NotAWorkshopFile,
    PassphraseNeeded,
    ValidationError,
    WorkshopError,
    WorkshopFromNewerVersion,
    WorkshopNotEncrypted,
    WorkshopReadOnly,
    WrongPassphrase,
)
from ..text import translate
from . import backups, engine, in_use, schema_check
from .engine import WorkshopKey
from .schema import APPLICATION_ID, KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations
from ..text import translate

if TYPE_CHECKING:
    from ._sqlite_utils import sqlite_utils

log = logging.getLogger(__name__)

WORKSHOP_SUFFIX = ".uprw"
_SQLITE_MAGIC = engine.SQLITE_MAGIC
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
# The background check of a large file starts this long after it opens (at once if a write waits for it): read
# alongside the window's first paint, its 290 MB held that paint back by a tenth of a second.
FULL_CHECK_DELAY_S = 1.0


# The time every write stamps; None: the real time. Set by stamped_at, for work recorded as of another
# time (the demo, which happens on its workshop's days).
_stamp: ContextVar[str | None] = ContextVar("upr_desktop_stamp", default=None)


def now_iso() -> str:
    return _stamp.get() or datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextlib.contextmanager
def stamped_at(when: datetime | str):
    """Within this block, every write is stamped `when` (an aware datetime or an ISO string) instead of now."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if when.tzinfo is None:
        raise ValueError("give the time with its time zone")
    token = _stamp.set(when.astimezone(timezone.utc).isoformat(timespec="seconds"))
    try:
        yield
    finally:
        _stamp.reset(token)


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    return isinstance(error, engine.Error) and "disk is full" in str(error).lower()


def _says_damaged(error: engine.Error) -> bool:
    text = str(error).lower()
    return "malformed" in text or "corrupt" in text or "not a database" in text


def _damaged_message(name: str | None, detail: str = "") -> str:
    if name and detail:
        text = translate("WorkshopFile", "The workshop file “{name}” is damaged ({detail}). Nothing was changed. "
                                         "Open the latest good backup of it (UPR Desktop offers it when it opens "
                                         "the file) and work on that.")
    elif name:
        text = translate("WorkshopFile", "The workshop file “{name}” is damaged. Nothing was changed. Open the "
                                         "latest good backup of it (UPR Desktop offers it when it opens the file) "
                                         "and work on that.")
    elif detail:
        text = translate("WorkshopFile", "The workshop file is damaged ({detail}). Nothing was changed. Open the "
                                         "latest good backup of it (UPR Desktop offers it when it opens the file) "
                                         "and work on that.")
    else:
        text = translate("WorkshopFile", "The workshop file is damaged. Nothing was changed. Open the latest good "
                                         "backup of it (UPR Desktop offers it when it opens the file) and work on "
                                         "that.")
    return text.format(name=name, detail=detail)


def plain_error(error: BaseException, path: Path | None = None) -> WorkshopError | None:
    """The plain-worded error for a failure that escaped the usual paths (a full disk, a damaged
    file found while reading), or None when there is nothing better to say than "something went wrong"."""
    if isinstance(error, WorkshopError):
        return error
    if _disk_full(error):
        return DiskFull()
    if isinstance(error, engine.DatabaseError):
        text = str(error).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            return CorruptWorkshopFile(_damaged_message(Path(path).name if path else None))
    return None


def _translate_sqlite_error(error: engine.Error, path: Path) -> WorkshopError:
    text = str(error).lower()
    if isinstance(error, engine.IntegrityError) and str(error).endswith("."):
        return ValidationError(str(error))  # our triggers' rules, already worded for a person
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return WorkshopReadOnly(
            translate("WorkshopFile", "“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a "
                                      "copy.").format(name=path.name)
        )
    if "locked" in text or "busy" in text:
        return WorkshopError(
            translate("WorkshopFile", "“{name}” is busy in another window or program. Close it there and try again.").format(
                name=path.name)
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptWorkshopFile(
            translate("WorkshopFile", "“{name}” is damaged. Open it again: the app then offers its latest good "
                                      "backup. The backups folder is shown in Help ▸ About.").format(name=path.name)
        )
    return WorkshopError(translate("WorkshopFile", "The change could not be saved to “{name}”: {error}.").format(
        name=path.name, error=error))


# A test can hold the background check back (to show writes wait for it): called in its thread first.
_before_full_check = None


class IntegrityCheck:
    """SQLite's quick_check over every page of a large file, run in a thread after it opens.

    Above FULL_CHECK_MAX_BYTES the open itself only reads the header, so that a 170 MB coalition
    database opens at once; a damaged page would otherwise go unnoticed until a write or a search
    landed on it. Writes wait for this check (WorkshopDB.transaction) and are refused if it fails.
    """

    def __init__(self, path: Path, key: WorkshopKey | None = None):
        self.path = path
        self.key = key
        self.done = threading.Event()
        self.writer_waiting = threading.Event()  # set when a write starts waiting for the result
        self.problem: str | None = None
        self.seconds: float | None = None
        self._listeners: list = []
        self._guard = threading.Lock()
        self._conn: engine.Connection | None = None
        self.cancelled = False
        self._go = threading.Event()  # set: start now (a write waits, or the file is being closed)
        self._delay = 0.0
        self._thread = threading.Thread(target=self._run, name=f"quick_check {path.name}", daemon=True)

    def start(self, after: float = 0.0) -> "IntegrityCheck":
        """Run in a thread of its own, `after` seconds from now, or as soon as a write waits for it."""
        self._delay = after
        self._thread.start()
        return self

    def run_here(self) -> "IntegrityCheck":
        """In the calling thread (the command line is a one-shot: nothing to do meanwhile)."""
        self._run()
        return self

    @property
    def ok(self) -> bool:
        return self.done.is_set() and self.problem is None

    @property
    def failed(self) -> bool:
        return self.done.is_set() and self.problem is not None

    def when_done(self, listener) -> None:
        """listener(check) once the check has finished, from the check's thread (or now, if it has)."""
        with self._guard:
            if not self.done.is_set():
                self._listeners.append(listener)
                return
        listener(self)

    def wait(self) -> None:
        if not self.done.is_set():
            self.writer_waiting.set()
            self._go.set()
            self.done.wait()

    def cancel(self) -> None:
        """The file was closed before the check finished: stop reading it (no verdict either way)."""
        with self._guard:
            self.cancelled = True
            self._go.set()
            if self._conn is not None:
                self._conn.interrupt()

    def refusal(self) -> CorruptWorkshopFile:
        return CorruptWorkshopFile(_damaged_message(self.path.name, translate(
            "WorkshopFile", "SQLite's check found: {problem}").format(problem=self.problem or "")))

    def _run(self) -> None:
        if self._delay:
            self._go.wait(self._delay)
        started = time.perf_counter()
        try:
            if self.cancelled:  # closed before it began: no verdict either way
                return
            if _before_full_check is not None:
                _before_full_check(self)
            uri = self.path.resolve().as_uri()
            try:
                conn = engine.connect(f"{uri}?mode=ro", uri=True, key=self.key)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except engine.OperationalError:  # read-only media: no -shm can be made there (see _connect)
                conn = engine.connect(f"{uri}?immutable=1", uri=True, key=self.key)
            with self._guard:
                self._conn = conn
                if self.cancelled:
                    conn.interrupt()
            try:
                rows = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
            finally:
                with self._guard:
                    self._conn = None
                conn.close()
            self.problem = None if rows == ["ok"] else "; ".join(rows)
        except engine.Error as error:
            if self.cancelled:
                self.problem = None
            elif _says_damaged(error):
                self.problem = str(error)
            else:  # could not look (busy, unreadable): no worse than before the check existed
                log.warning("the full check of %s could not run: %s", self.path, error)
                self.problem = None
        except BaseException as error:  # noqa: BLE001 - a check that can't run can't vouch for the file
            self.problem = f"the check could not run: {error}"
        finally:
            self.seconds = time.perf_counter() - started
            if self.cancelled:
                log.info("quick_check of %s stopped: the file was closed", self.path)
            elif self.problem:
                log.error("quick_check of %s failed after %.1f s: %s", self.path, self.seconds, self.problem)
            else:
                log.info("quick_check of %s passed in %.1f s", self.path, self.seconds)
            with self._guard:
                self.done.set()
                listeners, self._listeners = self._listeners, []
            for listener in listeners:
                try:
                    listener(self)
                except Exception:  # noqa: BLE001
                    log.exception("integrity check listener failed")


def _sqlite_utils_database(conn: engine.Connection) -> "sqlite_utils.Database":
    """sqlite-utils over a connection, imported here: opening a workshop only to read it never needs it."""
    from ._sqlite_utils import sqlite_utils

    return sqlite_utils.Database(conn)


@dataclass
class WorkshopDB:
    """An open workshop file."""

    conn: engine.Connection
    path: Path
    read_only: bool = False
    migrated_from: int | None = None  # schema version before this open upgraded it
    private_copy: Path | None = None  # folder of a temporary copy read instead of the file itself
    lock: in_use.InUseLock | None = None  # "in use" lock while open for changes (see in_use.py)
    owns_lock: bool = False  # False for a worker thread's second connection: the window's lock stays
    integrity: IntegrityCheck | None = None  # the full check of a large file, while or after it runs
    owns_check: bool = False  # False when the check is a window's, borrowed by a worker thread
    made_sidecars: tuple[Path, ...] = ()  # -wal/-shm a read-only open created, removed again on close
    key: WorkshopKey | None = None  # an encrypted workshop's key: every connection to it is keyed with it
    _db: "sqlite_utils.Database | None" = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def db(self) -> "sqlite_utils.Database":
        """sqlite-utils over the connection, made at the first write: importing it costs about a tenth of a
        second, which opening a workshop and showing it need not pay."""
        if self._db is None or self._db.conn is not self.conn:
            self._db = _sqlite_utils_database(self.conn)
        return self._db

    @contextlib.contextmanager
    def transaction(self):
        """One transaction; sqlite errors come out as plain-worded WorkshopErrors."""
        if self.read_only:
            raise WorkshopReadOnly(
                translate("WorkshopFile", "“{name}” is open read-only. Use “Save a copy…” to make changes.").format(
                    name=self.path.name)
            )
        if self.integrity is not None:
            self.integrity.wait()  # a write waits for the full check of a large file
            if self.integrity.failed:
                raise self.integrity.refusal()
        if self.lock is not None:
            self.lock.refresh()
        try:
            with self.db.atomic():
                yield self.db
        except engine.Error as error:
            raise _translate_sqlite_error(error, self.path) from error
        except OSError as error:
            if _disk_full(error):
                raise DiskFull() from error
            raise
        except UnicodeEncodeError as error:  # lone surrogates from a broken export
            raise WorkshopError(
                translate("WorkshopFile", "Some text contains characters that are not valid text (the file may be "
                                          "damaged or mis-exported), so nothing was saved. Re-export the file and "
                                          "try again.")
            ) from error

    @contextlib.contextmanager
    def unsynced(self):
        """For building a file nobody has seen yet (the demo): no fsync per change. A crash
        part-way means building it again, so nothing a person entered is at risk."""
        self.conn.execute("PRAGMA synchronous = OFF")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            with open(self.path, "rb+") as handle:  # one fsync for the lot
                os.fsync(handle.fileno())

    def meta(self) -> dict:
        return {row[0]: json.loads(row[1]) for row in self.conn.execute("SELECT key, value FROM meta")}

    def set_meta(self, values: dict) -> None:
        """Call inside transaction()."""
        self.conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()],
        )

    def schema_version(self) -> int:
        return len(migrations.applied_names(self.conn))

    def backup_to(self, target: Path) -> Path:
        return backups.copy_database(self.conn, target, key=self.key)

    def reader(self) -> engine.Connection:
        """A read-only connection of its own to the same (already checked) file, for a worker thread
        that only reads: made, used and closed in that thread. No lock, no check, no migration."""
        source = self.private_copy / self.path.name if self.private_copy else self.path
        uri = source.resolve().as_uri()
        try:
            conn = engine.connect(f"{uri}?mode=ro", uri=True, key=self.key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except engine.Error:  # read-only media, where this window reads it immutable too
            conn = engine.connect(f"{uri}?immutable=1", uri=True, key=self.key)
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    def close(self) -> None:
        try:
            with contextlib.suppress(engine.Error):
                if not self.read_only:
                    # Fold the WAL back in so the file can be copied or mailed as one file.
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if self.owns_check and self.integrity is not None and not self.integrity.done.is_set():
                self.integrity.cancel()
            self.conn.close()
            if self.private_copy:
                shutil.rmtree(self.private_copy, ignore_errors=True)
            _remove_sidecars(self.path, self.made_sidecars)
        finally:
            # Last, so another window can't open the file while this one is still folding in its WAL.
            if self.owns_lock and self.lock is not None:
                self.lock.release()


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_sidecars(path: Path, made: tuple[Path, ...]) -> None:
    """A read-only open of a file nobody may write leaves a -shm with the file's own mode (0444): once
    the file is writable again, that -shm would keep every write out. Remove what we made, unless the
    -wal holds changes (then a writer has it open, and its files are its own)."""
    if not made:
        return
    wal, _shm = _sidecars(path)
    with contextlib.suppress(OSError):
        if wal.exists() and wal.stat().st_size:
            return
    for leftover in made:
        with contextlib.suppress(OSError):
            leftover.unlink()


def _fix_stale_sidecars(path: Path) -> None:
    """Before opening for changes: a -shm (or empty -wal) this user can't write, left by a read-only
    open while the file was read-only, would make SQLite refuse every write. Give it the file's mode,
    or remove it when no changes wait in the -wal."""
    wal, shm = _sidecars(path)
    stuck = [side for side in (wal, shm) if side.exists() and not os.access(side, os.W_OK)]
    if not stuck:
        return
    mode = path.stat().st_mode & 0o777
    for side in stuck:
        with contextlib.suppress(OSError):
            os.chmod(side, mode)
    if any(not os.access(side, os.W_OK) for side in stuck):
        with contextlib.suppress(OSError):
            if wal.exists() and wal.stat().st_size:
                return
        for side in stuck:
            with contextlib.suppress(OSError):
                side.unlink()


def _configure(conn: engine.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 64 MB page cache: random-keyed index inserts (fingerprints) thrash the 2 MB default.
    conn.execute("PRAGMA cache_size = -65536")
    # Deleted content is zeroed, not left in free pages: a ballot box rewritten at each ballot
    # must not leave its earlier versions (and so the order of ballots) readable in the file.
    conn.execute("PRAGMA secure_delete = ON")
    # What sqlite-utils sets on a connection it wraps; said here as well, since it wraps this one only at the
    # first write: triggers behave the same before and after.
    conn.execute("PRAGMA recursive_triggers = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged change (a ballot) survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, read_only: bool, key: WorkshopKey | None = None) -> tuple[engine.Connection, Path | None]:
    """A connection, and the temporary folder it reads from when the file had to be copied."""
    if not read_only:
        return engine.connect(str(path), key=key), None
    uri = path.resolve().as_uri()
    try:
        conn = engine.connect(f"{uri}?mode=ro", uri=True, key=key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, None
    except engine.Error:
        pass
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Changes still in the -wal (the app was not closed properly) would be ignored by an
        # immutable open: read a private copy of the file and its -wal instead.
        folder = Path(tempfile.mkdtemp(prefix="upr-readonly-"))
        shutil.copy2(path, folder / path.name)
        shutil.copy2(wal, folder / wal.name)
        return engine.connect(str(folder / path.name), key=key), folder
    # On read-only media a WAL file's shared memory can't be created; the file can't change
    # under us there, and with no -wal nothing is missed, so immutable is safe.
    return engine.connect(f"{uri}?immutable=1", uri=True, key=key), None


def _is_writable(path: Path) -> bool:
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def open_workshop_db(path: str | os.PathLike, *, read_only: bool | None = None,
                     under_lock: in_use.InUseLock | None = None, command_line: bool = False,
                     integrity: IntegrityCheck | None = None, passphrase: str | None = None,
                     key: WorkshopKey | None = None) -> WorkshopDB:
    """Open a workshop, upgrading it (after a backup) if it was made by an older version.

    Anything that is not a workshop, is damaged, comes from a newer version or holds tables,
    triggers, views or indexes this version did not put there is refused with a plain message
    and left exactly as it was. Opening for changes takes the workshop's "in use" lock:
    WorkshopInUse if another window has it open for changes. Read-only opens never take it.
    `under_lock` is the lock of an open window whose worker thread needs a connection of its
    own: it is used, not taken, and stays held when this one closes (pass the window's
    `integrity` check along with it). `command_line`: a one-shot command, which waits a few
    seconds for another program's lock and checks a large file fully before it starts.
    An encrypted workshop needs `passphrase` (or its recovery key), or the `key` of a connection already
    open to it: PassphraseNeeded without one, WrongPassphrase when it does not open the file.
    """
    path = Path(path)
    if not path.exists():
        raise NotAWorkshopFile(translate("WorkshopFile", "There is no file at “{path}”.").format(path=path))
    if path.is_dir():
        raise NotAWorkshopFile(translate("WorkshopFile", "“{path}” is a folder, not a workshop file.").format(
            path=path))
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as error:
        raise NotAWorkshopFile(translate("WorkshopFile", "“{name}” can't be read: {strerror}.").format(
            name=path.name, strerror=error.strerror)) from error
    if not head:
        raise NotAWorkshopFile(translate("WorkshopFile", "“{name}” is empty: it is not a workshop file.").format(
            name=path.name))
    if head.startswith(_SQLITE_MAGIC):
        if passphrase is not None or key is not None:
            raise WorkshopNotEncrypted(translate(
                "Encryption", "“{name}” is not encrypted: open it without a passphrase, or encrypt it with "
                "File ▸ Encrypt this workshop…").format(name=path.name))
    elif key is None and engine.looks_encrypted(engine.file_head(path)):
        key = unlock(path, passphrase)
    elif key is None:
        if path.suffix.lower() in {".csv", ".xls", ".xlsx", ".docx", ".json", ".txt"}:
            raise NotAWorkshopFile(translate("WorkshopFile", "“{name}” is not a UPR Desktop workshop file. To bring "
                                                             "its recommendations into a workshop, use "
                                                             "Import.").format(name=path.name))
        raise NotAWorkshopFile(translate("WorkshopFile", "“{name}” is not a UPR Desktop workshop file.").format(
            name=path.name))

    chosen = read_only is not None
    if read_only is None:
        read_only = not _is_writable(path)
    lock, owns_lock = None, False
    if not read_only:
        if under_lock is not None:
            if not under_lock.covers(path):
                raise WorkshopError(translate("WorkshopFile", "“{name}” is no longer open in this window. Open it "
                                                              "again.").format(
                    name=path.name))
            lock = under_lock
        else:
            try:
                lock, owns_lock = in_use.take(path, wait=LOCK_WAIT_SECONDS if command_line else 0,
                                              command_line=command_line), True
            except in_use.CannotLock as error:
                if error.read_only_place and not chosen:
                    # os.access said yes, the folder said no (network shares, some USB sticks): as read-only.
                    log.info("no lock file can be made beside %s (%s): opening it read-only", path, error)
                    read_only = True
                else:
                    log.warning("opening %s without an in-use lock: %s", path, error)
    try:
        workshop = _open(path, read_only, lock, owns_lock, foreground_check=command_line, shared_check=integrity,
                         key=key)
    except BaseException as error:
        if owns_lock:
            lock.release()
        if _disk_full(error) and not isinstance(error, WorkshopError):
            raise DiskFull() from error
        raise
    return workshop


LOCK_WAIT_SECONDS = 5.0  # how long a command waits for another program to finish with the file


def _opens_with(path: Path, key: WorkshopKey) -> bool:
    """Whether `key` decrypts the file's first page (read-only: a wrong key, or a damaged file, leaves no trace)."""
    made = tuple(side for side in _sidecars(path) if not side.exists())
    conn = engine.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, key=key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except engine.DatabaseError as error:
        if "not a database" in str(error).lower() or "encrypted" in str(error).lower():
            return False
        raise
    finally:
        conn.close()
        _remove_sidecars(path, made)


def unlock(path: str | os.PathLike, passphrase: str | None) -> WorkshopKey:
    """The key that opens the encrypted workshop at `path`, from its passphrase or recovery key.
    Only reads the file."""
    path = Path(path)
    if not engine.HAS_ENCRYPTION:
        engine.connect(path, key=WorkshopKey(raw=b"", salt=b""))  # raises EncryptionUnavailable
    if not passphrase:
        raise PassphraseNeeded(translate(
            "Encryption", "“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.")
            .format(name=path.name))
    salt = engine.file_head(path, engine.SALT_BYTES)
    size = path.stat().st_size
    try:
        for key in engine.candidate_keys(passphrase, salt):
            if _opens_with(path, key):
                return key
    except engine.Error as error:
        log.warning("an encrypted workshop could not be read: %s", error)
        raise CorruptWorkshopFile(translate(
            "Encryption", "“{name}” is encrypted and damaged: it can't be read. Nothing was changed. "
            "Open the latest good backup of it instead.").format(name=path.name)) from error
    if size % engine.PAGE_SIZE:
        # Page 1 did not decrypt, and the file is not a whole number of pages: cut short or damaged, or a wrong
        # passphrase on a damaged file; either way no passphrase will open this copy.
        raise CorruptWorkshopFile(translate(
            "Encryption", "“{name}” could not be opened: the file is cut short or damaged (or the passphrase is "
            "wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.")
            .format(name=path.name))
    raise WrongPassphrase(translate(
        "Encryption", "That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard "
        "layout) and try again, or use the recovery key. Nothing was changed.").format(name=path.name))


def _schema_refusal(conn: engine.Connection, path: Path, applied: list[str]) -> ForeignSchemaObjects | None:
    found = schema_check.differences(conn, applied)
    if not found:
        return None
    log.warning("refusing %s: its schema differs from this version's: %s", path,
                [(d.kind, d.object.type, d.object.name) for d in found])
    return ForeignSchemaObjects(path, [d.describe() for d in found])


def _open(path: Path, read_only: bool, lock: in_use.InUseLock | None, owns_lock: bool, *,
          foreground_check: bool = False, shared_check: IntegrityCheck | None = None,
          key: WorkshopKey | None = None) -> WorkshopDB:
    made_sidecars: tuple[Path, ...] = ()
    if read_only and not _is_writable(path):
        made_sidecars = tuple(side for side in _sidecars(path) if not side.exists())
    elif not read_only:
        _fix_stale_sidecars(path)
    conn = None
    try:
        conn, private_copy = _connect(path, read_only, key)
        large = path.stat().st_size > FULL_CHECK_MAX_BYTES
        # A full check reads every page: instant for a workshop (1 MB for 400 recommendations),
        # seconds for a 170 MB coalition database, which is checked in the background instead
        # (writes wait for it), or before a command starts.
        if not large or foreground_check:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
            check = "ok" if rows == ["ok"] else "; ".join(rows)
        else:
            check = conn.execute("PRAGMA schema_version").fetchone() and "ok"
        if check != "ok":
            raise CorruptWorkshopFile(_damaged_message(path.name, translate("WorkshopFile", "SQLite's check found: {problem}").format(
                problem=check)))
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        applied = migrations.applied_names(conn)
    except engine.DatabaseError as error:
        with contextlib.suppress(Exception):
            conn.close()
        _remove_sidecars(path, made_sidecars)
        if "not a database" in str(error).lower():
            raise CorruptWorkshopFile(
                translate("WorkshopFile", "“{name}” is damaged or not a workshop file ({error}). Restore it from a "
                                          "backup, or open a backup copy.").format(
                    name=path.name, error=error)
            ) from error
        raise CorruptWorkshopFile(_damaged_message(path.name, translate("WorkshopFile", "SQLite says: {error}").format(
            error=error))) from error
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        _remove_sidecars(path, made_sidecars)
        raise

    def refuse(error: WorkshopError) -> WorkshopError:
        conn.close()
        _remove_sidecars(path, made_sidecars)
        return error

    if app_id != APPLICATION_ID and not applied:
        raise refuse(NotAWorkshopFile(translate("WorkshopFile", "“{name}” is a database, but not a UPR Desktop "
                                                                "workshop file.").format(
            name=path.name)))

    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        raise refuse(WorkshopFromNewerVersion(
            translate("WorkshopFile", "“{name}” was saved by a newer version of UPR Desktop (its format has "
                                      "{applied_count} upgrades, this version knows {schema_version}). Install the "
                                      "latest UPR Desktop to open it. The file has not been changed.").format(
                name=path.name, applied_count=len(applied), schema_version=SCHEMA_VERSION)
        ))
    try:
        foreign = _schema_refusal(conn, path, applied)
    except engine.DatabaseError as error:
        raise refuse(CorruptWorkshopFile(_damaged_message(path.name, str(error)))) from error
    if foreign is not None:
        raise refuse(foreign)

    pending = len(KNOWN_MIGRATIONS) - len(applied)
    migrated_from = None
    if pending:
        if read_only:
            raise refuse(WorkshopReadOnly(
                translate("WorkshopFile", "“{name}” was made by an older version and must be upgraded, which can't "
                                          "be done where it is (read-only). Copy it to a folder you can write to "
                                          "and open the copy.").format(
                    name=path.name)
            ))
        try:
            backup = backups.pre_migration_backup(conn, path, len(applied), key=key)
        except (engine.Error, OSError) as error:
            conn.close()
            if _disk_full(error):
                raise DiskFull() from error
            raise WorkshopError(translate("WorkshopFile", "“{name}” needs an upgrade, but no copy of it could be "
                                                          "kept first ({error}), so it was not upgraded. Nothing "
                                                          "was changed.").format(
                name=path.name, error=error)) from error
        log.info("backed up %s to %s before migrating", path, backup)
        if owns_lock:
            _remove_leftovers(path, ".upgrade")
        _upgrade_on_a_copy(conn, path, backup, key)  # closes conn
        conn, private_copy = _connect(path, read_only, key)
        migrated_from = len(applied)
    _configure(conn, read_only)
    workshop = WorkshopDB(conn=conn, path=path, read_only=read_only, private_copy=private_copy, lock=lock,
                          owns_lock=owns_lock, migrated_from=migrated_from, made_sidecars=made_sidecars, key=key)
    if shared_check is not None:
        workshop.integrity = shared_check
    elif large and not foreground_check and check == "ok":
        workshop.integrity, workshop.owns_check = IntegrityCheck(path, key).start(after=FULL_CHECK_DELAY_S), True
    return workshop


def _remove_leftovers(path: Path, suffix: str) -> None:
    """Half-built files (".name.xxxx.new", ".upgrade") of a process killed part-way. Only called while
    holding the workshop's lock, so no live build of the same name can be among them."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{suffix}*"):
        log.info("removing %s, left by a build that did not finish", leftover)
        with contextlib.suppress(OSError):
            leftover.unlink()


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _upgrade_on_a_copy(conn: engine.Connection, path: Path, backup: Path, key: WorkshopKey | None = None) -> None:
    """Migrate a copy beside the file and put it in the file's place only once it has passed its checks,
    so a failed upgrade leaves the file as it was, byte for byte. Closes `conn`."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".upgrade", dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    copy = None
    try:
        copy = engine.connect(str(temp), key=key)
        conn.backup(copy)  # a consistent copy, including what still sits in the -wal
        conn.close()
        db = _sqlite_utils_database(copy)
        _configure(copy, read_only=False)
        migrations.apply(db)
        upgraded = WorkshopDB(conn=copy, path=path, _db=db)
        with upgraded.transaction():
            upgraded.set_meta({"schema_version": SCHEMA_VERSION})
        check = copy.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise engine.DatabaseError(f"the upgraded copy failed its check: {check}")
        foreign = schema_check.differences(copy, migrations.applied_names(copy))
        if foreign:
            raise engine.DatabaseError("the upgraded copy is not what this version expects: "
                                        + "; ".join(d.describe() for d in foreign[:3]))
        copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy.close()
        copy = None
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # the upgraded file keeps the permissions the person gave it
            os.chmod(temp, path.stat().st_mode & 0o7777)
        # The old file's -wal was folded in by the copy; left beside the new file it would be replayed into it.
        for side in _sidecars(path):
            side.unlink(missing_ok=True)
        os.replace(temp, path)
        _fsync_folder(path.parent)
    except BaseException as error:
        with contextlib.suppress(Exception):
            conn.close()
        if copy is not None:
            with contextlib.suppress(Exception):
                copy.close()
        for leftover in (temp, *_sidecars(temp)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if _disk_full(error):
            raise DiskFull() from error
        if isinstance(error, (engine.Error, WorkshopError)):
            raise WorkshopError(
                translate("WorkshopFile", "“{name}” could not be upgraded ({reason}). It is unchanged, and a copy "
                                          "was kept at “{backup}”.").format(
                    name=path.name, reason=getattr(error, 'message', error), backup=backup)
            ) from error
        raise


def create_workshop_db(path: str | os.PathLike, meta: dict, *, command_line: bool = False,
                       key: WorkshopKey | None = None) -> WorkshopDB:
    """Create a new, empty workshop file (encrypted with `key` when given). Refuses to overwrite an existing file.

    Built in a hidden file beside it and renamed into place once complete, so a crash or a
    killed process part-way leaves no half-made workshop under the chosen name.
    """
    path = Path(path)
    if path.exists():
        raise WorkshopError(translate("WorkshopFile", "“{name}” already exists. Choose another name, or open it "
                                                      "instead.").format(
            name=path.name))
    if not path.parent.exists():
        raise WorkshopError(translate("WorkshopFile", "The folder “{parent}” does not exist.").format(
            parent=path.parent))
    if not os.access(path.parent, os.W_OK):
        raise WorkshopReadOnly(
            translate("WorkshopFile", "Can't create “{name}”: the folder “{parent}” is read-only. Choose another "
                                      "folder.").format(
                name=path.name, parent=path.parent)
        )
    try:
        # held from the start: the new workshop stays open in this window
        lock = in_use.take(path, wait=LOCK_WAIT_SECONDS if command_line else 0, command_line=command_line)
    except in_use.CannotLock as error:
        log.warning("creating %s without an in-use lock: %s", path, error)
        lock = None
    if lock is not None:
        _remove_leftovers(path, ".new")
    conn = None
    temp = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
        os.close(fd)
        temp = Path(temp_name)
        temp.unlink()  # SQLite makes it, with its own header
        conn = engine.connect(str(temp), key=key)
        db = _sqlite_utils_database(conn)
        _configure(conn, read_only=False)
        migrations.apply(db)
        building = WorkshopDB(conn=conn, path=path, _db=db)
        with building.transaction():
            building.set_meta({**meta, "schema_version": SCHEMA_VERSION, "created_at": now_iso()})
            if _stamp.get():  # created as of another time (the demo): sqlite-utils stamps its records with now
                conn.execute("UPDATE _sqlite_migrations SET applied_at = ?", (now_iso(),))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        conn = None
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            schema_check.rename_no_clobber(temp, path)
        except FileExistsError:
            raise WorkshopError(translate("WorkshopFile", "“{name}” already exists. Choose another name, or open "
                                                          "it instead.").format(
                name=path.name)) from None
        _fsync_folder(path.parent)
        conn = engine.connect(str(path), key=key)
        _configure(conn, read_only=False)
        return WorkshopDB(conn=conn, path=path, lock=lock, owns_lock=lock is not None, key=key)
    except BaseException as error:
        with contextlib.suppress(Exception):
            conn.close()
        if lock is not None:
            lock.release()
        if temp is not None:
            for leftover in (temp, *_sidecars(temp)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        if _disk_full(error):
            raise DiskFull() from error
        if isinstance(error, engine.Error):
            raise _translate_sqlite_error(error, path) from error
        raise


def is_sound(path: str | os.PathLike, key: WorkshopKey | None = None) -> bool:
    """Whether a file (a backup) passes SQLite's full quick_check, read without changing it.
    An encrypted backup is checked with the workshop's `key` (without it, it is not sound)."""
    try:
        conn = engine.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, key=key)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check(1)")] == ["ok"]
        finally:
            conn.close()
    except engine.Error:
        return False


def clean_copy(source: str | os.PathLike, target: str | os.PathLike, key: WorkshopKey | None = None) -> Path:
    """A copy of a refused workshop with only what UPR Desktop puts in one (see schema_check).
    The source is only read; the copy opens like any workshop (and is upgraded then, if old)."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise WorkshopError(translate("WorkshopFile", "“{name}” already exists. Choose another name for the "
                                                      "cleaned copy.").format(
            name=target.name))
    if source.resolve() == target.resolve():
        raise WorkshopError(translate("WorkshopFile", "The cleaned copy must be a new file: the original is kept "
                                                      "as it is."))
    try:
        conn = engine.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, key=key)
        try:
            applied = migrations.applied_names(conn)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except engine.DatabaseError as error:
        raise CorruptWorkshopFile(_damaged_message(source.name, str(error))) from error
    if app_id != APPLICATION_ID and not applied:
        raise NotAWorkshopFile(translate("WorkshopFile", "“{name}” is a database, but not a UPR Desktop workshop "
                                                         "file.").format(
            name=source.name))
    if any(name not in KNOWN_MIGRATIONS for name in applied):
        raise WorkshopFromNewerVersion(translate("WorkshopFile", "“{name}” was saved by a newer version of UPR "
                                                                 "Desktop. Install the latest UPR Desktop to clean "
                                                                 "it.").format(
            name=source.name))
    try:
        schema_check.clean_copy(source, target, applied, key=key)
    except FileExistsError:
        raise WorkshopError(translate("WorkshopFile", "“{name}” already exists. Choose another name for the "
                                                      "cleaned copy.").format(
            name=target.name)) from None
    except engine.Error as error:
        if _disk_full(error):
            raise DiskFull() from error
        raise WorkshopError(translate("WorkshopFile", "A cleaned copy of “{name}” could not be made ({error}). The "
                                                      "original is unchanged; open an earlier backup of it instead.").format(
            name=source.name, error=error)) from error
    except OSError as error:
        if _disk_full(error):
            raise DiskFull() from error
        raise WorkshopError(translate("WorkshopFile", "A cleaned copy could not be written to “{target}” "
                                                      "({strerror}).").format(
            target=target, strerror=error.strerror)) from error
    return target


__all__ = [
    "MIGRATION_SET",
    "SCHEMA_VERSION",
    "WORKSHOP_SUFFIX",
    "WorkshopDB",
    "create_workshop_db",
    "open_workshop_db",
    "now_iso",
    "stamped_at",
]
