"""The window and files that could hurt it: a planted trigger is refused with "Save a cleaned copy…"; a damaged
90 MB workshop opens at once, turns read-only when the background check fails, and offers its latest good backup."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from upr_desktop.ops import Workshop


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_a_planted_trigger_is_refused_and_a_cleaned_copy_opened(empty_window, demo_path, monkeypatch, tmp_path,
                                                                 tamper):
    tamper.sql(demo_path, """
        CREATE TABLE spy_log (at TEXT, voter TEXT);
        CREATE TRIGGER spy_voters AFTER INSERT ON round_voters
        BEGIN INSERT INTO spy_log VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'), NEW.voter); END;
    """)
    before = _digest(demo_path)
    shown, offered = [], []

    def click_save(box):
        shown.append(box.text())
        save = box.button(QMessageBox.StandardButton.Save)
        offered.append(save.text() if save is not None else None)
        return QMessageBox.StandardButton.Save if save is not None else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", click_save)
    target = tmp_path / "demo (cleaned).uprw"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, suggested, *a: (asked.append(suggested) or str(target), "")))
    assert empty_window.open_workshop(demo_path)
    assert shown[0].startswith("“demo.uprw” was not opened: it contains a trigger “spy_voters”")
    assert offered == ["Save a cleaned copy…"]
    assert asked == [str(tmp_path / "demo (cleaned).uprw")]
    assert empty_window.workshop.path == target and not empty_window.workshop.read_only
    assert empty_window.workshop.count() == 82
    assert _digest(demo_path) == before


def test_cancelling_leaves_the_window_as_it_was(empty_window, demo_path, message_boxes, tamper):
    tamper.sql(demo_path, "CREATE VIEW who_voted AS SELECT * FROM round_voters")
    assert not empty_window.open_workshop(demo_path)
    assert "view “who_voted”" in message_boxes.shown[0]
    assert empty_window.workshop is None


@pytest.fixture
def damaged_with_a_backup(large_files, tmp_path) -> Path:
    """The large workshop with a rolling backup taken while it was sound, then a page zeroed."""
    good, _damaged, facts = large_files
    path = tmp_path / "Coalition.uprw"
    shutil.copy(good, path)
    with Workshop.open(path) as w:
        w.integrity.done.wait(120)
        assert w.integrity.ok and w.rolling_backup() is not None
    with open(path, "r+b") as handle:
        handle.seek((facts["page"] - 1) * facts["page_size"])
        handle.write(bytes(facts["page_size"]))
    return path


def test_a_damaged_large_file_turns_read_only_and_offers_its_latest_good_backup(
        empty_window, damaged_with_a_backup, message_boxes, qtbot):
    path = damaged_with_a_backup
    assert empty_window.open_workshop(path)  # opens at once, on the light check
    qtbot.waitUntil(lambda: empty_window.workshop is not None and empty_window.workshop.read_only, timeout=120000)
    assert empty_window.workshop.path == path
    assert message_boxes.shown[-1].startswith("“Coalition.uprw” is damaged: SQLite's check of the whole file found "
                                              "a problem. It is now open read-only")
    assert "Open its latest good backup" in message_boxes.shown[-1]
    assert empty_window.banner.isVisibleTo(empty_window)
    assert "damaged" in empty_window.banner_text.text()
    assert empty_window.banner_button.text() == "Open the latest good backup"

    qtbot.mouseClick(empty_window.banner_button, Qt.MouseButton.LeftButton)
    restored = empty_window.workshop
    assert restored.path.parent == path.parent and restored.path.name.startswith("Coalition (backup of ")
    assert not restored.read_only
    assert [p.name for p in restored.participants()] == ["Already here"]


def test_a_file_damaged_where_the_window_reads_at_once_is_closed_and_its_backup_offered(
        empty_window, damaged_with_a_backup, message_boxes, qtbot, tamper):
    """Damage in what the review page reads as it first shows (here the index its supported / noted counts read,
    just after the table's first paint) is found at once: the window closes the file, says so, and offers the
    latest good backup rather than a traceback."""
    path = damaged_with_a_backup
    tamper.zero_page(path, "recommendations_kind_response")
    assert empty_window.open_workshop(path)  # the table paints first
    with qtbot.waitExposed(empty_window):
        empty_window.show()
    qtbot.waitUntil(lambda: empty_window.workshop is None, timeout=5000)
    assert empty_window.workshop is None and empty_window.start_screen is not None
    assert message_boxes.shown[-1].startswith("“Coalition.uprw” is damaged: part of it can't be read")
    assert "Open its latest good backup" in message_boxes.shown[-1]
