"""Opening, creating, checking and migrating workshop files."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ._sqlite_utils import sqlite_utils

from ..domain.errors import (
    CorruptWorkshopFile,
    NotAWorkshopFile,
    ValidationError,
    WorkshopError,
    WorkshopFromNewerVersion,
    WorkshopReadOnly,
)
from . import backups, in_use
from .schema import APPLICATION_ID, KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

WORKSHOP_SUFFIX = ".uprw"
_SQLITE_MAGIC = b"SQLite format 3\x00"
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024


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


def _translate_sqlite_error(error: sqlite3.Error, path: Path) -> WorkshopError:
    text = str(error).lower()
    if isinstance(error, sqlite3.IntegrityError) and str(error).endswith("."):
        return ValidationError(str(error))  # our triggers' rules, already worded for a person
    if "disk is full" in text or "database or disk is full" in text:
        return WorkshopError(
            f"The disk holding “{path.name}” is full, so the last change was not saved. "
            "Free some space (or save a copy elsewhere) and try again. Nothing already saved was lost."
        )
    if "readonly" in text or "read-only" in text:
        return WorkshopReadOnly(
            f"“{path.name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy."
        )
    if "locked" in text or "busy" in text:
        return WorkshopError(
            f"“{path.name}” is busy in another window or program. Close it there and try again."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptWorkshopFile(
            f"“{path.name}” is damaged. Restore it from a backup (File ▸ Backups) and try again."
        )
    return WorkshopError(f"The change could not be saved to “{path.name}”: {error}.")


@dataclass
class WorkshopDB:
    """An open workshop file."""

    db: sqlite_utils.Database
    path: Path
    read_only: bool = False
    migrated_from: int | None = None  # schema version before this open upgraded it
    private_copy: Path | None = None  # folder of a temporary copy read instead of the file itself
    lock: in_use.InUseLock | None = None  # "in use" lock while open for changes (see in_use.py)
    owns_lock: bool = False  # False for a worker thread's second connection: the window's lock stays

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def transaction(self):
        """One transaction; sqlite errors come out as plain-worded WorkshopErrors."""
        if self.read_only:
            raise WorkshopReadOnly(
                f"“{self.path.name}” is open read-only. Use “Save a copy…” to make changes."
            )
        if self.lock is not None:
            self.lock.refresh()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as error:
            raise _translate_sqlite_error(error, self.path) from error
        except UnicodeEncodeError as error:  # lone surrogates from a broken export
            raise WorkshopError(
                "Some text contains characters that are not valid text (the file may be damaged or "
                "mis-exported), so nothing was saved. Re-export the file and try again."
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
        return _applied_count(self.db)

    def backup_to(self, target: Path) -> Path:
        return backups.copy_database(self.conn, target)

    def close(self) -> None:
        try:
            with contextlib.suppress(sqlite3.Error):
                if not self.read_only:
                    # Fold the WAL back in so the file can be copied or mailed as one file.
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()
            if self.private_copy:
                shutil.rmtree(self.private_copy, ignore_errors=True)
        finally:
            # Last, so another window can't open the file while this one is still folding in its WAL.
            if self.owns_lock and self.lock is not None:
                self.lock.release()


def _applied_count(db: sqlite_utils.Database) -> int:
    return len(migrations.applied(db))


def _configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # 64 MB page cache: random-keyed index inserts (fingerprints) thrash the 2 MB default.
    conn.execute("PRAGMA cache_size = -65536")
    # Deleted content is zeroed, not left in free pages: a ballot box rewritten at each ballot
    # must not leave its earlier versions (and so the order of ballots) readable in the file.
    conn.execute("PRAGMA secure_delete = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged change (a ballot) survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path, read_only: bool) -> tuple[sqlite3.Connection, Path | None]:
    """A connection, and the temporary folder it reads from when the file had to be copied."""
    if not read_only:
        return sqlite3.connect(str(path)), None
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, None
    except sqlite3.Error:
        pass
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Changes still in the -wal (the app was not closed properly) would be ignored by an
        # immutable open: read a private copy of the file and its -wal instead.
        folder = Path(tempfile.mkdtemp(prefix="upr-readonly-"))
        shutil.copy2(path, folder / path.name)
        shutil.copy2(wal, folder / wal.name)
        return sqlite3.connect(str(folder / path.name)), folder
    # On read-only media a WAL file's shared memory can't be created; the file can't change
    # under us there, and with no -wal nothing is missed, so immutable is safe.
    return sqlite3.connect(f"{uri}?immutable=1", uri=True), None


def _is_writable(path: Path) -> bool:
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def open_workshop_db(path: str | os.PathLike, *, read_only: bool | None = None,
                     under_lock: in_use.InUseLock | None = None) -> WorkshopDB:
    """Open a workshop, upgrading it (after a backup) if it was made by an older version.

    Anything that is not a workshop, is damaged or comes from a newer version is refused
    with a plain message and left exactly as it was. Opening for changes takes the workshop's
    "in use" lock: WorkshopInUse if another window has it open for changes. Read-only opens
    never take it. `under_lock` is the lock of an open window whose worker thread needs a
    connection of its own: it is used, not taken, and stays held when this one closes.
    """
    path = Path(path)
    if not path.exists():
        raise NotAWorkshopFile(f"There is no file at “{path}”.")
    if path.is_dir():
        raise NotAWorkshopFile(f"“{path}” is a folder, not a workshop file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as error:
        raise NotAWorkshopFile(f"“{path.name}” can't be read: {error.strerror}.") from error
    if not head:
        raise NotAWorkshopFile(f"“{path.name}” is empty: it is not a workshop file.")
    if not head.startswith(_SQLITE_MAGIC):
        hint = ""
        if path.suffix.lower() in {".csv", ".xls", ".xlsx", ".docx", ".json", ".txt"}:
            hint = " To bring its recommendations into a workshop, use Import."
        raise NotAWorkshopFile(f"“{path.name}” is not a UPR Desktop workshop file.{hint}")

    chosen = read_only is not None
    if read_only is None:
        read_only = not _is_writable(path)
    lock, owns_lock = None, False
    if not read_only:
        if under_lock is not None:
            if not under_lock.covers(path):
                raise WorkshopError(f"“{path.name}” is no longer open in this window. Open it again.")
            lock = under_lock
        else:
            try:
                lock, owns_lock = in_use.take(path), True
            except in_use.CannotLock as error:
                if error.read_only_place and not chosen:
                    # os.access said yes, the folder said no (network shares, some USB sticks): as read-only.
                    log.info("no lock file can be made beside %s (%s): opening it read-only", path, error)
                    read_only = True
                else:
                    log.warning("opening %s without an in-use lock: %s", path, error)
    try:
        return _open(path, read_only, lock, owns_lock)
    except BaseException:
        if owns_lock:
            lock.release()
        raise


def _open(path: Path, read_only: bool, lock: in_use.InUseLock | None, owns_lock: bool) -> WorkshopDB:
    try:
        conn, private_copy = _connect(path, read_only)
        db = sqlite_utils.Database(conn)
        # A full check reads every page: instant for a workshop (1 MB for 400 recommendations),
        # seconds for a 170 MB coalition database, where SQLite still reports damage on read.
        if path.stat().st_size <= FULL_CHECK_MAX_BYTES:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        else:
            check = conn.execute("PRAGMA schema_version").fetchone() and "ok"
        if check != "ok":
            raise CorruptWorkshopFile(
                f"“{path.name}” is damaged ({check}). Restore it from a backup, or open a backup copy."
            )
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        applied = [m.name for m in migrations.applied(db)]
    except sqlite3.DatabaseError as error:
        raise CorruptWorkshopFile(
            f"“{path.name}” is damaged or not a workshop file ({error}). "
            "Restore it from a backup, or open a backup copy."
        ) from error
    if app_id != APPLICATION_ID and not applied:
        conn.close()
        raise NotAWorkshopFile(f"“{path.name}” is a database, but not a UPR Desktop workshop file.")

    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown:
        conn.close()
        raise WorkshopFromNewerVersion(
            f"“{path.name}” was saved by a newer version of UPR Desktop (its format has "
            f"{len(applied)} upgrades, this version knows {SCHEMA_VERSION}). "
            "Install the latest UPR Desktop to open it. The file has not been changed."
        )

    pending = len(KNOWN_MIGRATIONS) - len(applied)
    workshop = WorkshopDB(db=db, path=path, read_only=read_only, private_copy=private_copy, lock=lock,
                          owns_lock=owns_lock)
    if pending:
        if read_only:
            conn.close()
            raise WorkshopReadOnly(
                f"“{path.name}” was made by an older version and must be upgraded, which can't "
                "be done where it is (read-only). Copy it to a folder you can write to and open the copy."
            )
        backup = backups.pre_migration_backup(conn, path, len(applied))
        log.info("backed up %s to %s before migrating", path, backup)
        _configure(conn, read_only)
        try:
            migrations.apply(db)
        except sqlite3.Error as error:
            conn.close()
            raise WorkshopError(
                f"“{path.name}” could not be upgraded ({error}). It is unchanged, and a copy "
                f"was kept at “{backup}”."
            ) from error
        workshop.migrated_from = len(applied)
        with workshop.transaction():
            workshop.set_meta({"schema_version": SCHEMA_VERSION})
    else:
        _configure(conn, read_only)
    return workshop


def create_workshop_db(path: str | os.PathLike, meta: dict) -> WorkshopDB:
    """Create a new, empty workshop file. Refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise WorkshopError(f"“{path.name}” already exists. Choose another name, or open it instead.")
    if not path.parent.exists():
        raise WorkshopError(f"The folder “{path.parent}” does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise WorkshopReadOnly(
            f"Can't create “{path.name}”: the folder “{path.parent}” is read-only. Choose another folder."
        )
    try:
        lock = in_use.take(path)  # held from the start: the new workshop stays open in this window
    except in_use.CannotLock as error:
        log.warning("creating %s without an in-use lock: %s", path, error)
        lock = None
    conn = None
    try:
        conn = sqlite3.connect(str(path))
        db = sqlite_utils.Database(conn)
        _configure(conn, read_only=False)
        migrations.apply(db)
        workshop = WorkshopDB(db=db, path=path, lock=lock, owns_lock=lock is not None)
        with workshop.transaction():
            workshop.set_meta({**meta, "schema_version": SCHEMA_VERSION, "created_at": now_iso()})
            if _stamp.get():  # created as of another time (the demo): sqlite-utils stamps its records with now
                conn.execute("UPDATE _sqlite_migrations SET applied_at = ?", (now_iso(),))
        return workshop
    except BaseException as error:
        with contextlib.suppress(Exception):
            conn.close()
        if lock is not None:
            lock.release()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, sqlite3.Error):
            raise _translate_sqlite_error(error, path) from error
        raise


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
