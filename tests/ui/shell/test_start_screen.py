"""The start screen: its buttons ask for the right thing, and the recent list opens files."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from upr_desktop.ui.shell.start_screen import StartScreen, format_modified


def _files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "workshops"
    folder.mkdir()
    paths = []
    for name in ("Kenya 2025.uprw", "Mongolia 2015.uprw"):
        path = folder / name
        path.write_bytes(b"SQLite format 3\x00")
        paths.append(path)
    return paths


def test_buttons_emit_their_signals(qtbot, tmp_path):
    screen = StartScreen([])
    qtbot.addWidget(screen)
    screen.show()
    for button, signal in ((screen.demo_button, screen.demo_requested), (screen.new_button, screen.new_requested),
                           (screen.open_button, screen.open_dialog_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_each_button_emits_only_its_own_signal(qtbot):
    screen = StartScreen([])
    qtbot.addWidget(screen)
    fired = []
    screen.demo_requested.connect(lambda: fired.append("demo"))
    screen.new_requested.connect(lambda: fired.append("new"))
    screen.open_dialog_requested.connect(lambda: fired.append("open"))
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert fired == ["new"]


def test_recent_list_shows_existing_files_only(qtbot, tmp_path):
    paths = _files(tmp_path)
    screen = StartScreen([*paths, tmp_path / "gone.uprw"])
    qtbot.addWidget(screen)
    assert screen.recent_paths() == [str(p) for p in paths]
    assert screen.recent_list.item(0).text() == "Kenya 2025"
    assert screen.recent_list.isVisibleTo(screen)
    assert not screen.empty_recent.isVisibleTo(screen)


def test_empty_recent_list_says_so(qtbot, tmp_path):
    screen = StartScreen([tmp_path / "gone.uprw"])
    qtbot.addWidget(screen)
    assert screen.recent_paths() == []
    assert screen.empty_recent.isVisibleTo(screen)


def test_double_click_and_enter_open_a_recent_workshop(qtbot, tmp_path):
    paths = _files(tmp_path)
    screen = StartScreen(paths)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    rect = screen.recent_list.visualItemRect(screen.recent_list.item(1))
    with qtbot.waitSignal(screen.open_path_requested, timeout=1000) as blocker:
        # An item view only honours a double-click that follows a press on the same item, as a real one does.
        qtbot.mouseClick(screen.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(screen.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [str(paths[1])]

    screen.recent_list.setFocus()
    screen.recent_list.setCurrentRow(0)
    with qtbot.waitSignal(screen.open_path_requested, timeout=1000) as blocker:
        qtbot.keyClick(screen.recent_list, Qt.Key.Key_Return)
    assert blocker.args == [str(paths[0])]


def test_dropping_a_file_asks_to_open_it(qtbot, tmp_path):
    source = tmp_path / "recs.csv"
    source.write_text("Text\nRatify the Convention\n", encoding="utf-8")
    screen = StartScreen([])
    qtbot.addWidget(screen)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(screen.open_path_requested, timeout=1000) as blocker:
        screen.dropEvent(event)
    assert blocker.args == [str(source)]


def test_last_modified_is_in_plain_words(qtbot):
    now = datetime(2025, 3, 14, 16, 0)
    assert format_modified(datetime(2025, 3, 14, 9, 5), now) == "Today, 09:05"
    assert format_modified(datetime(2025, 3, 13, 18, 30), now) == "Yesterday, 18:30"
    assert "2024" in format_modified(datetime(2024, 11, 2, 10, 0), now)


def test_recent_entries_carry_folder_and_date(qtbot, tmp_path):
    paths = _files(tmp_path)
    old = time.time() - 400 * 86400
    os.utime(paths[1], (old, old))
    screen = StartScreen(paths)
    qtbot.addWidget(screen)
    from upr_desktop.ui.shell.start_screen import FOLDER_ROLE, MODIFIED_ROLE

    item = screen.recent_list.item(1)
    assert item.data(FOLDER_ROLE).endswith("workshops")
    assert item.data(MODIFIED_ROLE) == format_modified(datetime.fromtimestamp(old))
    assert screen.recent_list.item(0).data(MODIFIED_ROLE).startswith("Today")
