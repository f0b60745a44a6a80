"""The Print step shows the language the documents are printed in and changes it (one undoable step); the
preview follows, whatever the interface's language."""

from __future__ import annotations

import subprocess

import pytest

from tests.io.document_lookup import installed
from upr_desktop.io.pdf import DocumentKind
from upr_desktop.ui.print.page import PrintPage


@pytest.fixture
def page(window, qtbot) -> PrintPage:
    window.show_step("print")
    page = window.pages["print"]
    qtbot.waitUntil(page.preview_ready, timeout=30_000)
    return page


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "shown.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_choosing_the_documents_language_reprints_the_preview(page, window, qtbot, tmp_path):
    with installed(interface_language="ru"):
        assert page.language_combo.currentData() == "en"
        assert page.choose(DocumentKind.CHARTER)
        qtbot.waitUntil(page.preview_ready, timeout=30_000)
        assert "Page 1 of" in text_of(page._pdf, tmp_path)
        page.language_combo.setCurrentIndex(page.language_combo.findData("fr"))
        assert window.workshop.document_language() == "fr"
        qtbot.waitUntil(lambda: page._pdf is not None and "Page 1 sur" in text_of(page._pdf, tmp_path),
                        timeout=30_000)
        assert "Préambule" in text_of(page._pdf, tmp_path)
        page.grab().save(str(tmp_path / "print-fr.png"))
        window.undo_stack.undo()  # one step back: English again, and the combo says so
        assert window.workshop.document_language() == "en"
        assert page.language_combo.currentData() == "en"
        qtbot.waitUntil(lambda: "Page 1 of" in text_of(page._pdf, tmp_path), timeout=30_000)
