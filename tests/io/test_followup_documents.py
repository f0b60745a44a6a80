"""The follow-up documents read back from the files written: the mid-term report (PDF and DOCX), the
stakeholder submission, the monitoring matrix and the plain recommendations export. The demo's follow-up
holds one confidential testimony and one disagreement (121.56)."""

from __future__ import annotations

import csv
import subprocess
from datetime import date

import docx
import openpyxl
import pytest

from upr_desktop.domain.followup import WORD_CAP_SINGLE
from upr_desktop.io.followup_docx import export_midterm_docx, export_submission_docx, submission_word_count
from upr_desktop.io.followup_export import export_monitoring, export_recommendations
from upr_desktop.io.pdf.midterm import write_midterm_pdf
from upr_desktop.store.queries import RecommendationFilter

SECRET = "Testimony of a woman defender from the Highlands"
TODAY = date(2026, 12, 1)


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _xlsx_text(path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row if c is not None)


def test_the_demo_has_a_confidential_testimony_that_is_cited(demo_workshop):
    secret = [e for e in demo_workshop.evidence_items() if e.confidential]
    assert [e.title for e in secret] == [SECRET]
    cited = {e for a in demo_workshop.assessments() for e in a.evidence_ids}
    assert secret[0].id in cited  # so leaving it out of the documents is a real test


def test_a_confidential_item_is_absent_from_every_document_and_export(demo_workshop, tmp_path):
    pdf = write_midterm_pdf(demo_workshop, tmp_path / "midterm.pdf", today=TODAY)
    mid = export_midterm_docx(demo_workshop, tmp_path / "midterm.docx", today=TODAY)
    sub = tmp_path / "submission.docx"
    export_submission_docx(demo_workshop, sub, today=TODAY)
    xlsx = export_monitoring(demo_workshop, tmp_path / "matrix.xlsx")
    csv_path = export_monitoring(demo_workshop, tmp_path / "matrix.csv")
    texts = {"pdf": _pdf_text(pdf), "midterm docx": _docx_text(mid), "submission": _docx_text(sub),
             "xlsx": _xlsx_text(xlsx), "csv": csv_path.read_text(encoding="utf-8-sig")}
    for name, text in texts.items():
        assert "Highlands" not in text or SECRET not in text, name
        assert "woman defender" not in text, name
    # the shareable evidence is there: the check above would see a leak
    assert "Coalition register of attacks on defenders" in texts["pdf"]
    assert "Coalition register of attacks on defenders" in texts["midterm docx"]
    # 121.56 cites three items, one confidential: the matrix counts two
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["Reference"] == "121.56")
    assert row["Evidence items"] == "3"  # register, draft law, court ruling (the testimony left out)
    assert row["Assessors disagree"] == "Yes"


def test_the_disagreement_is_shown_in_both_reports(demo_workshop, tmp_path):
    pdf = _pdf_text(write_midterm_pdf(demo_workshop, tmp_path / "m.pdf", today=TODAY))
    mid = _docx_text(export_midterm_docx(demo_workshop, tmp_path / "m.docx", today=TODAY))
    for text in (pdf, mid):
        flat = " ".join(text.split())
        assert "Organisations disagree" in flat
        assert "Free Press Demoland (2026-11-12): Not implemented" in flat
        assert "Human Rights Defenders Network (2026-11-05): Partially implemented" in flat


def test_the_pdf_has_the_parts_of_a_midterm_report(demo_workshop, tmp_path):
    text = " ".join(_pdf_text(write_midterm_pdf(demo_workshop, tmp_path / "m.pdf", today=TODAY)).split())
    for part in ("Summary", "Methodology", "The charter's priorities", "Annex: evidence", "SHA-256",
                 "Ministry publishes its draft law for public consultation late"):
        assert part in text, part


def test_word_count_warning_when_over_the_cap(demo_workshop, tmp_path):
    under = submission_word_count(demo_workshop, joint=False, today=TODAY)
    assert under.cap == WORD_CAP_SINGLE and under.warning is None
    priority = demo_workshop.charter().priorities[0]
    demo_workshop.update_priority(priority.with_changes(government_action=" ".join(["word"] * 3000)))
    over = export_submission_docx(demo_workshop, tmp_path / "s.docx", joint=False, today=TODAY)
    assert over.words > WORD_CAP_SINGLE and "over the 2,815-word limit" in over.warning
    text = _docx_text(tmp_path / "s.docx")
    assert f"Word count: {over.words:,} of 2,815" in text and "over the 2,815-word limit" in text
    joint = submission_word_count(demo_workshop, joint=True, today=TODAY)
    assert joint.cap == 5630 and joint.warning is None


def test_monitoring_matrix_is_injection_safe(demo_workshop, tmp_path):
    subject = demo_workshop.subject_for_reference("121.2")
    demo_workshop.assess(subject, "not", "2026-11-30", justification='=HYPERLINK("http://x.example","y")')
    path = export_monitoring(demo_workshop, tmp_path / "m.xlsx")
    sheet = openpyxl.load_workbook(path)["Monitoring matrix"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" and not str(c.value).startswith("=") for c in cells)


def test_recommendations_export_follows_search_and_filters(demo_workshop, tmp_path):
    flt = RecommendationFilter(text="torture", responses=frozenset({"supported"}))
    expected = demo_workshop.filtered_ids(flt)
    assert 0 < len(expected) < demo_workshop.count()
    out = export_recommendations(demo_workshop, tmp_path / "r.csv", flt)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    recs = demo_workshop.recommendations(expected)
    assert [r["Reference"] for r in rows] == [recs[i].reference for i in expected]
    assert all(r["Response"] == "Supported" for r in rows)
    book = openpyxl.load_workbook(export_recommendations(demo_workshop, tmp_path / "r.xlsx", flt))
    assert book["Recommendations"].max_row == len(expected) + 1


def test_wrong_endings_are_refused(demo_workshop, tmp_path):
    from upr_desktop.domain.errors import WorkshopError
    with pytest.raises(WorkshopError, match=".xlsx or .csv"):
        export_monitoring(demo_workshop, tmp_path / "m.pdf")
    with pytest.raises(WorkshopError, match=".docx"):
        export_submission_docx(demo_workshop, tmp_path / "s.pdf")
    assert not list(tmp_path.glob("m.*")) and not list(tmp_path.glob("s.*"))
