"""A secret ballot ("pick your name" mode) cannot be linked to its voter from the live file: not by
a column, not by the order or ids of the ballots, not by copies left in free pages or the WAL of
the live file, not by the audit log, and not by comparing backups taken while the round was open.
(The page layout is tested in test_adversary.py; forensic recovery of old disk blocks is the
limit of this mode, which the ballot-code mode removes.)"""

from __future__ import annotations

import collections
import itertools
import json
import sqlite3

import pytest

from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.ops import Workshop

from .voting_setup import make_workshop, people, rec_ids

VOTERS = 100  # the ballots outgrow one page


def _distinct_ballots(cands: list[int]) -> list[dict[int, int]]:
    """Different dot ballots (3 dots over 8 candidates), so each is recognisable in the file."""
    ballots = []
    for spread in itertools.combinations_with_replacement(cands, 3):
        ballots.append(dict(collections.Counter(spread)))
    return ballots[:VOTERS]


@pytest.fixture
def secret_round(tmp_path):
    w = make_workshop(tmp_path / "w.uprw", participants=VOTERS)
    round_id, _ = w.create_round("Secret priorities", RoundRules(Method.DOT, dots=3), rec_ids(w), secret=True)
    w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    cast = list(zip(people(w), _distinct_ballots(cands)))  # who cast what, in this order
    backups = []
    for voter, ballot in cast:
        w.cast_ballot(round_id, voter, ballot)
        backups.append(w.rolling_backup())
    yield w, round_id, cast, backups, tmp_path / "w.uprw"
    w.close()


def _raw_file(path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _stored(path, round_id):
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, source, content, voter, at FROM ballots WHERE round_id = ? "
                        "AND source <> 'empty' ORDER BY id", (round_id,)).fetchall()
    conn.close()
    return rows


def test_ballots_carry_no_voter_and_no_time(secret_round):
    w, round_id, cast, _, path = secret_round
    rows = _stored(path, round_id)
    assert len(rows) == VOTERS
    assert all(voter is None and at is None for _, _, _, voter, at in rows)
    ids = sorted(r[0] for r in rows)
    assert ids[-1] - ids[0] > 2 ** 40  # random 63-bit ids, not 1, 2, 3…
    conn = sqlite3.connect(path)
    # The "has voted" table: who, and nothing else (no time); its ids are random too.
    assert [r[1] for r in conn.execute("PRAGMA table_info(round_voters)")] == ["id", "round_id", "voter", "voted"]
    marks = conn.execute("SELECT id FROM round_voters WHERE round_id = ? ORDER BY id", (round_id,)).fetchall()
    assert marks[-1][0] - marks[0][0] > 2 ** 40
    with pytest.raises(sqlite3.IntegrityError, match="no voter and no time"):
        conn.execute("INSERT INTO ballots (id, round_id, source, content, voter) VALUES (5, ?, 'kiosk', 'null', "
                     "'p1')", (round_id,))
    conn.close()


def test_the_order_of_ballots_does_not_follow_the_order_of_voting(secret_round):
    w, round_id, cast, _, path = secret_round
    stored = [{int(k): v for k, v in json.loads(content).items()} for _, _, content, _, _ in _stored(path, round_id)]
    in_cast_order = [ballot for _, ballot in cast]
    assert sorted(map(sorted, map(dict.items, stored))) == sorted(map(sorted, map(dict.items, in_cast_order)))
    assert stored != in_cast_order  # 1 chance in 100! of a false failure
    assert stored != in_cast_order[::-1]


def _copies_in(raw: bytes, cast) -> list[int]:
    """How many times each cast ballot's JSON is in the bytes (distinct ballots, so none is part of another)."""
    return [raw.count(json.dumps({str(k): v for k, v in ballot.items()}, separators=(",", ":")).encode())
            for _, ballot in cast]


def test_no_earlier_copy_of_a_ballot_is_left_in_the_file(secret_round):
    w, round_id, cast, _, path = secret_round
    # Each ballot once, in its slot: nothing left in freed pages or the WAL of the live file.
    assert _copies_in(_raw_file(path), cast) == [1] * VOTERS


def test_the_audit_log_does_not_record_who_voted_when(secret_round):
    w, round_id, cast, _, path = secret_round
    entries = w.audit_entries(1000)[::-1]  # oldest first
    opened = next(n for n, (_, action, _) in enumerate(entries) if action == "round.opened")
    since = " ".join(summary for _, _, summary in entries[opened:])
    assert not [action for _, action, _ in entries if action.startswith("ballot")]
    for voter, _ in cast:
        assert w.participant(voter).name not in since


def test_no_backups_are_taken_while_a_secret_round_is_open(secret_round):
    w, round_id, cast, backups, path = secret_round
    assert backups == [None] * VOTERS
    assert w.backups() == []
    w.close_round(round_id)
    assert w.rolling_backup() is not None


def test_after_close_and_reopen_the_file_still_holds_no_link(secret_round):
    w, round_id, cast, _, path = secret_round
    w.close_round(round_id)
    w.close()
    with Workshop.open(path) as again:
        results = again.results(round_id)
        assert results.tally.ballots == VOTERS
    assert _copies_in(_raw_file(path), cast) == [1] * VOTERS


