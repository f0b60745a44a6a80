"""Ballot code slips: the one-time codes of an anonymous-code round in a grid, to cut up and shuffle.

Not one of the Print step's documents: the codes exist only in the memory of whoever opened the round,
so the slips are made from them there and then (`slips_pdf`). The slips carry no number and no name, and the codes come in the random order the round's opening
made them, so a pile of slips follows no list of people. The workshop file keeps no code (only
salted hashes of the unused ones), so this sheet is the only place they exist.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ...domain.errors import ValidationError
from ...text import Documents
from .layout import ACCENT, INK, MUTED, RULE, paper_size
from .text import draw_line

COLUMNS = 3
ROWS = 8
SHEET_MARGIN = 12 * mm
CODE_FONT = "Courier-Bold"  # a built-in PDF font: fixed width, 0 and O, 1 and I never meet (not in the alphabet)
INSTRUCTION = "Keep this code to yourself. Type it at the laptop, or write it on a paper ballot. It works once."


@dataclass(frozen=True)
class CodeSlips:
    title: str
    workshop_title: str
    codes: tuple[str, ...]
    doc: Documents = field(default_factory=lambda: Documents("en"))  # the workshop's document language


def gather(workshop, round_id: int | None, codes) -> CodeSlips:
    if round_id is None:
        raise ValidationError("Choose the voting round to print ballot code slips for.")
    rnd = workshop.voting_round(round_id)
    checked = workshop.check_codes(round_id, list(codes))
    if not checked:
        raise ValidationError("There are no ballot codes to print.")
    return CodeSlips(rnd.title, workshop.info().title or "", tuple(checked), workshop.documents())


def slips_pdf(workshop, round_id: int, codes, paper: str = "a4") -> bytes:
    """The slips for these codes, each checked to be an unused code of the round."""
    from .fonts import register_fonts

    register_fonts()
    return render(gather(workshop, round_id, codes), paper)


def render(data: CodeSlips, paper: str = "a4") -> bytes:
    width, height = paper_size(paper)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1)
    canvas.setTitle(data.doc.translate("Ballot code slips", "Ballot codes: {round}").format(round=data.title))
    slip_w = (width - 2 * SHEET_MARGIN) / COLUMNS
    slip_h = (height - 2 * SHEET_MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    for start in range(0, len(data.codes), per_page):
        page = data.codes[start:start + per_page]
        _cut_lines(canvas, width, height, slip_w, slip_h)
        for n, code in enumerate(page):
            col, row = n % COLUMNS, n // COLUMNS
            x = SHEET_MARGIN + col * slip_w
            top = height - SHEET_MARGIN - row * slip_h
            _slip(canvas, data, code, x, top, slip_w, slip_h)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _cut_lines(canvas: Canvas, width: float, height: float, slip_w: float, slip_h: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.setDash(3, 3)
    for col in range(COLUMNS + 1):
        x = SHEET_MARGIN + col * slip_w
        canvas.line(x, SHEET_MARGIN - 4 * mm, x, height - SHEET_MARGIN + 4 * mm)
    for row in range(ROWS + 1):
        y = SHEET_MARGIN + row * slip_h
        canvas.line(SHEET_MARGIN - 4 * mm, y, width - SHEET_MARGIN + 4 * mm, y)
    canvas.restoreState()


def _slip(canvas: Canvas, data: CodeSlips, code: str, x: float, top: float, w: float, h: float) -> None:
    pad = 4 * mm
    inner = w - 2 * pad
    canvas.setFillColor(ACCENT)
    draw_line(canvas, data.title, x + pad, top - pad - 8, 8.5, bold=True, max_width=inner)
    canvas.setFillColor(INK)
    size = 20
    while canvas.stringWidth(code, CODE_FONT, size) > inner and size > 10:
        size -= 1
    canvas.setFont(CODE_FONT, size)
    canvas.drawCentredString(x + w / 2, top - h / 2 - size / 3, code)
    canvas.setFillColor(MUTED)
    # One sentence a line, so the instruction stays whole on a slip a third of a page wide.
    _d = data.doc
    lines = [_d.translate("Ballot code slips", "Keep this code to yourself."),
             _d.translate("Ballot code slips", "Type it at the laptop, or write it on a paper ballot."),
             _d.translate("Ballot code slips", "It works once.")]
    for n, line in enumerate(lines):
        draw_line(canvas, line, x + w / 2, top + pad - h + 1.5 + 7.5 * (len(lines) - 1 - n), 6.3, align="centre",
                  max_width=inner)
