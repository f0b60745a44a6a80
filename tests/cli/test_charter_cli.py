"""`upr-desktop charter`: the charter's structure as JSON or an outline, starting one from a template."""

from __future__ import annotations

import json

import pytest

from upr_desktop.domain.charter import Endorsement, Milestone
from upr_desktop.domain.workshop import WorkshopInfo
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter

from .cli_helpers import digest, run


@pytest.fixture
def path(tmp_path):
    from upr_desktop.domain.recommendation import Recommendation

    path = tmp_path / "w.uprw"
    with Workshop.create(path, WorkshopInfo(title="Follow-up workshop", country="Demoland", venue="Port Aldan",
                                            start_date="2025-05-27", end_date="2025-05-29",
                                            organisers=("Forum A", "Coalition B"))) as w:
        for n in range(1, 5):
            w.add_recommendation(Recommendation(text=f"Recommendation {n} on its own subject", reference=f"121.{n}",
                                                states=("Utopia",)))
    return path


def test_a_charter_from_a_template_then_its_structure(path, capsys):
    code, out, err = run(capsys, "charter", path, "--from-template", "kenya-outcomes")
    assert (code, err) == (0, "")
    assert "Demoland UPR outcomes charter" in out and "kenya-outcomes" in out

    with Workshop.open(path) as w:
        ids = sorted(w.filtered_ids(RecommendationFilter()))
        pid, _ = w.add_priority("Prevent torture", [ids[2], ids[0]])
        priority = w.charter().priorities[0]
        w.update_priority(priority.with_changes(government_action="Ratify OPCAT", indicators="Law adopted",
                                                milestones=(Milestone("2027-06", "Bill tabled"),)))
        w.add_endorsement(Endorsement(organisation="Forum A", representative="A. Person", role="Chair",
                                      date="2025-05-29", signed_on_paper=True))
        w.save_version("Day 1")
        version = w.adopt("2025-05-29", "Port Aldan")

    code, out, err = run(capsys, "charter", path, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["has_charter"] is True
    assert (data["title"], data["place"], data["start_date"], data["end_date"]) == (
        "Demoland UPR outcomes charter", "Port Aldan", "2025-05-27", "2025-05-29")
    assert data["organisers"] == ["Forum A", "Coalition B"]
    assert data["status"] == "adopted"
    assert data["adopted"] == {"version": version, "on": "2025-05-29", "place": "Port Aldan"}
    assert data["labels"]["government_action"] == "Key expectation"
    assert [s["heading"] for s in data["sections"]] == ["Our shared understanding"]
    [p] = data["priorities"]
    assert (p["id"], p["number"], p["title"], p["level"], p["status"]) == (
        pid, 1, "Prevent torture", "national", "not_started")
    assert [r["reference"] for r in p["recommendations"]] == ["121.3", "121.1"]
    assert (p["government_action"], p["indicators"], p["cso_actions"]) == ("Ratify OPCAT", "Law adopted", "")
    assert p["milestones"] == [{"due": "2027-06", "description": "Bill tabled"}]
    assert [a["level"] for a in data["action_points"]] == ["national", "national"]
    assert data["endorsements"] == [{"id": data["endorsements"][0]["id"], "organisation": "Forum A",
                                     "organisation_id": None, "representative": "A. Person", "role": "Chair",
                                     "date": "2025-05-29", "signed_on_paper": True}]
    assert data["annex"] == ["121.3", "121.1"]
    assert [(v["name"], v["kind"]) for v in data["versions"]] == [("Day 1", "named"),
                                                                  ("Adopted on 2025-05-29 in Port Aldan", "adopted")]

    code, out, err = run(capsys, "charter", path)
    assert code == 0
    assert "Adopted on 2025-05-29 in Port Aldan" in out
    assert "Key expectations (1):" in out and "1. Prevent torture" in out
    assert "Recommendations: 121.3, 121.1" in out and "Key expectation: Ratify OPCAT" in out
    assert "Forum A (A. Person, Chair, 2025-05-29)  signed on paper" in out


def test_starting_twice_is_refused_unless_replaced(path, capsys):
    assert run(capsys, "charter", path, "--from-template", "mongolia-2015")[0] == 0
    before = digest(path)
    code, out, err = run(capsys, "charter", path, "--from-template", "action-plan-by-level")
    assert code == 1 and out == ""
    assert err.startswith("upr-desktop: ") and "already has a charter" in err and "--replace" in err
    assert len(err.strip().splitlines()) == 1 and digest(path) == before
    code, out, err = run(capsys, "charter", path, "--from-template", "action-plan-by-level", "--replace", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["template"] == "action-plan-by-level" and data["labels"]["action_points"] == "Action plan"
    assert {a["level"] for a in data["action_points"]} == {"national", "regional", "international"}


def test_no_charter_yet_and_bad_requests(path, capsys):
    code, out, err = run(capsys, "charter", path)
    assert code == 0 and "no charter yet" in out and "--from-template" in out
    data = json.loads(run(capsys, "charter", path, "--json")[1])
    assert data["has_charter"] is False and data["priorities"] == [] and data["adopted"] is None

    before = digest(path)
    code, out, err = run(capsys, "charter", path, "--from-template", "nowhere")
    assert code == 1 and "nowhere" in err and "mongolia-2015" in err and digest(path) == before
    assert run(capsys, "charter")[0] == 2
    assert run(capsys, "charter", path, "--replace")[0] == 2


def test_the_templates_are_listed(capsys):
    code, out, err = run(capsys, "charter", "--templates")
    assert code == 0
    names = [line.split()[0] for line in out.strip().splitlines()]
    assert sorted(names) == ["action-plan-by-level", "kenya-outcomes", "mongolia-2015"]
    listed = json.loads(run(capsys, "charter", "--templates", "--json")[1])
    assert {t["name"] for t in listed} == set(names) and all(t["title"] for t in listed)
