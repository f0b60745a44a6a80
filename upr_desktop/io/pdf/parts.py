"""Pieces several documents share: dates in words, styled tables, a recommendation as printed."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from ...domain.recommendation import Recommendation
from ...text import Documents
from .. import wording
from ..wording import date_range, date_words
from .fonts import LATIN
from .layout import ACCENT, RULE, SHADE

def date_range_words(start: str, end: str, doc: Documents | None = None) -> str:
    start, end = (start or "").strip(), (end or "").strip()
    if start and end and start != end:
        return date_range(date_words(start, doc), date_words(end, doc), doc)
    return date_words(start or end, doc)


def response_word(rec: Recommendation, doc: Documents | None = None) -> str:
    doc = doc or Documents("en")
    return wording.answer_word(rec, unknown=doc.translate("Responses", "Response not known"), doc=doc)


def source_line(rec: Recommendation, doc: Documents | None = None) -> str:
    """Who recommended it and how the State answered: 'Recommended by Chile, Peru · Supported · Session 36'.
    Each part a whole phrase; the parts are a list, set apart by a middle dot in every language."""
    doc = doc or Documents("en")
    parts = []
    if rec.states:
        parts.append(doc.translate("Recommendation source", "Recommended by {states}").format(
            states=", ".join(rec.states)))
    parts.append(response_word(rec, doc))
    if rec.session:
        parts.append(doc.translate("Recommendation source", "Session {number}").format(number=rec.session))
    if rec.document_symbol:
        parts.append(rec.document_symbol)
    return " · ".join(parts)


def reference(rec: Recommendation) -> str:
    return rec.reference or f"#{rec.id}"


# A row taller than what is left of the page may be split, but into pieces of at least this many points
# (a row longer than a whole page must split; a sliver of padding alone on the next page must not).
SPLIT_IN_ROW = 40
# A row at least this tall (points) that does not fit in what is left of the page is split there rather than
# moved whole to the next page.
LONG_ROW = 200


class LongRowTable(Table):
    """A table whose long rows split at the foot of the page.

    reportlab's Table first ends the page's part at the row before a row that does not fit, then tries the
    rest (its column titles repeated) in the space left: a long row then starts under a second set of column
    titles on the same page. Here a long row that does not fit is split in place, and the next page carries
    on with it under the titles."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.splitInRow = SPLIT_IN_ROW

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._calc(availWidth, availHeight)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        used = 0.0
        for n, height in enumerate(self._rowHeights):
            if used + height > availHeight:
                if self.splitInRow and n >= repeat and height >= LONG_ROW:
                    parts = self._splitRows(availHeight, doInRowSplit=True)
                    if parts:
                        return parts
                break
            used += height
        return super().split(availWidth, availHeight)


def mirrored(rows: list[list], widths: list[float], rtl: bool) -> tuple[list[list], list[float]]:
    """A right-to-left document reads its columns from the right: the first column goes on the right."""
    if not rtl:
        return rows, widths
    return [list(reversed(row)) for row in rows], list(reversed(widths))


def grid(rows: list[list], widths: list[float], *, header: bool = True, zebra: bool = True,
         extra: list | None = None, long_rows: bool = False, rtl: bool = False) -> Table:
    """A table of flowables with a blue header row that repeats on every page, light rules and
    alternate shading. `rtl`: the columns mirrored (the caller's styles in `extra` name mirrored columns)."""
    rows, widths = mirrored(rows, widths, rtl)
    table = (LongRowTable if long_rows else Table)(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), LATIN.name),  # an empty cell would otherwise be set in Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        first = 1 if header else 0
        style += [("BACKGROUND", (0, n), (-1, n), SHADE) for n in range(first + 1, len(rows), 2)]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


WHITE = colors.white
