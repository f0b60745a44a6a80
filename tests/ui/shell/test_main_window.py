"""The main window: steps, opening and closing, read-only files, backups, drops, and the app's main()."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from upr_desktop import settings
from upr_desktop.io.demo import DEMO_FILE_NAME
from upr_desktop.ops import Workshop
from upr_desktop.store.queries import RecommendationFilter
from upr_desktop.ui.shell.main_window import BACKUP_INTERVAL_MS, STEPS, MainWindow
from upr_desktop.ui.print.page import PrintPage
from upr_desktop.ui.review.page import ReviewPage
from upr_desktop.ui.shell.start_screen import StartScreen

REPO = Path(__file__).resolve().parents[3]


def test_the_window_is_laid_out_as_the_workshop_steps(qtbot, window):
    names = [window.step_list.item(row).text() for row in range(window.step_list.count())]
    assert names == ["Review", "Clusters", "Participants", "Vote", "Results", "Charter", "Print", "Follow-up"]
    assert list(window.pages) == list(STEPS)
    assert isinstance(window.pages["review"], ReviewPage)
    assert window.current_step() == "review"
    assert window.windowTitle() == ("CSO strategy workshop on the implementation of Demoland's UPR recommendations"
                                    " — UPR Desktop")
    assert str(window.workshop.path) in window.path_label.toolTip()


def test_every_step_has_its_own_page(qtbot, window):
    assert set(window.pages) == {"review", "clusters", "participants", "vote", "results", "charter", "print",
                                 "followup"}
    window.step_list.setCurrentRow(6)
    assert window.page_stack.currentWidget() is window.pages["print"]
    assert isinstance(window.pages["print"], PrintPage)
    assert window.pages["print"].isVisible()
    # Editing actions follow the page: nothing to delete on the Print step.
    assert not window.delete_rec_action.isEnabled()
    window.show_step("review")
    assert window.page_stack.currentWidget() is window.review_page


def test_ctrl_number_goes_to_a_step(qtbot, window):
    qtbot.keyClick(window.review_page.table, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "charter"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == "review"


def test_opening_a_workshop_remembers_it_and_backs_it_up(qtbot, empty_window, demo_path):
    assert isinstance(empty_window.start_screen, StartScreen)
    assert empty_window.windowTitle() == "UPR Desktop"
    assert not empty_window.import_action.isEnabled()
    assert empty_window.open_workshop(demo_path)
    assert empty_window.start_screen is None
    assert empty_window.review_page.model.rowCount() == 82
    assert settings.recent_workshops()[0] == demo_path.resolve()
    # taken just after the first paint, so a large file never delays the window
    qtbot.waitUntil(lambda: bool(empty_window.workshop.backups()), timeout=5000)
    assert empty_window._backup_timer.isActive()
    assert empty_window._backup_timer.interval() == BACKUP_INTERVAL_MS == 5 * 60 * 1000
    assert empty_window.import_action.isEnabled()


def test_a_file_that_is_not_a_workshop_gives_a_plain_message(qtbot, empty_window, tmp_path, message_boxes):
    bogus = tmp_path / "notes.uprw"
    bogus.write_text("these are my notes")
    assert not empty_window.open_workshop(bogus)
    assert message_boxes.shown and "not a UPR Desktop workshop file" in message_boxes.shown[0]
    assert "Traceback" not in message_boxes.shown[0]
    assert empty_window.workshop is None
    assert isinstance(empty_window.start_screen, StartScreen)


def test_recent_workshops_menu_and_start_screen_open_them(qtbot, empty_window, demo_path):
    settings.add_recent(demo_path)
    empty_window._fill_recent_menu()
    actions = [a for a in empty_window.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in actions] == [demo_path.resolve()]
    actions[0].trigger()
    assert empty_window.workshop is not None and empty_window.workshop.path == demo_path.resolve()
    empty_window.close_workshop()
    screen = empty_window.start_screen
    assert str(demo_path.resolve()) in screen.recent_paths()
    screen.open_path_requested.emit(str(demo_path))
    assert empty_window.workshop is not None


def test_close_workshop_returns_to_the_start_screen(qtbot, window):
    path = window.workshop.path
    window.close_action.trigger()
    assert window.workshop is None
    assert isinstance(window.start_screen, StartScreen)
    assert window._stack.currentWidget() is window.start_screen
    assert window.windowTitle() == "UPR Desktop"
    assert not window.new_rec_action.isEnabled()
    assert not window._backup_timer.isActive()
    assert window.undo_stack.count() == 0
    with Workshop.open(path) as reopened:  # closed cleanly, the file opens again
        assert reopened.count() == 82


def _demo_with_a_ballot_cast() -> tuple[Path, str]:
    """The demo in the data folder as a facilitator leaves it: its draft round opened and one ballot cast.
    Returns the file and the first participant's code."""
    from upr_desktop import paths
    from upr_desktop.io.demo import fresh_demo_copy

    path = fresh_demo_copy()
    assert path == paths.demo_file()
    with Workshop.open(path) as w:
        draft = w.voting_rounds()[1]
        w.open_round(draft.id)
        first = w.participants()[0]
        shortlist = [c.id for c in w.round_candidates(draft.id)]
        w.cast_ballot(draft.id, first.id, shortlist[:2])
        return path, first.code


