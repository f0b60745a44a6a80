"""Voting rounds, candidates, "has voted" records and ballot boxes: reads, and writes called by
the ops layer inside a transaction."""

from __future__ import annotations

import importlib
import json
import secrets
from collections.abc import Collection, Sequence

from ..domain.rounds import Candidate, RoundStatus, VoterUnit, VotingRound
from ..domain.voting import MarkTotals, RoundRules
from . import engine
from .database import now_iso

_SELECT = (
    "SELECT r.id, r.title, r.rules, r.secret, r.voter_unit, r.status, "
    "(SELECT count(*) FROM round_candidates c WHERE c.round_id = r.id), "
    # One-ballot-per-organisation rounds also hold a record per person (so nobody votes twice by
    # changing organisation); turnout counts the voting unit's records only.
    "(SELECT count(*) FROM round_voters v WHERE v.round_id = r.id AND v.voted = 1 "
    " AND substr(v.voter, 1, 1) = CASE r.voter_unit WHEN 'organisation' THEN 'o' ELSE 'p' END) "
    # A ballot-code round marks nobody: its turnout is the number of ballots.
    "+ CASE WHEN r.ballot_codes IS NULL THEN 0 ELSE "
    " (SELECT count(*) FROM ballots b WHERE b.round_id = r.id AND b.source <> 'empty') END, "
    "r.runoff_of, r.created_at, r.opened_at, r.closed_at, "
    "(SELECT coalesce(sum(dots), 0) FROM wall_counts w WHERE w.round_id = r.id), r.ballot_codes "
    "FROM voting_rounds r"
)


def _round(row) -> VotingRound:
    return VotingRound(id=row[0], title=row[1], rules=RoundRules.from_json(json.loads(row[2])), secret=bool(row[3]),
                       voter_unit=VoterUnit(row[4]), status=RoundStatus(row[5]), candidates=row[6], voted=row[7],
                       runoff_of=row[8], created_at=row[9], opened_at=row[10], closed_at=row[11],
                       wall_dots=row[12], ballot_codes=row[13])


def list_rounds(conn: engine.Connection) -> list[VotingRound]:
    return [_round(row) for row in conn.execute(_SELECT + " ORDER BY r.id")]


def get_round(conn: engine.Connection, round_id: int) -> VotingRound | None:
    row = conn.execute(_SELECT + " WHERE r.id = ?", (round_id,)).fetchone()
    return _round(row) if row else None


def any_open_secret_round(conn: engine.Connection) -> bool:
    return conn.execute("SELECT 1 FROM voting_rounds WHERE status = 'open' AND secret = 1").fetchone() is not None


def candidates(conn: engine.Connection, round_id: int) -> list[Candidate]:
    rows = conn.execute(
        "SELECT id, position, label, text, recommendation_id, cluster_id FROM round_candidates "
        "WHERE round_id = ? ORDER BY position", (round_id,))
    return [Candidate(*row) for row in rows]


def candidate_labels(conn: engine.Connection, round_id: int) -> dict[int, str]:
    """{candidate id: label}, in the round's order: what checking a ballot needs, without the texts."""
    return dict(conn.execute("SELECT id, label FROM round_candidates WHERE round_id = ? ORDER BY position",
                             (round_id,)).fetchall())


