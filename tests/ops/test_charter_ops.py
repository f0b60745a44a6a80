"""The outcome charter through the one write path: undo that restores exactly, versions, adoption that
stays frozen, priorities from a closed round, and no dangling references."""

from __future__ import annotations

import sqlite3
import time

import pytest

from upr_desktop.domain.charter import (
    ActionPoint, CharterStatus, Endorsement, ImplementationStatus, Level, Milestone, diff_summary,
)
from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.voting import Method, RoundRules
from upr_desktop.io.charter_templates import load_template

from .voting_setup import make_workshop, people, rec_ids


@pytest.fixture
def w(tmp_path):
    workshop = make_workshop(tmp_path / "w.uprw")
    yield workshop
    workshop.close()


def _events(w):
    seen = []
    w.subscribe(lambda event: seen.append(event.topic))
    return seen


def _dangling(w) -> int:
    conn = w._store.conn
    return conn.execute("SELECT count(*) FROM priority_recommendations "
                        "WHERE recommendation_id NOT IN (SELECT id FROM recommendations) "
                        "OR priority_id NOT IN (SELECT id FROM priorities)").fetchone()[0]


# --- starting -----------------------------------------------------------------------------------
def test_a_charter_starts_from_the_workshop_details_and_a_template(tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    w = Workshop.create(tmp_path / "m.uprw", WorkshopInfo(
        title="CSO strategy workshop", country="Mongolia", venue="Ulaanbaatar", start_date="2015-05-27",
        end_date="2015-05-29", organisers=("UPR Info", "Open Society Forum")))
    assert not w.has_charter() and w.charter().title == ""
    seen = _events(w)
    change = w.start_charter(load_template("mongolia-2015"))
    charter = w.charter()
    assert w.has_charter() and seen == ["charter"]
    assert charter.title.endswith("to Mongolia")
    assert (charter.place, charter.start_date, charter.end_date) == ("Ulaanbaatar", "2015-05-27", "2015-05-29")
    assert charter.organisers == ("UPR Info", "Open Society Forum")
    assert "gathered in Ulaanbaatar on 2015-05-27 to 2015-05-29" in charter.preamble
    assert "[Describe the review" in charter.preamble
    assert [s.heading for s in charter.sections] == ["Our experience of the UPR", "How we worked"]
    assert charter.label("priorities") == "Agreed priorities" and charter.template == "mongolia-2015"
    assert charter.monitoring and len(charter.action_points) == 2
    assert charter.status == CharterStatus.DRAFT

    with pytest.raises(ValidationError, match="already has a charter"):
        w.start_charter(load_template("kenya-outcomes"))
    replaced = w.start_charter(load_template("kenya-outcomes"), replace=True)
    assert w.charter().label("government_action") == "Key expectation"
    assert w.charter().title == "Mongolia UPR outcomes charter"
    replaced.undo()
    assert w.charter() == charter
    replaced.redo()
    assert w.charter().template == "kenya-outcomes"
    replaced.undo()
    change.undo()
    assert not w.has_charter()
    w.close()


def test_a_blank_charter_uses_the_workshop_title(w):
    w.start_charter()
    assert w.charter().title == "Voting test" and w.charter().sections == ()


# --- undo and redo restore exactly --------------------------------------------------------------
def test_every_edit_undoes_and_redoes_exactly(w):
    recs = rec_ids(w)
    states = [w.charter()]
    changes = []

    def step(result):
        change = result[1] if isinstance(result, tuple) else result
        changes.append(change)
        states.append(w.charter())
        return result[0] if isinstance(result, tuple) else None

    step(w.start_charter(load_template("action-plan-by-level")))
    step(w.update_charter(title="Our action plan", organisers=["Org A", " ", "Org  B"]))
    assert w.charter().organisers == ("Org A", "Org B")
    first = step(w.add_section("Context", "Some **bold** words"))
    second = step(w.add_section("Before everything", "", position=0))
    assert [s.id for s in w.charter().sections][:2] == [second, w.charter().sections[1].id]
    step(w.update_section(first, body="Changed words"))
    step(w.move_section(first, 0))
    assert w.charter().sections[0].id == first
    p1 = step(w.add_priority("Torture prevention", [recs[2], recs[0]]))
    p2 = step(w.add_priority("Freedom of expression", [recs[4]]))
    priority = next(p for p in w.charter().priorities if p.id == p1)
    step(w.update_priority(priority.with_changes(
        recommendation_ids=(recs[0], recs[2], recs[3]), government_action="Ratify OPCAT", lead_actor="Org A",
        level=Level.INTERNATIONAL, status=ImplementationStatus.IN_PROGRESS,
        milestones=(Milestone("2027", "Bill drafted"), Milestone("2027-06-30", "Bill adopted")))))
    step(w.move_priority(p2, 0))
    assert [p.id for p in w.charter().priorities] == [p2, p1]
    point = step(w.add_action_point("regional", "Meet every year"))
    step(w.update_action_point(ActionPoint(point, 0, Level.INTERNATIONAL, "Meet twice a year")))
    e = step(w.add_endorsement(Endorsement(organisation="Org A", representative="A. Person", role="Chair")))
    step(w.update_endorsement(Endorsement(e, 0, "Org A", None, "A. Person", "Chair", "2025-06-01", True)))
    step(w.delete_action_point(point))
    step(w.delete_priority(p2))
    step(w.delete_section(second))
    step(w.delete_endorsement(e))

    final = w.charter()
    for n in range(len(changes) - 1, -1, -1):
        changes[n].undo()
        assert w.charter() == states[n], f"undo of step {n + 1} ({changes[n].description})"
    for n, change in enumerate(changes):
        change.redo()
        assert w.charter() == states[n + 1], f"redo of step {n + 1} ({change.description})"
    assert w.charter() == final
    assert _dangling(w) == 0


def test_the_plan_is_kept_field_by_field(w):
    recs = rec_ids(w)
    pid, _ = w.add_priority("Torture", [recs[0]])  # starts a blank charter on the way
    assert w.has_charter()
    stored = w.charter().priorities[0]
    full = stored.with_changes(government_action="Ratify", cso_actions="Lobby", lead_actor="Org 1",
                               partners="Org 2, Org 3", indicators="Law adopted", resources="Two staff",
                               recommendation_ids=(recs[3], recs[0]), milestones=(Milestone("2026-01", "Start"),))
    w.update_priority(full)
    again = w.charter().priorities[0]
    assert again == full
    assert again.plan_filled() == 7


def test_priority_checks_are_worded_for_a_person(w):
    pid, _ = w.add_priority("Torture", [rec_ids(w)[0]])
    priority = w.charter().priorities[0]
    with pytest.raises(ValidationError, match="needs a title"):
        w.update_priority(priority.with_changes(title="   "))
    with pytest.raises(ValidationError, match=r"“June 2027” is not a date.*2027-06"):
        w.update_priority(priority.with_changes(milestones=(Milestone("June 2027", "Bill"),)))
    with pytest.raises(ValidationError, match="Milestone 2"):
        w.update_priority(priority.with_changes(milestones=(Milestone("2027"), Milestone("2027-13"))))
    for due in ("2027", "2027-06", "2027-06-30", ""):
        w.update_priority(priority.with_changes(milestones=(Milestone(due, "Step"),)))
        assert w.charter().priorities[0].milestones[0].due == due
    with pytest.raises(ValidationError, match="needs a title"):
        w.add_priority(" ")
    with pytest.raises(ValidationError, match="no longer in the workshop"):
        w.add_priority("Ghost", [99999])


def test_typing_is_saved_cheaply(w):
    """Save as you type: each call writes the changed field only, and the log says it once."""
    w.start_charter(load_template("kenya-outcomes"))
    w.add_priority("Torture", rec_ids(w)[:3])
    conn = w._store.conn
    statements = []
    audit_before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.set_trace_callback(statements.append)
    text = "We, the organisations gathered in Port Aldan, adopt this charter for the people of Demoland. " * 3
    started = time.perf_counter()
    changes = [w.update_charter(preamble=text[:n]) for n in range(1, 201)]
    elapsed = time.perf_counter() - started
    conn.set_trace_callback(None)
    assert w.charter().preamble == text[:200]
    assert elapsed < 10, f"200 keystrokes took {elapsed:.1f} s"
    writes = [s for s in statements if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    touched = {s.split()[2 if s.lstrip().upper().startswith(("INSERT", "DELETE")) else 1].lower() for s in writes}
    assert touched <= {"charter", "audit_log"}, touched
    assert not any(s.lstrip().upper().startswith("DELETE") for s in writes)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_before + 1
    changes[-1].undo()
    assert w.charter().preamble == text[:199]


# --- versions -------------------------------------------------------------------------------------
def test_versions_compare_word_by_word_and_restore(w):
    recs = rec_ids(w)
    w.start_charter()
    w.update_charter(preamble="The organisations met in the capital for three days.")
    w.add_priority("Torture prevention", [recs[0], recs[1]])
    v1, saved = w.save_version("Draft after day 1")
    assert [(v.id, v.name, v.kind) for v in w.versions()] == [(v1, "Draft after day 1", "named")]

    w.update_charter(preamble="The organisations met in the coastal city for two days.")
    pid, _ = w.add_priority("Freedom of expression", [recs[4]])
    pieces = w.compare(v1, None)
    added = " ".join(p.text for p in pieces if p.kind == "added")
    removed = " ".join(p.text for p in pieces if p.kind == "removed")
    assert "coastal" in added and "two" in added and "Freedom" in added and "100.5" in added
    assert "capital" in removed and "three" in removed
    assert "Torture" not in added + removed
    assert diff_summary(pieces)[0] > diff_summary(pieces)[1] > 0
    assert w.compare(v1, v1) == [p for p in w.compare(v1, v1) if p.kind == "same"]

    # A recommendation deleted since the version was saved: restoring leaves it out, with no error.
    w.delete_recommendations([recs[1]])
    before = w.charter()
    restore = w.restore_version(v1)
    restored = w.charter()
    assert restored.preamble == "The organisations met in the capital for three days."
    assert [p.title for p in restored.priorities] == ["Torture prevention"]
    assert restored.priorities[0].recommendation_ids == (recs[0],)
    assert w.version_charter(v1).priorities[0].recommendation_ids == (recs[0], recs[1])  # the version is intact
    assert _dangling(w) == 0
    restore.undo()
    assert w.charter() == before
    restore.redo()
    assert w.charter() == restored

    saved.undo()
    assert w.versions() == []
    saved.redo()
    assert [v.id for v in w.versions()] == [v1]
    with pytest.raises(ValidationError, match="name"):
        w.save_version("  ")


# --- adoption -------------------------------------------------------------------------------------
def test_adoption_needs_priorities(w):
    w.start_charter()
    with pytest.raises(ValidationError, match="no[ne]* .*priorit|priorities"):
        w.adopt("2025-05-29", "Port Aldan")
    w.add_priority("Torture", [rec_ids(w)[0]])
    with pytest.raises(ValidationError, match="full date"):
        w.adopt("May 2025", "Port Aldan")
    with pytest.raises(ValidationError, match="where"):
        w.adopt("2025-05-29", " ")
    assert w.charter().status == CharterStatus.DRAFT and w.adopted_version() is None


def test_an_adopted_text_never_changes(w):
    w.start_charter()
    w.update_charter(preamble="Adopted words.")
    w.add_priority("Torture", [rec_ids(w)[0]])
    version_id = w.adopt("2025-05-29", "Port Aldan")
    assert w.charter().status == CharterStatus.ADOPTED
    adopted = w.adopted_version()
    assert (adopted.id, adopted.kind, adopted.adopted_on, adopted.adopted_at_place) == (
        version_id, "adopted", "2025-05-29", "Port Aldan")
    frozen = w.version_charter(version_id)
    assert frozen.status == CharterStatus.ADOPTED and frozen.preamble == "Adopted words."
    with pytest.raises(ValidationError, match="has not changed"):
        w.adopt("2025-05-30", "Port Aldan")

    change = w.update_charter(preamble="Later words.")
    assert w.charter().status == CharterStatus.DRAFT
    assert w.version_charter(version_id) == frozen and w.adopted_version() == adopted
    change.undo()  # back to exactly the adopted text
    assert w.charter().status == CharterStatus.ADOPTED
    change.redo()
    w.add_section("New part")
    assert w.charter().status == CharterStatus.DRAFT

    conn = w._store.conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE charter_versions SET snapshot = '{}' WHERE id = ?", (version_id,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM charter_versions WHERE id = ?", (version_id,))
    conn.rollback()
    assert w.version_charter(version_id) == frozen

    # A new adoption of the new draft adds a second record; the first stays.
    second = w.adopt("2025-06-15", "Port Aldan")
    assert [v.kind for v in w.versions()] == ["adopted", "adopted"] and w.adopted_version().id == second
    assert w.version_charter(version_id) == frozen


# --- priorities from a closed round ---------------------------------------------------------------
def _closed_round(w, ballots):
    round_id, _ = w.create_round("Which first?", RoundRules(Method.DOT, dots=3), rec_ids(w)[:4])
    cands = [c.id for c in w.round_candidates(round_id)]
    w.open_round(round_id)
    for person, votes in zip(people(w), ballots):
        w.cast_ballot(round_id, person, {cands[i]: n for i, n in votes.items()})
    return round_id


def test_priorities_come_in_the_order_of_a_closed_round(w):
    recs = rec_ids(w)
    # 100.3 gets 6 dots, 100.2 gets 4, 100.1 and 100.4 tie on 2.
    round_id = _closed_round(w, [{2: 3}, {2: 3}, {1: 3}, {1: 1, 0: 2}, {3: 2}])
    with pytest.raises(ValidationError, match="show when the round closes"):
        w.priorities_from_round(round_id)
    w.close_round(round_id)

    existing, _ = w.add_priority("Our own title for 100.2", [recs[1], recs[6]])
    before = w.charter()
    change = w.priorities_from_round(round_id, top=3)  # ranks 1, 2 and the tie at 3
    charter = w.charter()
    assert [p.recommendation_ids[0] for p in charter.priorities] == [recs[2], recs[1], recs[0], recs[3]]
    assert charter.priorities[1].id == existing and charter.priorities[1].title == "Our own title for 100.2"
    assert charter.priorities[0].title == "Recommendation number 3 on a distinct subject"
    assert len({p.id for p in charter.priorities}) == 4
    change.undo()
    assert w.charter() == before
    change.redo()
    assert w.charter() == charter

    # Taking it again reorders rather than duplicates.
    w.move_priority(existing, 3)
    w.priorities_from_round(round_id)
    assert [p.recommendation_ids[0] for p in w.charter().priorities] == [recs[2], recs[1], recs[0], recs[3]]

    w.priorities_from_round(round_id, top=1)
    assert len(w.charter().priorities) == 4


def test_a_priority_covering_several_candidates_moves_once(w):
    recs = rec_ids(w)
    round_id = _closed_round(w, [{3: 3}, {3: 3}, {1: 3}, {0: 2}])  # 100.4, then 100.2, then 100.1
    w.close_round(round_id)
    both, _ = w.add_priority("Covers 100.1 and 100.2", [recs[0], recs[1]])
    w.priorities_from_round(round_id, top=3)
    charter = w.charter()
    assert [p.recommendation_ids for p in charter.priorities] == [(recs[3],), (recs[0], recs[1])]
    assert charter.priorities[1].id == both


def test_undoing_the_start_of_an_adopted_charter_keeps_the_adoption(w):
    start = w.start_charter()
    w.add_priority("Torture", [rec_ids(w)[0]])
    version = w.adopt("2025-05-29", "Port Aldan")
    start.undo()
    assert w.adopted_version().id == version
    assert w.charter().priorities == () and w.charter().status == CharterStatus.DRAFT


def test_a_draft_round_is_refused(w):
    round_id, _ = w.create_round("Not yet", RoundRules(Method.APPROVAL), rec_ids(w)[:3])
    with pytest.raises(ValidationError, match="has not been opened"):
        w.priorities_from_round(round_id)
    assert not w.has_charter()


def test_a_priority_from_a_cluster(w):
    recs = rec_ids(w)
    cluster_id, _ = w.create_cluster("Torture and ill-treatment")
    w.assign([recs[5], recs[1], recs[3]], cluster_id)
    pid, change = w.add_priority_from_cluster(cluster_id)
    priority = w.charter().priorities[0]
    assert (priority.title, priority.cluster_id) == ("Torture and ill-treatment", cluster_id)
    assert priority.recommendation_ids == (recs[1], recs[3], recs[5])  # reference order
    with pytest.raises(ValidationError, match="already priority 1"):
        w.add_priority_from_cluster(cluster_id)
    change.undo()
    assert w.charter().priorities == ()


# --- references stay whole ----------------------------------------------------------------------------
def test_deleting_a_cited_recommendation_removes_the_link_only(w):
    recs = rec_ids(w)
    pid, _ = w.add_priority("Torture", [recs[0], recs[1]])
    assert w.priorities_using_recommendations([recs[1], recs[7]]) == ["Torture"]
    assert w.priorities_using_recommendations([recs[7]]) == []
    w.delete_recommendations([recs[1]])
    priority = w.charter().priorities[0]
    assert (priority.id, priority.recommendation_ids) == (pid, (recs[0],))
    assert _dangling(w) == 0
    assert w.priorities_using_recommendations([recs[1]]) == []


# --- endorsements and comments -----------------------------------------------------------------------
def test_endorsements_come_from_the_registered_organisations(w):
    w.start_charter()
    w.add_endorsement(Endorsement(organisation="org 1", representative="Someone"))  # already there by name
    change = w.endorsements_from_organisations()
    orgs = {o.name: o.id for o in w.organisations()}
    rows = [(e.organisation, e.organisation_id) for e in w.charter().endorsements]
    assert rows == [("org 1", None), ("Org 0", orgs["Org 0"]), ("Org 2", orgs["Org 2"]), ("Org 3", orgs["Org 3"])]
    with pytest.raises(ValidationError, match="already"):
        w.endorsements_from_organisations()
    change.undo()
    assert len(w.charter().endorsements) == 1
    with pytest.raises(ValidationError, match="organisation's name"):
        w.add_endorsement(Endorsement(organisation=" "))


def test_comments_are_attributed_resolved_and_kept_apart_from_the_text(w):
    w.start_charter()
    section, _ = w.add_section("Context", "Text")
    seen = _events(w)
    person = people(w)[0]
    c1, added = w.add_comment(f"section:{section}", "Say when the review was.", person)
    c2, _ = w.add_comment("preamble", "Shorter, please.")
    assert seen == ["comments", "comments"]
    assert [(c.participant_id, c.resolved) for c in w.comments(f"section:{section}")] == [(person, False)]
    assert w.comments("preamble")[0].participant_id is None  # anonymous
    resolve = w.set_comment_resolved(c1, True)
    assert w.comments(f"section:{section}")[0].resolved
    resolve.undo()
    assert not w.comments(f"section:{section}")[0].resolved
    with pytest.raises(ValidationError, match="empty"):
        w.add_comment("preamble", "  ")

    assert "Say when" not in "".join(p.text for p in w.compare(None, None))
    version, _ = w.save_version("v1")
    assert "comments" not in str(w._store.conn.execute(
        "SELECT snapshot FROM charter_versions WHERE id = ?", (version,)).fetchone()[0])

    removed = w.delete_section(section)  # its comments go with it, and come back with it
    assert [c.id for c in w.comments()] == [c2]
    removed.undo()
    assert sorted(c.id for c in w.comments()) == [c1, c2]
    gone = w.delete_comment(c2)
    assert [c.id for c in w.comments()] == [c1]
    gone.undo()
    added.undo()
    assert [c.id for c in w.comments()] == [c2]


def test_every_charter_change_is_announced(w):
    seen = _events(w)
    w.start_charter()
    w.update_charter(title="X")
    w.add_priority("P", [rec_ids(w)[0]])
    assert seen == ["charter"] * 3


# --- what printed and exported documents may name -------------------------------------------------------
def test_outputs_name_a_representative_only_when_allowed(w):
    from upr_desktop.domain.participant import Participant

    w.start_charter()
    w.add_participant(Participant(name="Tomás Ortega", organisation="Free Press", consent_named=False))
    w.add_participant(Participant(name="Amina Diallo", organisation="Women's Forum", consent_named=True))
    w.add_endorsement(Endorsement(organisation="Free Press", representative="tomas  ORTEGA", role="Director"))
    w.add_endorsement(Endorsement(organisation="Women's Forum", representative="Amina Diallo", role="Chair"))
    w.add_endorsement(Endorsement(organisation="Youth Network", representative="Li Wei", role="Member"))
    w.add_endorsement(Endorsement(organisation="Free Press", representative="ORTEGA, Tomás", role="Editor"))
    shown = [(e.representative, e.role) for e in w.charter_for_output().endorsements]
    assert shown == [("", ""), ("Amina Diallo", "Chair"), ("Li Wei", "Member"), ("", "")]  # surname first too
    assert [e.representative for e in w.charter().endorsements][0] == "tomas  ORTEGA"  # the file keeps it
    w.set_anonymise_outputs(True)
    assert all(e.representative == "" and e.role == "" for e in w.charter_for_output().endorsements)
    assert [e.organisation for e in w.charter_for_output().endorsements] == ["Free Press", "Women's Forum",
                                                                            "Youth Network", "Free Press"]