def _ballots_in_draft_round(window) -> int:
    draft = window.workshop.voting_rounds()[1]
    return window.workshop.turnout(draft.id).voted


def test_the_demo_reopens_as_it_was_left(qtbot, empty_window):
    path, code = _demo_with_a_ballot_cast()
    screen = empty_window.start_screen
    assert screen is not None and screen.demo_afresh_button.isVisibleTo(screen)  # a separate action
    screen.demo_requested.emit()
    assert empty_window.workshop.path == path.resolve()
    assert _ballots_in_draft_round(empty_window) == 1
    assert empty_window.workshop.participants()[0].code == code
    empty_window.close_workshop()
    empty_window.demo_action.trigger()  # from the File menu too
    assert _ballots_in_draft_round(empty_window) == 1
    empty_window.demo_action.trigger()  # while it is open: it stays open, as it is
    assert _ballots_in_draft_round(empty_window) == 1


def test_starting_the_demo_afresh_asks_first_naming_what_is_lost(qtbot, empty_window, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    path, code = _demo_with_a_ballot_cast()
    empty_window.open_demo()
    empty_window.demo_afresh_action.trigger()  # answered "Cancel"
    assert len(message_boxes.questions) == 1
    asked = message_boxes.questions[0]
    assert "ballots cast" in asked and "participants' codes" in asked and "rounds" in asked
    assert _ballots_in_draft_round(empty_window) == 1
    message_boxes.answer = QMessageBox.StandardButton.Yes
    empty_window.demo_afresh_action.trigger()
    assert empty_window.workshop.path == path.resolve()
    assert _ballots_in_draft_round(empty_window) == 0 and empty_window.workshop.count() == 82
    assert empty_window.workshop.voting_rounds()[1].status.value == "draft"

    # From the start screen as well.
    empty_window.close_workshop()
    with Workshop.open(path) as w:
        w.delete_recommendations([w.filtered_ids(RecommendationFilter())[0]])
    empty_window.start_screen.demo_afresh_button.click()
    assert len(message_boxes.questions) == 3 and empty_window.workshop.count() == 82


def test_workshop_title_follows_its_details(qtbot, window):
    info = window.workshop.info()
    change = window.workshop.update_info(dataclasses.replace(info, title="Kenya UPR coalition"))
    assert window.windowTitle() == "Kenya UPR coalition — UPR Desktop"
    change.undo()
    assert window.windowTitle().startswith("CSO strategy workshop")


def test_a_failed_backup_is_logged_not_shown(qtbot, window, monkeypatch, message_boxes, caplog):
    def broken(progress=None):
        raise OSError("disk full")

    qtbot.waitUntil(lambda: not window.backup_running())
    monkeypatch.setattr(window.workshop, "rolling_backup_job", lambda: broken)
    window._backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: "disk full" in caplog.text)  # the backup runs on a worker thread
    assert message_boxes.shown == []
    assert "rolling backup" in caplog.text


