"""Fixtures for the start screen, workshop dialogs and import dialog tests: real widgets, real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



@pytest.fixture(autouse=True)
def upr_home(app_home) -> Path:
    """The suite-wide fresh data folder (tests/conftest.py), under this folder's name."""
    return app_home


@pytest.fixture
def data_dir(shared_data) -> Path:
    return shared_data


@pytest.fixture
def undo_stack(qtbot):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def new_workshop(tmp_path):
    """Factory: a real, empty workshop file for a given country; closed at the end."""
    from upr_desktop.domain.workshop import WorkshopInfo
    from upr_desktop.ops import Workshop

    opened = []

    def make(country: str = "Slovenia", name: str | None = None):
        workshop = Workshop.create(tmp_path / (name or f"{country or 'none'}.uprw"),
                                   WorkshopInfo(title=f"Follow-up workshop on {country}", country=country))
        opened.append(workshop)
        return workshop

    yield make
    for workshop in opened:
        workshop.close()


@pytest.fixture
def empty_window(qtbot):
    """The main window with no workshop open, shown; whatever a test opened in it is closed after."""
    from upr_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close_workshop(show_start=False)


class Driver:
    """Handles the modal dialogs a call opens, in order: each handler gets the dialog when it is up. Each look
    is its own single-shot timer, so a handler that opens the next dialog (a nested loop) is looked after too."""

    def __init__(self):
        self.handlers: list = []
        self.problems: list = []
        self._last = None
        self._running = False

    def then(self, kind, handler) -> "Driver":
        self.handlers.append((kind, handler))
        if not self._running:
            self._running = True
            QTimer.singleShot(30, self._tick)
        return self

    def _tick(self) -> None:
        if not self.handlers:
            self._running = False
            return
        QTimer.singleShot(30, self._tick)
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog is self._last:
            return
        kind, handler = self.handlers.pop(0)
        self._last = dialog
        if not isinstance(dialog, kind):
            self.problems.append(f"expected {kind.__name__}, got {type(dialog).__name__}")
            dialog.reject()
            return
        try:
            handler(dialog)
        except Exception as error:  # noqa: BLE001 - reported by done()
            self.problems.append(error)
            if dialog.isVisible():
                dialog.done(0)

    def done(self) -> None:
        assert not self.problems, self.problems
        assert not self.handlers, f"dialogs that never came: {[k.__name__ for k, _ in self.handlers]}"
        self.handlers.clear()


@pytest.fixture
def driver(qtbot):
    """Drives the modal dialogs a call opens (see Driver)."""
    d = Driver()
    yield d
    d.handlers.clear()
