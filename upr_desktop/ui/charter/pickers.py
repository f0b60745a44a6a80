"""Dialogs that choose what becomes a priority: clusters, recommendations, or a closed voting round."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import short_title
from ...domain.recommendation import Recommendation
from ...domain.rounds import RoundStatus
from ...ops import Workshop
from ...store.queries import RecommendationFilter
from .fields import date_text, field_label, hint_label
from .annex import response_text
from ..common.translation import plural, translate

Index = QModelIndex | QPersistentModelIndex
FETCH_PAGE = 200


def _dialog_frame(dialog: QDialog, heading: str, intro: str) -> QVBoxLayout:
    dialog.setObjectName("charterDialog")
    dialog.setWindowTitle(heading)
    dialog.setModal(True)
    title = QLabel(heading, dialog)
    title.setObjectName("dialogHeading")
    title.setWordWrap(True)
    text = QLabel(intro, dialog)
    text.setObjectName("partIntro")
    text.setWordWrap(True)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(22, 18, 22, 16)
    layout.setSpacing(10)
    layout.addWidget(title)
    layout.addWidget(text)
    return layout


def _table(parent: QWidget, model) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("charterTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


# --- recommendations ------------------------------------------------------------------------------
class RecommendationChoiceModel(QAbstractTableModel):
    """Recommendations matching a search, ticked to choose; fetched a page at a time."""

    COLUMNS = 3  # tick + reference, text, response

    def __init__(self, workshop: Workshop, exclude: set[int], parent=None):
        super().__init__(parent)
        self.workshop = workshop
        self.exclude = exclude
        self._ids: list[int] = []
        self._cache: dict[int, Recommendation] = {}
        self.chosen: list[int] = []  # in the order they were ticked

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        ids, _ranked = self.workshop.ranked_ids(RecommendationFilter(text=text))
        self._ids = [i for i in ids if i not in self.exclude]
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def recommendation(self, rec_id: int) -> Recommendation | None:
        if rec_id not in self._cache:
            start = self._ids.index(rec_id) if rec_id in self._ids else 0
            page = [i for i in self._ids[start:start + FETCH_PAGE] if i not in self._cache] or [rec_id]
            self._cache.update(self.workshop.recommendations(page))
        return self._cache.get(rec_id)

    def toggle(self, row: int) -> None:
        rec_id = self.id_at(row)
        if rec_id is None:
            return
        if rec_id in self.chosen:
            self.chosen.remove(rec_id)
        else:
            self.chosen.append(rec_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Number"), translate("CharterPage", "Recommendation"), translate("CharterPage", "Response")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.toggle(index.row())
            return True
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        rec_id = self.id_at(index.row())
        if rec_id is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if rec_id in self.chosen else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        rec = self.recommendation(rec_id)
        if rec is None:
            return None
        if column == 0:
            return rec.reference or "—"
        if column == 1:
            return rec.text
        return response_text(rec.response.value)


class RecommendationPickerDialog(QDialog):
    """Choose recommendations: for a new priority (with its title) or to add to one."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None, *, priority_title: str | None = None,
                 exclude: set[int] | None = None):
        super().__init__(parent)
        self.workshop = workshop
        self.for_new = priority_title is None
        heading = translate("CharterPage", "A priority from recommendations") if self.for_new else \
            translate("CharterPage", "Add recommendations to “%1”").replace("%1", priority_title)
        intro = translate("CharterPage", "Tick the recommendations the priority covers. Search by words, number or State.") \
            if self.for_new else translate("CharterPage", "Tick the recommendations to add. Those it already covers are not listed.")
        layout = _dialog_frame(self, heading, intro)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(translate("CharterPage", "Search the recommendations"))
        self.search.setClearButtonEnabled(True)
        self.model = RecommendationChoiceModel(workshop, exclude or set(), self)
        self.table = _table(self, self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(lambda index: self.model.toggle(index.row()))
        self.count = QLabel(self)
        self.count.setObjectName("fieldHint")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("charterField")
        self.title_edit.setPlaceholderText(translate("CharterPage", "The priority's title, such as “Access to justice for women”"))
        self.title_edit.textEdited.connect(self._title_typed)
        self._title_by_hand = False
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(translate("CharterPage", "Add the priority") if self.for_new
                                                else translate("CharterPage", "Add recommendations"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        if self.for_new:
            layout.addWidget(field_label(translate("CharterPage", "Title of the priority"), self, self.title_edit))
            layout.addWidget(self.title_edit)
        else:
            self.title_edit.hide()
        layout.addWidget(self.buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.dataChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.model.set_search("")
        self.resize(860, 600)
        self.search.setFocus()

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() != 0:  # the tick box toggles itself
            self.model.toggle(index.row())

    def _title_typed(self, _text: str) -> None:
        self._title_by_hand = True
        self._update()

    def choose(self, rec_ids: list[int]) -> None:
        """Tick these (for tests and for a caller that knows)."""
        for rec_id in rec_ids:
            if rec_id not in self.model.chosen:
                self.model.chosen.append(rec_id)
        self.model.layoutChanged.emit()
        self._update()

    def chosen_ids(self) -> list[int]:
        return list(self.model.chosen)

    def priority_title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def _update(self, *_args) -> None:
        n = len(self.model.chosen)
        shown = self.model.rowCount()
        self.count.setText(plural(self.tr("%n chosen", "", n), n) + "  ·  " + plural(self.tr("%n listed", "", shown),
                                                                                            shown))
        if self.for_new and not self._title_by_hand:
            first = self.model.recommendation(self.model.chosen[0]) if self.model.chosen else None
            self.title_edit.setText(short_title(first.text, 70) if first else "")
        self.ok_button.setEnabled(bool(n) and (not self.for_new or bool(self.priority_title())))
        if not self.for_new:
            self.ok_button.setText(translate("CharterPage", "Add 1 recommendation") if n == 1 else
                                   translate("CharterPage", "Add %1 recommendations").replace("%1", str(n)) if n else
                                   translate("CharterPage", "Add recommendations"))


# --- clusters -------------------------------------------------------------------------------------
class ClusterChoiceModel(QAbstractTableModel):
    def __init__(self, clusters, used: dict[int, int], parent=None):
        super().__init__(parent)
        self._clusters = list(clusters)
        self.used = used  # cluster id → the priority number it already is
        self.chosen: list[int] = []

    def cluster_at(self, row: int):
        return self._clusters[row] if 0 <= row < len(self._clusters) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._clusters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Cluster"), translate("CharterPage", "Recommendations"), translate("CharterPage", "In the charter")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        cluster = self.cluster_at(index.row())
        if cluster is None or cluster.id in self.used or not cluster.size:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def toggle(self, row: int) -> None:
        cluster = self.cluster_at(row)
        if cluster is None or cluster.id in self.used or not cluster.size:
            return
        if cluster.id in self.chosen:
            self.chosen.remove(cluster.id)
        else:
            self.chosen.append(cluster.id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            self.toggle(index.row())
            return True
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cluster = self.cluster_at(index.row())
        if cluster is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if cluster.id in self.used:
                return Qt.CheckState.Checked
            return Qt.CheckState.Checked if cluster.id in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return cluster.name
            if column == 1:
                return str(cluster.size)
            if cluster.id in self.used:
                return translate("CharterPage", "Priority %1").replace("%1", str(self.used[cluster.id]))
            return "" if cluster.size else translate("CharterPage", "Empty")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClusterPickerDialog(QDialog):
    """Tick clusters; each becomes a priority carrying the cluster's recommendations."""

    def __init__(self, workshop: Workshop, used: dict[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        layout = _dialog_frame(self, translate("CharterPage", "Priorities from clusters"),
                               translate("CharterPage", "Each cluster you tick becomes a priority, titled with the cluster's name and "
                                  "covering its recommendations. Clusters already in the charter are ticked and "
                                  "greyed."))
        self.model = ClusterChoiceModel(workshop.clusters(), used, self)
        self.table = _table(self, self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(lambda index: index.column() != 0 and self.model.toggle(index.row()))
        self.table.activated.connect(lambda index: self.model.toggle(index.row()))
        self.empty = QLabel(translate("CharterPage", "This workshop has no clusters yet. Group the recommendations into clusters in the "
                               "Clusters step, or make a priority from recommendations instead."), self)
        self.empty.setObjectName("infoNote")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(translate("CharterPage", "Add priorities"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        has = self.model.rowCount() > 0
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._update)
        self._update()
        self.resize(620, 520)

    def choose(self, cluster_ids: list[int]) -> None:
        for row in range(self.model.rowCount()):
            cluster = self.model.cluster_at(row)
            if cluster.id in cluster_ids and cluster.id not in self.model.chosen:
                self.model.toggle(row)

    def chosen_ids(self) -> list[int]:
        order = [self.model.cluster_at(r).id for r in range(self.model.rowCount())]
        return [i for i in order if i in self.model.chosen]

    def _update(self, *_args) -> None:
        n = len(self.model.chosen)
        self.ok_button.setEnabled(bool(n))
        self.ok_button.setText(translate("CharterPage", "Add 1 priority") if n == 1 else
                               translate("CharterPage", "Add %1 priorities").replace("%1", str(n)) if n else translate("CharterPage", "Add priorities"))


# --- a closed voting round ------------------------------------------------------------------------
class FromRoundDialog(QDialog):
    """Choose a closed round and how many of its results become priorities."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None):
        super().__init__(parent)
        layout = _dialog_frame(self, translate("CharterPage", "Priorities from a voting round"),
                               translate("CharterPage", "The round's results, in order, become the charter's priorities. A priority that "
                                  "already covers a result moves into its place; the others are added."))
        self.rounds = [r for r in workshop.voting_rounds() if r.status == RoundStatus.CLOSED]
        self.round_combo = QComboBox(self)
        for r in self.rounds:
            closed = date_text(r.closed_at)
            if closed:
                label = plural(self.tr("{title}  ·  closed {date}  ·  %n candidate(s)", "", r.candidates),
                               r.candidates).format(title=r.title, date=closed)
            else:
                label = plural(self.tr("{title}  ·  %n candidate(s)", "", r.candidates), r.candidates).format(
                    title=r.title)
            self.round_combo.addItem(label, r.id)
        self.all_radio = QRadioButton(translate("CharterPage", "Every candidate, in result order"), self)
        self.top_radio = QRadioButton(translate("CharterPage", "Only the top results, with any ties at the cut"), self)
        self.all_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.top_radio)
        self.top_spin = QSpinBox(self)
        self.top_spin.setRange(1, 999)
        self.top_spin.setValue(8)
        self.top_spin.setEnabled(False)
        self.top_radio.toggled.connect(self.top_spin.setEnabled)
        # A whole sentence on the radio button, and the count under it with its own label: a sentence split
        # around the spin box can't be translated into every language's word order.
        self.top_label = QLabel(translate("CharterPage", "Number of results to take:"), self)
        self.top_label.setBuddy(self.top_spin)
        self.top_label.setEnabled(False)
        self.top_radio.toggled.connect(self.top_label.setEnabled)
        top_row = QVBoxLayout()
        top_row.addWidget(self.top_radio)
        count_row = QHBoxLayout()
        count_row.addSpacing(self.top_radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8)
        count_row.addWidget(self.top_label)
        count_row.addWidget(self.top_spin)
        count_row.addStretch(1)
        top_row.addLayout(count_row)
        self.empty = QLabel(translate("CharterPage", "No voting round is closed yet. Close a round in the Vote step, then come back."), self)
        self.empty.setObjectName("infoNote")
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(translate("CharterPage", "Fill the priorities"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setEnabled(bool(self.rounds))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.rounds:
            layout.addWidget(field_label(translate("CharterPage", "Closed round"), self, self.round_combo))
            layout.addWidget(self.round_combo)
            layout.addSpacing(4)
            layout.addWidget(self.all_radio)
            layout.addLayout(top_row)
            layout.addWidget(hint_label(translate("CharterPage", "You can undo this with Ctrl+Z."), self))
        else:
            self.round_combo.hide()
            self.all_radio.hide()
            self.top_radio.hide()
            self.top_spin.hide()
        layout.addWidget(self.empty)
        self.empty.setVisible(not self.rounds)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 330 if self.rounds else 220)

    def round_id(self) -> int | None:
        return self.round_combo.currentData()

    def top(self) -> int | None:
        return self.top_spin.value() if self.top_radio.isChecked() else None

