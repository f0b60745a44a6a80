"""A workshop file prepared in advance can't carry its own triggers, views, tables or indexes into the app.

The adversary's file: a hidden trigger that logged every voter and ballot with millisecond timestamps.
The app must refuse it before any write, say what it found, and offer a cleaned copy.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from upr_desktop.cli import main as cli_main
from upr_desktop.domain.errors import ForeignSchemaObjects
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import RecommendationFilter, schema, schema_check

SPY = """
CREATE TABLE spy_log (at TEXT, what TEXT, who TEXT, detail TEXT);
CREATE TRIGGER spy_voters AFTER INSERT ON round_voters
BEGIN INSERT INTO spy_log VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'), 'voter', NEW.voter, NEW.round_id); END;
CREATE TRIGGER spy_ballots AFTER UPDATE OF content ON ballots
BEGIN INSERT INTO spy_log VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'), 'ballots', NULL, NEW.content); END;
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _plant(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


@pytest.fixture
def voting_file(tmp_path) -> tuple[Path, int]:
    """A workshop with an open round and one ballot in, closed and ready to be tampered with."""
    path = tmp_path / "Kenya 2025.uprw"
    w = Workshop.create(path, WorkshopInfo(title="Kenya 2025", country="Kenya"))
    for n in range(1, 5):
        w.add_recommendation(Recommendation(text=f"Ratify convention number {n} on torture", reference=f"140.{n}",
                                            states=("Utopia",)))
    for n in range(4):
        w.add_participant(Participant(name=f"Person {n}", organisation=f"Org {n % 2}"))
    ids = w.filtered_ids(RecommendationFilter())
    round_id, _ = w.create_round("Priorities", RoundRules(Method.DOT, dots=2), ids, secret=True)
    w.open_round(round_id)
    candidate = w.round_candidates(round_id)[0].id
    w.cast_ballot(round_id, w.participants()[0].id, {candidate: 2})
    w.close()
    return path, round_id


def test_a_planted_trigger_is_refused_before_any_write(voting_file):
    path, round_id = voting_file
    _plant(path, SPY)
    before = _digest(path)
    with pytest.raises(ForeignSchemaObjects) as refused:
        Workshop.open(path)
    message = refused.value.message
    assert message.startswith("“Kenya 2025.uprw” was not opened: it contains a trigger “spy_ballots” that UPR "
                              "Desktop did not put there; a trigger “spy_voters” that UPR Desktop did not put there;")
    assert "table “spy_log”" in message and "Save a cleaned copy" in message and "has not been changed" in message
    assert "\n" not in message
    with pytest.raises(ForeignSchemaObjects):
        Workshop.open(path, read_only=True)
    assert _digest(path) == before  # not a byte written
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (path.parent / f".{path.name}.lock").exists()


def test_the_cleaned_copy_keeps_the_workshop_and_drops_the_spy(voting_file, tmp_path, intact):
    path, round_id = voting_file
    _plant(path, SPY)
    before = _digest(path)
    clean = Workshop.save_cleaned_copy(path, tmp_path / "Kenya 2025 (cleaned).uprw")
    assert _digest(path) == before
    assert intact(clean)
    assert not {"spy_log", "spy_voters", "spy_ballots"} & _names(clean)
    with Workshop.open(clean) as w:
        assert w.count() == 4 and len(w.participants()) == 4
        assert [h.reference for h in w.search("torture", 10)] != []  # the search index came along
        rnd = w.voting_round(round_id)
        assert rnd.status.value == "open"
        candidate = w.round_candidates(round_id)[1].id
        w.cast_ballot(round_id, w.participants()[1].id, {candidate: 2})
        with pytest.raises(Exception, match="already"):  # the rules' triggers and keys came back too
            w.cast_ballot(round_id, w.participants()[0].id, {candidate: 1})
    assert schema_check.differences(sqlite3.connect(clean), schema.KNOWN_MIGRATIONS) == []
    with pytest.raises(Exception, match="already exists"):
        Workshop.save_cleaned_copy(path, clean)


def test_a_trigger_written_into_the_schema_under_sqlites_own_prefix_is_refused(voting_file):
    path, _ = voting_file
    _plant(path, """
        CREATE TABLE spy_log (voter TEXT);
        PRAGMA writable_schema = ON;
        INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', 'sqlite_spy',
            'round_voters', 0, 'CREATE TRIGGER sqlite_spy AFTER INSERT ON round_voters BEGIN INSERT INTO spy_log
            VALUES (NEW.voter); END');
        PRAGMA writable_schema = OFF;
    """)
    with pytest.raises(ForeignSchemaObjects, match="trigger “sqlite_spy”"):
        Workshop.open(path)


@pytest.mark.parametrize("sql, kind, name", [
    ("CREATE VIEW who_voted AS SELECT * FROM round_voters", "view", "who_voted"),
    ("CREATE INDEX round_voters_by_time ON round_voters(voter)", "index", "round_voters_by_time"),
    ("CREATE TABLE notes_shadow (x)", "table", "notes_shadow"),
    # a rule of the vote quietly replaced: same name, no rule
    ("DROP TRIGGER round_voters_when_open; CREATE TRIGGER round_voters_when_open BEFORE INSERT ON round_voters "
     "WHEN 0 BEGIN SELECT 1; END;", "trigger", "round_voters_when_open"),
    ("DROP TRIGGER round_status_forward", "trigger", "round_status_forward"),
])
def test_any_foreign_or_altered_object_is_refused_by_kind_and_name(voting_file, sql, kind, name):
    path, _ = voting_file
    _plant(path, sql)
    with pytest.raises(ForeignSchemaObjects, match=f"{kind} “{name}”"):
        Workshop.open(path)


def test_an_older_file_is_compared_with_its_own_version_and_still_upgrades(tmp_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:1])
        Workshop.create(tmp_path / "old.uprw", WorkshopInfo(title="Old", country="Kenya")).close()
    with Workshop.open(tmp_path / "old.uprw") as w:
        assert w.migrated_from == 1 and w.schema_version() == schema.SCHEMA_VERSION
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:1])
        Workshop.create(tmp_path / "old-spied.uprw", WorkshopInfo(title="Old", country="Kenya")).close()
    _plant(tmp_path / "old-spied.uprw", "CREATE TRIGGER spy AFTER INSERT ON notes BEGIN SELECT 1; END;")
    before = _digest(tmp_path / "old-spied.uprw")
    with pytest.raises(ForeignSchemaObjects, match="trigger “spy”"):
        Workshop.open(tmp_path / "old-spied.uprw")
    assert _digest(tmp_path / "old-spied.uprw") == before  # refused before the upgrade, too
    clean = Workshop.save_cleaned_copy(tmp_path / "old-spied.uprw", tmp_path / "old-clean.uprw")
    with Workshop.open(clean) as w:  # the cleaned copy is of the old version, and upgrades as usual
        assert w.migrated_from == 1


