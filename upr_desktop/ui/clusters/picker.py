"""The quick cluster picker (Ctrl+M): type part of a cluster's name and press Enter, or name a new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.cluster import NAME_MAX, Cluster
from ...store.queries import NO_CLUSTER


class ClusterPicker(QFrame):
    """Ctrl+M: type part of a cluster's name and press Enter, or name a new one."""

    picked = Signal(object)  # a cluster id, NO_CLUSTER to take the rows out, or a str: a new cluster's name

    def __init__(self, clusters: list[Cluster], current: int | None, parent: QWidget | None = None,
                 can_create: bool = True):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("clusterPicker")
        self._clusters = clusters
        self._current = current
        self._can_create = can_create
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Type a cluster’s name…"))
        self.search.setMaxLength(NAME_MAX)
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        self.hint = QLabel(self.tr("↑↓ to choose · Enter to move · Esc to cancel"), self)
        self.hint.setObjectName("pickerHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setMinimumWidth(340)
        self._fill("")

    def _fill(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        self.list.clear()
        exact = False
        for n, cluster in enumerate(self._clusters, 1):
            if cluster.id == self._current:
                continue
            if needle and needle not in cluster.name.casefold():
                continue
            exact = exact or cluster.name.casefold() == needle
            label = f"{n}   {cluster.name}" if n <= 9 else f"     {cluster.name}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, cluster.id)
            item.setToolTip(cluster.description or cluster.name)
            self.list.addItem(item)
        take_out = self.tr("Take out of the cluster (Unassigned)")
        if self._current not in (None, NO_CLUSTER) and (not needle or needle in take_out.casefold()):
            item = QListWidgetItem("0   " + take_out)
            item.setData(Qt.ItemDataRole.UserRole, NO_CLUSTER)
            self.list.addItem(item)
        if needle and not exact and self._can_create:
            name = " ".join(text.split())
            item = QListWidgetItem(self.tr("+   New cluster “%1”").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        rows = min(max(self.list.count(), 1), 10)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)
        self.adjustSize()

    def _choose(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.list.currentItem()
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole)
        self.hide()
        self.picked.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def popup_at(self, point: QPoint) -> None:
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            point.setX(max(area.left(), min(point.x(), area.right() - self.width())))
            point.setY(max(area.top(), min(point.y(), area.bottom() - self.height())))
        self.move(point)
        self.show()
        self.search.setFocus()
