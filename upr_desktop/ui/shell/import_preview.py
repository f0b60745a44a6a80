"""The import dialog's parts: the names of the fields and formats it offers, the preview table of the first rows
as they will be read, and the row of numbered steps at its top."""

from __future__ import annotations


from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from ..common.translation import translate



def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def field_label(field: str) -> str:
    return {
        "text": translate("ImportDialog", "Recommendation text"),
        "reference": translate("ImportDialog", "Reference"),
        "states": translate("ImportDialog", "Recommending State(s)"),
        "response": translate("ImportDialog", "Response"),
        "themes": translate("ImportDialog", "Themes"),
        "affected_persons": translate("ImportDialog", "Affected persons"),
        "sdgs": translate("ImportDialog", "SDGs"),
        "session": translate("ImportDialog", "Session"),
        "cycle": translate("ImportDialog", "Cycle"),
        "action_category": translate("ImportDialog", "Action category"),
        "document_symbol": translate("ImportDialog", "Document symbol"),
        "country": translate("ImportDialog", "Country under review"),
    }[field]


def format_choices() -> list[tuple[str, str]]:
    return [
        ("auto", translate("ImportDialog", "Automatic")),
        ("uprinfo", translate("ImportDialog", "UPR Info")),
        ("uhri", translate("ImportDialog", "UHRI")),
        ("ohchr-docx", translate("ImportDialog", "OHCHR thematic list (.docx)")),
        ("table", translate("ImportDialog", "Any table")),
    ]


def format_description(fmt: str) -> str:
    return {
        "uprinfo": translate("ImportDialog", "A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, "
                       "with the State under review, recommending State, response, action category and issues."),
        "uhri": translate("ImportDialog", "An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with "
                    "themes, affected persons, SDGs and the State's position."),
        "ohchr-docx": translate("ImportDialog", "An OHCHR thematic list of recommendations (Word): the matrix a State receives after "
                          "its review, with positions, themes and SDGs."),
        "table": translate("ImportDialog", "A table with its own columns (CSV or Excel). You say which column holds what."),
    }.get(fmt, "")


def number_text(value: int) -> str:
    return QLocale().toString(int(value))


def file_size_text(size: int) -> str:
    if size < 1024:
        return translate("ImportDialog", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return translate("ImportDialog", "{n} KB").format(n=f"{size / 1024:.0f}")
    return translate("ImportDialog", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


class PreviewModel(QAbstractTableModel):
    """The first rows of a table, with what each column will become shown under its name."""

    def __init__(self, columns: list[str], rows: list[list[str]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = [list(row) for row in rows]
        self._targets: dict[int, str] = {}

    def set_targets(self, targets: dict[int, str]) -> None:
        self._targets = dict(targets)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            text = "" if value is None else str(value)
            return " ".join(text.split())[:160]
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if value is None else str(value)[:1000]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self._targets:
            from PySide6.QtGui import QColor

            return QColor("#8a939c")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        name = self._columns[section] if section < len(self._columns) else ""
        target = self._targets.get(section)
        if target:
            return f"{name}\n→ {target}"
        return translate("ImportDialog", "{column}\n(not imported)").format(column=name)


class StepsBar(QWidget):
    """The dialog's steps, one shown at a time.

    Not a QStackedWidget: its layout sizes to the largest page (heightForWidth ignores size
    policies), which would pad every simple step out to the mapping step's size. Hidden
    widgets take no room in a box layout.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - QStackedWidget's name
        page.setParent(self)
        page.hide()
        self._layout.addWidget(page)
        self._pages.append(page)
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self._current = index

    def currentIndex(self) -> int:  # noqa: N802
        return self._current

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def count(self) -> int:
        return len(self._pages)
