"""The Print step: every document previewed with its real page count, paper and options, zoom and pages,
Save as PDF, printing (through a PDF printer), stale renders dropped and the preview following the workshop."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from upr_desktop.domain.errors import WorkshopError
from upr_desktop.domain.recommendation import Recommendation
from upr_desktop.io.pdf import DocumentKind, choices, render_pdf
from upr_desktop.ui.print import page as print_page
from upr_desktop.ui.print import printing
from upr_desktop.ui.print.page import PrintPage
from upr_desktop.ui.print.printing import default_paper, print_pdf, safe_file_name
from upr_desktop.ui.common.dialog_parts import documents_folder

A4 = (595, 842)
LETTER = (612, 792)


def pdfinfo(pdf: bytes | Path, tmp_path: Path) -> dict[str, str]:
    if isinstance(pdf, bytes):
        path = tmp_path / "probe.pdf"
        path.write_bytes(pdf)
    else:
        path = pdf
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def pages_of(pdf: bytes | Path, tmp_path: Path) -> int:
    return int(pdfinfo(pdf, tmp_path)["Pages"].strip())


def page_points(page: PrintPage) -> tuple[int, int]:
    size = page.document.pagePointSize(0)
    return round(size.width()), round(size.height())


@pytest.fixture
def page(window, qtbot) -> PrintPage:
    window.show_step("print")
    page = window.pages["print"]
    assert isinstance(page, PrintPage) and page.isVisible()
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    return page


def show(page: PrintPage, qtbot, kind, round_id=None) -> None:
    assert page.choose(kind, round_id)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)


def test_the_print_step_is_the_print_page(window):
    assert isinstance(window.pages["print"], PrintPage)
    window.step_list.setCurrentRow(6)
    assert window.page_stack.currentWidget() is window.pages["print"]
    assert not window.delete_rec_action.isEnabled()  # nothing to delete here


def test_every_document_previews_with_its_real_page_count(page, qtbot, tmp_path):
    workshop = page.workshop
    available = [c for c in choices(workshop) if not c.unavailable]
    assert {c.request.kind for c in available} == set(DocumentKind)  # the demo has every kind
    for choice in available:
        show(page, qtbot, choice.request.kind, choice.request.round_id)
        expected = pages_of(render_pdf(workshop, page.current_request()), tmp_path)
        assert page.page_count() == expected, choice.label
        assert page.page_count_label.text() == f"of {expected}"
        assert page.preview_stack.currentWidget() is page.view
        assert page.shown_request.kind is choice.request.kind
        assert page.shown_request.round_id == choice.request.round_id
        assert pages_of(page.pdf_bytes(), tmp_path) == expected
        assert page.print_button.isEnabled() and page.save_button.isEnabled()
    # Options show for the document they belong to.
    show(page, qtbot, DocumentKind.HANDOUT)
    assert page.grouping_box.isVisible() and not page.blank_box.isVisible()
    show(page, qtbot, DocumentKind.BALLOTS)
    assert page.blank_box.isVisible() and not page.grouping_box.isVisible()


def test_documents_that_cannot_be_printed_yet_are_disabled_with_the_reason(page, qtbot):
    rows = [page.document_list.item(n) for n in range(page.document_list.count())]
    assert [r.text() for r in rows] == [c.label for c in choices(page.workshop)]
    draft = next(r for r in rows if r.text() == "Results: Charter shortlist")  # a round not closed yet
    assert not draft.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not draft.flags() & Qt.ItemFlag.ItemIsSelectable
    assert draft.toolTip() == "Results are printed once the round is closed."
    assert draft.data(print_page.HintRole) == "Results are printed once the round is closed."
    draft_round = next(r for r in page.workshop.voting_rounds() if r.title == "Charter shortlist")
    before = page.current_choice()
    assert not page.choose(DocumentKind.RESULTS, draft_round.id)
    assert page.current_choice() == before
    # Clicking it does nothing either.
    rect = page.document_list.visualItemRect(draft)
    qtbot.mouseClick(page.document_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_choice() == before
    assert all(r.flags() & Qt.ItemFlag.ItemIsEnabled for r in rows if r is not draft)


def test_a_workshop_with_nothing_to_print_says_so(qtbot, tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    workshop = Workshop.create(tmp_path / "empty.uprw", WorkshopInfo(title="Empty", country="Demoland"))
    page = PrintPage(workshop)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.preview_stack.currentWidget() is page.note_panel
                    and page.note_title.text() == "Nothing to print yet", timeout=5000)
    assert "Import the recommendations" in page.note_text.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.page_spin.text() == "–" and not page.page_spin.isEnabled()
    assert page.document_list.count() == 2  # the handout and the charter, both waiting
    assert not any(page.document_list.item(n).flags() & Qt.ItemFlag.ItemIsEnabled for n in range(2))
    page.detach()
    workshop.close()


def test_paper_follows_the_locale_and_the_switch_changes_the_page_size(page, qtbot, tmp_path):
    assert default_paper(QLocale("en_US")) == "letter"
    assert default_paper(QLocale("es_MX")) == "letter"
    assert default_paper(QLocale("en_CA")) == "letter"
    assert default_paper(QLocale("fil_PH")) == "letter"
    assert default_paper(QLocale("fr_FR")) == "a4"
    assert default_paper(QLocale("en_GB")) == "a4"
    assert default_paper(QLocale("hy_AM")) == "a4"

    show(page, qtbot, DocumentKind.HANDOUT)
    page.a4_button.click()
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page_points(page) == A4
    page.letter_button.click()
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.paper() == "letter" and page.shown_request.paper == "letter"
    assert page_points(page) == LETTER
    assert "612 x 792" in pdfinfo(page.pdf_bytes(), tmp_path)["Page size"]
    # The paper stays chosen for the next document.
    show(page, qtbot, DocumentKind.CHARTER)
    assert page_points(page) == LETTER


def test_grouping_and_blank_ballots_reach_the_document(page, qtbot, tmp_path):
    show(page, qtbot, DocumentKind.HANDOUT)
    page.theme_button.click()
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.shown_request.group_by == "theme"
    text_path = tmp_path / "handout.pdf"
    text_path.write_bytes(page.pdf_bytes())
    text = subprocess.run(["pdftotext", str(text_path), "-"], capture_output=True, text=True, check=True).stdout
    assert "by theme" in text

    rnd = next(r for r in page.workshop.voting_rounds() if r.title == "Charter shortlist")
    show(page, qtbot, DocumentKind.BALLOTS, rnd.id)
    before = page.page_count()
    page.blank_spin.setValue(3)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.shown_request.blank_ballots == 3
    assert page.page_count() > before
    assert page.page_count() == pages_of(render_pdf(page.workshop, page.current_request()), tmp_path)
    assert page.blank_spin.maximum() == 50


def test_zoom_and_page_navigation(page, qtbot):
    show(page, qtbot, DocumentKind.HANDOUT)
    count = page.page_count()
    assert count > 3
    assert page.fit_button.isChecked()  # fits the width to begin with
    fitted = page.zoom_factor()
    assert page.zoom_label.text() == f"{round(fitted * 100)} %"

    page.zoom_in_button.click()
    assert not page.fit_button.isChecked()
    assert page.zoom_factor() > fitted
    assert page.zoom_label.text() == f"{round(page.zoom_factor() * 100)} %"
    bigger = page.zoom_factor()
    page.zoom_out_button.click()
    page.zoom_out_button.click()
    assert page.zoom_factor() < bigger
    for _ in range(30):
        page.zoom_out_button.click()
    assert page.zoom_factor() == print_page.ZOOM_STEPS[0] and not page.zoom_out_button.isEnabled()
    page.fit_button.click()
    assert page.fit_button.isChecked()
    assert abs(page.zoom_factor() - fitted) < 0.01

    assert page.current_page() == 0 and not page.previous_button.isEnabled()
    assert page.page_spin.text() == "1"
    page.next_button.click()
    qtbot.waitUntil(lambda: page.current_page() == 1, timeout=2000)
    assert page.page_spin.value() == 2 and page.page_spin.text() == "2" and page.previous_button.isEnabled()
    page.page_spin.setValue(count)
    qtbot.waitUntil(lambda: page.current_page() == count - 1, timeout=2000)
    assert not page.next_button.isEnabled()
    page.previous_button.click()
    qtbot.waitUntil(lambda: page.current_page() == count - 2, timeout=2000)
    assert page.page_spin.value() == count - 1
    # Scrolling the preview moves the page number too.
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.minimum())
    qtbot.waitUntil(lambda: page.page_spin.value() == 1, timeout=2000)


def test_save_as_pdf_writes_the_document_shown(page, qtbot, tmp_path, monkeypatch):
    show(page, qtbot, DocumentKind.CHARTER)
    asked = []
    target = tmp_path / "out" / "charter for signing"
    target.parent.mkdir()

    def fake_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    written = page.save_as_pdf()
    assert written == target.with_name("charter for signing.pdf")
    assert written.read_bytes() == page.pdf_bytes()
    assert pages_of(written, tmp_path) == page.page_count()
    suggested = Path(asked[0])
    assert suggested.name == ("CSO strategy workshop on the implementation of Demoland's UPR recommendations - "
                              "charter.pdf")
    assert suggested.parent == documents_folder()  # not the workshop's folder (the demo's is hidden app data)
    assert str(written) in page.window().statusBar().currentMessage()
    assert not list(target.parent.glob("*.partial"))

    # Ctrl+S does the same while the Print step is shown.
    second = tmp_path / "out" / "again.pdf"
    asked.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(second), "")))
    qtbot.keyClick(page.window(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert second.exists() and pages_of(second, tmp_path) == page.page_count()
    # On another step Ctrl+S is not the Print step's.
    page.window().show_step("review")
    second.unlink()
    qtbot.keyClick(page.window(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not second.exists()
    page.window().show_step("print")
    # A cancelled dialog writes nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert page.save_as_pdf() is None


def test_saving_into_a_folder_that_cannot_be_written_gives_a_plain_message(page, qtbot, tmp_path, monkeypatch,
                                                                          message_boxes):
    show(page, qtbot, DocumentKind.HANDOUT)
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(blocker / "handout.pdf"), "")))
    assert page.save_as_pdf() is None
    assert len(message_boxes.shown) == 1
    message = message_boxes.shown[0]
    assert "Choose another folder" in message and "not a folder" in message
    assert "Traceback" not in message and "Errno" not in message


def test_file_names_are_safe_everywhere():
    assert safe_file_name('Kenya: "UPR" 2025/26 - charter', "Document") == "Kenya UPR 2025 26 - charter"
    assert safe_file_name(" ... ", "Document") == "Document"
    assert len(safe_file_name("x" * 400, "Document")) <= 120


def non_white_share(pdf: Path, tmp_path: Path, page: int) -> float:
    stem = tmp_path / f"printed-{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    image = QImage(str(stem.with_suffix(".png")))
    assert not image.isNull()
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if QImage.pixelColor(image, x, y).lightness() < 200)
    return dark / ((image.height() // 2) * (image.width() // 2))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_to_a_pdf_printer_prints_every_page(page, qtbot, tmp_path):
    show(page, qtbot, DocumentKind.HANDOUT)
    out = tmp_path / "printed.pdf"
    sheets = print_pdf(page.document, pdf_printer(out))
    assert sheets == page.page_count()
    assert pages_of(out, tmp_path) == page.page_count()
    assert "595 x 842" in pdfinfo(out, tmp_path)["Page size"]
    for number in (1, page.page_count()):
        assert non_white_share(out, tmp_path, number) > 0.005, number  # the text is there, not a blank page


def test_printing_honours_the_page_range_copies_and_current_page(page, qtbot, tmp_path):
    show(page, qtbot, DocumentKind.HANDOUT)
    ranged = tmp_path / "ranged.pdf"
    printer = pdf_printer(ranged)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()  # so the page prints the copies itself
    assert print_pdf(page.document, printer) == 4
    assert pages_of(ranged, tmp_path) == 4

    current = tmp_path / "current.pdf"
    printer = pdf_printer(current)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert print_pdf(page.document, printer, current_page=2) == 1
    assert pages_of(current, tmp_path) == 1
    assert non_white_share(current, tmp_path, 1) > 0.005

    stopped = tmp_path / "stopped.pdf"
    assert print_pdf(page.document, pdf_printer(stopped), progress=lambda done, total: done < 2) == 2


def test_print_goes_through_the_print_dialog(page, qtbot, tmp_path, monkeypatch):
    show(page, qtbot, DocumentKind.CHARTER)
    shown = []
    # Ctrl+P opens the dialog; cancelling it prints nothing.
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: shown.append("cancel") or QDialog.DialogCode.Rejected)
    qtbot.keyClick(page.window(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["cancel"]

    def accept(dialog):
        shown.append((dialog.minPage(), dialog.maxPage(), dialog.windowTitle()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    out = tmp_path / "charter-printed.pdf"
    printer = pdf_printer(out)
    assert page.print_document(printer) == page.page_count()
    assert shown[1:] == [(1, page.page_count(), "Print Outcome charter")]
    assert printer.docName().endswith(" - charter")
    assert pages_of(out, tmp_path) == page.page_count()
    assert "pages sent to" in page.window().statusBar().currentMessage()


def test_a_newer_request_wins_over_an_older_render(page, qtbot, tmp_path):
    show(page, qtbot, DocumentKind.HANDOUT)
    page.a4_button.setChecked(True)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    letter = render_pdf(page.workshop, dataclasses.replace(page.current_request(), paper="letter"))
    # Two requests back to back: only the second one is shown.
    page.letter_button.setChecked(True)
    page.render_now()
    page.a4_button.setChecked(True)
    page.render_now()
    assert page.is_busy()
    assert page.wait_until_idle()
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.shown_request.paper == "a4" and page_points(page) == A4
    # A render that finishes after a newer one was asked for is dropped.
    shown = page.pdf_bytes()
    page._render_signals.rendered.emit(page._render_number - 1, letter)
    page._render_signals.failed.emit(page._render_number - 1, WorkshopError("an old failure"))
    assert page.pdf_bytes() is shown and page_points(page) == A4
    assert page.preview_stack.currentWidget() is page.view


def test_a_failed_render_is_shown_in_plain_words(page, qtbot, monkeypatch):
    show(page, qtbot, DocumentKind.HANDOUT)

    def broken(workshop, request):
        def render():
            raise WorkshopError("The handout could not be laid out: a recommendation is too long for one page.")
        return render

    monkeypatch.setattr(print_page, "prepare", broken)
    page.letter_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and page.preview_stack.currentWidget() is page.note_panel,
                    timeout=10_000)
    assert page.note_title.text() == "The preview could not be made"
    assert page.note_text.text() == ("The handout could not be laid out: a recommendation is too long for one "
                                     "page.")
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.pdf_bytes() is None

    def missing(workshop, request):
        raise ModuleNotFoundError("No module named 'upr_desktop.io.pdf.handout'")

    monkeypatch.setattr(print_page, "prepare", missing)
    page.a4_button.click()
    qtbot.waitUntil(lambda: "can't make this document yet" in page.note_text.text(), timeout=10_000)
    assert "No module" not in page.note_text.text()


def test_a_text_too_long_for_a_page_is_explained_in_plain_words(page, qtbot, monkeypatch):
    """reportlab's own words ("Flowable <Table@0x…> too large …") never reach the person."""
    from reportlab.platypus import Table

    from upr_desktop.io.pdf import handout, layout

    show(page, qtbot, DocumentKind.HANDOUT)

    def too_long(data, paper="a4"):  # a real layout failure: a row taller than any page
        return layout.build([Table([["A recommendation"]], rowHeights=[2000])], layout.PageDecor(title="Handout"),
                            paper=paper)

    monkeypatch.setattr(handout, "render", too_long)
    page.letter_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and page.preview_stack.currentWidget() is page.note_panel,
                    timeout=10_000)
    text = page.note_text.text()
    assert re.match(r"A text is too long to fit on one page of the handout, near page \d+, so it could not be "
                    r"printed\.", text)
    assert "Shorten the longest recommendation text" in text
    assert "Flowable" not in text and "Something went wrong" not in text and "0x" not in text
    assert not page.print_button.isEnabled() and page.pdf_bytes() is None


