"""The follow-up commands, run through `python -m upr_desktop` (the real command line) on a real demo workshop file."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def cli(*args, ok: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "upr_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def demo(tmp_path) -> Path:
    from upr_desktop.io.demo import create_demo_workshop
    path = tmp_path / "demo.uprw"
    create_demo_workshop(path).close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_evidence_add_prints_its_id_last_and_list_shows_the_hash(demo, tmp_path):
    attached = tmp_path / "decree.pdf"
    attached.write_bytes(b"%PDF-1.4 decree" * 50)
    done = cli("evidence", "add", demo, "--title", "Decree 5/2027", "--kind", "law", "--date", "2027-01-05",
               "--source", "Official Gazette", "--file", attached)
    new_id = int(done.stdout.split()[-1])
    items = json.loads(cli("evidence", "list", demo, "--json").stdout)
    item = next(i for i in items if i["id"] == new_id)
    assert item["sha256"] == hashlib.sha256(attached.read_bytes()).hexdigest()
    assert item["file"] == "decree.pdf"
    assert f"sha256 {item['sha256']}" in cli("evidence", "list", demo).stdout


def test_assess_then_followup_json_shows_the_disagreement(demo):
    done = cli("assess", demo, "121.2", "--status", "partial", "--by", "Free Press Demoland", "--date", "2026-11-01",
               "--note", "Bill tabled", "--evidence", "1")
    assessment_id = int(done.stdout.split()[-1])
    cli("assess", demo, "121.2", "--status", "no-info", "--by", "the coalition", "--date", "2026-11-02")
    cli("assess", demo, "P3", "--status", "not", "--by", "the coalition", "--date", "2026-11-03")
    data = json.loads(cli("followup", demo, "--json", "--today", "2026-12-01").stdout)
    latest = {row["ref"]: row for row in data["latest"]}
    assert latest["121.2"]["status"] == "no_info"  # the latest is current
    mine = [a for a in data["assessments"] if a["ref"] == "121.2"]
    assert [(a["by"], a["status"]) for a in mine] == [("Free Press Demoland", "partial"), ("the coalition", "no_info")]
    assert mine[0]["id"] == assessment_id and mine[0]["evidence"] == [1]
    assert data["disagreements"] == ["121.56"]
    both = {(a["by"], a["status"]) for a in data["assessments"] if a["ref"] == "121.56" and a["date"] >= "2026-11"}
    assert both == {("Human Rights Defenders Network", "partial"), ("Free Press Demoland", "not")}
    assert latest["P3"]["status"] == "not"
    assert [m["milestone"] for m in data["overdue_milestones"]] == [
        "Ministry publishes its draft law for public consultation"]
    assert sum(data["counts"].values()) == 82


@pytest.mark.parametrize("args, message", [
    (["assess", "{f}", "121.2", "--status", "full", "--by", "Nobody Inc", "--date", "2026-11-01"], "participants list"),
    (["assess", "{f}", "999.9", "--status", "full", "--by", "the coalition", "--date", "2026-11-01"], "No recommendation"),
    (["assess", "{f}", "P42", "--status", "full", "--by", "the coalition", "--date", "2026-11-01"], "no priority P42"),
    (["assess", "{f}", "121.2", "--status", "full", "--by", "the coalition", "--date", "1 Nov"], "not a date"),
    (["assess", "{f}", "121.2", "--status", "full", "--by", "the coalition", "--date", "2026-11-01",
      "--evidence", "77"], "No evidence item"),
    (["evidence", "add", "{f}", "--title", "X", "--kind", "rumour", "--date", "2026-11-01"], "not a kind"),
    (["evidence", "add", "{f}", "--title", "X", "--kind", "media", "--date", "2026-11-01", "--file", "/nope.pdf"],
     "no file"),
    (["report", "{f}", "--midterm", "out.txt"], ".pdf or .docx"),
    (["export", "{f}", "--recommendations", "out.pdf"], ".xlsx or .csv"),
])
def test_refusals_are_one_plain_line_and_change_nothing(demo, tmp_path, args, message):
    before = _digest(demo)
    done = cli(*[a.replace("{f}", str(demo)) if a == "{f}" else a for a in args], ok=False)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in done.stderr
    assert _digest(demo) == before


def test_reports_and_export_are_written(demo, tmp_path):
    cli("report", demo, "--midterm", tmp_path / "m.pdf")
    cli("report", demo, "--midterm", tmp_path / "m.docx")
    done = cli("report", demo, "--submission", tmp_path / "s.docx")
    assert "of 5,630 words" in done.stdout  # the demo's charter has several endorsing organisations
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    done = cli("export", demo, "--recommendations", tmp_path / "r.csv", "--query", "torture", "--response", "noted")
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert done.stdout.startswith(f"Wrote {len(rows) - 1} recommendation")
    assert all("Noted" in r for r in rows[1:]) and len(rows) > 1


def test_followup_json_text_matches_the_plain_dictionary(demo):
    from datetime import date

    from upr_desktop.cli.followup import followup_json, followup_json_text
    from upr_desktop.ops import Workshop

    with Workshop.open(demo, read_only=True) as workshop:
        fast = json.loads(followup_json_text(workshop, date(2026, 12, 1)))
        plain = followup_json(workshop, date(2026, 12, 1))
    import sqlite3

    conn = sqlite3.connect(demo)
    try:
        stored = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]  # every one, read from the file
    finally:
        conn.close()
    assert fast["assessments"] == plain["assessments"] and len(fast["assessments"]) == stored > 16
    key = lambda row: row["ref"]  # noqa: E731
    assert sorted(fast["latest"], key=key) == sorted(plain["latest"], key=key)
    assert {k: v for k, v in fast.items() if k not in ("latest", "assessments")} == \
        {k: v for k, v in plain.items() if k not in ("latest", "assessments")}
