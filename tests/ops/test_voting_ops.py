"""Voting rounds and ballots through the one write path, with the database enforcing the rules."""

from __future__ import annotations

import sqlite3

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.rounds import BallotSource, RoundStatus, VoterUnit
from upr_desktop.domain.voting import Method, RoundRules

from .voting_setup import make_workshop, people, rec_ids


@pytest.fixture
def w(tmp_path):
    workshop = make_workshop(tmp_path / "w.uprw")
    yield workshop
    workshop.close()


def _dot_round(w, secret=False, **kw):
    round_id, change = w.create_round("Priorities", RoundRules(Method.DOT, dots=3, max_per_candidate=2),
                                      rec_ids(w)[:5], secret=secret, **kw)
    return round_id, [c.id for c in w.round_candidates(round_id)], change


def _box(w):
    """The round's state as stored: for "left as it was" checks."""
    conn = w._store.conn
    return (conn.execute("SELECT * FROM voting_rounds").fetchall(), conn.execute("SELECT * FROM round_voters").fetchall(),
            conn.execute("SELECT * FROM ballots ORDER BY id").fetchall(), conn.execute("SELECT * FROM round_candidates").fetchall())


def test_a_round_keeps_its_candidates_as_they_read(w):
    round_id, cands, change = _dot_round(w)
    listed = w.round_candidates(round_id)
    assert [c.label for c in listed] == ["100.1", "100.2", "100.3", "100.4", "100.5"]
    assert listed[0].text.startswith("Recommendation number 1")
    rnd = w.voting_round(round_id)
    assert (rnd.status, rnd.candidates, rnd.voted, rnd.locked) == (RoundStatus.DRAFT, 5, 0, False)
    change.undo()
    assert w.voting_rounds() == []
    change.redo()
    assert [c.id for c in w.round_candidates(round_id)] == cands


def test_a_round_needs_two_candidates_and_a_title(w):
    with pytest.raises(ValidationError, match="at least 2 candidates"):
        w.create_round("Solo", RoundRules(Method.APPROVAL), rec_ids(w)[:1])
    with pytest.raises(ValidationError, match="needs a title"):
        w.create_round("  ", RoundRules(Method.APPROVAL), rec_ids(w)[:2])
    with pytest.raises(ValidationError):
        w.create_round("No dots", RoundRules(Method.DOT), rec_ids(w)[:3])
    assert w.voting_rounds() == []


def test_drafts_can_change_until_the_first_ballot(w):
    round_id, _, _ = _dot_round(w)
    change = w.update_round(round_id, rules=RoundRules(Method.DOT, dots=4), recommendation_ids=rec_ids(w)[:6])
    assert w.voting_round(round_id).rules.dots == 4 and w.voting_round(round_id).candidates == 6
    change.undo()
    assert w.voting_round(round_id).rules.dots == 3 and w.voting_round(round_id).candidates == 5
    w.open_round(round_id)
    w.update_round(round_id, rules=RoundRules(Method.DOT, dots=5, max_per_candidate=2))  # open, nobody voted yet
    cands = [c.id for c in w.round_candidates(round_id)]
    w.cast_ballot(round_id, people(w)[0], {cands[0]: 2})
    assert w.voting_round(round_id).locked
    for attempt in (dict(rules=RoundRules(Method.DOT, dots=9)), dict(recommendation_ids=rec_ids(w)[:2]),
                    dict(secret=True)):
        with pytest.raises(ValidationError, match="locked"):
            w.update_round(round_id, **attempt)
    w.update_round(round_id, title="Renamed")  # the title is not a rule
    assert w.voting_round(round_id).title == "Renamed"


def test_the_database_itself_locks_rules_and_candidates_once_ballots_are_in(w, tmp_path):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    w.cast_ballot(round_id, people(w)[0], {cands[0]: 1})
    conn = sqlite3.connect(tmp_path / "w.uprw")
    for sql in ("UPDATE voting_rounds SET rules = '{\"method\": \"dot\", \"dots\": 99}'",
                "UPDATE voting_rounds SET secret = 1",
                f"DELETE FROM round_candidates WHERE id = {cands[1]}",
                f"INSERT INTO round_candidates (round_id, position, label, text) VALUES ({round_id}, 9, 'x', 'y')"):
        with pytest.raises(sqlite3.IntegrityError, match="locked"):
            conn.execute(sql)
    conn.close()


