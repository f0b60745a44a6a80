"""Locking the open workshop: Ctrl+L, or after a while with no keyboard or mouse input.

Locking saves what is being typed (each page's detach() flushes it), closes the workshop (so the database key
goes with the connection, and the private temporary folder is emptied), takes every page down and shows a lock screen
with the workshop's file name only. The passphrase reopens the file at the same step and selection. The
passphrase is never kept: it lives in the lock screen's field until it is used, and the field is cleared then.

A plain (unencrypted) workshop locks too — the screen is hidden — but the lock screen says plainly that the file
itself is not encrypted, and offers to encrypt it.

The idle lock never fires while a kiosk ballot is up: a participant may be reading the ballot for a long time.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import paths, settings
from ...domain import errors
from ..common.dialog_parts import InlineMessage

if TYPE_CHECKING:
    from ...ops import Workshop
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# Input that counts as someone being at the computer.
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})

STYLE = """
QWidget#lockScreen { background: #eef2f6; }
QFrame#lockCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 10px; }
QLabel#lockHeading { font-size: 18pt; font-weight: 600; color: #15212e; }
QLabel#lockName { font-size: 12pt; color: #15212e; }
QLabel#lockHint { color: #55606d; }
QLabel#plainWarning { color: #7a4b00; background: #fff7e6; border: 1px solid #e8c37a; border-radius: 6px; }
QLineEdit#lockPassphrase { padding: 4px 8px; min-height: 26px; font-size: 11pt; }
QPushButton#unlockButton { background: #1f5fa8; color: #ffffff; border: 1px solid #1f5fa8; border-radius: 5px;
    padding: 7px 22px; font-weight: 600; }
QPushButton#unlockButton:hover { background: #1a5294; }
QPushButton#lockCloseButton { background: #ffffff; color: #15212e; border: 1px solid #c5cfd9; border-radius: 5px;
    padding: 7px 16px; }
QPushButton#encryptLink { color: #1f5fa8; border: none; background: transparent; text-decoration: underline;
    padding: 0; text-align: left; }
