"""Results step (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ResultsPage(QWidget):
    message = Signal(str)  # for the status bar
    vote_requested = Signal(int)  # round id: show it on the Vote page (e.g. a new run-off)

    def __init__(self, workshop, undo_stack, signals, parent: QWidget | None = None, **_context):
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.signals = signals
        QVBoxLayout(self).addWidget(QLabel("Results", self))

    def set_zoom(self, factor: float) -> None:
        pass

    def set_palette(self, palette) -> None:
        pass

    def show_round(self, round_id: int) -> None:
        pass

    def detach(self) -> None:
        pass