# --- read-only -----------------------------------------------------------------------------
def test_a_read_only_workshop_shows_the_banner_and_blocks_editing(qtbot, demo_path, tmp_path, monkeypatch,
                                                                  message_boxes):
    win = MainWindow(Workshop.open(demo_path, read_only=True))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    assert win.banner.isVisible()
    assert win.banner_text.text().startswith("This workshop is read-only (opened read-only).")
    assert "Save a copy to make changes." in win.banner_text.text()
    assert win.windowTitle().endswith("[read-only]")
    page = win.review_page
    for action in (win.new_rec_action, win.edit_rec_action, win.delete_rec_action, win.import_action):
        assert not action.isEnabled()
    page.select_id(page.model.id_at(0))
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert not page.detail.note_editor.isVisible() and page.detail.read_only_note.isVisible()
    assert page.new_recommendation() is None and not page.delete_selected() and not page.edit_current()
    assert message_boxes.questions == []

    copy = tmp_path / "copies" / "my copy"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    qtbot.mouseClick(win.banner_button, Qt.MouseButton.LeftButton)
    assert win.workshop.path == copy.with_name("my copy.uprw")
    assert not win.workshop.read_only
    assert not win.banner.isVisible()
    assert win.new_rec_action.isEnabled()
    assert win.review_page.model.rowCount() == 82
    win.close_workshop(show_start=False)


