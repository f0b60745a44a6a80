"""Setting the kiosk's exit PIN: the facilitator chooses the PIN that lets them, and only them, leave the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


PIN_MIN = 4


def digits_only(field: QLineEdit) -> None:
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), field))


# ---------------------------------------------------------------------------------------------------------------
# Setting the exit PIN


class KioskPinDialog(QDialog):
    """The facilitator chooses the PIN that lets them (and only them) leave the kiosk."""

    def __init__(self, round_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskPinDialog")
        self.setWindowTitle(self.tr("Start the voting kiosk"))
        self.setMinimumWidth(520)
        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr(
            "The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 "
            "digits: you will need it to leave the kiosk. Don't tell it to anyone voting.")
            .replace("%1", round_title).replace("%2", str(PIN_MIN)), self)
        intro.setWordWrap(True)
        self.pin_field = QLineEdit(self)
        self.again_field = QLineEdit(self)
        for field in (self.pin_field, self.again_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaximumWidth(200)
            digits_only(field)
            field.textChanged.connect(self._clear_error)
        form = QFormLayout()
        form.addRow(self.tr("Exit PIN"), self.pin_field)
        form.addRow(self.tr("The same PIN again"), self.again_field)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("Start the kiosk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("primaryButton")
        self.start_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.pin_field.setFocus()

    def pin(self) -> str:
        return self.pin_field.text()

    def problem(self) -> str | None:
        pin, again = self.pin_field.text(), self.again_field.text()
        if len(pin) < PIN_MIN or not pin.isdigit():
            return self.tr("The PIN needs at least %1 digits.").replace("%1", str(PIN_MIN))
        if pin != again:
            return self.tr("The two PINs are not the same. Type the PIN again in both boxes.")
        return None

    def try_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            self._fit_height()
            return
        self.accept()

    def _fit_height(self) -> None:
        """Tall enough for the wrapped text at this width: a dialog is not resized for its labels' line count,
        so without this the explanation and the error are cut off and the PIN boxes squashed."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else \
            layout.totalSizeHint().height()
        needed = max(needed, layout.totalMinimumSize().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _clear_error(self) -> None:
        self.error.hide()
