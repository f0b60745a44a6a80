"""Voting rounds, candidates, "has voted" records and ballot boxes: reads, and writes called by
the ops layer inside a transaction."""

from __future__ import annotations

import json
import sqlite3
import time

from ..domain.rounds import Candidate, RoundStatus, VoterUnit, VotingRound
from ..domain.voting import RoundRules
from .database import now_iso

_SELECT = (
    "SELECT r.id, r.title, r.rules, r.secret, r.voter_unit, r.status, "
    "(SELECT count(*) FROM round_candidates c WHERE c.round_id = r.id), "
    # One-ballot-per-organisation rounds also hold a record per person (so nobody votes twice by
    # changing organisation); turnout counts the voting unit's records only.
    "(SELECT count(*) FROM round_voters v WHERE v.round_id = r.id "
    " AND substr(v.voter, 1, 1) = CASE r.voter_unit WHEN 'organisation' THEN 'o' ELSE 'p' END), "
    "r.runoff_of, r.created_at, r.opened_at, r.closed_at, "
    "(SELECT coalesce(sum(dots), 0) FROM wall_counts w WHERE w.round_id = r.id) FROM voting_rounds r"
)


def _round(row) -> VotingRound:
    return VotingRound(id=row[0], title=row[1], rules=RoundRules.from_json(json.loads(row[2])), secret=bool(row[3]),
                       voter_unit=VoterUnit(row[4]), status=RoundStatus(row[5]), candidates=row[6], voted=row[7],
                       runoff_of=row[8], created_at=row[9], opened_at=row[10], closed_at=row[11],
                       wall_dots=row[12])


def list_rounds(conn: sqlite3.Connection) -> list[VotingRound]:
    return [_round(row) for row in conn.execute(_SELECT + " ORDER BY r.id")]


def get_round(conn: sqlite3.Connection, round_id: int) -> VotingRound | None:
    row = conn.execute(_SELECT + " WHERE r.id = ?", (round_id,)).fetchone()
    return _round(row) if row else None


