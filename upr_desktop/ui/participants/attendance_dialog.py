"""Importing an attendance list: see what will be added before anything is.

The file has already been read (io.attendance) when the dialog opens; the preview says how many
people will be added, which rows were left out and why, and shows the first rows. Nothing is
written until "Import", and then in one transaction that one Ctrl+Z takes back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.participant import Participant, identity_key
from ...ops import Workshop
from ..common.errors import message_for
from ..common.undo import push_change
from ..common.translation import plural

PREVIEW_ROWS = 50
MUTED = "#5d6874"


class AttendancePreviewModel(QAbstractTableModel):
    """The first rows of the list, as they will be registered."""

    def __init__(self, people: list[Participant], registered: set, parent=None):
        super().__init__(parent)
        self._people = people[:PREVIEW_ROWS]
        self._registered = registered  # identity keys already in the workshop

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Name"), self.tr("Organisation"), self.tr("Thematic focus"), self.tr("Contact"),
                      self.tr("Consent"), self.tr("Status"))
            return titles[section]
        return None

    def already_registered(self, person: Participant) -> bool:
        key = identity_key(person.name, person.organisation)
        return key is not None and key in self._registered

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name or person.alias or self.tr("(by number)")
            if column == 1:
                return person.organisation or ""
            if column == 2:
                return person.thematic_focus or ""
            if column == 3:
                return person.contact or ""
            if column == 4:
                return self.tr("Yes") if person.consent_named else self.tr("No")
            return self.tr("Already registered") if self.already_registered(person) else self.tr("New")
        if role == Qt.ItemDataRole.ForegroundRole and (column >= 4 or self.already_registered(person)):
            return QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == 0 and person.name is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class AttendanceDialog(QDialog):
    """Preview of an attendance list (an io.attendance.Attendance) and the Import button."""

    def __init__(self, workshop: Workshop, undo_stack: QUndoStack, attendance, path: str | Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self._workshop = workshop
        self._undo_stack = undo_stack
        self.attendance = attendance
        self.source_file = Path(path).name
        self.summary = None  # the ops summary once imported
        self.setWindowTitle(self.tr("Import attendance list"))
        self.setMinimumSize(880, 540)

        registered = {identity_key(p.name, p.organisation) for p in workshop.participants()}
        registered.discard(None)
        people = list(attendance.participants)
        known = [p for p in people if identity_key(p.name, p.organisation) in registered]
        self.to_add = len(people) - len(known)

        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("dialogHeading")
        source = QLabel(self.tr("From %1 · %2 rows read").replace("%1", self.source_file)
                        .replace("%2", str(attendance.rows_read)), self)
        source.setObjectName("fieldHint")
        source.setWordWrap(True)

        self.headline = QLabel(self)
        self.headline.setObjectName("attendanceHeadline")
        self.headline.setWordWrap(True)
        headline_font = QFont(self.font())
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.15)
        headline_font.setWeight(QFont.Weight.DemiBold)
        self.headline.setFont(headline_font)
        if self.to_add == 0:
            self.headline.setText(self.tr("Nobody new: everyone on this list is already registered.") if people
                                  else self.tr("This list has nobody to add."))
        else:
            self.headline.setText(plural(self.tr("%n participant(s) will be added.", "", self.to_add), self.to_add))
        self.already = QLabel(self)
        self.already.setObjectName("fieldHint")
        self.already.setWordWrap(True)
        if known:
            self.already.setText(self.tr("%1 already registered (same name and organisation) will not be added again.")
                                 .replace("%1", str(len(known))))
        self.already.setVisible(bool(known))
        reading = list(getattr(attendance, "notes", []) or [])  # how the file was read (e.g. its encoding)
        self.reading_notes = QLabel("\n".join(reading), self)
        self.reading_notes.setObjectName("fieldHint")
        self.reading_notes.setWordWrap(True)
        self.reading_notes.setVisible(bool(reading))

        # What was left out of the file, in the reader's own words
        notes = list(attendance.skipped) + list(attendance.duplicates)
        self.left_out_heading = QLabel(self.tr("Left out of the list (%1)").replace("%1", str(len(notes))), self)
        self.left_out_heading.setObjectName("sectionHeading")
        self.left_out = QPlainTextEdit(self)
        self.left_out.setObjectName("leftOutLines")
        self.left_out.setReadOnly(True)
        self.left_out.setPlainText("\n".join(notes))
        self.left_out.setFixedHeight(self.fontMetrics().lineSpacing() * min(max(len(notes), 1), 5) + 18)
        self.left_out.setStyleSheet("QPlainTextEdit#leftOutLines { background: #fff8e6; border: 1px solid #e7c36a; "
                                    "border-radius: 6px; color: #5a3d00; padding: 2px 4px; }")
        self.left_out_heading.setVisible(bool(notes))
        self.left_out.setVisible(bool(notes))

        shown = min(len(people), PREVIEW_ROWS)
        self.preview_heading = QLabel(
            self.tr("The list") if shown == len(people)
            else self.tr("The first %1 of %2").replace("%1", str(shown)).replace("%2", str(len(people))), self)
        self.preview_heading.setObjectName("sectionHeading")
        self.model = AttendancePreviewModel(people, registered, self)
        self.table = QTableView(self)
        self.table.setObjectName("attendancePreview")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 140), (3, 130), (4, 110), (5, 140)):
            self.table.setColumnWidth(column, width)
        self.table.setStyleSheet(
            "QTableView#attendancePreview { background: #ffffff; alternate-background-color: #f8fafc; "
            "border: 1px solid #dde3ea; }"
            "QTableView#attendancePreview::item { padding: 0px 6px; }"
            "QTableView#attendancePreview QHeaderView::section { background: #f1f4f8; color: #5d6874; border: none; "
            "border-bottom: 1px solid #c5cfd9; padding: 5px 8px; font-weight: 600; }")
        self.table.setVisible(bool(people))
        self.preview_heading.setVisible(bool(people))

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setStyleSheet("color: #9b1c1c; background: #fdf2f2; border: 1px solid #d64545; "
                                      "border-radius: 6px; padding: 8px 10px;")
        self.form_error.setWordWrap(True)
        self.form_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import 1 participant") if self.to_add == 1
            else self.tr("Import %1 participants").replace("%1", str(self.to_add)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primaryButton")
        self.import_button.style().unpolish(self.import_button)  # the style sheet rule is by name
        self.import_button.style().polish(self.import_button)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(self.to_add > 0)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        for label in (self.left_out_heading, self.preview_heading):
            label.setStyleSheet("color: #1f5fa8; font-weight: 700; letter-spacing: 1px; padding-top: 6px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 18)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(source)
        layout.addSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(self.already)
        layout.addWidget(self.reading_notes)
        layout.addWidget(self.left_out_heading)
        layout.addWidget(self.left_out)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.table, 1)
        if not people:
            layout.addStretch(1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def left_out_lines(self) -> list[str]:
        text = self.left_out.toPlainText()
        return text.split("\n") if text else []

    def run_import(self) -> None:
        try:
            summary, change = self._workshop.import_participants(self.attendance.participants,
                                                                 source_file=self.source_file)
        except WorkshopError as error:
            self.form_error.setText(message_for(error))
            self.form_error.show()
            return
        push_change(self._undo_stack, change)
        self.summary = summary
        self.accept()

    def message(self) -> str:
        """For the status bar, once imported."""
        if self.summary is None:
            return ""
        text = self.summary.message()
        left_out = len(self.attendance.skipped)
        if left_out == 1:
            text += " " + self.tr("1 row of the file was left out.")
        elif left_out:
            text += " " + self.tr("%n rows of the file were left out.", "", left_out)
        return text