def test_one_ballot_per_person_enforced_by_the_database(w, tmp_path):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    voter = people(w)[0]
    w.cast_ballot(round_id, voter, {cands[0]: 1})
    before = _box(w)
    with pytest.raises(ValidationError, match="already voted"):
        w.cast_ballot(round_id, voter, {cands[1]: 1}, source=BallotSource.PAPER)
    assert _box(w) == before
    conn = sqlite3.connect(tmp_path / "w.uprw")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO round_voters (round_id, voter) VALUES (?, ?)", (round_id, f"p{voter}"))
    conn.close()


def test_bad_ballots_are_refused_and_leave_the_round_as_it_was(w):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    voter = people(w)[1]
    before = _box(w)
    for votes, message in (({cands[0]: 2, cands[1]: 2}, "each person has 3"),
                           ({cands[0]: 3}, "the most on one candidate is 2"),
                           ({999: 1}, "not a candidate"),
                           ([cands[0]], "give the number of dots")):
        with pytest.raises(ValidationError, match=message):
            w.cast_ballot(round_id, voter, votes)
        assert _box(w) == before
    assert not w.has_voted(round_id, voter)


def test_a_ranked_ballot_with_repeats_is_refused(w):
    round_id, _ = w.create_round("Ranked", RoundRules(Method.SCHULZE), rec_ids(w)[:4])
    w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    with pytest.raises(ValidationError, match="ranked twice"):
        w.cast_ballot(round_id, people(w)[0], [cands[0], cands[1], cands[0]])
    assert w.turnout(round_id).voted == 0


def test_ballots_only_while_open_and_a_closed_round_never_reopens(w, tmp_path):
    round_id, cands, _ = _dot_round(w)
    with pytest.raises(ValidationError, match="not open for voting yet"):
        w.cast_ballot(round_id, people(w)[0], {cands[0]: 1})
    w.open_round(round_id)
    w.cast_ballot(round_id, people(w)[0], {cands[0]: 1})
    w.close_round(round_id)
    with pytest.raises(ValidationError, match="is closed"):
        w.cast_ballot(round_id, people(w)[1], {cands[0]: 1})
    with pytest.raises(ValidationError, match="never reopens"):
        w.open_round(round_id)
    conn = sqlite3.connect(tmp_path / "w.uprw")
    with pytest.raises(sqlite3.IntegrityError, match="never reopens"):
        conn.execute("UPDATE voting_rounds SET status = 'open'")
    with pytest.raises(sqlite3.IntegrityError, match="not open"):
        conn.execute("INSERT INTO round_voters (round_id, voter) VALUES (?, 'p5')", (round_id,))
    with pytest.raises(sqlite3.IntegrityError, match="not open"):
        conn.execute("INSERT INTO ballots (id, round_id, source, content) VALUES (7, ?, 'kiosk', 'null')", (round_id,))
    conn.close()
    with pytest.raises(ValidationError, match="stays in the workshop"):
        w.delete_round(round_id)


def test_results_stay_hidden_until_the_round_closes(w):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    for voter in people(w)[:3]:
        w.cast_ballot(round_id, voter, {cands[0]: 2, cands[1]: 1})
    with pytest.raises(ValidationError, match="So far 3 of 12 have voted"):
        w.results(round_id)
    with pytest.raises(ValidationError, match="when the round closes"):
        w.open_ballots(round_id)
    w.close_round(round_id)
    results = w.results(round_id)
    assert [(r.candidate, r.rank, r.score) for r in results.tally.results[:2]] == [(cands[0], 1, 6), (cands[1], 2, 3)]
    assert results.turnout.voted == 3 and results.turnout.kiosk == 3


def test_kiosk_paper_and_wall_chart_are_counted_and_labelled(w):
    round_id, cands, _ = _dot_round(w, secret=True)
    w.open_round(round_id)
    everyone = people(w)
    w.cast_ballot(round_id, everyone[0], {cands[0]: 2, cands[1]: 1})
    w.cast_ballot(round_id, everyone[1], {cands[1]: 2}, source=BallotSource.PAPER)
    turnout = w.record_wall_chart(round_id, {cands[2]: 5, cands[0]: 1}, [everyone[2], everyone[3]])
    assert (turnout.voted, turnout.kiosk, turnout.paper, turnout.wall_voters, turnout.wall_points) == (4, 1, 1, 2, 6)
    with pytest.raises(ValidationError, match="already voted"):
        w.cast_ballot(round_id, everyone[2], {cands[0]: 1})
    w.close_round(round_id)
    points = {r.candidate: r.figures["points"] for r in w.results(round_id).tally.results}
    assert points[cands[0]] == 3 and points[cands[1]] == 3 and points[cands[2]] == 5
    assert w.results(round_id).tally.ballots == 2


