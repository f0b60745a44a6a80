"""The list of priorities: its table model and the overview that adds, orders and opens them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QWidget

from ..common.flow_layout import ButtonRow
from ...domain.charter import Charter
from ..common import theme
from ..common.flow_layout import FlowLayout
from .fields import CharterContext, field_label, hint_label, level_label
from .outline import PLAN_PARTS
from .parts import Index, PartEditor, button
from ..common.translation import translate


COL_NUMBER, COL_TITLE, COL_RECS, COL_PLAN, COL_LEVEL = range(5)


class PriorityListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._palette = theme.CALM

    def set_priorities(self, priorities) -> None:
        self.beginResetModel()
        self._rows = list(priorities)
        self.endResetModel()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    def priority_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, priority_id: int) -> int | None:
        for row, p in enumerate(self._rows):
            if p.id == priority_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "#"), translate("CharterPage", "Priority"), translate("CharterPage", "Recommendations"), translate("CharterPage", "Plan"), translate("CharterPage", "Level")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        p = self.priority_at(index.row())
        if p is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return str(index.row() + 1)
            if column == COL_TITLE:
                return p.title
            if column == COL_RECS:
                return str(len(p.recommendation_ids))
            if column == COL_PLAN:
                return translate("CharterPage", "%1 of %2 written").replace("%1", str(p.plan_filled())).replace("%2", str(PLAN_PARTS))
            if column == COL_LEVEL:
                return level_label(p.level)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return p.title
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PLAN:
            if p.plan_filled() >= PLAN_PARTS:
                return QColor(self._palette.supported[0])
            return QColor(self._palette.muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_RECS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PrioritiesOverview(PartEditor):
    """All the priorities in order, with the ways to add them."""

    open_requested = Signal(int)
    move_requested = Signal(int, int)
    delete_requested = Signal(int)

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.from_cluster_button = button(translate("CharterPage", "From a cluster…"), self, "primaryButton",
                                          translate("CharterPage", "Each cluster you choose becomes a priority with its recommendations"))
        self.from_recommendations_button = button(translate("CharterPage", "From recommendations…"), self,
                                                  tip=translate("CharterPage", "Pick recommendations to make one priority"))
        self.from_round_button = button(translate("CharterPage", "Fill from a closed voting round…"), self,
                                        tip=translate("CharterPage", "The round's results, in order, become the priorities"))
        # One line when there is room; on a narrow screen the buttons wrap rather than widen the window.
        adders = FlowLayout(spacing=8, alignment=Qt.AlignmentFlag.AlignLeft)
        self.adders_label = field_label(translate("CharterPage", "Add priorities:"), self)
        self.adders_label.setWordWrap(False)
        self.adders_label.setContentsMargins(0, 0, 0, 0)
        adders.addWidget(self.adders_label)
        adders.addWidget(self.from_cluster_button)
        adders.addWidget(self.from_recommendations_button)
        adders.addWidget(self.from_round_button)
        self.layout_.addLayout(adders)

        self.model = PriorityListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("charterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(translate("CharterPage", "Priorities"))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setObjectName("partIntro")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(translate("CharterPage", "No priorities yet. A charter is adopted for its priorities: take them from your "
                              "clusters, pick recommendations, or fill them from a closed voting round."))
        self.empty.setMinimumHeight(120)
        self.empty.hide()  # until load() knows there are none
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty, 1)

        self.open_button = button(translate("CharterPage", "Open"), self)
        self.up_button = button(translate("CharterPage", "Move up"), self)
        self.down_button = button(translate("CharterPage", "Move down"), self)
        self.delete_button = button(translate("CharterPage", "Delete…"), self, "dangerButton")
        self.open_button.clicked.connect(self._open_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(self._delete_current)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(hint_label(translate("CharterPage", "Drag priorities in the outline, or use the buttons, to change their order."),
                                 self), 1)
        row.addWidget(ButtonRow((self.open_button, self.up_button, self.down_button, self.delete_button), self))
        self.layout_.addLayout(row)
        self._update_buttons()

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label("priorities")
        count = len(charter.priorities)
        if count == 1:
            intro = translate("CharterPage", "1 priority, in the order the charter lists them.")
        elif count:
            intro = self.tr("%n priorities, in the order the charter lists them.", "", count)
        else:
            intro = translate("CharterPage", "What the organisations agree to work on, each with its plan.")
        self.set_heading(translate("CharterPage", "What the organisations agree on"), label, intro)
        keep = self.current_id()
        self.model.set_priorities(charter.priorities)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        p = self.model.priority_at(rows[0].row()) if rows else None
        return p.id if p is not None else None

    def select(self, priority_id: int) -> None:
        row = self.model.row_of(priority_id)
        if row is not None:
            self.table.selectRow(row)

    def _open_current(self, *_args) -> None:
        pid = self.current_id()
        if pid is not None:
            self.open_requested.emit(pid)

    def _move(self, step: int) -> None:
        pid = self.current_id()
        if pid is not None:
            self.move_requested.emit(pid, self.model.row_of(pid) + step)

    def _delete_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.delete_requested.emit(pid)

    def _update_buttons(self, *_args) -> None:
        pid = self.current_id()
        row = self.model.row_of(pid) if pid is not None else None
        editable = not self.context.read_only
        self.open_button.setEnabled(row is not None)
        self.up_button.setEnabled(editable and row is not None and row > 0)
        self.down_button.setEnabled(editable and row is not None and row < self.model.rowCount() - 1)
        self.delete_button.setEnabled(editable and row is not None)

    def set_read_only(self, read_only: bool) -> None:
        for b in (self.from_cluster_button, self.from_recommendations_button, self.from_round_button,
                  self.up_button, self.down_button, self.delete_button):
            b.setVisible(not read_only)
        self.adders_label.setVisible(not read_only)
        self._update_buttons()

    def set_palette(self, palette: theme.Palette) -> None:
        self.model.set_palette(palette)
