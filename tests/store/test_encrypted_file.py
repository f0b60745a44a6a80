"""The encrypted workshop file: opening, refusing, and leaving the file untouched when refused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from upr_desktop.domain.errors import (
    CorruptWorkshopFile,
    NotAWorkshopFile,
    PassphraseNeeded,
    WorkshopFromNewerVersion,
    WorkshopNotEncrypted,
    WrongPassphrase,
)
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops.workshop import Workshop
from upr_desktop.store import engine

PASS = "correct horse battery staple"
SECRET = "Guarantee the safety of Amina Okonkwo-Delacroix"


def _make(path: Path, passphrase: str | None = PASS, n: int = 30) -> Path:
    w = Workshop.create(path, WorkshopInfo(title="Encrypted test", country="Kenya"), passphrase=passphrase)
    recs = [Recommendation(text=f"{SECRET} and recommendation number {i}", country="Kenya", states=("Chile",))
            for i in range(n)]
    w.import_recommendations(recs, source_file="a.csv", format="table")
    w.close()
    return path


def _state(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def encrypted(tmp_path) -> Path:
    return _make(tmp_path / "enc.uprw")


def test_an_encrypted_workshop_holds_no_plaintext_and_opens_with_its_passphrase(encrypted):
    data = encrypted.read_bytes()
    assert not data.startswith(engine.SQLITE_MAGIC)
    assert SECRET.encode() not in data and b"Kenya" not in data and b"CREATE TABLE" not in data
    assert Workshop.is_encrypted_file(encrypted)
    with pytest.raises(sqlite3.DatabaseError):  # Python's own sqlite3 reads nothing
        sqlite3.connect(encrypted).execute("SELECT count(*) FROM sqlite_master").fetchone()
    w = Workshop.open(encrypted, passphrase=PASS)
    assert w.encrypted and w.count() == 30
    assert [h.id for h in w.search("Okonkwo", limit=50)]  # FTS5 search works on the encrypted file
    assert len(w.search("number", limit=50)) == 30
    w.close()


def test_a_plain_workshop_is_not_encrypted(tmp_path):
    plain = _make(tmp_path / "plain.uprw", passphrase=None)
    assert not Workshop.is_encrypted_file(plain)
    w = Workshop.open(plain)
    assert not w.encrypted
    w.close()


def test_without_a_passphrase_or_with_a_wrong_one_nothing_changes(encrypted):
    before = _state(encrypted)
    with pytest.raises(PassphraseNeeded, match="is encrypted"):
        Workshop.open(encrypted)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Workshop.open(encrypted, passphrase="correct horse battery stapler")
    with pytest.raises(WrongPassphrase):
        Workshop.open(encrypted, passphrase="UPR1-" + "-".join(["AAAA"] * 13))  # a recovery key, not this one's
    assert _state(encrypted) == before


def test_the_recovery_key_opens_it_and_changes_with_the_passphrase(encrypted):
    w = Workshop.open(encrypted, passphrase=PASS)
    key = w.recovery_key()
    assert key.startswith("UPR1-") and len(key.split("-")) == 14
    assert all(len(group) == 4 for group in key.split("-")[1:])
    w.close()
    for typed in (key, key.lower(), key.replace("-", " "), "  " + key.replace("-", "") + "\n"):
        w = Workshop.open(encrypted, passphrase=typed)
        assert w.count() == 30
        w.close()
    w = Workshop.open(encrypted, passphrase=PASS)
    w.change_passphrase("a new and longer passphrase")
    assert w.count() == 30 and w.recovery_key() != key
    w.close()
    for old in (PASS, key):
        with pytest.raises(WrongPassphrase):
            Workshop.open(encrypted, passphrase=old)
    w = Workshop.open(encrypted, passphrase="a new and longer passphrase")
    assert w.count() == 30
    w.close()


def test_a_passphrase_for_a_plain_workshop_is_refused_plainly(tmp_path):
    plain = _make(tmp_path / "plain.uprw", passphrase=None)
    before = _state(plain)
    with pytest.raises(WorkshopNotEncrypted, match="not encrypted"):
        Workshop.open(plain, passphrase=PASS)
    assert _state(plain) == before


def test_a_truncated_encrypted_file_is_called_damaged(encrypted):
    data = encrypted.read_bytes()
    for cut in (len(data) // 2 + 100, len(data) - engine.PAGE_SIZE, 2000):
        encrypted.write_bytes(data[:cut])
        before = _state(encrypted)
        with pytest.raises((CorruptWorkshopFile, NotAWorkshopFile)) as caught:
            Workshop.open(encrypted, passphrase=PASS)
        assert "damaged" in caught.value.message or "not a UPR Desktop workshop" in caught.value.message
        assert _state(encrypted) == before


def test_a_damaged_page_of_an_encrypted_file_is_called_damaged(encrypted):
    data = bytearray(encrypted.read_bytes())
    page = 3 * engine.PAGE_SIZE + 100
    data[page:page + 16] = bytes(16)
    encrypted.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkshopFile, match="damaged"):
        w = Workshop.open(encrypted, passphrase=PASS)
        w.close()


def test_an_encrypted_file_from_a_newer_version_says_so(encrypted):
    w = Workshop.open(encrypted, passphrase=PASS)
    with w._store.db.atomic():
        w._store.conn.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
                              "VALUES (?, 'm999_from_the_future', '2030-01-01')",
                              (w._store.conn.execute("SELECT migration_set FROM _sqlite_migrations").fetchone()[0],))
    w.close()
    before = _state(encrypted)
    with pytest.raises(WorkshopFromNewerVersion, match="newer version"):
        Workshop.open(encrypted, passphrase=PASS)
    assert _state(encrypted) == before


def test_rolling_backups_of_an_encrypted_workshop_are_encrypted_with_the_same_key(encrypted):
    w = Workshop.open(encrypted, passphrase=PASS)
    backup = w.rolling_backup()
    copy = w.save_copy(encrypted.with_name("copy.uprw"))
    assert w.latest_good_backup() == backup
    w.close()
    for made in (backup, copy):
        data = made.read_bytes()
        assert SECRET.encode() not in data and not data.startswith(engine.SQLITE_MAGIC)
        opened = Workshop.open(made, passphrase=PASS, read_only=True)
        assert opened.count() == 30
        opened.close()


def test_encrypting_in_place_deletes_the_plain_backups(tmp_path):
    plain = _make(tmp_path / "w.uprw", passphrase=None)
    w = Workshop.open(plain)
    old_backups = [w.rolling_backup(), w.rolling_backup()]
    assert all(SECRET.encode() in b.read_bytes() for b in old_backups)
    done = w.encrypt(PASS)
    assert sorted(done.deleted_backups) == sorted(old_backups)
    assert not any(b.exists() for b in old_backups)
    assert "not the same as securely erasing" in done.message() and "made elsewhere" in done.message()
    assert w.encrypted and w.count() == 30  # still open, now encrypted
    w.add_note(w.filtered_ids(__import__("upr_desktop.store.queries", fromlist=["x"]).RecommendationFilter())[0],
               "typed after encrypting")
    fresh = w.rolling_backup()
    assert SECRET.encode() not in fresh.read_bytes()
    w.close()
    for leftover in tmp_path.iterdir():
        if leftover.is_file():
            assert SECRET.encode() not in leftover.read_bytes(), leftover
    with pytest.raises(PassphraseNeeded):
        Workshop.open(plain)
    w = Workshop.open(plain, passphrase=PASS)
    assert w.count() == 30 and len(w.backups()) == 1
    w.close()


def test_a_build_without_encryption_support_says_so_plainly(encrypted, monkeypatch):
    before = _state(encrypted)
    monkeypatch.setattr(engine, "_cipher", None)  # what a build without sqlcipher3 has
    monkeypatch.setattr(engine, "HAS_ENCRYPTION", False)
    from upr_desktop.domain.errors import EncryptionUnavailable

    for passphrase in (None, PASS):
        with pytest.raises(EncryptionUnavailable, match="without encryption support"):
            Workshop.open(encrypted, passphrase=passphrase)
    assert _state(encrypted) == before


def test_the_latest_good_backup_of_an_encrypted_workshop_is_found_with_its_passphrase(encrypted):
    from upr_desktop.ops.workshop import latest_good_backup

    w = Workshop.open(encrypted, passphrase=PASS)
    older = w.rolling_backup()
    newer = w.rolling_backup()
    w.close()
    assert w._store.key is None  # closing lets the key go
    damaged = bytearray(newer.read_bytes())
    damaged[5 * engine.PAGE_SIZE:6 * engine.PAGE_SIZE] = bytes(engine.PAGE_SIZE)
    newer.write_bytes(bytes(damaged))
    assert latest_good_backup(encrypted) is None  # without a key nothing can vouch for them
    assert latest_good_backup(encrypted, passphrase=PASS) == older
    assert latest_good_backup(encrypted, passphrase="not this one at all") is None


def test_an_old_encrypted_workshop_is_upgraded_and_its_pre_upgrade_backup_is_encrypted(tmp_path, monkeypatch,
                                                                                      app_home):
    from upr_desktop.store import schema

    path = tmp_path / "old.uprw"
    with monkeypatch.context() as m:  # a file written by the first release: only m001 applied
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:1])
        w = Workshop.create(path, WorkshopInfo(title="Old", country="Kenya"), passphrase=PASS)
        w._store.conn.execute("INSERT INTO recommendations (text, fingerprint, created_at, updated_at) "
                              "VALUES (?, 'f1', '2020-01-01', '2020-01-01')", (SECRET,))
        w._store.conn.commit()
        w.close()
    with Workshop.open(path, passphrase=PASS) as w:
        assert w.migrated_from == 1 and w.encrypted and w.count() == 1
    (backup,) = list((app_home / "backups").rglob("*before-upgrade-v1*.uprw"))
    data = backup.read_bytes()
    assert not data.startswith(engine.SQLITE_MAGIC) and SECRET.encode() not in data
    assert data[:16] == path.read_bytes()[:16]  # the same key and salt: the same passphrase opens it
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    key = engine.candidate_keys(PASS, data[:16])[0]
    conn = engine.connect(str(backup), key=key)
    assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 1
    assert conn.execute("SELECT text FROM recommendations").fetchone()[0] == SECRET
    conn.close()


def test_a_new_passphrase_is_checked_before_anything_is_written(tmp_path):
    from upr_desktop.domain.errors import ValidationError
    from upr_desktop.ops import validate_passphrase

    assert validate_passphrase(PASS) == []
    assert "at least 8 characters" in validate_passphrase("short")[0]
    key_shaped = "UPR1-" + "-".join(["ABCD"] * 13)
    assert "recovery key" in validate_passphrase(key_shaped)[0]
    for bad in ("short", "        ", key_shaped):
        with pytest.raises(ValidationError):
            Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t"), passphrase=bad)
    assert list(tmp_path.glob("*.uprw")) == []
