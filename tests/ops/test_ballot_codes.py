"""Anonymous ballot codes: made once when the round opens, kept only as salted hashes of the unused
ones, spent in the ballot's own transaction, and never tied to a person."""

from __future__ import annotations

import sqlite3

import pytest

from upr_desktop.domain import ballot_codes
from upr_desktop.domain.errors import ValidationError, WorkshopError
from upr_desktop.domain.rounds import BallotSource, VoterUnit
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.ops import Workshop

from .voting_setup import make_workshop, people, rec_ids

CODES = 14


@pytest.fixture
def w(tmp_path):
    workshop = make_workshop(tmp_path / "w.uprw")
    yield workshop
    workshop.close()


def _code_round(w, codes=CODES, method=Method.APPROVAL):
    rules = RoundRules(method) if method != Method.DOT else RoundRules(Method.DOT, dots=2)
    round_id, change = w.create_round("Codes", rules, rec_ids(w)[:4], secret=True, ballot_codes=codes)
    return round_id, [c.id for c in w.round_candidates(round_id)], change


def test_opening_makes_the_codes_once_and_the_file_keeps_only_hashes(w, tmp_path):
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    assert len(made) == len(set(made)) == CODES
    assert all(ballot_codes.normalise(c) and len(c) == 11 and c[5] == "-" for c in made)
    assert w.open_round(round_id) == []  # never shown again
    conn = w._store.conn
    hashes = [h for (h,) in conn.execute("SELECT hash FROM round_codes WHERE round_id = ?", (round_id,))]
    salt = conn.execute("SELECT code_salt FROM voting_rounds WHERE id = ?", (round_id,)).fetchone()[0]
    assert sorted(hashes) == sorted(ballot_codes.digest(c, salt) for c in made)
    w.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("w.uprw*") if p.is_file())
    for code in made:
        assert code.encode() not in raw and code.replace("-", "").encode() not in raw


def test_a_code_votes_once_typed_any_way(w):
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    typed = made[0].replace("-", "").lower()
    turnout = w.cast_ballot_with_code(round_id, f"  {typed} ", [cands[0]])
    assert turnout.voted == 1 and turnout.kiosk == 1
    assert w.voting_round(round_id).locked
    with pytest.raises(ValidationError, match="used already"):
        w.cast_ballot_with_code(round_id, made[0], [cands[1]])
    with pytest.raises(ValidationError, match="not valid for this round"):
        w.cast_ballot_with_code(round_id, "ABCDE-FGHJK", [cands[1]])
    with pytest.raises(ValidationError, match="not valid"):
        w.cast_ballot_with_code(round_id, "hello", [cands[1]])
    w.cast_ballot_with_code(round_id, made[1], [cands[1], cands[2]], source=BallotSource.PAPER)
    assert w.unused_codes(round_id) == CODES - 2
    assert (w.turnout(round_id).voted, w.turnout(round_id).paper) == (2, 1)
    w.close_round(round_id)
    assert w.unused_codes(round_id) == 0  # nothing left to guess at once the round is closed
    results = {r.candidate: r.score for r in w.results(round_id).tally.results}
    assert results[cands[0]] == 1 and results[cands[1]] == 1 and results[cands[2]] == 1


def test_a_refused_ballot_keeps_its_code(w):
    round_id, cands, _ = _code_round(w, method=Method.DOT)
    made = w.open_round(round_id)
    with pytest.raises(ValidationError):
        w.cast_ballot_with_code(round_id, made[0], {cands[0]: 9})  # more dots than allowed
    assert w.code_is_unused(round_id, made[0])
    w.cast_ballot_with_code(round_id, made[0], {cands[0]: 2})
    assert not w.code_is_unused(round_id, made[0])