def insert_round(conn: engine.Connection, *, title: str, rules: RoundRules, secret: bool, voter_unit: VoterUnit,
                 runoff_of: int | None = None, round_id: int | None = None, created_at: str | None = None,
                 ballot_codes: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO voting_rounds (id, title, method, rules, secret, voter_unit, runoff_of, created_at, ballot_codes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (round_id, title, rules.method.value, json.dumps(rules.to_json()), int(secret), voter_unit.value, runoff_of,
         created_at or now_iso(), ballot_codes),
    )
    return cur.lastrowid


def update_round(conn: engine.Connection, round_id: int, *, title: str, rules: RoundRules, secret: bool,
                 voter_unit: VoterUnit, ballot_codes: int | None = None) -> None:
    before = get_round(conn, round_id)
    # Only touch the locked columns when they change: the lock trigger fires on any SET of them.
    conn.execute("UPDATE voting_rounds SET title = ? WHERE id = ?", (title, round_id))
    if (before.rules, before.secret, before.voter_unit, before.ballot_codes) != (rules, secret, voter_unit,
                                                                                 ballot_codes):
        conn.execute("UPDATE voting_rounds SET method = ?, rules = ?, secret = ?, voter_unit = ?, ballot_codes = ? "
                     "WHERE id = ?", (rules.method.value, json.dumps(rules.to_json()), int(secret), voter_unit.value,
                                      ballot_codes, round_id))


def set_candidates(conn: engine.Connection, round_id: int, entries: list[Candidate]) -> None:
    """Replace the candidates; ids are kept when given (undo)."""
    conn.execute("DELETE FROM round_candidates WHERE round_id = ?", (round_id,))
    conn.executemany(
        "INSERT INTO round_candidates (id, round_id, position, recommendation_id, cluster_id, label, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(c.id, round_id, position, c.recommendation_id, c.cluster_id, c.label, c.text)
         for position, c in enumerate(entries, start=1)],
    )


def delete_round(conn: engine.Connection, round_id: int) -> None:
    conn.execute("DELETE FROM voting_rounds WHERE id = ?", (round_id,))


def set_status(conn: engine.Connection, round_id: int, status: RoundStatus) -> None:
    column = {RoundStatus.OPEN: "opened_at", RoundStatus.CLOSED: "closed_at"}[status]
    conn.execute(f"UPDATE voting_rounds SET status = ?, {column} = ? WHERE id = ?", (status.value, now_iso(), round_id))


def voters(conn: engine.Connection, round_id: int) -> set[str]:
    return {row[0] for row in conn.execute("SELECT voter FROM round_voters WHERE round_id = ? AND voted = 1",
                                           (round_id,))}


def voted_among(conn: engine.Connection, round_id: int, voter_keys: Collection[str]) -> set[str]:
    """Which of voter_keys have voted in the round: an index look-up each, not the round's whole list."""
    keys = list(voter_keys)
    marks = ",".join("?" * len(keys))
    return {row[0] for row in conn.execute(
        f"SELECT voter FROM round_voters WHERE round_id = ? AND voted = 1 AND voter IN ({marks})", (round_id, *keys))}


def _random_id() -> int:
    """A row id that says nothing about when the row was written (SQLite would give max + 1)."""
    return secrets.randbits(63)


_rand = secrets.SystemRandom()


def add_voters(conn: engine.Connection, round_id: int, voter_keys: list[str], *, secret: bool = False,
               unit: VoterUnit = VoterUnit.PARTICIPANT, top_up: bool = False) -> None:
    """Mark voter_keys as having voted. A secret round first gives every eligible voter without one
    an unmarked row, all at once and in random order; the mark is then an in-place overwrite of
    a row made before the ballot. Open rounds just add the marked rows."""
    if not secret:
        conn.executemany("INSERT INTO round_voters (id, round_id, voter, voted) VALUES (?, ?, ?, 1)",
                         [(_random_id(), round_id, v) for v in voter_keys])
        return
    marks = ",".join("?" * len(voter_keys))  # may be none: IN () is valid SQLite
    have = {row[0] for row in conn.execute(
        f"SELECT voter FROM round_voters WHERE round_id = ? AND voter IN ({marks})", (round_id, *voter_keys))}
    if top_up or set(voter_keys) - have:  # opening, or someone registered since the rows were made
        existing = {row[0] for row in conn.execute("SELECT voter FROM round_voters WHERE round_id = ?", (round_id,))}
        new = sorted((set(eligible_voter_keys(conn, unit)) | set(voter_keys)) - existing)
        _rand.shuffle(new)
        conn.executemany("INSERT INTO round_voters (id, round_id, voter, voted) VALUES (?, ?, ?, 0)",
                         [(_random_id(), round_id, v) for v in new])
    conn.executemany("UPDATE round_voters SET voted = 1 WHERE round_id = ? AND voter = ?",
                     [(round_id, v) for v in voter_keys])


