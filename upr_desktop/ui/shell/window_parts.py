"""Small parts of the main window: the numbered step icons of the sidebar, and the status bar's label that shows
the workshop file's path, shortened in the middle."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ..common import theme


@lru_cache(maxsize=64)
def step_icon(number: int, selected: bool, palette: theme.Palette = theme.CALM, size: int = 26) -> QPixmap:
    """A numbered circle: outlined for a step, filled with the accent for the current one. Drawn once for each
    look (the sidebar asks again at each change of step)."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    accent = QColor(palette.accent)
    if selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
    else:
        pen = painter.pen()
        pen.setColor(QColor(palette.border_strong))
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(QColor(palette.surface))
    painter.drawEllipse(rect)
    font = theme.base_font(size * 0.36)
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff") if selected else QColor(palette.muted))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return pixmap


class PathLabel(QLabel):
    """The workshop file's path in the status bar, shortened in the middle to the room it has (which shrinks
    with large type and a narrow screen); the whole path is in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._path = ""

    def path(self) -> str:
        return self._path

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(min(self.fontMetrics().horizontalAdvance(self._path) + 8, 640), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(min(self.sizeHint().width(), 120), super().minimumSizeHint().height())

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle,
                                                      max(self.width() - 4, 40)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()
            self.updateGeometry()
