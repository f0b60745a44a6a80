"""`upr-desktop export FILE --xlsx|--csv|--docx|--impactoss OUT`: the files are written and read back; a
refusal is one plain line and a non-zero exit; the workshop itself is never changed."""

from __future__ import annotations

import csv

import docx
import pandas as pd
import pytest


from .cli_helpers import digest, run


@pytest.fixture
def demo_file(tmp_path):
    from upr_desktop.io.demo import create_demo_workshop

    path = tmp_path / "demo.uprw"
    create_demo_workshop(path).close()
    return path


@pytest.fixture
def charter_facts(demo_file):
    from upr_desktop.ops import Workshop

    with Workshop.open(demo_file, read_only=True) as w:
        charter = w.charter()
        return {"title": charter.title, "priorities": [p.title for p in charter.priorities],
                "rows": sum(max(1, len(p.recommendation_ids)) for p in charter.priorities),
                "cited": len(charter.cited_recommendation_ids()), "recommendations": w.count()}


def test_the_matrix_as_xlsx_and_csv(demo_file, charter_facts, tmp_path, capsys):
    before = digest(demo_file)
    code, out, err = run(capsys, "export", demo_file, "--xlsx", tmp_path / "matrix.xlsx")
    assert (code, err) == (0, "")
    n = len(charter_facts["priorities"])
    assert out.strip() == (f"Wrote the implementation matrix ({n} priorities, {charter_facts['rows']} rows) "
                           f"to {tmp_path / 'matrix.xlsx'}")
    frame = pd.read_excel(tmp_path / "matrix.xlsx", sheet_name="Implementation matrix", dtype=str,
                          keep_default_na=False, engine="openpyxl")
    assert list(frame["Priority"]) == charter_facts["priorities"]

    code, out, err = run(capsys, "export", demo_file, "--csv", tmp_path / "matrix.csv")
    assert (code, err) == (0, "")
    raw = (tmp_path / "matrix.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert [row[1] for row in table[1:]] == charter_facts["priorities"]
    assert digest(demo_file) == before  # exporting reads the workshop, never writes it


def test_the_charter_as_word(demo_file, charter_facts, tmp_path, capsys):
    code, out, err = run(capsys, "export", demo_file, "--docx", tmp_path / "charter.docx")
    assert (code, err) == (0, "")
    assert f"“{charter_facts['title']}”" in out and "charter.docx" in out
    document = docx.Document(str(tmp_path / "charter.docx"))
    assert document.paragraphs[0].text == charter_facts["title"]
    assert "DRAFT" in [p.text for p in document.paragraphs]


def test_an_impactoss_import_of_all_or_only_the_cited_recommendations(demo_file, charter_facts, tmp_path, capsys):
    code, out, err = run(capsys, "export", demo_file, "--impactoss", tmp_path / "all.csv")
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {charter_facts['recommendations']} recommendations in the workshop")
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == charter_facts["recommendations"]

    code, out, err = run(capsys, "export", demo_file, "--impactoss", tmp_path / "cited.csv", "--cited-only",
                         "--framework-id", "2")
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {charter_facts['cited']} recommendations cited by the charter")
    with open(tmp_path / "cited.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == charter_facts["cited"] and {r["framework_id"] for r in rows} == {"2"}


@pytest.mark.parametrize("args, message", [
    (("--docx", "{tmp}/charter.pdf"), "ending in .docx"),
    (("--xlsx", "{tmp}/matrix.csv"), "ends in .xlsx"),
    (("--impactoss", "{tmp}/gone/impactoss.csv"), "Choose another folder"),
    (("--csv", "{tmp}/gone/matrix.csv"), "Choose another folder"),
])
def test_refusals_are_one_plain_line(demo_file, tmp_path, capsys, args, message):
    before = digest(demo_file)
    code, out, err = run(capsys, "export", demo_file, *(a.format(tmp=tmp_path) for a in args))
    assert code == 1 and out == ""
    assert err.startswith("upr-desktop: ") and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("charter*")) and not list(tmp_path.glob("matrix*"))
    assert digest(demo_file) == before


def test_a_workshop_without_a_charter(tmp_path, capsys):
    from upr_desktop.io.demo import create_demo_workshop

    path = tmp_path / "unsorted.uprw"
    create_demo_workshop(path, until="rounds").close()
    for option, name in (("--docx", "c.docx"), ("--xlsx", "m.xlsx")):
        code, out, err = run(capsys, "export", path, option, tmp_path / name)
        assert code == 1 and "no charter yet" in err
    code, out, err = run(capsys, "export", path, "--impactoss", tmp_path / "i.csv", "--cited-only")
    assert code == 1 and "cites no recommendations" in err
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("i.*"))


def test_a_missing_workshop_file_is_a_plain_error(tmp_path, capsys):
    code, out, err = run(capsys, "export", tmp_path / "nowhere.uprw", "--xlsx", tmp_path / "m.xlsx")
    assert code == 1 and err.startswith("upr-desktop: ") and "Traceback" not in err
    assert not (tmp_path / "m.xlsx").exists()


@pytest.mark.parametrize("args", [
    (),  # nothing to write
    ("--xlsx", "a.xlsx", "--docx", "b.docx"),  # one file at a time
    ("--xlsx", "a.xlsx", "--cited-only"),  # --cited-only is for IMPACT OSS
    ("--docx", "b.docx", "--framework-id", "2"),
])
def test_wrong_usage_exits_2(demo_file, tmp_path, capsys, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", demo_file, *args)
    assert code == 2 and "usage: upr-desktop export" in err
    assert not list(tmp_path.glob("a.*")) and not list(tmp_path.glob("b.*"))