def eligible_voter_keys(conn: engine.Connection, unit: VoterUnit) -> list[str]:
    keys = [f"p{row[0]}" for row in conn.execute("SELECT id FROM participants")]
    if unit == VoterUnit.ORGANISATION:
        keys += [f"o{row[0]}" for row in conn.execute(
            "SELECT DISTINCT organisation_id FROM participants WHERE organisation_id IS NOT NULL")]
    return keys


def attendance(conn: engine.Connection, round_id: int) -> set[str]:
    """Who was ticked present in a ballot-code round ('p12', 'o3')."""
    return {row[0] for row in conn.execute("SELECT voter FROM round_attendance WHERE round_id = ?", (round_id,))}


def set_attendance(conn: engine.Connection, round_id: int, voter_keys: Collection[str]) -> None:
    """Replace the round's whole attendance list: random ids, random order, no time, so the rows say
    nothing about who was ticked when."""
    keys = list(dict.fromkeys(voter_keys))
    _rand.shuffle(keys)
    conn.execute("DELETE FROM round_attendance WHERE round_id = ?", (round_id,))
    conn.executemany("INSERT INTO round_attendance (id, round_id, voter) VALUES (?, ?, ?)",
                     [(_random_id(), round_id, k) for k in keys])


def organisation_names(conn: engine.Connection) -> dict[int, str]:
    """Organisations with registered participants, by id."""
    return {oid: name for oid, name in conn.execute(
        "SELECT id, name FROM organisations WHERE id IN (SELECT organisation_id FROM participants) "
        "ORDER BY name")}


def ballots(conn: engine.Connection, round_id: int) -> list[dict]:
    """Each ballot: {"source": "kiosk"|"paper", "content": ...}; open rounds add "voter" and "at".
    By id: cast order in an open round, no order at all in a secret one (random ids)."""
    out = []
    for source, content, voter, at in conn.execute(
            "SELECT source, content, voter, at FROM ballots WHERE round_id = ? AND source <> 'empty' ORDER BY id",
            (round_id,)):
        entry = {"source": source, "content": json.loads(content)}
        if voter is not None:
            entry.update(voter=voter, at=at)
        out.append(entry)
    return out


def _box_text(conn: engine.Connection, round_id: int) -> tuple[int, int, str]:
    """(kiosk ballots, paper ballots, every ballot's content joined into one JSON list), in one pass.
    SQLite joins the ballots without the padding of secret slots, so Python parses once, not once per
    ballot over 7 KB of spaces each (2,000 score ballots: 210 ms read one by one, 35 ms read whole)."""
    # Ballots are compact JSON of numbers, lists and MoSCoW words, none with a space: the first space
    # starts the padding. Finding it costs 9 ms where rtrim() walks the whole padding in 30.
    # No GROUP BY: it would copy every ballot, padding and all, into a sorter. The CHECK on source
    # allows kiosk and paper besides the empty slots left out here.
    return conn.execute(
        "SELECT coalesce(sum(source = 'kiosk'), 0), coalesce(sum(source = 'paper'), 0), "
        "'[' || coalesce(group_concat(CASE instr(content, ' ') WHEN 0 THEN content "
        "ELSE substr(content, 1, instr(content, ' ') - 1) END, ','), '') || ']' "
        "FROM ballots WHERE round_id = ? AND source <> 'empty'", (round_id,)).fetchone()


def _sources(kiosk: int, paper: int) -> dict[str, int]:
    return {source: n for source, n in (("kiosk", kiosk), ("paper", paper)) if n}


