"""The demo workshop: recommendations, made-up participants from Demoland CSOs, a closed secret dot-voting round
whose results show a tie and a close call, and a draft round, all built through the ops layer."""

from __future__ import annotations

import json
import time

import pytest

from upr_desktop.domain.errors import ValidationError
from upr_desktop.domain.rounds import RoundStatus
from upr_desktop.domain.voting import Method
from upr_desktop.io.demo import create_demo_workshop


def test_participants_from_eight_organisations_some_by_alias_or_number_only(demo_workshop):
    people = demo_workshop.participants()
    assert len(people) == 40 and [p.number for p in people] == list(range(1, 41))
    assert len(demo_workshop.organisations()) == 8
    assert all(o.participants >= 4 for o in demo_workshop.organisations())
    aliases = [p for p in people if p.anonymous and p.alias]
    number_only = [p for p in people if p.anonymous and not p.alias]
    assert [p.alias for p in aliases] == ["Kestrel", "River", "Lantern"] and len(number_only) == 3
    assert all(p.organisation is None and p.contact is None for p in aliases + number_only)
    named = [p for p in people if not p.anonymous]
    assert 0 < sum(not p.consent_named for p in named) < len(named) / 2  # consent is mixed
    assert len({p.code for p in people}) == 40
    names = demo_workshop.output_names()
    amina, bat_erdene = people[0], people[4]
    assert names[amina.id] == "Amina Diallo" and names[bat_erdene.id] == "Participant 5"


def test_the_closed_round_shows_a_tie_and_a_close_call(demo_workshop):
    closed, draft = demo_workshop.voting_rounds()
    assert (closed.title, closed.status, closed.secret, closed.rules.method) == (
        "Priority recommendations", RoundStatus.CLOSED, True, Method.DOT)
    assert closed.rules.describe() == "Dot voting: 4 dots each, at most 2 on one candidate."
    results = demo_workshop.results(closed.id)
    turnout = results.turnout
    assert (turnout.voted, turnout.eligible, turnout.kiosk, turnout.paper) == (36, 40, 28, 8)
    labels = {c.id: c.label for c in results.candidates}
    table = [(row.rank, labels[row.candidate], row.score) for row in results.tally.results]
    assert table == [(1, "121.56", 24), (2, "121.31", 20), (3, "121.55", 19), (4, "121.62", 17),
                     (5, "121.14", 14), (5, "121.21", 14), (7, "121.1", 11), (8, "121.41", 9), (9, "121.80", 7),
                     (10, "121.17", 5), (11, "121.50", 3), (12, "121.67", 1)]
    assert sum(score for *_, score in table) == 36 * 4
    assert [[labels[c] for c in tie.candidates] for tie in results.tally.ties] == [["121.14", "121.21"]]
    assert [(labels[a], labels[b]) for a, b in results.tally.close_calls] == [("121.31", "121.55")]
    assert results.statements == [
        "121.31 (20 dots) and 121.55 (19 dots) are within 6% of each other: a tie in practice. Consider a run-off.",
        "121.14 and 121.21 are tied for 5th place with 14 dots each. No tie-break is applied: hold a run-off to "
        "separate them.",
    ]


def test_secret_ballots_are_not_linked_to_anyone(demo_workshop):
    closed = demo_workshop.voting_rounds()[0]
    with pytest.raises(ValidationError, match="secret"):
        demo_workshop.open_ballots(closed.id)
    everyone = demo_workshop.participants()
    voted = [p.number for p in everyone if demo_workshop.has_voted(closed.id, p.id)]
    assert len(voted) == 36 and set(range(1, 41)) - set(voted) == {7, 19, 33, 40}


def test_the_run_off_offer_and_the_draft_round_work_on_the_demo(demo_workshop):
    closed, draft = demo_workshop.voting_rounds()
    results = demo_workshop.results(closed.id)
    runoff_id, _ = demo_workshop.create_runoff(closed.id, results.tally.ties[0].candidates)
    runoff = demo_workshop.voting_round(runoff_id)
    assert runoff.title == "Run-off: Priority recommendations" and runoff.runoff_of == closed.id
    assert [c.label for c in demo_workshop.round_candidates(runoff_id)] == ["121.14", "121.21"]

    assert (draft.title, draft.status, draft.rules.method, draft.candidates) == (
        "Charter shortlist", RoundStatus.DRAFT, Method.APPROVAL, 6)
    demo_workshop.open_round(draft.id)
    first = demo_workshop.participants()[0]
    shortlist = [c.id for c in demo_workshop.round_candidates(draft.id)]
    assert demo_workshop.cast_ballot(draft.id, first.id, shortlist[:2]).sentence() == "1 of 40 have voted"


def test_still_82_recommendations_and_quick_to_create(tmp_path):
    start = time.perf_counter()
    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    elapsed = time.perf_counter() - start
    try:
        assert workshop.count() == 82
        assert elapsed < 2.0, f"the demo took {elapsed:.2f} s to create"
    finally:
        workshop.close()


