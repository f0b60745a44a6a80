"""Endorsements: the organisations that adopt the charter, with representative, role, date and whether
the signed paper is back. Edited in the table (each edit is one undo step) or in a small dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import Charter, Endorsement, is_partial_date
from ...domain.errors import WorkshopError
from ..common.flow_layout import FlowLayout
from .fields import CharterContext, InlineError, field_label, hint_label
from .parts import PartEditor, button
from ..common.undo import push_change
from ..common.translation import translate, plural

Index = QModelIndex | QPersistentModelIndex
COL_ORGANISATION, COL_REPRESENTATIVE, COL_ROLE, COL_DATE, COL_SIGNED = range(5)
_FIELDS = {COL_ORGANISATION: "organisation", COL_REPRESENTATIVE: "representative", COL_ROLE: "role",
           COL_DATE: "date"}


class EndorsementModel(QAbstractTableModel):
    def __init__(self, context: CharterContext, parent=None):
        super().__init__(parent)
        self.context = context
        self._rows: list[Endorsement] = []

    def set_endorsements(self, rows: list[Endorsement]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def endorsement_at(self, row: int) -> Endorsement | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, endorsement_id: int) -> int | None:
        for row, e in enumerate(self._rows):
            if e.id == endorsement_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Organisation"), translate("CharterPage", "Representative"), translate("CharterPage", "Role"), translate("CharterPage", "Date"), translate("CharterPage", "Signed on paper")][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_SIGNED:
            return translate("CharterPage", "Tick when the organisation's signed page is back.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.context.read_only:
            return flags
        if index.column() == COL_SIGNED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        e = self.endorsement_at(index.row())
        if e is None:
            return None
        column = index.column()
        if column == COL_SIGNED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if e.signed_on_paper else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("CharterPage", "Signed") if e.signed_on_paper else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(e, _FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ORGANISATION:
            return e.organisation
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        e = self.endorsement_at(index.row())
        if e is None or self.context.read_only:
            return False
        column = index.column()
        if column == COL_SIGNED and role == Qt.ItemDataRole.CheckStateRole:
            signed = Qt.CheckState(value) == Qt.CheckState.Checked
            after = replace(e, signed_on_paper=signed)
            done = translate("CharterPage", "%1: signed on paper.").replace("%1", e.organisation) if signed else \
                translate("CharterPage", "%1: no longer marked as signed.").replace("%1", e.organisation)
        elif column in _FIELDS and role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value or "").split())
            if text == getattr(e, _FIELDS[column]):
                return False
            after = replace(e, **{_FIELDS[column]: text})
            done = translate("CharterPage", "Endorsement saved. Undo with Ctrl+Z.")
        else:
            return False
        return bool(self.context.apply(lambda: self.context.workshop.update_endorsement(after), done=done))


class EndorsementDialog(QDialog):
    """Add or change one endorsement."""

    def __init__(self, context: CharterContext, endorsement: Endorsement | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterDialog")
        self.context = context
        self.endorsement = endorsement
        self.saved_id: int | None = None
        heading = translate("CharterPage", "Add an endorsement") if endorsement is None else translate("CharterPage", "Change the endorsement")
        self.setWindowTitle(heading)
        title = QLabel(heading, self)
        title.setObjectName("dialogHeading")
        self.organisations = {o.name: o.id for o in context.workshop.organisations()}
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.addItems(sorted(self.organisations, key=str.casefold))
        self.organisation.setCurrentText(endorsement.organisation if endorsement else "")
        self.organisation.lineEdit().setPlaceholderText(translate("CharterPage", "The organisation's name, as it signs"))
        self.representative = QLineEdit(endorsement.representative if endorsement else "", self)
        self.role = QLineEdit(endorsement.role if endorsement else "", self)
        self.date = QLineEdit(endorsement.date if endorsement else QDate.currentDate().toString(Qt.DateFormat.ISODate),
                              self)
        for w in (self.representative, self.role, self.date):
            w.setObjectName("charterField")
        self.representative.setPlaceholderText(translate("CharterPage", "Name of the person who signs"))
        self.role.setPlaceholderText(translate("CharterPage", "Executive director, chair…"))
        self.signed = QCheckBox(translate("CharterPage", "Signed on paper"), self)
        self.signed.setChecked(bool(endorsement and endorsement.signed_on_paper))
        self.error = InlineError(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(field_label(translate("CharterPage", "Organisation"), self, self.organisation), 0, 0, 1, 2)
        grid.addWidget(self.organisation, 1, 0, 1, 2)
        grid.addWidget(field_label(translate("CharterPage", "Representative"), self, self.representative), 2, 0)
        grid.addWidget(field_label(translate("CharterPage", "Role"), self, self.role), 2, 1)
        grid.addWidget(self.representative, 3, 0)
        grid.addWidget(self.role, 3, 1)
        grid.addWidget(field_label(translate("CharterPage", "Date"), self, self.date), 4, 0)
        grid.addWidget(self.date, 5, 0)
        grid.addWidget(self.signed, 5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(translate("CharterPage", "Add") if endorsement is None else translate("CharterPage", "Save"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint_label(translate("CharterPage", "The charter prints a signature line for each organisation. A representative "
                                       "is printed by name: ask them first."), self))
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def value(self) -> Endorsement:
        name = " ".join(self.organisation.currentText().split())
        base = self.endorsement or Endorsement()
        org_id = self.organisations.get(name)
        if org_id is None and name == base.organisation:
            org_id = base.organisation_id
        return replace(base, organisation=name, organisation_id=org_id,
                       representative=" ".join(self.representative.text().split()),
                       role=" ".join(self.role.text().split()), date=self.date.text().strip(),
                       signed_on_paper=self.signed.isChecked())

    def save(self) -> None:
        e = self.value()
        if e.date and not is_partial_date(e.date):
            self.error.show_error(translate("CharterPage", "“%1” is not a date. Write it as 2025-03-14, or leave it empty.")
                                  .replace("%1", e.date))
            return
        workshop = self.context.workshop
        try:
            if self.endorsement is None:
                self.saved_id, change = workshop.add_endorsement(e)
            else:
                change = workshop.update_endorsement(e)
                self.saved_id = e.id
        except WorkshopError as error:
            self.error.show_error(error)
            return
        push_change(self.context.undo_stack, change)
        self.context.saved()
        self.accept()


class EndorsementsEditor(PartEditor):
    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.add_button = button(translate("CharterPage", "Add…"), self, "primaryButton")
        self.from_organisations_button = button(translate("CharterPage", "Add the participants' organisations"), self,
                                                tip=translate("CharterPage", "One endorsement for each registered organisation not yet "
                                                       "listed"))
        self.edit_button = button(translate("CharterPage", "Edit…"), self)
        self.delete_button = button(translate("CharterPage", "Delete"), self, "dangerButton")
        self.add_button.clicked.connect(self.add_endorsement)
        self.from_organisations_button.clicked.connect(self.add_from_organisations)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        adders = FlowLayout(spacing=8, alignment=Qt.AlignmentFlag.AlignLeft)  # one flow, wrapping when the part is narrow or the language long
        for each in (self.add_button, self.from_organisations_button, self.edit_button, self.delete_button):
            adders.addWidget(each)
        self.layout_.addLayout(adders)

        self.model = EndorsementModel(context, self)
        self.table = QTableView(self)
        self.table.setObjectName("charterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("CharterPage", "Endorsements"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIGNED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        self.empty = QLabel(translate("CharterPage", "No endorsements yet. Add the organisations registered with the participants, or "
                               "add organisations one by one."), self)
        self.empty.setObjectName("partIntro")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = hint_label("", self)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty, 1)
        self.layout_.addWidget(self.summary)
        self._update_buttons()

    def comment_part(self) -> str | None:
        return "endorsements"

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The organisation gets the most room; representative and role share what is left."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - header.sectionSize(COL_DATE) - header.sectionSize(COL_SIGNED)
        header.resizeSection(COL_REPRESENTATIVE, max(90, int(room * 0.27)))
        header.resizeSection(COL_ROLE, max(70, int(room * 0.22)))

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label("endorsements")
        self.set_heading(translate("CharterPage", "Signatures"), label,
                         translate("CharterPage", "The organisations that adopt the charter. Double-click a cell to change it; tick "
                            "“Signed on paper” when the signed page is back."))
        keep = self.current_id()
        self.model.set_endorsements(list(charter.endorsements))
        n = len(charter.endorsements)
        signed = sum(1 for e in charter.endorsements if e.signed_on_paper)
        self.table.setVisible(bool(n))
        self.empty.setVisible(not n)
        self.summary.setText(plural(self.tr("%n organisation(s)", "", n), n) + "  ·  " +
                             plural(self.tr("%n signed on paper", "", signed), signed) if n else "")
        if keep is not None and self.model.row_of(keep) is not None:
            self.table.selectRow(self.model.row_of(keep))
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        e = self.model.endorsement_at(rows[0].row()) if rows else None
        return e.id if e is not None else None

    def add_endorsement(self) -> int | None:
        if self.context.read_only:
            return None
        dialog = EndorsementDialog(self.context, None, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            saved = dialog.saved_id
        finally:
            dialog.deleteLater()
        self.context.message(translate("CharterPage", "Endorsement added. Undo with Ctrl+Z."))
        if saved is not None and self.model.row_of(saved) is not None:
            self.table.selectRow(self.model.row_of(saved))
        return saved

    def edit_current(self) -> None:
        e = self.model.endorsement_at(self.table.currentIndex().row()) if self.current_id() is not None else None
        if e is None or self.context.read_only:
            return
        dialog = EndorsementDialog(self.context, e, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.context.message(translate("CharterPage", "Endorsement saved. Undo with Ctrl+Z."))
        finally:
            dialog.deleteLater()

    def add_from_organisations(self) -> None:
        if self.context.read_only:
            return
        before = self.model.rowCount()
        if self.context.apply(self.context.workshop.endorsements_from_organisations):
            added = self.model.rowCount() - before
            self.context.message(plural(self.tr("%n organisation(s) added to the endorsements. Undo with Ctrl+Z.", "",
                                                added), added))

    def delete_current(self) -> None:
        pid = self.current_id()
        if pid is None or self.context.read_only:
            return
        e = self.model.endorsement_at(self.model.row_of(pid))
        self.context.apply(lambda: self.context.workshop.delete_endorsement(pid),
                           done=translate("CharterPage", "The endorsement of %1 was deleted. Undo with Ctrl+Z.").replace("%1",
                                                                                                   e.organisation))

    def _update_buttons(self, *_args) -> None:
        has = self.current_id() is not None and not self.context.read_only
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        for b in (self.add_button, self.from_organisations_button, self.edit_button, self.delete_button):
            b.setVisible(not read_only)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._update_buttons()
