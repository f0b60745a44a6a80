"""Versions of the charter: save a named one, compare any two word by word, restore one; and adopt.

The comparison comes from Workshop.compare (word_diff over the charter's plain text): added words in
green and underlined, removed words in red and struck through, with long unchanged stretches folded.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import CharterVersion, DiffPiece, diff_summary
from ...domain.errors import WorkshopError
from .fields import CharterContext, InlineError, date_text, field_label, hint_label
from .style import ADDED_BG, ADDED_TEXT, REMOVED_BG, REMOVED_TEXT
from ..common.undo import push_change
from ..common.translation import Context, translate

CharterVersions = Context("CharterVersions")  # plural sentences: lupdate takes the context from this name

Index = QModelIndex | QPersistentModelIndex
KEEP_LINES = 2  # unchanged lines shown either side of a change; longer stretches are folded


def saved_time(iso: str) -> str:
    moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso or ""
    return QLocale().toString(moment.toLocalTime(), "d MMMM yyyy, HH:mm")


def summary_text(pieces: list[DiffPiece]) -> str:
    added, removed = diff_summary(pieces)
    if not added and not removed:
        return translate("CharterPage", "No differences: the two texts are the same.")
    # Two whole sentences, each counted in its own plural form.
    first = CharterVersions.tr("%n word(s) added.", None, added) if added else \
        translate("CharterPage", "No words added.")
    second = CharterVersions.tr("%n word(s) removed.", None, removed) if removed else \
        translate("CharterPage", "No words removed.")
    return translate("CharterPage", "{added} {removed}", "two sentences side by side: words added, words removed; "
                     "the space between them is the language's own").format(added=first, removed=second)


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _fold(text: str, first: bool, last: bool) -> str:
    """A long unchanged stretch: the lines next to the changes, with a marker for those left out."""
    lines = text.split("\n")
    head = [] if first else lines[:KEEP_LINES + 1]  # ends the line a change is on, then context
    tail = [] if last else lines[-(KEEP_LINES + 1):]  # context, then the start of the next change's line
    hidden = len(lines) - len(head) - len(tail)
    if hidden < 2:
        return _lines(text)
    note = translate("CharterPage", "%1 lines unchanged").replace("%1", str(hidden))
    marker = f'<span style="color:#8a94a0">[… {html.escape(note)} …]</span>'
    parts = ([_lines("\n".join(head))] if head else []) + [marker] + ([_lines("\n".join(tail))] if tail else [])
    return "<br>".join(parts)


def diff_html(pieces: list[DiffPiece]) -> str:
    out = []
    for n, piece in enumerate(pieces):
        if piece.kind == "same":
            out.append(_fold(piece.text, n == 0, n == len(pieces) - 1))
            continue
        if piece.kind == "added" and n and pieces[n - 1].kind == "removed":
            out.append(" ")  # "three two", not "threetwo"
        text = html.escape(piece.text).replace("\n", "<br>")
        if piece.kind == "added":
            out.append(f'<span style="color:{ADDED_TEXT}; background-color:{ADDED_BG}; '
                       f'text-decoration:underline">{text}</span>')
        else:
            out.append(f'<span style="color:{REMOVED_TEXT}; background-color:{REMOVED_BG}; '
                       f'text-decoration:line-through">{text}</span>')
    return '<div style="line-height:140%">' + "".join(out) + "</div>"


class VersionModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CharterVersion] = []

    def set_versions(self, versions: list[CharterVersion]) -> None:
        self.beginResetModel()
        self._rows = sorted(versions, key=lambda v: (v.created_at, v.id), reverse=True)
        self.endResetModel()

    def version_at(self, row: int) -> CharterVersion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, version_id: int) -> int | None:
        for row, v in enumerate(self._rows):
            if v.id == version_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Version"), translate("CharterPage", "Saved")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        v = self.version_at(index.row())
        if v is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                if v.kind == "adopted":
                    return translate("CharterPage", "Adopted on %1 at %2").replace("%1", date_text(v.adopted_on)) \
                        .replace("%2", v.adopted_at_place or "")
                return v.name
            return saved_time(v.created_at)
        if role == Qt.ItemDataRole.FontRole and v.kind == "adopted" and index.column() == 0:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("CharterPage", "The adopted text: it never changes.") if v.kind == "adopted" else v.name
        return None


class SaveVersionDialog(QDialog):
    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterDialog")
        self.setWindowTitle(translate("CharterPage", "Save a version"))
        self.context = context
        self.saved_id: int | None = None
        heading = QLabel(translate("CharterPage", "Save a version of the charter"), self)
        heading.setObjectName("dialogHeading")
        self.name = QLineEdit(self)
        self.name.setObjectName("charterField")
        now = QLocale().toString(QDateTime.currentDateTime(), "d MMMM, HH:mm")
        self.name.setText(translate("CharterPage", "Draft of %1").replace("%1", now))
        self.name.selectAll()
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(translate("CharterPage", "Save version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(hint_label(translate("CharterPage", "A version keeps the charter exactly as it is now. Compare it with later "
                                       "drafts, or go back to it."), self))
        layout.addWidget(field_label(translate("CharterPage", "Name"), self, self.name))
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, 220)

    def save(self) -> None:
        try:
            self.saved_id, change = self.context.workshop.save_version(self.name.text())
        except WorkshopError as error:
            self.error.show_error(error)
            return
        push_change(self.context.undo_stack, change)
        self.accept()


CURRENT = -1  # the working draft, in the compare combos


class VersionsDialog(QDialog):
    """The saved versions; compare two of them (or one with the current draft); restore one."""

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterDialog")
        self.setWindowTitle(translate("CharterPage", "Versions of the charter"))
        self.context = context
        heading = QLabel(translate("CharterPage", "Versions of the charter"), self)
        heading.setObjectName("dialogHeading")
        self.model = VersionModel(self)
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
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(translate("CharterPage", "No versions saved yet. “Save version…” keeps the charter as it is now."), self)
        self.empty.setObjectName("partIntro")
        self.empty.setWordWrap(True)
        self.restore_button = QPushButton(translate("CharterPage", "Restore this version…"), self)
        self.restore_button.setObjectName("secondaryButton")
        self.restore_button.clicked.connect(self.restore_selected)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.from_combo = QComboBox(self)
        self.to_combo = QComboBox(self)
        for combo in (self.from_combo, self.to_combo):
            combo.activated.connect(lambda _i: self.compare())
        self.summary = QLabel(self)
        self.summary.setObjectName("diffSummary")
        self.diff_view = QTextBrowser(self)
        self.diff_view.setObjectName("diffView")
        self.diff_view.setOpenLinks(False)
        self.diff_view.setReadOnly(True)
        compare_row = QHBoxLayout()
        compare_row.setSpacing(8)
        compare_row.addWidget(field_label(translate("CharterPage", "Compare"), self))
        compare_row.addWidget(self.from_combo, 1)
        compare_row.addWidget(field_label(translate("CharterPage", "with"), self))
        compare_row.addWidget(self.to_combo, 1)
        legend = QLabel(
            f'<span style="color:{ADDED_TEXT}; background-color:{ADDED_BG}; text-decoration:underline">'
            f'{html.escape(translate("CharterPage", "added"))}</span>&nbsp;&nbsp;'
            f'<span style="color:{REMOVED_TEXT}; background-color:{REMOVED_BG}; text-decoration:line-through">'
            f'{html.escape(translate("CharterPage", "removed"))}</span>', self)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addLayout(compare_row)
        right_layout.addLayout(summary_row)
        right_layout.addWidget(self.diff_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 670])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint_label(translate("CharterPage", "Choose a version to compare it with the current draft, or pick any two "
                                       "below. Restoring a version replaces the draft; you can undo it."), self))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.reload()
        self.resize(1080, 680)

    def reload(self) -> None:
        versions = self.context.workshop.versions()
        self.model.set_versions(versions)
        for combo in (self.from_combo, self.to_combo):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("CharterPage", "The current draft"), CURRENT)
            for row in range(self.model.rowCount()):
                v = self.model.version_at(row)
                combo.addItem(self.model.data(self.model.index(row, 0)), v.id)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        has = bool(versions)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        if has and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update_buttons()
        if not has:
            self.compare()

    def selected_version(self) -> CharterVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.version_at(rows[0].row()) if rows else None

    def _on_selected(self, *_args) -> None:
        v = self.selected_version()
        if v is not None:
            self.from_combo.setCurrentIndex(self.from_combo.findData(v.id))
            self.to_combo.setCurrentIndex(self.to_combo.findData(CURRENT))
            self.compare()
        self._update_buttons()

    def compare_ids(self, a: int | None, b: int | None) -> None:
        """Compare version a with version b (None: the current draft)."""
        self.from_combo.setCurrentIndex(self.from_combo.findData(CURRENT if a is None else a))
        self.to_combo.setCurrentIndex(self.to_combo.findData(CURRENT if b is None else b))
        self.compare()

    def compare(self) -> list[DiffPiece]:
        a, b = self.from_combo.currentData(), self.to_combo.currentData()
        a = None if a in (None, CURRENT) else a
        b = None if b in (None, CURRENT) else b
        try:
            pieces = self.context.workshop.compare(a, b)
        except WorkshopError as error:
            self.summary.setText(error.message)
            self.diff_view.clear()
            return []
        self.summary.setText(summary_text(pieces))
        self.diff_view.setHtml(diff_html(pieces))
        return pieces

    def restore_selected(self) -> bool:
        v = self.selected_version()
        if v is None or self.context.read_only:
            return False
        answer = QMessageBox.question(
            self, translate("CharterPage", "Restore a version"),
            translate("CharterPage", "Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.")
            .replace("%1", self.model.data(self.model.index(self.model.row_of(v.id), 0))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.context.apply(lambda: self.context.workshop.restore_version(v.id),
                              done=translate("CharterPage", "Version restored. Undo with Ctrl+Z.")):
            self.compare()
            return True
        return False

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_version() is not None and not self.context.read_only)
        self.restore_button.setVisible(not self.context.read_only)


class AdoptDialog(QDialog):
    """Adopt the charter on a date at a place. The text is then frozen; this cannot be undone."""

    def __init__(self, context: CharterContext, place: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterDialog")
        self.setWindowTitle(translate("CharterPage", "Adopt the charter"))
        self.context = context
        self.version_id: int | None = None
        heading = QLabel(translate("CharterPage", "Adopt the charter"), self)
        heading.setObjectName("dialogHeading")
        text = QLabel(translate("CharterPage", "The adopted text is frozen: it is kept exactly as it is now, with the date and place of "
                         "adoption, and printed as the adopted charter. Later edits start a new draft and never "
                         "change it. Adoption cannot be undone."), self)
        text.setObjectName("infoNote")
        text.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("charterField")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = QLineEdit(place, self)
        self.place.setObjectName("charterField")
        self.place.setPlaceholderText(translate("CharterPage", "Where the organisations adopt it"))
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(field_label(translate("CharterPage", "Adopted on"), self, self.date), self.date)
        form.addRow(field_label(translate("CharterPage", "At"), self, self.place), self.place)
        self.error = InlineError(self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(translate("CharterPage", "Adopt the charter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        buttons.accepted.connect(self.adopt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def adopt(self) -> None:
        iso = self.date.date().toString(Qt.DateFormat.ISODate)
        try:
            self.version_id = self.context.workshop.adopt(iso, self.place.text())
        except WorkshopError as error:
            self.error.show_error(error)
            return
        self.accept()
