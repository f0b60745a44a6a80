"""Fixtures for the GUI tests: real widgets over real workshop files, and no dialog that can block."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from upr_desktop.io.demo import create_demo_workshop  # noqa: E402


@pytest.fixture(autouse=True)
def ui_home(tmp_path, monkeypatch):
    """Settings, logs and backups in a fresh folder for each test."""
    home = tmp_path / "home"
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Every message box a test opens is recorded instead of waiting for a click that never comes.

    show_error() builds a QMessageBox and calls exec(); the confirmations use QMessageBox.question.
    A test that expects a question answered "Yes" (or a confirmation's own button, "Close round") sets
    message_boxes.answer.
    """

    class Recorder:
        def __init__(self):
            self.shown: list[str] = []
            self.questions: list[str] = []
            self.buttons: list[list[str]] = []  # the buttons of each confirmation built as a QMessageBox
            self.answer = QMessageBox.StandardButton.Cancel

    recorder = Recorder()

    def fake_exec(box):
        if box.icon() != QMessageBox.Icon.Question:
            recorder.shown.append(box.text())
            return int(QMessageBox.StandardButton.Ok)
        # A confirmation with buttons of its own ("Close round"): answered as message_boxes.answer says.
        recorder.questions.append(box.text())
        recorder.buttons.append([b.text() for b in box.buttons()])
        roles = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole) \
            if recorder.answer == QMessageBox.StandardButton.Yes else (QMessageBox.ButtonRole.RejectRole,)
        chosen = next((b for b in box.buttons() if box.buttonRole(b) in roles), None)
        if chosen is not None:
            chosen.click()
        return 0

    def fake_question(_parent, _title, text, *args, **kwargs):
        recorder.questions.append(text)
        return recorder.answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    return recorder


@pytest.fixture
def demo_path(tmp_path):
    """A demo workshop file, closed, ready to be opened."""
    path = tmp_path / "demo.uprw"
    create_demo_workshop(path).close()
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window over a fresh demo workshop, shown at the size used for screenshots."""
    from upr_desktop.ui.shell.main_window import MainWindow

    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    win = MainWindow(workshop)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    with qtbot.waitExposed(win):
        win.show()
    with qtbot.waitActive(win):  # keyboard shortcuts (Ctrl+Z, Ctrl++) only reach the active window
        win.activateWindow()
    yield win
    win.close_workshop(show_start=False)


@pytest.fixture
def page(window):
    return window.review_page
