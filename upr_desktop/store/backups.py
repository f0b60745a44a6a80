"""Copies of the workshop: before migrations, and a rolling set while it is open."""

from __future__ import annotations

import glob
import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from .. import paths

KEEP_ROLLING = 10


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the file is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
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


def _folder_for(path: Path) -> Path:
    # One folder per workshop file, named so that two "workshop.uprw" in different places don't mix.
    digest = hashlib.blake2b(str(path.resolve()).encode("utf-8"), digest_size=4).hexdigest()
    folder = paths.backups_dir() / f"{path.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def pre_migration_backup(conn: sqlite3.Connection, path: Path, from_version: int) -> Path:
    return copy_database(conn, _folder_for(path) / f"{path.stem}-before-upgrade-v{from_version}-{_stamp()}.uprw")


def rolling_backup(conn: sqlite3.Connection, path: Path, keep: int = KEEP_ROLLING) -> Path:
    folder = _folder_for(path)
    target = copy_database(conn, folder / f"{path.stem}-{_stamp()}.uprw")
    rolling = sorted(folder.glob(f"{glob.escape(path.stem)}-2*.uprw"))  # "Kenya [2024]" is not a pattern
    for old in rolling[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: Path) -> list[Path]:
    return sorted(_folder_for(path).glob("*.uprw"), reverse=True)