def ballot_contents(conn: engine.Connection, round_id: int) -> tuple[list, dict[str, int]]:
    """Every ballot's content as JSON gives it back ({candidate: value} ballots name candidates by their
    decimal strings), in no particular order; and the number of ballots from each source, counted in
    the same pass."""
    kiosk, paper, text = _box_text(conn, round_id)
    try:
        contents = json.loads(text)
    except json.JSONDecodeError:  # a space inside a ballot, in a file written elsewhere: let SQLite parse
        text = conn.execute("SELECT json_group_array(json(content)) FROM ballots "
                            "WHERE round_id = ? AND source <> 'empty'", (round_id,)).fetchone()[0]
        contents = json.loads(text)
    return contents, _sources(kiosk, paper)


def prepare_totals() -> None:
    """Load the bulk counting (NumPy: about 100 ms) on a background thread, so that the first count of a
    session does not wait for it. Called when a round opens or closes; harmless if already loaded."""
    import sys
    import threading

    if __package__ + ".ballot_totals" not in sys.modules:
        # Not a daemon: a program that exits at once (the command line) waits for the import to finish
        # rather than tearing down the interpreter under it.
        threading.Thread(target=importlib.import_module, args=(".ballot_totals", __package__),
                         name="load ballot totals").start()


def ballot_totals(conn: engine.Connection, round_id: int, candidates: Sequence[int], *,
                  ticks: bool) -> tuple[MarkTotals | None, dict[str, int]]:
    """A closed box of dot, 100-point, score (ticks False) or approval (ticks True) ballots summed per
    candidate, and the number of ballots from each source. The totals are None when the box holds
    anything this app would not have written (store/ballot_totals.py): count ballot_contents() then."""
    from .ballot_totals import mark_totals  # NumPy: loaded when a round is first counted, not at startup

    kiosk, paper, text = _box_text(conn, round_id)
    return mark_totals(text.encode(), kiosk + paper, candidates, ticks=ticks), _sources(kiosk, paper)


def ballot_sources(conn: engine.Connection, round_id: int) -> dict[str, int]:
    rows = conn.execute("SELECT source, count(*) FROM ballots WHERE round_id = ? AND source <> 'empty' GROUP BY 1",
                        (round_id,))
    return dict(rows.fetchall())


def _json(content) -> str:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


def add_open_ballot(conn: engine.Connection, round_id: int, source: str, content, voter: str, at: str) -> None:
    """An open round keeps who and when, so its ballots may keep their order too: SQLite's next id."""
    conn.execute("INSERT INTO ballots (round_id, source, content, voter, at) VALUES (?, ?, ?, ?, ?)",
                 (round_id, source, _json(content), voter, at))


def make_slots(conn: engine.Connection, round_id: int, *, width: int, slots: int) -> None:
    """Empty ballot slots of `width` spaces, random ids, all at once (at least one)."""
    conn.executemany("INSERT INTO ballots (id, round_id, source, content) VALUES (?, ?, 'empty', ?)",
                     [(_random_id(), round_id, " " * width) for _ in range(max(slots, 1))])


def has_slots(conn: engine.Connection, round_id: int) -> bool:
    return conn.execute("SELECT 1 FROM ballots WHERE round_id = ? LIMIT 1", (round_id,)).fetchone() is not None


_SLOT_TRIES = 4


