"""Record a dated value of one of a priority's indicators ("33 attacks in 2026"), with its source; or start a
new indicator with its first value. Writes through the ops layer; both steps undo together."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ...domain.errors import WorkshopError
from ..common.dialog_parts import InlineMessage, fit_to_contents, lay_out_form_dialog, primary_button
from ..common.errors import message_for
from ..common.undo import push_change

NEW = -1


class IndicatorDialog(QDialog):
    def __init__(self, workshop, undo_stack: QUndoStack, priority_id: int, priority_title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("indicatorDialog")
        self.setWindowTitle(self.tr("Indicator value"))
        self._workshop = workshop
        self._undo_stack = undo_stack
        self._priority_id = priority_id
        self.value_id: int | None = None

        self.indicator_combo = QComboBox(self)
        for ind in workshop.indicators():
            if ind.priority_id == priority_id:
                self.indicator_combo.addItem(ind.name + (f" ({ind.unit})" if ind.unit else ""), ind.id)
        self.indicator_combo.addItem(self.tr("A new indicator…"), NEW)
        self.indicator_combo.currentIndexChanged.connect(self._on_indicator)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Shelter places for survivors of violence"))
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setPlaceholderText(self.tr("e.g. places"))
        self.period_edit = QLineEdit(self)
        self.period_edit.setPlaceholderText(self.tr("2026, 2026-06 or 2026-06-30"))
        self.value_spin = QDoubleSpinBox(self)
        self.value_spin.setRange(-1e12, 1e12)
        self.value_spin.setDecimals(2)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("Where the figure comes from (required)"))
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = primary_button(self.tr("Record value"), self)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Indicator"), self.indicator_combo)
        self.form.addRow(self.tr("New indicator"), self.name_edit)
        self.form.addRow(self.tr("Unit"), self.unit_edit)
        self.form.addRow(self.tr("Year or date"), self.period_edit)
        self.form.addRow(self.tr("Value"), self.value_spin)
        self.form.addRow(self.tr("Source"), self.source_edit)
        lay_out_form_dialog(self, self.tr("Indicator value"), priority_title, self.form, self.message, buttons)
        self.setMinimumWidth(460)
        self._on_indicator()
        fit_to_contents(self)

    def _on_indicator(self, *_args) -> None:
        new = self.indicator_combo.currentData() == NEW
        for field in (self.name_edit, self.unit_edit):
            self.form.setRowVisible(field, new)

    def accept(self) -> None:
        chosen = self.indicator_combo.currentData()
        self._undo_stack.beginMacro(self.tr("Record an indicator value"))
        try:
            if chosen == NEW:
                chosen, change = self._workshop.add_indicator(self.name_edit.text(), self._priority_id,
                                                              self.unit_edit.text())
                push_change(self._undo_stack, change)
            self.value_id, change = self._workshop.add_indicator_value(
                chosen, self.period_edit.text(), self.value_spin.value(), self.source_edit.text())
            push_change(self._undo_stack, change)
        except WorkshopError as error:
            self._undo_stack.endMacro()
            # Refused: the step comes off the stack (an empty one too), taking any new indicator with it, so
            # nothing half-done stays and neither Ctrl+Z nor Redo meets it.
            # (Qt drops an obsolete step without running it: undo first, then drop it from the redo side.)
            self._undo_stack.undo()
            self._undo_stack.command(self._undo_stack.index()).setObsolete(True)
            self._undo_stack.redo()
            self.message.show_error(message_for(error))
            return
        self._undo_stack.endMacro()
        super().accept()
