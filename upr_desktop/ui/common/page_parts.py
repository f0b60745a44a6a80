"""Small pieces every step page uses, so they look and behave the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from ... import paths
from . import theme
from .signals import WorkshopSignals


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resource("icons", name)))


class Card(QFrame):
    """A white card with a border (styled by object name in each page's style sheet)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


def page_button(parent: QWidget, text: str, slot: Callable, *, tip: str = "", icon_name: str | None = None,
                primary: bool = False) -> QPushButton:
    """A header or card button in the house style."""
    button = QPushButton(icon(icon_name), text, parent) if icon_name else QPushButton(text, parent)
    button.setObjectName("primaryButton" if primary else "secondaryButton")
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def attach_step(page: QWidget, name: str, workshop, undo_stack, signals: WorkshopSignals | None) -> None:
    """What every step page starts with: its workshop and undo stack, the window's change notifications (or
    its own, when built alone as in tests), zoom 1 and the calm palette."""
    page.setObjectName(name)
    page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    page.workshop = workshop
    page.undo_stack = undo_stack
    page._own_signals = signals is None
    page.signals = signals or WorkshopSignals(workshop, page)
    page.signals.changed.connect(page._on_workshop_changed)
    page._read_only = workshop.read_only
    page._zoom = 1.0
    page._palette = theme.CALM