def add_secret_ballot(conn: engine.Connection, round_id: int, source: str, content, *, width: int,
                      slots: int) -> None:
    """Fill an empty slot picked at random, padding the ballot to the slot's width so the UPDATE
    is the same size and SQLite overwrites the cell in place. With no empty slot left (or none wide
    enough, should a ballot outgrow the width foreseen), first make `slots` more, all at once.

    The slot is uniform among the empty ones wide enough, found cheaply first: a few draws among all
    the round's slots through its index (kept if empty and wide enough), then one among the empty ones
    (kept if wide enough), and only then a count of the wide-enough ones, which reads every empty slot
    whole (7 KB each: 15 ms at the start of a round of 2,000). Each step that keeps a slot keeps it
    uniformly among those wanted, so the pick stays uniform whichever step made it."""
    text = _json(content)
    size = len(text.encode())  # JSON is ASCII here except in labels we never store; pad by bytes
    slot = _draw_slot(conn, round_id, size)
    if slot is None:
        fits = "round_id = ? AND source = 'empty' AND length(CAST(content AS BLOB)) >= ?"
        empty = conn.execute(f"SELECT count(*) FROM ballots WHERE {fits}", (round_id, size)).fetchone()[0]
        if not empty:
            # As wide as the round's slots so far, too: a file from before slots were narrowed per method
            # (longest_ballot) keeps one width in a round, so no ballot shows it came after a top-up.
            before = conn.execute("SELECT max(length(CAST(content AS BLOB))) FROM ballots WHERE round_id = ?",
                                  (round_id,)).fetchone()
            make_slots(conn, round_id, width=max(width, 2 * size, before[0] or 0), slots=slots)
            empty = max(slots, 1)
        slot = conn.execute(f"SELECT id, length(CAST(content AS BLOB)) FROM ballots WHERE {fits} ORDER BY id "
                            "LIMIT 1 OFFSET ?", (round_id, size, secrets.randbelow(empty))).fetchone()
    slot_id, room = slot
    conn.execute("UPDATE ballots SET source = ?, content = ? WHERE id = ?",
                 (source, text + " " * (room - size), slot_id))


def _draw_slot(conn: engine.Connection, round_id: int, size: int) -> tuple[int, int] | None:
    """(id, bytes) of an empty slot of at least size bytes, uniform among them; None if the cheap draws
    found none (the caller then counts them). Rejection sampling: a draw kept only when it is wanted
    is uniform among the wanted."""
    total = conn.execute("SELECT count(*) FROM ballots WHERE round_id = ?", (round_id,)).fetchone()[0]
    if not total:
        return None
    # OFFSET walks the index alone; only the row drawn is read.
    for _ in range(_SLOT_TRIES):
        slot_id, source = conn.execute("SELECT id, source FROM ballots WHERE round_id = ? ORDER BY id LIMIT 1 "
                                       "OFFSET ?", (round_id, secrets.randbelow(total))).fetchone()
        if source == "empty":
            return _if_wide_enough(conn, slot_id, size)
    empty = conn.execute("SELECT count(*) FROM ballots WHERE round_id = ? AND source = 'empty'",
                         (round_id,)).fetchone()[0]
    if not empty:
        return None
    slot_id = conn.execute("SELECT id FROM ballots WHERE round_id = ? AND source = 'empty' ORDER BY id LIMIT 1 "
                           "OFFSET ?", (round_id, secrets.randbelow(empty))).fetchone()[0]
    return _if_wide_enough(conn, slot_id, size)


def _if_wide_enough(conn: engine.Connection, slot_id: int, size: int) -> tuple[int, int] | None:
    room = conn.execute("SELECT length(CAST(content AS BLOB)) FROM ballots WHERE id = ?", (slot_id,)).fetchone()[0]
    return (slot_id, room) if room >= size else None


def drop_empty_slots(conn: engine.Connection, round_id: int) -> None:
    conn.execute("DELETE FROM ballots WHERE round_id = ? AND source = 'empty'", (round_id,))


# --- anonymous ballot codes ------------------------------------------------------------------------

def set_code_salt(conn: engine.Connection, round_id: int, salt: bytes) -> None:
    conn.execute("UPDATE voting_rounds SET code_salt = ? WHERE id = ?", (salt, round_id))


def code_salt(conn: engine.Connection, round_id: int) -> bytes | None:
    row = conn.execute("SELECT code_salt FROM voting_rounds WHERE id = ?", (round_id,)).fetchone()
    return row[0] if row else None


def add_code_hashes(conn: engine.Connection, round_id: int, hashes: list[bytes]) -> None:
    hashes = list(hashes)
    _rand.shuffle(hashes)
    conn.executemany("INSERT INTO round_codes (id, round_id, hash) VALUES (?, ?, ?)",
                     [(_random_id(), round_id, h) for h in hashes])


