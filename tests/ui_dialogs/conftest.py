"""Fixtures for the start screen, workshop dialogs and import dialog tests: real widgets, real files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]
DATA = (REPO / ".." / "shared" / "data").resolve()


@pytest.fixture(autouse=True)
def upr_home(tmp_path, monkeypatch) -> Path:
    """Settings, logs and backups go to a fresh folder, never the developer's own."""
    home = tmp_path / "home"
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def data_dir() -> Path:
    assert DATA.is_dir(), f"the real exports are expected at {DATA}"
    return DATA


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
