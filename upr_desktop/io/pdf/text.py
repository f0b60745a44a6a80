"""Text in any script for reportlab: runs by font, Arabic and Hebrew right to left, CJK line breaking.

Left-to-right text becomes a reportlab Paragraph whose markup switches font per run. Text with
right-to-left letters becomes an RTLParagraph: it wraps in logical order, then shapes and reorders
each line on its own (python-bidi over a whole paragraph puts the lines in the wrong order).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from html import escape

import arabic_reshaper
# bidi.algorithm mirrors brackets in right-to-left runs ("(State)" stays "(State)"); the faster
# bidi.get_display of python-bidi 0.6 does not.
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from ..wording import is_rtl
from .fonts import LATIN, FontFamily, covered, family_for, has_glyph, register_fonts

Run = tuple[str, str]  # (font face, text)
Span = tuple[str, bool, bool]  # (text, bold, italic): what the Markdown reader gives

_RTL_STRONG = ("R", "AL")
# Vowel marks (harakat) are part of what people wrote: arabic-reshaper would drop them by default.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})

# Characters no bundled font has, and a look-alike one has (the Japanese wave dash of "12日〜13日").
_SUBSTITUTES = str.maketrans({"\u301c": "\uff5e", "\u3030": "\uff5e"})
MISSING = "\u25a1"  # a white square where nothing could draw the character: visible, not silently lost


def printable(text: str) -> str:
    """Text as the PDF sets it: composed (NFD accents would print detached), look-alikes for the few
    characters no bundled font has, and a visible square for anything still missing."""
    text = unicodedata.normalize("NFC", text or "").translate(_SUBSTITUTES)
    if all(_drawable(c) for c in text):
        return text
    return "".join(c if _drawable(c) else MISSING for c in text)


@lru_cache(maxsize=8192)
def _drawable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("C") or covered(char)


def _keeps_font(char: str, family: FontFamily) -> bool:
    """Marks always stay with their base letter; punctuation and digits stay in the current font when it has them."""
    category = unicodedata.category(char)
    if category.startswith("M"):
        # A mark stays with its letter; in display order an Arabic letter's mark comes before it, after a
        # full stop or a space of another font: it must not take that font, which has no glyph for it.
        return has_glyph(family, char) or family_for(char) is None
    return not category.startswith("L") and has_glyph(family, char)


def runs(text: str, bold: bool = False, italic: bool = False) -> list[Run]:
    """The text cut where the font must change, each piece with the face that has its glyphs."""
    register_fonts()
    out: list[list] = []
    current: FontFamily | None = None
    for char in text:
        family = family_for(char)
        if current is not None and (family is None or family is current or _keeps_font(char, current)):
            out[-1][1] += char
            continue
        current = family or LATIN
        out.append([current, char])
    return [(family.face(bold, italic), piece) for family, piece in out]


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    return sum(stringWidth(piece, face, size) for face, piece in runs(text, bold, italic))


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_STRONG for c in text)


def has_cjk(text: str) -> bool:
    """Chinese or Japanese, whose lines may break between any two characters. Korean puts spaces
    between words and breaks lines there, as other scripts do."""
    return any(0x2E80 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF or 0xFF00 <= ord(c) <= 0xFFEF
               for c in text)


def markup(text: str, bold: bool = False, italic: bool = False) -> str:
    """reportlab Paragraph markup for plain text: escaped, with a font per run, newlines kept."""
    pieces = []
    # The face of each run carries the weight: a <font face> inside <b> would set the regular face again.
    for face, piece in runs(printable(text), bold, italic):
        body = escape(piece, quote=False).replace("\n", "<br/>")
        pieces.append(f'<font face="{face}">{body}</font>')
    return "".join(pieces)


def spans_markup(spans: list[Span]) -> str:
    return "".join(markup(text, bold, italic) for text, bold, italic in spans)


def para(text: str, style: ParagraphStyle, bold: bool = False, italic: bool = False) -> Flowable:
    """One paragraph of plain text in whatever scripts it holds."""
    return rich_para([(text or "", bold, italic)], style)


def rich_para(spans: list[Span], style: ParagraphStyle) -> Flowable:
    """A paragraph of spans with bold and italic. Right-to-left text keeps bold only when all of it is bold."""
    text = "".join(s[0] for s in spans)
    if style.fontName.endswith(("-Bold", "-BoldItalic")):  # a bold style (headings) makes every run bold
        spans = [(t, True, i) for t, _, i in spans]
    if has_rtl(text):
        return RTLParagraph(text, style, bold=all(s[1] for s in spans if s[0].strip()))
    if has_cjk(text) and style.wordWrap != "CJK":
        style = _cjk_style(style)
    return _Paragraph(spans_markup(spans), style)


class _Paragraph(Paragraph):
    """A reportlab Paragraph that remembers its lines for a width: a table measures each cell, then
    measures it again to split and to draw, and breaking lines is most of a charter's cost."""

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if getattr(self, "_wrapped_width", None) == availWidth and hasattr(self, "blPara"):  # split() drops it
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


_cjk_styles: dict[str, ParagraphStyle] = {}


def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    """Hangul and Chinese lines may break between characters, not only at spaces."""
    key = style.name
    if key not in _cjk_styles:
        _cjk_styles[key] = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return _cjk_styles[key]


