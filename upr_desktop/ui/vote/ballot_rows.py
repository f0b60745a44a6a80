"""Rows for the methods where each candidate is marked on its own: a count of dots or points, an approval tick,
or a choice among levels (MoSCoW, scores)."""

from __future__ import annotations

from typing import TYPE_CHECKING


from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.rounds import Candidate
from ...domain.voting import Method
from ..common import theme
from ..common.translation import translate

if TYPE_CHECKING:
    from .ballot_editor import BallotEditor


class CandidateRow(QFrame):
    """One candidate: its number and text on the left, the controls for this method on the right."""

    def __init__(self, editor: BallotEditor, candidate: Candidate):
        super().__init__(editor.rows_widget)
        self.setObjectName("ballotRow")
        self.editor = editor
        self.candidate = candidate
        self.label = QLabel(candidate.label, self)
        self.label.setObjectName("candidateLabel")
        self.text = QLabel(candidate.text, self)
        self.text.setObjectName("candidateText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # setSizePolicy would otherwise drop the label's own flag
        self.text.setSizePolicy(policy)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.label)
        words.addWidget(self.text)
        words.addStretch(1)
        self.controls = QVBoxLayout()
        self.controls.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        layout.addLayout(words, 1)
        layout.addLayout(self.controls, 0)
        self._active = False
        self.scaled: list[tuple[QWidget, float]] = []  # widgets drawn larger than the ballot's type

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.setProperty("active", active)
            self.style().unpolish(self)
            self.style().polish(self)

    def refresh(self) -> None:
        raise NotImplementedError

    def button_size(self) -> int:
        return max(40, int(QFontMetrics(self.editor.base_font).height() * 2.1))

    def big_font(self, factor: float) -> QFont:
        font = QFont(self.editor.base_font)
        font.setPointSizeF(font.pointSizeF() * factor)
        return font

    def apply_font(self) -> None:
        theme.set_font_tree(self, self.editor.base_font)
        for widget, factor in self.scaled:
            widget.setFont(self.big_font(factor))


class CountRow(CandidateRow):
    """Dots or points: big − and + buttons around the count; points can also be typed."""

    def __init__(self, editor: BallotEditor, candidate: Candidate):
        super().__init__(editor, candidate)
        method = editor.rules.method
        side = self.button_size()
        self.minus = QToolButton(self)
        self.minus.setObjectName("stepButton")
        self.minus.setText("−")
        self.minus.setFixedSize(side, side)
        self.minus.setAccessibleName(translate("BallotEditor", "Take one off %1").replace("%1", candidate.label))
        self.minus.setAutoRepeat(method is Method.POINTS)
        self.minus.clicked.connect(lambda: editor.step(candidate.id, -1))
        self.plus = QToolButton(self)
        self.plus.setObjectName("stepButton")
        self.plus.setText("+")
        self.plus.setFixedSize(side, side)
        self.plus.setAccessibleName(translate("BallotEditor", "Add one to %1").replace("%1", candidate.label))
        self.plus.setAutoRepeat(method is Method.POINTS)
        self.plus.clicked.connect(lambda: editor.step(candidate.id, +1))
        self.count_label: QLabel | None = None
        self.spin: QSpinBox | None = None
        self.scaled += [(self.minus, 1.5), (self.plus, 1.5)]
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.minus)
        if method is Method.POINTS:
            self.spin = QSpinBox(self)
            self.spin.setObjectName("pointsBox")
            self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.spin.setFixedSize(int(side * 1.7), side)
            self.spin.setAccessibleName(translate("BallotEditor", "Points for %1").replace("%1", candidate.label))
            self.spin.setKeyboardTracking(True)
            self.spin.valueChanged.connect(lambda value: editor.set_count(candidate.id, value))
            row.addWidget(self.spin)
        else:
            self.count_label = QLabel("0", self)
            self.count_label.setObjectName("countLabel")
            self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.count_label.setMinimumWidth(int(side * 0.9))
            self.count_label.setAccessibleName(translate("BallotEditor", "Dots on %1").replace("%1", candidate.label))
            self.scaled.append((self.count_label, 1.3))
            row.addWidget(self.count_label)
        row.addWidget(self.plus)
        self.note = QLabel(self)
        self.note.setObjectName("rowNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.controls.addStretch(1)
        self.controls.addLayout(row)
        self.controls.addWidget(self.note)
        self.controls.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        editor = self.editor
        cid = self.candidate.id
        n = editor.count(cid)
        room = editor.room_for(cid)
        self.minus.setEnabled(n > 0)
        self.plus.setEnabled(room > 0)
        if self.spin is not None:
            self.spin.blockSignals(True)
            self.spin.setRange(0, n + room)
            self.spin.setValue(n)
            self.spin.blockSignals(False)
        else:
            self.count_label.setText(str(n))
        cap = editor.rules.max_per_candidate
        if cap is not None and n >= cap:
            self.note.setText(translate("BallotEditor", "at most %1 here").replace("%1", str(cap)))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.set_active(n > 0)


class ApprovalRow(CandidateRow):
    """A big tick box; a click anywhere on the card ticks it."""

    def __init__(self, editor: BallotEditor, candidate: Candidate):
        super().__init__(editor, candidate)
        side = self.button_size()
        self.box = QToolButton(self)
        self.box.setObjectName("approveBox")
        self.box.setCheckable(True)
        self.box.setFixedSize(side, side)
        self.scaled.append((self.box, 1.6))
        self.box.setAccessibleName(translate("BallotEditor", "Support %1").replace("%1", candidate.label))
        self.box.toggled.connect(lambda on: editor.set_approved(candidate.id, on))
        self.caption = QLabel(translate("BallotEditor", "Support"), self)
        self.caption.setObjectName("rowNote")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.caption)
        row.addWidget(self.box)
        self.controls.addStretch(1)
        self.controls.addLayout(row)
        self.controls.addStretch(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.refresh()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)

    def refresh(self) -> None:
        on = self.editor.approved(self.candidate.id)
        self.box.blockSignals(True)
        self.box.setChecked(on)
        self.box.blockSignals(False)
        self.box.setText("✓" if on else "")
        self.caption.setText(translate("BallotEditor", "Supported") if on else translate("BallotEditor", "Support"))
        self.set_active(on)


class ChoiceRow(CandidateRow):
    """Segmented buttons (a score 0–5, or Must/Should/Could/Won't); a second click on the chosen one clears it."""

    def __init__(self, editor: BallotEditor, candidate: Candidate, choices: list[tuple[object, str]]):
        super().__init__(editor, candidate)
        self.buttons: dict[object, QToolButton] = {}
        row = QHBoxLayout()
        row.setSpacing(4)
        side = self.button_size()
        for value, text in choices:
            button = QToolButton(self)
            button.setObjectName("segment")
            button.setText(text)
            button.setCheckable(True)
            button.setMinimumSize(side, side)
            button.setAccessibleName(f"{candidate.label}: {text}")
            button.clicked.connect(lambda _checked=False, v=value: editor.choose(candidate.id, v))
            self.buttons[value] = button
            row.addWidget(button)
        self.note = QLabel(self)
        self.note.setObjectName("rowNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.controls.addStretch(1)
        self.controls.addLayout(row)
        self.controls.addWidget(self.note)
        self.controls.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.editor.choice(self.candidate.id)
        for value, button in self.buttons.items():
            button.setChecked(value == chosen)
        if chosen is None:
            self.note.setText(translate("BallotEditor", "not marked") if self.editor.method is Method.MOSCOW
                              else translate("BallotEditor", "not rated"))
        else:
            self.note.setText("")
        self.set_active(chosen is not None)
