"""The follow-up's documents from the interface: the mid-term report in the Print step and from the Follow-up
page, the submission draft and the monitoring matrix; confidential testimony never in any of them."""

from __future__ import annotations

import csv
import zipfile

from pypdf import PdfReader

from upr_desktop.io.pdf import DocumentKind


def _pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def _secret(workshop):
    found = [e for e in workshop.evidence_items() if e.confidential]
    assert found
    return found[0].title


def test_the_print_step_previews_the_mid_term_report(window, qtbot):
    window.show_step("print")
    page = window.pages["print"]
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    labels = [page.document_list.item(n).text() for n in range(page.document_list.count())]
    assert "Mid-term report" in labels
    assert page.choose(DocumentKind.MIDTERM)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.shown_request.kind is DocumentKind.MIDTERM
    assert page.page_count() >= 2
    assert page.grouping_box.isVisible()  # by cluster or by theme, as the handout


def test_the_page_saves_every_document_without_the_confidential_testimony(window, qtbot, tmp_path):
    window.show_step("followup")
    page = window.pages["followup"]
    qtbot.waitUntil(lambda: page.built)
    workshop = window.workshop
    secret = _secret(workshop)

    pdf = page.save_midterm_pdf(tmp_path / "midterm.pdf")
    text = _pdf_text(pdf)
    assert "121.56" in text and secret not in text

    for saved in (page.save_midterm_docx(tmp_path / "midterm.docx"), page.save_submission(tmp_path / "sub.docx")):
        with zipfile.ZipFile(saved) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        assert "Demoland" in body and secret not in body

    matrix = page.save_monitoring(tmp_path / "matrix.csv")
    with open(matrix, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) > workshop.dashboard().total // 2
    assert not any(secret in cell for row in rows for cell in row)