def test_names_are_refused_in_a_code_round_and_codes_in_a_name_round(w):
    round_id, cands, _ = _code_round(w, method=Method.DOT)
    made = w.open_round(round_id)
    with pytest.raises(ValidationError, match="uses anonymous ballot codes"):
        w.cast_ballot(round_id, people(w)[0], {cands[0]: 1})
    with pytest.raises(ValidationError, match="nobody is marked by name"):
        w.record_wall_chart(round_id, {}, participant_ids=people(w)[:1])
    named, _ = w.create_round("Names", RoundRules(Method.APPROVAL), rec_ids(w)[:3], secret=True)
    w.open_round(named)
    with pytest.raises(ValidationError, match="does not use ballot codes"):
        w.cast_ballot_with_code(named, made[0], {cands[0]: 1})
    assert w.code_is_unused(round_id, made[0])


def test_codes_are_for_secret_rounds_of_people(w):
    with pytest.raises(ValidationError, match="for secret rounds"):
        w.create_round("Open", RoundRules(Method.APPROVAL), rec_ids(w)[:3], ballot_codes=10)
    with pytest.raises(ValidationError, match="organisation"):
        w.create_round("Orgs", RoundRules(Method.APPROVAL), rec_ids(w)[:3], secret=True,
                       voter_unit=VoterUnit.ORGANISATION, ballot_codes=10)
    with pytest.raises(ValidationError, match="between 1 and"):
        w.create_round("Zero", RoundRules(Method.APPROVAL), rec_ids(w)[:3], secret=True, ballot_codes=0)
    assert w.voting_rounds() == []


