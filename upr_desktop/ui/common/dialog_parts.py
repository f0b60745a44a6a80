"""What the app's dialogs share: their style sheet, the inline message shown next to a form, the primary and
secondary buttons, a label that elides, an optional date, and where files go by default (Documents)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget



ACCENT = "#1f5fa8"


DIALOG_STYLE = f"""
QDialog#workshopDialog, QDialog#importDialog {{ background: #ffffff; }}
QLabel#dialogHeading {{ font-size: 17pt; font-weight: 600; color: #1b2733; }}
QLabel#dialogIntro {{ color: #55606d; }}
QLabel#sectionHeading {{ font-size: 9pt; font-weight: 700; color: {ACCENT};
    letter-spacing: 1px; padding-top: 10px; }}
QLabel#fieldHint {{ color: #6b7580; font-size: 9pt; }}
QLineEdit {{ padding: 3px 6px; min-height: 22px; }}
QComboBox, QSpinBox, QDateEdit {{ min-height: 26px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid #d64545; border-radius: 3px; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 5px; padding: 6px 18px; font-weight: 600; }}
QPushButton[secondary="true"] {{ background: #ffffff; color: #15212e; border: 1px solid #c5cfd9;
    border-radius: 5px; padding: 6px 16px; }}
QPushButton[secondary="true"]:hover {{ border-color: {ACCENT}; color: {ACCENT}; }}
QPushButton[secondary="true"]:disabled {{ color: #a2abb5; border-color: #dde3ea; }}
QPushButton[primary="true"]:hover {{ background: #194f8c; }}
QPushButton[primary="true"]:disabled {{ background: #a9bfd9; border-color: #a9bfd9; color: #f4f7fb; }}
"""


# Set on the label itself: a style sheet rule chosen by object name after the label was first
# shown would change its colours but not its padding (Qt keeps the first box model).
_INLINE_STYLES = {
    "inlineError": "color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; border-radius: 6px;"
                   " padding: 8px 10px;",
    "inlineInfo": "color: #1b3d66; background: #eef4fb; border: 1px solid #9bbbe0; border-radius: 6px;"
                  " padding: 8px 10px;",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkshopDialogs", text)


def documents_folder() -> Path:
    """Where new workshops go by default: the person's Documents folder, else their home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


class InlineMessage(QLabel):
    """A message shown inside a dialog: red-bordered for errors, blue for information."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "inlineError")

    def show_info(self, text: str) -> None:
        self._show(text, "inlineInfo")

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def is_error(self) -> bool:
        return self.isVisibleTo(self.parentWidget()) and self.objectName() == "inlineError"

    def _show(self, text: str, kind: str) -> None:
        self.setObjectName(kind)
        self.setText(text)
        self.setStyleSheet(_INLINE_STYLES[kind])
        self.show()
        self._make_room()

    def _make_room(self) -> None:
        """Grow the window if the message doesn't fit, rather than squeezing the form."""
        window = self.window()
        if window is self or window.layout() is None:
            return
        window.layout().activate()
        needed = window.layout().totalHeightForWidth(window.width()) if window.layout().hasHeightForWidth() \
            else window.sizeHint().height()
        if needed > window.height():
            screen = window.screen().availableGeometry().height() if window.screen() else needed
            window.resize(window.width(), min(needed, int(screen * 0.95)))


def primary_button(text: str, parent: QWidget) -> QPushButton:
    """The dialog's main action, in the accent colour (the property must be set before polishing)."""
    button = QPushButton(text, parent)
    button.setProperty("primary", True)
    button.setMinimumWidth(120)
    return button


def secondary_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("secondary", True)
    button.setMinimumWidth(100)
    return button


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def __init__(self, text: str, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight):
        super().__init__(parent)
        self._full_text = text
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)
        self.setText(text)

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self._elide()

    def text(self) -> str:  # the whole text, whatever is shown
        return self._full_text

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full_text, self._mode, max(10, self.contentsRect().width()))
        super().setText(shown)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class OptionalDateEdit(QWidget):
    """A date that may be left unset; read and written as ISO text ("" when unset).

    Text that is not a whole ISO date (a partial date typed elsewhere) is kept as it is
    until the person picks a date, so opening and saving the dialog never loses it.
    """

    changed = Signal()
    _UNSET = QDate(2000, 1, 1)  # shown as "Not set"; no UPR review predates 2008

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._kept_text = ""
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMinimumDate(self._UNSET)
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.date_edit.setSpecialValueText(self.tr("Not set"))
        self.date_edit.setDate(self._UNSET)
        self.date_edit.setMinimumWidth(150)
        self.date_edit.calendarWidget().installEventFilter(self)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self._update_clear_button()

    def iso(self) -> str:
        if self._kept_text:
            return self._kept_text
        date = self.date_edit.date()
        return "" if date == self._UNSET else date.toString(Qt.DateFormat.ISODate)

    def set_iso(self, text: str) -> None:
        text = (text or "").strip()
        date = QDate.fromString(text, Qt.DateFormat.ISODate) if text else QDate()
        self.date_edit.blockSignals(True)
        if date.isValid() and date > self._UNSET:
            self.date_edit.setDate(date)
            self._kept_text = ""
        else:
            self.date_edit.setDate(self._UNSET)
            self._kept_text = text
        self.date_edit.blockSignals(False)
        self.date_edit.setToolTip(self.tr("Saved as “{text}”").format(text=text) if self._kept_text else "")
        self._update_clear_button()

    def date(self) -> QDate | None:
        date = self.date_edit.date()
        return None if date == self._UNSET else date

    def set_date(self, date: QDate) -> None:
        self.date_edit.setDate(date)

    def clear(self) -> None:
        self._kept_text = ""
        self.date_edit.setToolTip("")
        self.date_edit.setDate(self._UNSET)
        self._update_clear_button()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Opening the calendar on "Not set" would show January 2000; show this month instead.
        if event.type() == QEvent.Type.Show and self.date_edit.date() == self._UNSET:
            today = QDate.currentDate()
            self.date_edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _on_date_changed(self, _date: QDate) -> None:
        self._kept_text = ""
        self.date_edit.setToolTip("")
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setVisible(self.date_edit.date() != self._UNSET or bool(self._kept_text))


def lay_out_form_dialog(dialog: QDialog, heading: str, hint: str, form, message: QWidget,
                        buttons: QWidget) -> None:
    """The frame of a dialog that asks for a few fields: its heading, a line on what it does, the form, the
    inline message and the buttons, then sized to its contents."""
    title = QLabel(heading, dialog)
    title.setObjectName("dialogHeading")
    about = QLabel(hint, dialog)
    about.setObjectName("fieldHint")
    about.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 16, 18, 14)
    layout.setSpacing(10)
    layout.addWidget(title)
    layout.addWidget(about)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)


def fit_to_contents(dialog: QDialog) -> None:
    """Size a dialog to its contents; Qt's default caps a new window at 2/3 of the screen's height."""
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    screen = dialog.screen().availableGeometry().size() if dialog.screen() else hint
    dialog.resize(hint.boundedTo(screen * 0.95))
