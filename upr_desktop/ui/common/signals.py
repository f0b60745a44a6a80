"""Turns the ops layer's change announcements into a Qt signal views can connect to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # annotations only: the start screen's window need not import the ops layer
    from ...ops import ChangeEvent, Workshop


class WorkshopSignals(QObject):
    changed = Signal(str, object)  # topic, tuple of ids

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self._workshop = workshop
        workshop.subscribe(self._on_change)

    def _on_change(self, event: ChangeEvent) -> None:
        self.changed.emit(event.topic, event.ids)

    def detach(self) -> None:
        self._workshop.unsubscribe(self._on_change)
