"""The list of rounds on the vote page: its model, the delegate that draws each round's title, status and
turnout, and the flow layout that lets the page's buttons wrap onto a second line."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.rounds import RoundStatus, Turnout, VotingRound
from ..common import theme
from ..common.translation import Context, translate

VoteRoundList = Context("VoteRoundList")  # plural sentences: lupdate takes the context from this name


ROUND_ROLE = Qt.ItemDataRole.UserRole + 1
TURNOUT_ROLE = Qt.ItemDataRole.UserRole + 2


def status_word(status: RoundStatus) -> str:
    if status == RoundStatus.DRAFT:
        return translate("VotePage", "Draft")
    if status == RoundStatus.OPEN:
        return translate("VotePage", "Open")
    return translate("VotePage", "Closed")


def status_colours(status: RoundStatus, p: theme.Palette) -> tuple[str, str]:
    """(text, background) of a round's status badge."""
    if status == RoundStatus.OPEN:
        return p.supported
    if status == RoundStatus.CLOSED:
        return (p.accent, p.accent_soft)
    return p.pending


def turnout_words(rnd: VotingRound, turnout: Turnout) -> str:
    if rnd.status == RoundStatus.DRAFT:
        return VoteRoundList.tr("%n candidate(s)", None, rnd.candidates)
    if rnd.status == RoundStatus.CLOSED:
        return VoteRoundList.tr("%n of {eligible} voted", None, turnout.voted).format(eligible=turnout.eligible)
    return VoteRoundList.tr("%n of {eligible} have voted", None, turnout.voted).format(eligible=turnout.eligible)


def secrecy_words(secret: bool) -> str:
    if secret:
        return QCoreApplication.translate("VotePage", "Secret ballot: no one can see who voted for what")
    return QCoreApplication.translate("VotePage", "Open ballot: who voted for what is kept, and can be shown once "
                                                  "the round closes")


class RoundListModel(QAbstractListModel):
    def __init__(self, workshop, parent=None):
        super().__init__(parent)
        self.workshop = workshop
        self._rows: list[tuple[VotingRound, Turnout]] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [(r, self.workshop.turnout(r.id)) for r in self.workshop.voting_rounds()]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rnd, turnout = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return rnd.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{rnd.title}, {status_word(rnd.status)}, {rnd.rules.method.label}, {turnout_words(rnd, turnout)}"
        if role == ROUND_ROLE:
            return rnd
        if role == TURNOUT_ROLE:
            return turnout
        return None

    def round_at(self, row: int) -> VotingRound | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, round_id: int) -> int | None:
        for row, (rnd, _) in enumerate(self._rows):
            if rnd.id == round_id:
                return row
        return None


class RoundDelegate(QStyledItemDelegate):
    """A round as a card: title and status badge, then the method and how many have voted."""

    PAD = 12

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view
        self.palette = theme.CALM

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        fm = QFontMetrics(self._view.font())
        return QSize(200, fm.height() * 2 + 6 + 2 * self.PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rnd: VotingRound = index.data(ROUND_ROLE)
        turnout: Turnout = index.data(TURNOUT_ROLE)
        if rnd is None:
            return
        p = self.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QColor(p.accent) if selected else QColor(p.border))
        painter.setBrush(QColor(p.selection if selected else (p.accent_soft if hover else p.surface)))
        painter.drawRoundedRect(rect, 8, 8)

        font = QFont(self._view.font())
        fm = QFontMetrics(font)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        small.setWeight(QFont.Weight.DemiBold)
        sfm = QFontMetrics(small)
        badge_text = status_word(rnd.status)
        badge_w = sfm.horizontalAdvance(badge_text) + 16
        badge_h = sfm.height() + 4
        x = rect.left() + self.PAD
        top = rect.top() + self.PAD
        right = rect.right() - self.PAD
        badge = QRect(right - badge_w, top + (fm.height() - badge_h) // 2, badge_w, badge_h)
        fg, bg = status_colours(rnd.status, p)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
        painter.setFont(small)
        painter.setPen(QColor(fg))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)

        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(p.selection_text if selected else p.text))
        title_w = badge.left() - 8 - x
        painter.drawText(QRect(x, top, title_w, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(rnd.title, Qt.TextElideMode.ElideRight, title_w))
        painter.setFont(font)
        painter.setPen(QColor(p.muted))
        line = f"{rnd.rules.method.label}  ·  {turnout_words(rnd, turnout)}"
        painter.drawText(QRect(x, top + fm.height() + 6, right - x, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(line, Qt.TextElideMode.ElideRight, right - x))
        painter.restore()


