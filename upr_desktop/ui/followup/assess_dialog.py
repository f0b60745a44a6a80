"""Assess one recommendation or charter priority, at any date, as one organisation or the coalition.

A new assessment never replaces an earlier one: the history is the point, and when organisations disagree
both are kept and shown. The dialog writes through the ops layer itself; a refusal is shown inline and the
dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.followup import COALITION, STATUS_ORDER, Subject
from ..common.dialog_parts import InlineMessage, fit_to_contents, lay_out_form_dialog, primary_button
from ..common.errors import message_for
from ..common.undo import push_change
from ..common.translation import translate

JUSTIFICATION_MAX = 600  # "a short justification"


def assessor_label(name: str) -> str:
    return translate("AssessDialog", "The coalition") if name == COALITION else name


class AssessDialog(QDialog):
    """subjects: (Subject, label) pairs to choose from; subject: the one chosen at the start."""

    def __init__(self, workshop, undo_stack: QUndoStack, subjects: list[tuple[Subject, str]],
                 subject: Subject | None = None, *, include_confidential: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessDialog")
        self.setWindowTitle(self.tr("Assess"))
        self._workshop = workshop
        self._undo_stack = undo_stack
        self.assessment_id: int | None = None

        self.subject_combo = QComboBox(self)
        self.subject_combo.setObjectName("subjectCombo")
        self.subject_combo.setMaxVisibleItems(20)
        self.subject_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject_combo.setMinimumContentsLength(44)
        for subj, label in subjects:
            self.subject_combo.addItem(label, subj)
        if subject is not None:
            for row in range(self.subject_combo.count()):
                if self.subject_combo.itemData(row) == subject:
                    self.subject_combo.setCurrentIndex(row)

        self.status_buttons = QButtonGroup(self)
        statuses = QWidget(self)
        column = QVBoxLayout(statuses)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for n, status in enumerate(STATUS_ORDER):
            button = QRadioButton(status.label, statuses)
            button.setProperty("status", status.value)
            self.status_buttons.addButton(button, n)
            column.addWidget(button)
        self.status_buttons.buttonToggled.connect(self._update_ok)

        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("assessedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate().addYears(1))

        self.assessor_combo = QComboBox(self)
        self.assessor_combo.setObjectName("assessorCombo")
        for name in workshop.assessors():
            self.assessor_combo.addItem(assessor_label(name), name)

        self.justification = QPlainTextEdit(self)
        self.justification.setObjectName("justification")
        self.justification.setPlaceholderText(self.tr("Why: what changed, or what did not (a sentence or two)"))
        self.justification.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.justification.textChanged.connect(self._on_text)
        self.length = QLabel(self)
        self.length.setObjectName("hint")

        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("evidenceChoice")
        self.evidence_list.setAccessibleName(self.tr("Evidence for this assessment"))
        self.evidence_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for ev in workshop.evidence_items(include_confidential=include_confidential):
            item = QListWidgetItem(f"{ev.dated}  {ev.title}  ({ev.kind.label})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, ev.id)
            item.setToolTip(ev.title)
            self.evidence_list.addItem(item)
        if not self.evidence_list.count():
            item = QListWidgetItem(self.tr("No evidence yet: add it on the Evidence tab, then link it here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(item)

        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = primary_button(self.tr("Record assessment"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Recommendation or priority"), self.subject_combo)
        form.addRow(self.tr("Status"), statuses)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addStretch(1)
        form.addRow(self.tr("Assessed on"), when)
        form.addRow(self.tr("Assessed by"), self.assessor_combo)
        form.addRow(self.tr("Justification"), self.justification)
        form.addRow("", self.length)
        form.addRow(self.tr("Evidence"), self.evidence_list)
        lay_out_form_dialog(self, self.tr("Assess"), self.tr(
            "Earlier assessments are kept: this one is added to the history. When organisations disagree, each "
            "one's view is shown."), form, self.message, buttons)
        self._on_text()
        self._update_ok()
        fit_to_contents(self)

    # --- what is chosen -----------------------------------------------------------------------------
    def subject(self) -> Subject | None:
        return self.subject_combo.currentData()

    def set_status(self, value: str) -> None:
        for button in self.status_buttons.buttons():
            if button.property("status") == value:
                button.setChecked(True)

    def status(self) -> str | None:
        button = self.status_buttons.checkedButton()
        return button.property("status") if button else None

    def set_assessor(self, name: str) -> None:
        index = self.assessor_combo.findData(name)
        if index >= 0:
            self.assessor_combo.setCurrentIndex(index)

    def evidence_ids(self) -> tuple[int, ...]:
        return tuple(self.evidence_list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.evidence_list.count())
                     if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked)

    def check_evidence(self, evidence_id: int) -> None:
        for i in range(self.evidence_list.count()):
            if self.evidence_list.item(i).data(Qt.ItemDataRole.UserRole) == evidence_id:
                self.evidence_list.item(i).setCheckState(Qt.CheckState.Checked)

    def _on_text(self) -> None:
        n = len(self.justification.toPlainText())
        self.length.setText(self.tr("%1 of %2 characters").replace("%1", str(n)).replace("%2", str(JUSTIFICATION_MAX)))
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.subject() is not None and self.status() is not None
                                  and len(self.justification.toPlainText()) <= JUSTIFICATION_MAX)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.assessment_id, change = self._workshop.assess(
                self.subject(), self.status(), self.date_edit.date().toString("yyyy-MM-dd"),
                self.assessor_combo.currentData(), " ".join(self.justification.toPlainText().split()),
                self.evidence_ids())
        except WorkshopError as error:
            self.message.show_error(message_for(error))
            return
        push_change(self._undo_stack, change)
        super().accept()
