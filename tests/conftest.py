"""Fixtures shared by every test: real workshop files in tmp_path, the real data in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()


@pytest.fixture
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"the real exports are expected at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch) -> Path:
    """Backups, logs and settings go to a fresh folder, never the developer's own."""
    home = tmp_path / "app-home"
    monkeypatch.setenv("UPR_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def demo_workshop(tmp_path):
    from upr_desktop.io.demo import create_demo_workshop

    workshop = create_demo_workshop(tmp_path / "demo.uprw")
    yield workshop
    workshop.close()


@pytest.fixture
def demo_unsorted(tmp_path):
    """The demo as it stands after the vote: no clusters, no charter yet."""
    from upr_desktop.io.demo import create_demo_workshop

    workshop = create_demo_workshop(tmp_path / "demo-unsorted.uprw", until="rounds")
    yield workshop
    workshop.close()


@pytest.fixture
def intact():
    """Whether a workshop file passes SQLite's integrity check, read without changing it."""
    import sqlite3

    def check(path: Path) -> bool:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()

    return check
