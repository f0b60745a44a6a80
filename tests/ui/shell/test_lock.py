"""The lock: Ctrl+L and the idle timeout close the workshop, save what was being typed, show nothing of it, and
unlocking puts the person back where they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, \
    QTextEdit, QWidget

from upr_desktop import settings
from upr_desktop.ops import Workshop
from upr_desktop.ui.shell.lock import LockScreen


def visible_texts(root: QWidget) -> str:
    """Every text a person could read in the window: labels, fields, buttons, and the rows of every view."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 200)):
                columns = model.columnCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else 1
                for column in range(columns):
                    value = model.index(row, column).data()
                    if value is not None:
                        texts.append(str(value))
    return "\n".join(texts)


@pytest.fixture
def known(window):
    """Names and recommendation text the demo holds, that must not show while locked."""
    workshop = window.workshop
    names = [p.name for p in workshop.participants()][:5]
    page = window.review_page
    recs = [r.text[:40] for r in workshop.recommendations([page.model.id_at(n) for n in range(5)]).values()]
    assert names and recs
    return names + recs


def test_ctrl_l_locks_hides_everything_and_unlock_restores_the_step(qtbot, window, known):
    path = window.workshop.path
    window.show_step("participants")
    participants = window.page("participants")
    assert any(name in visible_texts(window) for name in known)  # the test can see names when unlocked
    ids = [participants.current_id()]

    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    assert window.locker.is_locked
    assert window.workshop is None
    screen = window.locker.screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    shown = visible_texts(window)
    assert path.stem in shown
    for text in known:
        assert text not in shown
    assert "not encrypted" in shown  # a plain workshop says the file itself is readable
    assert not window.open_action.isEnabled() and not window.new_workshop_action.isEnabled()
    shots = Path("/work/notes/shots/crypt-ui")
    if shots.is_dir():
        window.grab().save(str(shots / "lock-screen-plain.png"))

    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locker.is_locked
    assert window.workshop is not None and window.workshop.path == path
    assert window.current_step() == "participants"
    assert window.open_action.isEnabled()
    assert ids[0] is None or window.page("participants").current_id() == ids[0]


def test_unlock_restores_the_review_selection(qtbot, window):
    page = window.review_page
    chosen = [page.model.id_at(3), page.model.id_at(5)]
    page.select_ids(chosen, chosen[1])
    assert window.lock_workshop()
    assert window.locker.unlock()
    assert sorted(window.review_page.selected_ids()) == sorted(chosen)
    assert window.review_page.current_id() == chosen[1]


def test_typing_in_the_charter_is_saved_before_locking(qtbot, window):
    path = window.workshop.path
    window.show_step("charter")
    charter = window.page("charter")
    charter.show_part("preamble")
    editor = charter.preamble_editor.editor.edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Typed a moment before the lock.")
    assert window.lock_workshop()  # at once: before the editor's own pause-then-save
    with Workshop.open(path, read_only=True) as reopened:
        assert reopened.charter().preamble.endswith("Typed a moment before the lock.")
    assert window.locker.unlock()
    assert window.current_step() == "charter"


def test_idle_timeout_locks(qtbot, window):
    window.locker.watcher.set_timeout_ms(200)
    window.locker.workshop_shown()
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=3000)
    assert window.workshop is None


def test_input_postpones_the_idle_lock(qtbot, window):
    window.locker.watcher.set_timeout_ms(400)
    window.locker.workshop_shown()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window.review_page.table.viewport())
        QApplication.sendEvent(window.review_page.table, _key_press())
    assert not window.locker.is_locked
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=3000)


def _key_press():
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtCore import QEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def test_idle_lock_never_fires_during_a_kiosk_ballot(qtbot, window):
    from upr_desktop.domain.voting import Method, RoundRules
    from upr_desktop.store.queries import RecommendationFilter

    ws = window.workshop
    round_id, _ = ws.create_round("Kiosk round", RoundRules(Method.DOT, dots=2),
                                  ws.filtered_ids(RecommendationFilter())[:5])
    ws.open_round(round_id)
    window.show_round(round_id)
    kiosk = window.pages["vote"].launch_kiosk(round_id, "4321")
    assert kiosk.isVisible()
    window.locker.watcher.set_timeout_ms(150)
    window.locker.workshop_shown()
    qtbot.wait(700)
    assert not window.locker.is_locked and window.workshop is not None
    assert kiosk.isVisible()
    assert not window.lock_workshop()  # nor by hand: the ballot is up
    kiosk.ask_for_pin()
    qtbot.keyClicks(kiosk.pin_field, "4321")
    qtbot.keyClick(kiosk.pin_field, Qt.Key.Key_Return)
    assert not kiosk.isVisible()
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=3000)  # the kiosk gone, idleness counts again


