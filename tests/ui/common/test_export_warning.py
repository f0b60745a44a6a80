"""Exports that name people say so before the save dialog, and offer the same file without the names."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from upr_desktop.domain.charter import Endorsement
from upr_desktop.io.pdf import DocumentKind
from upr_desktop.ui.common.export_warning import NamesPeopleDialog, who_is_named
from upr_desktop.ui.print.page import PrintPage

SIGNATORY = "Amara Okonkwo-Bell"


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def page(window, qtbot) -> PrintPage:
    window.workshop.add_endorsement(Endorsement(organisation="Free Press Demoland", representative=SIGNATORY,
                                                role="Director"))
    window.show_step("print")
    page = window.pages["print"]
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.choose(DocumentKind.CHARTER)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    return page


def _dialog_text(dialog: NamesPeopleDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_who_is_named(window):
    w = window.workshop
    assert who_is_named(w, DocumentKind.CHARTER) is None  # the demo's signatories are organisations only
    w.add_endorsement(Endorsement(organisation="Free Press Demoland", representative=SIGNATORY))
    assert "names 1 representative of" in who_is_named(w, DocumentKind.CHARTER)
    assert who_is_named(w, "docx") == who_is_named(w, DocumentKind.CHARTER)
    rounds = {r.secret: r.id for r in w.voting_rounds()}
    assert who_is_named(w, DocumentKind.BALLOTS, rounds[True]) is None  # a secret round's sheets name nobody
    assert "participants" in who_is_named(w, DocumentKind.BALLOTS, rounds[False])
    w.set_anonymise_outputs(True)
    assert who_is_named(w, DocumentKind.CHARTER) is None
    assert who_is_named(w, DocumentKind.BALLOTS, rounds[False]) is None


def test_charter_pdf_with_names_after_the_warning(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "named.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NamesPeopleDialog)
        qtbot.mouseClick(dialog.with_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    assert page.save_as_pdf() == target
    assert SIGNATORY in pdftotext(target)


def test_charter_pdf_without_names_in_one_click(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "anonymous.pdf"
    suggested = []

    def fake(parent, title, start, filters):
        suggested.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    texts = []

    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NamesPeopleDialog)
        texts.append(_dialog_text(dialog))
        shots = Path("/work/notes/shots/crypt-ui")
        if shots.is_dir():
            dialog.grab().save(str(shots / "export-warning.png"))
        qtbot.mouseClick(dialog.without_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    assert page.save_as_pdf() == target
    assert "names 1 representative of" in texts[0]
    assert "learns who took part" in texts[0]
    text = pdftotext(target)
    assert SIGNATORY not in text
    assert "Free Press Demoland" in text  # the organisation still signed
    assert "without names" in Path(suggested[0]).name
    assert not page.workshop.anonymise_outputs()  # the workshop itself is not changed


def test_cancel_saves_nothing(page, qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a) or ("", "")))

    def act():
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, act)
    assert page.save_as_pdf() is None
    assert not asked  # the save dialog never came


def test_docx_without_names(page, qtbot, tmp_path):
    from docx import Document

    named = page.export("docx", tmp_path / "named.docx", without_names=False)
    plain = page.export("docx", tmp_path / "anonymous.docx", without_names=True)

    def text(path):
        doc = Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)

    assert SIGNATORY in text(named)
    assert SIGNATORY not in text(plain)


def test_ballots_without_names(window, qtbot, tmp_path, monkeypatch):
    w = window.workshop
    open_round = next(r.id for r in w.voting_rounds() if not r.secret)
    names = [p.name for p in w.participants() if p.name and p.consent_named][:3]
    assert names
    window.show_step("print")
    page = window.pages["print"]
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    assert page.choose(DocumentKind.BALLOTS, open_round)
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    target = tmp_path / "ballots.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().without_button.click())
    assert page.save_as_pdf() == target
    text = pdftotext(target)
    assert "Participant 1" in text
    for name in names:
        assert name not in text
