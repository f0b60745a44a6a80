"""Opening a workshop another window has open for changes: told so, offered read-only, never replaced."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from upr_desktop import paths
from upr_desktop.io.demo import DEMO_FILE_NAME, create_demo_workshop
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.start_screen import StartScreen

REPO = Path(__file__).resolve().parents[3]

HOLDER = r"""
import sys
from dataclasses import replace
from upr_desktop.ops import Workshop
w = Workshop.open(sys.argv[1])
w.update_info(replace(w.info(), venue=sys.argv[2]))
print("open", flush=True)
sys.stdin.readline()
w.close()
"""


@pytest.fixture
def other_copy(ui_home):
    """Another copy of the app, in its own process, holding a workshop open for changes."""
    started = []

    def start(path: Path, venue: str) -> subprocess.Popen:
        env = {**os.environ, "UPR_DESKTOP_HOME": str(ui_home), "PYTHONPATH": str(REPO)}
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), venue], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
        started.append(proc)
        line = proc.stdout.readline()
        assert line.strip() == "open", proc.stderr.read()
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.communicate("\n", timeout=60)


def close_other(proc: subprocess.Popen) -> None:
    proc.communicate("\n", timeout=60)
    assert proc.returncode == 0


@pytest.fixture
def answer_open_read_only(monkeypatch, message_boxes):
    """Click "Open read-only" in the next message box (the fixture's default answers like Cancel)."""
    buttons = []

    def click_open(box):
        message_boxes.shown.append(box.text())
        open_button = box.button(QMessageBox.StandardButton.Open)
        buttons.append(open_button.text() if open_button is not None else None)
        return QMessageBox.StandardButton.Open if open_button is not None else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", click_open)
    return buttons


def test_cancel_leaves_the_window_as_it_was(qtbot, empty_window, demo_path, other_copy, message_boxes):
    other_copy(demo_path, "Nairobi")
    assert not empty_window.open_workshop(demo_path)
    assert len(message_boxes.shown) == 1
    assert message_boxes.shown[0].startswith(
        "“demo.uprw” is open in another window of UPR Desktop (on this computer).")
    assert "You can open it read-only" in message_boxes.shown[0]
    assert empty_window.workshop is None
    assert isinstance(empty_window.start_screen, StartScreen)


def test_open_read_only_shows_the_banner_with_the_reason(intact, qtbot, empty_window, demo_path, other_copy,
                                                         answer_open_read_only, message_boxes):
    other = other_copy(demo_path, "Nairobi")
    assert empty_window.open_workshop(demo_path)
    assert answer_open_read_only == ["Open read-only"]
    assert "open in another window" in message_boxes.shown[0]
    workshop = empty_window.workshop
    assert workshop.read_only and workshop.info().venue == "Nairobi"
    assert empty_window.review_page.model.rowCount() == 82
    qtbot.waitUntil(empty_window.banner.isVisible, timeout=2000)
    assert empty_window.banner_text.text() == (
        "This workshop is read-only (it is open in another window). Save a copy to make changes.")
    assert intact(demo_path)

    # Once the other window has closed it, opening it again here allows changes.
    close_other(other)
    message_boxes.shown.clear()
    assert empty_window.open_workshop(demo_path)
    assert not empty_window.workshop.read_only and message_boxes.shown == []
    assert not empty_window.banner.isVisible()
    assert Workshop.open_elsewhere(demo_path)  # now this window is the one holding it


def test_the_start_screen_and_recent_list_offer_it_too(qtbot, empty_window, demo_path, answer_open_read_only):
    holder = Workshop.open(demo_path)  # another window of this same process
    try:
        empty_window.start_screen.open_path_requested.emit(str(demo_path))
        assert empty_window.workshop is not None and empty_window.workshop.read_only
        assert "it is open in another window" in empty_window.banner_text.text()
        assert answer_open_read_only == ["Open read-only"]
    finally:
        empty_window.close_workshop(show_start=False)
        holder.close()


def test_reopening_the_workshop_open_here_is_not_refused(qtbot, window, message_boxes):
    path = window.workshop.path
    workshop = window.workshop
    assert window.open_workshop(path)
    assert window.workshop is workshop and not workshop.read_only
    assert message_boxes.shown == []


def test_a_second_copy_starting_on_the_demo_does_not_replace_it(intact, qtbot, empty_window, other_copy, ui_home,
                                                                answer_open_read_only):
    demo = paths.data_dir() / DEMO_FILE_NAME
    create_demo_workshop(demo).close()
    other = other_copy(demo, "Edited in the first copy")
    assert empty_window.open_demo()
    assert empty_window.workshop.read_only
    assert empty_window.workshop.info().venue == "Edited in the first copy"  # the same file, not a fresh one
    assert answer_open_read_only == ["Open read-only"]
    empty_window.close_workshop(show_start=False)
    close_other(other)
    assert intact(demo)
    with Workshop.open(demo) as w:
        assert w.info().venue == "Edited in the first copy"
    # With nobody else on it, the demo opens for changes, still as it was left (only "Start the demo afresh"
    # replaces it).
    assert empty_window.open_demo()
    assert not empty_window.workshop.read_only
    assert empty_window.workshop.info().venue == "Edited in the first copy"


def test_a_read_only_copy_of_a_file_in_use_saves_an_editable_copy(intact, qtbot, empty_window, demo_path, tmp_path,
                                                                 answer_open_read_only, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    holder = Workshop.open(demo_path)
    holder.update_info(replace(holder.info(), venue="Held"))
    try:
        assert empty_window.open_workshop(demo_path)
        assert empty_window.workshop.read_only
        target = tmp_path / "my copy.uprw"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        assert empty_window.save_copy() == target
        assert not empty_window.workshop.read_only and empty_window.workshop.path == target
        assert empty_window.workshop.info().venue == "Held"
        assert Workshop.open_elsewhere(target)  # the copy is now held by this window
    finally:
        empty_window.close_workshop(show_start=False)
        holder.close()
    assert intact(demo_path) and intact(target)


def test_cancelling_the_demo_in_use_goes_back_to_the_start_screen(intact, qtbot, empty_window, message_boxes):
    demo = paths.data_dir() / DEMO_FILE_NAME
    holder = create_demo_workshop(demo)  # a first copy of the app, working on the demo
    try:
        holder.update_info(replace(holder.info(), venue="Day two"))
        assert not empty_window.open_demo()
        assert "open in another window" in message_boxes.shown[0]
        assert empty_window.workshop is None and isinstance(empty_window.start_screen, StartScreen)
        assert holder.info().venue == "Day two" and holder.count() == 82
    finally:
        holder.close()
    assert intact(demo)
