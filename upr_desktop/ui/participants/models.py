"""The participants page's table models: the people registered (one row each, filtered and sorted) and their
organisations (how many from each)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase

from ...domain.participant import Organisation, Participant
from ...ops import Workshop
from ..common import theme


COL_NUMBER, COL_NAME, COL_ORGANISATION, COL_FOCUS, COL_CONTACT, COL_CONSENT, COL_CODE = range(7)
ParticipantRole = Qt.ItemDataRole.UserRole + 1


def _fold(text: str | None) -> str:
    return (text or "").casefold()


class ParticipantTableModel(QAbstractTableModel):
    """The registered participants, searched and sorted in memory (a workshop has tens, not thousands)."""

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self._workshop = workshop
        self._all: list[Participant] = []
        self._rows: list[Participant] = []
        self._search = ""
        self._sort_column = COL_NUMBER
        self._descending = False
        self._anonymise = False
        self._palette = theme.CALM
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.refresh()

    # --- contents ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.beginResetModel()
        self._all = self._workshop.participants()
        self._anonymise = self._workshop.anonymise_outputs()
        self._rows = self._arranged()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._search = text
        self.beginResetModel()
        self._rows = self._arranged()
        self.endResetModel()

    @property
    def search(self) -> str:
        return self._search

    def total(self) -> int:
        return len(self._all)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_CODE))

    def set_code_font(self, font: QFont) -> None:
        self._code_font = font

    def _matches(self, p: Participant, words: list[str]) -> bool:
        haystack = " ".join(_fold(v) for v in (str(p.number), p.label(), p.alias, p.organisation,
                                                p.thematic_focus, p.contact, p.code))
        return all(word in haystack for word in words)

    def _sort_key(self, p: Participant):
        column = self._sort_column
        if column == COL_NAME:
            return (p.anonymous, _fold(p.label()), p.number or 0)
        if column == COL_ORGANISATION:
            return (p.organisation is None, _fold(p.organisation), p.number or 0)
        if column == COL_FOCUS:
            return (p.thematic_focus is None, _fold(p.thematic_focus), p.number or 0)
        if column == COL_CONTACT:
            return (p.contact is None, _fold(p.contact), p.number or 0)
        if column == COL_CONSENT:
            return (self._consent_rank(p), p.number or 0)
        if column == COL_CODE:
            return (p.code or "", p.number or 0)
        return (p.number or 0,)

    @staticmethod
    def _consent_rank(p: Participant) -> int:
        return 2 if p.anonymous else (0 if p.consent_named else 1)

    def _arranged(self) -> list[Participant]:
        words = _fold(self._search).split()
        rows = [p for p in self._all if self._matches(p, words)] if words else list(self._all)
        rows.sort(key=self._sort_key, reverse=self._descending)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = {p.id: row for row, p in enumerate(self._rows)}
        self._sort_column = column if 0 <= column <= COL_CODE else COL_NUMBER
        self._descending = order == Qt.SortOrder.DescendingOrder and column >= 0
        self._rows.sort(key=self._sort_key, reverse=self._descending)
        new = {p.id: row for row, p in enumerate(self._rows)}
        sources, targets = [], []
        for pid, row in old.items():
            for column_ in range(self.columnCount()):
                sources.append(self.index(row, column_))
                targets.append(self.index(new[pid], column_))
        self.changePersistentIndexList(sources, targets)
        self.layoutChanged.emit()

    # --- lookups -------------------------------------------------------------------------
    def participant_at(self, row: int) -> Participant | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> int | None:
        p = self.participant_at(row)
        return p.id if p else None

    def row_of(self, participant_id: int | None) -> int | None:
        for row, p in enumerate(self._rows):
            if p.id == participant_id:
                return row
        return None

    def ids(self) -> list[int]:
        return [p.id for p in self._rows]

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COL_CODE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Name"), self.tr("Organisation"), self.tr("Thematic focus"),
                    self.tr("Contact"), self.tr("Named in outputs"), self.tr("Kiosk code"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_CONSENT:
                return self.tr("Whether printed and exported outputs may use the person’s name")
            if section == COL_CODE:
                return self.tr("The personal code the participant types at the voting laptop")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, column)
        if role == ParticipantRole:
            return p
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == COL_NAME and p.name is None and p.alias is None) or \
                    (column == COL_CONSENT and (p.anonymous or not p.consent_named or self._anonymise)) or \
                    column == COL_NUMBER:
                return QColor(self._palette.muted)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_NAME and p.anonymous:
                font = QFont()
                font.setItalic(True)
                return font
            if column == COL_CODE:
                return self._code_font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(p, column) or self.tr("empty")
        return None

    def _display(self, p: Participant, column: int) -> str:
        if column == COL_NUMBER:
            return str(p.number)
        if column == COL_NAME:
            return p.name or p.alias or self.tr("Participant %1").replace("%1", str(p.number))
        if column == COL_ORGANISATION:
            return p.organisation or ""
        if column == COL_FOCUS:
            return p.thematic_focus or ""
        if column == COL_CONTACT:
            return p.contact or ""
        if column == COL_CONSENT:
            if p.anonymous:
                return self.tr("No · by alias") if p.alias else self.tr("No · by number")
            if not p.consent_named:
                return self.tr("No")
            return self.tr("Yes · anonymised") if self._anonymise else self.tr("Yes")
        if column == COL_CODE:
            return p.code or ""
        return ""

    def _tooltip(self, p: Participant, column: int) -> str | None:
        if column == COL_NAME and p.anonymous:
            return self.tr("Recorded by number or alias only: nothing identifying is stored.")
        if column == COL_CONSENT:
            return self.tr("Outputs name them as: %1").replace("%1", p.output_name(self._anonymise))
        if column == COL_CODE:
            return self.tr("Typed at the voting laptop. Case, spaces and dashes don’t matter.")
        return self._display(p, column) or None  # the whole text of a cell cut short


class OrganisationTableModel(QAbstractTableModel):
    """The organisation list with how many registered participants each has. Names are edited in place."""

    rename_requested = Signal(int, str)  # organisation id, new name

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self._workshop = workshop
        self._rows: list[Organisation] = []
        self.editable = not workshop.read_only
        self._palette = theme.CALM
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._workshop.organisations()
        self.endResetModel()

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    def organisation_at(self, row: int) -> Organisation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, org_id: int | None) -> int | None:
        for row, org in enumerate(self._rows):
            if org.id == org_id:
                return row
        return None

    def names(self) -> list[str]:
        return [org.name for org in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Organisation") if section == 0 else self.tr("People")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        org = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return org.name if index.column() == 0 else str(org.participants)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and not org.participants:
            return QColor(self._palette.muted)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("%1 — double-click or press F2 to rename").replace("%1", org.name)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        org = self._rows[index.row()]
        name = " ".join(str(value or "").split())
        if name and name != org.name:
            # The rename goes through the ops layer; the list refreshes from its announcement.
            self.rename_requested.emit(org.id, name)
        return False