def test_the_demo_has_clusters_and_a_draft_charter_from_its_vote(demo_workshop):
    w = demo_workshop
    clusters = w.clusters()
    assert len(clusters) >= 8 and sum(c.size for c in clusters) + len(w.unassigned_ids()) == 82
    charter = w.charter()
    assert charter.status.value == "draft" and charter.template == "mongolia-2015"
    assert len(charter.priorities) == 8
    assert charter.priorities[0].title == "Protect human rights defenders by law"
    full = [p for p in charter.priorities if p.plan_filled() >= 6]
    assert len(full) == 3 and all(p.milestones for p in full)
    assert {a.level.value for a in charter.action_points} == {"national", "regional", "international"}
    signed = [e.organisation for e in charter.endorsements if e.signed_on_paper]
    assert len(charter.endorsements) == 8 and len(signed) == 3
    assert "Port Aldan" in charter.preamble


def _stamps(path) -> list[tuple[str, str, str]]:
    """Every time the file records something happened: (table, column, value), read straight from the file."""
    import re
    import sqlite3

    moments = re.compile(r"(^|_)(at|on|date)$")
    found = []
    conn = sqlite3.connect(path)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]
            for row in conn.execute(f"SELECT * FROM '{table}'"):
                values = dict(zip(columns, row))
                for column, value in values.items():
                    if moments.search(column) and value:
                        found.append((table, column, str(value)))
                if table == "meta" and values.get("key", "").endswith("_at"):
                    found.append((table, values["key"], str(values["value"]).strip('"')))
                if table == "ballot_boxes":  # an open round's ballots carry their time
                    found += [(table, "at", b["at"]) for b in json.loads(values["ballots"]) if "at" in b]
    finally:
        conn.close()
    return found


FOLLOW_UP_TABLES = {"evidence", "assessments", "current_status", "milestone_progress", "indicators",
                    "indicator_values", "recommendation_links"}


def test_every_time_the_demo_records_falls_within_its_workshop_days(tmp_path):
    from datetime import date

    create_demo_workshop(tmp_path / "demo.uprw", until="charter").close()
    stamps = _stamps(tmp_path / "demo.uprw")
    tables = {table for table, _, _ in stamps}
    assert {"voting_rounds", "audit_log", "participants", "priorities", "meta", "endorsements"} <= tables
    first, last = date(2025, 5, 27), date(2025, 5, 29)
    outside = [s for s in stamps if not first <= date.fromisoformat(s[2][:10]) <= last]
    assert outside == []


def test_the_follow_up_is_recorded_on_its_own_days_after_the_workshop_and_before_today(tmp_path):
    """The demo people see goes on after the workshop: each assessment and piece of evidence is recorded on
    the day it is dated, between the workshop's last day and today; nothing of the workshop itself moves."""
    import sqlite3
    from datetime import date

    create_demo_workshop(tmp_path / "demo.uprw").close()
    stamps = _stamps(tmp_path / "demo.uprw")
    workshop_days = (date(2025, 5, 27), date(2025, 5, 29))
    followup = [s for s in stamps if s[0] in FOLLOW_UP_TABLES]
    assert {"evidence", "assessments", "milestone_progress"} <= {table for table, _, _ in followup}
    for table, column, value in followup:
        assert workshop_days[1] < date.fromisoformat(value[:10]) <= date.today(), (table, column, value)
    others = [s for s in stamps if s[0] not in FOLLOW_UP_TABLES and s[0] != "audit_log"]
    assert all(workshop_days[0] <= date.fromisoformat(v[:10]) <= workshop_days[1] for _, _, v in others), others
    conn = sqlite3.connect(tmp_path / "demo.uprw")
    try:
        pairs = conn.execute("SELECT assessed_on, created_at FROM assessments").fetchall()
    finally:
        conn.close()
    assert pairs and all(created.startswith(on) for on, created in pairs)
    closed = [value for table, column, value in stamps if (table, column) == ("voting_rounds", "closed_at")]
    assert closed and closed[0].startswith("2025-05-28")


def test_the_demo_can_be_reopened_as_of_its_day_and_a_ballot_cast_now_is_stamped_now(tmp_path):
    """The clock is the demo builder's only: after it, writes are stamped with the real time again."""
    from datetime import datetime, timezone

    w = create_demo_workshop(tmp_path / "demo.uprw")
    try:
        draft = w.voting_rounds()[1]
        w.open_round(draft.id)
        assert w.voting_round(draft.id).opened_at[:10] == datetime.now(timezone.utc).date().isoformat()
    finally:
        w.close()


def test_the_demo_charter_is_finished_writing_no_template_guidance_is_left(demo_workshop, tmp_path):
    import subprocess

    from upr_desktop.domain.charter import placeholders
    from upr_desktop.io.pdf import DocumentKind, DocumentRequest, write_pdf

    charter = demo_workshop.charter()
    assert placeholders(charter) == []
    assert "Over three days" in charter.preamble  # the demo workshop runs 27-29 May
    written = write_pdf(demo_workshop, DocumentRequest(DocumentKind.CHARTER), tmp_path / "charter.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(written), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "How we worked" in text and "Our experience of the UPR" in text
    assert "[" not in text and "two days" not in text
