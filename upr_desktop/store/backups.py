"""Copies of the workshop: before migrations, and a rolling set while it is open."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .. import paths
from . import engine

KEEP_ROLLING = 10


# A backup step copies this many pages (4 KiB each) and then lets others at the file: about
# 1 ms of work per step, so neither a writer nor a reader waits on the copy for long.
STEP_PAGES = 256


def copy_database(conn: engine.Connection, target: Path, *, pages: int = -1, pause: float = 0.0,
                  progress: Callable[[int, int], None] | None = None,
                  key: engine.WorkshopKey | None = None) -> Path:
    """A consistent copy through SQLite's backup API (safe while the file is in use).

    pages > 0 copies in steps of that many pages, sleeping `pause` seconds between them;
    progress(copied pages, total pages) is called after each step. `key`: the workshop's, when it is
    encrypted (the copy is encrypted with the same key, and so opens with the same passphrase).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    dest = engine.connect(str(partial), key=key)
    def report(status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)
    try:
        conn.backup(dest, pages=pages, progress=report if progress is not None else None, sleep=pause)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)  # a full disk must not also keep half a copy
        raise
    dest.close()
    # A -wal left beside an older file of the same name would be replayed into the copy.
    for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(partial, target)
    return target


def database_file(conn: engine.Connection) -> Path:
    """The file a connection reads (a private copy's, when the workshop is read through one)."""
    return Path(conn.execute("PRAGMA database_list").fetchone()[2])


def copy_file_in_steps(source: Path, target: Path, *, pages: int = STEP_PAGES, pause: float = 0.0,
                       progress: Callable[[int, int], None] | None = None,
                       key: engine.WorkshopKey | None = None) -> Path:
    """A consistent copy of the workshop file at `source`, made on the calling thread's own
    connection: run it on a worker and the window never waits for it.

    The copy holds one read transaction from first step to last, so it is the file as it stood
    when the copy began: in WAL mode other connections keep writing meanwhile, and the backup
    never restarts because of them (without the read transaction, each write by another
    connection sends SQLite's backup back to page 1).
    """
    uri = source.resolve().as_uri()
    try:
        conn = engine.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, key=key)
    except engine.OperationalError:
        conn = engine.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, key=key)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
        return copy_database(conn, target, pages=pages, pause=pause, progress=progress, key=key)
    finally:
        with contextlib.suppress(engine.Error):
            conn.execute("COMMIT")
        conn.close()


def _folder_for(path: Path) -> Path:
    # One folder per workshop file, named so that two "workshop.uprw" in different places don't mix.
    digest = hashlib.blake2b(str(path.resolve()).encode("utf-8"), digest_size=4).hexdigest()
    folder = paths.backups_dir() / f"{path.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


folder_for = _folder_for


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def pre_migration_backup(conn: engine.Connection, path: Path, from_version: int, *,
                         key: engine.WorkshopKey | None = None) -> Path:
    return copy_database(conn, _folder_for(path) / f"{path.stem}-before-upgrade-v{from_version}-{_stamp()}.uprw",
                         key=key)


def rolling_backup(conn: engine.Connection, path: Path, keep: int = KEEP_ROLLING, *,
                   key: engine.WorkshopKey | None = None) -> Path:
    """A rolling copy made on the caller's thread, in steps (see rolling_backup_of_file to keep it
    off the GUI thread)."""
    folder = _folder_for(path)
    target = copy_database(conn, folder / f"{path.stem}-{_stamp()}.uprw", pages=STEP_PAGES, key=key)
    _prune(folder, path, keep)
    return target


def rolling_backup_of_file(source: Path, path: Path, keep: int = KEEP_ROLLING, *, pause: float = 0.0,
                           progress: Callable[[int, int], None] | None = None,
                           key: engine.WorkshopKey | None = None) -> Path:
    """The rolling backup for any thread: `source` is the file to read (database_file() of the
    workshop's connection), `path` the workshop's own name, which names the backup folder."""
    folder = _folder_for(path)
    target = copy_file_in_steps(source, folder / f"{path.stem}-{_stamp()}.uprw", pause=pause, progress=progress,
                                key=key)
    _prune(folder, path, keep)
    return target


def _prune(folder: Path, path: Path, keep: int) -> None:
    rolling = sorted(folder.glob(f"{glob.escape(path.stem)}-2*.uprw"))  # "Kenya [2024]" is not a pattern
    for old in rolling[:-keep]:
        old.unlink(missing_ok=True)


def list_backups(path: Path) -> list[Path]:
    return sorted(_folder_for(path).glob("*.uprw"), reverse=True)
