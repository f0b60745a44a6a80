"""The charter's outline: its parts down the left, each priority with how much of its plan is written.

Priorities and sections can be dragged into a new order; the drop is turned into a move through the
ops layer and the outline rebuilds itself from the workshop's announcement (Qt never moves the items).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDropEvent, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ...domain.charter import DEFAULT_LABELS, PLAN_FIELDS, Charter
from ..common import theme

from ..common.translation import plural, translate

PartRole = Qt.ItemDataRole.UserRole + 1  # "details", "preamble", "section:3", "priority:5", ...
PlanRole = Qt.ItemDataRole.UserRole + 2  # (filled, of) for a priority
CommentsRole = Qt.ItemDataRole.UserRole + 3  # open comments on the part
NumberRole = Qt.ItemDataRole.UserRole + 4  # a priority's number
PLAN_PARTS = len(PLAN_FIELDS) + 1  # the plan's fields and the timeline


@dataclass(frozen=True)
class OutlineEntry:
    key: str
    text: str
    number: int | None = None
    plan: tuple[int, int] | None = None
    comments: int = 0
    children: tuple["OutlineEntry", ...] = ()


def action_points_title(charter: Charter) -> str:
    """"Action points by level", or the template's own heading for them."""
    label = charter.label("action_points")
    return translate("CharterPage", "Action points by level") if label == DEFAULT_LABELS["action_points"] else label


def outline_entries(charter: Charter, open_comments: dict[str, int]) -> list[OutlineEntry]:
    """The outline's rows, from the charter and the number of open comments on each part."""
    def entry(key: str, text: str, **extra) -> OutlineEntry:
        return OutlineEntry(key, text, comments=open_comments.get(key, 0), **extra)

    rows = [entry("details", translate("CharterPage", "Title and details")), entry("preamble", charter.label("preamble"))]
    for section in charter.sections:
        rows.append(entry(f"section:{section.id}", section.heading.strip() or translate("CharterPage", "Untitled section")))
    priorities = tuple(
        entry(f"priority:{p.id}", p.title.strip() or translate("CharterPage", "Untitled priority"), number=n, plan=(p.plan_filled(),
                                                                                            PLAN_PARTS))
        for n, p in enumerate(charter.priorities, 1))
    rows.append(OutlineEntry("priorities", charter.label("priorities"), children=priorities,
                             comments=sum(c.comments for c in priorities)))
    rows.append(entry("action_points", action_points_title(charter)))
    rows.append(entry("monitoring", charter.label("monitoring")))
    rows.append(entry("endorsements", charter.label("endorsements")))
    rows.append(entry("annex", charter.label("annex")))
    return rows