def test_the_preview_follows_the_workshop_only_while_shown(page, qtbot, window):
    show(page, qtbot, DocumentKind.HANDOUT)
    before = page.page_count()
    workshop = page.workshop
    for n in range(60):
        workshop.add_recommendation(Recommendation(
            text=f"Strengthen the follow-up of recommendation number {n} with civil society, in every region "
                 "and with a budget line of its own.", reference=f"999.{n}"))
    assert page._timer.isActive()  # debounced: one render for sixty changes
    assert not page.save_button.isEnabled() and not page.print_action.isEnabled()  # the old preview is out of date
    qtbot.waitUntil(lambda: page.preview_ready() and page.page_count() > before, timeout=30_000)
    grown = page.page_count()

    # Hidden, it waits: nothing is rendered until the Print step is shown again.
    window.show_step("review")
    number = page._render_number
    workshop.update_info(dataclasses.replace(workshop.info(), title="Renamed workshop"))
    qtbot.wait(DEBOUNCE_WAIT)
    assert page._render_number == number and not page.preview_ready()
    window.show_step("print")
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page._render_number > number
    assert page.page_count() == grown


def test_rounds_coming_and_going_refresh_the_list(page, qtbot):
    rnd = next(r for r in page.workshop.voting_rounds() if r.title == "Charter shortlist")
    participant = page.workshop.participants()[0]
    page.workshop.open_round(rnd.id)
    candidate = page.workshop.round_candidates(rnd.id)[0]
    page.workshop.cast_ballot(rnd.id, participant.id, [candidate.id])
    page.workshop.close_round(rnd.id)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    row = next(n for n in range(page.document_list.count())
               if page.document_list.item(n).text() == "Results: Charter shortlist")
    assert page.document_list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    show(page, qtbot, DocumentKind.RESULTS, rnd.id)
    assert page.page_count() >= 1