def test_the_file_ties_no_code_and_no_ballot_to_anyone(w, tmp_path):
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    for code, _ in zip(made, people(w)):
        w.cast_ballot_with_code(round_id, code, [cands[0]])
    conn = sqlite3.connect(tmp_path / "w.uprw")
    assert conn.execute("SELECT count(*) FROM round_voters WHERE round_id = ?", (round_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM ballots WHERE round_id = ? AND (voter IS NOT NULL OR at IS NOT NULL)",
                        (round_id,)).fetchone()[0] == 0
    # No column anywhere that could hold a person next to a code or a ballot.
    for table in ("round_codes", "ballots"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        assert not {"participant_id", "person", "name"} & set(columns)
    conn.close()
    actions = [action for _, action, _ in w.audit_entries(1000)]
    assert not [a for a in actions if a.startswith("ballot")]


def test_undo_can_neither_bring_back_a_spent_code_nor_take_back_a_ballot(w):
    round_id, cands, change = _code_round(w)
    made = w.open_round(round_id)
    assert w.cast_ballot_with_code(round_id, made[0], [cands[0]]) is not None  # a Turnout, no undo step
    with pytest.raises(ValidationError, match="stays in the workshop"):
        change.undo()  # undoing the round's creation
    with pytest.raises(ValidationError, match="locked|can no longer change"):
        w.update_round(round_id, ballot_codes=None)
    conn = sqlite3.connect(w._store.path)
    with pytest.raises(sqlite3.IntegrityError, match="never thrown away"):
        conn.execute("DELETE FROM ballots WHERE source <> 'empty'")
    with pytest.raises(sqlite3.IntegrityError, match="never changes"):
        conn.execute("UPDATE ballots SET content = 'null' WHERE source <> 'empty'")
    conn.close()
    assert not w.code_is_unused(round_id, made[0])
    assert w.turnout(round_id).voted == 1


def test_the_mode_can_change_only_while_a_draft(w):
    round_id, cands, change = _code_round(w)
    undo = w.update_round(round_id, ballot_codes=None)
    assert not w.voting_round(round_id).uses_codes
    undo.undo()
    assert w.voting_round(round_id).ballot_codes == CODES
    w.open_round(round_id)
    with pytest.raises(ValidationError, match="can no longer change"):
        w.update_round(round_id, ballot_codes=CODES + 5)


def test_slips_print_only_unused_codes_of_the_round(w):
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    assert w.check_codes(round_id, [c.lower().replace("-", "") for c in made]) == made
    w.cast_ballot_with_code(round_id, made[0], [cands[0]])
    with pytest.raises(ValidationError, match="Code 1"):
        w.check_codes(round_id, made)


def test_a_reader_elsewhere_refuses_the_ballot_within_a_second(w, tmp_path):
    import time

    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    w.cast_ballot_with_code(round_id, made[0], [cands[0]])
    # Another program reading, its read transaction open (as DB Browser holds one while browsing).
    reader = sqlite3.connect(tmp_path / "w.uprw", check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM ballots").fetchone()
    # Give the reader a WAL frame to pin: a write by the app after the reader's snapshot.
    w.update_round(round_id, title="Codes, renamed")
    started = time.monotonic()
    with pytest.raises(WorkshopError, match="Another program has this workshop open"):
        w.cast_ballot_with_code(round_id, made[1], [cands[1]])
    assert time.monotonic() - started < 1.5
    assert w.code_is_unused(round_id, made[1])  # nothing was recorded
    reader.rollback()
    reader.close()
    w.cast_ballot_with_code(round_id, made[1], [cands[1]])
    assert w.turnout(round_id).voted == 2


def test_casting_stays_quick_with_many_ballots(tmp_path):
    """Each ballot is one row: the 300th costs what the 1st did (the old JSON box grew with each)."""
    import time

    w = make_workshop(tmp_path / "big.uprw", participants=1)
    round_id, _ = w.create_round("Big", RoundRules(Method.SCORE), rec_ids(w), secret=True, ballot_codes=300)
    made = w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    ballot = {c: 3 for c in cands}
    times = []
    for code in made:
        started = time.perf_counter()
        w.cast_ballot_with_code(round_id, code, ballot)
        times.append(time.perf_counter() - started)
    first, last = sorted(times[:60])[30], sorted(times[-60:])[30]
    assert last < 3 * first + 0.02, (first, last)
    w.close_round(round_id)
    assert w.results(round_id).tally.ballots == 300
    w.close()
    with Workshop.open(tmp_path / "big.uprw") as again:
        assert again.turnout(round_id).voted == 300


def test_codes_stay_between_runs_of_the_app(tmp_path):
    w = make_workshop(tmp_path / "w.uprw")
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    w.close()
    with Workshop.open(tmp_path / "w.uprw") as again:
        again.cast_ballot_with_code(round_id, made[3], [cands[0]])
        assert again.unused_codes(round_id) == CODES - 1


def test_a_ballot_wider_than_its_slots_gets_a_wider_slot(w):
    """Should a ballot ever outgrow the width foreseen (a new ballot shape), it is still taken, in a slot."""
    from upr_desktop.store import voting as store

    round_id, cands, _ = _code_round(w, codes=3)
    w.open_round(round_id)
    conn = w._store.conn
    with w._store.transaction():
        store.drop_empty_slots(conn, round_id)  # the slots made at opening: start from 40-byte ones
        store.add_secret_ballot(conn, round_id, "kiosk", [cands[0]], width=40, slots=3)
        store.add_secret_ballot(conn, round_id, "kiosk", {str(c): "x" * 30 for c in cands}, width=40, slots=3)
    rows = conn.execute("SELECT source, length(content) FROM ballots WHERE round_id = ?", (round_id,)).fetchall()
    assert len(rows) == 6 and sorted(r[0] for r in rows).count("kiosk") == 2
    assert {n for _, n in rows} == {40, max(n for _, n in rows)} and max(n for _, n in rows) > 40


def _table(conn, sql, *args):
    return sorted(conn.execute(sql, args).fetchall())


def test_ticking_attendance_touches_no_ballot_or_code_and_keeps_no_time(w):
    round_id, cands, _ = _code_round(w)
    made = w.open_round(round_id)
    w.cast_ballot_with_code(round_id, made[0], [cands[0]])
    conn = w._store.conn
    ballots_before = _table(conn, "SELECT * FROM ballots WHERE round_id = ?", round_id)
    codes_before = _table(conn, "SELECT * FROM round_codes WHERE round_id = ?", round_id)
    voters_before = _table(conn, "SELECT * FROM round_voters")
    listed = w.attendance_list(round_id)
    assert len(listed) == len(people(w)) and not any(ticked for _, _, ticked in listed)
    present = [key for key, _, _ in listed[:3]]

    change = w.record_attendance(round_id, present)
    assert {key for key, _, ticked in w.attendance_list(round_id) if ticked} == set(present)
    assert w.turnout(round_id).present == 3 and w.turnout(round_id).voted == 1
    assert _table(conn, "SELECT * FROM ballots WHERE round_id = ?", round_id) == ballots_before
    assert _table(conn, "SELECT * FROM round_codes WHERE round_id = ?", round_id) == codes_before
    assert _table(conn, "SELECT * FROM round_voters") == voters_before
    # No time and no order: the table has no column for either, its ids are not 1, 2, 3.
    columns = [row[1] for row in conn.execute("PRAGMA table_info(round_attendance)")]
    assert columns == ["id", "round_id", "voter"]
    ids = [i for (i,) in conn.execute("SELECT id FROM round_attendance")]
    assert len(ids) == 3 and max(ids) > 1_000_000
    # One audit entry for the whole list, naming nobody.
    entries = conn.execute("SELECT summary, details FROM audit_log WHERE action = 'round.attendance'").fetchall()
    assert len(entries) == 1 and "3 present" in entries[0][0]
    names = [name for _, name, _ in listed]
    assert not any(name in entries[0][0] + (entries[0][1] or "") for name in names)

    change.undo()
    assert w.turnout(round_id).present == 0
    change.redo()
    assert w.turnout(round_id).present == 3
    assert _table(conn, "SELECT * FROM ballots WHERE round_id = ?", round_id) == ballots_before


def test_attendance_is_only_for_code_rounds_of_registered_people(w):
    round_id, _ = w.create_round("Names", RoundRules(Method.APPROVAL), rec_ids(w)[:4], secret=True)
    with pytest.raises(ValidationError, match="does not use anonymous ballot codes"):
        w.record_attendance(round_id, [])
    assert w.turnout(round_id).present is None
    with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses, whoever writes
        w._store.conn.execute("INSERT INTO round_attendance (id, round_id, voter) VALUES (5, ?, 'p1')", (round_id,))
    code_round, _, _ = _code_round(w)
    with pytest.raises(ValidationError, match="not registered"):
        w.record_attendance(code_round, ["p999999"])


def test_slots_made_when_a_round_runs_out_keep_the_width_of_its_first_slots(w):
    """A file from before slots were narrowed per method has wider slots in an open round; slots made when
    they run out are as wide, so no ballot's slot shows it was cast after the top-up."""
    from upr_desktop.domain.voting import longest_ballot
    from upr_desktop.store import voting as store

    round_id, cands, _ = _code_round(w, codes=3)
    w.open_round(round_id)
    conn = w._store.conn
    narrow = longest_ballot(RoundRules(Method.APPROVAL), cands)
    old = 2 + sum(len(str(c)) + 16 for c in cands)  # the width for every method, as slots used to be
    assert narrow < old
    with w._store.transaction():
        store.drop_empty_slots(conn, round_id)
        store.make_slots(conn, round_id, width=old, slots=2)
        for _ in range(4):  # two fill the old slots, the third makes more
            store.add_secret_ballot(conn, round_id, "kiosk", [cands[0]], width=narrow, slots=2)
    widths = [n for (n,) in conn.execute("SELECT length(CAST(content AS BLOB)) FROM ballots WHERE round_id = ?",
                                         (round_id,))]
    assert len(widths) == 4 and set(widths) == {old}