def code_unused(conn: engine.Connection, round_id: int, digest: bytes) -> bool:
    return conn.execute("SELECT 1 FROM round_codes WHERE round_id = ? AND hash = ?",
                        (round_id, digest)).fetchone() is not None


def spend_code(conn: engine.Connection, round_id: int, digest: bytes) -> bool:
    """True if the code was unused (and now is spent)."""
    return conn.execute("DELETE FROM round_codes WHERE round_id = ? AND hash = ?", (round_id, digest)).rowcount == 1


def unused_codes(conn: engine.Connection, round_id: int) -> int:
    return conn.execute("SELECT count(*) FROM round_codes WHERE round_id = ?", (round_id,)).fetchone()[0]


def drop_unused_codes(conn: engine.Connection, round_id: int) -> None:
    conn.execute("DELETE FROM round_codes WHERE round_id = ?", (round_id,))


def wall_counts(conn: engine.Connection, round_id: int) -> dict[int, int]:
    return dict(conn.execute("SELECT candidate_id, dots FROM wall_counts WHERE round_id = ? AND dots > 0",
                             (round_id,)).fetchall())


def wall_voters(conn: engine.Connection, round_id: int) -> int:
    return conn.execute("SELECT wall_voters FROM voting_rounds WHERE id = ?", (round_id,)).fetchone()[0]


def set_wall_counts(conn: engine.Connection, round_id: int, counts: dict[int, int], people: int) -> None:
    """The counts replace the earlier ones whole (a candidate left out has no dots on the wall)."""
    conn.execute("UPDATE wall_counts SET dots = 0 WHERE round_id = ?", (round_id,))
    conn.executemany(
        "INSERT INTO wall_counts (round_id, candidate_id, dots) VALUES (?, ?, ?) "
        "ON CONFLICT (round_id, candidate_id) DO UPDATE SET dots = excluded.dots",
        [(round_id, c, n) for c, n in counts.items()])
    conn.execute("UPDATE voting_rounds SET wall_voters = ? WHERE id = ?", (people, round_id))


def eligible_voters(conn: engine.Connection, unit: VoterUnit) -> int:
    if unit == VoterUnit.ORGANISATION:
        return conn.execute("SELECT count(DISTINCT organisation_id) FROM participants "
                            "WHERE organisation_id IS NOT NULL").fetchone()[0]
    return conn.execute("SELECT count(*) FROM participants").fetchone()[0]


BALLOT_BUSY_MS = 800


def checkpoint(conn: engine.Connection, wait_ms: int = BALLOT_BUSY_MS) -> bool:
    """Empty the WAL: it holds each ballot's write in the order they came. A connection reading
    at that moment holds the checkpoint up; wait at most wait_ms (the 5 s busy timeout, retried,
    once hung a ballot for 107 s). False if it did not go through.

    Why TRUNCATE after every secret ballot, though it costs a ballot two of its four fsyncs (the
    database's, and the new WAL header's at the next commit): a ballot's commit puts the page with the
    voter's mark and the page with the filled slot side by side in the WAL. PASSIVE copies them into
    the database but leaves them in the -wal; RESTART leaves the last ballot's frames there until the
    next write overwrites them (and any longer commit's tail for good); waiting until the round closes
    would leave every ballot beside its mark, in order. Only truncating leaves nothing a copy of the
    file shows. (A checkpoint on another connection and thread, started at the commit, would be as
    secret and take the database's fsync off the ballot's wait; not done yet.)"""
    old = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        busy, log_frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except engine.OperationalError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(old)}")
    return not busy and (log_frames in (0, -1) or log_frames == done)


def voted_anywhere(conn: engine.Connection, voter: str) -> bool:
    return conn.execute("SELECT 1 FROM round_voters WHERE voter = ? AND voted = 1", (voter,)).fetchone() is not None