def visual_line(line: str, rtl_base: bool) -> str:
    """A line in logical order, shaped and put in display order (left to right on the page)."""
    return get_display(_RESHAPER.reshape(line), base_dir="R" if rtl_base else "L")


def draw_line(canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
              align: str = "left", max_width: float | None = None) -> float:
    """Draw one line of any script at (x, y); `x` is the left edge, the centre or the right edge as
    `align` says. Too long for max_width: shortened with an ellipsis. Returns the width drawn."""
    text = " ".join(printable(text).split())
    if max_width is not None and text_width(_shaped(text), size, bold) > max_width:
        fits, too_long = 0, len(text)  # search the longest start that fits with its ellipsis
        while fits + 1 < too_long:
            middle = (fits + too_long) // 2
            if text_width(_shaped(text[:middle].rstrip() + "…"), size, bold) <= max_width:
                fits = middle
            else:
                too_long = middle
        text = text[:fits].rstrip() + "…"
    visual = visual_line(text, is_rtl(text)) if has_rtl(text) else text
    return _draw_visual(canvas, visual, x, y, size, bold, align)


@lru_cache(maxsize=16384)
def _word_width(word: str, size: float, bold: bool) -> float:
    return text_width(word, size, bold)


def _cut(word: str, width: float, size: float, bold: bool) -> list[str]:
    """A word too wide for the line, in pieces that each fit (at least one character each)."""
    pieces, piece = [], ""
    for char in word:
        if piece and text_width(_shaped(piece + char), size, bold) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return pieces + [piece]


def _shaped(text: str) -> str:
    return _RESHAPER.reshape(text) if has_rtl(text) else text


class RTLParagraph(Flowable):
    """A paragraph with right-to-left text, wrapped in logical order and reordered line by line."""

    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False, lines: list[str] | None = None,
                 rtl: bool | None = None):
        super().__init__()
        # Line breaks typed in the text are kept; other runs of white space are one space.
        self.text = "\n".join(" ".join(line.split()) for line in printable(text).split("\n"))
        self.style = style
        self.bold = bold
        self.rtl = is_rtl(self.text) if rtl is None else rtl
        self._lines = lines
        self._width = 0.0

    def getSpaceBefore(self):  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def _break(self, width: float) -> list[str]:
        return [line for typed in self.text.split("\n") for line in self._break_line(typed, width)]

    def _break_line(self, text: str, width: float) -> list[str]:
        size = self.style.fontSize
        space = text_width(" ", size, self.bold)
        lines, current, used = [], [], 0.0
        # Arabic joins letters within a word, never across a space: shape once, measure word by word.
        shaped = _shaped(text).split(" ")
        words = text.split(" ")
        if len(shaped) != len(words):
            shaped = [_shaped(word) for word in words]
        for word, form in zip(words, shaped):
            w = _word_width(form, size, self.bold)
            if w > width:  # a word wider than the line (a long link): cut it where it must be cut
                if current:
                    lines.append(" ".join(current))
                pieces = _cut(word, width, size, self.bold)
                lines += pieces[:-1]
                current, used = [pieces[-1]], _word_width(_shaped(pieces[-1]), size, self.bold)
            elif current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0) + w
                current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines or [""]

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self._width = availWidth
        if self._lines is None or getattr(self, "_wrapped_for", None) != availWidth:
            self._lines = self._break(availWidth - self.style.leftIndent - self.style.rightIndent)
            self._wrapped_for = availWidth
        self.width, self.height = availWidth, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        first, rest = self._lines[:fit], self._lines[fit:]
        return [RTLParagraph(" ".join(first), self.style, self.bold, first, self.rtl),
                RTLParagraph(" ".join(rest), self.style, self.bold, rest, self.rtl)]

    def draw(self):
        style, canvas = self.style, self.canv
        left, right = style.leftIndent, self._width - style.rightIndent
        alignment = style.alignment
        if alignment in (TA_LEFT, TA_JUSTIFY):
            align, x = ("right", right) if self.rtl else ("left", left)
        elif alignment == TA_CENTER:
            align, x = "centre", (left + right) / 2
        else:
            align, x = ("right", right) if alignment == TA_RIGHT else ("left", left)
        canvas.setFillColor(style.textColor)
        for n, line in enumerate(self._lines):
            baseline = self.height - n * style.leading - style.fontSize
            _draw_visual(canvas, visual_line(line, self.rtl), x, baseline, style.fontSize, self.bold, align)


def _draw_visual(canvas, visual: str, x: float, y: float, size: float, bold: bool, align: str) -> float:
    pieces = runs(visual, bold)
    width = sum(stringWidth(piece, face, size) for face, piece in pieces)
    start = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    for face, piece in pieces:
        canvas.setFont(face, size)
        canvas.drawString(start, y, piece)
        start += stringWidth(piece, face, size)
    return width


def restyled(style: ParagraphStyle, **changes) -> ParagraphStyle:
    """A variant of a style (e.g. right-aligned) without touching the shared one."""
    return ParagraphStyle(f"{style.name}-{'-'.join(f'{k}{v}' for k, v in sorted(changes.items()))}",
                          parent=style, **changes)


__all__ = ["runs", "markup", "spans_markup", "para", "rich_para", "RTLParagraph", "draw_line", "text_width",
           "is_rtl", "has_rtl", "has_cjk", "visual_line", "restyled"]
