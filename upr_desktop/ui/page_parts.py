"""Small pieces every step page uses, so they look and behave the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from .. import paths


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
