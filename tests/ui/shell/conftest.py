"""Fixtures for the start screen, workshop dialogs and import dialog tests: real widgets, real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
