"""The follow-up list: the Review page's recommendations model with the current status as a last column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ...domain.followup import AssessmentStatus
from ..common.recommendation_model import RecommendationTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpList", text)


def status_label(status: str | None) -> str:
    if not status or status == "none":
        return tr("Not assessed")
    # Each word written out here, so that lupdate puts it in the catalogue (a tr() of a variable it cannot see).
    return {"not": tr("Not implemented"), "partial": tr("Partially implemented"), "full": tr("Fully implemented"),
            "no_info": tr("No information")}[AssessmentStatus(status).value]


class FollowupListModel(RecommendationTableModel):
    """Lazily paged like the Review page's table; the statuses are one read of the maintained current_status
    table per refresh."""

    def __init__(self, workshop, parent=None):
        self._current: dict[str, tuple] = {}
        super().__init__(workshop, parent)
        self.reload_statuses()

    @property
    def status_column(self) -> int:
        return super().columnCount()

    def reload_statuses(self) -> None:
        self._current = self._workshop.current_statuses("r")
        if self.rowCount():
            column = self.status_column
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def status_of(self, rec_id: int) -> tuple | None:
        return self._current.get(f"r{rec_id}")

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return super().columnCount(parent) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and section == self.status_column:
            return tr("Status") if role == Qt.ItemDataRole.DisplayRole else None
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.status_column:
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return None
            rec_id = self.id_at(index.row())
            found = self.status_of(rec_id) if rec_id is not None else None
            if not found:
                return status_label(None)
            status, on, _aid, disputed = found
            text = status_label(status)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("%1 on %2").replace("%1", text).replace("%2", on) + (
                    "\n" + tr("Organisations disagree: see the timeline.") if disputed else "")
            return text + (" ⚑" if disputed else "")
        return super().data(index, role)
