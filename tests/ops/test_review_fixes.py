"""Defects found in review of the voting and charter work, each pinned by a test."""

from __future__ import annotations

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.participant import Participant
from upr_desktop.domain.rounds import VoterUnit
from upr_desktop.domain.voting import Method, RoundRules

from .voting_setup import make_workshop, people, rec_ids


@pytest.fixture
def w(tmp_path):
    workshop = make_workshop(tmp_path / "w.uprw")
    yield workshop
    workshop.close()


def test_undoing_a_registration_after_that_person_voted_is_refused_and_ids_are_never_reused(w):
    pid, add = w.add_participant(Participant(name="Zed"))
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    w.open_round(round_id)
    w.cast_ballot(round_id, pid, [])
    with pytest.raises(ValidationError, match="took part in a vote"):
        add.undo()
    other, undo_other = w.add_participant(Participant(name="Yara"))
    undo_other.undo()
    again, _ = w.add_participant(Participant(name="Yves"))
    assert again > other  # a removed participant's id is not handed on
    assert not w.has_voted(round_id, again)


def test_changing_organisation_does_not_give_a_second_ballot(w):
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), rec_ids(w)[:3], voter_unit=VoterUnit.ORGANISATION)
    w.open_round(round_id)
    zed, _ = w.add_participant(Participant(name="Zed", organisation="Org Alpha"))
    w.cast_ballot(round_id, zed, [])
    w.edit_participant(Participant(id=zed, name="Zed", organisation="Org Beta"))
    with pytest.raises(ValidationError, match="Zed has already voted"):
        w.cast_ballot(round_id, zed, [])
    assert w.turnout(round_id).voted == 1  # organisations, not people
    alpha = next(o for o in w.organisations() if o.name == "Org Alpha")
    with pytest.raises(ValidationError, match="voted in a round as an organisation"):
        w.delete_organisation(alpha.id)


def test_wall_chart_counts_lock_the_rules_and_are_bounded(w):
    round_id, _ = w.create_round("R", RoundRules(Method.DOT, dots=3, max_per_candidate=1), rec_ids(w)[:4])
    w.open_round(round_id)
    cands = [c.id for c in w.round_candidates(round_id)]
    with pytest.raises(ValidationError, match="a zero too many"):
        w.record_wall_chart(round_id, {cands[0]: 10000})
    with pytest.raises(ValidationError, match="a zero too many"):
        w.record_wall_chart(round_id, {cands[0]: 12, cands[1]: 12, cands[2]: 12, cands[3]: 1})  # 37 > 3 × 12
    w.record_wall_chart(round_id, {cands[0]: 12, cands[1]: 9})
    assert w.voting_round(round_id).locked
    with pytest.raises(ValidationError, match="locked"):
        w.update_round(round_id, rules=RoundRules(Method.DOT, dots=1))
    with pytest.raises(ValidationError, match="locked"):
        w.update_round(round_id, recommendation_ids=rec_ids(w)[:2])
    assert w.wall_chart(round_id) == {cands[0]: 12, cands[1]: 9}


def test_the_audit_log_keeps_no_names(w, tmp_path):
    pid, _ = w.add_participant(Participant(name="Secretperson Kowalski", organisation="Org 1"))
    w.edit_participant(Participant(id=pid, name=None, alias="P-A"))
    round_id, _ = w.create_round("Open", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    w.open_round(round_id)
    w.cast_ballot(round_id, people(w)[0], [])
    w.close()
    raw = (tmp_path / "w.uprw").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("w.uprw-wal"))
    assert b"Kowalski" not in raw
    from upr_desktop.ops import Workshop
    with Workshop.open(tmp_path / "w.uprw") as again:
        summaries = " ".join(s for _, _, s in again.audit_entries(1000))
        assert "Person 00" not in summaries and "Kowalski" not in summaries


def test_a_run_off_follows_a_closed_round_only(w):
    round_id, _ = w.create_round("R", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    cands = [c.id for c in w.round_candidates(round_id)]
    with pytest.raises(ValidationError, match="not closed yet"):
        w.create_runoff(round_id, cands[:2])


def test_changing_a_cited_recommendation_makes_an_adopted_charter_a_new_draft(w):
    ids = rec_ids(w)
    w.add_priority("Protect defenders", ids[:2])
    version = w.adopt("2026-11-23", "Port Aldan")
    w.edit_participant(Participant(id=people(w)[0], name="Person 00 renamed", organisation="Org 0"))
    assert w.charter().status.value == "adopted"  # nothing the charter says changed
    change = w.delete_recommendations([ids[0]])
    assert w.charter().status.value == "draft"
    assert ids[0] in w.version_charter(version).priorities[0].recommendation_ids  # the adopted text is intact
    change.undo()
