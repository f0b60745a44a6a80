"""The workshop file: creation, refusal of foreign/newer/damaged files, read-only, migrations, backups."""

import hashlib
import os
import sqlite3

import pytest

from upr_desktop.domain.errors import (
    CorruptWorkshopFile, NotAWorkshopFile, WorkshopError, WorkshopFromNewerVersion, WorkshopReadOnly,
)
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import schema
from upr_desktop.store.database import SCHEMA_VERSION


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new(tmp_path, name="w.uprw"):
    return Workshop.create(tmp_path / name, WorkshopInfo(title="Test workshop", country="Kenya", cycle=4))


def test_create_and_reopen_keeps_metadata_in_wal_mode(tmp_path):
    with _new(tmp_path) as w:
        assert w.schema_version() == SCHEMA_VERSION
    with Workshop.open(tmp_path / "w.uprw") as w:
        info = w.info()
        assert (info.title, info.country, info.cycle) == ("Test workshop", "Kenya", 4)
    conn = sqlite3.connect(tmp_path / "w.uprw")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    conn.close()


def test_create_refuses_to_overwrite(tmp_path):
    _new(tmp_path).close()
    before = _digest(tmp_path / "w.uprw")
    with pytest.raises(WorkshopError, match="already exists"):
        _new(tmp_path)
    assert _digest(tmp_path / "w.uprw") == before


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"Text,From\nRatify,France\n", "not a UPR Desktop workshop"),
    (bytes(range(256)) * 40, "not a UPR Desktop workshop"),
])
def test_files_that_are_not_workshops_are_refused_plainly(tmp_path, content, message):
    path = tmp_path / "x.uprw"
    path.write_bytes(content)
    with pytest.raises(NotAWorkshopFile, match=message):
        Workshop.open(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_a_workshop(tmp_path):
    path = tmp_path / "other.uprw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAWorkshopFile, match="database, but not a UPR Desktop workshop"):
        Workshop.open(path)


def test_corrupt_workshop_gets_a_message_not_a_traceback(tmp_path, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = os.urandom(8192)  # scribble over pages after the header
    path.write_bytes(bytes(data))
    with pytest.raises((CorruptWorkshopFile, NotAWorkshopFile)) as caught:
        Workshop.open(path)
    assert "damaged" in caught.value.message or "not a" in caught.value.message


def test_truncated_workshop_is_reported_damaged(tmp_path, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(CorruptWorkshopFile, match="damaged"):
        Workshop.open(path)


def test_file_from_newer_version_is_refused_untouched(tmp_path):
    _new(tmp_path).close()
    path = tmp_path / "w.uprw"
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 (schema.MIGRATION_SET, "m999_from_the_future", "2031-01-01"))
    conn.commit()
    conn.close()
    before, mtime = _digest(path), path.stat().st_mtime_ns
    with pytest.raises(WorkshopFromNewerVersion, match="newer version of UPR Desktop") as caught:
        Workshop.open(path)
    assert "has not been changed" in caught.value.message
    assert _digest(path) == before and path.stat().st_mtime_ns == mtime


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch, app_home):
    # A file written by the first release: only m001 applied.
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:1])
        _new(tmp_path).close()
    path = tmp_path / "w.uprw"
    with Workshop.open(path) as w:
        assert w.migrated_from == 1
        assert w.schema_version() == schema.SCHEMA_VERSION
        assert w.count() == 0 and w.participants() == []
    backups = list((app_home / "backups").rglob("*before-upgrade-v1*.uprw"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert "participants" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    old.close()
    new = sqlite3.connect(path)
    assert {"participants", "voting_rounds", "round_voters", "ballots", "round_codes"} <= {
        r[0] for r in new.execute("SELECT name FROM sqlite_master")}
    assert [r[0] for r in new.execute("SELECT name FROM _sqlite_migrations")] == schema.KNOWN_MIGRATIONS
    new.close()


def test_read_only_workshop_reads_but_refuses_changes(tmp_path, demo_workshop):
    path = demo_workshop.path
    demo_workshop.close()
    before = _digest(path)
    with Workshop.open(path, read_only=True) as w:
        assert w.read_only and w.count() == 82
        with pytest.raises(WorkshopReadOnly, match="Save a copy"):
            w.add_recommendation(Recommendation(text="A new one"))
        copy = w.save_copy(tmp_path / "copy.uprw")
    assert _digest(path) == before
    with Workshop.open(copy) as w:
        assert not w.read_only and w.count() == 82
        w.add_recommendation(Recommendation(text="A new one"))
        assert w.count() == 83


def test_read_only_folder_cannot_take_a_new_workshop(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # root ignores chmod; simulate read-only media
    with pytest.raises(WorkshopReadOnly, match="read-only"):
        _new(tmp_path)
    assert not (tmp_path / "w.uprw").exists()


def test_rolling_backups_keep_the_last_ten(demo_workshop, app_home):
    for _ in range(13):
        demo_workshop.rolling_backup()
    backups = demo_workshop.backups()
    assert len(backups) == 10
    with Workshop.open(backups[0], read_only=True) as copy:
        assert copy.count() == 82


def test_full_disk_rolls_back_and_says_so(demo_workshop):
    # SQLite reports SQLITE_FULL when max_page_count is reached: the same path as a full disk.
    demo_workshop._store.conn.execute("PRAGMA max_page_count = 60")
    recs = [Recommendation(text=f"Recommendation number {n} " + "x" * 400, country="Demoland") for n in range(3000)]
    with pytest.raises(WorkshopError, match="The disk is full"):
        demo_workshop.import_recommendations(recs, source_file="big.csv", format="table")
    assert demo_workshop.count() == 82
    assert demo_workshop.imports() == [row for row in demo_workshop.imports() if row["source_file"] != "big.csv"]