class OutlineDelegate(QStyledItemDelegate):
    """Text with a priority's number on the left, and its plan and open comments as small pills on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._palette = theme.CALM
        self._zoom = 1.0

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() + round(14 * self._zoom))

    def _pill_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        small.setWeight(QFont.Weight.DemiBold)
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        p = self._palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill_font = self._pill_font(opt.font)
        pill_metrics = QFontMetrics(pill_font)
        right = rect.right()

        def pill(label: str, fg: str, bg: str, border: str | None = None) -> None:
            nonlocal right
            width = pill_metrics.horizontalAdvance(label) + round(12 * self._zoom)
            height = pill_metrics.height() + round(3 * self._zoom)
            box = QRect(right - width + 1, rect.center().y() - height // 2, width, height)
            painter.setPen(QColor(border) if border else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(QColor(fg))
            painter.setFont(pill_font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            right = box.left() - round(5 * self._zoom)

        plan = index.data(PlanRole)
        if plan:
            filled, total = plan
            if filled >= total:
                fg, bg = p.supported
                pill(f"{filled}/{total}", fg, bg)
            elif filled:
                pill(f"{filled}/{total}", p.text, p.header, p.border_strong)
            else:
                pill(f"{filled}/{total}", p.muted, p.surface, p.border)
        comments = index.data(CommentsRole) or 0
        if comments and not index.model().hasChildren(index):
            pill(f"✎ {comments}", p.accent, p.accent_soft)

        left = rect.left() + (round(14 * self._zoom) if index.parent().isValid() else 0)
        number = index.data(NumberRole)
        font = QFont(opt.font)
        if not index.parent().isValid():
            font.setWeight(QFont.Weight.DemiBold if selected else QFont.Weight.Medium)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if number is not None:
            painter.setPen(QColor(p.accent if selected else p.muted))
            width = metrics.horizontalAdvance("00.")
            painter.drawText(QRect(left, rect.top(), width, rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{number}.")
            left += width + round(6 * self._zoom)
        painter.setPen(QColor(p.accent if selected else p.text))
        text_rect = QRect(left, rect.top(), max(0, right - left - 4), rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()))
        painter.restore()


class CharterOutline(QTreeWidget):
    """The parts of the charter. part_chosen(key) when a person picks one."""

    part_chosen = Signal(str)
    priority_dropped = Signal(int, int)  # priority id, new position (from 0)
    section_dropped = Signal(int, int)  # section id, new position (from 0)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charterOutline")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setIndentation(0)  # the delegate indents the priorities, so a selection spans the whole row
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(translate("CharterPage", "Parts of the charter"))
        self.delegate = OutlineDelegate(self)
        self.setItemDelegate(self.delegate)
        self._entries: list[OutlineEntry] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self._read_only = False
        self.currentItemChanged.connect(self._on_current_changed)

    # --- content ---------------------------------------------------------------------------------
    def set_entries(self, entries: list[OutlineEntry]) -> None:
        """Rebuild from the charter, keeping the chosen part (or its neighbour if it was deleted)."""
        if entries == self._entries:
            return
        current = self.current_key()
        self._entries = entries
        self.blockSignals(True)
        try:
            self.clear()
            self._items = {}
            for entry in entries:
                item = self._make_item(entry)
                self.addTopLevelItem(item)
                for child in entry.children:
                    item.addChild(self._make_item(child))
                item.setExpanded(True)
        finally:
            self.blockSignals(False)
        if current in self._items:
            self.select_key(current, emit=False)

    def _make_item(self, entry: OutlineEntry) -> QTreeWidgetItem:
        item = QTreeWidgetItem([entry.text])
        item.setData(0, PartRole, entry.key)
        item.setData(0, NumberRole, entry.number)
        item.setData(0, PlanRole, entry.plan)
        item.setData(0, CommentsRole, entry.comments)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only and entry.key.startswith(("priority:", "section:")):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        item.setFlags(flags)
        tips = [entry.text]
        if entry.plan:
            tips.append(translate("CharterPage", "Plan: %1 of %2 parts written").replace("%1", str(entry.plan[0]))
                        .replace("%2", str(entry.plan[1])))
        if entry.comments:
            tips.append(plural(self.tr("%n open comment(s)", "", entry.comments), entry.comments))
        item.setToolTip(0, "\n".join(tips))
        self._items[entry.key] = item
        return item

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setDragEnabled(not read_only)
        self._entries = []  # rebuild the flags on the next set_entries

    def keys(self) -> list[str]:
        return list(self._items)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, PartRole) if item is not None else None

    def select_key(self, key: str, *, emit: bool = True) -> bool:
        item = self._items.get(key)
        if item is None:
            return False
        if not emit:
            self.blockSignals(True)
        try:
            self.setCurrentItem(item)
            item.setSelected(True)
            self.scrollToItem(item)
        finally:
            if not emit:
                self.blockSignals(False)
        return True

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is not None:
            self.part_chosen.emit(current.data(0, PartRole))

    def set_palette(self, palette: theme.Palette) -> None:
        self.delegate.set_palette(palette)
        self.viewport().update()

    def set_zoom(self, factor: float) -> None:
        self.delegate.set_zoom(factor)
        self.doItemsLayout()

    # --- dragging priorities and sections into a new order ---------------------------------------
    def _kind(self, item: QTreeWidgetItem | None) -> str:
        key = item.data(0, PartRole) if item is not None else ""
        return key.split(":", 1)[0] if ":" in key else key

    def drop_target(self, dragged: QTreeWidgetItem | None, point: QPoint) -> tuple[str, int, int] | None:
        """(kind, moved id, new position) for dropping `dragged` at `point`, or None if it cannot go there."""
        kind = self._kind(dragged)
        if kind not in ("priority", "section"):
            return None
        target = self.itemAt(point)
        if target is None:
            return None
        siblings = [k for k in self._items if k.startswith(kind + ":")]
        moved = dragged.data(0, PartRole)
        old = siblings.index(moved)
        target_key = target.data(0, PartRole)
        rect = self.visualItemRect(target)
        below = point.y() > rect.center().y()
        if target_key in siblings:
            index = siblings.index(target_key) + (1 if below else 0)
        elif kind == "priority" and target_key == "priorities":
            index = 0
        elif kind == "section" and target_key == "preamble" and below:
            index = 0
        elif kind == "section" and target_key == "priorities" and not below:
            index = len(siblings)
        else:
            return None
        new = index - 1 if old < index else index
        return kind, int(moved.split(":", 1)[1]), new

    def _drop_target(self, event: QDropEvent) -> tuple[str, int, int] | None:
        if event.source() is not self:  # only the outline's own rows move
            return None
        return self.drop_target(self.currentItem(), event.position().toPoint())

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)
        if self._read_only or self._drop_target(event) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        target = None if self._read_only else self._drop_target(event)
        # Qt must not move the items itself: the order comes back from the workshop.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if target is None:
            return
        self._emit_move(*target)

    def _emit_move(self, kind: str, part_id: int, position: int) -> None:
        old = [k for k in self._items if k.startswith(kind + ":")].index(f"{kind}:{part_id}")
        if old == position:
            return
        signal = self.priority_dropped if kind == "priority" else self.section_dropped
        # After the drag has finished: the move rebuilds the outline, items and all.
        QTimer.singleShot(0, lambda: signal.emit(part_id, position))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Alt+Up and Alt+Down move a priority or a section, for those who don't drag."""
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}.get(event.key())
        key = self.current_key() or ""
        if step and event.modifiers() & Qt.KeyboardModifier.AltModifier and not self._read_only \
                and key.startswith(("priority:", "section:")):
            kind, raw = key.split(":", 1)
            siblings = [k for k in self._items if k.startswith(kind + ":")]
            position = siblings.index(key) + step
            if 0 <= position < len(siblings):
                self._emit_move(kind, int(raw), position)
            event.accept()
            return
        super().keyPressEvent(event)
