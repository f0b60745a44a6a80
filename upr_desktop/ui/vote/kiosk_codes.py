"""The kiosk's first screen in a round with anonymous ballot codes: type the code from your slip.

Nobody picks a name here, so the kiosk never learns who is voting: the code is checked (not spent),
and the ballot that follows spends it in its own transaction. Kept apart from kiosk.py so the
name screen and the ballot widgets can change without touching this.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QHBoxLayout, QWidget

from ... import i18n
from ...domain import ballot_codes
from ...domain.errors import WorkshopError
from ..common.errors import message_for


class BallotCodeEntry(QWidget):
    """Emits code_accepted with the code once it is an unused code of the round."""

    code_accepted = Signal(str)

    def __init__(self, workshop, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.workshop = workshop
        self.round_id = round_id
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 28, 48, 28)
        column = QVBoxLayout()
        column.setSpacing(16)
        outer.addStretch(1)
        outer.addLayout(column, 2)
        outer.addStretch(1)

        title = QLabel(self.tr("Type your ballot code"), self)
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        lead = QLabel(self.tr("This is a secret ballot with ballot codes. Type the code from the slip you took. "
                              "Nobody, not even this laptop, knows whose slip it is. Each code works once."), self)
        lead.setObjectName("kioskLead")
        lead.setWordWrap(True)

        card = QFrame(self)
        card.setObjectName("kioskCard")
        hint = QLabel(self.tr("Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't "
                              "matter."), card)
        hint.setObjectName("cardHint")
        hint.setWordWrap(True)
        self.field = QLineEdit(card)
        self.field.setObjectName("codeField")
        self.field.setMaxLength(24)
        self.field.setPlaceholderText(self.tr("Your ballot code"))
        self.field.setAccessibleName(self.tr("Ballot code"))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not remembered or offered back: the field is cleared after each voter.
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhPreferUppercase)
        self.field.returnPressed.connect(self.submit)
        self.field.textChanged.connect(lambda _: self.error.hide())
        self.button = QPushButton(i18n.arrows(self.tr("Continue to the ballot  ›")), card)
        self.button.setObjectName("kioskPrimary")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.submit)
        self.error = QLabel(self)
        self.error.setObjectName("kioskError")
        self.error.setWordWrap(True)
        self.error.hide()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(22, 20, 22, 20)
        card_layout.setSpacing(12)
        card_layout.addWidget(hint)
        card_layout.addWidget(self.field)
        card_layout.addWidget(self.button)

        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(lead)
        column.addWidget(card)
        column.addWidget(self.error)
        column.addStretch(2)

    def clear(self) -> None:
        self.field.clear()
        self.error.hide()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def submit(self) -> bool:
        typed = self.field.text()
        if not typed.strip():
            self.show_problem(self.tr("Type the code from your slip first."))
            return False
        if ballot_codes.normalise(typed) is None:
            self.show_problem(self.tr("A ballot code has ten letters and numbers. Check the slip and type it "
                                      "again."))
            return False
        try:
            unused = self.workshop.code_is_unused(self.round_id, typed)
        except WorkshopError as error:
            self.show_problem(message_for(error))
            return False
        if not unused:
            self.show_problem(self.tr("This code is not valid for this round, or it has been used already. Check "
                                      "it, or ask the facilitator for a new slip."))
            return False
        self.error.hide()
        self.code_accepted.emit(ballot_codes.display(typed))
        return True
