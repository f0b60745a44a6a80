"""One priority and its implementation plan: what, by whom, measured how, and by when.

Every field saves as you type through Workshop.update_priority. A milestone date that is not a date
is shown in red with the ops layer's own message under the timeline; the rest of the priority is
still saved, and the typed date stays on screen until it is put right.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import PLAN_FIELDS, Charter, ImplementationStatus, Level, Milestone, Priority, is_partial_date
from ...domain.errors import ValidationError, WorkshopError
from ...domain.recommendation import Recommendation
from ..common import theme
from .autosave import Debouncer, SaveOnLeave
from ..common.translation import plural, translate
from .fields import (
    AutoField,
    CharterContext,
    GrowingTextEdit,
    InlineError,
    field_label,
    hint_label,
    level_label,
    rule,
    status_label,
    tr,
)
from .outline import PLAN_PARTS
from .parts import PartEditor, scrolled, arrow_button, button
from .style import ERROR_BG, ERROR_TEXT
from ..common.errors import show_error
from ..common.undo import push_change

Index = QModelIndex | QPersistentModelIndex

HINTS = {
    "government_action": lambda: translate("CharterPage", "What the government is expected to do."),
    "cso_actions": lambda: translate("CharterPage", "What the organisations will do: advocacy, monitoring, awareness, shadow reports."),
    "lead_actor": lambda: translate("CharterPage", "Who leads the follow-up."),
    "partners": lambda: translate("CharterPage", "Who works with them."),
    "indicators": lambda: translate("CharterPage", "How progress will be measured: a benchmark, a figure, a law passed."),
    "resources": lambda: translate("CharterPage", "People, money and expertise needed."),
}


class CoveredModel(QAbstractTableModel):
    """The recommendations a priority covers: number and text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._recs: dict[int, Recommendation] = {}

    def set_recommendations(self, ids: list[int], recs: dict[int, Recommendation]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._recs = recs
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "Number"), translate("CharterPage", "Recommendation")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        rec = self._recs.get(self.id_at(index.row()))
        if rec is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (rec.reference or "—") if index.column() == 0 else rec.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            states = ", ".join(rec.states)
            if not states:
                return rec.text
            return translate("CharterPage", "{text}\n\nRecommended by {states}").format(text=rec.text, states=states)
        return None


