"""The workshop steps that are not built yet: a calm card saying what the step will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """"Coming in a later version: Vote" with one sentence on what the step will do."""

    def __init__(self, number: int, step: str, description: str, meanwhile: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        self.step = step
        self.description = description

        badge = QLabel(str(number), self)
        badge.setObjectName("placeholderBadge")
        badge.setFixedSize(56, 56)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kicker = QLabel(self.tr("STEP %1 · COMING IN A LATER VERSION").replace("%1", str(number)), self)
        self.kicker.setObjectName("placeholderKicker")
        self.title = QLabel(self.tr("Coming in a later version: %1").replace("%1", step), self)
        self.title.setObjectName("placeholderTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(description, self)
        self.text.setObjectName("placeholderText")
        self.text.setWordWrap(True)
        self.meanwhile = QLabel(meanwhile, self)
        self.meanwhile.setObjectName("placeholderMeanwhile")
        self.meanwhile.setWordWrap(True)
        self.meanwhile.setVisible(bool(meanwhile))

        card = QFrame(self)
        card.setObjectName("placeholderCard")
        card.setMaximumWidth(680)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(44, 40, 44, 40)
        inner.setSpacing(0)
        inner.addWidget(badge)
        inner.addSpacing(22)
        inner.addWidget(self.kicker)
        inner.addSpacing(8)
        inner.addWidget(self.title)
        inner.addSpacing(14)
        inner.addWidget(self.text)
        if meanwhile:
            rule = QFrame(card)
            rule.setObjectName("detailRule")
            inner.addSpacing(24)
            inner.addWidget(rule)
            inner.addSpacing(16)
            inner.addWidget(self.meanwhile)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 10)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
