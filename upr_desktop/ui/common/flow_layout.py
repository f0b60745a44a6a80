"""A row of buttons that wraps onto a second line when a longer language needs the room (Qt's flow layout).

A page header's buttons are one row in English; in French or Russian they can be a third wider, and the window
must still fit a 1024-pixel projector. Laid out in a ButtonRow they wrap instead of widening the window, and
nothing is abbreviated. Right to left, the row starts at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align = alignment
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All on one line."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self.spacing() if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """The widest item: the others wrap under it."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        rect = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint()
            needed = hint.width() + (self.spacing() if rows[-1] else 0)
            if rows[-1] and used + needed > rect.width():
                rows.append([])
                used, needed = 0, hint.width()
            rows[-1].append((item, hint))
            used += needed
        y = rect.y()
        rtl = self.parentWidget() is not None and self.parentWidget().layoutDirection() == \
            Qt.LayoutDirection.RightToLeft
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _, h in row)
            width = sum(h.width() for _, h in row) + self.spacing() * (len(row) - 1)
            start_right = bool(self._align & Qt.AlignmentFlag.AlignRight) != rtl
            x = rect.x() + (rect.width() - width if start_right else 0)
            if move:
                for item, hint in (reversed(row) if rtl else row):  # right to left: the first at the right
                    item.setGeometry(QRect(QPoint(x, y + height - hint.height()), hint))
                    x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - rect.y() - self.spacing()) + m.top() + m.bottom()


class ButtonRow(QWidget):
    """Buttons side by side, wrapping onto more lines when there is not room for them all."""

    def __init__(self, buttons, parent: QWidget | None = None, *,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight):
        super().__init__(parent)
        self.setObjectName("buttonRow")
        layout = FlowLayout(self, alignment=alignment)
        for button in buttons:
            button.setParent(self)
            layout.addWidget(button)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.layout().heightForWidth(width)