def test_the_command_line_refuses_in_one_line_and_cleans(voting_file, tmp_path, capsys):
    path, round_id = voting_file
    _plant(path, SPY)
    before = _digest(path)
    capsys.readouterr()
    code = cli_main(["participant", "add", str(path), "--name", "Late arrival"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("upr-desktop: “Kenya 2025.uprw” was not opened: it contains a "
                                                   "trigger “spy_ballots”")
    assert err.rstrip().endswith(f'To make one: upr-desktop clean "{path}" COPY.uprw')
    assert cli_main(["search", str(path), "torture"]) == 1
    assert _digest(path) == before

    copy = tmp_path / "clean.uprw"
    assert cli_main(["clean", str(path), str(copy)]) == 0
    assert "is unchanged" in capsys.readouterr().out
    assert cli_main(["participant", "add", str(copy), "--name", "Late arrival"]) == 0
    assert "spy_log" not in _names(copy)
    assert _digest(path) == before


def test_a_file_from_when_sqlite_utils_quoted_differently_still_opens(voting_file):
    """Older sqlite-utils wrote [recommendations_fts] where today's writes "recommendations_fts"; the same
    objects, laid out or quoted differently, are not foreign."""
    path, _ = voting_file
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    changed = conn.execute(
        "UPDATE sqlite_master SET sql = replace(replace(sql, '\"recommendations_fts\"', '[recommendations_fts]'), "
        "'    ', '\t') WHERE name LIKE 'recommendations%'").rowcount
    conn.commit()
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    assert changed > 3
    with Workshop.open(path) as w:
        assert [h.reference for h in w.search("torture", 10)]
        w.add_recommendation(Recommendation(text="One more on torture", reference="140.9"))
