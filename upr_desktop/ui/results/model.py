"""The results table's model: one row per candidate in rank order (rank, reference, text), then the figures
the round's method gives."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...domain.voting import ordinal
from ...io.results_export import number_text, rank_label
from ..common import theme


CandidateRole = Qt.ItemDataRole.UserRole + 1
COL_RANK, COL_REFERENCE, COL_TEXT = range(3)
FIRST_FIGURE = 3


class ResultsTableModel(QAbstractTableModel):
    """One row per candidate in rank order: rank, reference, text, then the method's own figures."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []  # (ResultRow, Candidate | None)
        self._figures: list[tuple[str, str]] = []
        self._palette = theme.CALM

    def set_results(self, results) -> None:
        self.beginResetModel()
        if results is None:
            self._rows, self._figures = [], []
        else:
            by_id = {c.id: c for c in results.candidates}
            self._rows = [(row, by_id.get(row.candidate)) for row in results.tally.results]
            self._figures = results.tally.figure_names()
        self.endResetModel()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def candidate_at(self, row: int) -> int | None:
        return self._rows[row][0].candidate if 0 <= row < len(self._rows) else None

    def figure_names(self) -> list[tuple[str, str]]:
        return list(self._figures)

    # --- Qt ---------------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self._figures else FIRST_FIGURE + len(self._figures)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_RANK:
                return self.tr("Rank")
            if section == COL_REFERENCE:
                return self.tr("Reference")
            if section == COL_TEXT:
                return self.tr("Recommendation")
            if 0 <= section - FIRST_FIGURE < len(self._figures):
                return self._figures[section - FIRST_FIGURE][1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section >= FIRST_FIGURE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_RANK:
            return self.tr("“=3” means the candidate shares 3rd place: no tie-break is applied.")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, candidate = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_RANK:
                return rank_label(row)
            if column == COL_REFERENCE:
                return candidate.label if candidate else str(row.candidate)
            if column == COL_TEXT:
                return " ".join((candidate.text if candidate else "").split())
            key = self._figures[column - FIRST_FIGURE][0]
            return number_text(row.figures.get(key))
        if role == CandidateRole:
            return row.candidate
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT and candidate is not None:
                return f"<p style='white-space:pre-wrap; max-width:520px'>{html.escape(candidate.text, quote=False)}</p>"
            if column == COL_RANK and row.tied:
                return self.tr("Tied for %1 place").replace("%1", ordinal(row.rank))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= FIRST_FIGURE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == COL_RANK:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.tied:
            return QColor(self._palette.banner)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.tied and column == COL_RANK:
                return QColor(self._palette.banner_text)
            return None
        if role == Qt.ItemDataRole.FontRole and column in (COL_RANK, COL_REFERENCE):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_RANK and row.tied:
                return self.tr("Tied for %1 place").replace("%1", ordinal(row.rank))
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None
