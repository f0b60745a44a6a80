"""The charter's annex: the recommendations it cites, with their references and the government's responses."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSizePolicy, QTableView, QWidget

from ...domain.charter import Charter
from ...domain.recommendation import Recommendation
from .fields import CharterContext
from .parts import Index, PartEditor
from ..common.translation import translate


# --- the annex ------------------------------------------------------------------------------------
COL_REF, COL_TEXT, COL_STATES, COL_RESPONSE = range(4)


class AnnexModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Recommendation] = []

    def set_recommendations(self, recs: list[Recommendation]) -> None:
        self.beginResetModel()
        self._rows = recs
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Number"), translate("CharterPage", "Recommendation"), translate("CharterPage", "Recommending States"), translate("CharterPage", "Response")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not (0 <= index.row() < len(self._rows)):
            return None
        rec = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_REF:
                return rec.reference or "—"
            if column == COL_TEXT:
                return rec.text
            if column == COL_STATES:
                return ", ".join(rec.states)
            if column == COL_RESPONSE:
                return response_text(rec.response.value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_STATES):
            return rec.text if column == COL_TEXT else ", ".join(rec.states)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


def response_text(value: str) -> str:
    return {"supported": translate("CharterPage", "Supported"), "noted": translate("CharterPage", "Noted"), "pending": translate("CharterPage", "Pending"),
            "unknown": translate("CharterPage", "Not known")}.get(value, value)


class AnnexView(PartEditor):
    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = AnnexModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("charterTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_REF, 90)
        header.resizeSection(COL_STATES, 180)
        header.resizeSection(COL_RESPONSE, 100)
        self.table.setAccessibleName(translate("CharterPage", "Recommendations cited"))
        self.empty = QLabel(translate("CharterPage", "The annex lists the recommendations the priorities cite. None are cited yet."), self)
        self.empty.setObjectName("partIntro")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty, 1)

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label("annex")
        ids = charter.cited_recommendation_ids()
        found = self.context.workshop.recommendations(ids) if ids else {}
        recs = [found[i] for i in ids if i in found]
        self.set_heading(translate("CharterPage", "Built automatically"), label,
                         translate("CharterPage", "Built from the recommendations the priorities cite, in the order they are first "
                            "cited: %1 in all. It updates itself.").replace("%1", str(len(recs))) if recs else "")
        self.model.set_recommendations(recs)
        self.table.setVisible(bool(recs))
        self.empty.setVisible(not recs)
        self.table.resizeRowsToContents()
