"""m004 turns each round's JSON ballot box into rows: the same results, the same "has voted"
records, and an open secret round carries on taking ballots afterwards."""

from __future__ import annotations

import json
import sqlite3

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store import schema

import pytest


def _m003_file(tmp_path, monkeypatch):
    """A workshop as the release before m004 wrote it, with three rounds voted the old way."""
    path = tmp_path / "old.uprw"
    with monkeypatch.context() as m:
        m.setattr(schema.migrations, "_migrations", schema.migrations._migrations[:3])
        w = Workshop.create(path, WorkshopInfo(title="Old", country="Demoland"))
        for n in range(4):
            w.add_participant(Participant(name=f"Person {n}", organisation="Org"))
        w.close()
    conn = sqlite3.connect(path)
    rules = json.dumps({"method": "approval"})
    with conn:
        for rid, secret, status in ((1, 0, "closed"), (2, 1, "closed"), (3, 1, "open")):
            conn.execute("INSERT INTO voting_rounds (id, title, method, rules, secret, status, created_at) "
                         "VALUES (?, ?, 'approval', ?, ?, 'draft', '2026-01-01')", (rid, f"R{rid}", rules, secret))
            for pos in (1, 2, 3):
                conn.execute("INSERT INTO round_candidates (id, round_id, position, label, text) VALUES (?, ?, ?, ?, ?)",
                             (rid * 10 + pos, rid, pos, f"1.{pos}", f"Text {pos}"))
            conn.execute("INSERT INTO ballot_boxes (round_id) VALUES (?)", (rid,))
            conn.execute("UPDATE voting_rounds SET status = 'open' WHERE id = ?", (rid,))
            box = []
            for voter, ticks in (("p1", [1]), ("p2", [1, 2]), ("p3", [3])):
                conn.execute("INSERT INTO round_voters (round_id, voter) VALUES (?, ?)", (rid, voter))
                entry = {"source": "paper" if voter == "p3" else "kiosk", "content": [rid * 10 + t for t in ticks]}
                box.append(entry if secret else dict(entry, voter=voter, at="2026-01-01T10:00:00+00:00"))
            conn.execute("UPDATE ballot_boxes SET ballots = ? WHERE round_id = ?", (json.dumps(box), rid))
            if status == "closed":
                conn.execute("UPDATE voting_rounds SET status = 'closed' WHERE id = ?", (rid,))
    conn.close()
    return path


def test_old_ballot_boxes_become_rows_with_the_same_results(tmp_path, monkeypatch, app_home):
    path = _m003_file(tmp_path, monkeypatch)
    with Workshop.open(path) as w:
        assert w.migrated_from == 3
        for rid in (1, 2):
            results = w.results(rid)
            scores = {r.candidate - rid * 10: r.score for r in results.tally.results}
            assert scores == {1: 2, 2: 1, 3: 1} and results.tally.ballots == 3
            turnout = w.turnout(rid)
            assert (turnout.voted, turnout.kiosk, turnout.paper) == (3, 2, 1)
        assert [b["voter"] for b in w.open_ballots(1)] == ["p1", "p2", "p3"]  # in the order they were cast
        # The open secret round goes on: its marks came across, and new ballots take slots.
        people = {p.name: p.id for p in w.participants()}
        with pytest.raises(ValidationError, match="already voted"):
            w.cast_ballot(3, people["Person 0"], [31])  # p1 in the old file
        w.cast_ballot(3, people["Person 3"], [32])
        w.close_round(3)
        assert {r.candidate: r.score for r in w.results(3).tally.results} == {31: 2, 32: 2, 33: 1}
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "ballot_boxes" not in names and {"ballots", "round_codes"} <= names
    assert conn.execute("SELECT count(*) FROM ballots WHERE voter IS NOT NULL AND round_id <> 1").fetchone()[0] == 0
    conn.close()