def test_an_open_ballot_does_record_its_voter(tmp_path):
    """The contrast that shows the secret test above would catch a link."""
    w = make_workshop(tmp_path / "open.uprw", participants=3)
    round_id, _ = w.create_round("Open", RoundRules(Method.DOT, dots=3), rec_ids(w)[:3])
    w.open_round(round_id)
    cand = w.round_candidates(round_id)[0].id
    w.cast_ballot(round_id, people(w)[0], {cand: 1})
    [(voter, at)] = w._store.conn.execute("SELECT voter, at FROM ballots").fetchall()
    assert voter == f"p{people(w)[0]}" and at
    w.close()


_CRASH = """
import os, sys
sys.path[:0] = [{root!r}, {tests!r}]
from upr_desktop.ops import Workshop
from upr_desktop.store import voting
voting.checkpoint = lambda conn, wait_ms=0: True  # the crash comes between the commit and the checkpoint
w = Workshop.open({path!r})
w.cast_ballot({round_id}, {voter}, {ballot!r})
os._exit(0)
"""


def test_a_crash_before_the_checkpoint_is_cleaned_up_at_the_next_open(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    w = make_workshop(tmp_path / "w.uprw", participants=3)
    round_id, _ = w.create_round("Secret", RoundRules(Method.DOT, dots=3), rec_ids(w), secret=True)
    w.open_round(round_id)
    voter, cand = people(w)[0], w.round_candidates(round_id)[0].id
    w.close()
    root = Path(__file__).resolve().parents[2]
    script = _CRASH.format(root=str(root), tests=str(root / "tests" / "ops"), path=str(tmp_path / "w.uprw"),
                           round_id=round_id, voter=voter, ballot={cand: 2})
    subprocess.run([sys.executable, "-c", script], check=True)
    wal = tmp_path / "w.uprw-wal"
    assert wal.stat().st_size > 0  # the crash left the ballot and its mark in the -wal
    with Workshop.open(tmp_path / "w.uprw") as again:
        assert wal.stat().st_size == 0
        assert again.turnout(round_id).voted == 1


_READER = """
import sqlite3, sys, time
conn = sqlite3.connect({path!r})
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM ballots").fetchone()
print("reading", flush=True)
time.sleep(30)
"""


def test_another_program_reading_refuses_the_ballot_within_a_second_and_is_named(tmp_path):
    """Each ballot once hung 107 s behind a reader and left the -wal full. Now: a plain refusal at once."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    from upr_desktop.domain.errors import WorkshopError

    w = make_workshop(tmp_path / "w.uprw", participants=3)
    round_id, _ = w.create_round("Secret", RoundRules(Method.DOT, dots=3), rec_ids(w), secret=True)
    w.open_round(round_id)
    voters, cand = people(w), w.round_candidates(round_id)[0].id
    w.cast_ballot(round_id, voters[0], {cand: 1})
    reader = subprocess.Popen([sys.executable, "-c", _READER.format(path=str(tmp_path / "w.uprw"))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        w.update_round(round_id, title="Secret, renamed")  # a frame the reader's snapshot pins
        started = time.monotonic()
        with pytest.raises(WorkshopError) as refused:
            w.cast_ballot(round_id, voters[1], {cand: 1})
        assert time.monotonic() - started < 1.5
        name = Path(f"/proc/{reader.pid}/comm").read_text().strip() if Path("/proc").is_dir() else ""
        assert refused.value.message.startswith("Another program has this workshop open")
        assert name in refused.value.message and "nothing was recorded" in refused.value.message
        assert not w.has_voted(round_id, voters[1])
    finally:
        reader.kill()
        reader.wait()
    w.cast_ballot(round_id, voters[1], {cand: 1})
    assert w.turnout(round_id).voted == 2
    w.close()


def test_a_ballot_goes_into_a_random_empty_slot_wide_enough(tmp_path):
    """The slot is drawn at random among the empty slots the ballot fits: a too-narrow slot or a filled
    one is never written, and over many draws every fitting slot gets picked."""
    from upr_desktop.store import voting as store

    w = make_workshop(tmp_path / "w.uprw", participants=4)
    round_id, _ = w.create_round("Slots", RoundRules(Method.DOT, dots=3), rec_ids(w), secret=True)
    w.open_round(round_id)
    conn = w._store.conn
    with w._store.transaction():  # 3 narrow slots, 2 wide ones, 1 filled, in place of those made at opening
        store.drop_empty_slots(conn, round_id)
        conn.executemany("INSERT INTO ballots (id, round_id, source, content) VALUES (?, ?, ?, ?)",
                         [(10, round_id, "empty", " " * 4), (20, round_id, "empty", " " * 4),
                          (30, round_id, "empty", " " * 4), (40, round_id, "empty", " " * 40),
                          (50, round_id, "empty", " " * 40), (60, round_id, "kiosk", "{}" + " " * 38)])
    picked = collections.Counter()
    for _ in range(200):
        with w._store.transaction():
            conn.execute("SAVEPOINT draw")
            store.add_secret_ballot(conn, round_id, "kiosk", {"1": 2}, width=40, slots=4)
            rows = dict(conn.execute("SELECT id, content FROM ballots WHERE round_id = ? AND source = 'kiosk'",
                                     (round_id,)).fetchall())
            conn.execute("ROLLBACK TO draw")
            conn.execute("RELEASE draw")
        (slot,) = rows.keys() - {60}
        assert rows[slot] == '{"1":2}' + " " * 33  # padded to its slot, written in place
        picked[slot] += 1
    assert set(picked) == {40, 50} and min(picked.values()) > 50
    w.close()
