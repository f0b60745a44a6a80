"""Vote step (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class VotePage(QWidget):
    message = Signal(str)  # for the status bar
    results_requested = Signal(int)  # round id
    review_requested = Signal()

    def __init__(self, workshop, undo_stack, signals, parent: QWidget | None = None, **_context):
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.signals = signals
        QVBoxLayout(self).addWidget(QLabel("Vote", self))

    def set_zoom(self, factor: float) -> None:
        pass

    def set_palette(self, palette) -> None:
        pass

    def show_round(self, round_id: int) -> None:
        pass

    def detach(self) -> None:
        pass