def any_open_secret_round(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM voting_rounds WHERE status = 'open' AND secret = 1").fetchone() is not None


def candidates(conn: sqlite3.Connection, round_id: int) -> list[Candidate]:
    rows = conn.execute(
        "SELECT id, position, label, text, recommendation_id, cluster_id FROM round_candidates "
        "WHERE round_id = ? ORDER BY position", (round_id,))
    return [Candidate(*row) for row in rows]


def insert_round(conn: sqlite3.Connection, *, title: str, rules: RoundRules, secret: bool, voter_unit: VoterUnit,
                 runoff_of: int | None = None, round_id: int | None = None, created_at: str | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO voting_rounds (id, title, method, rules, secret, voter_unit, runoff_of, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (round_id, title, rules.method.value, json.dumps(rules.to_json()), int(secret), voter_unit.value, runoff_of,
         created_at or now_iso()),
    )
    conn.execute("INSERT INTO ballot_boxes (round_id) VALUES (?)", (cur.lastrowid,))
    return cur.lastrowid


def update_round(conn: sqlite3.Connection, round_id: int, *, title: str, rules: RoundRules, secret: bool,
                 voter_unit: VoterUnit) -> None:
    before = get_round(conn, round_id)
    # Only touch the locked columns when they change: the lock trigger fires on any SET of them.
    conn.execute("UPDATE voting_rounds SET title = ? WHERE id = ?", (title, round_id))
    if (before.rules, before.secret, before.voter_unit) != (rules, secret, voter_unit):
        conn.execute("UPDATE voting_rounds SET method = ?, rules = ?, secret = ?, voter_unit = ? WHERE id = ?",
                     (rules.method.value, json.dumps(rules.to_json()), int(secret), voter_unit.value, round_id))


def set_candidates(conn: sqlite3.Connection, round_id: int, entries: list[Candidate]) -> None:
    """Replace the candidates; ids are kept when given (undo)."""
    conn.execute("DELETE FROM round_candidates WHERE round_id = ?", (round_id,))
    conn.executemany(
        "INSERT INTO round_candidates (id, round_id, position, recommendation_id, cluster_id, label, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c.id, round_id, position, c.recommendation_id, c.cluster_id, c.label, c.text)
         for position, c in enumerate(entries, start=1)],
    )


def delete_round(conn: sqlite3.Connection, round_id: int) -> None:
    conn.execute("DELETE FROM voting_rounds WHERE id = ?", (round_id,))


def set_status(conn: sqlite3.Connection, round_id: int, status: RoundStatus) -> None:
    column = {RoundStatus.OPEN: "opened_at", RoundStatus.CLOSED: "closed_at"}[status]
    conn.execute(f"UPDATE voting_rounds SET status = ?, {column} = ? WHERE id = ?", (status.value, now_iso(), round_id))


def voters(conn: sqlite3.Connection, round_id: int) -> set[str]:
    return {row[0] for row in conn.execute("SELECT voter FROM round_voters WHERE round_id = ?", (round_id,))}


def add_voters(conn: sqlite3.Connection, round_id: int, voter_keys: list[str]) -> None:
    conn.executemany("INSERT INTO round_voters (round_id, voter) VALUES (?, ?)", [(round_id, v) for v in voter_keys])


def ballots(conn: sqlite3.Connection, round_id: int) -> list[dict]:
    """Each ballot: {"source": "kiosk"|"paper", "content": ...}; open rounds add "voter" and "at"."""
    row = conn.execute("SELECT ballots FROM ballot_boxes WHERE round_id = ?", (round_id,)).fetchone()
    return json.loads(row[0]) if row else []


def ballot_sources(conn: sqlite3.Connection, round_id: int) -> dict[str, int]:
    rows = conn.execute(
        "SELECT json_extract(value, '$.source'), count(*) FROM ballot_boxes, json_each(ballot_boxes.ballots) "
        "WHERE round_id = ? GROUP BY 1", (round_id,))
    return dict(rows.fetchall())


def write_ballots(conn: sqlite3.Connection, round_id: int, entries: list[dict]) -> None:
    conn.execute("UPDATE ballot_boxes SET ballots = ? WHERE round_id = ?",
                 (json.dumps(entries, ensure_ascii=False, separators=(",", ":")), round_id))


def wall_counts(conn: sqlite3.Connection, round_id: int) -> dict[int, int]:
    return dict(conn.execute("SELECT candidate_id, dots FROM wall_counts WHERE round_id = ? AND dots > 0",
                             (round_id,)).fetchall())


def wall_voters(conn: sqlite3.Connection, round_id: int) -> int:
    return conn.execute("SELECT wall_voters FROM voting_rounds WHERE id = ?", (round_id,)).fetchone()[0]


def set_wall_counts(conn: sqlite3.Connection, round_id: int, counts: dict[int, int], people: int) -> None:
    """The counts replace the earlier ones whole (a candidate left out has no dots on the wall)."""
    conn.execute("UPDATE wall_counts SET dots = 0 WHERE round_id = ?", (round_id,))
    conn.executemany(
        "INSERT INTO wall_counts (round_id, candidate_id, dots) VALUES (?, ?, ?) "
        "ON CONFLICT (round_id, candidate_id) DO UPDATE SET dots = excluded.dots",
        [(round_id, c, n) for c, n in counts.items()])
    conn.execute("UPDATE voting_rounds SET wall_voters = ? WHERE id = ?", (people, round_id))


def eligible_voters(conn: sqlite3.Connection, unit: VoterUnit) -> int:
    if unit == VoterUnit.ORGANISATION:
        return conn.execute("SELECT count(DISTINCT organisation_id) FROM participants "
                            "WHERE organisation_id IS NOT NULL").fetchone()[0]
    return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


def checkpoint(conn: sqlite3.Connection, attempts: int = 20) -> bool:
    """Empty the WAL: it holds each ballot's write in the order they came. Another connection
    reading at that moment holds the checkpoint up, so try again briefly; False if it never
    went through (the caller logs it: the next ballot's checkpoint empties it)."""
    for attempt in range(attempts):
        busy, log_frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy and log_frames in (0, -1) or (not busy and log_frames == done):
            return True
        time.sleep(0.05)
    return False


def voted_anywhere(conn: sqlite3.Connection, voter: str) -> bool:
    return conn.execute("SELECT 1 FROM round_voters WHERE voter = ?", (voter,)).fetchone() is not None
