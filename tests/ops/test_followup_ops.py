"""Follow-up through the ops layer on a real workshop file: evidence with attachments, assessments kept as
history with the latest one current, disagreements, milestones, indicators, undo and the audit trail."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.followup import MAX_FILE_BYTES, AssessmentStatus
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter


@pytest.fixture
def workshop(tmp_path) -> Workshop:
    """The demo as the workshop left it: charter drafted, no follow-up yet."""
    from upr_desktop.io.demo import create_demo_workshop

    workshop = create_demo_workshop(tmp_path / "charter.uprw", until="charter")
    yield workshop
    workshop.close()


def _rec(workshop, ref):
    return workshop.subject_for_reference(ref)


def test_attachment_is_stored_with_its_hash_and_survives_reopening(workshop, tmp_path):
    content = b"%PDF-1.4 decree text " * 1000
    path = tmp_path / "decree.pdf"
    path.write_bytes(content)
    eid, _ = workshop.add_evidence("Decree 12/2026", "2026-03-01", "law", source="Official Gazette", file=path)
    path = workshop.path
    workshop.close()
    again = Workshop.open(path)
    try:
        item = again.evidence_item(eid)
        assert item.attachment.sha256 == hashlib.sha256(content).hexdigest()
        name, stored = again.evidence_file(eid)
        assert (name, stored) == ("decree.pdf", content)
        assert again.attachment_intact(eid)
    finally:
        again.close()


def test_size_limit_is_refused_in_plain_words_and_nothing_is_written(workshop):
    before = len(workshop.evidence_items())
    with pytest.raises(ValidationError, match="at most 25.0 MB"):
        workshop.add_evidence("Huge scan", "2026-03-01", "other", file=("scan.tif", b"x" * (MAX_FILE_BYTES + 1)))
    assert len(workshop.evidence_items()) == before


def test_history_is_kept_latest_is_current_and_disagreement_is_shown(workshop):
    subject = _rec(workshop, "121.56")
    a1, _ = workshop.assess(subject, "not", "2026-01-10", "Human Rights Defenders Network", "No bill yet")
    a2, _ = workshop.assess(subject, "partial", "2026-06-10", "Free Press Demoland", "A bill is tabled")
    assert workshop.current_status(subject) == AssessmentStatus.PARTIAL
    statuses = workshop.current_statuses()
    assert statuses[subject.key][3] is True  # the two organisations disagree
    assert [a.id for a in workshop.assessments(subject)] == [a1, a2]
    # the first organisation agrees later: no disagreement left, and nothing was overwritten
    workshop.assess(subject, "partial", "2026-07-01", "Human Rights Defenders Network")
    assert workshop.current_statuses()[subject.key][3] is False
    assert len(workshop.assessments(subject)) == 3


def test_undo_and_redo_of_an_assessment_restore_the_current_status(workshop):
    subject = _rec(workshop, "121.1")
    workshop.assess(subject, "not", "2026-01-10")
    _, change = workshop.assess(subject, "full", "2026-05-10")
    assert workshop.current_status(subject) == AssessmentStatus.FULL
    change.undo()
    assert workshop.current_status(subject) == AssessmentStatus.NOT
    change.redo()
    assert workshop.current_status(subject) == AssessmentStatus.FULL
    actions = [action for _at, action, _summary in workshop.audit_entries(10)]
    assert actions[:3] == ["assessment.redo", "assessment.undo", "assessment.add"]


def test_refusals_change_nothing(workshop):
    subject = _rec(workshop, "121.1")
    with pytest.raises(ValidationError, match="not on the participants list"):
        workshop.assess(subject, "full", "2026-01-10", "Nobody Inc")
    with pytest.raises(ValidationError, match="not a date"):
        workshop.assess(subject, "full", "10/01/2026")
    with pytest.raises(ValidationError, match="No evidence item"):
        workshop.assess(subject, "full", "2026-01-10", evidence_ids=[999])
    with pytest.raises(ValidationError, match="no priority P99"):
        workshop.subject_for_reference("P99")
    assert workshop.assessments() == []


def test_evidence_delete_undo_puts_back_file_and_links(workshop):
    eid, _ = workshop.add_evidence("Budget 2027", "2026-12-01", "budget", file=("b.csv", b"line,1\n"))
    aid, _ = workshop.assess(_rec(workshop, "121.18"), "partial", "2027-01-05", evidence_ids=[eid])
    change = workshop.delete_evidence(eid)
    assert workshop.evidence_item(eid) is None
    change.undo()
    assert workshop.evidence_file(eid) == ("b.csv", b"line,1\n")
    assert workshop.assessments(_rec(workshop, "121.18"))[0].evidence_ids == (eid,)


def test_milestones_overdue_and_done(workshop):
    states = workshop.milestone_states()
    assert states, "the demo's charter has milestones"
    first = states[0]
    late = workshop.overdue_milestones(date(2030, 1, 1))
    assert first in late
    change = workshop.set_milestone_done(first.priority_id, first.position, "2027-02-20")
    assert all(m.description != first.description for m in workshop.overdue_milestones(date(2030, 1, 1)))
    change.undo()
    assert any(m.description == first.description for m in workshop.overdue_milestones(date(2030, 1, 1)))
    assert workshop.overdue_milestones(date(2025, 6, 1)) == []


def test_indicator_values_need_a_source(workshop):
    pid = workshop.charter().priorities[0].id
    iid, _ = workshop.add_indicator("Number of unpunished attacks", pid)
    workshop.add_indicator_value(iid, "2026", 41, "Defenders' register")
    workshop.add_indicator_value(iid, "2027", 33, "Defenders' register")
    with pytest.raises(ValidationError, match="source"):
        workshop.add_indicator_value(iid, "2028", 30, " ")
    assert [(v.period, v.value) for v in workshop.indicator_values(iid)] == [("2026", 41.0), ("2027", 33.0)]


def test_filter_by_status_assessor_and_priority(workshop):
    s1, s2 = _rec(workshop, "121.1"), _rec(workshop, "121.2")
    workshop.assess(s1, "full", "2026-01-10", "Free Press Demoland")
    workshop.assess(s2, "not", "2026-01-10")
    assert workshop.filtered_ids(RecommendationFilter(statuses=frozenset({"full"}))) == [s1.id]
    assert workshop.filtered_ids(RecommendationFilter(assessors=frozenset({"free press demoland"}))) == [s1.id]
    unassessed = workshop.filtered_ids(RecommendationFilter(statuses=frozenset({"none"})))
    assert s1.id not in unassessed and s2.id not in unassessed and len(unassessed) == workshop.count() - 2
    pid = workshop.charter().priorities[0].id
    cited = set(workshop.charter().priorities[0].recommendation_ids)
    assert set(workshop.filtered_ids(RecommendationFilter(priorities=frozenset({pid})))) == cited


def test_dashboard_and_timeline(workshop):
    s1 = _rec(workshop, "121.1")
    eid, _ = workshop.add_evidence("Ratification bill", "2026-02-01", "law")
    workshop.assess(s1, "partial", "2026-03-01", evidence_ids=[eid])
    board = workshop.dashboard(date(2026, 6, 1), with_history=True)
    assert board.counts["partial"] == 1 and board.counts["none"] == workshop.count() - 1
    assert board.stale == workshop.count() - 1
    assert board.history[-1][1]["partial"] == 1
    kinds = [e.kind for e in workshop.timeline(s1)]
    assert kinds == ["evidence", "assessment"]
    p = workshop.subject_for_reference("P1")
    assert any(e.kind == "milestone" for e in workshop.timeline(p))


def test_deleting_a_recommendation_takes_it_out_of_the_counts_and_undo_puts_its_status_back(workshop):
    subject = _rec(workshop, "121.1")
    workshop.assess(subject, "full", "2026-01-10")
    workshop.assess(subject, "not", "2026-02-10", "Free Press Demoland")
    assert workshop.status_counts()["not"] == 1
    change = workshop.delete_recommendations([subject.id])
    assert workshop.status_counts()["not"] == 0 and subject.key not in workshop.current_statuses()
    assert len(workshop.assessments(subject)) == 2  # the history is kept for the undo
    change.undo()
    assert workshop.status_counts()["not"] == 1
    assert workshop.current_statuses()[subject.key][0] == "not" and workshop.current_statuses()[subject.key][3]


def test_an_assessment_outlives_its_organisation_and_is_never_edited(workshop):
    import sqlite3

    subject = _rec(workshop, "121.1")
    org_id, _ = workshop.add_organisation("Short-lived Collective")
    aid, _ = workshop.assess(subject, "partial", "2026-01-10", "Short-lived Collective")
    workshop.delete_organisation(org_id)
    kept = workshop.assessments(subject)[0]
    assert (kept.id, kept.assessor, kept.organisation_id) == (aid, "Short-lived Collective", None)
    with pytest.raises(sqlite3.IntegrityError, match="kept as it was made"):
        workshop._store.conn.execute("UPDATE assessments SET status = 'full' WHERE id = ?", (aid,))
