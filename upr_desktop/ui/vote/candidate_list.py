"""Candidates in a list view, for the ranked ballot in the ballot editor and for the vote page's candidate list:
the model, the delegate that draws a place and a number, and the view's set-up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.rounds import Candidate
from ..common import theme
from ..common.translation import translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("BallotEditor", text)


CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # a ranking's place as shown: "3", or "=2" when shared
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3  # ranked level with the candidate above


class CandidateListModel(QAbstractListModel):
    """Candidates in a given order (a ranking, the unranked rest, or a round's list)."""

    def __init__(self, candidates: Sequence[Candidate] = (), parent=None):
        super().__init__(parent)
        self._candidates: list[Candidate] = list(candidates)
        self._level: list[bool] = [False] * len(self._candidates)
        self._places: list[str] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._candidates)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._candidates):
            return None
        c = self._candidates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.label}  {c.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if self._places and self._places[index.row()].startswith("="):
                return QCoreApplication.translate("BallotEditor", "%1, level: %2: %3").replace(
                    "%1", self._places[index.row()][1:]).replace("%2", c.label).replace("%3", c.text)
            return f"{c.label}: {c.text}"
        if role == CANDIDATE_ROLE:
            return c
        if role == PLACE_ROLE:
            return self._places[index.row()] if self._places else str(index.row() + 1)
        if role == LEVEL_ROLE:
            return self._level[index.row()]
        return None

    def set_candidates(self, candidates: Sequence[Candidate], level: Sequence[bool] | None = None) -> None:
        """With `level`, the candidates are a ranking and level[i] puts candidate i level with the one above."""
        self.beginResetModel()
        self._candidates = list(candidates)
        self._level = [bool(x) for x in level] if level is not None else [False] * len(self._candidates)
        self._places = []
        if level is not None:
            # Competition ranking, as in the results: A, then B and C level, then D is 1, =2, =2, 4.
            starts = [i for i in range(len(self._candidates)) if i == 0 or not self._level[i]]
            for n, start in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(self._candidates)
                text = str(start + 1) if end - start == 1 else f"={start + 1}"
                self._places += [text] * (end - start)
        self.endResetModel()

    def candidates(self) -> list[Candidate]:
        return list(self._candidates)

    def candidate_at(self, row: int) -> Candidate | None:
        return self._candidates[row] if 0 <= row < len(self._candidates) else None

    def row_of(self, candidate_id: int) -> int | None:
        for row, c in enumerate(self._candidates):
            if c.id == candidate_id:
                return row
        return None


class CandidateDelegate(QStyledItemDelegate):
    """A candidate as a card: its number in bold, then its whole text, wrapped.

    With `numbered`, a round badge shows the place in a ranking (1, 2, 3 …).
    """

    PAD = 10

    def __init__(self, view: QListView, *, numbered: bool = False, palette: theme.Palette = theme.CALM):
        super().__init__(view)
        self._view = view
        self._numbered = numbered
        self._palette = palette

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette

    def _badge_width(self, fm: QFontMetrics) -> int:
        # Wide enough for a shared place ("=12"), so every card's text starts at the same x.
        return max(fm.height() + 12, fm.horizontalAdvance("=00") + 14) if self._numbered else 0

    def _text_width(self, fm: QFontMetrics) -> int:
        width = self._view.viewport().width() - 2 * self.PAD - 4
        if self._numbered:
            width -= self._badge_width(fm) + self.PAD
        return max(120, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        c: Candidate = index.data(CANDIDATE_ROLE)
        fm = QFontMetrics(self._view.font())
        width = self._text_width(fm)
        text = fm.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, c.text if c else "").height()
        label = fm.height()
        return QSize(self._view.viewport().width() - 4, label + 2 + text + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        c: Candidate = index.data(CANDIDATE_ROLE)
        if c is None:
            return
        p = self._palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 1, -2, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QColor(p.accent) if selected else QColor(p.border))
        painter.setBrush(QColor(p.selection if selected else (p.accent_soft if hover else p.surface)))
        painter.drawRoundedRect(rect, 6, 6)
        font = QFont(self._view.font())
        fm = QFontMetrics(font)
        x = rect.left() + self.PAD
        top = rect.top() + self.PAD
        if self._numbered:
            size = self._badge_width(fm)
            height = fm.height() + 12
            badge = QRect(x, top, size, height)
            if index.data(LEVEL_ROLE):
                # A bar up to the card above: the two share a place.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(p.accent))
                painter.drawRect(QRect(x + size // 2 - 3, option.rect.top() - 4, 6, self.PAD + 6))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.accent))
            painter.drawRoundedRect(badge, height / 2, height / 2)
            bold = QFont(font)
            bold.setWeight(QFont.Weight.Bold)
            painter.setFont(bold)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(PLACE_ROLE)))
            x += size + self.PAD
        width = self._text_width(fm)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        painter.setFont(bold)
        painter.setPen(QColor(p.selection_text if selected else p.accent))
        painter.drawText(QRect(x, top, width, fm.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         c.label)
        if self._numbered and index.data(LEVEL_ROLE):
            note_x = x + QFontMetrics(bold).horizontalAdvance(c.label) + self.PAD
            painter.setFont(font)
            painter.setPen(QColor(p.selection_text if selected else p.muted))
            painter.drawText(QRect(note_x, top, max(0, x + width - note_x), fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(translate("BallotEditor", "= level with the one above"), Qt.TextElideMode.ElideRight,
                                           max(0, x + width - note_x)))
        painter.setFont(font)
        painter.setPen(QColor(p.selection_text if selected else p.text))
        painter.drawText(QRect(x, top + fm.height() + 2, width, rect.bottom() - top - fm.height()),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, c.text)
        painter.restore()


def candidate_list_view(parent: QWidget, name: str, *, numbered: bool = False,
                        palette: theme.Palette = theme.CALM) -> tuple[QListView, CandidateListModel,
                                                                      CandidateDelegate]:
    """A list view of candidate cards whose rows re-wrap when the view is resized."""
    view = QListView(parent)
    view.setObjectName(name)
    model = CandidateListModel(parent=view)
    delegate = CandidateDelegate(view, numbered=numbered, palette=palette)
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setSpacing(2)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMouseTracking(True)
    view.setWordWrap(True)
    return view, model, delegate
