"""The print page's parts beside the preview: the document list's delegate (a title and a hint per document)
and the job that renders preview pages off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QRect, QRectF, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..common import theme


HintRole = Qt.ItemDataRole.UserRole + 1
ChoiceRole = Qt.ItemDataRole.UserRole + 2


class RenderSignals(QObject):
    rendered = Signal(int, object)  # render number, PDF bytes
    failed = Signal(int, object)  # render number, the exception


class RenderJob(QRunnable):
    """Runs one prepared render on the pool's thread; its result goes back through queued signals."""

    def __init__(self, render: Callable[[], bytes], number: int, signals: RenderSignals):
        super().__init__()
        self.render = render
        self.number = number
        self.signals = signals

    def run(self) -> None:
        try:
            pdf = self.render()
        except Exception as error:  # noqa: BLE001 - shown in the preview in plain words
            self.signals.failed.emit(self.number, error)
        else:
            self.signals.rendered.emit(self.number, pdf)


class DocumentDelegate(QStyledItemDelegate):
    """A document as two lines: its name, and what it is for or why it can't be printed yet."""

    PAD = 10

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self._view = view
        self.palette = theme.CALM

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        font = QFont(self._view.font())
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.88)
        return font, bold, small

    def _text_width(self) -> int:
        """The same whether or not the scroll bar shows, so a row's height never goes stale."""
        view = self._view
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        return max(40, room - 2 * self.PAD - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        _, bold, small = self._fonts()
        small.setItalic(not index.flags() & Qt.ItemFlag.ItemIsEnabled)
        width = self._text_width()
        hint = index.data(HintRole) or ""
        hint_height = QFontMetrics(small).boundingRect(QRect(0, 0, width, 10_000),
                                                       Qt.TextFlag.TextWordWrap, hint).height() if hint else 0
        return QSize(width, QFontMetrics(bold).height() + hint_height + 2 * self.PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        p = self.palette
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = enabled and bool(option.state & QStyle.StateFlag.State_MouseOver)
        font, bold, small = self._fonts()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        if selected or hover:
            painter.setPen(QColor(p.accent) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.accent_soft if selected else p.alternate))
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        x = rect.left() + self.PAD
        width = min(self._text_width(), rect.width() - 2 * self.PAD)
        top = rect.top() + self.PAD - 1
        title_height = QFontMetrics(bold).height()
        painter.setFont(bold if enabled else font)
        painter.setPen(QColor(p.accent if selected else (p.text if enabled else "#8a949e")))
        title = QFontMetrics(painter.font()).elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                         Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, top, width, title_height), Qt.AlignmentFlag.AlignVCenter, title)
        hint = index.data(HintRole) or ""
        if hint:
            small.setItalic(not enabled)
            painter.setFont(small)
            painter.setPen(QColor(p.muted if enabled else "#8a949e"))
            painter.drawText(QRect(x, top + title_height + 3, width, rect.bottom() - top - title_height),
                             Qt.TextFlag.TextWordWrap, hint)
        painter.restore()
