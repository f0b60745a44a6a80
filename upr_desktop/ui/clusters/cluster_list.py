"""The cluster list on the left of the clusters page: its model (one row per cluster, "Unassigned" first),
its view (a drop target for recommendations) and its delegate (name, count, and the digit that sends rows there)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.cluster import Cluster
from ...ops import Workshop
from ...store.queries import NO_CLUSTER
from ..common import theme
from ..common.translation import plural
from ..common.recommendation_model import RECOMMENDATION_IDS_MIME, ids_from_mime


ClusterIdRole = Qt.ItemDataRole.UserRole + 1  # NO_CLUSTER for the "Unassigned" row
CountRole = Qt.ItemDataRole.UserRole + 2
DigitRole = Qt.ItemDataRole.UserRole + 3  # the key that sends rows there: "0"–"9", or None
DescriptionRole = Qt.ItemDataRole.UserRole + 4


def number_text(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)


# --- the cluster list ------------------------------------------------------------------------
class ClusterListModel(QAbstractListModel):
    """"Unassigned" first, then the clusters in their order, each with its count.

    Recommendation rows dropped on a row ask the page to move them there; a name edited in place asks
    the page to rename. The page does both through the ops layer, and this list refreshes from the
    announcement that follows.
    """

    rename_requested = Signal(int, str)  # cluster id, new name
    drop_requested = Signal(object, int)  # recommendation ids, cluster id (NO_CLUSTER: take them out)

    def __init__(self, workshop: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self._workshop = workshop
        self._clusters: list[Cluster] = []
        self._unassigned = 0
        self.editable = not workshop.read_only
        self.refresh()

    def refresh(self) -> None:
        clusters = self._workshop.clusters()
        unassigned = self._workshop.unassigned_count()
        if [(c.id, c.name) for c in clusters] == [(c.id, c.name) for c in self._clusters]:
            # Same rows: repaint in place, so selection, current row and scroll stay put.
            self._clusters, self._unassigned = clusters, unassigned
            self.dataChanged.emit(self.index(0), self.index(len(clusters)))
            return
        self.beginResetModel()
        self._clusters, self._unassigned = clusters, unassigned
        self.endResetModel()

    # --- lookups -------------------------------------------------------------------------
    def clusters(self) -> list[Cluster]:
        return list(self._clusters)

    def unassigned(self) -> int:
        return self._unassigned

    def cluster_at(self, row: int) -> Cluster | None:
        return self._clusters[row - 1] if 1 <= row <= len(self._clusters) else None

    def id_at(self, row: int) -> int | None:
        if row == 0:
            return NO_CLUSTER
        cluster = self.cluster_at(row)
        return cluster.id if cluster else None

    def row_of(self, cluster_id: int | None) -> int | None:
        if cluster_id == NO_CLUSTER:
            return 0
        for row, cluster in enumerate(self._clusters, 1):
            if cluster.id == cluster_id:
                return row
        return None

    def cluster_by_digit(self, digit: int) -> int | None:
        """The cluster the key digit sends rows to (0: Unassigned); None if there is none."""
        if digit == 0:
            return NO_CLUSTER
        cluster = self.cluster_at(digit)
        return cluster.id if cluster else None

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._clusters) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._clusters):
            return None
        row = index.row()
        cluster = self.cluster_at(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return cluster.name if cluster else self.tr("Unassigned")
        if role == ClusterIdRole:
            return cluster.id if cluster else NO_CLUSTER
        if role == CountRole:
            return cluster.size if cluster else self._unassigned
        if role == DigitRole:
            return str(row) if row <= 9 else None
        if role == DescriptionRole:
            return cluster.description if cluster else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            count = cluster.size if cluster else self._unassigned
            lines = [plural(self.tr("%n recommendation(s)", "", count), count)]
            if cluster and cluster.description:
                lines.insert(0, cluster.description)
            if row <= 9:
                key = self.tr("Select rows on the right and press %1 to move them here.") if cluster else \
                    self.tr("Select rows on the right and press 0 to take them out of their cluster.")
                lines.append(key.replace("%1", str(row)))
            if cluster and self.editable:
                lines.append(self.tr("Double-click or press F2 to rename."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = cluster.name if cluster else self.tr("Unassigned")
            count = cluster.size if cluster else self._unassigned
            return plural(self.tr("{name}, %n recommendation(s)", "", count), count).format(name=name)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.row() > 0:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        cluster = self.cluster_at(index.row()) if index.isValid() else None
        if cluster is None or role != Qt.ItemDataRole.EditRole:
            return False
        name = " ".join(str(value or "").split())
        if name and name != cluster.name:
            self.rename_requested.emit(cluster.id, name)
        return False

    # --- dropping recommendation rows ----------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [RECOMMENDATION_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data, action, row: int, column: int,  # noqa: N802 - Qt API
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Only onto a row: between two rows means nothing here.
        return self.editable and parent.isValid() and bool(ids_from_mime(data))

    def dropMimeData(self, data, action, row: int, column: int,  # noqa: N802 - Qt API
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        cluster_id = self.id_at(parent.row())
        if cluster_id is None:
            return False
        self.drop_requested.emit(ids_from_mime(data), cluster_id)
        return True


class ClusterListView(QListView):
    """The cluster list, which shows which row a drag would land on."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.drop_row: int | None = None

    def relayout(self) -> None:
        """Row heights follow the names and counts: measure them again."""
        self.scheduleDelayedItemsLayout()

    def _track(self, row: int | None) -> None:
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()

    def _accept_onto_row(self, event) -> None:
        # The drop indicator is off (the row itself lights up), so Qt would only accept drops on the
        # empty viewport: decide here, from the row under the pointer.
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if index.isValid() and model.canDropMimeData(event.mimeData(), event.dropAction(), -1, -1, index):
            event.acceptProposedAction()
            self._track(index.row())
        else:
            event.ignore()
            self._track(None)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dragEnterEvent(event)
        if ids_from_mime(event.mimeData()) and self.model().editable:
            event.acceptProposedAction()  # the whole list takes part; each row decides on a move
            self._accept_onto_row(event)
            if not event.isAccepted():
                event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dragMoveEvent(event)
        self._accept_onto_row(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dragLeaveEvent(event)
        self._track(None)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dropEvent(event)
        self._track(None)


class ClusterDelegate(QStyledItemDelegate):
    """A cluster row: its key (1–9), its name on up to two lines, and its count; "Unassigned" set apart."""

    RULE = 9  # room under "Unassigned" for the rule that sets it apart

    def __init__(self, view: ClusterListView):
        super().__init__(view)
        self._view = view
        self._palette = theme.CALM

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    # --- geometry ------------------------------------------------------------------------
    @staticmethod
    def _fonts(font: QFont) -> tuple[QFont, QFont]:
        badge = QFont(font)
        badge.setPointSizeF(font.pointSizeF() * 0.82)
        badge.setWeight(QFont.Weight.DemiBold)
        count = QFont(font)
        count.setPointSizeF(font.pointSizeF() * 0.9)
        count.setWeight(QFont.Weight.DemiBold)
        return badge, count

    def _name_width(self, font: QFont, count: int, width: int) -> int:
        badge_font, count_font = self._fonts(font)
        badge = QFontMetrics(badge_font).height() + 4
        pill = QFontMetrics(count_font).horizontalAdvance(number_text(count)) + 14
        return max(20, width - 8 - 20 - badge - 10 - pill - 8)

    @staticmethod
    def name_lines(text: str, font: QFont, width: int) -> list[str]:
        """The name wrapped onto at most two lines (at words where it can), the second elided if need be."""
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(text) <= width:
            return [text]
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        end = line.textStart() + line.textLength()
        layout.endLayout()
        first, rest = text[:end].rstrip(), text[end:].strip()
        if not rest:
            return [first]
        return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]

    def _body(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        rect = option.rect.adjusted(4, 2, -4, -2)
        if index.row() == 0:
            rect.setBottom(rect.bottom() - self.RULE)
        return rect

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        font = self._name_font(option.font, index, True)
        width = self._view.viewport().width() or 300
        lines = self.name_lines(index.data() or "", font, self._name_width(option.font, index.data(CountRole) or 0,
                                                                          width))
        metrics = QFontMetrics(font)
        height = metrics.height() + (len(lines) - 1) * metrics.lineSpacing() + 16
        return QSize(200, height + (self.RULE if index.row() == 0 else 0))

    @staticmethod
    def _name_font(font: QFont, index: QModelIndex, bold: bool) -> QFont:
        name_font = QFont(font)
        if index.row() == 0:
            name_font.setItalic(True)
        if bold:
            name_font.setWeight(QFont.Weight.DemiBold)
        return name_font

    # --- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        p = self._palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._body(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        dropping = self._view.drop_row == index.row()
        current = self._view.currentIndex().row() == index.row()
        lit = selected or dropping
        if dropping:
            painter.setPen(QPen(QColor(p.accent), 2))
            painter.setBrush(QColor(p.accent_soft))
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 7, 7)
        elif selected:
            painter.setPen(QPen(QColor(p.accent if current else p.border_strong), 1))
            painter.setBrush(QColor(p.accent_soft))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        elif hover:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.alternate))
            painter.drawRoundedRect(QRectF(rect), 7, 7)
        if index.row() == 0:
            painter.setPen(QPen(QColor(p.border), 1))
            y = option.rect.bottom() - self.RULE // 2
            painter.drawLine(option.rect.left() + 8, y, option.rect.right() - 8, y)

        font = QFont(option.font)
        badge_font, count_font = self._fonts(font)
        inner = rect.adjusted(10, 0, -10, 0)
        # The key badge
        badge_size = QFontMetrics(badge_font).height() + 4
        badge = QRect(inner.left(), rect.center().y() - badge_size // 2 + 1, badge_size, badge_size)
        digit = index.data(DigitRole)
        if digit is not None:
            painter.setPen(QPen(QColor(p.accent if lit else p.border_strong), 1))
            painter.setBrush(QColor(p.surface))
            painter.drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.setFont(badge_font)
            painter.setPen(QColor(p.accent if lit else p.muted))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, digit)
        # The count, as a pill on the right
        count = index.data(CountRole) or 0
        count_text = number_text(count)
        count_metrics = QFontMetrics(count_font)
        pill_w = count_metrics.horizontalAdvance(count_text) + 14
        pill_h = count_metrics.height() + 2
        pill = QRect(inner.right() - pill_w, rect.center().y() - pill_h // 2 + 1, pill_w, pill_h)
        painter.setPen(Qt.PenStyle.NoPen)
        if index.row() == 0 and count:
            painter.setBrush(QColor(p.noted[1]))
            pill_text = QColor(p.noted[0])
        elif lit:
            painter.setBrush(QColor(p.surface))
            pill_text = QColor(p.accent)
        else:
            painter.setBrush(QColor(p.header))
            pill_text = QColor(p.muted)
        painter.drawRoundedRect(QRectF(pill), pill_h / 2, pill_h / 2)
        painter.setFont(count_font)
        painter.setPen(pill_text)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count_text)
        # The name, on one or two lines
        name_font = self._name_font(font, index, current and selected)
        metrics = QFontMetrics(name_font)
        width = self._name_width(font, count, option.rect.width())
        lines = self.name_lines(index.data() or "", self._name_font(font, index, True), width)
        painter.setFont(name_font)
        painter.setPen(QColor(p.accent if (current and selected) else p.text))
        top = rect.center().y() - (metrics.height() + (len(lines) - 1) * metrics.lineSpacing()) // 2 + 1
        for n, line in enumerate(lines):
            line_rect = QRect(badge.right() + 10, top + n * metrics.lineSpacing(), width, metrics.height())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, line)
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                             index: QModelIndex) -> None:
        badge_font, _ = self._fonts(option.font)
        left = 10 + QFontMetrics(badge_font).height() + 4 + 6
        editor.setGeometry(self._body(option, index).adjusted(left, 3, -48, -3))