def test_narrow_pages_put_the_documents_above_the_preview(page, qtbot, window):
    window.resize(1400, 860)
    qtbot.waitUntil(page.side_by_side, timeout=2000)
    assert page.options_card.x() < page.preview_card.x()
    window.set_zoom(2.0)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: not page.side_by_side(), timeout=2000)
    qtbot.wait(50)
    assert page.options_card.y() < page.preview_card.y()
    assert page.document_list.isVisible() and page.view.isVisible()
    window.set_zoom(1.0)
    window.resize(1400, 860)
    qtbot.waitUntil(page.side_by_side, timeout=2000)


DEBOUNCE_WAIT = print_page.DEBOUNCE_MS + 300


def test_no_sql_and_no_reportlab_in_the_page():
    source = Path(print_page.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+(reportlab|sqlite)", source, re.MULTILINE)
    assert not re.search(r"\bSELECT\b|\bINSERT\b", source)


# --- exports -----------------------------------------------------------------------------------------------
def test_exports_write_files_from_the_menu(page, qtbot, tmp_path, monkeypatch):
    import csv

    import docx
    import pandas

    workshop = page.workshop
    charter = workshop.charter()
    asked: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()
    names = iter(["matrix", "matrix", "charter", "everything", "cited"])

    def fake_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(folder / next(names)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    page.export_menu.aboutToShow.emit()
    assert all(action.isEnabled() for action in page.export_actions.values())
    assert page.export_button.isEnabled()

    page.export_actions["matrix-xlsx"].trigger()
    matrix = pandas.read_excel(folder / "matrix.xlsx", sheet_name="Implementation matrix", engine="openpyxl")
    assert set(matrix["Priority"]) == {p.title for p in charter.priorities}
    assert Path(asked[-1]).name.endswith(" - implementation matrix.xlsx")
    assert "matrix.xlsx" in page.window().statusBar().currentMessage()

    page.export_actions["matrix-csv"].trigger()
    with open(folder / "matrix.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Priority no.", "Priority"] and len(rows) - 1 == len(matrix)

    page.export_actions["docx"].trigger()
    text = "\n".join(p.text for p in docx.Document(str(folder / "charter.docx")).paragraphs)
    assert charter.priorities[0].title in text
    assert Path(asked[-1]).name.endswith(" - charter.docx")

    page.export_actions["impactoss"].trigger()
    with open(folder / "everything.csv", encoding="utf-8-sig", newline="") as handle:
        everything = list(csv.reader(handle))
    assert everything[0] == ["reference", "title", "description", "response", "support_level", "framework_id"]
    assert len(everything) - 1 == workshop.count()

    page.export_actions["impactoss-cited"].trigger()
    with open(folder / "cited.csv", encoding="utf-8-sig", newline="") as handle:
        cited = list(csv.reader(handle))
    assert len(cited) - 1 == len(set(charter.cited_recommendation_ids()))
    assert not list(folder.glob("*.partial")) and not list(folder.glob(".*"))


def test_an_export_that_cannot_be_written_says_why(page, qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "charter.txt"), "")))
    assert page.export("docx") is None
    assert len(message_boxes.shown) == 1 and ".docx" in message_boxes.shown[0]
    assert not (tmp_path / "charter.txt").exists()
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    assert page.export("matrix-csv", blocker / "matrix.csv") is None
    assert len(message_boxes.shown) == 2 and "Traceback" not in message_boxes.shown[1]


