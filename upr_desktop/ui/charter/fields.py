"""Pieces the charter's editors share: the context they write through, fields saved as you type,
text boxes that grow with their text, and the labels that head each field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...domain.charter import ImplementationStatus, Level
from ...domain.errors import WorkshopError
from ...ops import Workshop
from .autosave import Debouncer, SaveOnLeave
from .markdown import MarkdownEditor
from ..common.errors import show_error
from ..common.undo import push_change
from ..common.translation import translate


def tr(text: str) -> str:
    return QCoreApplication.translate("CharterPage", text)


def level_label(level: Level) -> str:
    return {Level.NATIONAL: translate("CharterPage", "National"), Level.REGIONAL: translate("CharterPage", "Regional"),
            Level.INTERNATIONAL: translate("CharterPage", "International")}[Level(level)]


def status_label(status: ImplementationStatus) -> str:
    return {ImplementationStatus.NOT_STARTED: translate("CharterPage", "Not started"), ImplementationStatus.IN_PROGRESS: translate("CharterPage", "In progress"),
            ImplementationStatus.PARTIALLY: translate("CharterPage", "Partially implemented"),
            ImplementationStatus.FULLY: translate("CharterPage", "Fully implemented")}[ImplementationStatus(status)]


def date_text(iso: str | None) -> str:
    """An ISO date (or a partial one, or a stored UTC time) in the reader's language."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if date.isValid() and len(iso) >= 10:
        return QLocale().toString(date, "d MMMM yyyy")
    return iso


@dataclass
class CharterContext:
    """What every charter editor writes through: the workshop, the undo stack, and the page's voice."""

    workshop: Workshop
    undo_stack: QUndoStack
    dialog_parent: QWidget
    message: Callable[[str], None]
    saved: Callable[[], None]
    read_only: bool = False
    typing: int = 0  # > 0 while a save made as someone types is announced: the editors are left alone
    pending_listeners: list[Callable[[bool], None]] = field(default_factory=list)

    def apply(self, call: Callable[[], Any], *, merge_key: str | None = None, done: str | None = None) -> Any:
        """Run an ops call that returns a Change or (id, Change); push it; say `done`. None on refusal."""
        try:
            result = call()
        except WorkshopError as error:
            show_error(self.dialog_parent, error)
            return None
        change = result[1] if isinstance(result, tuple) else result
        push_change(self.undo_stack, change, merge_key)
        self.saved()
        if done:
            self.message(done)
        return result if result is not None else True


class AutoField(QObject):
    """One field saved as you type: after a pause, on leaving the field, or when asked to flush.

    `save(value)` writes through the ops layer and returns its Change; `merge_key()` names the field, so
    consecutive saves of it are one undo step. A load never overwrites what a person is still typing.
    """

    error = Signal(object)  # a WorkshopError from a save, for editors that show it inline

    def __init__(self, context: CharterContext, widget: QWidget, save: Callable[[Any], Any],
                 merge_key: Callable[[], str], parent: QObject | None = None, *, inline_errors: bool = False):
        super().__init__(parent or widget)
        self.context = context
        self.widget = widget
        self._save = save
        self._merge_key = merge_key
        self._inline_errors = inline_errors
        self._loading = False
        self.known: Any = None
        self.debouncer = Debouncer(self._write, self)
        self.debouncer.pending_changed.connect(self._on_pending)
        self.leave = SaveOnLeave(self.debouncer.flush, context.undo_stack, self)
        if isinstance(widget, MarkdownEditor):
            widget.edited.connect(self.debouncer.schedule)
            self.leave.watch(widget.edit)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.debouncer.schedule)
            self.leave.watch(widget)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._on_plain_changed)
            self.leave.watch(widget)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: (self.debouncer.schedule(), self.debouncer.flush()))
        else:
            raise TypeError(f"AutoField cannot watch {type(widget).__name__}")

    # --- the widget's value ---------------------------------------------------------------------
    def value(self) -> Any:
        w = self.widget
        if isinstance(w, MarkdownEditor):
            return w.markdown()
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.currentData()

    def _show(self, value: Any) -> None:
        w = self.widget
        self._loading = True
        try:
            if isinstance(w, MarkdownEditor):
                w.set_markdown(value or "")
            elif isinstance(w, QLineEdit):
                if w.text() != (value or ""):
                    w.setText(value or "")
                    w.setCursorPosition(0)
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
            else:
                index = w.findData(value)
                if index >= 0 and w.currentIndex() != index:
                    w.setCurrentIndex(index)
        finally:
            self._loading = False

    def load(self, value: Any, *, force: bool = False) -> None:
        """Show the stored value, unless the person is typing here (force: another part was chosen)."""
        if force:
            self.debouncer.cancel()
        elif self.debouncer.pending:
            return
        self.known = value
        if isinstance(self.widget, MarkdownEditor) and force:
            self.widget.mark_saved(None)  # a different part: always show its text
        self._show(value)

    @property
    def pending(self) -> bool:
        return self.debouncer.pending

    def flush(self) -> None:
        self.debouncer.flush()

    def _on_plain_changed(self) -> None:
        if not self._loading and not self.widget.isReadOnly():
            self.debouncer.schedule()

    def _on_pending(self, pending: bool) -> None:
        for listener in self.context.pending_listeners:
            listener(pending)

    # --- writing -------------------------------------------------------------------------------
    def _write(self) -> None:
        if self.context.read_only:
            return
        value = self.value()
        if value == self.known:
            return
        self.context.typing += 1
        try:
            change = self._save(value)
        except WorkshopError as error:
            if self._inline_errors:
                self.error.emit(error)
            else:
                show_error(self.context.dialog_parent, error)
            return
        finally:
            self.context.typing -= 1
        self.known = value
        if isinstance(self.widget, MarkdownEditor):
            self.widget.mark_saved(value)
        push_change(self.context.undo_stack, change, self._merge_key())
        if self._inline_errors:
            self.error.emit(None)
        self.context.saved()


class GrowingTextEdit(QPlainTextEdit):
    """A plain text box that grows with its text, between min_lines and max_lines."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 10):
        super().__init__(parent)
        self.setObjectName("charterField")
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self._min_lines, min(self._max_lines, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        self.setFixedHeight(lines * line + frame + 4)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()  # the text wraps differently at another width


def field_label(text: str, parent: QWidget, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldLabel")
    label.setWordWrap(True)
    label.setContentsMargins(0, 6, 0, 0)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    return label


def rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setObjectName("charterRule")
    line.setFixedHeight(1)
    return line


class InlineError(QLabel):
    """A message under a field: shown when something could not be saved, hidden otherwise."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, error: WorkshopError | str | None) -> None:
        if error is None:
            self.clear()
            self.hide()
            return
        self.setText(error.message if isinstance(error, WorkshopError) else str(error))
        self.show()


class ElidedLabel(QLabel):
    """One line of text, cut with "…" when there is no room; the whole text in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._full) + 4, metrics.height() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(min(120, self.sizeHint().width()), self.fontMetrics().height() + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()
            self.updateGeometry()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


