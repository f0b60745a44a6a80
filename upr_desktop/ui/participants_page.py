"""Participants step (being built)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ParticipantsPage(QWidget):
    message = Signal(str)  # for the status bar

    def __init__(self, workshop, undo_stack, signals, parent: QWidget | None = None, **_context):
        super().__init__(parent)
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.signals = signals
        QVBoxLayout(self).addWidget(QLabel("Participants", self))

    def set_zoom(self, factor: float) -> None:
        pass

    def set_palette(self, palette) -> None:
        pass

    def detach(self) -> None:
        pass