def test_wall_charts_are_only_for_dot_and_point_votes(w):
    round_id, _ = w.create_round("A", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    w.open_round(round_id)
    with pytest.raises(ValidationError, match="dot or point voting"):
        w.record_wall_chart(round_id, {})


def test_one_ballot_per_organisation(w):
    round_id, cands, _ = _dot_round(w, voter_unit=VoterUnit.ORGANISATION)
    w.open_round(round_id)
    everyone = w.participants()  # Person 00 and Person 04 are both in Org 0
    w.cast_ballot(round_id, everyone[0].id, {cands[0]: 1})
    with pytest.raises(ValidationError, match="Org 0 has already voted"):
        w.cast_ballot(round_id, everyone[4].id, {cands[0]: 1})
    assert w.has_voted(round_id, everyone[4].id)
    assert w.turnout(round_id).sentence() == "1 of 4 have voted"


def test_a_tie_leads_to_a_runoff_between_exactly_the_tied(w):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    a, b, c = people(w)[:3]
    w.cast_ballot(round_id, a, {cands[0]: 2, cands[1]: 1})  # 100.1: 2, 100.2: 1
    w.cast_ballot(round_id, b, {cands[1]: 1, cands[2]: 1})  # 100.2: 2, 100.3: 1
    w.cast_ballot(round_id, c, {cands[3]: 1})               # 100.4: 1
    w.close_round(round_id)
    results = w.results(round_id)
    assert [(t.rank, set(t.candidates)) for t in results.tally.ties] == [
        (1, {cands[0], cands[1]}), (3, {cands[2], cands[3]})]  # 100.5 alone at 0
    assert "tied for 1st place" in results.statements[0]
    runoff_id, change = w.create_runoff(round_id, results.tally.ties[0].candidates)
    runoff = w.voting_round(runoff_id)
    assert runoff.title == "Run-off: Priorities" and runoff.runoff_of == round_id
    assert runoff.rules == RoundRules(Method.DOT, dots=1) and runoff.status == RoundStatus.DRAFT
    assert [c.label for c in w.round_candidates(runoff_id)] == ["100.1", "100.2"]
    change.undo()
    assert [r.id for r in w.voting_rounds()] == [round_id]


def test_open_ballots_name_their_voter_for_open_rounds(w):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    voter = people(w)[0]
    w.cast_ballot(round_id, voter, {cands[0]: 1})
    w.close_round(round_id)
    [entry] = w.open_ballots(round_id)
    assert entry["voter"] == f"p{voter}" and entry["source"] == "kiosk" and entry["at"]
    assert any("voted in" in summary for _, _, summary in w.audit_entries())


def test_a_cast_ballot_survives_reopening_the_file(w, tmp_path):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    w.cast_ballot(round_id, people(w)[0], {cands[3]: 2})
    # No close(): what a power cut leaves behind is the file, its WAL and the "in use" lock file
    # (the file itself stays open here, so the leftovers are opened where the stick is read next).
    import shutil

    from upr_desktop.ops import Workshop
    after = tmp_path / "after the power cut"
    after.mkdir()
    for name in ("w.uprw", "w.uprw-wal", ".w.uprw.lock"):
        shutil.copy2(tmp_path / name, after / name)
    with Workshop.open(after / "w.uprw") as again:
        assert not again.read_only  # the stale lock was taken over
        assert again.turnout(round_id).voted == 1
        assert again.has_voted(round_id, people(w)[0])


def test_undo_never_throws_away_ballots_or_gets_round_the_lock(w):
    round_id, cands, create = _dot_round(w)
    edit = w.update_round(round_id, rules=RoundRules(Method.DOT, dots=4))
    w.open_round(round_id)
    w.cast_ballot(round_id, people(w)[0], {cands[0]: 1})
    with pytest.raises(ValidationError, match="can no longer be undone"):
        edit.undo()
    with pytest.raises(ValidationError, match="stays in the workshop"):
        create.undo()
    assert w.voting_round(round_id).rules.dots == 4 and w.turnout(round_id).voted == 1


def test_wall_chart_counts_replace_the_earlier_ones(w):
    round_id, cands, _ = _dot_round(w)
    w.open_round(round_id)
    w.record_wall_chart(round_id, {cands[0]: 5, cands[1]: 2})
    w.record_wall_chart(round_id, {cands[0]: 4})
    assert w.wall_chart(round_id) == {cands[0]: 4}
