"""Bridges ops.Change to Qt's undo stack."""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from ...domain.errors import WorkshopError
from ...ops import Change
from .errors import show_error


class ChangeCommand(QUndoCommand):
    """An undo step for a change the ops layer has already made."""

    def __init__(self, change: Change):
        super().__init__(change.description)
        self._change = change
        self._done = True  # the change happened before it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._change.redo)

    def undo(self) -> None:
        self._run(self._change.undo)

    def _run(self, step) -> None:
        try:
            step()
        except WorkshopError as error:
            # Nothing changed (the write was one transaction), so the stack must not claim it
            # did: this step is dropped, and the person is told why.
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error)


# Saves of one field closer together than this are one burst of typing: one undo step.
MERGE_WINDOW_S = 5.0
_MERGING_ID = 0x55505244  # any fixed id: merging is decided by the key, below


class MergingChangeCommand(ChangeCommand):
    """A save made while typing. Consecutive saves of the same field (the same merge key) within
    MERGE_WINDOW_S of each other merge, so Ctrl+Z takes back a burst of typing, not a keystroke."""

    def __init__(self, change: Change, merge_key: str):
        super().__init__(change)
        self.merge_key = merge_key
        self._last_at = time.monotonic()
        self.merged = 1

    def id(self) -> int:  # noqa: A003 - Qt API
        return _MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, MergingChangeCommand) or other.merge_key != self.merge_key:
            return False
        if other._last_at - self._last_at > MERGE_WINDOW_S:
            return False
        # Undo goes back to before the first save of the burst; redo makes the last one again.
        first, last = self._change, other._change
        self._change = Change(first.description, first.undo, last.redo)
        self._last_at = other._last_at
        self.merged += other.merged
        return True


def push_change(stack: QUndoStack, change: Change | None, merge_key: str | None = None) -> None:
    """Put a change the ops layer made on the undo stack. With a merge_key, consecutive changes
    with the same key (debounced saves of one field) become one undo step."""
    if change is None:
        return
    stack.push(ChangeCommand(change) if merge_key is None else MergingChangeCommand(change, merge_key))
