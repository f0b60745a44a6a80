"""Painting the review table: wrapped text with search matches marked, response pills, note badges.

Only visible cells are painted, and each is laid out with one QTextLayout, so a 250,000-row
table scrolls as fast as a 400-row one. Matches are found the way SQLite's FTS5 finds them
(case and accents ignored, a word's beginning), so what is marked is what was matched.

A cell's layout (wrapped, elided, its matches marked) is kept until its text, width, font or the
search change: a table repaints after every search, count, selection and hover, and laying text out
again each time cost more than the painting. The background comes from the option the view gives,
without initStyleOption, which asks the model for eight roles per cell.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...io.wording import is_rtl
from . import theme
from .recommendation_model import (
    COL_NOTES,
    COL_REFERENCE,
    COL_RESPONSE,
    COL_SESSION,
    COL_STATES,
    COL_TEXT,
    COL_THEMES,
    NoteCountRole,
    ResponseRole,
)

PAD_X = 8
PAD_Y = 7
TEXT_LINES = 2  # rows show two lines of the recommendation; the detail pane shows it all
LAYOUTS_KEPT = 2000  # cells' layouts kept: a few screens of a 4K window, scrolled back and forth
_SEARCHABLE = frozenset({COL_REFERENCE, COL_TEXT, COL_STATES, COL_THEMES})
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_NO_FOCUS = ~QStyle.StateFlag.State_HasFocus


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    return lowered[0] if lowered else char


def fold(text: str) -> str:
    """Lower-case, accents removed, one character out for each character in: offsets still match."""
    return "".join(_fold_char(c) for c in text)


def terms_pattern(terms: list[str] | tuple[str, ...]) -> re.Pattern | None:
    """A regex finding any of the search terms at the start of a word."""
    words = sorted({fold(t) for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")", re.UNICODE)


@lru_cache(maxsize=2048)
def _spans(text: str, pattern: re.Pattern) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in pattern.finditer(fold(text)))


def highlight_spans(text: str, pattern: re.Pattern | None) -> tuple[tuple[int, int], ...]:
    """(start, end) of each match in text."""
    if pattern is None or not text:
        return ()
    return _spans(text, pattern)


def highlight_html(text: str, pattern: re.Pattern | None, mark: str = theme.CALM.mark,
                   mark_text: str = theme.CALM.mark_text) -> str:
    """The text as rich text, matches on a marker-pen background, line breaks kept."""
    out: list[str] = []
    last = 0
    for start, end in highlight_spans(text, pattern):
        out.append(html.escape(text[last:start]))
        out.append(f'<span style="background-color:{mark}; color:{mark_text};">'
                   f"{html.escape(text[start:end])}</span>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class RecommendationDelegate(QStyledItemDelegate):
    """Paints every column of the review table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._palette = theme.CALM
        self._pattern: re.Pattern | None = None
        self._mark_format = QTextCharFormat()
        self._update_mark_format()
        # (text, font, width, lines, pattern) -> (layout, marked ranges), least recently painted first
        self._layouts: OrderedDict[tuple, tuple[QTextLayout, list]] = OrderedDict()
        self._fonts: dict[str, _Fonts] = {}

    # --- configuration -------------------------------------------------------------------
    def set_terms(self, terms: list[str]) -> None:
        self._pattern = terms_pattern(terms)

    @property
    def pattern(self) -> re.Pattern | None:
        return self._pattern

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._update_mark_format()

    def _update_mark_format(self) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self._palette.mark))
        fmt.setForeground(QColor(self._palette.mark_text))
        self._mark_format = fmt
        self._layouts = OrderedDict()  # their marks were in the old colours

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _Fonts(font)
        return fonts

    @staticmethod
    def row_height(font: QFont) -> int:
        metrics = QFontMetricsF(font)
        return int(metrics.lineSpacing() * TEXT_LINES + 2 * PAD_Y + 2)

    # --- painting ------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        return QSize(80, self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        opt.state &= _NO_FOCUS  # no dotted rectangle around one cell
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        painter.save()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # selection, stripes
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.setClipRect(opt.rect)
        fonts = self._fonts_for(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        column = index.column()
        if column == COL_RESPONSE:
            self._paint_pill(painter, rect, fonts, index)
        elif column == COL_NOTES:
            self._paint_notes(painter, rect, fonts, index)
        else:
            text = index.data(_DISPLAY)
            if text:
                palette = self._palette
                colour = palette.selection_text if selected else palette.text
                font, font_key, lines = fonts.plain, fonts.plain_key, TEXT_LINES
                if column == COL_REFERENCE:
                    font, font_key, lines = fonts.bold, fonts.bold_key, 1
                elif column == COL_SESSION:
                    colour = palette.selection_text if selected else palette.muted
                    lines = 1
                pattern = self._pattern if column in _SEARCHABLE else None
                layout, selections = self._text_layout(text, font, font_key, max(10.0, float(rect.width())),
                                                       lines, pattern)
                painter.setPen(QColor(colour))
                layout.draw(painter, QPointF(rect.left(), rect.top()), selections)
        painter.restore()

    def _text_layout(self, text: str, font: QFont, font_key: str, width: float, max_lines: int,
                     pattern: re.Pattern | None) -> tuple[QTextLayout, list]:
        """The cell's text laid out in its width, elided after max_lines, matches marked: kept for the
        next paint of the same cell."""
        key = (text, font_key, width, max_lines, pattern)
        kept = self._layouts.get(key)
        if kept is not None:
            self._layouts.move_to_end(key)
            return kept
        text = text.replace("\n", " ").replace("\r", " ")
        layout, truncated_at = self._layout(text, font, width, max_lines)
        if truncated_at is not None:
            metrics = QFontMetricsF(font)
            tail = metrics.elidedText(text[truncated_at:], Qt.TextElideMode.ElideRight, width - 1)
            text = text[:truncated_at] + tail
            layout, _ = self._layout(text, font, width, max_lines)
        selections = []
        for start, end in highlight_spans(text, pattern):
            if start >= len(text):
                break
            selection = QTextLayout.FormatRange()
            selection.start = start
            selection.length = min(end, len(text)) - start
            selection.format = self._mark_format
            selections.append(selection)
        kept = self._layouts[key] = (layout, selections)
        if len(self._layouts) > LAYOUTS_KEPT:
            self._layouts.popitem(last=False)
        return kept

    @staticmethod
    def _layout(text: str, font: QFont, width: float, max_lines: int) -> tuple[QTextLayout, int | None]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        if is_rtl(text):
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if max_lines > 1
                           else QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        last_start = None
        count = 0
        while count < max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            last_start = line.textStart()
            end = line.textStart() + line.textLength()
            count += 1
        layout.endLayout()
        if count and end < len(text) and max_lines > 1:
            return layout, last_start
        if count and max_lines == 1 and QFontMetricsF(font).horizontalAdvance(text) > width:
            return layout, 0
        return layout, None

    def _paint_pill(self, painter: QPainter, rect: QRect, fonts: _Fonts, index: QModelIndex) -> None:
        label = index.data(_DISPLAY)
        if not label:
            return
        value = index.data(ResponseRole)
        fg, bg = self._palette.response_colours(value or "unknown")
        pill_font = fonts.pill
        metrics = fonts.pill_metrics
        line = fonts.line
        height = metrics.height() + 4
        width = min(metrics.horizontalAdvance(label) + 18, float(rect.width()))
        top = rect.top() + max(0.0, (line - height) / 2)
        pill = QRectF(rect.left(), top, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(pill_font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_notes(self, painter: QPainter, rect: QRect, fonts: _Fonts, index: QModelIndex) -> None:
        count = index.data(NoteCountRole) or 0
        if not count:
            return
        badge_font = fonts.badge
        metrics = fonts.badge_metrics
        text = str(count)
        height = metrics.height() + 2
        width = max(height + 12, metrics.horizontalAdvance(text) + 22)
        line = fonts.line
        top = rect.top() + max(0.0, (line - height) / 2)
        left = rect.left() + max(0.0, (rect.width() - width) / 2)
        badge = QRectF(left, top, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._palette.accent_soft))
        painter.drawRoundedRect(badge, 4, 4)
        # A small speech-bubble tail, so the badge reads as "notes" without a glyph font.
        tail = QRectF(badge.left() + 5, badge.bottom() - 1, 6, 4)
        painter.drawPolygon([QPointF(tail.left(), tail.top()), QPointF(tail.right(), tail.top()),
                             QPointF(tail.left(), tail.bottom() + 1)])
        painter.setPen(QColor(self._palette.accent))
        painter.setFont(badge_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class _Fonts:
    """The fonts a cell is painted in, derived once from the table's font."""

    __slots__ = ("plain", "plain_key", "bold", "bold_key", "line", "pill", "pill_metrics", "badge", "badge_metrics")

    def __init__(self, font: QFont):
        self.plain = QFont(font)
        self.plain_key = font.key()
        self.bold = QFont(font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.bold_key = self.bold.key()
        self.line = QFontMetricsF(font).lineSpacing()
        self.pill = QFont(font)
        self.pill.setPointSizeF(font.pointSizeF() * 0.92)
        self.pill.setWeight(QFont.Weight.DemiBold)
        self.pill_metrics = QFontMetricsF(self.pill)
        self.badge = QFont(font)
        self.badge.setPointSizeF(font.pointSizeF() * 0.9)
        self.badge.setWeight(QFont.Weight.Bold)
        self.badge_metrics = QFontMetricsF(self.badge)