class MilestoneModel(QAbstractTableModel):
    """The timeline as typed: due date and what happens. Rows whose date is not a date are marked."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.read_only = False

    def set_milestones(self, milestones) -> None:
        self.beginResetModel()
        self._rows = [[m.due, m.description] for m in milestones]
        self.endResetModel()

    def milestones(self) -> tuple[Milestone, ...]:
        """The rows a person filled in (a row left empty is not a milestone)."""
        return tuple(Milestone(due.strip(), description) for due, description in self._rows
                     if due.strip() or description.strip())

    def invalid_rows(self) -> list[int]:
        return [n for n, (due, _d) in enumerate(self._rows) if due.strip() and not is_partial_date(due)]

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("CharterPage", "By"), translate("CharterPage", "Milestone")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not (0 <= index.row() < len(self._rows)):
            return None
        value = self._rows[index.row()][index.column()]
        invalid = index.column() == 0 and value.strip() and not is_partial_date(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.ForegroundRole and invalid:
            return QColor(ERROR_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and invalid:
            return QColor(ERROR_BG)
        if role == Qt.ItemDataRole.ToolTipRole and invalid:
            return translate("CharterPage", "Not a date: write 2027, 2027-06 or 2027-06-30.")
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (0 <= index.row() < len(self._rows)):
            return False
        text = str(value or "")
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class PriorityEditor(PartEditor):
    move_requested = Signal(int, int)  # priority id, new position
    delete_requested = Signal(int)
    add_recommendations_requested = Signal(int)  # priority id

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.priority_id: int | None = None
        self._stored: Priority | None = None
        self._index = 0
        self._count = 0
        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("statusPill")
        self.up_button = arrow_button("↑", translate("CharterPage", "Move the priority up (Alt+Up in the outline)"), self)
        self.down_button = arrow_button("↓", translate("CharterPage", "Move the priority down (Alt+Down in the outline)"), self)
        self.delete_button = button(translate("CharterPage", "Delete…"), self, "dangerButton", translate("CharterPage", "Delete this priority and its plan"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(lambda: self.priority_id is not None
                                           and self.delete_requested.emit(self.priority_id))
        self.heading_row.addWidget(self.plan_label, 0, Qt.AlignmentFlag.AlignBottom)
        self.heading_row.addSpacing(8)
        for b in (self.up_button, self.down_button, self.delete_button):
            self.heading_row.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)

        # The body scrolls; the heading stays.
        body = QWidget(self)
        body.setObjectName("partBody")
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 4, 12, 12)
        form.setSpacing(6)
        self.scroll = scrolled(body, self)
        self.scroll.viewport().installEventFilter(self)
        self.layout_.addWidget(self.scroll, 1)

        self.title_edit = QLineEdit(body)
        self.title_edit.setObjectName("titleField")
        self.title_edit.setPlaceholderText(translate("CharterPage", "The priority's title"))
        self.title_error = InlineError(body)
        form.addWidget(field_label(translate("CharterPage", "Title"), body, self.title_edit))
        form.addWidget(self.title_edit)
        form.addWidget(self.title_error)

        # The recommendations it covers
        form.addSpacing(10)
        self.covered_heading = field_label("", body)
        self.add_recs_button = button(translate("CharterPage", "Add recommendations…"), body)
        self.remove_recs_button = button(translate("CharterPage", "Remove"), body)
        self.add_recs_button.clicked.connect(lambda: self.priority_id is not None and (
            self.flush(), self.add_recommendations_requested.emit(self.priority_id)))
        self.remove_recs_button.clicked.connect(self.remove_selected_recommendations)
        row = QHBoxLayout()
        row.addWidget(self.covered_heading, 1)
        row.addWidget(self.add_recs_button)
        row.addWidget(self.remove_recs_button)
        form.addLayout(row)
        self.covered_model = CoveredModel(self)
        self.covered = QTableView(body)
        self.covered.setObjectName("charterTable")
        self.covered.setModel(self.covered_model)
        self.covered.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.covered.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.covered.setShowGrid(False)
        self.covered.setAlternatingRowColors(True)
        self.covered.setWordWrap(False)
        self.covered.verticalHeader().hide()
        self.covered.setAccessibleName(translate("CharterPage", "Recommendations this priority covers"))
        header = self.covered.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.covered.selectionModel().selectionChanged.connect(self._update_buttons)
        self.covered_empty = hint_label(translate("CharterPage", "No recommendations yet. A priority usually cites the recommendations "
                                           "it follows up."), body)
        form.addWidget(self.covered)
        form.addWidget(self.covered_empty)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.covered)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_selected_recommendations)

        # The plan
        form.addSpacing(12)
        form.addWidget(rule(body))
        form.addSpacing(6)
        self.plan_heading = QLabel(translate("CharterPage", "THE PLAN"), body)
        self.plan_heading.setObjectName("groupHeading")
        form.addWidget(self.plan_heading)
        self.plan_edits: dict[str, QWidget] = {}
        self.plan_labels: dict[str, QLabel] = {}
        # Lead and partners, and level and status, sit side by side; one under the other when narrow.
        self.pairs: list[tuple[QBoxLayout, int]] = []

        def block(*widgets: QWidget) -> QVBoxLayout:
            column = QVBoxLayout()
            column.setSpacing(4)
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            return column

        def pair_of(left: QVBoxLayout, right: QVBoxLayout, letters: int) -> QBoxLayout:
            """Side by side while the part is at least `letters` wide."""
            pair = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            pair.setSpacing(16)
            pair.addLayout(left, 1)
            pair.addLayout(right, 1)
            self.pairs.append((pair, letters))
            return pair

        plan = QVBoxLayout()
        plan.setSpacing(4)
        lead: QVBoxLayout | None = None
        for key, _label in PLAN_FIELDS:
            if key == "lead_actor":
                edit = QLineEdit(body)
                edit.setObjectName("charterField")
            else:
                edit = GrowingTextEdit(body, min_lines=2 if key != "partners" else 1, max_lines=12)
            edit.setAccessibleName(_label)
            self.plan_edits[key] = edit
            label = field_label("", body, edit)
            self.plan_labels[key] = label
            hint = hint_label(HINTS[key](), body)
            hint.setMinimumHeight(18)
            if key == "lead_actor":
                lead = block(label, edit, hint)
            elif key == "partners":
                plan.addLayout(pair_of(lead, block(label, edit, hint), 64))  # names run long
            else:
                plan.addLayout(block(label, edit, hint))
        form.addLayout(plan)

        self.level_combo = QComboBox(body)
        for level in Level:
            self.level_combo.addItem(level_label(level), level)
        self.status_combo = QComboBox(body)
        for status in ImplementationStatus:
            self.status_combo.addItem(status_label(status), status)
        form.addSpacing(4)
        form.addLayout(pair_of(
            block(field_label(translate("CharterPage", "Level"), body, self.level_combo), self.level_combo,
                  hint_label(translate("CharterPage", "Where the work happens."), body)),
            block(field_label(translate("CharterPage", "Implementation status"), body, self.status_combo), self.status_combo,
                  hint_label(translate("CharterPage", "For following up after the workshop."), body)), 40))

        # The timeline
        form.addSpacing(12)
        self.timeline_label = field_label("", body)
        self.add_milestone_button = button(translate("CharterPage", "Add milestone"), body)
        self.remove_milestone_button = button(translate("CharterPage", "Remove"), body)
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.remove_milestone_button.clicked.connect(self.remove_selected_milestone)
        row = QHBoxLayout()
        row.addWidget(self.timeline_label, 1)
        row.addWidget(self.add_milestone_button)
        row.addWidget(self.remove_milestone_button)
        form.addLayout(row)
        self.milestone_model = MilestoneModel(self)
        self.milestones = QTableView(body)
        self.milestones.setObjectName("charterTable")
        self.milestones.setModel(self.milestone_model)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.SelectedClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.milestones.setShowGrid(False)
        self.milestones.verticalHeader().hide()
        self.milestones.setAccessibleName(translate("CharterPage", "Milestones"))
        header = self.milestones.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.milestones.selectionModel().selectionChanged.connect(self._update_buttons)
        form.addWidget(self.milestones)
        self.milestone_hint = hint_label(translate("CharterPage", "Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change "
                                            "it."), body)
        form.addWidget(self.milestone_hint)
        self.milestone_error = InlineError(body)
        form.addWidget(self.milestone_error)
        form.addStretch(1)

        # Saving as you type
        workshop = context.workshop
        self.title_field = AutoField(context, self.title_edit, lambda _v: self._write(),
                                     lambda: f"priority:{self.priority_id}:title", self, inline_errors=True)
        self.title_field.error.connect(self._on_title_error)
        self.fields.append(self.title_field)
        self.plan_fields: dict[str, AutoField] = {}
        for key, edit in self.plan_edits.items():
            auto = AutoField(context, edit, lambda _v: self._write(),
                             lambda key=key: f"priority:{self.priority_id}:{key}", self)
            auto.debouncer.pending_changed.connect(self._update_plan_label)
            self.plan_fields[key] = auto
            self.fields.append(auto)
        self.level_field = AutoField(context, self.level_combo, lambda _v: self._write(),
                                     lambda: f"priority:{self.priority_id}:level", self)
        self.status_field = AutoField(context, self.status_combo, lambda _v: self._write(),
                                      lambda: f"priority:{self.priority_id}:status", self)
        self.fields += [self.level_field, self.status_field]
        self.milestone_saver = Debouncer(self._save_milestones, self)
        self.milestone_model.edited.connect(self.milestone_saver.schedule)
        self.milestone_leave = SaveOnLeave(self.milestone_saver.flush, context.undo_stack, self)
        self.milestone_leave.watch(self.milestones)
        self._workshop = workshop

    # --- narrow screens --------------------------------------------------------------------------
    def side_by_side(self) -> bool:
        """Whether lead and partners sit side by side (on a narrow part they stack)."""
        return self.pairs[0][0].direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        room = self.scroll.viewport().width()
        letter = self.fontMetrics().averageCharWidth()
        for pair, letters in getattr(self, "pairs", ()):
            wide = room >= letter * letters
            if wide == (pair.direction() == QBoxLayout.Direction.LeftToRight):
                continue
            pair.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
            pair.setSpacing(16 if wide else 4)
            for index in range(pair.count()):
                pair.setStretch(index, 1 if wide else 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    # --- showing a priority ----------------------------------------------------------------------
    def show_priority(self, priority_id: int) -> None:
        self.priority_id = priority_id

    def comment_part(self) -> str | None:
        return f"priority:{self.priority_id}" if self.priority_id is not None else None

    def load(self, charter: Charter, *, force: bool = False) -> None:
        ids = [p.id for p in charter.priorities]
        if self.priority_id not in ids:
            return
        self._index, self._count = ids.index(self.priority_id), len(ids)
        p = charter.priorities[self._index]
        self._stored = p
        self.set_heading(translate("CharterPage", "Priority %1 of %2").replace("%1", str(self._index + 1)).replace("%2", str(self._count)),
                         p.title.strip() or translate("CharterPage", "Untitled priority"))
        self.title_field.load(p.title, force=force)
        for key, auto in self.plan_fields.items():
            self.plan_labels[key].setText(charter.label(key))
            auto.load(getattr(p, key), force=force)
        self.level_field.load(p.level, force=force)
        self.status_field.load(p.status, force=force)
        self.timeline_label.setText(charter.label("timeline"))
        if force or (not self.milestone_saver.pending and not self.milestone_model.invalid_rows()):
            if force or self.milestone_model.milestones() != p.milestones:
                self.milestone_saver.cancel()
                self.milestone_model.set_milestones(p.milestones)
                self.milestone_error.show_error(None)
        if force:
            self.title_error.show_error(None)
        if force or self.covered_model.ids() != list(p.recommendation_ids):
            ids = list(p.recommendation_ids)
            self.covered_model.set_recommendations(ids, self._workshop.recommendations(ids) if ids else {})
        self._fit_tables()
        self._update_plan_label()
        self._update_buttons()

    def _fit_tables(self) -> None:
        for table, model, least in ((self.covered, self.covered_model, 1), (self.milestones, self.milestone_model, 2)):
            rows = max(least, min(model.rowCount(), 8))
            row_height = table.verticalHeader().defaultSectionSize()
            table.setFixedHeight(table.horizontalHeader().height() + rows * row_height + 4)
        n = self.covered_model.rowCount()
        self.covered.setVisible(bool(n))
        self.covered_empty.setVisible(not n)
        self.covered_heading.setText(translate("CharterPage", "Recommendations covered") + (f"  ({n})" if n else ""))

    def _update_plan_label(self, *_args) -> None:
        if self._stored is None:
            return
        filled = self.current_priority().plan_filled()
        self.plan_label.setText(translate("CharterPage", "Plan %1/%2 filled").replace("%1", str(filled)).replace("%2", str(PLAN_PARTS)))
        self.plan_label.setProperty("state", "adopted" if filled >= PLAN_PARTS else "draft")
        self.plan_label.style().unpolish(self.plan_label)
        self.plan_label.style().polish(self.plan_label)
        self.plan_heading.setText(translate("CharterPage", "THE PLAN · %1 OF %2 PARTS WRITTEN").replace("%1", str(filled))
                                  .replace("%2", str(PLAN_PARTS)))

    # --- building and saving -----------------------------------------------------------------------
    def current_priority(self) -> Priority:
        """The priority as the editor shows it."""
        base = self._stored or Priority(id=self.priority_id)
        values = {key: auto.value() for key, auto in self.plan_fields.items()}
        return replace(base, title=self.title_edit.text(), level=Level(self.level_combo.currentData()),
                       status=ImplementationStatus(self.status_combo.currentData()),
                       recommendation_ids=tuple(self.covered_model.ids()),
                       milestones=self.milestone_model.milestones(), **values)

    def _write(self, *, milestones_too: bool = True):
        """Save the priority as shown. What cannot be saved (an empty title, a date that is not a date) is
        kept on screen with its message, and everything else is saved without it."""
        wanted = self.current_priority()
        stored = self._stored
        if stored is None or wanted == stored:
            return None  # nothing new (another field's save took this one along)
        invalid_dates = bool(self.milestone_model.invalid_rows())
        fallback = wanted
        if not milestones_too or invalid_dates:
            fallback = replace(fallback, milestones=stored.milestones)
        if not wanted.title.strip():
            fallback = replace(fallback, title=stored.title)
        try:
            change = self._workshop.update_priority(wanted)
            self.milestone_error.show_error(None)
            self.title_error.show_error(None)
        except ValidationError as error:
            if fallback == wanted:
                raise
            if invalid_dates:
                self.milestone_error.show_error(error)
            if not wanted.title.strip():
                self.title_error.show_error(translate("CharterPage", "The priority needs a title. Until it has one, the charter keeps "
                                               "“%1”.").replace("%1", stored.title))
            if fallback == stored:
                return None
            change = self._workshop.update_priority(fallback)
        self._refresh_stored()
        return change

    def _refresh_stored(self) -> None:
        for p in self._workshop.charter().priorities:
            if p.id == self.priority_id:
                self._stored = p
        self._update_plan_label()

    def _on_title_error(self, error) -> None:
        if error is not None:
            self.title_error.show_error(error)

    def _save_milestones(self) -> None:
        if self.context.read_only or self._stored is None:
            return
        self.context.typing += 1
        try:
            change = self._write()
        except WorkshopError as error:
            self.milestone_error.show_error(error)
            return
        finally:
            self.context.typing -= 1
        push_change(self.context.undo_stack, change, f"priority:{self.priority_id}:milestones")
        if change is not None:
            self.context.saved()

    def flush(self) -> None:
        super().flush()
        self.milestone_saver.flush()

    def pending(self) -> bool:
        return super().pending() or self.milestone_saver.pending

    def _save_now(self, priority: Priority, done: str) -> None:
        """A change made by a button (not typing): saved at once, its own undo step."""
        self.flush()
        try:
            change = self._workshop.update_priority(priority)
        except WorkshopError as error:
            show_error(self.context.dialog_parent, error)
            return
        push_change(self.context.undo_stack, change)
        self.context.saved()
        self.context.message(done)
        self._refresh_stored()

    # --- recommendations ------------------------------------------------------------------------
    def add_recommendations(self, rec_ids: list[int]) -> None:
        if self._stored is None or not rec_ids:
            return
        self.flush()
        ids = self.covered_model.ids() + [r for r in rec_ids if r not in self.covered_model.ids()]
        self._save_now(replace(self.current_priority(), recommendation_ids=tuple(ids)),
                       plural(self.tr("%n recommendation(s) added to the priority.", "", len(rec_ids)), len(rec_ids)))

    def selected_recommendations(self) -> list[int]:
        rows = sorted(i.row() for i in self.covered.selectionModel().selectedRows())
        return [r for r in (self.covered_model.id_at(row) for row in rows) if r is not None]

    def remove_selected_recommendations(self) -> None:
        chosen = self.selected_recommendations()
        if not chosen or self.context.read_only:
            return
        self.flush()
        ids = [r for r in self.covered_model.ids() if r not in chosen]
        self._save_now(replace(self.current_priority(), recommendation_ids=tuple(ids)),
                       translate("CharterPage", "Recommendation removed from the priority. Undo with Ctrl+Z.") if len(chosen) == 1 else
                       self.tr("%n recommendations removed from the priority. Undo with Ctrl+Z.", "", len(chosen)))

    # --- milestones -----------------------------------------------------------------------------
    def add_milestone(self) -> None:
        if self.context.read_only:
            return
        row = self.milestone_model.add_row()
        self._fit_tables()
        index = self.milestone_model.index(row, 0)
        self.milestones.setCurrentIndex(index)
        self.milestones.setFocus()
        self.milestones.edit(index)

    def remove_selected_milestone(self) -> None:
        rows = self.milestones.selectionModel().selectedRows()
        if rows and not self.context.read_only:
            self.milestone_model.remove_row(rows[0].row())
            self.milestone_saver.flush()
            self._fit_tables()

    # --- moving, state ----------------------------------------------------------------------------
    def _move(self, step: int) -> None:
        if self.priority_id is not None:
            self.flush()
            self.move_requested.emit(self.priority_id, self._index + step)

    def _update_buttons(self, *_args) -> None:
        editable = not self.context.read_only
        self.up_button.setEnabled(editable and self._index > 0)
        self.down_button.setEnabled(editable and self._index < self._count - 1)
        self.delete_button.setEnabled(editable)
        self.remove_recs_button.setEnabled(editable and bool(self.covered.selectionModel().selectedRows()))
        self.remove_milestone_button.setEnabled(editable and bool(self.milestones.selectionModel().selectedRows()))

    def set_read_only(self, read_only: bool) -> None:
        self.title_edit.setReadOnly(read_only)
        for edit in self.plan_edits.values():
            edit.setReadOnly(read_only)
        self.level_combo.setEnabled(not read_only)
        self.status_combo.setEnabled(not read_only)
        self.milestone_model.read_only = read_only
        for b in (self.up_button, self.down_button, self.delete_button, self.add_recs_button,
                  self.remove_recs_button, self.add_milestone_button, self.remove_milestone_button):
            b.setVisible(not read_only)
        self.milestone_hint.setVisible(not read_only)
        self._update_buttons()

    def set_palette(self, palette: theme.Palette) -> None:
        pass