"""


def is_encrypted(workshop: Workshop) -> bool:
    return bool(workshop.encrypted)


@dataclass
class _Where:
    """Where the person was when the workshop locked: enough to put them back, and no workshop data beyond ids."""

    path: Path
    name: str
    encrypted: bool
    read_only: bool
    step: str | None
    review_ids: list[int] = field(default_factory=list)
    review_current: int | None = None
    charter_part: str | None = None


class LockScreen(QWidget):
    """The workshop's file name, a passphrase field and "Unlock"; nothing from inside the workshop."""

    CARD_WIDTH = 480

    unlock_requested = Signal()
    close_requested = Signal()
    encrypt_requested = Signal()

    def __init__(self, name: str, encrypted: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.encrypted = encrypted

        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(self.CARD_WIDTH)
        self.card = card
        icon = QLabel(card)
        icon.setPixmap(QIcon(str(paths.resource("icons", "lock.svg"))).pixmap(QSize(40, 40)))
        heading = QLabel(self.tr("This workshop is locked"), card)
        heading.setObjectName("lockHeading")
        self.name_label = QLabel(name, card)
        self.name_label.setObjectName("lockName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)

        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("lockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery key"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock_requested)
        self.passphrase.textEdited.connect(self._on_edited)
        self.message = InlineMessage(card)

        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.close_button = QPushButton(self.tr("Close workshop"), card)
        self.close_button.setObjectName("lockCloseButton")
        self.close_button.setToolTip(self.tr("Go to the start screen without unlocking"))
        self.close_button.clicked.connect(self.close_requested)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(heading)
        titles.addWidget(self.name_label)
        top.addLayout(titles, 1)
        layout.addLayout(top)
        layout.addSpacing(6)
        if encrypted:
            hint = QLabel(self.tr("Type the workshop's passphrase, or its recovery key, to carry on where you "
                                  "were."), card)
            hint.setObjectName("lockHint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
            layout.addWidget(self.passphrase)
        else:
            self.passphrase.hide()
            warning = QLabel(self.tr("The screen is locked, but the file itself is not encrypted: anyone who copies "
                                     "“{name}” can read everything in it.").format(name=name), card)
            warning.setObjectName("plainWarning")
            warning.setWordWrap(True)
            warning.setContentsMargins(10, 8, 10, 8)  # not CSS padding: a wrapped label would be cut short
            layout.addWidget(warning)
            self.encrypt_link = QPushButton(self.tr("Encrypt this workshop…"), card)
            self.encrypt_link.setObjectName("encryptLink")
            self.encrypt_link.setCursor(Qt.CursorShape.PointingHandCursor)
            self.encrypt_link.setFlat(True)
            self.encrypt_link.clicked.connect(self.encrypt_requested)
            layout.addWidget(self.encrypt_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addSpacing(4)
        layout.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self._fit_card()

    def _fit_card(self) -> None:
        """The card as tall as its wrapped lines need at its fixed width (an aligned widget gets its size hint,
        which does not follow the width)."""
        layout = self.card.layout()
        layout.activate()
        self.card.setFixedHeight(layout.totalHeightForWidth(self.CARD_WIDTH))

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
        self._fit_card()

    def focus_field(self) -> None:
        (self.passphrase if self.encrypted else self.unlock_button).setFocus()

    def _on_edited(self, _text: str) -> None:
        if self.message.is_error():
            self.message.clear_message()
            self._fit_card()


class IdleWatcher(QObject):
    """Counts the time since the last keyboard or mouse input anywhere in the app; says when it is too long.

    Input only notes the time (mouse moves come by the hundred); the timer checks how long it has really been
    when it fires and waits the rest if there was input meanwhile."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 turns the idle lock off."""
        self._timeout_ms = max(0, int(timeout_ms))
        if self._timer.isActive() or not self._timeout_ms:
            self.start()

    def start(self) -> None:
        self._last_input = time.monotonic()
        if self._timeout_ms:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        left = self._timeout_ms - (time.monotonic() - self._last_input) * 1000
        if left > 5:
            self._timer.start(int(left))
        else:
            self.idle.emit()


class WorkshopLocker(QObject):
    """The main window's lock: locks and unlocks its workshop, and watches for idleness."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow, idle_ms: int | None = None):
        super().__init__(window)
        self.window = window
        self.screen: LockScreen | None = None
        self._where: _Where | None = None
        if idle_ms is None:
            idle_ms = settings.lock_after_minutes() * 60_000
        self.watcher = IdleWatcher(idle_ms, self)
        self.watcher.idle.connect(self._on_idle)

    # --- state ---------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._where is not None

    def workshop_shown(self) -> None:
        """A workshop is on screen: start counting idle time."""
        self.watcher.start()

    def workshop_gone(self) -> None:
        self.watcher.stop()

    def kiosk_open(self) -> bool:
        """A kiosk ballot is up (the vote page has its kiosk window)."""
        pages = self.window.pages
        built = pages.built() if hasattr(pages, "built") else list(pages.values())
        return any(getattr(page, "kiosk", None) is not None for page in built)

    def _on_idle(self) -> None:
        if self.window.workshop is None or self.is_locked:
            return
        if self.kiosk_open():
            self.watcher.start()  # look again later; never during a ballot
            return
        log.info("locking the workshop after %d s without input", self.watcher.timeout_ms // 1000)
        self.lock()

    # --- locking -------------------------------------------------------------------------
    def lock(self) -> bool:
        """Save what is typed, close the workshop and show the lock screen. False when there is nothing to lock
        or a kiosk ballot is up."""
        window = self.window
        workshop = window.workshop
        if workshop is None or self.is_locked:
            return False
        if self.kiosk_open():
            window._show_message(self.tr("The workshop can't be locked while the kiosk is open for voting."))
            return False
        # A dialog open over the window (it may show names): closed first, its loop ended before the workshop goes.
        open_dialogs = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible() and w.isModal()]
        if open_dialogs:
            for dialog in open_dialogs:
                dialog.reject()
            QTimer.singleShot(0, self.lock)
            return True
        self._where = self._remember(workshop)
        window.close_workshop(show_start=False)  # pages flush what is being typed, then the file closes
        for widget in QApplication.topLevelWidgets():
            # Whatever else the app has up (a results projection, a document window) goes too.
            if widget is not window and widget.isVisible() and widget.isWindow() and \
                    not widget.windowFlags() & Qt.WindowType.ToolTip:
                widget.hide()
        self._show_screen()
        self.locked.emit()
        return True

    def _remember(self, workshop: Workshop) -> _Where:
        window = self.window
        where = _Where(path=workshop.path, name=workshop.path.name, encrypted=is_encrypted(workshop),
                       read_only=workshop.read_only, step=window.current_step())
        review = window.review_page
        if review is not None:
            where.review_ids = list(review.selected_ids())
            where.review_current = review.current_id()
        charter = window.pages.built() if hasattr(window.pages, "built") else []
        for page in charter:
            if hasattr(page, "current_key") and hasattr(page, "show_part"):
                where.charter_part = page.current_key()
        return where

    def _show_screen(self) -> None:
        window = self.window
        where = self._where
        screen = LockScreen(where.name, where.encrypted)
        screen.unlock_requested.connect(self.unlock)
        screen.close_requested.connect(self.close_locked)
        screen.encrypt_requested.connect(self._unlock_and_encrypt)
        self.screen = screen
        window._stack.addWidget(screen)
        window._stack.setCurrentWidget(screen)
        window.setWindowTitle(self.tr("Locked — UPR Desktop"))
        window.set_locked_state(True)
        screen.focus_field()

    def _drop_screen(self) -> None:
        if self.screen is not None:
            self.window._stack.removeWidget(self.screen)
            self.screen.deleteLater()
            self.screen = None
        self.window.set_locked_state(False)

    # --- unlocking -----------------------------------------------------------------------
    def unlock(self) -> bool:
        """Reopen with the passphrase typed on the lock screen; a wrong one is said plainly and the lock stays."""
        where, screen = self._where, self.screen
        if where is None or screen is None:
            return False
        if where.encrypted and not screen.passphrase.text():
            screen.show_error(self.tr("Type the passphrase first."))
            screen.passphrase.setFocus()
            return False
        from ...ops import Workshop  # here: the window's start need not import the ops layer

        try:
            if where.encrypted:
                workshop = Workshop.open(where.path, passphrase=screen.passphrase.text(), read_only=where.read_only)
            else:
                workshop = Workshop.open(where.path, read_only=where.read_only)
        except errors.WrongPassphrase:
            screen.passphrase.clear()
            screen.show_error(self.tr("That passphrase is not right, so the workshop stays locked. Check "
                                              "the keyboard layout and Caps Lock, and try again."))
            screen.passphrase.setFocus()
            return False
        except errors.WorkshopError as error:
            screen.passphrase.clear()
            screen.show_error(self.tr("The workshop could not be reopened: {reason}")
                                      .format(reason=error.message if hasattr(error, "message") else str(error)))
            return False
        except Exception as error:  # noqa: BLE001 - plain words on the screen, the details in the log
            log.exception("unlocking the workshop failed")
            screen.passphrase.clear()
            screen.show_error(self.tr("The workshop could not be reopened: {reason}").format(reason=error))
            return False
        screen.passphrase.clear()
        self._where = None
        self._drop_screen()
        self.window.set_workshop(workshop)
        self._restore(where)
        self.unlocked.emit()
        return True

    def _restore(self, where: _Where) -> None:
        window = self.window
        if where.step:
            window.show_step(where.step)
        if where.review_ids and window.review_page is not None:
            window.review_page.select_ids(where.review_ids, where.review_current)
        if where.charter_part and where.step == "charter":
            window.page("charter").show_part(where.charter_part)

    def close_locked(self) -> None:
        """Give up on the locked workshop: the start screen, nothing reopened."""
        if self._where is None:
            return
        if self.screen is not None:
            self.screen.passphrase.clear()
        self._where = None
        self._drop_screen()
        self.window.show_start_screen_if_idle()
        self.window._update_title()

    def _unlock_and_encrypt(self) -> None:
        if self.unlock():
            self.window.encrypt_workshop()


class PrivacySettingsDialog(QDialog):
    """When the workshop locks by itself, and whether encrypted workshops are listed under Recent."""

    def __init__(self, parent: QWidget | None = None):
        from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox

        from ..common.dialog_parts import DIALOG_STYLE, fit_to_contents, lay_out_form_dialog, primary_button, \
            secondary_button

        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self.setWindowTitle(self.tr("Lock and privacy"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(520)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("Never"))
        self.minutes.setValue(settings.lock_after_minutes())
        self.remember = QCheckBox(self.tr("Remember encrypted workshops in Recent files"), self)
        self.remember.setObjectName("rememberEncrypted")
        self.remember.setChecked(settings.remember_encrypted_in_recent())
        remember_hint = QLabel(self.tr("When this is off, an encrypted workshop's name and folder are never written "
                                       "to this computer's settings, so nobody can see there where it is kept."), self)
        remember_hint.setObjectName("fieldHint")
        remember_hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Lock after no input for:"), self.minutes)
        form.addRow(self.remember)
        form.addRow(remember_hint)
        save = primary_button(self.tr("Save"), self)
        save.clicked.connect(self.save)
        cancel = secondary_button(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 6, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        lay_out_form_dialog(self, self.tr("Lock and privacy"), self.tr(
            "The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while "
            "the kiosk is open for voting. Ctrl+L locks it at once."), form, InlineMessage(self), row)
        fit_to_contents(self)

    def save(self) -> None:
        settings.set_lock_after_minutes(self.minutes.value())
        settings.set_remember_encrypted_in_recent(self.remember.isChecked())
        if not self.remember.isChecked():
            from ...ops import Workshop

            for path in settings.recent_workshops():  # listed while it was on: taken out now
                try:
                    if Workshop.is_encrypted_file(path):
                        settings.forget_recent(path)
                except OSError:
                    continue
        self.accept()
