"""Bridges ops.Change to Qt's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from ..domain.errors import WorkshopError
from ..ops import Change
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


def push_change(stack: QUndoStack, change: Change | None) -> None:
    if change is not None:
        stack.push(ChangeCommand(change))
