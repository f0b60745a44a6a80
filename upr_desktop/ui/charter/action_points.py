"""Action points by level (national, regional, local…): a card per level with its list, and the editor that holds
the cards."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.charter import ActionPoint, Charter, Level
from .fields import CharterContext, level_label
from .outline import action_points_title
from .parts import Index, PartEditor, button, scrolled
from ..common.translation import translate


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
                                  done=translate("CharterPage", "Action point saved. Undo with Ctrl+Z."))
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
        self.list.setAccessibleName(translate("CharterPage", "%1 action points").replace("%1", level_label(level)))
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(translate("CharterPage", "None yet."), self)
        self.empty.setObjectName("fieldHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.add_edit = QLineEdit(self)
        self.add_edit.setObjectName("charterField")
        self.add_edit.setPlaceholderText(translate("CharterPage", "Add an action point…"))
        self.add_edit.returnPressed.connect(self.add_point)
        self.add_button = button(translate("CharterPage", "Add"), self)
        self.add_button.clicked.connect(self.add_point)
        self.delete_button = button(translate("CharterPage", "Delete"), self, "dangerButton")
        self.delete_button.clicked.connect(self.delete_current)
        self.edit_button = button(translate("CharterPage", "Edit"), self)
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
                              done=translate("CharterPage", "Action point added. Undo with Ctrl+Z.")):
            self.add_edit.clear()

    def current_point(self) -> ActionPoint | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.point_at(rows[0].row()) if rows else None

    def delete_current(self) -> None:
        point = self.current_point()
        if point is None or self.context.read_only:
            return
        self.context.apply(lambda: self.context.workshop.delete_action_point(point.id),
                           done=translate("CharterPage", "Action point deleted. Undo with Ctrl+Z."))

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
        self.scroll = scrolled(body, self)
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
        self.set_heading(translate("CharterPage", "Plan of action"), action_points_title(charter),
                         translate("CharterPage", "What the organisations will do at home, in the region and at the UN. Press Enter to "
                            "add; double-click a point to change it."))
        for level, card in self.cards.items():
            card.set_points([a for a in charter.action_points if a.level == level])

    def set_read_only(self, read_only: bool) -> None:
        for card in self.cards.values():
            card.set_read_only(read_only)
