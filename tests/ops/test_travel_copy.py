"""The travel copy, read back: none of what it leaves out is in the file, and what it keeps is."""

from __future__ import annotations

import json
import sqlite3

import pytest

from upr_desktop.io.demo import create_demo_workshop, load_demo_source
from upr_desktop.ops.workshop import Workshop

PASS = "a travel passphrase for the border"


def _identifying(source: dict) -> list[str]:
    people = source["participants"]
    found = [p.get("name") for p in people] + [p.get("contact") for p in people]
    found += sorted({p["organisation"] for p in people if p.get("organisation")})
    found += [e["title"] for e in source["followup"]["evidence"] if e.get("confidential") or e["kind"] == "testimony"]
    public = " ".join(r["text"] for r in source["recommendations"])  # the UN's own published text stays as it is
    return [text for text in found if text and len(text) > 4 and text not in public]


@pytest.fixture(scope="module")
def demo_source():
    return load_demo_source()


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_travel_copy_holds_none_of_what_it_leaves_out(tmp_path, demo_source, encrypted):
    workshop = create_demo_workshop(tmp_path / "demo.uprw", passphrase=PASS if encrypted else None)
    preview = workshop.travel_copy_preview()
    removed = dict(preview.removed)
    assert removed["participants' names, contacts and personal codes"] == len(demo_source["participants"])
    assert removed["confidential evidence and testimony"] >= 1
    assert removed["organisations that did not consent to be named"] >= 3
    recommendations, clusters = workshop.count(), len(workshop.clusters())
    target = tmp_path / "travel.uprw"
    summary = workshop.save_travel_copy(target)
    assert summary.removed == preview.removed and summary.path == target
    assert "Kept:" in summary.message()
    workshop.close()

    data = target.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")  # a plain file: readable by anyone, with nothing to hide
    for text in _identifying(demo_source):
        assert text.encode("utf-8") not in data, text
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM participants WHERE name IS NOT NULL OR contact IS NOT NULL "
                        "OR organisation_id IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM evidence WHERE confidential = 1 OR kind = 'testimony'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM notes WHERE author IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    assert all(name.startswith("Organisation ") for (name,) in conn.execute("SELECT name FROM organisations"))
    assert conn.execute("SELECT count(*) FROM evidence_files WHERE evidence_id NOT IN (SELECT id FROM evidence)"
                        ).fetchone()[0] == 0
    for (snapshot,) in conn.execute("SELECT snapshot FROM charter_versions"):
        for text in _identifying(demo_source):
            assert text not in json.dumps(json.loads(snapshot), ensure_ascii=False)
    conn.close()

    copy = Workshop.open(target)  # a sound workshop of this version: recommendations, clusters, results stay
    assert copy.count() == recommendations and len(copy.clusters()) == clusters
    assert copy.search(demo_source["recommendations"][0]["text"].split()[2], limit=5)
    copy.close()
    if encrypted:  # the original is untouched, still encrypted
        again = Workshop.open(tmp_path / "demo.uprw", passphrase=PASS)
        assert again.count() == recommendations
        again.close()


def test_a_travel_copy_can_be_encrypted_with_its_own_passphrase(tmp_path, demo_source):
    workshop = create_demo_workshop(tmp_path / "demo.uprw", until="charter")
    workshop.save_travel_copy(tmp_path / "travel.uprw", passphrase=PASS)
    workshop.close()
    assert Workshop.is_encrypted_file(tmp_path / "travel.uprw")
    copy = Workshop.open(tmp_path / "travel.uprw", passphrase=PASS)
    assert copy.encrypted and copy.count() == len(demo_source["recommendations"])
    copy.close()
