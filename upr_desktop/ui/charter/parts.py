"""The editors for the charter's parts other than a priority and the endorsements: the title and
details, the preamble, free sections, monitoring, the list of priorities, action points by level, and
the annex of recommendations cited."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import ActionPoint, Charter, Level
from ...domain.recommendation import Recommendation
from ..common import theme
from .fields import (
    AutoField,
    CharterContext,
    ElidedLabel,
    FlowLayout,
    GrowingTextEdit,
    field_label,
    hint_label,
    level_label,
    tr,
)
from .markdown import MarkdownEditor
from .outline import PLAN_PARTS, action_points_title

Index = QModelIndex | QPersistentModelIndex


class PartEditor(QWidget):
    """Base of the part editors: a heading (kicker, title, intro) over the part's own widgets."""

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("partBody")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.fields: list[AutoField] = []
        self.kicker = QLabel(self)
        self.kicker.setObjectName("partKicker")
        self.title = ElidedLabel(self)
        self.title.setObjectName("partTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("partIntro")
        self.intro.setWordWrap(True)
        self.heading_row = QHBoxLayout()
        self.heading_row.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(3)
        titles.addWidget(self.kicker, 0, Qt.AlignmentFlag.AlignLeft)
        titles.addWidget(self.title, 0, Qt.AlignmentFlag.AlignLeft)
        self.heading_row.addLayout(titles, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(10)
        self.layout_.addLayout(self.heading_row)
        self.layout_.addWidget(self.intro)

    def set_heading(self, kicker: str, title: str, intro: str = "") -> None:
        self.kicker.setText(kicker.upper())
        self.title.set_full_text(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def comment_part(self) -> str | None:
        """The part comments are left on, or None if this part takes none."""
        return None

    def load(self, charter: Charter, *, force: bool = False) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        for auto in self.fields:
            auto.flush()

    def pending(self) -> bool:
        return any(auto.pending for auto in self.fields)

    def set_read_only(self, read_only: bool) -> None:
        pass

    def set_palette(self, palette: theme.Palette) -> None:
        pass


def _scrolled(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName("partScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def button(text: str, parent: QWidget, name: str = "secondaryButton", tip: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    if tip:
        b.setToolTip(tip)
    return b


def save_header(workshop, name: str, value):
    """update_charter for one field, or nothing when the charter already says it (no empty undo step)."""
    if getattr(workshop.charter(), name) == value:
        return None
    return workshop.update_charter(**{name: value})


def arrow_button(arrow: str, tip: str, parent: QWidget) -> QPushButton:
    """A small button that moves a part up or down; the tooltip says what it does."""
    b = QPushButton(arrow, parent)
    b.setObjectName("secondaryButton")
    b.setToolTip(tip)
    b.setAccessibleName(tip)
    return b


# --- title and details ----------------------------------------------------------------------------
class DetailsEditor(PartEditor):
    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.set_heading(tr("About the charter"), tr("Title and details"),
                         tr("These head the printed charter. They came from the workshop's details; change them "
                            "here for the charter alone."))
        workshop = context.workshop
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleField")
        self.title_edit.setPlaceholderText(tr("The charter's title"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("charterField")
        self.place_edit.setPlaceholderText(tr("City, country"))
        self.start_edit = QLineEdit(self)
        self.start_edit.setObjectName("charterField")
        self.start_edit.setPlaceholderText(tr("2025-03-12"))
        self.end_edit = QLineEdit(self)
        self.end_edit.setObjectName("charterField")
        self.end_edit.setPlaceholderText(tr("2025-03-14"))
        self.organisers_edit = GrowingTextEdit(self, min_lines=3, max_lines=8)
        self.organisers_edit.setPlaceholderText(tr("One organisation per line"))

        def header_field(widget, name: str):
            auto = AutoField(context, widget, lambda v: save_header(workshop, name, v), lambda: f"charter:{name}", self)
            self.fields.append(auto)
            return auto

        self.title_field = header_field(self.title_edit, "title")
        self.place_field = header_field(self.place_edit, "place")
        self.start_field = header_field(self.start_edit, "start_date")
        self.end_field = header_field(self.end_edit, "end_date")
        self.organisers_field = AutoField(
            context, self.organisers_edit,
            lambda v: save_header(workshop, "organisers", tuple(line.strip() for line in v.splitlines()
                                                                if line.strip())),
            lambda: "charter:organisers", self)
        self.fields.append(self.organisers_field)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.addWidget(field_label(tr("Title"), self, self.title_edit), 0, 0, 1, 2)
        grid.addWidget(self.title_edit, 1, 0, 1, 2)
        grid.addWidget(field_label(tr("Place"), self, self.place_edit), 2, 0, 1, 2)
        grid.addWidget(self.place_edit, 3, 0, 1, 2)
        grid.addWidget(field_label(tr("From"), self, self.start_edit), 4, 0)
        grid.addWidget(field_label(tr("To"), self, self.end_edit), 4, 1)
        grid.addWidget(self.start_edit, 5, 0)
        grid.addWidget(self.end_edit, 5, 1)
        grid.addWidget(hint_label(tr("Dates as year-month-day, such as 2025-03-12."), self), 6, 0, 1, 2)
        grid.addWidget(field_label(tr("Organisers"), self, self.organisers_edit), 7, 0, 1, 2)
        grid.addWidget(self.organisers_edit, 8, 0, 1, 2)
        grid.addWidget(hint_label(tr("One organisation per line, as they appear on the charter."), self),
                       9, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # The form scrolls (under the heading) when a small screen has not the height for all of it.
        body = QWidget(self)
        body.setObjectName("partBody")
        box = QWidget(body)
        box.setLayout(grid)
        box.setMaximumWidth(760)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 6, 4, 0)
        column.addWidget(box)
        column.addStretch(1)
        self.layout_.addWidget(_scrolled(body, self), 1)

    def load(self, charter: Charter, *, force: bool = False) -> None:
        self.title_field.load(charter.title, force=force)
        self.place_field.load(charter.place, force=force)
        self.start_field.load(charter.start_date, force=force)
        self.end_field.load(charter.end_date, force=force)
        self.organisers_field.load("\n".join(charter.organisers), force=force)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.title_edit, self.place_edit, self.start_edit, self.end_edit, self.organisers_edit):
            w.setReadOnly(read_only)


# --- preamble, monitoring and free sections -------------------------------------------------------
class TextPartEditor(PartEditor):
    """The preamble or the monitoring arrangement: one formatted text saved as you type."""

    def __init__(self, context: CharterContext, field: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.field_name = field
        placeholder = {
            "preamble": tr("The context: the review, the recommendations received, the process that led to this "
                           "charter…"),
            "monitoring": tr("Who follows up, when progress is reviewed, and the mid-term report…"),
        }[field]
        self.editor = MarkdownEditor(self, placeholder)
        self.text_field = AutoField(context, self.editor,
                                    lambda v: save_header(context.workshop, field, v),
                                    lambda: f"charter:{field}", self)
        self.fields.append(self.text_field)
        self.layout_.addWidget(self.editor, 1)

    def comment_part(self) -> str | None:
        return self.field_name

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label(self.field_name)
        intro = {
            "preamble": tr("Context, the review, the process followed."),
            "monitoring": tr("Who follows up, when progress is reviewed, the mid-term report."),
        }[self.field_name] + ("" if self.context.read_only else " " + tr("Saved as you type."))
        self.set_heading(tr("The charter's text"), label, intro)
        self.text_field.load(getattr(charter, self.field_name), force=force)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.set_read_only(read_only)

    def set_palette(self, palette: theme.Palette) -> None:
        self.editor.set_icon_colour(palette.text)


class SectionEditor(PartEditor):
    """A free section: its heading and formatted text, with moving and deleting."""

    move_requested = Signal(int, int)  # section id, new position
    delete_requested = Signal(int)

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.section_id: int | None = None
        self._index = 0
        self._count = 0
        self.up_button = arrow_button("↑", tr("Move the section up (Alt+Up in the outline)"), self)
        self.down_button = arrow_button("↓", tr("Move the section down (Alt+Down in the outline)"), self)
        self.delete_button = button(tr("Delete…"), self, "dangerButton", tr("Delete this section"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(lambda: self.section_id is not None
                                           and self.delete_requested.emit(self.section_id))
        for b in (self.up_button, self.down_button, self.delete_button):
            self.heading_row.addWidget(b, 0, Qt.AlignmentFlag.AlignBottom)
        self.heading_edit = QLineEdit(self)
        self.heading_edit.setObjectName("titleField")
        self.heading_edit.setPlaceholderText(tr("Heading of the section"))
        self.editor = MarkdownEditor(self, tr("The section's text…"))
        self.heading_field = AutoField(
            context, self.heading_edit, lambda v: self._save(heading=v),
            lambda: f"section:{self.section_id}:heading", self)
        self.body_field = AutoField(
            context, self.editor, lambda v: self._save(body=v),
            lambda: f"section:{self.section_id}:body", self)
        self.fields += [self.heading_field, self.body_field]
        self.layout_.addWidget(field_label(tr("Heading"), self, self.heading_edit))
        self.layout_.addWidget(self.heading_edit)
        self.layout_.addWidget(self.editor, 1)

    def show_section(self, section_id: int) -> None:
        self.section_id = section_id

    def _save(self, **values):
        section = next((s for s in self.context.workshop.charter().sections if s.id == self.section_id), None)
        if section is not None and all(getattr(section, k) == v for k, v in values.items()):
            return None  # stored already
        return self.context.workshop.update_section(self.section_id, **values)

    def comment_part(self) -> str | None:
        return f"section:{self.section_id}" if self.section_id is not None else None

    def load(self, charter: Charter, *, force: bool = False) -> None:
        ids = [s.id for s in charter.sections]
        if self.section_id not in ids:
            return
        self._index, self._count = ids.index(self.section_id), len(ids)
        section = charter.sections[self._index]
        self.set_heading(tr("Section %1 of %2").replace("%1", str(self._index + 1)).replace("%2", str(self._count)),
                         section.heading.strip() or tr("Untitled section"),
                         tr("A free section with its own heading.") +
                         ("" if self.context.read_only else " " + tr("Saved as you type.")))
        self.heading_field.load(section.heading, force=force)
        self.body_field.load(section.body, force=force)
        self._update_buttons()

    def _move(self, step: int) -> None:
        if self.section_id is not None:
            self.flush()
            self.move_requested.emit(self.section_id, self._index + step)

    def _update_buttons(self) -> None:
        editable = not self.context.read_only
        self.up_button.setEnabled(editable and self._index > 0)
        self.down_button.setEnabled(editable and self._index < self._count - 1)
        self.delete_button.setEnabled(editable)

    def set_read_only(self, read_only: bool) -> None:
        self.heading_edit.setReadOnly(read_only)
        self.editor.set_read_only(read_only)
        for b in (self.up_button, self.down_button, self.delete_button):
            b.setVisible(not read_only)
        self._update_buttons()

    def set_palette(self, palette: theme.Palette) -> None:
        self.editor.set_icon_colour(palette.text)


# --- the list of priorities -----------------------------------------------------------------------
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
            return [tr("#"), tr("Priority"), tr("Recommendations"), tr("Plan"), tr("Level")][section]
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
                return tr("%1 of %2 written").replace("%1", str(p.plan_filled())).replace("%2", str(PLAN_PARTS))
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
        self.from_cluster_button = button(tr("From a cluster…"), self, "primaryButton",
                                          tr("Each cluster you choose becomes a priority with its recommendations"))
        self.from_recommendations_button = button(tr("From recommendations…"), self,
                                                  tip=tr("Pick recommendations to make one priority"))
        self.from_round_button = button(tr("Fill from a closed voting round…"), self,
                                        tip=tr("The round's results, in order, become the priorities"))
        # One line when there is room; on a narrow screen the buttons wrap rather than widen the window.
        adders = FlowLayout(spacing=8)
        self.adders_label = field_label(tr("Add priorities:"), self)
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
        self.table.setAccessibleName(tr("Priorities"))
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
        self.empty.setText(tr("No priorities yet. A charter is adopted for its priorities: take them from your "
                              "clusters, pick recommendations, or fill them from a closed voting round."))
        self.empty.setMinimumHeight(120)
        self.empty.hide()  # until load() knows there are none
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty, 1)

        self.open_button = button(tr("Open"), self)
        self.up_button = button(tr("Move up"), self)
        self.down_button = button(tr("Move down"), self)
        self.delete_button = button(tr("Delete…"), self, "dangerButton")
        self.open_button.clicked.connect(self._open_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.delete_button.clicked.connect(self._delete_current)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(hint_label(tr("Drag priorities in the outline, or use the buttons, to change their order."),
                                 self), 1)
        for b in (self.open_button, self.up_button, self.down_button, self.delete_button):
            row.addWidget(b)
        self.layout_.addLayout(row)
        self._update_buttons()

    def load(self, charter: Charter, *, force: bool = False) -> None:
        label = charter.label("priorities")
        count = len(charter.priorities)
        if count == 1:
            intro = tr("1 priority, in the order the charter lists them.")
        elif count:
            intro = tr("%1 priorities, in the order the charter lists them.").replace("%1", str(count))
        else:
            intro = tr("What the organisations agree to work on, each with its plan.")
        self.set_heading(tr("What the organisations agree on"), label, intro)
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


# --- action points by level -----------------------------------------------------------------------
class ActionPointModel(QAbstractListModel):
    """The action points of one level; editing a row saves it through the ops layer."""

    def __init__(self, context: CharterContext, level: Level, parent=None):
        super().__init__(parent)
        self.context = context
        self.level = level
        self._points: list[ActionPoint] = []

    def set_points(self, points: list[ActionPoint]) -> None:
        if points == self._points:
            return
        self.beginResetModel()
        self._points = points
        self.endResetModel()

    def point_at(self, row: int) -> ActionPoint | None:
        return self._points[row] if 0 <= row < len(self._points) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._points)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        point = self.point_at(index.row())
        if point is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return point.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.context.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        point = self.point_at(index.row())
        text = " ".join(str(value or "").split())
        if point is None or role != Qt.ItemDataRole.EditRole or text == point.text:
            return False
        if not text:
            return False  # an emptied point stays as it was; Delete removes it
        done = self.context.apply(lambda: self.context.workshop.update_action_point(replace(point, text=text)),
                                  done=tr("Action point saved. Undo with Ctrl+Z."))
        return bool(done)


class WrappingDelegate(QStyledItemDelegate):
    """List rows that wrap their text to the list's width (the default delegate lets it run off)."""

    PAD_X, PAD_Y = 8, 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        view = self.parent()
        width = max(60, view.viewport().width() - 2 * self.PAD_X - 4)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100000),
                                                       int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 2 * self.PAD_Y + 1)


class LevelCard(QFrame):
    """One level's action points: the list, a box to add one, and delete."""

    def __init__(self, context: CharterContext, level: Level, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelCard")
        self.context = context
        self.level = level
        self.heading = QLabel(level_label(level), self)
        self.heading.setObjectName("levelHeading")
        self.count = QLabel(self)
        self.count.setObjectName("levelCount")
        self.model = ActionPointModel(context, level, self)
        self.list = QListView(self)
        self.list.setObjectName("charterList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setAccessibleName(tr("%1 action points").replace("%1", level_label(level)))
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(tr("None yet."), self)
        self.empty.setObjectName("fieldHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("charterField")
        self.add_edit.setPlaceholderText(tr("Add an action point…"))
        self.add_edit.returnPressed.connect(self.add_point)
        self.add_button = button(tr("Add"), self)
        self.add_button.clicked.connect(self.add_point)
        self.delete_button = button(tr("Delete"), self, "dangerButton")
        self.delete_button.clicked.connect(self.delete_current)
        self.edit_button = button(tr("Edit"), self)
        self.edit_button.clicked.connect(lambda: self.list.edit(self.list.currentIndex()))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.add_edit)
        layout.addLayout(tools)
        self._fit_to_points = False
        self.list.viewport().installEventFilter(self)
        self._update_buttons()

    def set_points(self, points: list[ActionPoint]) -> None:
        self.model.set_points(points)
        self.count.setText(str(len(points)) if points else "")
        self.list.setVisible(bool(points))
        self.empty.setVisible(not points)
        self._update_buttons()
        self._fit_list()

    def set_fit_to_points(self, fit: bool) -> None:
        """Stacked under one another, each list is as tall as its points (the part scrolls, not the list);
        side by side, the lists share the height."""
        if fit == self._fit_to_points:
            return
        self._fit_to_points = fit
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred,
                                 QSizePolicy.Policy.Preferred if fit else QSizePolicy.Policy.Expanding)
        self._fit_list()

    def _fit_list(self) -> None:
        if not self._fit_to_points:
            self.list.setMinimumHeight(0)
            self.list.setMaximumHeight(16777215)
            return
        rows = sum(self.list.sizeHintForRow(row) for row in range(self.model.rowCount()))
        most = self.fontMetrics().height() * 16  # a long list still scrolls inside
        self.list.setFixedHeight(min(most, max(rows, self.fontMetrics().height() * 2) + 2 * self.list.frameWidth() + 2))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self._fit_list()  # the points wrap differently at another width
        return super().eventFilter(watched, event)

    def add_point(self) -> None:
        text = " ".join(self.add_edit.text().split())
        if not text or self.context.read_only:
            return
        if self.context.apply(lambda: self.context.workshop.add_action_point(self.level, text),
                              done=tr("Action point added. Undo with Ctrl+Z.")):
            self.add_edit.clear()

    def current_point(self) -> ActionPoint | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.point_at(rows[0].row()) if rows else None

    def delete_current(self) -> None:
        point = self.current_point()
        if point is None or self.context.read_only:
            return
        self.context.apply(lambda: self.context.workshop.delete_action_point(point.id),
                           done=tr("Action point deleted. Undo with Ctrl+Z."))

    def _update_buttons(self, *_args) -> None:
        has = self.current_point() is not None and not self.context.read_only
        self.delete_button.setEnabled(has)
        self.edit_button.setEnabled(has)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.add_edit, self.add_button, self.delete_button, self.edit_button):
            w.setVisible(not read_only)
        self._update_buttons()


class ActionPointsEditor(PartEditor):
    """The three levels side by side; one under another (scrolling) when the part is too narrow for three."""

    def __init__(self, context: CharterContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        body = QWidget(self)
        body.setObjectName("partBody")
        self.cards = {level: LevelCard(context, level, body) for level in Level}
        self.cards_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(12)
        for card in self.cards.values():
            self.cards_layout.addWidget(card, 1)
        self.cards_layout.addStretch(0)  # stacked, the cards keep their height and the rest is left below
        self.scroll = _scrolled(body, self)
        self.scroll.viewport().installEventFilter(self)
        self.layout_.addWidget(self.scroll, 1)

    def side_by_side(self) -> bool:
        return self.cards_layout.direction() == QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        # Each level needs room for its buttons and a few words a line; below that they stack.
        card_width = max(max(card.minimumSizeHint().width() for card in self.cards.values()),
                         self.fontMetrics().averageCharWidth() * 26)
        room = self.scroll.viewport().width()
        wide = room >= 3 * card_width + 2 * self.cards_layout.spacing()
        if wide == self.side_by_side():
            return
        self.cards_layout.setDirection(QBoxLayout.Direction.LeftToRight if wide else
                                       QBoxLayout.Direction.TopToBottom)
        for index, card in enumerate(self.cards.values()):
            self.cards_layout.setStretch(index, 1 if wide else 0)
            card.set_fit_to_points(not wide)
        self.cards_layout.setStretch(len(self.cards), 0 if wide else 1)
        self.cards_layout.setContentsMargins(0, 0, 0 if wide else 8, 0 if wide else 4)  # clear of the scroll bar

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self, self._arrange)  # again once the cards have laid out what load() put in them

    def comment_part(self) -> str | None:
        return "action_points"

    def load(self, charter: Charter, *, force: bool = False) -> None:
        self.set_heading(tr("Plan of action"), action_points_title(charter),
                         tr("What the organisations will do at home, in the region and at the UN. Press Enter to "
                            "add; double-click a point to change it."))
        for level, card in self.cards.items():
            card.set_points([a for a in charter.action_points if a.level == level])

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)


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
            return [tr("Number"), tr("Recommendation"), tr("Recommending States"), tr("Response")][section]
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
    return {"supported": tr("Supported"), "noted": tr("Noted"), "pending": tr("Pending"),
            "unknown": tr("Not known")}.get(value, value)


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
        self.table.setAccessibleName(tr("Recommendations cited"))
        self.empty = QLabel(tr("The annex lists the recommendations the priorities cite. None are cited yet."), self)
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
        self.set_heading(tr("Built automatically"), label,
                         tr("Built from the recommendations the priorities cite, in the order they are first "
                            "cited: %1 in all. It updates itself.").replace("%1", str(len(recs))) if recs else "")
        self.model.set_recommendations(recs)
        self.table.setVisible(bool(recs))
        self.empty.setVisible(not recs)
        self.table.resizeRowsToContents()
