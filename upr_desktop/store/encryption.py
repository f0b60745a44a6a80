"""Encrypting a workshop in place, changing its passphrase, and removing its plain backups.

Both are one rewrite: the whole workshop is exported (SQLCipher's sqlcipher_export) into a new file beside
it under the new key, that file is synced, opened with the new key and checked, and only then renamed over
the original. A process killed at any moment leaves either the old file (opened by the old key) or the new
one (opened by the new key): never a half-written file under the workshop's name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

from ..domain.errors import DiskFull, WorkshopError, WorkshopReadOnly
from ..text import translate
from . import backups, database, engine, schema_check
from .engine import WorkshopKey
from .schema import migrations

log = logging.getLogger(__name__)

# Tests stop or kill the rewrite between its steps: called with the step's name.
_between_steps = None

REKEY_SUFFIX = ".rekey"


def _step(name: str) -> None:
    if _between_steps is not None:
        _between_steps(name)


def _tables(conn, schema: str) -> list[str]:
    return [name for (name,) in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master "
        "WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def export_to(source_conn, target: Path, key: WorkshopKey | None) -> None:
    """Write everything `source_conn` (a SQLCipher connection) reads into a new file `target`, encrypted with
    `key` (plain when None), with the workshop's application id and schema counter, then sync it."""
    clause = key.attach_clause() if key is not None else "KEY ''"
    app_id = source_conn.execute("PRAGMA main.application_id").fetchone()[0]
    user_version = source_conn.execute("PRAGMA main.user_version").fetchone()[0]
    source_conn.execute(f"ATTACH DATABASE ? AS rewritten {clause}", (str(target),))
    try:
        source_conn.execute("SELECT sqlcipher_export('rewritten')")
        # sqlcipher_export copies tables and rows, not these two header fields
        source_conn.execute(f"PRAGMA rewritten.application_id = {int(app_id)}")
        source_conn.execute(f"PRAGMA rewritten.user_version = {int(user_version)}")
        for table in _tables(source_conn, "main"):
            ours = source_conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            theirs = source_conn.execute(f'SELECT count(*) FROM rewritten."{table}"').fetchone()[0]
            if ours != theirs:
                raise WorkshopError(f"the new file holds {theirs} rows of {table}, not {ours}")
        source_conn.commit()
    finally:
        with contextlib.suppress(engine.Error):
            source_conn.execute("DETACH DATABASE rewritten")
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def check_file(path: Path, key: WorkshopKey | None) -> None:
    """The new file opens with its key and is a sound workshop of this version; else WorkshopError."""
    conn = engine.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, key=key)
    try:
        check = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if check != ["ok"]:
            raise WorkshopError(f"the new file failed its check: {'; '.join(check)}")
        applied = migrations.applied_names(conn)
        foreign = schema_check.differences(conn, applied)
        if foreign:
            raise WorkshopError("the new file is not what this version expects: "
                                + "; ".join(d.describe() for d in foreign[:3]))
    finally:
        conn.close()


def _source_connection(db: database.WorkshopDB):
    uri = f"{db.path.resolve().as_uri()}?mode=ro"
    if db.key is not None:
        return engine.connect(uri, uri=True, key=db.key)
    return engine.plain_cipher_connection(uri, uri=True)


def rewrite_with_key(db: database.WorkshopDB, new_key: WorkshopKey | None) -> database.WorkshopDB:
    """Put the workshop open in `db` under `new_key` (None: plain), atomically, and return it opened again
    (under the same "in use" lock). On failure `db` is still open, under its old key, and unchanged."""
    path = db.path
    if db.read_only:
        raise WorkshopReadOnly(translate(
            "Encryption", "“{name}” is open read-only, so its encryption can't be changed. "
            "Use “Save a copy…” and change the copy.").format(name=path.name))
    if db.integrity is not None:
        db.integrity.wait()
        if db.integrity.failed:
            raise db.integrity.refusal()
    database._remove_leftovers(path, REKEY_SUFFIX)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=REKEY_SUFFIX, dir=path.parent)
    os.close(fd)
    temp = Path(temp_name)
    temp.unlink()  # SQLCipher writes it from its first byte (the salt)
    replaced = False
    try:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
        _step("export")
        source = _source_connection(db)
        try:
            export_to(source, temp, new_key)
        finally:
            source.close()
        _step("check")
        check_file(temp, new_key)
        with contextlib.suppress(OSError):
            os.chmod(temp, path.stat().st_mode & 0o7777)
        _step("replace")
        db.conn.close()
        try:
            for side in database._sidecars(path):  # the old key's -wal/-shm must not meet the new file
                side.unlink(missing_ok=True)
            os.replace(temp, path)
            replaced = True
            _step("replaced")
            database._fsync_folder(path.parent)
        finally:
            if not replaced:  # the original is still there, under its old key: keep working on it
                db.conn = engine.connect(str(path), key=db.key)
                database._configure(db.conn, read_only=False)
        _step("reopen")
    except BaseException as error:
        for leftover in (temp, *database._sidecars(temp)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if replaced:
            raise
        if database._disk_full(error):
            raise DiskFull() from error
        if isinstance(error, (engine.Error, WorkshopError, OSError)):
            log.error("rewriting %s under a new key failed: %s", path.name, error)
            raise WorkshopError(translate(
                "Encryption", "The encryption of “{name}” could not be changed ({error}). The workshop is "
                "unchanged, under its old passphrase.").format(name=path.name, error=error)) from error
        raise
    reopened = database.open_workshop_db(path, read_only=False, under_lock=db.lock, key=new_key)
    if db.lock is not None:  # the window's lock carries over (without one, the reopen took its own if it could)
        reopened.owns_lock, db.owns_lock = db.owns_lock, False
    return reopened


def remove_plain_backups(path: Path) -> list[Path]:
    """Delete the unencrypted backups (rolling and pre-upgrade) of the workshop at `path`, and return them."""
    removed = []
    for backup in backups.list_backups(path) + sorted(backups.folder_for(path).glob("*.partial")):
        try:
            if engine.is_encrypted_file(backup):
                continue
            backup.unlink()
            removed.append(backup)
        except OSError as error:
            log.warning("a plain backup could not be removed: %s", error)
        for side in database._sidecars(backup):
            side.unlink(missing_ok=True)
    return removed