def test_save_a_copy_of_a_writable_workshop_keeps_working_on_it(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "backup.uprw"
    target.parent.mkdir()
    original = window.workshop.path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.save_copy_action.trigger()
    assert target.exists()
    assert window.workshop.path == original
    with Workshop.open(target) as copy:
        assert copy.count() == 82


# --- drag and drop, import -----------------------------------------------------------------
def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_workshop_opens_it(qtbot, empty_window, demo_path):
    drop(empty_window, demo_path)
    qtbot.waitUntil(lambda: empty_window.workshop is not None, timeout=2000)
    assert empty_window.workshop.path == demo_path.resolve()


def test_dropping_a_spreadsheet_imports_it(qtbot, window, tmp_path, monkeypatch):
    import upr_desktop.ui.shell.import_dialog as import_dialog

    calls = []
    monkeypatch.setattr(import_dialog, "run_import",
                        lambda parent, workshop, stack, path=None: calls.append((parent, workshop, stack, path)))
    source = tmp_path / "recommendations.xlsx"
    source.write_bytes(b"not really a spreadsheet")
    drop(window, source)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert calls == [(window, window.workshop, window.undo_stack, str(source))]
    window.step_list.setCurrentRow(2)
    qtbot.keyClick(window.review_page.filter_bar, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert calls[-1] == (window, window.workshop, window.undo_stack, None)


def test_the_empty_workshop_offers_import_and_adding(qtbot, tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo

    win = MainWindow(Workshop.create(tmp_path / "empty.uprw", WorkshopInfo(title="Kyrgyzstan follow-up",
                                                                          country="Kyrgyzstan")))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    page = win.review_page
    assert page.empty_state.isVisible()
    assert "no recommendations yet" in page.empty_state.label.text()
    assert page.empty_state.second_button.text() == "Import recommendations…"
    assert page.filter_bar.showing.text() == "Showing 0 of 0"
    win.close_workshop(show_start=False)


# --- the application -----------------------------------------------------------------------
def test_main_opens_the_demo_and_exits_cleanly(tmp_path):
    """main() in its own process (one QApplication per process), quitting as soon as it is shown."""
    home = tmp_path / "home"
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        original = QApplication.exec

        def exec_and_quit(app):
            QTimer.singleShot(300, app.quit)
            return original()

        QApplication.exec = exec_and_quit
        from upr_desktop.ui.shell.app import main
        sys.exit(main(sys.argv[1:]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UPR_DESKTOP_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert (home / DEMO_FILE_NAME).exists()
    log = (home / "logs" / "upr-desktop.log").read_text(encoding="utf-8")
    assert "starting" in log and "closed (exit code 0)" in log


def test_main_opens_the_file_it_is_given(tmp_path, demo_path):
    home = tmp_path / "home2"
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def check():
            window = QApplication.activeWindow() or [w for w in QApplication.topLevelWidgets()
                                                     if w.objectName() == "mainWindow"][0]
            print("OPEN", window.workshop.path.name if window.workshop else None, flush=True)
            QApplication.quit()

        original = QApplication.exec

        def exec_and_check(app):
            QTimer.singleShot(300, check)
            return original()

        QApplication.exec = exec_and_check
        from upr_desktop.ui.shell.app import main
        sys.exit(main(sys.argv[1:]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UPR_DESKTOP_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", script, str(demo_path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "OPEN demo.uprw" in result.stdout


def test_window_can_be_built_without_an_application_main(qtbot):
    assert QApplication.instance() is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        win = MainWindow()
    qtbot.addWidget(win)
    assert win.workshop is None
    assert isinstance(win.start_screen, StartScreen)


def test_views_never_touch_the_database_directly():
    """ui → ops → store: no view imports sqlite3 or sqlite_utils, or writes SQL of its own."""
    ui = REPO / "upr_desktop" / "ui"
    for module in sorted(ui.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert "import sqlite" not in source and "from sqlite" not in source, module.name
        assert "SELECT " not in source and "INSERT " not in source, module.name


def test_a_sorted_workshop_opens_the_cluster_board_on_its_first_cluster(qtbot, window):
    window.show_step("clusters")
    board = window.pages["clusters"]
    first = window.workshop.clusters()[0]
    qtbot.waitUntil(lambda: board.shown_cluster_id() == first.id, timeout=2000)
    assert board.model.rowCount() == first.size


def test_help_about_opens_the_about_dialog_with_the_licences(qtbot, window):
    from upr_desktop.ui.shell.about_dialog import AboutDialog

    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert "0." in dialog.windowTitle() + " ".join(w.text() for w in dialog.findChildren(QLabel))
    dialog.close()


@pytest.mark.parametrize("width", [1024, 1366])
def test_a_status_message_never_runs_into_the_file_path(qtbot, tmp_path, width):
    from upr_desktop.io.demo import create_demo_workshop

    folder = tmp_path / "Workshops for the coalition" / "Universal Periodic Review, fourth cycle" / "Demoland"
    folder.mkdir(parents=True)
    win = MainWindow(create_demo_workshop(folder / "Demoland follow-up workshop, June.uprw"))
    qtbot.addWidget(win)
    win.resize(width, 768)
    with qtbot.waitExposed(win):
        win.show()
    status = win.statusBar()
    try:
        win.set_projector_mode(True)
        QApplication.processEvents()
        message = status.currentMessage()
        assert message.startswith("Projector mode on")
        # The message has the room up to the first thing shown on the right, all of its words in it.
        needed = status.fontMetrics().horizontalAdvance(message) + 12
        right = [w for w in (win.path_label, win.zoom_label) if w.isVisible()]
        assert right and all(w.x() >= needed for w in right), (needed, [w.geometry() for w in right])
        assert win.zoom_label.geometry().right() < status.width()
        assert win.zoom_label.width() >= win.zoom_label.sizeHint().width()  # "150 %" whole
        # Once the message has gone, the path is back, shortened in the middle to fit, the whole of it a hover away.
        status.clearMessage()
        QApplication.processEvents()
        assert win.path_label.isVisible()
        assert win.path_label.geometry().right() < win.zoom_label.x()
        shown = win.path_label.text()
        assert win.path_label.fontMetrics().horizontalAdvance(shown) <= win.path_label.width()
        assert shown.endswith("June.uprw") and str(folder) in win.path_label.toolTip()
        assert win.width() == width
    finally:
        win.close_workshop(show_start=False)


def test_each_menu_gives_its_entries_different_access_keys(qtbot, window):
    """Alt+F then a letter reaches one entry: no two entries of a menu share their “&” letter (English)."""
    import re

    for menu_action in window.menuBar().actions():
        keys = {}
        for action in menu_action.menu().actions():
            found = re.search(r"&(\w)", action.text())
            if found:
                keys.setdefault(found.group(1).lower(), []).append(action.text())
        clashes = {key: texts for key, texts in keys.items() if len(texts) > 1}
        assert not clashes, (menu_action.text(), clashes)
