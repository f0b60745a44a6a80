"""Save as you type: a debounce timer per editor, and the key handling that goes with it.

Every charter editor writes through the ops layer about half a second after the typing stops, and at
once when it loses focus, when another part is shown, or when the workshop closes. The saves of one
field go on the undo stack with a merge key, so one Ctrl+Z takes back a burst of typing.

Ctrl+Z and Ctrl+Shift+Z in a charter field are the window's undo and redo (not the text box's own,
which would forget what was saved): the field saves what is pending first, then lets the window's
shortcut through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

SAVE_DELAY_MS = 500


class Debouncer(QObject):
    """Calls save() once typing has paused for SAVE_DELAY_MS; flush() saves now if anything waits."""

    pending_changed = Signal(bool)

    def __init__(self, save: Callable[[], None], parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS):
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._pending = False

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        if not self._pending:
            self._pending = True
            self.pending_changed.emit(True)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        if self._pending:
            self._pending = False
            self.pending_changed.emit(False)

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        try:
            self._save()
        finally:
            self.pending_changed.emit(False)


def is_undo_or_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


class SaveOnLeave(QObject):
    """Installed on a field: saves pending typing when the field loses focus, and hands Ctrl+Z to the
    window's undo stack after saving, instead of the field's own undo."""

    def __init__(self, flush: Callable[[], None], undo_stack: QUndoStack | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._flush = flush
        self._undo_stack = undo_stack

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)
            viewport = getattr(widget, "viewport", None)
            if callable(viewport):
                viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self._flush()
        elif kind == QEvent.Type.ShortcutOverride and is_undo_or_redo(event):
            self._flush()
            event.ignore()  # not for the field: the window's Undo/Redo shortcut takes it
            return True
        elif kind == QEvent.Type.KeyPress and is_undo_or_redo(event):
            # No window shortcut took it (the page shown on its own): the stack still answers, never
            # the field's own undo, which knows nothing of what was saved.
            self._flush()
            if self._undo_stack is not None:
                if event.matches(QKeySequence.StandardKey.Undo):
                    self._undo_stack.undo()
                else:
                    self._undo_stack.redo()
            return True
        return super().eventFilter(watched, event)
