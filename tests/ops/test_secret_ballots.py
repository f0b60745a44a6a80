"""A secret ballot cannot be linked to its voter from the file: not by a column, not by the order
of the ballots, not by earlier versions of the ballot box left in free pages or the WAL, not by
the audit log, and not by comparing backups taken while the round was open."""

from __future__ import annotations

import collections
import itertools
import json
import sqlite3

import pytest

from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.ops import Workshop

from .voting_setup import make_workshop, people, rec_ids

VOTERS = 100  # the ballot box outgrows one page, so earlier versions would sit in freed overflow pages


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


def test_ballots_carry_no_voter_and_no_time(secret_round):
    w, round_id, cast, _, path = secret_round
    conn = sqlite3.connect(path)
    [(box,)] = conn.execute("SELECT ballots FROM ballot_boxes WHERE round_id = ?", (round_id,)).fetchall()
    entries = json.loads(box)
    assert len(entries) == VOTERS
    assert all(set(entry) == {"source", "content"} for entry in entries)
    # The "has voted" table: who, and nothing else (no time, no rowid to order by).
    assert [r[1] for r in conn.execute("PRAGMA table_info(round_voters)")] == ["round_id", "voter"]
    assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'round_voters'").fetchone()[0].rstrip().endswith(
        "WITHOUT ROWID")
    conn.close()


def test_the_order_of_ballots_does_not_follow_the_order_of_voting(secret_round):
    w, round_id, cast, _, path = secret_round
    conn = sqlite3.connect(path)
    entries = json.loads(conn.execute("SELECT ballots FROM ballot_boxes").fetchone()[0])
    conn.close()
    stored = [{int(k): v for k, v in e["content"].items()} for e in entries]
    in_cast_order = [ballot for _, ballot in cast]
    assert sorted(map(sorted, map(dict.items, stored))) == sorted(map(sorted, map(dict.items, in_cast_order)))
    assert stored != in_cast_order  # 1 chance in 100! of a false failure
    assert stored != in_cast_order[::-1]


def _entries_in(raw: bytes) -> int:
    # A page boundary can split one entry (overflow pages start with a pointer), never add one.
    return raw.count(b'{"source":"kiosk","content":')


def test_no_earlier_version_of_the_ballot_box_is_left_in_the_file(secret_round):
    w, round_id, cast, _, path = secret_round
    # Only the current box is in the file. An earlier box left in a freed page or the WAL would
    # repeat the first ballots, and comparing the versions would date each ballot.
    found = _entries_in(_raw_file(path))
    assert VOTERS - 5 <= found <= VOTERS


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
    assert VOTERS - 5 <= _entries_in(_raw_file(path)) <= VOTERS


def test_an_open_ballot_does_record_its_voter(tmp_path):
    """The contrast that shows the secret test above would catch a link."""
    w = make_workshop(tmp_path / "open.uprw", participants=3)
    round_id, _ = w.create_round("Open", RoundRules(Method.DOT, dots=3), rec_ids(w)[:3])
    w.open_round(round_id)
    cand = w.round_candidates(round_id)[0].id
    w.cast_ballot(round_id, people(w)[0], {cand: 1})
    box = json.loads(w._store.conn.execute("SELECT ballots FROM ballot_boxes").fetchone()[0])
    assert box[0]["voter"] == f"p{people(w)[0]}" and "at" in box[0]
    w.close()
