"""Attendance for a round that takes anonymous ballot codes (issue 12).

The facilitator ticks who is present and received a slip. The list is saved whole, on Save, never one
tick at a time: nothing in the file says who was ticked when, next to which ballot. Tick it before
the vote or after it, never at the same moment or in the same order as people vote.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.rounds import VoterUnit
from ..common.errors import show_error
from ..common.undo import push_change
from ..common.translation import plural

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceDialog(QDialog):
    """A checklist of the round's eligible participants (or organisations), saved as one list."""

    def __init__(self, workshop, undo_stack: QUndoStack, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceChecklist")
        self.workshop = workshop
        self.undo_stack = undo_stack
        self.round_id = round_id
        self.round = workshop.voting_round(round_id)
        self.setWindowTitle(self.tr("Attendance: %1").replace("%1", self.round.title))
        self.resize(520, 640)

        heading = QLabel(self.tr("Who is present and received a slip"), self)
        heading.setObjectName("dialogHeading")
        lead = QLabel(self.tr("Tick everyone present who took a ballot-code slip, then save. Do it before the vote "
                              "or after it, never as people vote: the list is saved whole, with no time and no "
                              "order, and says nothing about who voted."), self)
        lead.setObjectName("fieldHint")
        lead.setWordWrap(True)

        self.model = QStandardItemModel(self)
        for key, name, ticked in workshop.attendance_list(round_id):
            item = QStandardItem(name)
            item.setData(key, KEY_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.model.appendRow(item)
        self.model.itemChanged.connect(lambda *_: self._update_count())
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        by_org = self.round.voter_unit == VoterUnit.ORGANISATION
        self.list.setAccessibleName(self.tr("Organisations present") if by_org else self.tr("Participants present"))

        self.count = QLabel(self)
        self.count.setObjectName("attendanceCount")
        self.all_button = QPushButton(self.tr("Tick all"), self)
        self.all_button.setObjectName("secondaryButton")
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Clear"), self)
        self.none_button.setObjectName("secondaryButton")
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("secondaryButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save attendance"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not workshop.read_only)

        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        self._update_count()

    def ticked(self) -> list[str]:
        return [self.model.item(row).data(KEY_ROLE) for row in range(self.model.rowCount())
                if self.model.item(row).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.model.rowCount()):
            self.model.item(row).setCheckState(state)

    def _update_count(self) -> None:
        ticked = len(self.ticked())
        self.count.setText(plural(self.tr("%n of {total} ticked present", "", ticked), ticked)
                           .format(total=self.model.rowCount()))

    def save(self) -> bool:
        try:
            change = self.workshop.record_attendance(self.round_id, self.ticked())
        except WorkshopError as error:
            show_error(self, error)
            return False
        push_change(self.undo_stack, change)
        self.accept()
        return True