def test_lock_timeout_comes_from_the_settings(qtbot, window):
    assert window.locker.watcher.timeout_ms == settings.DEFAULT_LOCK_AFTER_MINUTES * 60_000
    settings.set_lock_after_minutes(3)
    assert json.loads((settings._settings_file()).read_text())["lock_after_minutes"] == 3
    assert settings.lock_after_minutes() == 3


def test_closing_from_the_lock_screen_goes_to_the_start_screen(qtbot, window):
    assert window.lock_workshop()
    qtbot.mouseClick(window.locker.screen.close_button, Qt.MouseButton.LeftButton)
    assert not window.locker.is_locked
    assert window.start_screen is not None and window.workshop is None
    assert window.open_action.isEnabled()


def test_idle_lock_closes_a_dialog_left_open_first(qtbot, window):
    from upr_desktop.ui.shell.workshop_dialogs import WorkshopInfoDialog

    window.locker.watcher.set_timeout_ms(300)
    window.locker.workshop_shown()
    seen = []
    QTimer.singleShot(50, lambda: seen.append(type(QApplication.activeModalWidget())))
    window.edit_workshop_info()  # a modal dialog, left open: the idle lock closes it
    assert seen == [WorkshopInfoDialog]
    qtbot.waitUntil(lambda: window.locker.is_locked, timeout=3000)
    assert QApplication.activeModalWidget() is None
    assert window.workshop is None


def test_privacy_settings_dialog(qtbot, window, tmp_path, driver):
    from upr_desktop.ui.shell.lock import PrivacySettingsDialog
    from upr_desktop.ops.workshop import Workshop as W
    from upr_desktop.domain.workshop import WorkshopInfo

    secret = tmp_path / "Secret list.uprw"
    W.create(secret, WorkshopInfo(title="Secret"), passphrase="river lantern copper meadow").close()
    settings.set_remember_encrypted_in_recent(True)
    settings.add_recent(secret, encrypted=True)
    assert "Secret list" in settings._settings_file().read_text(encoding="utf-8")

    def fill(dialog: PrivacySettingsDialog):
        assert dialog.minutes.value() == 10 and dialog.remember.isChecked()
        dialog.minutes.setValue(3)
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        shots = Path("/work/notes/shots/crypt-ui")
        if shots.is_dir():
            dialog.grab().save(str(shots / "privacy-settings.png"))
        dialog.save()

    driver.then(PrivacySettingsDialog, fill)
    assert window.privacy_settings()
    driver.done()
    stored = json.loads(settings._settings_file().read_text(encoding="utf-8"))
    assert stored["lock_after_minutes"] == 3 and stored["remember_encrypted_in_recent"] is False
    assert "Secret list" not in settings._settings_file().read_text(encoding="utf-8")  # taken out at once
    assert window.locker.watcher.timeout_ms == 3 * 60_000


def test_locking_empties_the_private_temporary_folder(qtbot, window):
    from upr_desktop import private_temp

    folder = private_temp.folder()
    preview = folder / "upr-print-x" / "charter.pdf"
    preview.parent.mkdir()
    preview.write_bytes(b"%PDF- names")
    try:
        assert window.lock_workshop()
        assert not preview.exists() and folder.is_dir()
    finally:
        private_temp.close()


def test_encrypt_from_the_plain_lock_screen_unlocks_first(qtbot, window, driver):
    from upr_desktop.ui.shell.passphrase_dialogs import EncryptDialog

    assert window.lock_workshop()
    driver.then(EncryptDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(window.locker.screen.encrypt_link, Qt.MouseButton.LeftButton)
    driver.done()
    assert not window.locker.is_locked and window.workshop is not None
    assert not window.workshop.encrypted  # cancelled: nothing changed


def test_nothing_is_opened_over_the_lock(qtbot, window, tmp_path):
    from upr_desktop.domain.workshop import WorkshopInfo

    other = tmp_path / "other.uprw"
    Workshop.create(other, WorkshopInfo(title="Other")).close()
    assert window.lock_workshop()
    assert not window.open_workshop(other)  # e.g. a file dropped on the locked window
    assert not window.new_workshop()
    assert window.locker.is_locked and window.workshop is None
    assert window.locker.screen.isVisible()
