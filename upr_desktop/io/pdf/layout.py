"""Pages for every document: paper size, margins, the styles, a running header and footer with
"Page X of Y", and the PDF's own metadata (which names no person and no machine)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from ...text import Documents
from .fonts import LATIN, register_fonts
from .text import draw_line

PAPER_SIZES = {"a4": A4, "letter": LETTER}

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6472")
ACCENT = colors.HexColor("#1f4e79")  # the headings' deep blue
RULE = colors.HexColor("#c9d1dc")
SHADE = colors.HexColor("#eef2f7")
DRAFT_RED = colors.HexColor("#a12a2a")

MARGIN = 20 * mm
HEADER_GAP = 9 * mm


@dataclass(frozen=True)
class PageDecor:
    """What the running header and footer say on every page."""
    title: str  # header, left: the document's title
    status: str = ""  # header, right: "DRAFT" or "Adopted on 12 May 2026 at Ulaanbaatar"
    footer: str = ""  # footer, left: the workshop, or the round
    title_page: bool = False  # the first page carries its own title: no header there
    draft: bool = False  # the status is shown in red
    doc: Documents = field(default_factory=lambda: Documents("en"))  # the document's language ("Page X of Y")


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[(paper or "a4").lower()]
    except KeyError:
        raise ValueError(f"Paper size “{paper}” is not known; use a4 or letter.") from None


def _style(name: str, **values) -> ParagraphStyle:
    base = dict(fontName=LATIN.name, bulletFontName=LATIN.name, fontSize=10, leading=14, textColor=INK,
                alignment=TA_LEFT)
    base.update(values)
    return ParagraphStyle(name, **base)


def styles() -> dict[str, ParagraphStyle]:
    """The shared styles. TA_LEFT means "where the line starts": a paragraph whose text is Arabic or Hebrew
    starts at the right (text.RTLParagraph), in any document."""
    register_fonts()
    made = {
        "body": _style("body", spaceAfter=5),
        "small": _style("small", fontSize=8.5, leading=11.5, textColor=MUTED),
        "cell": _style("cell", fontSize=9, leading=12),
        "cell_bold": _style("cell_bold", fontSize=9, leading=12, fontName=LATIN.face(bold=True)),
        "head": _style("head", fontSize=8.5, leading=11, textColor=colors.white, fontName=LATIN.face(bold=True)),
        "label": _style("label", fontSize=8.5, leading=11.5, textColor=MUTED, fontName=LATIN.face(bold=True)),
        "title": _style("title", fontSize=24, leading=30, textColor=ACCENT, fontName=LATIN.face(bold=True),
                        alignment=TA_CENTER, spaceAfter=10),
        "subtitle": _style("subtitle", fontSize=12.5, leading=17, textColor=MUTED, alignment=TA_CENTER,
                           spaceAfter=4),
        "h1": _style("h1", fontSize=16, leading=21, textColor=ACCENT, fontName=LATIN.face(bold=True),
                     spaceBefore=10, spaceAfter=8),
        "h2": _style("h2", fontSize=12.5, leading=17, textColor=ACCENT, fontName=LATIN.face(bold=True),
                     spaceBefore=10, spaceAfter=4),
        "h3": _style("h3", fontSize=10.5, leading=14, textColor=INK, fontName=LATIN.face(bold=True),
                     spaceBefore=6, spaceAfter=3),
        "bullet": _style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2),
    }
    return made


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, so each footer can say "Page X of Y"."""

    decor: PageDecor = PageDecor("")

    def __init__(self, *args, **kwargs):
        # reportlab starts each page in Helvetica, which is not embedded; start in our own font.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN.name
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        decor = self.decor
        width, height = self._pagesize
        rtl = decor.doc.rtl  # a right-to-left document mirrors its header and footer
        start, end = (width - MARGIN, MARGIN) if rtl else (MARGIN, width - MARGIN)
        start_align, end_align = ("right", "left") if rtl else ("left", "right")
        self.saveState()
        top = height - MARGIN + HEADER_GAP - 2 * mm
        if not (decor.title_page and number == 1):
            self.setFillColor(MUTED)
            status_width = 0.0
            if decor.status:
                self.setFillColor(DRAFT_RED if decor.draft else MUTED)
                status_width = draw_line(self, decor.status, end, top, 8, bold=decor.draft,
                                         align=end_align, max_width=(width - 2 * MARGIN) * 0.45)
                self.setFillColor(MUTED)
            draw_line(self, decor.title, start, top, 8, align=start_align,
                      max_width=width - 2 * MARGIN - status_width - 6 * mm)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - HEADER_GAP + 1 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        self.setFillColor(MUTED)
        page = page_words(decor.doc, number, total)
        page_width = draw_line(self, page, end, bottom, 8, align=end_align)
        if decor.footer:
            draw_line(self, decor.footer, start, bottom, 8, align=start_align,
                      max_width=width - 2 * MARGIN - page_width - 6 * mm)
        self.restoreState()


def page_words(doc: Documents, number: int, total: int) -> str:
    """"Page 3 of 12" in the document's language."""
    return doc.translate("Document pages", "Page {page} of {pages}").format(page=number, pages=total)


def build(story: list, decor: PageDecor, *, paper: str = "a4", subject: str = "") -> bytes:
    """The story laid out on pages of the given paper, as PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=paper_size(paper), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=decor.title, subject=subject, creator="UPR Desktop",
        # reportlab would put "anonymous" here; the file should say nothing of who made it. Not invariant, which
        # would date every file 1 January 2000: the real date, or SOURCE_DATE_EPOCH's for a reproducible file.
        author="", producer="UPR Desktop", invariant=False)
    canvas_class = type("PageCanvas", (_NumberedCanvas,), {"decor": decor})
    doc.build(story, canvasmaker=canvas_class)
    return out.getvalue()
