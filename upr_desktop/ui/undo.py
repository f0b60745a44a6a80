"""Bridges ops.Change to Qt's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..ops import Change


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
        self._change.redo()

    def undo(self) -> None:
        self._change.undo()


def push_change(stack: QUndoStack, change: Change | None) -> None:
    if change is not None:
        stack.push(ChangeCommand(change))
