"""Every write goes through the ops layer: one transaction, an audit entry, an undo step, an announcement."""

import subprocess
import sys
import textwrap

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.domain.workshop import ALL_COUNTRIES, WorkshopInfo
from upr_desktop.ops import NeedsCountryChoice, Workshop
from upr_desktop.store import RecommendationFilter


def test_add_edit_delete_with_undo_and_redo(demo_workshop):
    events = []
    demo_workshop.subscribe(events.append)
    rec_id, added = demo_workshop.add_recommendation(
        Recommendation(text="Adopt a national action plan on business and human rights", reference="121.83",
                       states=("Norway",), response=Response.SUPPORTED, themes=("Business",), session=47))
    assert demo_workshop.count() == 83
    stored = demo_workshop.recommendation(rec_id)
    assert stored.country == "Demoland" and stored.cycle == 4  # filled from the workshop and the session
    edited = demo_workshop.edit_recommendation(stored.with_changes(response=Response.NOTED))
    assert demo_workshop.recommendation(rec_id).response is Response.NOTED
    edited.undo()
    assert demo_workshop.recommendation(rec_id).response is Response.SUPPORTED
    edited.redo()
    assert demo_workshop.recommendation(rec_id).response is Response.NOTED
    deleted = demo_workshop.delete_recommendations([rec_id])
    assert demo_workshop.recommendation(rec_id) is None
    deleted.undo()
    assert demo_workshop.recommendation(rec_id).text.startswith("Adopt a national action plan")
    added.undo()
    assert demo_workshop.count() == 82
    assert {e.topic for e in events} == {"recommendations"}
    assert demo_workshop.audit_entries()[0][1] == "recommendation.delete"


def test_duplicate_and_empty_recommendations_are_refused(demo_workshop):
    first = demo_workshop.recommendation(demo_workshop.filtered_ids(RecommendationFilter())[0])
    with pytest.raises(ValidationError, match="already in the workshop"):
        demo_workshop.add_recommendation(first.with_changes(id=None))
    with pytest.raises(ValidationError, match="no text"):
        demo_workshop.add_recommendation(Recommendation(text="   "))
    assert demo_workshop.count() == 82


def test_notes_with_undo(demo_workshop):
    rec_id = demo_workshop.filtered_ids(RecommendationFilter())[0]
    note_id, added = demo_workshop.add_note(rec_id, "Ask the Ombudsman for the 2025 figures", author="Facilitator")
    edit = demo_workshop.edit_note(note_id, "Ask the Ombudsman for 2025 and 2026 figures")
    assert demo_workshop.notes(rec_id)[0].body.endswith("2026 figures")
    edit.undo()
    assert demo_workshop.notes(rec_id)[0].body.endswith("2025 figures")
    delete = demo_workshop.delete_note(note_id)
    assert demo_workshop.notes(rec_id) == []
    delete.undo()
    assert [n.id for n in demo_workshop.notes(rec_id)] == [note_id]
    # deleting the recommendation takes its notes; undo brings both back
    gone = demo_workshop.delete_recommendations([rec_id])
    gone.undo()
    assert demo_workshop.notes(rec_id)[0].author == "Facilitator"
    added.undo()
    assert demo_workshop.notes(rec_id) == []


def test_import_twice_adds_nothing_and_undo_removes_the_import(tmp_path):
    w = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t", country="Kenya"))
    recs = [Recommendation(text=f"Recommendation {n}", country="Kenya", states=("Chile",)) for n in range(50)]
    summary, change = w.import_recommendations(recs, source_file="a.csv", format="table")
    assert (summary.added, summary.duplicates) == (50, 0)
    again, none = w.import_recommendations(recs, source_file="a.csv", format="table")
    assert (again.added, again.duplicates, none) == (0, 50, None)
    assert "Nothing new" in again.message()
    assert len(w.imports()) == 1
    change.undo()
    assert w.count() == 0
    change.redo()
    assert w.count() == 50
    w.close()


def test_country_filter_for_multi_country_sources(tmp_path):
    recs = [Recommendation(text=f"Text {n} for {c}", country=c) for c in ("Kenya", "Chile", "Fiji") for n in range(3)]
    kenya = Workshop.create(tmp_path / "k.uprw", WorkshopInfo(title="t", country="kenya"))
    summary, _ = kenya.import_recommendations(recs, source_file="x.csv", format="uprinfo")
    assert (summary.added, summary.other_countries, summary.country) == (3, 6, "Kenya")
    other = Workshop.create(tmp_path / "o.uprw", WorkshopInfo(title="t", country="Demoland"))
    with pytest.raises(NeedsCountryChoice) as caught:
        other.import_recommendations(recs, source_file="x.csv", format="uprinfo")
    assert [c for c, _ in caught.value.countries] == ["Chile", "Fiji", "Kenya"]
    assert other.count() == 0
    summary, _ = other.import_recommendations(recs, source_file="x.csv", format="uprinfo", country="Fiji")
    assert summary.added == 3
    coalition = Workshop.create(tmp_path / "c.uprw", WorkshopInfo(title="t", country=ALL_COUNTRIES))
    assert coalition.import_recommendations(recs, source_file="x.csv", format="uprinfo")[0].added == 9
    for w in (kenya, other, coalition):
        w.close()


def test_cancelled_import_leaves_nothing(tmp_path):
    from upr_desktop.domain.errors import ImportCancelled

    w = Workshop.create(tmp_path / "w.uprw", WorkshopInfo(title="t"))
    recs = [Recommendation(text=f"Recommendation {n}") for n in range(5000)]
    with pytest.raises(ImportCancelled):
        w.import_recommendations(recs, source_file="a.csv", format="table", cancelled=lambda: True)
    assert w.count() == 0 and w.imports() == []
    w.close()


def test_filters_facets_and_natural_reference_order(demo_workshop):
    ids = demo_workshop.filtered_ids(RecommendationFilter(), sort="reference")
    refs = [demo_workshop.recommendation(i).reference for i in ids[:12]]
    assert refs[:3] == ["121.1", "121.2", "121.3"] and refs[9] == "121.10"
    noted = demo_workshop.filtered_ids(RecommendationFilter(responses=frozenset({"noted"})))
    assert len(noted) == demo_workshop.response_counts()["noted"] == 22
    theme, n = demo_workshop.facet_values("theme")[0]
    assert len(demo_workshop.filtered_ids(RecommendationFilter(themes=frozenset({theme})))) == n
    hits = demo_workshop.filtered_ids(RecommendationFilter(text="death penal"))
    assert hits and all("death" in demo_workshop.recommendation(i).text.lower() or
                        "peine de mort" in demo_workshop.recommendation(i).text.lower() for i in hits[:2])
    assert demo_workshop.filtered_ids(RecommendationFilter(text='"unbalanced')) is not None  # no exception


def test_acknowledged_change_survives_a_killed_process(tmp_path):
    """A write that returned has been committed with synchronous=FULL: killing the process loses nothing."""
    path = tmp_path / "w.uprw"
    script = textwrap.dedent(f"""
        import os, signal
        from upr_desktop.domain.recommendation import Recommendation
        from upr_desktop.domain.workshop import WorkshopInfo
        from upr_desktop.ops import Workshop
        w = Workshop.create({str(path)!r}, WorkshopInfo(title="t"))
        w.add_recommendation(Recommendation(text="Saved before the power cut"))
        print("acknowledged", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "acknowledged" in result.stdout and result.returncode == -9
    with Workshop.open(path) as w:
        assert w.count() == 1
