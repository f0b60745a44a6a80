"""Ballots that were not cast at the laptop: paper ballots typed in, and dots counted on a wall chart.

Paper ballots go through the same ballot editor as the kiosk and are labelled "on paper" in the
results. The dialog stays open after each one, cleared, so a pile of paper is typed in one go.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import WorkshopError
from ...domain.participant import Participant
from ...domain.rounds import BallotSource, Candidate, VoterUnit
from ...domain.voting import Method
from .ballot_editor import BallotEditor
from ..common.errors import message_for
from ..common.translation import plural, translate

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
VOTED_ROLE = Qt.ItemDataRole.UserRole + 2


def _people_model(workshop, round_id: int, by_org: bool, parent, *, checkable: bool = False) -> QStandardItemModel:
    """Everyone registered; those who have voted (or whose organisation has) greyed out and not pickable."""
    model = QStandardItemModel(parent)
    for p in workshop.participants():
        voted = workshop.has_voted(round_id, p.id)
        no_org = by_org and not p.organisation
        name = p.label()
        if by_org and p.organisation:
            name = translate("PaperBallotDialog", "{name}  ·  {organisation}").format(
                name=name, organisation=p.organisation)
        if voted:
            text = translate("PaperBallotDialog", "{name}  (voted)").format(name=name)
        elif no_org:
            text = translate("PaperBallotDialog", "{name}  (no organisation)").format(name=name)
        else:
            text = name
        item = QStandardItem(text)
        item.setData(p, PARTICIPANT_ROLE)
        item.setData(voted, VOTED_ROLE)
        item.setEditable(False)
        if voted or no_org:
            item.setEnabled(False)
            item.setForeground(QBrush(QColor("#8a949e")))
        elif checkable:
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
        model.appendRow(item)
    return model


class PaperBallotDialog(QDialog):
    """Type in paper ballots one after another for an open round."""

    def __init__(self, workshop, signals, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paperBallotDialog")
        self.workshop = workshop
        self.signals = signals
        self.round_id = round_id
        self.round = workshop.voting_round(round_id)
        self.candidates: list[Candidate] = workshop.round_candidates(round_id)
        self.saved_count = 0
        self._by_org = self.round.voter_unit == VoterUnit.ORGANISATION
        self.setWindowTitle(self.tr("Paper ballots: %1").replace("%1", self.round.title))
        self.resize(1180, 760)

        heading = QLabel(self.tr("Enter paper ballots"), self)
        heading.setObjectName("dialogHeading")
        lead = QLabel(self.tr("“%1” · %2").replace("%1", self.round.title).replace("%2", self.round.rules.describe()),
                      self)
        lead.setObjectName("fieldHint")
        lead.setWordWrap(True)

        # Whose ballot
        left = QWidget(self)
        who = QLabel(self.tr("Whose ballot is this?"), left)
        who.setObjectName("candidatesHeading")
        who.setStyleSheet("font-weight: 600;")
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Find a name"))
        self.search.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.people = QListView(left)
        self.people.setObjectName("paperPeople")
        self.people.setModel(self.proxy)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.setStyleSheet("QListView::item { padding: 5px 4px; }")
        self.search.textChanged.connect(lambda text: self.proxy.setFilterFixedString(" ".join(text.split())))
        secrecy = QLabel(self.tr("Secret round: the ballot is saved with no link to the person; only that they have "
                                 "voted is recorded.") if self.round.secret else
                         self.tr("Open round: the ballot is recorded with the person's name."), left)
        secrecy.setObjectName("fieldHint")
        secrecy.setWordWrap(True)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(who)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(secrecy)
        # A ballot-code round: the paper ballot carries a code, never a name.
        self.code_field = QLineEdit(left)
        self.code_field.setPlaceholderText(self.tr("Ballot code on the paper, e.g. K7QP4-XMD2A"))
        self.code_field.setAccessibleName(self.tr("Ballot code"))
        self.code_field.textChanged.connect(lambda _: self.error.hide())
        if self.round.uses_codes:
            who.setText(self.tr("Ballot code written on this paper ballot"))
            for widget in (self.search, self.people):
                widget.hide()
            left_layout.insertWidget(1, self.code_field)
            left_layout.insertStretch(2, 1)
            secrecy.setText(self.tr("Ballot-code round: the code is spent with the ballot, and nobody's name is "
                                    "recorded. A paper ballot without a valid, unused code can't be entered."))
        else:
            self.code_field.hide()

        # The ballot
        self.editor = BallotEditor(self.round.rules, self.candidates, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 7)
        splitter.setSizes([300, 860])

        self.count_label = QLabel(self)
        self.count_label.setObjectName("fieldHint")
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet("color: #155c34; font-weight: 600;")
        self.clear_button = QPushButton(self.tr("Clear this ballot"), self)
        self.clear_button.setObjectName("secondaryButton")
        self.clear_button.clicked.connect(self._clear)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("secondaryButton")
        self.close_button.clicked.connect(self.accept)
        self.save_button = QPushButton(self.tr("Save paper ballot"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.editor.changed.connect(self.error.hide)
        self.model: QStandardItemModel | None = None
        self.refresh_people()
        self.people.selectionModel().currentChanged.connect(lambda *_: self.error.hide())
        self._update_count()

    # --- who -------------------------------------------------------------------------------
    def refresh_people(self) -> None:
        old = self.model
        self.model = _people_model(self.workshop, self.round_id, self._by_org, self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        if old is not None:
            old.deleteLater()

    def select_participant(self, participant_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PARTICIPANT_ROLE).id == participant_id:
                if not index.flags() & Qt.ItemFlag.ItemIsEnabled:
                    return False
                self.people.setCurrentIndex(index)
                return True
        return False

    def participant(self) -> Participant | None:
        index = self.people.currentIndex()
        if not index.isValid() or not self.people.selectionModel().isSelected(index):
            return None
        return index.data(PARTICIPANT_ROLE)

    def _update_count(self) -> None:
        turnout = self.workshop.turnout(self.round_id)
        saved = plural(self.tr("%n paper ballot(s) saved here", "", self.saved_count), self.saved_count)
        self.count_label.setText(f"{saved}  ·  {turnout.sentence()}")

    # --- saving ----------------------------------------------------------------------------
    def _clear(self) -> None:
        self.editor.clear()
        self.error.hide()

    def save(self) -> bool:
        if self.round.uses_codes:
            return self._save_with_code()
        p = self.participant()
        self.done_label.clear()
        if p is None:
            self.error.setText(self.tr("Pick whose ballot this is first, in the list on the left."))
            self.error.show()
            return False
        try:
            self.workshop.cast_ballot(self.round_id, p.id, self.editor.votes(), source=BallotSource.PAPER)
        except WorkshopError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.saved_count += 1
        self.editor.clear()
        self.error.hide()
        self.search.clear()
        self.refresh_people()
        self.people.clearSelection()
        self._update_count()
        self.done_label.setText(self.tr("✓ Saved the paper ballot of %1. Enter the next one.").replace("%1", p.label()))
        self.search.setFocus()
        return True


    def _save_with_code(self) -> bool:
        self.done_label.clear()
        code = self.code_field.text().strip()
        if not code:
            self.error.setText(self.tr("Type the ballot code written on the paper ballot first."))
            self.error.show()
            return False
        try:
            self.workshop.cast_ballot_with_code(self.round_id, code, self.editor.votes(), source=BallotSource.PAPER)
        except WorkshopError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.saved_count += 1
        self.editor.clear()
        self.error.hide()
        self.code_field.clear()
        self._update_count()
        self.done_label.setText(self.tr("✓ Saved the paper ballot. Enter the next one."))
        self.code_field.setFocus()
        return True


# ---------------------------------------------------------------------------------------------------------------
# Wall chart


class WallCountModel(QAbstractTableModel):
    """Candidates with the number of dots counted on the wall for each (editable)."""

    COLUMNS = 3

    def __init__(self, candidates: list[Candidate], parent=None, counted: dict[int, int] | None = None):
        super().__init__(parent)
        self.candidates = candidates
        counted = counted or {}
        self.counts = [counted.get(c.id, 0) for c in candidates]  # what was entered before, to correct

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Recommendation"), self.tr("Dots on the wall"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.candidates[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (c.label, c.text, self.counts[index.row()])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return c.text
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            n = int(value)
        except (TypeError, ValueError):
            return False
        if n < 0:
            return False
        self.counts[index.row()] = n
        self.dataChanged.emit(index, index)
        return True

    def as_counts(self) -> dict[int, int]:
        return {c.id: n for c, n in zip(self.candidates, self.counts)}


class _CountDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        editor = QSpinBox(parent)
        editor.setRange(0, 100000)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class WallChartDialog(QDialog):
    """Dots counted per candidate on a wall chart, and who voted there (so they can't vote again)."""

    def __init__(self, workshop, round_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wallChartDialog")
        self.workshop = workshop
        self.round_id = round_id
        self.round = workshop.voting_round(round_id)
        self.candidates = workshop.round_candidates(round_id)
        self.setWindowTitle(self.tr("Wall-chart counts: %1").replace("%1", self.round.title))
        self.resize(1100, 720)
        heading = QLabel(self.tr("Enter wall-chart counts"), self)
        heading.setObjectName("dialogHeading")
        if self.round.rules.method is Method.DOT:
            lead_text = self.tr("Type how many dots each candidate got on the wall chart; counts entered before are "
                                "shown, to correct or complete. Tick the people who voted on the wall, so they can't "
                                "also vote at the laptop.")
        else:
            lead_text = self.tr("Type how many points each candidate got on the wall chart; counts entered before "
                                "are shown, to correct or complete. Tick the people who voted on the wall, so they "
                                "can't also vote at the laptop.")
        lead = QLabel(lead_text, self)
        lead.setObjectName("fieldHint")
        lead.setWordWrap(True)

        self.model = WallCountModel(self.candidates, self, workshop.wall_chart(round_id))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, _CountDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(2, 140)
        self.table.setAccessibleName(self.tr("Counts per candidate"))
        self.model.dataChanged.connect(lambda *_: self._update_total())

        people_box = QWidget(self)
        who = QLabel(self.tr("Who voted on the wall"), people_box)
        who.setStyleSheet("font-weight: 600;")
        self.people_model = _people_model(workshop, round_id, self.round.voter_unit == VoterUnit.ORGANISATION, self,
                                          checkable=True)
        self.people_model.sort(0)
        self.people_model.itemChanged.connect(lambda *_: self._update_total())
        self.people = QListView(people_box)
        self.people.setModel(self.people_model)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(who)
        people_layout.addWidget(self.people, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(people_box)
        splitter.setSizes([760, 320])

        self.total = QLabel(self)
        self.total.setObjectName("fieldHint")
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("secondaryButton")
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save wall-chart counts"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_total()

    def checked_people(self) -> list[int]:
        ids = []
        for row in range(self.people_model.rowCount()):
            item = self.people_model.item(row)
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(PARTICIPANT_ROLE).id)
        return ids

    def set_count(self, candidate_id: int, n: int) -> bool:
        for row, c in enumerate(self.candidates):
            if c.id == candidate_id:
                return self.model.setData(self.model.index(row, 2), n)
        return False

    def check_person(self, participant_id: int, on: bool = True) -> bool:
        for row in range(self.people_model.rowCount()):
            item = self.people_model.item(row)
            if item.data(PARTICIPANT_ROLE).id == participant_id and item.isCheckable():
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
        return False

    def _update_total(self) -> None:
        total = sum(self.model.counts)
        people = len(self.checked_people())
        ticked = self.tr("1 person ticked") if people == 1 else \
            self.tr("%n people ticked", "", people)
        dots = self.round.rules.method is Method.DOT
        on_wall = plural(self.tr("On the wall: %n dot(s)", "", total) if dots
                         else self.tr("On the wall: %n point(s)", "", total), total)
        self.total.setText(on_wall + "  ·  " + ticked)
        self.error.hide()

    def save(self) -> bool:
        try:
            self.workshop.record_wall_chart(self.round_id, self.model.as_counts(), self.checked_people())
        except WorkshopError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.accept()
        return True
