"""The IMPACT OSS import CSV read back: its six columns, IMPACT OSS's own values (support_level 2/0, a unique
reference per row), every script in UTF-8 with a BOM, and no formula left to run."""

from __future__ import annotations

import csv
import os
import re

import pytest

from upr_desktop.domain.charter import short_title
from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.recommendation import Recommendation, Response
from upr_desktop.domain.workshop import ALL_COUNTRIES
from upr_desktop.io.impactoss import COLUMNS, export_impactoss
from upr_desktop.store.queries import RecommendationFilter


def read(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == COLUMNS
        return list(reader)


def test_the_header_is_exactly_what_impactoss_maps():
    assert COLUMNS == ("reference", "title", "description", "response", "support_level", "framework_id")


def test_every_recommendation_in_reference_order_with_impactoss_values(demo_workshop, tmp_path):
    w = demo_workshop
    ids = w.filtered_ids(RecommendationFilter())
    recs = w.recommendations(ids)
    rows = read(export_impactoss(w, tmp_path / "impactoss.csv"))
    assert len(rows) == w.count() == len(ids)
    assert [r["reference"] for r in rows] == [recs[i].reference for i in ids]
    assert len({r["reference"] for r in rows}) == len(rows)  # IMPACT OSS refuses a reference twice

    for row, rec in zip(rows, (recs[i] for i in ids)):
        assert row["title"] == short_title(rec.text) and len(row["title"]) <= 81
        assert row["description"].startswith(rec.text)
        assert ", ".join(rec.states) in row["description"]
        assert "Source: A/HRC/58/99 (UPR session 47, cycle 4)" in row["description"]
        expected = {Response.SUPPORTED: ("Supported", "2"), Response.NOTED: ("Noted", "0")}.get(rec.response,
                                                                                               ("", ""))
        assert (row["response"], row["support_level"]) == expected
        assert row["framework_id"] == ""  # IMPACT OSS then files it under its first framework
    long = next(r for r in rows if len(recs[ids[rows.index(r)]].text) > 80)
    assert long["title"].endswith("…") and " " not in long["title"][-2:]  # cut at a word


def test_only_the_recommendations_the_charter_cites(demo_workshop, tmp_path):
    w = demo_workshop
    cited = w.charter().cited_recommendation_ids()
    recs = w.recommendations(cited)
    rows = read(export_impactoss(w, tmp_path / "cited.csv", cited_only=True, framework_id=3))
    assert [r["reference"] for r in rows] == [recs[i].reference for i in cited]
    assert {r["framework_id"] for r in rows} == {"3"}


def test_references_stay_unique_and_every_script_round_trips(workshop_factory, tmp_path):
    w = workshop_factory(ALL_COUNTRIES)
    texts = ["Обеспечить независимость судебной власти", "표현의 자유를 보장할 것",
             "ضمان حرية التعبير وحماية الصحفيين", "=HYPERLINK(\"http://evil.example\") adopt a law",
             "Ratify the Convention on the Rights of Persons with Disabilities"]
    specs = [("140.7", "Mongolia", "A/HRC/46/9"), ("140.7", "Republic of Korea", "A/HRC/55/11"),
             ("140.7", "Egypt", None), (None, "Mongolia", None), ("99.1", "Mongolia", "A/HRC/46/9")]
    for text, (reference, country, symbol) in zip(texts, specs):
        w.add_recommendation(Recommendation(text=text, reference=reference, country=country, document_symbol=symbol,
                                            states=("Монголия",), response=Response.PENDING, session=37))
    target = export_impactoss(w, tmp_path / "all.csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = {r["description"].split("\n\n")[0]: r for r in read(target)}
    assert set(rows) == {"'" + texts[3], *texts[:3], texts[4]}

    assert rows[texts[0]]["reference"] == "140.7 (A/HRC/46/9)"
    assert rows[texts[1]]["reference"] == "140.7 (A/HRC/55/11)"
    assert rows[texts[2]]["reference"] == "140.7 (Egypt)"
    assert rows[texts[4]]["reference"] == "99.1"
    injected = rows["'" + texts[3]]
    assert injected["reference"].startswith("#")  # no paragraph number: an id-based one
    assert injected["title"].startswith("'=HYPERLINK")  # shown as text if the file is opened in a spreadsheet
    assert rows[texts[1]]["title"] == texts[1]
    assert "Recommending State: Монголия" in rows[texts[2]]["description"]
    assert "State under review: Republic of Korea" in rows[texts[1]]["description"]  # a coalition database
    assert {r["response"] for r in rows.values()} == {""} and {r["support_level"] for r in rows.values()} == {""}


def test_refusals(demo_unsorted, demo_workshop, tmp_path):
    with pytest.raises(WorkshopError, match="cites no recommendations"):
        export_impactoss(demo_unsorted, tmp_path / "x.csv", cited_only=True)
    with pytest.raises(WorkshopError, match=r"\.csv"):
        export_impactoss(demo_workshop, tmp_path / "x.xlsx")
    with pytest.raises(WorkshopError, match="positive number"):
        export_impactoss(demo_workshop, tmp_path / "x.csv", framework_id=0)
    assert list(tmp_path.glob("*x.*")) == []


def test_a_failed_write_leaves_the_existing_file_untouched(demo_workshop, tmp_path, monkeypatch):
    target = tmp_path / "impactoss.csv"
    target.write_text("reference,title\n", encoding="utf-8")

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(WorkshopError, match="could not be written"):
        export_impactoss(demo_workshop, target)
    assert target.read_text(encoding="utf-8") == "reference,title\n"
    monkeypatch.undo()
    with pytest.raises(WorkshopError, match="Choose another folder"):
        export_impactoss(demo_workshop, tmp_path / "gone" / "impactoss.csv")


def test_control_characters_from_imported_text_are_cleaned(demo_workshop, tmp_path):
    """A vertical tab (Word's line break, in CSVs made from Word) becomes a new line; other control characters,
    which IMPACT OSS and spreadsheets choke on, are dropped, also where they would hide a formula."""
    w = demo_workshop
    w.add_recommendation(Recommendation(text="Ratify the Convention\vwithout delay\x00 and\x1b in full.",
                                        reference="500.1", states=("Nor\x07way",), response=Response.SUPPORTED))
    w.add_recommendation(Recommendation(text="\x01=HYPERLINK(\"http://evil.example\") adopt a law", reference="500.2",
                                        response=Response.NOTED))
    target = export_impactoss(w, tmp_path / "impactoss.csv")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", target.read_text(encoding="utf-8-sig"))
    rows = {r["reference"]: r for r in read(target)}
    assert rows["500.1"]["description"].startswith(
        "Ratify the Convention\nwithout delay and in full.\n\nRecommending State: Norway")
    assert rows["500.2"]["title"].startswith("'=HYPERLINK")
    assert rows["500.2"]["description"].startswith("'=HYPERLINK")
