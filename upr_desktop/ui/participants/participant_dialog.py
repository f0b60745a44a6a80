"""Registering one participant, or editing them.

Someone who prefers not to be named is recorded by number or alias only: the switch clears and
locks every identifying field, so nothing identifying reaches the workshop file. The dialog writes
through the ops layer itself; a refusal from there (the same person already registered) is shown
inline and the dialog stays open with what was typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.participant import NAME_MAX, Participant
from ...ops import Workshop
from ..common import theme
from ..common.errors import message_for
from ..common.undo import push_change


class Switch(QAbstractButton):
    """An on/off switch with its label: for settings that change what happens, not for form data."""

    TRACK_W = 36
    TRACK_H = 20
    GAP = 10

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setText(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._palette = theme.CALM
        self.setAccessibleName(text)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        width = self.TRACK_W + (self.GAP + metrics.horizontalAdvance(self.text()) if self.text() else 0) + 4
        return QSize(width, max(self.TRACK_H + 6, metrics.height() + 6))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - self.TRACK_H) / 2
        track = QRectF(1, top, self.TRACK_W, self.TRACK_H)
        enabled = self.isEnabled()
        if self.isChecked():
            fill = QColor(p.accent if enabled else "#a9bfd9")
            edge = fill
        else:
            fill = QColor(p.border if enabled else p.header)
            edge = QColor(p.border_strong if enabled else p.border)
        painter.setPen(QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(track, self.TRACK_H / 2, self.TRACK_H / 2)
        knob = self.TRACK_H - 6
        x = track.right() - knob - 3 if self.isChecked() else track.left() + 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(x, top + 3, knob, knob))
        if self.hasFocus():
            painter.setPen(QPen(QColor(p.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), self.TRACK_H / 2 + 2, self.TRACK_H / 2 + 2)
        if self.text():
            painter.setPen(QColor(p.text if enabled else "#9aa3ad"))
            painter.setFont(self.font())
            text_rect = QRectF(track.right() + self.GAP, 0, self.width() - track.right() - self.GAP, self.height())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.text())
        painter.end()


class ParticipantDialog(QDialog):
    """Add a participant (person is None) or edit one."""

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, person: Participant | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self._workshop = workshop
        self._undo_stack = undo_stack
        self._original = person
        self._set_aside: dict[str, object] = {}  # what the anonymous switch cleared, in case it is switched back
        self.saved_id: int | None = None
        editing = person is not None
        number = person.number if editing else \
            max((p.number or 0 for p in workshop.participants()), default=0) + 1
        self.setWindowTitle(self.tr("Edit participant") if editing else self.tr("Add participant"))
        self.setMinimumWidth(560)
        # Locked fields look locked.
        self.setStyleSheet("QDialog#participantDialog QLineEdit:disabled, QDialog#participantDialog "
                           "QComboBox:disabled { background: #eef1f5; border: 1px solid #dde3ea; border-radius: 3px; }")

        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("dialogHeading")
        if editing:
            intro_text = self.tr("Participant %1 · kiosk code %2").replace("%1", str(person.number)) \
                .replace("%2", person.code or "—")
        else:
            intro_text = self.tr("Record only what the workshop needs. Someone who would rather not be named can be "
                                 "recorded by number or alias.")
        self.intro = QLabel(intro_text, self)
        self.intro.setObjectName("fieldHint")
        self.intro.setWordWrap(True)

        self.anonymous_switch = Switch(self.tr("Record by number or alias only — store nothing identifying"), self)
        self.anonymous_hint = QLabel(self.tr("Name, organisation, focus and contact are left empty and are never "
                                             "saved. Outputs show “Participant %1” or the alias.")
                                     .replace("%1", str(number)), self)
        self.anonymous_hint.setObjectName("fieldHint")
        self.anonymous_hint.setWordWrap(True)
        privacy = QFrame(self)
        privacy.setObjectName("anonymousCard")
        privacy.setStyleSheet("QFrame#anonymousCard { background: #f5f7fa; border: 1px solid #dde3ea; "
                              "border-radius: 8px; }")
        card = QVBoxLayout(privacy)
        card.setContentsMargins(12, 10, 12, 10)
        card.setSpacing(4)
        card.addWidget(self.anonymous_switch)
        card.addWidget(self.anonymous_hint)

        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("Full name"))
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("")
        for org in workshop.organisations():
            self.organisation.addItem(org.name)
        self.organisation.lineEdit().setMaxLength(NAME_MAX)
        self.organisation.lineEdit().setPlaceholderText(self.tr("Choose or type an organisation"))
        self.organisation.setCurrentIndex(0)
        self.focus = QLineEdit(self)
        self.focus.setMaxLength(NAME_MAX)
        self.focus.setPlaceholderText(self.tr("e.g. women’s rights, disability, land"))
        self.contact = QLineEdit(self)
        self.contact.setMaxLength(NAME_MAX)
        self.contact.setPlaceholderText(self.tr("Optional: phone or e-mail, only if you will follow up"))
        self.consent = QCheckBox(self.tr("May be named in printed and exported outputs"), self)
        self.consent_hint = QLabel(self.tr("Without consent, outputs show “Participant %1” instead of the name.")
                                   .replace("%1", str(number)), self)
        self.consent_hint.setObjectName("fieldHint")
        self.consent_hint.setWordWrap(True)
        self.alias = QLineEdit(self)
        self.alias.setMaxLength(NAME_MAX)
        self.alias.setPlaceholderText(self.tr("Optional, e.g. “Delegate B”"))

        self.name_error = QLabel(self)
        self.name_error.setObjectName("fieldError")
        self.name_error.setStyleSheet("color: #9b1c1c;")
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.name_box = name_box = QWidget(self)
        name_column = QVBoxLayout(name_box)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.setSpacing(2)
        name_column.addWidget(self.name)
        name_column.addWidget(self.name_error)
        consent_box = QWidget(self)
        consent_column = QVBoxLayout(consent_box)
        consent_column.setContentsMargins(0, 4, 0, 0)
        consent_column.setSpacing(2)
        consent_column.addWidget(self.consent)
        consent_column.addWidget(self.consent_hint)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(14)
        self.form.addRow(self.tr("Name"), name_box)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        self.form.addRow(self.tr("Thematic focus"), self.focus)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow("", consent_box)
        self.form.addRow(self.tr("Alias"), self.alias)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setStyleSheet("color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; "
                                      "border-radius: 6px; padding: 8px 10px;")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save changes") if editing else self.tr("Add participant"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.style().unpolish(self.save_button)  # the style sheet rule is by name
        self.save_button.style().polish(self.save_button)
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(privacy)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._placeholders = {field: field.placeholderText()
                              for field in (self.name, self.organisation.lineEdit(), self.focus, self.contact)}
        for field in (self.name, self.focus, self.contact, self.alias):
            field.textChanged.connect(self._clear_errors)
        self.organisation.editTextChanged.connect(self._clear_errors)
        self.anonymous_switch.toggled.connect(self._on_anonymous_toggled)

        if person is not None:
            self._fill(person)
        self._show_mode(self.anonymous_switch.isChecked())
        (self.alias if self.anonymous_switch.isChecked() else self.name).setFocus()

    def _fill(self, person: Participant) -> None:
        self.anonymous_switch.setChecked(person.anonymous)
        self.name.setText(person.name or "")
        self.organisation.setEditText(person.organisation or "")
        self.focus.setText(person.thematic_focus or "")
        self.contact.setText(person.contact or "")
        self.consent.setChecked(person.consent_named)
        self.alias.setText(person.alias or "")

    # --- the anonymous switch --------------------------------------------------------------
    @property
    def anonymous(self) -> bool:
        return self.anonymous_switch.isChecked()

    def set_anonymous(self, on: bool) -> None:
        self.anonymous_switch.setChecked(on)

    def _identifying(self) -> dict[str, object]:
        return {"name": self.name.text(), "organisation": self.organisation.currentText(),
                "focus": self.focus.text(), "contact": self.contact.text(), "consent": self.consent.isChecked()}

    def _on_anonymous_toggled(self, on: bool) -> None:
        if on:
            # Cleared from the form so nothing identifying can be saved; kept in memory only while the
            # dialog is open, so a switch flicked by mistake does not throw away what was typed.
            self._set_aside = self._identifying()
            self.name.clear()
            self.organisation.setEditText("")
            self.focus.clear()
            self.contact.clear()
            self.consent.setChecked(False)
        elif self._set_aside:
            self.name.setText(str(self._set_aside["name"]))
            self.organisation.setEditText(str(self._set_aside["organisation"]))
            self.focus.setText(str(self._set_aside["focus"]))
            self.contact.setText(str(self._set_aside["contact"]))
            self.consent.setChecked(bool(self._set_aside["consent"]))
            self._set_aside = {}
        self._show_mode(on)
        self._clear_errors()
        (self.alias if on else self.name).setFocus()

    def _show_mode(self, anonymous: bool) -> None:
        for widget in (self.name, self.organisation, self.focus, self.contact, self.consent):
            widget.setEnabled(not anonymous)
            label = self.form.labelForField(self.name_box if widget is self.name else widget)
            if label is not None:
                label.setEnabled(not anonymous)
        # Locked fields show no examples, so they read as empty rather than waiting to be filled in.
        for field, hint in self._placeholders.items():
            field.setPlaceholderText("" if anonymous else hint)
        self.consent_hint.setVisible(not anonymous)
        self.anonymous_hint.setVisible(anonymous)
        self.form.setRowVisible(self.alias, anonymous)
        self.adjustSize()

    # --- validation and saving -------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.name_error.hide()
        self.form_error.hide()

    def participant(self) -> Participant | None:
        """The participant the form describes, or None (with the problem shown) if it can't be saved."""
        self._clear_errors()
        base = self._original or Participant()
        if self.anonymous:
            return replace(base, name=None, organisation=None, thematic_focus=None, contact=None,
                           consent_named=False, alias=self.alias.text().strip() or None)
        name = self.name.text().strip()
        if not name:
            self.name_error.setText(self.tr("Write the person’s name, or switch on “Record by number or alias "
                                            "only”."))
            self.name_error.show()
            self._make_room()
            self.name.setFocus()
            return None
        return replace(base, name=name, organisation=self.organisation.currentText().strip() or None,
                       thematic_focus=self.focus.text().strip() or None, contact=self.contact.text().strip() or None,
                       consent_named=self.consent.isChecked())

    def show_problem(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()
        self._make_room()

    def _make_room(self) -> None:
        """Grow for a message rather than squeeze the form."""
        needed = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() \
            else self.layout().sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def save(self) -> None:
        person = self.participant()
        if person is None:
            return
        if self._original is not None and person == self._original:
            self.saved_id = self._original.id
            self.accept()
            return
        try:
            if self._original is None:
                saved_id, change = self._workshop.add_participant(person)
            else:
                change = self._workshop.edit_participant(person)
                saved_id = person.id
        except WorkshopError as error:
            self.show_problem(message_for(error))
            return
        push_change(self._undo_stack, change)
        self.saved_id = saved_id
        self.accept()