def test_exports_wait_for_what_they_need(qtbot, tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    workshop = Workshop.create(tmp_path / "empty.uprw", WorkshopInfo(title="Empty", country="Demoland"))
    page = PrintPage(workshop)
    qtbot.addWidget(page)
    page.export_menu.aboutToShow.emit()
    assert not page.export_button.isEnabled()
    assert not any(action.isEnabled() for action in page.export_actions.values())
    assert page.export_actions["docx"].toolTip() == "Start the charter in the Charter step first."
    assert page.export_actions["impactoss"].toolTip() == "Import the recommendations first."
    workshop.add_recommendation(Recommendation(text="Ratify the Optional Protocol.", reference="1.1"))
    page.export_menu.aboutToShow.emit()
    assert page.export_button.isEnabled() and page.export_actions["impactoss"].isEnabled()
    assert not page.export_actions["matrix-xlsx"].isEnabled()
    page.detach()
    workshop.close()


def test_a_page_printed_at_the_printers_resolution_matches_the_document(page, qtbot, tmp_path):
    """Bands rendered at the printer's resolution (capped at 600 dpi) and laid one under the other give back the
    page as the PDF draws it."""
    show(page, qtbot, DocumentKind.CHARTER)
    original = tmp_path / "original.pdf"
    original.write_bytes(page._pdf)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() >= 1200
    printer.setFullPage(True)  # the whole sheet, so the printed page lies exactly over the original
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(3, 3)  # a page of plans: tables, rules and text
    assert print_pdf(page.document, printer) == 1
    assert printer.resolution() == 600  # capped

    def grey(pdf: Path, number: int, name: str) -> QImage:
        stem = tmp_path / name
        subprocess.run(["pdftoppm", "-gray", "-png", "-r", "40", "-f", str(number), "-l", str(number),
                        "-singlefile", str(pdf), str(stem)], check=True)
        return QImage(str(stem.with_suffix(".png")))

    a, b = grey(original, 3, "a"), grey(out, 1, "b")
    assert (a.width(), a.height()) == (b.width(), b.height())

    def ink_per_row(image: QImage) -> list[int]:
        return [sum(1 for x in range(image.width()) if image.pixelColor(x, y).lightness() < 200)
                for y in range(image.height())]

    rows_a, rows_b = ink_per_row(a), ink_per_row(b)
    inked = [y for y, n in enumerate(rows_a) if n]
    assert inked and inked[0] > 0

    def mismatch(shift: int) -> int:
        return sum(abs(rows_a[y] - rows_b[y + shift]) for y in range(3, len(rows_a) - 3))

    # Every band in its place: the printed page lines up with the original, better than shifted by a few pixels.
    assert min(range(-3, 4), key=mismatch) == 0
    # The same ink in every stretch of five rows (a missing or doubled band moves whole lines of text), give or
    # take anti-aliasing, which shifts thin strokes of a glyph by a row at 40 dpi.
    def ink_near(rows: list[int]) -> list[int]:
        return [sum(rows[max(0, y - 2):y + 3]) for y in range(len(rows))]

    near_a, near_b = ink_near(rows_a), ink_near(rows_b)
    assert sum(abs(p - q) for p, q in zip(near_a, near_b)) < 0.3 * sum(near_a)
    assert 0.9 < sum(rows_b) / sum(rows_a) < 1.1


def test_save_as_pdf_starts_in_documents_then_in_the_last_folder_and_offers_to_open_it(page, qtbot, tmp_path,
                                                                                      monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    show(page, qtbot, DocumentKind.CHARTER)
    assert page.workshop.path.parent != documents_folder()
    asked, opened, answers = [], [], ["Show in folder", "Open", "Close"]
    folder = tmp_path / "signing"
    folder.mkdir()

    def fake_dialog(parent, title, suggested, filters):
        asked.append(Path(suggested))
        return str(folder / f"copy {len(asked)}.pdf"), filters

    def click(box):  # the confirmation, answered as the person would
        assert box.objectName() == "savedBox"
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    first = page.save_as_pdf()
    assert asked[0].parent == documents_folder()
    assert opened == [str(folder)]  # "Show in folder"
    second = page.save_as_pdf()
    assert asked[1].parent == folder  # remembered
    assert opened == [str(folder), str(second)]  # "Open"
    page.save_as_pdf()
    assert len(opened) == 2 and not answers  # "Close" opens nothing
    assert first.exists() and second.exists()
    from upr_desktop import settings

    assert settings.last_folder("pdf") == folder.resolve()  # kept in the settings file, for the next run


def test_print_to_file_writes_the_vector_pdf_small_with_its_text_and_quickly(page, qtbot, tmp_path):
    import time

    show(page, qtbot, DocumentKind.CHARTER)
    out = tmp_path / "printed.pdf"
    start = time.perf_counter()
    assert page._print_on(pdf_printer(out)) == page.page_count()
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, f"printing to a file took {elapsed:.1f} s"
    assert out.stat().st_size < 1_000_000  # an image of every page at 1200 dpi was 50 MB
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Outcome charter of civil society organisations" in " ".join(text.split())
    assert pages_of(out, tmp_path) == page.page_count()


def test_pages_that_must_go_as_images_go_at_600_dpi_at_most(page, qtbot, tmp_path):
    show(page, qtbot, DocumentKind.CHARTER)
    out = tmp_path / "ranged.pdf"
    printer = pdf_printer(out)
    assert printer.resolution() == 1200
    printer.setPrintRange(QPrinter.PrintRange.PageRange)  # a part of the document: painted, page by page
    printer.setFromTo(1, 1)
    assert page._print_on(printer) == 1
    assert printer.resolution() == 600
    assert out.stat().st_size < 12_000_000  # 1200 dpi made 7 MB a page; 600 dpi about a quarter
    assert pages_of(out, tmp_path) == 1


def test_a_cups_printer_gets_the_pdf_itself_with_the_dialogs_choices(page, qtbot, tmp_path):
    """CUPS takes the PDF as it is (`lp`), so the printer gets vectors and text. No CUPS printer is set up
    here, so a stand-in `lp` keeps what it was given."""
    show(page, qtbot, DocumentKind.CHARTER)
    kept = tmp_path / "kept"
    kept.mkdir()
    fake = tmp_path / "lp"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {kept}/args\nfor last; do :; done\ncp "$last" {kept}/job.pdf\n')
    fake.chmod(0o755)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Demo charter")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setPageSize(printing.QPageSize(printing.QPageSize.PageSizeId.A4))
    sheets = printing.send_to_cups(page.pdf_bytes(), printer, page.page_count(), lp=str(fake), destination="Office")
    assert sheets == 4
    args = (kept / "args").read_text().split("\n")
    assert args[:6] == ["-d", "Office", "-t", "Demo charter", "-n", "2"]
    assert "page-ranges=2-3" in args and "sides=one-sided" in args and "media=A4" in args
    assert (kept / "job.pdf").read_bytes() == page.pdf_bytes()

    fake.write_text("#!/bin/sh\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n")
    with pytest.raises(WorkshopError, match="does not exist"):
        printing.send_to_cups(page.pdf_bytes(), printer, page.page_count(), lp=str(fake), destination="Gone")


def test_an_unfinished_charter_is_printed_or_saved_only_when_the_person_says_so(page, qtbot, tmp_path,
                                                                                monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    page.workshop.update_charter(preamble="We met.\n\n[Describe the review in two or three sentences.]")
    show(page, qtbot, DocumentKind.CHARTER)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: pytest.fail("printed without asking"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: pytest.fail("saved without asking")))
    assert page.print_document() == 0
    assert page.save_as_pdf() is None
    assert len(message_boxes.questions) == 2 and "in: Preamble." in message_boxes.questions[0]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert page.save_as_pdf(tmp_path / "draft.pdf") == tmp_path / "draft.pdf"
    show(page, qtbot, DocumentKind.HANDOUT)  # other documents are not the charter's business
    assert page.save_as_pdf(tmp_path / "handout.pdf") is not None and len(message_boxes.questions) == 3
